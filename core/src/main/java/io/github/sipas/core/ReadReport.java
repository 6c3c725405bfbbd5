package io.github.sipas.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What a read of a response file found: how many rows were read, accepted and rejected, every problem, and the rejected
 * rows themselves. Nothing is dropped silently: {@code rowsRead == accepted + rejected}, and blank lines are counted
 * apart.
 *
 * @param source the source, usually a file name
 * @param header the header as read
 * @param rowsRead the number of data rows read (blank lines not included)
 * @param accepted the number of rows accepted as responses
 * @param blankLines the number of blank lines skipped
 * @param problems every problem found, errors and warnings, in the order found
 * @param rejectedRows the rejected rows
 * @param absentItems the ids of the survey's non-criterion items with no column in the file; their answers are
 *     {@link Answer#notAsked() not asked}
 * @param fatal true when a problem with the header stopped the read before any row (see {@link #problems()})
 * @since 0.1
 */
public record ReadReport(String source, List<String> header, long rowsRead, long accepted, long blankLines,
        List<Problem> problems, List<RejectedRow> rejectedRows, List<String> absentItems, boolean fatal) {

    /**
     * Validates the counts and copies the lists.
     *
     * @param source the source, usually a file name
     * @param header the header as read
     * @param rowsRead the number of data rows read (blank lines not included)
     * @param accepted the number of rows accepted as responses
     * @param blankLines the number of blank lines skipped
     * @param problems every problem found, errors and warnings, in the order found
     * @param rejectedRows the rejected rows
     * @param absentItems the ids of the survey's non-criterion items with no column in the file; their answers are {@link Answer#notAsked() not asked}
     * @param fatal true when a problem with the header stopped the read before any row (see {@link #problems()})
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the counts do not add up
     */
    public ReadReport {
        Objects.requireNonNull(source, "source");
        header = List.copyOf(header);
        problems = List.copyOf(problems);
        rejectedRows = List.copyOf(rejectedRows);
        absentItems = List.copyOf(absentItems);
        if (rowsRead != accepted + rejectedRows.size() || accepted < 0 || blankLines < 0) {
            throw new IllegalArgumentException("counts do not add up: read " + rowsRead + ", accepted " + accepted
                    + ", rejected " + rejectedRows.size());
        }
    }

    /**
     * Returns the number of rejected rows.
     *
     * @return the count
     */
    public long rejected() {
        return rejectedRows.size();
    }

    /**
     * Returns whether the file was read whole and every row was accepted; warnings are allowed.
     *
     * @return true when there is no error
     */
    public boolean isValid() {
        return !fatal && rejectedRows.isEmpty() && errors().isEmpty();
    }

    /**
     * Returns the problems that rejected a row or the file.
     *
     * @return the errors
     */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the problems that rejected nothing.
     *
     * @return the warnings
     */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Writes the rejected rows as CSV, so that they can be corrected and read again: the columns {@code line} and
     * {@code problems} (each problem as {@code kind 'value'}, separated by {@code "; "}), then the file's own columns
     * with the row's fields as read.
     *
     * @param out where to write; not closed
     * @throws UncheckedIOException if writing fails
     */
    public void writeRejects(Appendable out) {
        List<String> head = new ArrayList<>();
        head.add("line");
        head.add("problems");
        head.addAll(header);
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
            printer.printRecord(head);
            for (RejectedRow r : rejectedRows) {
                List<String> row = new ArrayList<>();
                row.add(Long.toString(r.line()));
                row.add(r.problems().stream()
                        .map(p -> p.kind() + (p.value() == null ? "" : " '" + p.value() + "'"))
                        .collect(Collectors.joining("; ")));
                row.addAll(r.fields());
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Summarizes the counts on one line: {@code "file.csv: 200 rows read, 188 accepted, 12 rejected, 1 warning"}.
     *
     * @return the summary
     */
    public String summary() {
        long warnings = problems.size() - errors().size();
        return source + ": " + rowsRead + (rowsRead == 1 ? " row" : " rows") + " read, " + accepted + " accepted, "
                + rejected() + " rejected"
                + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : "")
                + (blankLines > 0 ? ", " + blankLines + (blankLines == 1 ? " blank line" : " blank lines")
                + " skipped" : "")
                + (fatal ? " (stopped at the header)" : "");
    }
}
