package io.github.sipas.core;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a read of a response file found: how many rows were read, accepted and rejected, the problems, and the rejected
 * rows. Nothing is dropped silently: {@code rowsRead == accepted + rejected}, and blank lines are counted apart.
 *
 * <h2>Limits</h2>
 * A report stays small however bad the file: it lists the first {@value #MAX_LISTED_PROBLEMS} problems in full (and
 * every error of the header, which stops the read), and counts the others by rule and column in
 * {@link #problemsLeftOut()}; it keeps the first {@value #MAX_KEPT_REJECTED_ROWS} rejected rows (fewer when their fields
 * pass a size of {@value #MAX_KEPT_REJECTED_SIZE} in all, each field counting its length plus 16) in {@link #rejectedRows()} and counts every rejected
 * row in {@link #rejected()}. To keep every rejected row, have the reader stream them as it reads
 * ({@code CsvResponseReader.Builder.rejects}, for instance to a {@code RejectsCsv} file).
 *
 * @param source the source, usually a file name
 * @param header the header as read
 * @param rowsRead the number of data rows read (blank lines not included)
 * @param accepted the number of rows accepted as responses
 * @param rejected the number of rows rejected, kept in {@code rejectedRows} or not
 * @param blankLines the number of blank lines skipped
 * @param problems the problems listed, errors and warnings, in the order found (see Limits)
 * @param problemsLeftOut the problems found but not listed, counted by rule and column, the most frequent first
 * @param rejectedRows the rejected rows kept, in file order: all of them, or the first ones (see Limits)
 * @param absentItems the ids of the survey's non-criterion items with no column in the file; their answers are
 *     {@link Answer#notAsked() not asked}
 * @param fatal true when a problem with the header stopped the read before any row (see {@link #problems()})
 * @since 0.1
 */
public record ReadReport(String source, List<String> header, long rowsRead, long accepted, long rejected,
        long blankLines, List<Problem> problems, List<ProblemCount> problemsLeftOut, List<RejectedRow> rejectedRows,
        List<String> absentItems, boolean fatal) {

    /** How many problems a read lists in full; the others are counted in {@link #problemsLeftOut()}. */
    public static final int MAX_LISTED_PROBLEMS = 1_000;

    /** How many rejected rows a report keeps at most; {@link #rejected()} counts them all. */
    public static final int MAX_KEPT_REJECTED_ROWS = 1_000;

    /**
     * The size the fields of the rejected rows a report keeps may take in all, each field counting its length in
     * characters plus 16 (for the field itself): 8 M, some 20 MB of memory at most.
     */
    public static final long MAX_KEPT_REJECTED_SIZE = 8L << 20;

    /**
     * Validates the counts and copies the lists.
     *
     * @param source the source, usually a file name
     * @param header the header as read
     * @param rowsRead the number of data rows read (blank lines not included)
     * @param accepted the number of rows accepted as responses
     * @param rejected the number of rows rejected, kept in {@code rejectedRows} or not
     * @param blankLines the number of blank lines skipped
     * @param problems the problems listed, errors and warnings, in the order found
     * @param problemsLeftOut the problems found but not listed, counted by rule and column; sorted here, the most
     *     frequent first
     * @param rejectedRows the rejected rows kept, in file order
     * @param absentItems the ids of the survey's non-criterion items with no column in the file; their answers are
     *     {@link Answer#notAsked() not asked}
     * @param fatal true when a problem with the header stopped the read before any row (see {@link #problems()})
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the counts do not add up ({@code rowsRead != accepted + rejected}, a count
     *     negative, or more rows kept than rejected)
     */
    public ReadReport {
        Objects.requireNonNull(source, "source");
        header = List.copyOf(header);
        problems = List.copyOf(problems);
        problemsLeftOut = problemsLeftOut.stream()
                .sorted(Comparator.comparingLong(ProblemCount::count).reversed()).toList();
        rejectedRows = List.copyOf(rejectedRows);
        absentItems = List.copyOf(absentItems);
        if (rowsRead != accepted + rejected || accepted < 0 || rejected < 0 || blankLines < 0
                || rejectedRows.size() > rejected) {
            throw new IllegalArgumentException("counts do not add up: read " + rowsRead + ", accepted " + accepted
                    + ", rejected " + rejected + (rejectedRows.size() > rejected ? ", rows kept "
                    + rejectedRows.size() : ""));
        }
    }

    /**
     * A report that keeps every rejected row and lists every problem: {@code rejected} is
     * {@code rejectedRows.size()} and nothing is left out.
     *
     * @param source the source, usually a file name
     * @param header the header as read
     * @param rowsRead the number of data rows read (blank lines not included)
     * @param accepted the number of rows accepted as responses
     * @param blankLines the number of blank lines skipped
     * @param problems every problem found, errors and warnings, in the order found
     * @param rejectedRows every rejected row
     * @param absentItems the ids of the survey's non-criterion items with no column in the file
     * @param fatal true when a problem with the header stopped the read before any row
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the counts do not add up
     */
    public ReadReport(String source, List<String> header, long rowsRead, long accepted, long blankLines,
            List<Problem> problems, List<RejectedRow> rejectedRows, List<String> absentItems, boolean fatal) {
        this(source, header, rowsRead, accepted, rejectedRows.size(), blankLines, problems, List.of(), rejectedRows,
                absentItems, fatal);
    }

    /**
     * Returns whether the file was read whole and every row was accepted; warnings are allowed.
     *
     * @return true when there is no error, listed or left out
     */
    public boolean isValid() {
        return !fatal && rejected == 0 && errors().isEmpty()
                && problemsLeftOut.stream().noneMatch(ProblemCount::isError);
    }

    /**
     * Returns the listed problems that rejected a row or the file.
     *
     * @return the errors
     */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the listed problems that rejected nothing.
     *
     * @return the warnings
     */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns how many problems were found but not listed.
     *
     * @return the sum of the counts of {@link #problemsLeftOut()}
     */
    public long problemsLeftOutCount() {
        return problemsLeftOut.stream().mapToLong(ProblemCount::count).sum();
    }

    /**
     * Says on one line what {@link #problemsLeftOut()} counts, the ten most frequent counts by name:
     * {@code "… and 95000 more problems: unnamed-column ×95000"}; empty when every problem is listed.
     *
     * @return the line, or an empty string
     */
    public String problemsLeftOutSummary() {
        long n = problemsLeftOutCount();
        if (n == 0) {
            return "";
        }
        String counts = problemsLeftOut.stream().limit(10).map(ProblemCount::toString)
                .collect(Collectors.joining(", "));
        return "\u2026 and " + n + (n == 1 ? " more problem: " : " more problems: ") + counts
                + (problemsLeftOut.size() > 10 ? ", \u2026 (" + (problemsLeftOut.size() - 10) + " more rules or columns)"
                : "");
    }

    /**
     * Summarizes the counts on one line: {@code "file.csv: 200 rows read, 188 accepted, 12 rejected, 1 warning"}; the
     * warnings include those left out of the list.
     *
     * @return the summary
     */
    public String summary() {
        long warnings = problems.size() - errors().size()
                + problemsLeftOut.stream().filter(c -> !c.isError()).mapToLong(ProblemCount::count).sum();
        return source + ": " + rowsRead + (rowsRead == 1 ? " row" : " rows") + " read, " + accepted + " accepted, "
                + rejected + " rejected"
                + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : "")
                + (blankLines > 0 ? ", " + blankLines + (blankLines == 1 ? " blank line" : " blank lines")
                + " skipped" : "")
                + (fatal ? " (stopped at the header)" : "");
    }
}
