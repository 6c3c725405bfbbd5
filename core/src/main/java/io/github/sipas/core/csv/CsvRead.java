package io.github.sipas.core.csv;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.RowRules;
import io.github.sipas.core.Rule;
import io.github.sipas.core.internal.Texts;
import io.github.sipas.core.xlsx.XlsxWorkbook;

/**
 * One read of a text: bounds its records, finds the delimiter, reads the header through {@link HeaderResolver}, starts
 * the {@link ParseAhead} thread, which parses and checks the rows ({@link RowChecks}), and hands each response it
 * accepted and each row it rejected, in file order, to the sinks on the caller's thread; turns a failure
 * of the text (not UTF-8, not well-formed CSV, a record too long) into an {@link InputException} naming its line.
 */
final class CsvRead {

    private static final char[] DELIMITERS = {',', ';', '\t'};

    private final HeaderResolver headers;
    private final RowRules rules;
    private final Character delimiter;
    private final DecimalMark decimalMark;
    private final long maxRecordLength;
    private final long idMemory;
    private final String source;
    private final CsvResponseReader.LineSink sink;
    private final RejectedRowSink rejects;
    private ProblemLog problems;
    private List<String> header = List.of();
    private List<String> absent = List.of();
    private RowChecks rows;

    /**
     * @param rules the rules of a row, for the units
     * @param delimiter the delimiter, or null to find it from the header line
     * @param decimalMark how the weights write their decimals
     */
    CsvRead(HeaderResolver headers, RowRules rules, ErrorPolicy policy, Character delimiter, DecimalMark decimalMark,
            long maxRecordLength, long idMemory, String source, CsvResponseReader.LineSink sink,
            RejectedRowSink rejects) {
        this.idMemory = idMemory;
        this.headers = headers;
        this.rules = rules;
        this.delimiter = delimiter;
        this.decimalMark = decimalMark;
        this.maxRecordLength = maxRecordLength;
        this.source = source;
        this.sink = sink;
        this.rejects = rejects;
        this.problems = new ProblemLog(source, policy);
    }

    ReadReport read(Reader raw) {
        return read(raw, null);
    }

    /**
     * Reads UTF-8 bytes, without a byte-order mark: the header as text, as {@link #read(Reader)} does, the records
     * after it from the bytes ({@link ByteRecords}), with the Commons CSV path for the rest of the file from the first
     * record those do not handle, and for the whole file when the header is not found in the bytes within the
     * header's limit (or ends in a lone CR).
     */
    ReadReport read(InputStream in, Path file) throws IOException {
        HeadBytes head = HeadBytes.read(in, HEAD_BOUND);
        String text = head.headerEnd < 0 ? "" : new String(head.bytes, 0, head.headerEnd, StandardCharsets.UTF_8);
        // the delimiter as the text path finds it (its peek stops where HeadBytes did), and the header's end for it
        if (head.headerEnd < 0 || head.recordEnd(delimiter != null ? delimiter
                : detectDelimiter(peekLine(new BufferedReader(new StringReader(text))))) != head.headerEnd) {
            return read(new InputStreamReader(new SequenceInputStream(new ByteArrayInputStream(head.bytes, 0,
                    head.length), in), decoder()), null);
        }
        if (file != null) {
            idPlan = (d, line, columns) -> ids(file, head, d, line, columns);
        }
        return read(new StringReader(text), (d, line) -> byteRecords(head, in, d, line));
    }

    /** The records after the header from a stream's bytes, the Commons CSV path taking the rest where need be. */
    private ParseAhead.Source byteRecords(HeadBytes head, InputStream in, char d, long line) {
        return new ByteRecords(head.bytes, head.headerEnd, head.length - head.headerEnd, in, d, line, maxRecordLength,
                (rest, at) -> commonsCsv(rest, d, at));
    }

    private static final int HEAD_BOUND = (int) (4 * CsvResponseReader.MAX_HEADER_LENGTH + (1 << 16));

    /** The bytes an id is reckoned to take in memory, for the choice of {@link #ids}. */
    static final int ID_BYTES = 64;

