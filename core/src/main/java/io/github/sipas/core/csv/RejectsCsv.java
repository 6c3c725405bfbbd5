package io.github.sipas.core.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import io.github.sipas.core.PersonalFields;
import io.github.sipas.core.Problem;
import io.github.sipas.core.RejectedRow;

/**
 * Writes the rejected rows of a read as CSV, row by row as the read finds them, so that they can be corrected: the
 * columns {@code line} and {@code problems} (each problem as {@code kind 'value'}, separated by {@code "; "}), then the
 * file's own columns with the row's fields as read.
 *
 * <p>The file is safe to open in a spreadsheet and withholds personal data:
 * <ul>
 * <li>every cell is {@link CsvCells#neutralize neutralized}: one that begins with {@code = + - @}, a tab or a carriage
 * return gets a leading apostrophe, so that {@code =HYPERLINK(…)} shows as text (remove the apostrophe when
 * correcting such a value);</li>
 * <li>a column whose header is {@link PersonalFields#isPersonal personal} (a name, a phone number…) keeps its place in
 * the header, but its cells are written empty, and the problems column gives no value of it; in a row of the wrong
 * width, whose cells may not stand under their own header, every cell is written empty when the file has a personal
 * column; unless the writer is made {@link #withPersonal(Appendable) with personal columns}.</li>
 * </ul>
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("rejects.csv"))) {
 *     RejectsCsv rejects = RejectsCsv.to(w);
 *     ReadReport report = CsvResponseReader.builder(survey).rejects(rejects).build().read(file, sink);
 *     rejects.flush();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: give each read a writer of its own.
 *
 * @since 0.1
 */
public final class RejectsCsv implements RejectedRowSink {

    private final CSVPrinter printer;
    private final boolean personal;
    private boolean[] withheld = new boolean[0];
    private boolean anyWithheld;
    private boolean headerWritten;
    private long rows;

    private RejectsCsv(Appendable out, boolean personal) {
        try {
            this.printer = new CSVPrinter(Objects.requireNonNull(out, "out"),
                    CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.personal = personal;
    }

    /**
     * Returns a writer that withholds the cells of personal columns.
     *
     * @param out where to write; never closed
     * @return the writer
     */
    public static RejectsCsv to(Appendable out) {
        return new RejectsCsv(out, false);
    }

    /**
     * Returns a writer that writes personal columns in full too (still neutralized), for a user who needs them to
     * correct the rows and keeps the file as safe as the responses themselves.
     *
     * @param out where to write; never closed
     * @return the writer
     */
    public static RejectsCsv withPersonal(Appendable out) {
        return new RejectsCsv(out, true);
    }

    /**
     * Writes the header line: {@code line}, {@code problems}, then the file's columns.
     *
     * @param source the source; not written
     * @param header the file's header
     * @throws UncheckedIOException if writing fails
     */
    @Override
    public void header(String source, List<String> header) {
        withheld = new boolean[header.size()];
        List<String> head = new ArrayList<>(header.size() + 2);
        head.add("line");
        head.add("problems");
        for (int j = 0; j < header.size(); j++) {
            withheld[j] = !personal && PersonalFields.isPersonal(header.get(j));
            anyWithheld |= withheld[j];
            head.add(CsvCells.neutralize(header.get(j)));
        }
        print(head);
        headerWritten = true;
    }

    /**
     * Writes one rejected row.
     *
     * @param row the row
     * @throws UncheckedIOException if writing fails
     */
    @Override
    public void accept(RejectedRow row) {
        List<String> out = new ArrayList<>(row.fields().size() + 2);
        out.add(Long.toString(row.line()));
        StringBuilder problems = new StringBuilder();
        for (Problem p : row.problems()) {
            if (problems.length() > 0) {
                problems.append("; ");
            }
            problems.append(p.kind());
            if (p.value() != null) { // a Problem keeps no personal column's value (its constructor withholds it)
                problems.append(" '").append(p.value()).append('\'');
            }
        }
        out.add(CsvCells.neutralize(problems.toString()));
        List<String> fields = row.fields();
        // in a row of the wrong width the cells may not stand under their own header: a personal value may be anywhere
        boolean all = anyWithheld && fields.size() != withheld.length;
        for (int j = 0; j < fields.size(); j++) {
            out.add(all || j < withheld.length && withheld[j] ? "" : CsvCells.neutralize(fields.get(j)));
        }
        print(out);
        rows++;
    }

    /**
     * Returns how many rows were written, the header not counted.
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * Flushes what was written to the underlying {@link Appendable}, if it is {@link java.io.Flushable}; when no read
     * got as far as a header (a journal, or a file that stopped before it), writes the header line
     * {@code line,problems} first, so that the file is never empty.
     *
     * @throws UncheckedIOException if writing or flushing fails
     */
    public void flush() {
        if (!headerWritten) {
            header("", List.of());
        }
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void print(List<String> record) {
        try {
            printer.printRecord(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
