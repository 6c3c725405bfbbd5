package io.github.sipas.core;

import java.util.Objects;

/**
 * One problem found in a response file: where (source, line, column), the offending value, the rule broken, and a
 * message that says what is allowed.
 *
 * <p>The value of a personal column ({@link PersonalFields#isPersonal(String)} of the column's header) is never kept:
 * the constructor sets it to null and replaces it in the message by {@link PersonalFields#WITHHELD}, and
 * {@link #toString()} says that it was withheld; so no problem printed, logged or written to a rejects file's
 * problems repeats a respondent's name or phone number.
 *
 * <p>Lines are 1-based and the header is line 1; for a record that spans several lines (a quoted field with a line
 * break) the line is the record's first. Columns are 1-based; 0 means the problem concerns the whole row.
 *
 * <p>A problem in a sheet of an Excel workbook ({@link #inSheet()}) has the sheet as its source
 * ({@code phieu.xlsx!Sheet1}), the sheet's row as its line (the header is the row it is on, not always 1) and the
 * sheet's column as its column, and is located by its cell: {@code phieu.xlsx!Sheet1!D17} (see {@link #location()}).
 *
 * @param source the source, usually a file name
 * @param line the 1-based line
 * @param columnNumber the 1-based column, or 0 for the whole row
 * @param column the column's header, or null for the whole row
 * @param value the offending value, or null; always null when the column is personal
 * @param rule the rule broken
 * @param message what is wrong and what is allowed; never holding the value of a personal column
 * @param inSheet whether the source is a sheet of a workbook, its lines the sheet's rows
 * @since 0.1
 */
public record Problem(String source, long line, int columnNumber, String column, String value, Rule rule,
        String message, boolean inSheet) {

    /**
     * Validates the fields, and withholds the value of a personal column (see the class documentation).
     *
     * @param source the source, usually a file name
     * @param line the 1-based line
     * @param columnNumber the 1-based column, or 0 for the whole row
     * @param column the column's header, or null for the whole row
     * @param value the offending value, or null
     * @param rule the rule broken
     * @param message what is wrong and what is allowed
     * @param inSheet whether the source is a sheet of a workbook, its lines the sheet's rows
     * @throws NullPointerException if the source, rule or message is null
     * @throws IllegalArgumentException if the line or column number is negative
     */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        if (line < 0 || columnNumber < 0) {
            throw new IllegalArgumentException("line and column must be zero or positive, not " + line + " and "
                    + columnNumber);
        }
        if (value != null && column != null && PersonalFields.isPersonal(column)) {
            message = PersonalFields.withhold(column, value, message);
            value = null;
        }
    }

    /**
     * Creates a problem in a text file (not {@link #inSheet() in a sheet}).
     *
     * @param source the source, usually a file name
     * @param line the 1-based line
     * @param columnNumber the 1-based column, or 0 for the whole row
     * @param column the column's header, or null for the whole row
     * @param value the offending value, or null
     * @param rule the rule broken
     * @param message what is wrong and what is allowed
     * @throws NullPointerException if the source, rule or message is null
     * @throws IllegalArgumentException if the line or column number is negative
     */
    public Problem(String source, long line, int columnNumber, String column, String value, Rule rule,
            String message) {
        this(source, line, columnNumber, column, value, rule, message, false);
    }

    /**
     * Returns where the problem is: {@code file.csv:157:12} (source, line, column; the column left out for a whole
     * row), or for a sheet the cell, {@code phieu.xlsx!Sheet1!D17}, or the row, {@code phieu.xlsx!Sheet1, row 17}.
     *
     * @return the location
     */
    public String location() {
        if (inSheet && line > 0) {
            if (columnNumber > 0 && line <= Integer.MAX_VALUE) {
                return source + "!" + cellName((int) line, columnNumber - 1);
            }
            return source + ", row " + line;
        }
        StringBuilder sb = new StringBuilder(source).append(':').append(line);
        if (columnNumber > 0) {
            sb.append(':').append(columnNumber);
        }
        return sb.toString();
    }

    /** A cell's name in Excel's A1 style: column 0 is A, 25 is Z, 26 is AA. */
    static String cellName(int row, int column0) {
        StringBuilder letters = new StringBuilder();
        for (int c = column0 + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row).toString();
    }

    /**
     * Returns whether this problem rejects its row.
     *
     * @return true for rules of severity {@link Rule.Severity#ERROR}
     */
    public boolean isError() {
        return rule.severity() == Rule.Severity.ERROR;
    }

    /**
     * Returns the kind of problem: the rule's code, followed for answer rules by a colon and the item, e.g.
     * {@code "out-of-range:B3"} or {@code "duplicate-id"}.
     *
     * @return the kind
     */
    public String kind() {
        return (rule == Rule.NOT_A_CODE || rule == Rule.OUT_OF_RANGE) && column != null
                ? rule.code() + ":" + column : rule.code();
    }

    /**
     * Returns the exception a fail-fast read throws for this problem.
     *
     * @return the exception
     */
    public InputException toException() {
        return new InputException(this);
    }

    /**
     * Formats the problem on one line: {@code file.csv:157:12: error: out-of-range [B3] '7': ...}; for a row's
     * cell of a personal column, {@code file.csv:3:4: error: ... [Họ và tên] (personal column, withheld): ...}; in a
     * sheet, {@code phieu.xlsx!Sheet1!D17: error: out-of-range [B3] '7': ...} ({@link #location()}).
     *
     * @return the line
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(location());
        sb.append(": ").append(isError() ? "error" : "warning").append(": ").append(rule.code());
        if (column != null) {
            sb.append(" [").append(column).append(']');
        }
        if (value != null) {
            sb.append(" '").append(shorten(value)).append('\'');
        } else if (line != 1 && column != null && PersonalFields.isPersonal(column)) {
            sb.append(' ').append(PersonalFields.WITHHELD);
        }
        return sb.append(": ").append(message).toString();
    }

    /**
     * Shortens a value for messages (at most 60 characters, the last three {@code ...}) and shows carriage returns,
     * line feeds and tabs as {@code \\r}, {@code \\n} and {@code \\t}.
     *
     * @param value the value
     * @return the value as a message shows it
     */
    public static String shorten(String value) {
        String v = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        return v.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