    /** How the ids of a read are checked, from the delimiter, the line of the first record and the columns. */
    @FunctionalInterface
    private interface IdPlan {
        IdCheck plan(char delimiter, long line, Columns columns);
    }

    private IdPlan idPlan = (d, line, columns) -> IdCheck.inMemory();

    /**
     * The ids of a file: held in memory, unless the forms that the file's size and its first records let expect
     * would take more than {@link CsvResponseReader.Builder#idMemory} ({@value #ID_BYTES} bytes an id): then found by
     * a pass over the file first ({@link IdPass}).
     */
    private IdCheck ids(Path file, HeadBytes head, char d, long line, Columns columns) {
        if (columns.rowIds) {
            return IdCheck.inMemory();
        }
        int records = 0;
        for (int i = head.headerEnd; i < head.length; i++) {
            records += head.bytes[i] == '\n' ? 1 : 0;
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return IdCheck.inMemory();
        }
        double perRecord = records == 0 ? size : (double) (head.length - head.headerEnd) / records;
        double expected = (size - head.headerEnd) / Math.max(1, perRecord);
        if (expected * ID_BYTES <= idMemory) {
            return IdCheck.inMemory();
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        return IdPass.of(() -> fileRecords(file, d, line), columns.header.size(), columns.idColumn, source, tmp);
    }

    /** The records after the header of a file, read anew from its bytes, closing it when they end. */
    private ParseAhead.Source fileRecords(Path file, char d, long line) {
        return into -> {
            try (InputStream raw = Files.newInputStream(file);
                    InputStream in = BOMInputStream.builder().setInputStream(raw).get()) {
                HeadBytes head = HeadBytes.read(in, HEAD_BOUND);
                if (head.headerEnd < 0) {
                    throw new IllegalStateException("the header of " + file + " changed during the read");
                }
                byteRecords(head, in, d, line).produce(into);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** The decoder of a byte stream: UTF-8, each malformed sequence read as U+FFFD, which the checks then report. */
    static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** The Commons CSV source of the records of a byte stream after the header, the first starting at a line. */
    private ParseAhead.Source commonsCsv(InputStream rest, char d, long line) {
        return commonsCsv(rest, d, line, maxRecordLength);
    }

    /** As above, for a record limit ({@code ByteRecordsTest} builds the fallback as a read does). */
    static ParseAhead.Source commonsCsv(InputStream rest, char d, long line, long maxRecordLength) {
        try {
            RecordLimit limit = new RecordLimit(new BufferedReader(new InputStreamReader(rest, decoder()), 1 << 16),
                    maxRecordLength, CsvResponseReader.MAX_HEADER_LENGTH, d, CsvResponseReader.MAX_COLUMNS);
            limit.startAt(line);
            CSVParser parser = CSVParser.builder().setReader(limit).setFormat(format(d)).get();
            return ParseAhead.csv(parser, parser.iterator(), limit, line, line - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CSVFormat format(char d) {
        return CSVFormat.DEFAULT.builder().setDelimiter(d).setIgnoreEmptyLines(false).setRecordSeparator("\n").get();
    }

    /** The source of the records after the header, from the delimiter and the line the first starts on. */
    @FunctionalInterface
    private interface Body {
        ParseAhead.Source after(char delimiter, long line);
    }

    /**
     * @param body where the records after the header come from; null for the same text as the header's
     */
    private ReadReport read(Reader raw, Body body) {
        BufferedReader in = new BufferedReader(raw, 1 << 16);
        long line = 1;
        try {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            char d = delimiter != null ? delimiter : detectDelimiter(peekLine(in));
            CSVFormat format = format(d);
            // between the parser and the buffer, so that it counts what the parser takes, not the peek
            RecordLimit limit = new RecordLimit(in, maxRecordLength, CsvResponseReader.MAX_HEADER_LENGTH, d,
                    CsvResponseReader.MAX_COLUMNS);
            CSVParser parser = CSVParser.builder().setReader(limit).setFormat(format).get();
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                Problem empty = problems.add(1, 0, null, null, Rule.MISSING_COLUMN, "the file is empty; expected a "
                        + "header row with response_id, unit and the item columns");
                if (problems.failFast()) {
                    throw empty.toException();
                }
                return report(true);
            }
            CSVRecord head = it.next();
            limit.recordEnded();
            line = parser.getCurrentLineNumber() + 1;
            Columns columns = readHeader(head.values());
            if (!columns.ok) {
                return report(true);
            }
            rows = new RowChecks(columns, rules, problems, decimalMark, rejects);
            IdCheck ids = idPlan.plan(d, line, columns);
            consume(new ParseAhead(body == null ? ParseAhead.csv(parser, it, limit, line, 0) : body.after(d, line),
                    columns, rows, ids), "sipas-csv-parser");
            ids.finish();
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause(), line);
        } catch (IOException e) {
            throw unreadable(e, line);
        }
        return report(false);
    }

    /** The most title rows (rows whose cells all hold one text, such as a title merged across) above a header. */
    static final int MAX_TITLE_ROWS = 10;

    /**
     * Reads a sheet of a workbook, whose name this read's source ends with: its header is its first row with text,
     * after at most {@value #MAX_TITLE_ROWS} title rows (rows whose cells with text all hold the same text, one cell
     * or a title merged across); each later row with text is a form, padded with empty cells to the header's width.
     * Lines are the sheet's rows, and problems name their cells.
     */
    ReadReport readSheet(XlsxWorkbook workbook, String sheet) {
        HeaderScan scan = new HeaderScan();
        try {
            workbook.read(sheet, scan);
        } catch (HeaderScan.Found found) {
            // the header's row: the rows below are read on the parsing thread
        }
        problems = new ProblemLog(source, problems.policy(), scan.row == 0 ? 1 : scan.row, true);
        if (scan.header == null) {
            String what = scan.titleCount == 0 ? "the sheet is empty"
                    : "the sheet has no header row: its only text is " + (scan.titleCount == 1 ? "one title row"
                    : scan.titleCount + " title rows") + ", such as '" + scan.firstTitle + "'";
            Problem empty = problems.add(1, 0, null, null, Rule.MISSING_COLUMN, what + "; expected a "
                    + "header row with response_id, unit and the item columns (give --sheet NAME|N for another "
                    + "sheet: the workbook has " + workbook.sheetList() + ")");
            if (problems.failFast()) {
                throw empty.toException();
            }
            return report(true);
        }
        Columns columns = readHeader(scan.header.toArray(new String[0]));
        if (!columns.ok) {
            List<String> names = workbook.sheetNames();
            if (names.size() > 1) {
                problems.add(1, 0, null, null, Rule.MISSING_COLUMN, "sheet '" + sheet + "' does not hold the forms "
                        + "as read; the workbook has " + names.size() + " sheets: " + workbook.sheetList()
                        + " (give --sheet NAME|N for another)");
            }
            return report(true);
        }
        rows = new RowChecks(columns, rules, problems, decimalMark, rejects);
        int width = header.size();
        long headerRow = scan.row;
        int weightColumn = columns.weightColumn;
        consume(new ParseAhead(into -> {
            try {
                workbook.read(sheet, new XlsxWorkbook.RowHandler() {
                    @Override
                    public void row(int row, List<String> cells) {
                        row(row, cells, new BitSet());
                    }

                    @Override
                    public void row(int row, List<String> cells, BitSet numbers) {
                        if (row <= headerRow) {
                            return;
                        }
                        into.at(row);
                        int n = cells.size();
                        // spaces right of the header are nothing to the eye: only text there makes the row too wide
                        while (n > width && cells.get(n - 1).isBlank()) {
                            n--;
                        }
                        String[] r = cells.subList(0, n).toArray(new String[Math.max(width, n)]);
                        for (int j = n; j < r.length; j++) {
                            r[j] = "";
                        }
                        if (weightColumn >= 0 && numbers.get(weightColumn)) {
                            r[weightColumn] = WeightCells.numberCell(r[weightColumn], decimalMark);
                        }
                        try {
                            if (!into.add(r, row)) {
                                throw HeaderScan.STOPPED;
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw HeaderScan.STOPPED;
                        }
                    }
                });
            } catch (HeaderScan.Found stopped) {
                // the reader wants no more rows
            }
        }, columns, rows, IdCheck.inMemory()), "sipas-xlsx-parser");
        return report(false);
    }

    /** Finds a sheet's header: the first row with text that is not a title row; stops the read there. */
    private static final class HeaderScan implements XlsxWorkbook.RowHandler {
        /** Thrown to stop a read: the header is found, or the reader wants no more rows. */
        static final class Found extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Found() {
                super(null, null, false, false);
            }
        }

        static final Found FOUND = new Found();
        static final Found STOPPED = new Found();
        List<String> header;
        long row;
        private int titles;
        /** The rows with text read as titles, the first of them (cut to 60 characters). */
        int titleCount;
        String firstTitle;

        @Override
        public void row(int rowNumber, List<String> cells) {
            if (titles < MAX_TITLE_ROWS && isTitle(cells)) {
                titles++;
                String text = titleText(cells);
                if (!text.isEmpty()) {
                    if (titleCount++ == 0) {
                        int cut = Character.isHighSurrogate(text.charAt(Math.min(56, text.length() - 1))) ? 56 : 57;
                        firstTitle = text.length() > 60 ? text.substring(0, cut) + "..." : text;
                    }
                }
                return;
            }
            header = cells;
            row = rowNumber;
            throw FOUND;
        }

        private static String titleText(List<String> cells) {
            for (String c : cells) {
                String t = c.strip();
                if (!t.isEmpty()) {
                    return t;
                }
            }
            return "";
        }

        private static boolean isTitle(List<String> cells) {
            String text = null;
            for (String c : cells) {
                String t = c.strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (text == null) {
                    text = t;
                } else if (!text.equals(t)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Checks the rows the parsing thread hands on, in file order, until its last batch; rethrows its failure, a
     * failure of the text at a line becoming an {@link InputException} naming it.
     */
    private void consume(ParseAhead parsed, String threadName) {
        Thread producer = new Thread(parsed, threadName);
        producer.setDaemon(true);
        producer.start();
        try {
            while (true) {
                ParseAhead.Batch batch = parsed.queue.take();
                if (batch.failure != null) {
                    long line = batch.failureLine;
                    Throwable f = batch.failure;
                    if (f instanceof UncheckedIOException) {
                        throw unreadable(f.getCause(), line);
                    }
                    if (f instanceof IOException) {
                        throw unreadable(f, line);
                    }
                    if (f instanceof Error) {
                        throw (Error) f;
                    }
                    throw f instanceof RuntimeException ? (RuntimeException) f : new IllegalStateException(f);
                }
                for (int i = 0; i < batch.size; i++) {
                    if (batch.notUtf8[i] >= 0) {
                        throw notUtf8(batch.records[i], batch.lines[i], batch.notUtf8[i]);
                    }
                    if (batch.rejected[i] != null) {
                        rejects.accept(batch.rejected[i]);
                    }
                    if (batch.responses[i] != null) {
                        sink.accept(batch.responses[i], batch.lines[i]);
                    }
                }
                if (batch.last) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + source, e);
        } finally {
            parsed.stop = true;
            producer.interrupt();
            try {
                // a sheet's parser reads the workbook, which the caller closes next
                producer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Cleans the header's names and resolves them; under fail-fast, throws the first error of a bad header. */
    private Columns readHeader(String[] head) {
        if (head.length > CsvResponseReader.MAX_COLUMNS) {
            throw new InputException(source, 1, null, null, null, "the header has " + head.length + " columns; a "
                    + "file may have at most " + CsvResponseReader.MAX_COLUMNS + " columns (Excel's limit)", null);
        }
        int j0 = ParseAhead.notUtf8(head);
        if (j0 >= 0) {
            throw notUtf8(head, 1, j0);
        }
        List<String> names = new ArrayList<>(head.length);
        for (int j = 0; j < head.length; j++) {
            String h = head[j];
            if (j == 0 && h.startsWith("\uFEFF")) {
                h = h.substring(1);
            }
            names.add(Texts.clean(h));
        }
        header = List.copyOf(names);
        if (rejects != null) {
            rejects.header(source, header);
        }
        Columns columns = headers.resolve(header, problems);
        absent = columns.absent;
        if (!columns.ok && problems.failFast()) {
            throw problems.firstError().toException();
        }
        return columns;
    }

    /** The header line, read ahead (up to 1 M characters) and the reader reset to its start. */
    private static String peekLine(BufferedReader in) throws IOException {
        int limit = 1 << 20;
        in.mark(limit + 1);
        StringBuilder sb = new StringBuilder();
        int c;
        boolean quoted = false;
        while (sb.length() < limit && (c = in.read()) != -1) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            sb.append((char) c);
        }
        in.reset();
        // drop the large mark, or the buffer would grow to it and read on in megabyte blocks
        in.mark(0);
        return sb.toString();
    }

    /** Finds the delimiter of a header line: the most frequent of comma, semicolon and tab outside quotes. */
    static char detectDelimiter(String headerLine) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    /**
     * Refuses a record holding U+FFFD, the replacement the decoder puts for bytes that are not UTF-8: such a file is
     * in another encoding, and reading on would garble every Vietnamese letter.
     */
    private InputException notUtf8(String[] r, long line, int j) {
        String v = r[j];
        String column = j < header.size() ? header.get(j) : "#" + (j + 1);
        return new InputException(source, line, column, v, null, "the text is not UTF-8 (column "
                + (j + 1) + " holds bytes that are not UTF-8, shown as \uFFFD); the file may be in "
                + "Windows-1258, TCVN3 or VNI: save it as UTF-8 (in Excel, \"CSV UTF-8\") and read it "
                + "again", null);
    }

    private InputException unreadable(Throwable cause, long line) {
        if (cause instanceof CharacterCodingException) {
            return new InputException(source, line, null, null, null, "the text is not UTF-8", cause);
        }
        if (cause instanceof RecordLimit.TooLong) {
            long at = ((RecordLimit.TooLong) cause).line;
            return new InputException(source, at > 0 ? at : line, null, null, null, cause.getMessage(), cause);
        }
        if (cause instanceof IOException && !(cause instanceof NoSuchFileException)
                && cause.getClass().getName().startsWith("org.apache.commons.csv")) {
            // the exception names the line; Commons CSV's own count starts where its parser did, which is not the
            // file's first line when the byte path handed the rest of the file to it
            String message = String.valueOf(cause.getMessage()).replaceAll("\\((start)?line [0-9,]+\\) ", "")
                    .replaceAll(" at line: [0-9,]+, position: [0-9,]+", "");
            return new InputException(source, line, null, null, null, "not well-formed CSV: " + message, cause);
        }
        throw new UncheckedIOException("cannot read " + source + ": " + cause.getMessage(),
                cause instanceof IOException ? (IOException) cause : new IOException(cause));
    }

    private ReadReport report(boolean fatal) {
        if (rows == null) {
            return new ReadReport(source, header, 0, 0, 0, 0, problems.all(), problems.leftOut(), List.of(), absent,
                    fatal);
        }
        rows.lookalikeWarning().ifPresent(w -> problems.add(1, rows.unitColumn() + 1, header.get(rows.unitColumn()),
                null, Rule.SIMILAR_UNITS, w));
        MissingMarks marks = rows.missingMarks();
        marks.warning(header).ifPresent(w -> {
            int j = marks.onlyColumn();
            problems.add(1, j + 1, j < 0 ? null : header.get(j), null, Rule.MISSING_TOKEN, w);
        });
        return new ReadReport(source, header, rows.rows(), rows.accepted(), rows.rejected(), rows.blank(),
                problems.all(), problems.leftOut(), rows.kept(), absent, fatal);
    }
}
