package io.github.sipas.core;

/**
 * The one exception this library throws for bad data: a survey definition, a unit list, a column mapping or a response
 * file that cannot be read as it is. It says where: the source (usually a file name), the line (1-based, the header is
 * line 1) or the JSON path, the column and the offending value, whichever apply.
 *
 * <p>Misuse of the API (a null argument, a level outside (0, 1)) gets the JDK's exceptions instead.
 *
 * @since 0.1
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The source, usually a file name; may be null. */
    private final String source;
    /** The 1-based line, or 0. */
    private final long line;
    /** The column name, or null. */
    private final String column;
    /** The offending value, or null. */
    private final String value;
    /** The JSON path, or null. */
    private final String path;
    /** What is wrong, without the location. */
    private final String reason;
    /** The row problem that stopped a fail-fast read, or null. */
    private final Problem problem;

    /**
     * Creates an exception. The value of a personal column ({@link PersonalFields#isPersonal(String)}) is withheld: it
     * is kept as null, replaced in the reason by {@link PersonalFields#WITHHELD}, and the message says
     * {@code column Họ và tên (personal column, withheld)}.
     *
     * @param source the source of the input, usually a file name; may be null when unknown
     * @param line the 1-based line, or 0 when not applicable
     * @param column the column name, or null
     * @param value the offending value, or null
     * @param path the JSON path such as {@code $.items[3].scale}, or null
     * @param reason what is wrong and what is allowed
     * @param cause the underlying exception, or null
     */
    public InputException(String source, long line, String column, String value, String path, String reason,
            Throwable cause) {
        super(format(source, line, column, withheld(column, value), path, PersonalFields.withhold(column, value,
                reason)), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.value = withheld(column, value);
        this.path = path;
        this.reason = PersonalFields.withhold(column, value, reason);
        this.problem = null;
    }

    /**
     * Creates the exception a {@link ErrorPolicy#FAIL_FAST fail-fast} read throws at its first bad row.
     *
     * @param problem the problem
     */
    public InputException(Problem problem) {
        super(problem.inSheet() ? format(problem.location(), 0, problem.column(), problem.value(), null,
                problem.rule().code() + ": " + problem.message()) : format(problem.source(), problem.line(),
                problem.column(), problem.value(), null, problem.rule().code() + ": " + problem.message()), null);
        this.source = problem.source();
        this.line = problem.line();
        this.column = problem.column();
        this.value = problem.value();
        this.path = null;
        this.reason = problem.rule().code() + ": " + problem.message();
        this.problem = problem;
    }

    /**
     * Creates an exception for a place in a JSON document.
     *
     * @param source the source, usually a file name
     * @param path the JSON path, e.g. {@code $.items[3].scale}
     * @param reason what is wrong and what is allowed
     * @param cause the underlying exception, or null
     * @return the exception
     */
    public static InputException atPath(String source, String path, String reason, Throwable cause) {
        return new InputException(source, 0, null, null, path, reason, cause);
    }

    /**
     * Creates an exception for a line of a text file.
     *
     * @param source the source, usually a file name
     * @param line the 1-based line
     * @param column the column name, or null
     * @param value the offending value, or null
     * @param reason what is wrong and what is allowed
     * @return the exception
     */
    public static InputException atLine(String source, long line, String column, String value, String reason) {
        return new InputException(source, line, column, value, null, reason, null);
    }

    /** The value to keep: null for a personal column. */
    private static String withheld(String column, String value) {
        return column != null && PersonalFields.isPersonal(column) ? null : value;
    }

    private static String format(String source, long line, String column, String value, String path,
            String reason) {
        StringBuilder sb = new StringBuilder();
        sb.append(source == null ? "<input>" : source);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (column != null) {
            sb.append(", column ").append(column);
            if (value == null && line > 1 && PersonalFields.isPersonal(column)) {
                sb.append(' ').append(PersonalFields.WITHHELD);
            }
        }
        if (path != null) {
            sb.append(", at ").append(path);
        }
        if (value != null) {
            sb.append(", value '").append(Problem.shorten(value)).append('\'');
        }
        sb.append(": ").append(reason);
        return sb.toString();
    }

    /**
     * Returns the source of the input.
     *
     * @return usually a file name; null when unknown
     */
    public String source() {
        return source;
    }

    /**
     * Returns the 1-based line of the fault.
     *
     * @return the line, or 0 when not applicable
     */
    public long line() {
        return line;
    }

    /**
     * Returns the column of the fault.
     *
     * @return the column name, or null
     */
    public String column() {
        return column;
    }

    /**
     * Returns the offending value.
     *
     * @return the value, or null; always null for a personal column
     */
    public String value() {
        return value;
    }

    /**
     * Returns the JSON path of the fault.
     *
     * @return a path such as {@code $.items[3].scale}, or null when the input is not JSON
     */
    public String path() {
        return path;
    }

    /**
     * Returns the row problem that stopped a {@link ErrorPolicy#FAIL_FAST fail-fast} read; such input was readable,
     * and the problem is one that {@link ErrorPolicy#REJECT_ROW} would have reported and gone on from.
     *
     * @return the problem, or empty when the input itself could not be read
     */
    public java.util.Optional<Problem> problem() {
        return java.util.Optional.ofNullable(problem);
    }

    /**
     * Returns what is wrong, without the location.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
