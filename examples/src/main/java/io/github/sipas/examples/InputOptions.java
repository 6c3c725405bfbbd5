package io.github.sipas.examples;

import io.github.sipas.core.ColumnMapping;
import io.github.sipas.core.csv.AnswerValues;
import io.github.sipas.core.csv.ExportPreset;
import io.github.sipas.scoring.ScoreRun;
import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.csv.DecimalMark;
import io.github.sipas.core.csv.RejectedRowSink;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.InputException;
import io.github.sipas.core.MissingTokens;
import io.github.sipas.core.collect.CorruptJournalException;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.core.UnitList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import io.github.sipas.scoring.ResponseSource;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that say what to read: the instrument, the responses or the bundled sample, and how to read them. */
final class InputOptions {

    /** The bundled sample: synthetic SIPAS 2017 responses for Lào Cai's nine district-level units. */
    static final String SAMPLE = "laocai-2023-sample.csv";

    @Option(names = "--survey", paramLabel = "ID|FILE",
            description = "A bundled instrument (sipas-2017, sipas-2023, laocai-2023) or a JSON instrument file.")
    String survey;

    @Option(names = "--responses", paramLabel = "FILE|DIR", description = "The export to read, a CSV file or an "
            + "Excel workbook (.xlsx, .xlsm; told by its content), or a journal written by a response collector (its "
            + "directory, or one .jsonl file); in messages about a journal's responses, 'line' is the response's "
            + "sequence number.")
    Path responses;

    @Option(names = "--sheet", paramLabel = "NAME|N", description = "The sheet of an Excel workbook to read: its name "
            + "or its number, from 1; the first sheet unless given (also for --previous when it is a workbook).")
    String sheet;

    @Option(names = "--sample", description = "Use the bundled sample (1,800 synthetic SIPAS 2017 forms for Lào Cai's "
            + "nine district-level units) instead of a file.")
    boolean sample;

    @Option(names = "--map", paramLabel = "FILE",
            description = "A column mapping, CSV with header column,target (e.g. 'Q1[SQ001],A1').")
    Path map;

    @Option(names = "--units", paramLabel = "ID|FILE", description = "A unit list (bundled: laocai-2023, or CSV "
            + "id,name,aliases,level,parent); units not in it are rejected.")
    String units;

