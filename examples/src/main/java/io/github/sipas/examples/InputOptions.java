package io.github.sipas.examples;

import io.github.sipas.core.ColumnMapping;
import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.collect.Journal;
import io.github.sipas.core.collect.JournalReport;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Response;
import io.github.sipas.core.Rule;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.core.UnitList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that say what to read: the instrument, the responses or the bundled sample, and how to read them. */
final class InputOptions {

    /** The bundled sample: synthetic SIPAS 2017 responses for Lào Cai's nine district-level units. */
    static final String SAMPLE = "laocai-2023-sample.csv";

    @Option(names = "--survey", paramLabel = "ID|FILE",
            description = "A bundled instrument (sipas-2017, sipas-2023, laocai-2023) or a JSON instrument file.")
    String survey;

    @Option(names = "--responses", paramLabel = "FILE|DIR", description = "The CSV export to read, or a journal "
            + "written by a response collector (its directory, or one .jsonl file); in messages about a journal's "
            + "responses, 'line' is the response's sequence number.")
    Path responses;

    @Option(names = "--sample", description = "Use the bundled sample (1,800 synthetic SIPAS 2017 forms for Lào Cai's "
            + "nine district-level units) instead of a file.")
    boolean sample;

    @Option(names = "--map", paramLabel = "FILE",
            description = "A column mapping, CSV with header column,target (e.g. 'Q1[SQ001],A1').")
    Path map;

    @Option(names = "--units", paramLabel = "ID|FILE", description = "A unit list (bundled: laocai-2023, or CSV "
            + "id,name,aliases,level,parent); units not in it are rejected.")
    String units;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "The delimiter: ',', ';' or 'tab'; found from the header line unless given.")
    String delimiter;

    /** Checks that the options fit together. */
    void check(CommandLine cl) {
        if (sample == (responses != null)) {
            throw new CommandLine.ParameterException(cl, "give either --responses FILE or --sample");
        }
        if (!sample && survey == null) {
            throw new CommandLine.ParameterException(cl, "--survey ID|FILE is required");
        }
    }

    Survey survey() {
        return Surveys.load(survey != null ? survey : "sipas-2017");
    }

    /** The unit list of --units, or of the sample when it is validated; null when none. */
    UnitList unitList(boolean sampleUnits) {
        if (units != null) {
            return UnitList.load(units);
        }
        return sample && sampleUnits ? UnitList.bundled("laocai-2023") : null;
    }

    /** A reader configured by these options; the sample is matched against Lào Cai's unit list when sampleUnits. */
    CsvResponseReader reader(CommandLine cl, Survey s, ErrorPolicy policy, boolean sampleUnits) {
        CsvResponseReader.Builder b = CsvResponseReader.builder(s).policy(policy);
        UnitList list = unitList(sampleUnits);
        if (list != null) {
            b.units(list);
        }
        if (map != null) {
            b.mapping(ColumnMapping.read(map));
        }
        if (delimiter != null) {
            b.delimiter(delimiter(cl, delimiter));
        }
        return b.build();
    }

    /** Reads the responses or the sample, with a progress line on a terminal for long reads. */
    ReadReport read(CsvResponseReader reader, Consumer<Response> sink) {
        return readWithLines(reader, (r, line) -> sink.accept(r));
    }

    /** Reads the responses or the sample, handing on each response with its line. */
    ReadReport readWithLines(CsvResponseReader reader, CsvResponseReader.LineSink sink) {
        if (!sample && isJournal(responses)) {
            return readJournal(sink);
        }
        if (!sample) {
            try (Progress progress = Progress.forFile(java.nio.file.Files.size(responses));
                    InputStream in = progress.count(java.nio.file.Files.newInputStream(responses))) {
                return reader.readWithLines(in, responses.toString(), (r, line) -> {
                    progress.row();
                    sink.accept(r, line);
                });
            } catch (java.nio.file.NoSuchFileException e) {
                throw new UncheckedIOException(e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + responses + ": " + e.getMessage(), e);
            }
        }
        try (InputStream in = InputOptions.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample " + SAMPLE + " is missing from the jar");
            }
            return reader.readWithLines(in, "sample:" + SAMPLE, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a path is a collector's journal: a directory, or a file named {@code *.jsonl}. */
    static boolean isJournal(Path path) {
        return java.nio.file.Files.isDirectory(path) || path.getFileName().toString().endsWith(".jsonl");
    }

    /**
     * Reads a journal, checking each response against the survey and unit list as a collector does; a torn end is
     * a warning (a write cut short by a crash), any other damage stops the read at its file and line.
     */
    private ReadReport readJournal(CsvResponseReader.LineSink sink) {
        JournalReport jr;
        try (Progress progress = Progress.forFile(0)) { // rows and rows/s; no share of bytes
            jr = Journal.readChecked(responses, survey(), unitList(false), false, c -> {
                progress.row();
                sink.accept(c.response(), c.sequence());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + responses + ": " + e.getMessage(), e);
        }
        List<Problem> problems = new ArrayList<>();
        if (jr.torn() != null) {
            problems.add(new Problem(jr.torn().file(), jr.torn().line(), 0, null, null, Rule.TORN_LINE,
                    jr.torn().reason() + "; " + jr.torn().bytes() + " bytes from byte " + jr.torn().offset()
                    + " ignored: a write cut short by a crash, never forced, so never acknowledged"));
        }
        return new ReadReport(responses.toString(), List.of(), jr.records(), jr.records(), 0, problems, List.of(),
                List.of(), false);
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
