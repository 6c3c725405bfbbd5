package io.github.sipas.core.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import io.github.sipas.core.AnswerParser;
import io.github.sipas.core.ColumnMapping;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.FileKind;
import io.github.sipas.core.InputException;
import io.github.sipas.core.MissingTokens;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.Response;
import io.github.sipas.core.RowRules;
import io.github.sipas.core.Rule;
import io.github.sipas.core.Survey;
import io.github.sipas.core.UnitList;
import io.github.sipas.core.internal.Texts;
import io.github.sipas.core.xlsx.XlsxWorkbook;

/**
 * Reads survey responses from a CSV export, one row per respondent, checking every row against the instrument.
 *
 * <h2>The wide format</h2>
 * A header row, then one row per form: {@code response_id}, {@code unit}, optional {@code period} and {@code weight},
 * one column per item id, and any other columns, which are kept as attributes (sex, age group, channel…). In an item
 * column a blank cell is unanswered, a code of the item's scale is that point, and the scale's special codes ({@code 0}
 * for the SIPAS scales) mean don't know / not applicable, and so do their usual spellings ({@code Không biết}, {@code KB},
 * {@code khong_biet}: see {@link AnswerParser#DONT_KNOW_SPELLINGS}). A cell holding only a missing-value mark
 * ({@code NA} as R writes it, {@code N/A}, {@code #N/A}, {@code .}) is unanswered, and the read says how many there
 * were ({@link Builder#missingTokens}). As exports from form tools carry them, labels are accepted
 * in place of codes: {@code "Hài lòng"}, {@code "hai long"}, {@code "HÀI LÒNG"} (NFC or NFD), {@code "4 - Hài lòng"}, the
 * English labels, and whole numbers written {@code "4.0"}. A multi-select item takes {@code "1,3,6"} or
 * {@code "1;3;6"}. Choice names and answer codes ({@code A4}, {@code 99}) are read through
 * {@link Builder#values answer values}.
 *
 * <h2>Columns</h2>
 * A header is matched, in this order: by the {@link ColumnMapping} if one is given; to the column named by
 * {@link Builder#idColumn} or {@link Builder#unitColumn}; to {@code response_id}, {@code unit}, {@code period},
 * {@code weight} ignoring case, or, when the file has no such column, a header for it compared folded, itself or after a
 * group path ({@code Mã phiếu}, {@code Số phiếu}, {@code Response ID}; for the unit first an agency ({@code Đơn vị},
 * {@code Tên đơn vị}, {@code Cơ quan}, {@code agency}), else a district ({@code Huyện}, {@code Quận/Huyện},
 * {@code district}), else a commune ({@code Xã}, {@code Phường}, {@code commune}); {@code Kỳ khảo sát},
 * {@code Năm khảo sát}, {@code Đợt khảo sát}; {@code Trọng số}); for the id, then the id columns of the form tool
 * ({@link ExportPreset}, given by {@link Builder#preset} or found from the header: {@code _uuid} before
 * {@code meta/instanceID} before {@code _id}…), or with {@link Builder#rowIds} (and for a Google Forms export without
 * one) no column, each row being {@code row-N}, N its line; to an item: its id ignoring case, the id or the item's text
 * in a trailing bracket as Google Forms writes grid rows ({@code Mức độ hài lòng [A1]}), the id numbering a question
 * ({@code A1. Nơi ngồi chờ…}), the text of a question numbered by its place ({@code Câu 1. Nơi ngồi chờ…?}, by its text,
 * never its number), or the item's text in either language, folded, each also after a group path
 * ({@code group_access/A1}, {@code Đánh giá dịch vụ/A1. Nơi ngồi chờ…}, ODK's {@code group_access-A1}), or a LimeSurvey
 * array row {@code Q1[SQ001]} (the n-th criterion of the k-th element, or of element {@code A} for {@code A[SQ001]});
 * a multi-select item may also come as one column per option ({@code N2/3}, {@code N2_3}, {@code N2.3} or
 * {@code N2[3]}, holding 1 or 0, x, true or false, yes or no, có or không, or blank; all blank is unanswered); else the
 * column is an attribute, with an {@link Rule#UNKNOWN_COLUMN} warning unless it is one of the
 * {@link Builder#knownAttributes known attributes}, a metadata column of the tool, a column a values rule names, or a
 * synonym of the id or unit that another column won. A header with no name is ignored with a warning.
 * {@code response_id} (unless rows are numbered), {@code unit} and every criterion of the survey are required; a
 * missing id or unit names the headers looked for, the options that fix it and at most ten of the header's columns.
 * Other items with no column are recorded as not asked and listed in {@link ReadReport#absentItems()}.
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
 * <h2>Excel workbooks</h2>
 * A file is told by its content, not its name ({@link FileKind}): an Excel workbook ({@code .xlsx}, {@code .xlsm}) is
 * read from its first sheet, or the {@link Builder#sheet sheet} named, streaming ({@link XlsxWorkbook}: memory does not
 * grow with the rows), each cell as the text a person sees: a number as its plain decimal ({@code 4}, never
 * {@code 4.0}, whatever its number format), a date as ISO 8601 text, a cell of a merged range as the range's text (a
 * header or a unit name merged over several cells). The header is the sheet's first row with text, after at most ten
 * title rows (rows whose cells with text all hold one same text: a title, merged across or not); each later row with
 * text is a form, and the columns and rows are matched and checked as in a CSV file. A problem names its cell, the
 * sheet's row being its line: {@code phieu.xlsx!Phiếu khảo sát!D17} ({@link io.github.sipas.core.Problem#location()}).
 * An Excel 97–2003 {@code .xls}, an OpenDocument {@code .ods}, a zip archive or another binary file is refused with
 * one line saying what it is and how to save it ({@link FileKind#refusal()}), never read as text; so is, through
 * {@link #read(InputStream, String, Consumer)}, any zip or binary stream (a workbook is read from a file).
 *
 * <h2>Units</h2>
 * Without a unit list, a response's unit is the cell's text in NFC, trimmed. With a {@link UnitList}, the cell is
 * matched to a unit's id, name or alias after normalization (see {@link UnitList}) and the response carries the unit's
 * id; a cell that matches no unit is an {@link Rule#UNKNOWN_UNIT} error.
 *
 * <h2>Rows</h2>
 * Every row is checked against every rule of {@link Rule}; a bad row is rejected with all of its problems (default
 * {@link ErrorPolicy#REJECT_ROW}) or the read stops at the first ({@link ErrorPolicy#FAIL_FAST}). A duplicate response id
 * is reported on its later occurrence, naming the line of the first. A weight is a plain decimal number, finite and
 * positive: a point or a comma marks its decimals ({@code 2.5}, {@code 2,5}), never its thousands; a grouped or
 * ambiguous value ({@code 1 000}, {@code 1.000.000}, {@code 1.000}, {@code 1,000}) is a {@link Rule#BAD_WEIGHT}
 * problem (see {@link DecimalMark} and {@link Builder#decimalMark}), and so is a weight more than 2<sup>100</sup>
 * (about 1.27 × 10<sup>30</sup>) times, or less than 2<sup>−100</sup> of, the file's first weight, as weights so far
 * apart cannot be summed in double precision.
 *
 * <h2>Limits</h2>
 * A file may have at most {@value #MAX_COLUMNS} columns (Excel's limit) and a header of at most
 * {@value #MAX_HEADER_LENGTH} characters; a record longer than {@link Builder#maxRecordLength} characters, or of more
 * than {@value #MAX_COLUMNS} fields, stops the read too. Each limit is checked as the text is parsed, before the
 * record is built, and breaking one throws an {@link InputException} naming the file, the line and the limit. The
 * report lists the first {@value ReadReport#MAX_LISTED_PROBLEMS} problems and counts the others by rule and column,
 * and keeps the first rejected rows (see {@link ReadReport}); a {@link Builder#rejects rejects sink} receives every
 * rejected row as it is found.
 *
 * <h2>Memory and threads</h2>
 * Rows are streamed: memory holds a few thousand rows at a time, the rejected rows the report keeps, and the response
 * ids, 29 to 45 bytes each plus one per character, for duplicate detection, which is exact (hashes, every match settled
 * by comparing the ids' text). A file whose ids would take more than {@link Builder#idMemory} is read after a pass over
 * its ids in memory that does not grow with the forms (sorted runs spilled to temporary files and merged): the same
 * duplicates at the same lines. The records after the header are split from the bytes (the Commons CSV parser takes the
 * rest of the file from the first record that path does not handle) and checked on a second thread, a daemon named
 * {@code sipas-csv-parser} that ends with the read; accepted responses are handed to the sink, and rejected rows to the
 * rejects sink, on the caller's thread, in file order.
 *
 * <pre>{@code
 * CsvResponseReader reader = CsvResponseReader.builder(Surveys.bundled("sipas-2017")).build();
 * ReadReport report = reader.read(Path.of("responses.csv"), response -> scorer.add(response));
 * System.out.println(report.summary());
 * }</pre>
 *
 * <p>A reader is immutable and may be shared between threads; each read is independent (but for a
 * {@link Builder#rejects rejects sink}, which all its reads share).
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

    /**
     * The longest record read unless {@link Builder#maxRecordLength} says otherwise: 4 M characters, the longest
     * response ({@link RowRules#MAX_LENGTH}).
     */
    public static final long DEFAULT_MAX_RECORD_LENGTH = RowRules.MAX_LENGTH;

    /** The most columns a file may have, and the most fields of any record: 16,384, Excel's limit. */
    public static final int MAX_COLUMNS = 16_384;

    /**
     * The longest header, in characters: 1 M (1,048,576), room for {@value #MAX_COLUMNS} columns of 64 characters, or
     * for a few hundred whole questions as Google Forms writes them.
     */
    public static final long MAX_HEADER_LENGTH = 1L << 20;

    private final Survey survey;
    private final UnitList units;
    private final ErrorPolicy policy;
    private final Character delimiter;
    private final DecimalMark decimalMark;
    private final long maxRecordLength;
    private final long idMemory;
    private final RowRules rules;
    private final HeaderResolver headers;
    private final RejectedRowSink rejects;
    private final String sheet;

    private CsvResponseReader(Builder b) {
        this.sheet = b.sheet;
        this.survey = b.survey;
        this.units = b.units;
        this.policy = b.policy;
        this.delimiter = b.delimiter;
        this.decimalMark = b.decimalMark;
        this.maxRecordLength = b.maxRecordLength;
        this.idMemory = b.idMemory;
        this.rules = new RowRules(survey, units, b.missingTokens);
        this.rejects = b.rejects;
        this.headers = new HeaderResolver(rules, b.mapping, b.knownAttributes.stream().map(Texts::fold)
                .collect(Collectors.toUnmodifiableSet()), b.values.isEmpty() ? ValueRules.NONE
                : new ValueRules(b.values, rules), new HeaderOptions(b.preset, b.idColumn, b.unitColumn, b.rowIds));
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
     * @param file the file: CSV text, or an Excel workbook (see the class comment), told apart by their content
     * @param sink receives each accepted response, in file order
     * @return the report of the read
     * @throws InputException if the file is not UTF-8 or not well-formed CSV (an unclosed quote), is neither text
     *     nor an {@code .xlsx} workbook ({@link FileKind#refusal()}), is a workbook without the {@link Builder#sheet
     *     sheet} asked for, or, under {@link ErrorPolicy#FAIL_FAST}, at the first error
     * @throws UncheckedIOException if the file cannot be read
     */
    public ReadReport read(Path file, Consumer<? super Response> sink) {
        Objects.requireNonNull(sink, "sink");
        return readWithLines(file, (r, line) -> sink.accept(r));
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
        return run(source, (r, line) -> sink.accept(r)).read(reader);
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
        FileKind kind = FileKind.of(file);
        if (kind == FileKind.XLSX) {
            try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
                String name = workbook.sheet(sheet);
                return run(file + "!" + name, sink).readSheet(workbook, name);
            }
        }
        if (kind != FileKind.TEXT) {
            throw new InputException(file.toString(), 0, null, null, null, kind.refusal(), null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readWithLines(in, file.toString(), sink, file);
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
        return readWithLines(in, source, sink, null);
    }

    /**
     * Reads a stream that gives a CSV file's bytes (through a filter of the caller's, one that counts them for a
     * progress display, say), like {@link #readWithLines(InputStream, String, LineSink)}, the file's name being the
     * source; the file itself is read again only for the pass over a large file's ids ({@link Builder#idMemory}). The
     * stream is not closed.
     *
     * @param in the stream of the file's bytes
     * @param file the file, CSV text
     * @param sink receives each accepted response and its line, in order
     * @return the report of the read
     * @throws InputException as for {@link #read(Path, Consumer)}
     * @throws UncheckedIOException if reading fails
     * @since 0.2
     */
    public ReadReport readWithLines(InputStream in, Path file, LineSink sink) {
        Objects.requireNonNull(file, "file");
        return readWithLines(in, file.toString(), sink, file);
    }

    /** Reads a stream, which is the content of a file when {@code file} is not null (then read again if need be). */
    private ReadReport readWithLines(InputStream in, String source, LineSink sink, Path file) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        try {
            BufferedInputStream buffered = new BufferedInputStream(CloseShieldInputStream.wrap(in), FileKind.SAMPLE);
            buffered.mark(FileKind.SAMPLE);
            FileKind kind = FileKind.ofHead(buffered.readNBytes(FileKind.SAMPLE));
            buffered.reset();
            if (kind == FileKind.ZIP) {
                throw new InputException(source, 0, null, null, null, "this is a zip archive or an Excel workbook,"
                        + " not CSV text: a workbook is read from a file (read(Path)), and a zip's CSV once "
                        + "extracted", null);
            }
            if (kind != FileKind.TEXT) {
                throw new InputException(source, 0, null, null, null, kind.refusal(), null);
            }
            InputStream bomless = BOMInputStream.builder().setInputStream(buffered).get();
            return run(source, sink).read(bomless, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the sheet of a workbook this reader reads, as {@link Builder#sheet} set it.
     *
     * @return the sheet's name or 1-based number, or empty for the first sheet
     */
    public java.util.Optional<String> sheet() {
        return java.util.Optional.ofNullable(sheet);
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

    private CsvRead run(String source, LineSink sink) {
        return new CsvRead(headers, rules, policy, delimiter, decimalMark, maxRecordLength, idMemory, source, sink,
                rejects);
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
        private DecimalMark decimalMark = DecimalMark.EITHER;
        private Set<String> knownAttributes = DEFAULT_KNOWN_ATTRIBUTES;
        private long maxRecordLength = DEFAULT_MAX_RECORD_LENGTH;
        private long idMemory = defaultIdMemory();
        private RejectedRowSink rejects;
        private AnswerValues values = AnswerValues.NONE;
        private ExportPreset preset;
        private String idColumn;
        private String unitColumn;
        private boolean rowIds;
        private String sheet;
        private MissingTokens missingTokens = MissingTokens.UNANSWERED;

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
         * Sets how weights write their decimal mark; {@link DecimalMark#EITHER} (a point or a comma, refusing the
         * ambiguous {@code 1.000} and {@code 1,000}) unless set. {@link DecimalMark#COMMA} reads {@code 1,5} as 1.5,
         * as Excel writes numbers in Vietnamese, and refuses a point.
         *
         * @param value the decimal mark
         * @return this builder
         * @throws NullPointerException if the value is null
         */
        public Builder decimalMark(DecimalMark value) {
            this.decimalMark = Objects.requireNonNull(value, "decimalMark");
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
         * Sets the memory a read of a file may give to its response ids, held to find the repeated ones. When the forms
         * that a file's size and first records let expect would take more (reckoned at 64 bytes an id), the read
         * first makes a pass over the file's ids, in memory that does not grow with the forms (sorted runs of a
         * million ids, 16 MB, spilled to temporary files in {@code java.io.tmpdir} and merged; the few ids whose
         * hashes meet compared as text in a second pass), and then reads the file knowing its duplicates: the same
         * problems at the same lines, at the cost of one or two more passes over the file. A stream, or a workbook,
         * holds its ids in memory whatever this says. The default is an eighth of the maximum heap, at most 64 MB.
         *
         * @param bytes the memory, in bytes, at least 0 (0 makes every file's read begin with the pass)
         * @return this builder
         * @throws IllegalArgumentException if the value is negative
         * @since 0.2
         */
        public Builder idMemory(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("idMemory must be at least 0, not " + bytes);
            }
            this.idMemory = bytes;
            return this;
        }

        private static long defaultIdMemory() {
            return Math.min(Runtime.getRuntime().maxMemory() / 8, 64L << 20);
        }

        /**
         * Sets where every rejected row goes as it is found, in file order on the reading thread, for example a
         * {@link RejectsCsv} file: the report keeps only the first rejected rows (see {@link ReadReport}), the sink
         * gets them all. Every read of the reader hands its header and rows to this one sink, so a reader with a
         * sink is best built for one read. None unless set.
         *
         * @param value the sink, or null for none
         * @return this builder
         */
        public Builder rejects(RejectedRowSink value) {
            this.rejects = value;
            return this;
        }

        /**
         * Sets what the values an export writes in its cells stand for (choice names, answer codes such as {@code A4},
         * {@code 99}, unit codes): each item column's cells are read through the rules for its column and the
         * {@code *} rules before the scale's codes and labels, and the unit column's through the rules for it (see
         * {@link AnswerValues}). {@link AnswerValues#NONE} unless set.
         *
         * @param value the rules
         * @return this builder
         * @throws NullPointerException if the value is null
         */
        public Builder values(AnswerValues value) {
            this.values = Objects.requireNonNull(value, "values");
            return this;
        }

        /**
         * Sets the form tool that wrote the file, whose id and metadata columns are then used (see
         * {@link ExportPreset}); found from the header unless set.
         *
         * @param value the tool, or null to find it from the header
         * @return this builder
         */
        public Builder preset(ExportPreset value) {
            this.preset = value;
            return this;
        }

        /**
         * Names the column that holds the response id, for a file that names it its own way; matched ignoring case,
         * else folded. A header without it is a {@link Rule#MISSING_COLUMN} error. None unless set.
         *
         * @param value the column's header, or null for none
         * @return this builder
         */
        public Builder idColumn(String value) {
            this.idColumn = value == null || value.isBlank() ? null : value;
            return this;
        }

        /**
         * Names the column that holds the unit, matched as {@link #idColumn}. None unless set.
         *
         * @param value the column's header, or null for none
         * @return this builder
         */
        public Builder unitColumn(String value) {
            this.unitColumn = value == null || value.isBlank() ? null : value;
            return this;
        }

        /**
         * Numbers the rows instead of reading an id column: the id of a row is {@code row-N}, N the line where the row
         * starts (the header is line 1, so the first form is {@code row-2}), stable as long as the file is not
         * sorted or cut; an id column the file has is then kept as an attribute. Off unless set, but a Google Forms
         * export with no id column is numbered so (see {@link ExportPreset#GOOGLE_FORMS}).
         *
         * @param value whether to number the rows
         * @return this builder
         */
        public Builder rowIds(boolean value) {
            this.rowIds = value;
            return this;
        }

        /**
         * Sets the sheet read from an Excel workbook: its name (exact, else ignoring case and surrounding spaces) or
         * its 1-based number (see {@link XlsxWorkbook#sheet(String)}); the first sheet unless set. A CSV file is read
         * as it is, whatever this says.
         *
         * @param value the sheet's name or number, or null for the first
         * @return this builder
         */
        public Builder sheet(String value) {
            this.sheet = value == null || value.isBlank() ? null : value;
            return this;
        }

        /**
         * Sets what an item cell holding only a missing-value mark ({@code NA}, {@code N/A}, {@code #N/A},
         * {@code .}, ignoring case; see {@link MissingTokens}) is read as: unanswered, counted in one
         * {@link Rule#MISSING_TOKEN} warning of the read ({@link MissingTokens#UNANSWERED}, the default), or refused
         * as {@link Rule#NOT_A_CODE} ({@link MissingTokens#REFUSE}). A {@link #values values} rule, and a label or
         * special code of the item's scale that reads the same, win over either.
         *
         * @param value the policy
         * @return this builder
         * @throws NullPointerException if the value is null
         * @since 0.2
         */
        public Builder missingTokens(MissingTokens value) {
            this.missingTokens = Objects.requireNonNull(value, "missingTokens");
            return this;
        }

        /**
         * Returns the reader.
         *
         * @return the reader
         * @throws InputException if a rule of the {@link #values answer values} has a code that no scale of the survey
         *     has (a {@code *} rule) or that its item's scale does not have, naming the rule's line
         */
        public CsvResponseReader build() {
            return new CsvResponseReader(this);
        }
    }
}
