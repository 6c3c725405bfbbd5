package io.github.sipas.core.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import io.github.sipas.core.Answer;
import io.github.sipas.core.AnswerParser;
import io.github.sipas.core.ColumnMapping;
import io.github.sipas.core.ColumnTarget;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.internal.FrozenMap;
import io.github.sipas.core.internal.IdIndex;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Item;
import io.github.sipas.core.ItemType;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.RejectedRow;
import io.github.sipas.core.Response;
import io.github.sipas.core.ResponseValidator;
import io.github.sipas.core.Rule;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.core.internal.Texts;
import io.github.sipas.core.Unit;
import io.github.sipas.core.UnitList;

/**
 * Reads survey responses from a CSV export, one row per respondent, checking every row against the instrument.
 *
 * <h2>The wide format</h2>
 * A header row, then one row per form: {@code response_id}, {@code unit}, optional {@code period} and {@code weight},
 * one column per item id, and any other columns, which are kept as attributes (sex, age group, channel…). In an item
 * column a blank cell is unanswered, a code of the item's scale is that point, and the scale's special codes ({@code 0}
 * for the SIPAS scales) mean don't know / not applicable. As exports from form tools carry them, labels are accepted
 * in place of codes: {@code "Hài lòng"}, {@code "hai long"}, {@code "HÀI LÒNG"} (NFC or NFD), {@code "4 - Hài lòng"}, the
 * English labels, and whole numbers written {@code "4.0"}. A multi-select item takes {@code "1,3,6"} or
 * {@code "1;3;6"}.
 *
 * <h2>Columns</h2>
 * A header is matched, in this order: by the {@link ColumnMapping} if one is given; to {@code response_id},
 * {@code unit}, {@code period}, {@code weight} ignoring case, or, when the file has no such column, a Vietnamese header
 * for it ({@code Mã phiếu}, {@code Số phiếu}; {@code Đơn vị}, {@code Tên đơn vị}, {@code Cơ quan}; {@code Kỳ khảo sát},
 * {@code Năm khảo sát}, {@code Đợt khảo sát}; {@code Trọng số}); to an item: its id ignoring case, the id after a
 * KoboToolbox group path ({@code group_access/A1} is {@code A1}), the id or the item's text in a trailing bracket as Google
 * Forms writes grid rows ({@code Mức độ hài lòng [A1]}), the id numbering a question ({@code A1. Nơi ngồi chờ…}), or the
 * item's text in either language, folded; a multi-select item may also come as one column per option
 * ({@code N2/3}, {@code N2_3}, {@code N2.3} or {@code N2[3]}, holding 1 or 0, x, true or false, yes or no, có or không,
 * or blank; all blank is unanswered); else the column is an attribute, with an {@link Rule#UNKNOWN_COLUMN} warning unless it is one of the {@link Builder#knownAttributes known
 * attributes}. A header with no name is ignored with a warning. {@code response_id}, {@code unit} and every criterion of
 * the survey are required; other items with no column are recorded as not asked and listed in
 * {@link ReadReport#absentItems()}.
 *
 * <h2>Text</h2>
 * UTF-8 with or without a byte-order mark; text that is not valid UTF-8 (a file saved in Windows-1258, for instance)
 * stops the read with an {@link InputException} naming the line and column of the first such bytes, rather than being
 * read as garbled letters. (Through {@link #read(Reader, String, Consumer)} the caller decodes; a U+FFFD replacement
 * character in the text is taken as the mark of such bytes.) The
 * delimiter is {@code ,}, {@code ;} or tab, found from the header line unless set. Lines may end in LF or CRLF; quoted
 * fields may hold delimiters, quotes ({@code ""}) and line breaks. Rows whose fields are all blank are counted as blank
 * lines and skipped.
 *
 * <h2>Units</h2>
 * Without a unit list, a response's unit is the cell's text in NFC, trimmed. With a {@link UnitList}, the cell is
 * matched to a unit's id, name or alias after normalization (see {@link UnitList}) and the response carries the unit's
 * id; a cell that matches no unit is an {@link Rule#UNKNOWN_UNIT} error.
 *
 * <h2>Rows</h2>
 * Every row is checked against every rule of {@link Rule}; a bad row is rejected with all of its problems (default
 * {@link ErrorPolicy#REJECT_ROW}) or the read stops at the first ({@link ErrorPolicy#FAIL_FAST}). A duplicate response id
 * is reported on its later occurrence, naming the line of the first. Weights may use a decimal comma ({@code 2,5}).
 *
 * <h2>Memory and threads</h2>
 * Rows are streamed: memory holds a few thousand rows at a time, the rejected rows, and 16 bytes per response id for
 * duplicate detection. The CSV syntax is parsed ahead on a second thread, a daemon named {@code sipas-csv-parser} that
 * ends with the read; rows are checked, and handed to the sink, on the caller's thread, in file order.
 *
 * <pre>{@code
 * CsvResponseReader reader = CsvResponseReader.builder(Surveys.bundled("sipas-2017")).build();
 * ReadReport report = reader.read(Path.of("responses.csv"), response -> scorer.add(response));
 * System.out.println(report.summary());
 * }</pre>
 *
 * <p>A reader is immutable and may be shared between threads; each read is independent.
 *
 * @since 0.1
 */
public final class CsvResponseReader {