    @Option(names = "--skip-corrupt", description = "For a journal (--responses DIR or .jsonl): skip a damaged line "
            + "followed by valid ones, with a skipped-line warning, instead of stopping.")
    boolean skipCorrupt;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "The delimiter: ',', ';' or 'tab'; found from the header line unless given.")
    String delimiter;

    @Option(names = "--decimal-comma", description = "Weights write their decimals with a comma, as Excel does in "
            + "Vietnamese: 1,5 is 1.5 and 1,000 is 1.0, and a point is refused as a thousands separator. Without it "
            + "a point or a comma marks decimals, and an ambiguous weight (1.000, 1,000) is refused.")
    boolean decimalComma;

    @Option(names = "--decimal-point", description = "Weights write their decimals with a point, as R and most "
            + "software do: 1.000 is 1.0 and 1.234 is 1.234, and a comma is refused.")
    boolean decimalPoint;

    @Option(names = "--xlsform", paramLabel = "FORM.xlsx", description = "The Kobo/ODK form definition (XLSForm) "
            + "the export was made with: its columns are matched to the survey's items by the questions' names (or a "
            + "'sipas' column of the survey sheet), and its choice names read as the scale's codes through their "
            + "labels (or a 'sipas' column of the choices sheet). --map entries win over the form's columns, --values over "
            + "its choice values.")
    Path xlsform;

    /** The form of --xlsform and what it says for the survey it was worked out for, once read. */
    private io.github.sipas.core.csv.XlsFormMapping formMapping;
    private Survey formSurvey;

    /** What the form of --xlsform says about the export's columns and values, for a survey; empty without it. */
    Optional<io.github.sipas.core.csv.XlsFormMapping> form(Survey s) {
        if (xlsform == null) {
            return Optional.empty();
        }
        if (formMapping == null || formSurvey != s) {
            formMapping = io.github.sipas.core.csv.XlsFormMapping.of(
                    io.github.sipas.core.instrument.XlsForm.read(xlsform), s);
            formSurvey = s;
        }
        return Optional.of(formMapping);
    }

    /**
     * The column mapping for a survey: the form's (--xlsform), with the entries of --map over it, column by column;
     * empty when neither is given.
     */
    Optional<ColumnMapping> mapping(Survey s) {
        Optional<io.github.sipas.core.csv.XlsFormMapping> f = form(s);
        if (f.isEmpty()) {
            return mapping();
        }
        java.util.Map<String, io.github.sipas.core.ColumnTarget> targets = new java.util.LinkedHashMap<>(
                f.get().mapping().targets());
        mapping().ifPresent(m -> targets.putAll(m.targets()));
        return Optional.of(new ColumnMapping(targets));
    }

    /**
     * The answer values for a survey: those of --values when given (they win over the form's as a whole), else the
     * form's (--xlsform), else none.
     */
    AnswerValues values(Survey s) {
        return values != null ? answerValues() : formValues(s).orElse(AnswerValues.NONE);
    }

    /** The answer values of the form of --xlsform for a survey; empty without it. */
    Optional<io.github.sipas.core.csv.AnswerValues> formValues(Survey s) {
        return form(s).map(io.github.sipas.core.csv.XlsFormMapping::answerValues);
    }

    @Option(names = "--preset", paramLabel = "TOOL", description = "The form tool that wrote the export: kobo, odk, "
            + "google-forms, limesurvey or surveycto (its id and metadata columns); found from the header unless "
            + "given.")
    String preset;

    @Option(names = "--id-column", paramLabel = "NAME", description = "The column that holds the response id, for a "
            + "file that names it its own way.")
    String idColumn;

    @Option(names = "--unit-column", paramLabel = "NAME", description = "The column that holds the unit, for a file "
            + "that names it its own way.")
    String unitColumn;

    @Option(names = "--row-ids", description = "Number the rows instead of reading an id column: the form on line N "
            + "is row-N (the header is line 1). A Google Forms export, which has no id, is numbered so anyway.")
    boolean rowIds;

    @Option(names = "--values", paramLabel = "FILE", description = "What the export's values stand for, CSV with "
            + "header column,value,code (e.g. '*,khong_biet,dont-know', '*,A4,4', 'unit,A3,Bảo Yên'); column may be "
            + "*, code a scale code, dont-know, not-applicable, not-asked or unanswered, or a unit.")
    Path values;

    @Option(names = "--missing-tokens", paramLabel = "unanswered|refuse", description = "What an answer cell "
            + "holding only a missing-value mark is: NA (R's write.csv), N/A, #N/A (Excel) or . (SPSS, Stata, SAS), "
            + "any case, and other spellings of N/A (N.A., N / A). unanswered (the default): read as a blank cell, "
            + "counted in one missing-token warning; refuse: a not-a-code error. A --values rule for the mark wins "
            + "over either. In the unit column a mark is a missing unit, in a --by column the (missing) group.")
    String missingTokens;

    /** The policy of --missing-tokens, checked; unanswered when not given. */
    MissingTokens missingTokens(CommandLine cl) {
        if (missingTokens == null) {
            return MissingTokens.UNANSWERED;
        }
        switch (missingTokens.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "unanswered":
                return MissingTokens.UNANSWERED;
            case "refuse":
                return MissingTokens.REFUSE;
            default:
                throw new CommandLine.ParameterException(cl, "--missing-tokens must be unanswered or refuse, not '"
                        + missingTokens + "'");
        }
    }

    /** The tool of --preset, checked; null when not given. */
    ExportPreset preset(CommandLine cl) {
        if (preset == null) {
            return null;
        }
        try {
            return ExportPreset.parse(preset);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--" + e.getMessage());
        }
    }

    /** The answer values of --values, read once. */
    private AnswerValues loadedValues;

    /** The answer values of --values; {@link AnswerValues#NONE} without it. */
    AnswerValues answerValues() {
        if (values == null) {
            return AnswerValues.NONE;
        }
        if (loadedValues == null) {
            loadedValues = AnswerValues.read(values);
        }
        return loadedValues;
    }

    /**
     * Sets the reading options of an export (--preset, --id-column, --unit-column, --row-ids, --values, --sheet,
     * --missing-tokens) on a run.
     */
    void configure(CommandLine cl, ScoreRun.Builder b) {
        b.values(answerValues()).preset(preset(cl)).idColumn(idColumn).unitColumn(unitColumn).rowIds(rowIds)
                .sheet(sheet).missingTokens(missingTokens(cl));
    }

    /** The decimal mark of the weights: a comma with --decimal-comma, a point with --decimal-point, else either. */
    DecimalMark decimalMark() {
        return decimalComma ? DecimalMark.COMMA : decimalPoint ? DecimalMark.POINT : DecimalMark.EITHER;
    }

    /** Checks that the options fit together. */
    void check(CommandLine cl) {
        if (rowIds && idColumn != null) {
            throw new CommandLine.ParameterException(cl, "give --row-ids or --id-column NAME, not both");
        }
        preset(cl);
        missingTokens(cl);
        if (decimalComma && decimalPoint) {
            throw new CommandLine.ParameterException(cl, "give --decimal-comma or --decimal-point, not both");
        }
        if (sample == (responses != null)) {
            throw new CommandLine.ParameterException(cl, "give either --responses FILE or --sample");
        }
        if (!sample && survey == null) {
            throw new CommandLine.ParameterException(cl, "--survey ID|FILE is required");
        }
        if (skipCorrupt && (sample || !ResponseSource.isJournal(responses))) {
            throw new CommandLine.ParameterException(cl, "--skip-corrupt applies to a journal (--responses DIR or a "
                    + ".jsonl file), not to " + (sample ? "--sample" : "the CSV file " + responses));
        }
    }

    Survey survey() {
        return Surveys.load(survey != null ? survey : "sipas-2017");
    }

    /** The unit list of --units once loaded: it is read once however many readers use it (a large list is large). */
    private UnitList loadedUnits;

    /** The unit list of --units, or of the sample when it is validated; null when none. */
    UnitList unitList(boolean sampleUnits) {
        if (units != null) {
            if (loadedUnits == null) {
                loadedUnits = UnitList.load(units);
            }
            return loadedUnits;
        }
        return sample && sampleUnits ? UnitList.bundled("laocai-2023") : null;
    }

    /** A reader configured by these options; the sample is matched against Lào Cai's unit list when sampleUnits. */
    CsvResponseReader reader(CommandLine cl, Survey s, ErrorPolicy policy, boolean sampleUnits) {
        return reader(cl, s, policy, sampleUnits, null);
    }

    /** A reader configured by these options that hands every rejected row to a sink (none when null). */
    CsvResponseReader reader(CommandLine cl, Survey s, ErrorPolicy policy, boolean sampleUnits,
            RejectedRowSink rejects) {
        CsvResponseReader.Builder b = CsvResponseReader.builder(s).policy(policy).rejects(rejects);
        UnitList list = unitList(sampleUnits);
        if (list != null) {
            b.units(list);
        }
        mapping(s).ifPresent(b::mapping);
        delimiter(cl).ifPresent(b::delimiter);
        return b.decimalMark(decimalMark()).values(values(s)).preset(preset(cl)).idColumn(idColumn)
                .unitColumn(unitColumn).rowIds(rowIds).sheet(sheet).missingTokens(missingTokens(cl)).build();
    }

    /** The column mapping of --map. */
    Optional<ColumnMapping> mapping() {
        return map == null ? Optional.empty() : Optional.of(ColumnMapping.read(map));
    }

    /** The delimiter of --delimiter, checked. */
    Optional<Character> delimiter(CommandLine cl) {
        return delimiter == null ? Optional.empty() : Optional.of(delimiter(cl, delimiter));
    }

    /** Reads the responses or the sample, with a progress line on a terminal for long reads. */
    ReadReport read(CsvResponseReader reader, Consumer<Response> sink) {
        return readWithLines(reader, (r, line) -> sink.accept(r));
    }

    /** Reads the responses or the sample, handing on each response with its line. */
    ReadReport readWithLines(CsvResponseReader reader, CsvResponseReader.LineSink sink) {
        try (Progress progress = progress()) {
            return source(progress).read(reader, unitList(false), (r, line) -> {
                progress.row();
                sink.accept(r, line);
            });
        }
    }

    /**
     * The message of a damaged journal on the command line: the library's advice names its own option
     * (skipCorrupt); here the user's choice is {@code --skip-corrupt}.
     */
    static String message(CorruptJournalException e) {
        return new InputException(e.source(), e.line(), e.column(), e.value(), e.path(), e.damage()
                + "; restore the file from a copy, or run again with --skip-corrupt to skip the line", e).getMessage();
    }

    /**
     * The progress line of a read of these options' responses: rows, rows per second and, for a CSV file, the share
     * of its bytes read; shown only on a terminal, and never for the bundled sample.
     */
    Progress progress() {
        if (sample) {
            return Progress.off();
        }
        if (ResponseSource.isJournal(responses) || isBinary(responses)) {
            return Progress.forFile(0); // rows and rows/s; no share of bytes
        }
        try {
            return Progress.forFile(java.nio.file.Files.size(responses));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + responses + ": " + e.getMessage(), e);
        }
    }

    /** The responses of these options: the bundled sample, a journal or a CSV file whose bytes the progress counts. */
    ResponseSource source(Progress progress) {
        if (sample) {
            return ResponseSource.csv("sample:" + SAMPLE, () -> {
                InputStream in = InputOptions.class.getResourceAsStream(SAMPLE);
                if (in == null) {
                    throw new IllegalStateException("the bundled sample " + SAMPLE + " is missing from the jar");
                }
                return in;
            });
        }
        if (ResponseSource.isJournal(responses)) {
            return ResponseSource.journal(responses, skipCorrupt);
        }
        Path file = responses;
        if (isBinary(file)) {
            // a workbook, read by its sheets (or another binary file, refused by the reader)
            return ResponseSource.csv(file);
        }
        return ResponseSource.csv(file, () -> progress.count(java.nio.file.Files.newInputStream(file)));
    }

    /** Whether a file that exists is not text: a workbook, or a file the reader refuses. */
    private static boolean isBinary(Path file) {
        return java.nio.file.Files.isRegularFile(file)
                && io.github.sipas.core.FileKind.of(file) != io.github.sipas.core.FileKind.TEXT;
    }

    private static char delimiter(CommandLine cl, String text) {
        switch (text) {
            case ",":
                return ',';
            case ";":
                return ';';
            case "tab":
            case "\t":
            case "\\t":
                return '\t';
            default:
                throw new CommandLine.ParameterException(cl, "--delimiter must be ',', ';' or 'tab', not '" + text
                        + "'");
        }
    }
}