    /** The attribute columns that are expected in exports and kept without a warning. */
    public static final Set<String> DEFAULT_KNOWN_ATTRIBUTES = Set.of("gender", "sex", "age", "age_group", "ethnicity",
            "education", "occupation", "channel", "commune", "village", "district", "agency", "procedure",
            "interviewer", "batch", "date", "submission_time", "start", "end", "today", "deviceid", "_id", "_uuid",
            "_submission_time", "_index", "_validation_status", "_status", "_submitted_by", "_notes", "_tags",
            "_version_", "__version__", "meta/instanceid", "submitdate", "lastpage", "startlanguage", "seed",
            "startdate", "datestamp", "ipaddr", "refurl", "timestamp", "email", "note", "dấu thời gian", "giới tính",
            "tuổi", "độ tuổi", "nhóm tuổi", "dân tộc", "trình độ", "trình độ học vấn", "nghề nghiệp", "kênh",
            "xã", "phường", "thôn", "điều tra viên", "ngày", "ghi chú");

    private static final char[] DELIMITERS = {',', ';', '\t'};

    /**
     * The longest record read unless {@link Builder#maxRecordLength} says otherwise: 4 M characters, the longest
     * response ({@link ResponseValidator#MAX_LENGTH}).
     */
    public static final long DEFAULT_MAX_RECORD_LENGTH = ResponseValidator.MAX_LENGTH;

    /** How many distinct values of a repeating column are remembered, cleaned. */
    private static final int CACHE_LIMIT = 10_000;

    /** The fields, which have a column of their own name or of a synonym. */
    private static final List<ColumnTarget> FIELDS = List.of(ColumnTarget.RESPONSE_ID, ColumnTarget.UNIT,
            ColumnTarget.PERIOD, ColumnTarget.WEIGHT);

    /** Vietnamese and spelled-out headers of the fields, folded; used when the file lacks the field's own column. */
    private static final Map<String, ColumnTarget> FIELD_SYNONYMS = Map.ofEntries(
            Map.entry("response id", ColumnTarget.RESPONSE_ID), Map.entry("ma phieu", ColumnTarget.RESPONSE_ID),
            Map.entry("so phieu", ColumnTarget.RESPONSE_ID), Map.entry("ma phieu khao sat", ColumnTarget.RESPONSE_ID),
            Map.entry("don vi", ColumnTarget.UNIT), Map.entry("ten don vi", ColumnTarget.UNIT),
            Map.entry("don vi duoc danh gia", ColumnTarget.UNIT), Map.entry("co quan", ColumnTarget.UNIT),
            Map.entry("ky khao sat", ColumnTarget.PERIOD), Map.entry("nam khao sat", ColumnTarget.PERIOD),
            Map.entry("dot khao sat", ColumnTarget.PERIOD), Map.entry("trong so", ColumnTarget.WEIGHT));

    /** A question numbered by its item id: {@code "A1. Nơi ngồi chờ…"}, {@code "A1 - …"}, {@code "A1) …"}. */
    private static final java.util.regex.Pattern NUMBERED =
            java.util.regex.Pattern.compile("^([\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])\\s*[.:)\\-\u2013]\\s+\\S.*$");

    private final Survey survey;
    private final UnitList units;
    private final ColumnMapping mapping;
    private final ErrorPolicy policy;
    private final Character delimiter;
    private final long maxRecordLength;
    private final Set<String> knownAttributes;
    private final Map<String, AnswerParser> parsers;
    /** Items by folded text (Vietnamese and English); texts shared by two items are left out. */
    private final Map<String, Item> itemsByText;

    private CsvResponseReader(Builder b) {
        this.survey = b.survey;
        this.units = b.units;
        this.mapping = b.mapping;
        this.policy = b.policy;
        this.delimiter = b.delimiter;
        this.maxRecordLength = b.maxRecordLength;
        this.knownAttributes = b.knownAttributes.stream().map(Texts::fold).collect(Collectors.toUnmodifiableSet());
        Map<String, AnswerParser> p = new HashMap<>();
        for (Item item : survey.items()) {
            p.put(item.id(), new AnswerParser(item, survey.scaleOf(item).orElse(null)));
        }
        this.parsers = p;
        Map<String, Item> byText = new HashMap<>();
        Set<String> shared = new java.util.HashSet<>();
        for (Item item : survey.items()) {
            for (String text : List.of(item.text().vi(), item.text().en())) {
                String key = Texts.fold(text);
                Item before = byText.putIfAbsent(key, item);
                if (before != null && before != item) {
                    shared.add(key);
                }
            }
        }
        byText.keySet().removeAll(shared);
        this.itemsByText = byText;
    }

    /**
     * Starts configuring a reader for an instrument.
     *
     * @param survey the instrument the rows answer
     * @return a builder
     */
    public static Builder builder(Survey survey) {
        return new Builder(survey);
    }

    /**
     * Returns the instrument this reader checks against.
     *
     * @return the survey
     */
    public Survey survey() {
        return survey;
    }

    /**
     * Reads a file, handing each accepted response to a consumer as it is read.
     *
     * @param file the file
     * @param sink receives each accepted response, in file order
     * @return the report of the read
     * @throws InputException if the file is not UTF-8 or not well-formed CSV (an unclosed quote), or, under
     *     {@link ErrorPolicy#FAIL_FAST}, at the first error
     * @throws UncheckedIOException if the file cannot be read
     */
    public ReadReport read(Path file, Consumer<? super Response> sink) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a byte stream of UTF-8 text, with or without a byte-order mark; the stream is not closed.
     *
     * @param in the stream
     * @param source the name used in problems, usually a file name
     * @param sink receives each accepted response, in order
     * @return the report of the read
     * @throws InputException as for {@link #read(Path, Consumer)}
     * @throws UncheckedIOException if reading fails
     */
    public ReadReport read(InputStream in, String source, Consumer<? super Response> sink) {
        Objects.requireNonNull(sink, "sink");
        return readWithLines(in, source, (r, line) -> sink.accept(r));
    }

    /**
     * Reads text; the reader is not closed. A leading byte-order mark character is ignored.
     *
     * @param reader the text
     * @param source the name used in problems, usually a file name
     * @param sink receives each accepted response, in order
     * @return the report of the read
     * @throws InputException as for {@link #read(Path, Consumer)}
     * @throws UncheckedIOException if reading fails
     */
    public ReadReport read(Reader reader, String source, Consumer<? super Response> sink) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sink, "sink");
        return new Run(source, (r, line) -> sink.accept(r)).read(reader);
    }

    /**
     * Receives each accepted response with the 1-based line where its row starts, for checks that report lines.
     *
     * @since 0.1
     */
    @FunctionalInterface
    public interface LineSink {
        /**
         * Receives a response.
         *
         * @param response the accepted response
         * @param line the line where its row starts (the header is line 1)
         */
        void accept(Response response, long line);
    }

    /**
     * Reads a file like {@link #read(Path, Consumer)}, handing each accepted response on with its line.
     *
     * @param file the file
     * @param sink receives each accepted response and its line, in file order
     * @return the report of the read
     * @throws InputException as for {@link #read(Path, Consumer)}
     * @throws UncheckedIOException if the file cannot be read
     */
    public ReadReport readWithLines(Path file, LineSink sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        try (InputStream in = Files.newInputStream(file)) {
            return readWithLines(in, file.toString(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a byte stream like {@link #read(InputStream, String, Consumer)}, handing each accepted response on with its
     * line; the stream is not closed.
     *
     * @param in the stream
     * @param source the name used in problems
     * @param sink receives each accepted response and its line, in order
     * @return the report of the read
     * @throws InputException as for {@link #read(Path, Consumer)}
     */
    public ReadReport readWithLines(InputStream in, String source, LineSink sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        try {
            InputStream bomless = BOMInputStream.builder().setInputStream(CloseShieldInputStream.wrap(in)).get();
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new Run(source, sink).read(new InputStreamReader(bomless, decoder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a whole file into memory; for large files prefer {@link #read(Path, Consumer)}.
     *
     * @param file the file
     * @return the accepted responses and the report
     * @throws InputException as for {@link #read(Path, Consumer)}
     */
    public ReadResult readAll(Path file) {
        List<Response> out = new ArrayList<>();
        ReadReport report = read(file, out::add);
        return new ReadResult(out, report);
    }

    /**
     * Reads all of a text into memory.
     *
     * @param reader the text; not closed
     * @param source the name used in problems
     * @return the accepted responses and the report
     * @throws InputException as for {@link #read(Path, Consumer)}
     */
    public ReadResult readAll(Reader reader, String source) {
        List<Response> out = new ArrayList<>();
        ReadReport report = read(reader, source, out::add);
        return new ReadResult(out, report);
    }

    /** The item and the option code that the header of one option's column names. */
    record OptionColumn(String item, int code) {
    }

    /**
     * Splits the header of one option of a multi-select item, {@code N2/3}, {@code N2_3}, {@code N2.3} or
     * {@code N2[3]} (spaces allowed around the separator, the code of 1 to 6 digits), into the item and the code; null
     * when the header is not of that form. It scans back from the end, in time linear in the header's length; the
     * regular expression it replaces, {@code ^(.+?)\s*[/_.\[]\s*(\d{1,6})\]?$}, took time quadratic in a run of
     * spaces, minutes for a header cell of a few hundred thousand.
     */
    static OptionColumn optionColumn(String name) {
        int end = name.endsWith("]") ? name.length() - 1 : name.length();
        int digits = end;
        while (digits > 0 && name.charAt(digits - 1) >= '0' && name.charAt(digits - 1) <= '9') {
            digits--;
        }
        if (digits == end || end - digits > 6) {
            return null;
        }
        int separator = digits;
        while (separator > 0 && isRegexSpace(name.charAt(separator - 1))) {
            separator--;
        }
        if (separator == 0 || "/_.[".indexOf(name.charAt(separator - 1)) < 0) {
            return null;
        }
        int item = separator - 1;
        while (item > 0 && isRegexSpace(name.charAt(item - 1))) {
            item--;
        }
        return item == 0 ? null : new OptionColumn(name.substring(0, item), Integer.parseInt(name, digits, end, 10));
    }

    /** Whether a character is one of {@code \s} in a regular expression: space, tab, line feed, VT, form feed, CR. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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

    /** The state of one read. */
    private final class Run {
        private final String source;
        private final LineSink sink;
        private final List<Problem> problems = new ArrayList<>();
        private final List<RejectedRow> rejected = new ArrayList<>();
        private final List<String> absent = new ArrayList<>();
        private final IdIndex ids = new IdIndex();
        private final java.util.Set<ColumnTarget> claimed = new java.util.HashSet<>();
        /** The fields that have a column of their own name in the header: their synonyms are not used. */
        private final java.util.Set<ColumnTarget> named = new java.util.HashSet<>();
        private final Map<Integer, Map<String, String>> caches = new HashMap<>();
        private final Map<String, String> unitIds = new HashMap<>();
        private int[] itemColumns;
        /** Multi-select items read from one column per option: the columns and their codes, by item id. */
        private final Map<String, List<int[]>> choiceColumns = new java.util.LinkedHashMap<>();
        private String[] choiceItems = new String[0];
        private int[] attributeColumns;
        private FrozenMap.Layout itemLayout;
        private FrozenMap.Layout attributeLayout;
        private List<String> header = List.of();
        private ColumnTarget[] targets;
        private AnswerParser[] columnParsers;
        private int idColumn = -1;
        private int unitColumn = -1;
        private int periodColumn = -1;
        private int weightColumn = -1;
        private RecordLimit limit;
        private long rows;
        private long accepted;
        private long blank;

        Run(String source, LineSink sink) {
            this.source = source;
            this.sink = sink;
        }

        ReadReport read(Reader raw) {
            limit = new RecordLimit(raw, maxRecordLength);
            BufferedReader in = new BufferedReader(limit, 1 << 16);
            long line = 1;
            try {
                in.mark(1);
                if (in.read() != '\uFEFF') {
                    in.reset();
                }
                char d = delimiter != null ? delimiter : detectDelimiter(peekLine(in));
                CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(d).setIgnoreEmptyLines(false)
                        .setRecordSeparator("\n").get();
                CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get();
                java.util.Iterator<CSVRecord> it = parser.iterator();
                if (!it.hasNext()) {
                    Problem empty = problem(1, 0, null, null, Rule.MISSING_COLUMN, "the file is empty; expected a "
                            + "header row with response_id, unit and the item columns");
                    if (policy == ErrorPolicy.FAIL_FAST) {
                        throw empty.toException();
                    }
                    return report(true);
                }
                CSVRecord head = it.next();
                limit.recordEnded();
                line = parser.getCurrentLineNumber() + 1;
                if (!readHeader(head)) {
                    return report(true);
                }
                Parsed parsed = new Parsed(parser, it, line);
                Thread producer = new Thread(parsed, "sipas-csv-parser");
                producer.setDaemon(true);
                producer.start();
                try {
                    while (true) {
                        Batch batch = parsed.queue.take();
                        if (batch.failure != null) {
                            line = batch.failureLine;
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
                            row(batch.records[i], batch.lines[i], batch.ids[i], batch.firstSeen[i], batch.cleaned[i],
                                    batch.cells[i]);
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
                }
            } catch (UncheckedIOException e) {
                throw unreadable(e.getCause(), line);
            } catch (IOException e) {
                throw unreadable(e, line);
            }
            return report(false);
        }

        private String peekLine(BufferedReader in) throws IOException {
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

        /**
         * Refuses a record holding U+FFFD, the replacement the decoder puts for bytes that are not UTF-8: such a file
         * is in another encoding, and reading on would garble every Vietnamese letter.
         */
        private void requireUtf8(CSVRecord r, long line) {
            int j = notUtf8(r);
            if (j >= 0) {
                throw notUtf8(r, line, j);
            }
        }

        /** The first column holding U+FFFD, or -1. */
        private int notUtf8(CSVRecord r) {
            for (int j = 0; j < r.size(); j++) {
                String v = r.get(j);
                // most cells are one character, a code: compare it rather than search
                if (v.length() == 1 ? v.charAt(0) == '\uFFFD' : v.length() > 1 && v.indexOf('\uFFFD') >= 0) {
                    return j;
                }
            }
            return -1;
        }

        private InputException notUtf8(CSVRecord r, long line, int j) {
            String v = r.get(j);
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
                return new InputException(source, line, null, null, null, cause.getMessage(), cause);
            }
            if (cause instanceof IOException && !(cause instanceof java.nio.file.NoSuchFileException)
                    && cause.getClass().getName().startsWith("org.apache.commons.csv")) {
                return new InputException(source, line, null, null, null, "not well-formed CSV: "
                        + cause.getMessage(), cause);
            }
            throw new UncheckedIOException("cannot read " + source + ": " + cause.getMessage(),
                    cause instanceof IOException ? (IOException) cause : new IOException(cause));
        }

        private boolean readHeader(CSVRecord head) {
            requireUtf8(head, 1);
            List<String> names = new ArrayList<>(head.size());
            for (int j = 0; j < head.size(); j++) {
                String h = head.get(j);
                if (j == 0 && h.startsWith("\uFEFF")) {
                    h = h.substring(1);
                }
                names.add(Texts.clean(h));
            }
            header = List.copyOf(names);
            // once, not per column: a header of many synonyms (thousands of "Đơn vị") took time quadratic in its width
            for (String h : header) {
                for (ColumnTarget field : FIELDS) {
                    if (h.equalsIgnoreCase(field.name())) {
                        named.add(field);
                    }
                }
            }
            targets = new ColumnTarget[names.size()];
            columnParsers = new AnswerParser[names.size()];
            Map<ColumnTarget, Integer> seen = new HashMap<>();
            boolean ok = true;
            for (int j = 0; j < names.size(); j++) {
                String name = names.get(j);
                ColumnTarget t = target(name, j);
                if (t.kind() == ColumnTarget.Kind.ITEM && survey.findItem(t.name()).isEmpty()) {
                    problem(1, j + 1, name, null, Rule.MISSING_COLUMN, "the column mapping sends column '" + name
                            + "' to item '" + t.name() + "', which survey " + survey.id() + " does not have");
                    ok = false;
                    continue;
                }
                targets[j] = t;
                if (t.kind() == ColumnTarget.Kind.IGNORE) {
                    continue;
                }
                Integer before = seen.putIfAbsent(t, j);
                if (before != null) {
                    problem(1, j + 1, name, null, Rule.DUPLICATE_COLUMN, "columns " + (before + 1) + " ('"
                            + names.get(before) + "') and " + (j + 1) + " ('" + name + "') both hold " + t);
                    ok = false;
                }
                switch (t.kind()) {
                    case RESPONSE_ID:
                        idColumn = j;
                        break;
                    case UNIT:
                        unitColumn = j;
                        break;
                    case PERIOD:
                        periodColumn = j;
                        break;
                    case WEIGHT:
                        weightColumn = j;
                        break;
                    case ITEM:
                        columnParsers[j] = parsers.get(t.name());
                        break;
                    case CHOICE: {
                        String itemId = t.name().substring(0, t.name().lastIndexOf('='));
                        var multi = survey.findItem(itemId);
                        int code = Integer.parseInt(t.name().substring(t.name().lastIndexOf('=') + 1));
                        if (multi.isEmpty() || multi.get().type() != ItemType.MULTIPLE
                                || !survey.scale(multi.get().scale()).hasCode(code)) {
                            problem(1, j + 1, name, null, Rule.MISSING_COLUMN, "column '" + name + "' is mapped to "
                                    + "option " + code + " of '" + itemId + "', which is not an option of a "
                                    + "multi-select item of survey " + survey.id());
                            ok = false;
                        } else {
                            choiceColumns.computeIfAbsent(itemId, k -> new ArrayList<>()).add(new int[] {j, code});
                        }
                        break;
                    }
                    default:
                        break;
                }
            }
            if (idColumn < 0) {
                problem(1, 0, "response_id", null, Rule.MISSING_COLUMN, "no response_id column; the header has: "
                        + String.join(", ", names));
                ok = false;
            }
            if (unitColumn < 0) {
                problem(1, 0, "unit", null, Rule.MISSING_COLUMN, "no unit column; the header has: "
                        + String.join(", ", names));
                ok = false;
            }
            for (String itemId : choiceColumns.keySet()) {
                Integer single = seen.get(ColumnTarget.item(itemId));
                if (single != null) {
                    problem(1, single + 1, names.get(single), null, Rule.DUPLICATE_COLUMN, "item " + itemId
                            + " is given both as one column ('" + names.get(single) + "') and as one column per "
                            + "option; keep one of the two");
                    ok = false;
                }
            }
            List<String> missingCriteria = new ArrayList<>();
            for (Item item : survey.items()) {
                if (!seen.containsKey(ColumnTarget.item(item.id())) && !choiceColumns.containsKey(item.id())) {
                    if (item.isCriterion()) {
                        missingCriteria.add(item.id());
                    } else {
                        absent.add(item.id());
                    }
                }
            }
            if (!missingCriteria.isEmpty()) {
                problem(1, 0, null, null, Rule.MISSING_COLUMN, "no column for " + (missingCriteria.size() == 1
                        ? "criterion " : "criteria ") + String.join(", ", missingCriteria) + " of survey "
                        + survey.id() + "; map the export's columns with a column mapping, or use an instrument "
                        + "that has only the criteria asked");
                ok = false;
            }
            if (!ok && policy == ErrorPolicy.FAIL_FAST) {
                throw problems.stream().filter(Problem::isError).findFirst().orElseThrow().toException();
            }
            if (ok) {
                List<Integer> itemCols = new ArrayList<>();
                List<Integer> attrCols = new ArrayList<>();
                for (int j = 0; j < targets.length; j++) {
                    if (targets[j].kind() == ColumnTarget.Kind.ITEM) {
                        itemCols.add(j);
                    } else if (targets[j].kind() == ColumnTarget.Kind.ATTRIBUTE) {
                        attrCols.add(j);
                    }
                }
                itemColumns = itemCols.stream().mapToInt(Integer::intValue).toArray();
                attributeColumns = attrCols.stream().mapToInt(Integer::intValue).toArray();
                choiceItems = choiceColumns.keySet().toArray(String[]::new);
                List<String> keys = new ArrayList<>();
                itemCols.forEach(j -> keys.add(targets[j].name()));
                keys.addAll(List.of(choiceItems));
                itemLayout = new FrozenMap.Layout(keys.toArray(String[]::new));
                attributeLayout = new FrozenMap.Layout(attrCols.stream().map(j -> targets[j].name())
                        .toArray(String[]::new));
            }
            return ok;
        }

        private ColumnTarget target(String name, int j) {
            if (name.isEmpty()) {
                problem(1, j + 1, null, null, Rule.UNNAMED_COLUMN, "column " + (j + 1)
                        + " has no name; its values are ignored");
                return ColumnTarget.IGNORE;
            }
            var mapped = mapping.targetOf(name);
            if (mapped.isPresent()) {
                return mapped.get();
            }
            String lower = name.toLowerCase(Locale.ROOT);
            switch (lower) {
                case "response_id":
                    return ColumnTarget.RESPONSE_ID;
                case "unit":
                    return ColumnTarget.UNIT;
                case "period":
                    return ColumnTarget.PERIOD;
                case "weight":
                    return ColumnTarget.WEIGHT;
                default:
                    break;
            }
            ColumnTarget field = FIELD_SYNONYMS.get(Texts.fold(name));
            if (field != null && !named.contains(field) && claimed.add(field)) {
                return field;
            }
            Item item = itemOfHeader(name);
            if (item != null) {
                return ColumnTarget.item(item.id());
            }
            OptionColumn option = optionColumn(name);
            if (option != null) {
                Item multi = itemIgnoringCase(option.item());
                if (multi != null && multi.type() == ItemType.MULTIPLE
                        && survey.scale(multi.scale()).hasCode(option.code())) {
                    return ColumnTarget.choice(multi.id(), option.code());
                }
            }
            if (!knownAttributes.contains(Texts.fold(name))) {
                problem(1, j + 1, name, null, Rule.UNKNOWN_COLUMN, "column '" + name + "' is neither a field, nor an "
                        + "item of survey " + survey.id() + ", nor a known attribute; it is kept as attribute '"
                        + name + "'");
            }
            return ColumnTarget.attribute(name);
        }

        /**
         * Finds the item a header names: its id, ignoring case; the id after a KoboToolbox group path
         * ({@code group_access/A1}); the id or text in a trailing bracket ({@code Mức độ hài lòng [A1]}, as Google
         * Forms writes grid rows); the id numbering a question ({@code A1. Nơi ngồi chờ…}); or the item's text in
         * either language, folded.
         */
        private Item itemOfHeader(String name) {
            Item item = itemIgnoringCase(name);
            if (item == null && name.indexOf('/') >= 0) {
                item = itemIgnoringCase(name.substring(name.lastIndexOf('/') + 1).strip());
            }
            if (item == null && name.endsWith("]") && name.lastIndexOf('[') > 0) {
                String inner = name.substring(name.lastIndexOf('[') + 1, name.length() - 1).strip();
                item = itemIgnoringCase(inner);
                if (item == null) {
                    item = itemsByText.get(Texts.fold(inner));
                }
            }
            if (item == null) {
                java.util.regex.Matcher m = NUMBERED.matcher(name);
                if (m.matches()) {
                    item = itemIgnoringCase(m.group(1));
                }
            }
            if (item == null) {
                item = itemsByText.get(Texts.fold(name));
            }
            return item;
        }

        private Item itemIgnoringCase(String name) {
            var exact = survey.findItem(name);
            if (exact.isPresent()) {
                return exact.get();
            }
            for (Item i : survey.items()) {
                if (i.id().equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return null;
        }

        /**
         * Checks a row whose id the parsing thread cleaned (null when blank) and registered (first line, or 0), and
         * whose unit, period and attributes it cleaned ({@code cleaned}: unit, period, then the attribute columns;
         * null when the row has the wrong number of fields), and whose item cells it parsed ({@code cells}: an
         * {@link Answer} or an {@link AnswerParser.Failure} per item column).
         */
        private void row(CSVRecord r, long line, String cleanId, long first, String[] cleaned, Object[] cells) {
            if (isBlank(r)) {
                blank++;
                return;
            }
            rows++;
            List<Problem> found = new ArrayList<>(2);
            if (r.size() != header.size()) {
                found.add(problem(line, 0, null, null, Rule.WRONG_FIELD_COUNT, "the row has " + r.size()
                        + " fields, the header " + header.size() + (r.size() > header.size()
                        ? "; a value may hold an unquoted delimiter" : "")));
                reject(r, line, found);
                return;
            }
            String id = cleanId;
            if (id == null) {
                found.add(problem(line, idColumn + 1, header.get(idColumn), r.get(idColumn), Rule.MISSING_ID,
                        "the response id is blank"));
            } else {
                if (first != 0) {
                    found.add(problem(line, idColumn + 1, header.get(idColumn), id, Rule.DUPLICATE_ID,
                            "response id '" + id + "' was first seen on line " + first));
                }
            }
            String unit = unit(r.get(unitColumn), cleaned[0], line, found);
            String period = cleaned[1];
            OptionalDouble weight = weightColumn < 0 ? OptionalDouble.empty() : weight(r.get(weightColumn), line,
                    found);
            Object[] answers = new Object[itemColumns.length + choiceItems.length];
            for (int c = 0; c < choiceItems.length; c++) {
                answers[itemColumns.length + c] = choices(r, line, choiceItems[c], found);
            }
            Object[] attributes = new Object[attributeColumns.length];
            for (int a = 0; a < itemColumns.length; a++) {
                int j = itemColumns[a];
                String cell = r.get(j);
                Object parsed = cells[a];
                if (parsed instanceof Answer) {
                    answers[a] = parsed;
                } else {
                    AnswerParser.Failure f = (AnswerParser.Failure) parsed;
                    found.add(problem(line, j + 1, header.get(j), cell, f.rule(), f.message()));
                }
            }
            for (int a = 0; a < attributeColumns.length; a++) {
                String v = cleaned[2 + a];
                if (!v.isEmpty()) {
                    attributes[a] = v;
                }
            }
            if (!found.isEmpty()) {
                reject(r, line, found);
                return;
            }
            Response response = new Response(id, unit, period == null || period.isEmpty() ? null : period, weight,
                    new FrozenMap<Answer>(itemLayout, answers), new FrozenMap<String>(attributeLayout, attributes));
            accepted++;
            sink.accept(response, line);
        }

        private String unit(String raw, String u, long line, List<Problem> found) {
            if (u.isEmpty()) {
                found.add(problem(line, unitColumn + 1, header.get(unitColumn), raw, Rule.MISSING_UNIT,
                        "the unit is blank"));
                return null;
            }
            if (units == null) {
                return u;
            }
            String id = unitIds.get(u);
            if (id != null) {
                return id;
            }
            var unit = units.find(u);
            if (unit.isPresent()) {
                if (unitIds.size() < CACHE_LIMIT) {
                    unitIds.put(u, unit.get().id());
                }
                return unit.get().id();
            }
            List<String> known = units.units().stream().map(Unit::name).collect(Collectors.toList());
            found.add(problem(line, unitColumn + 1, header.get(unitColumn), raw, Rule.UNKNOWN_UNIT,
                    "no unit of the unit list has this name or alias; known: " + (known.size() <= 15
                    ? String.join(", ", known) : String.join(", ", known.subList(0, 15)) + ", …")));
            return null;
        }

        private OptionalDouble weight(String raw, long line, List<Problem> found) {
            String w = raw.strip();
            double value;
            try {
                if (w.indexOf(',') >= 0 && w.indexOf('.') < 0) {
                    w = w.replace(',', '.');
                }
                if (w.isEmpty() || !isPlainNumber(w)) {
                    throw new NumberFormatException();
                }
                value = Double.parseDouble(w);
            } catch (NumberFormatException e) {
                found.add(problem(line, weightColumn + 1, header.get(weightColumn), raw, Rule.BAD_WEIGHT,
                        raw.isBlank() ? "the weight is blank; every row needs a finite positive weight when the "
                        + "file has a weight column" : "the weight is not a number; expected a finite positive number"));
                return OptionalDouble.empty();
            }
            if (!(value > 0) || Double.isInfinite(value)) {
                found.add(problem(line, weightColumn + 1, header.get(weightColumn), raw, Rule.BAD_WEIGHT,
                        "the weight must be finite and positive"));
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(value);
        }

        /**
         * Reads a multi-select item from its option columns: a cell of 1, x, true, yes or có chooses the option; 0,
         * false, no, không or blank does not; all blank is unanswered. Another value is a problem at its column.
         */
        private Answer choices(CSVRecord r, long line, String itemId, List<Problem> found) {
            List<Integer> chosen = new ArrayList<>();
            boolean any = false;
            for (int[] column : choiceColumns.get(itemId)) {
                String raw = r.get(column[0]);
                String v = Texts.fold(raw);
                if (v.isEmpty()) {
                    continue;
                }
                any = true;
                switch (v) {
                    case "1":
                    case "x":
                    case "true":
                    case "yes":
                    case "co":
                        chosen.add(column[1]);
                        break;
                    case "0":
                    case "false":
                    case "no":
                    case "khong":
                        break;
                    default:
                        if (v.equals(Integer.toString(column[1]))) {
                            chosen.add(column[1]);
                        } else {
                            found.add(problem(line, column[0] + 1, header.get(column[0]), raw, Rule.NOT_A_CODE,
                                    "a column of one option of " + itemId + " takes 1 or 0 (x, true/false, yes/no, "
                                    + "có/không) or a blank"));
                        }
                        break;
                }
            }
            return any ? new Answer.Choices(chosen) : Answer.unanswered();
        }

        /** Each item column's answer or failure; run on the parsing thread (the parsers are immutable). */
        private Object[] parseCells(CSVRecord r) {
            Object[] out = new Object[itemColumns.length];
            for (int a = 0; a < itemColumns.length; a++) {
                int j = itemColumns[a];
                out[a] = columnParsers[j].parse(r.get(j));
            }
            return out;
        }

        /** The unit, period and attribute cells of a record, cleaned; run on the parsing thread, which owns the caches. */
        private String[] clean(CSVRecord r) {
            String[] out = new String[2 + attributeColumns.length];
            out[0] = cached(0, r.get(unitColumn));
            out[1] = periodColumn < 0 ? null : cached(1, r.get(periodColumn));
            for (int a = 0; a < attributeColumns.length; a++) {
                out[2 + a] = cached(a + 4, r.get(attributeColumns[a]));
            }
            return out;
        }

        /**
         * Cleans a cell of a column whose values repeat (unit, period, attributes), remembering up to
         * {@value #CACHE_LIMIT} distinct values per column so that each is normalized once and shared.
         */
        private String cached(int column, String raw) {
            Map<String, String> cache = caches.get(column);
            if (cache == null) {
                cache = new HashMap<>();
                caches.put(column, cache);
            }
            String clean = cache.get(raw);
            if (clean == null) {
                clean = Texts.clean(raw);
                if (cache.size() < CACHE_LIMIT) {
                    cache.put(raw, clean);
                }
            }
            return clean;
        }

        /** Whether a text is a plain decimal number (digits, one point, an exponent); not NaN, Infinity or hex. */
        private boolean isPlainNumber(String w) {
            boolean digit = false;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c >= '0' && c <= '9') {
                    digit = true;
                } else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') {
                    return false;
                }
            }
            return digit;
        }

        private boolean isBlank(CSVRecord r) {
            for (int j = 0; j < r.size(); j++) {
                if (!r.get(j).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private Problem problem(long line, int column, String name, String value, Rule rule, String message) {
            Problem p = new Problem(source, line, column, name, value, rule, message);
            if (p.isError() && policy == ErrorPolicy.FAIL_FAST && line > 1) {
                throw p.toException();
            }
            problems.add(p);
            return p;
        }

        private void reject(CSVRecord r, long line, List<Problem> found) {
            List<String> fields = new ArrayList<>(r.size());
            r.forEach(fields::add);
            rejected.add(new RejectedRow(line, fields, found));
        }

        private ReadReport report(boolean fatal) {
            return new ReadReport(source, header, rows, accepted, blank, problems, rejected, absent, fatal);
        }

        /** Records parsed ahead, with the line each starts on; or the failure that ended the parse. */
        private final class Batch {
            final CSVRecord[] records;
            final long[] lines;
            int size;
            boolean last;
            Throwable failure;
            long failureLine;

            /** Per record: the cleaned response id, the line where it was first seen (0: new), a column not UTF-8. */
            final String[] ids;
            final long[] firstSeen;
            final int[] notUtf8;
            /** Per record: its unit, period and attribute cells, cleaned; null for a row of the wrong width. */
            final String[][] cleaned;
            /** Per record: each item column's answer or failure; null for a row of the wrong width. */
            final Object[][] cells;

            Batch(int capacity) {
                records = new CSVRecord[capacity];
                lines = new long[capacity];
                ids = new String[capacity];
                firstSeen = new long[capacity];
                notUtf8 = new int[capacity];
                cleaned = new String[capacity][];
                cells = new Object[capacity][];
            }
        }

        /**
         * Parses the records after the header on a second thread, in batches, so that the CSV syntax of one batch is
         * read while the rows of the one before are checked and scored: on two cores a read costs little more than the
         * parse alone. The parsing thread also checks the text is UTF-8 and registers the response ids, in file order; the
         * caller's thread sees every row in file order, and the sink is only called from it.
         */
        private final class Parsed implements Runnable {
            private static final int BATCH = 512;
            final java.util.concurrent.BlockingQueue<Batch> queue = new java.util.concurrent.ArrayBlockingQueue<>(8);
            volatile boolean stop;
            private final CSVParser parser;
            private final java.util.Iterator<CSVRecord> it;
            private long line;

            Parsed(CSVParser parser, java.util.Iterator<CSVRecord> it, long line) {
                this.parser = parser;
                this.it = it;
                this.line = line;
            }

            @Override
            public void run() {
                try {
                    Batch batch = new Batch(BATCH);
                    while (!stop) {
                        Batch failed = null;
                        boolean more;
                        try {
                            more = it.hasNext();
                            if (more) {
                                CSVRecord r = it.next();
                                limit.recordEnded();
                                int k = batch.size;
                                batch.records[k] = r;
                                batch.lines[k] = line;
                                batch.notUtf8[k] = notUtf8(r);
                                batch.ids[k] = null;
                                batch.firstSeen[k] = 0;
                                batch.cleaned[k] = null;
                                batch.cells[k] = null;
                                if (batch.notUtf8[k] < 0 && r.size() == header.size()) {
                                    batch.cleaned[k] = clean(r);
                                    batch.cells[k] = parseCells(r);
                                    String id = Texts.clean(r.get(idColumn));
                                    if (!id.isEmpty()) {
                                        batch.ids[k] = id;
                                        batch.firstSeen[k] = ids.putIfAbsent(id, line);
                                    }
                                }
                                batch.size++;
                                line = parser.getCurrentLineNumber() + 1;
                            }
                        } catch (RuntimeException | Error e) {
                            // an Error too (out of memory on a huge field): the reading thread must not wait forever
                            failed = new Batch(0);
                            failed.failure = e;
                            failed.failureLine = line;
                            more = false;
                        }
                        if (!more || batch.size == BATCH) {
                            batch.last = !more && failed == null;
                            queue.put(batch);
                            if (failed != null) {
                                queue.put(failed);
                            }
                            if (!more) {
                                return;
                            }
                            batch = new Batch(BATCH);
                        }
                    }
                } catch (InterruptedException e) {
                    // the reader stopped early: nothing more is wanted
                }
            }
        }
    }

    /**
     * Configures a {@link CsvResponseReader}.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final Survey survey;
        private UnitList units;
        private ColumnMapping mapping = ColumnMapping.NONE;
        private ErrorPolicy policy = ErrorPolicy.REJECT_ROW;
        private Character delimiter;
        private Set<String> knownAttributes = DEFAULT_KNOWN_ATTRIBUTES;
        private long maxRecordLength = DEFAULT_MAX_RECORD_LENGTH;

        private Builder(Survey survey) {
            this.survey = Objects.requireNonNull(survey, "survey");
        }

        /**
         * Sets the unit list that unit cells are matched against; without one, any non-blank unit is accepted as
         * written.
         *
         * @param value the unit list, or null for none
         * @return this builder
         */
        public Builder units(UnitList value) {
            this.units = value;
            return this;
        }

        /**
         * Sets the column mapping.
         *
         * @param value the mapping
         * @return this builder
         */
        public Builder mapping(ColumnMapping value) {
            this.mapping = Objects.requireNonNull(value, "mapping");
            return this;
        }

        /**
         * Sets what happens to a bad row; {@link ErrorPolicy#REJECT_ROW} unless set.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder policy(ErrorPolicy value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /**
         * Sets the delimiter; found from the header line unless set.
         *
         * @param value {@code ','}, {@code ';'} or {@code '\t'}
         * @return this builder
         * @throws IllegalArgumentException for any other character
         */
        public Builder delimiter(char value) {
            if (value != ',' && value != ';' && value != '\t') {
                throw new IllegalArgumentException("delimiter must be ',', ';' or tab, not '" + value + "'");
            }
            this.delimiter = value;
            return this;
        }

        /**
         * Sets the attribute columns that are expected and kept without a warning; matched after
         * {@link Texts#fold folding} (case, diacritics and punctuation ignored).
         * {@link #DEFAULT_KNOWN_ATTRIBUTES} unless set.
         *
         * @param value the names
         * @return this builder
         */
        public Builder knownAttributes(Set<String> value) {
            this.knownAttributes = Collections.unmodifiableSet(new TreeSet<>(value));
            return this;
        }

        /**
         * Sets the longest record, in characters, that a file may hold; a longer one (an unclosed quote, a huge
         * field) stops the read with an {@link InputException} naming its line instead of filling the memory.
         * {@link #DEFAULT_MAX_RECORD_LENGTH} unless set.
         *
         * @param value the limit, at least 1,024
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1,024
         */
        public Builder maxRecordLength(long value) {
            if (value < 1024) {
                throw new IllegalArgumentException("maxRecordLength must be at least 1024, not " + value);
            }
            this.maxRecordLength = value;
            return this;
        }

        /**
         * Returns the reader.
         *
         * @return the reader
         */
        public CsvResponseReader build() {
            return new CsvResponseReader(this);
        }
    }
}
