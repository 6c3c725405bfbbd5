package io.github.sipas.examples;

import io.github.sipas.core.ColumnMapping;
import io.github.sipas.core.CsvResponseReader;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Survey;
import io.github.sipas.core.Surveys;
import io.github.sipas.core.UnitList;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sipas validate}: checks a response file against an instrument and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks every row of a response file against a survey instrument and prints the counts and "
                + "every problem (file:line:column: rule [column] 'value': message).",
                "Exit code 0 when every row is valid, 1 when some rows were rejected, 2 on a usage error or "
                + "unreadable input."})
final class ValidateCommand implements Callable<Integer> {

    /** The bundled sample: synthetic SIPAS 2017 responses for Lào Cai's nine district-level units. */
    static final String SAMPLE = "laocai-2023-sample.csv";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--survey", paramLabel = "ID|FILE",
            description = "A bundled instrument (sipas-2017, sipas-2023, laocai-2023) or a JSON instrument file.")
    private String survey;

    @Option(names = "--responses", paramLabel = "FILE", description = "The CSV export to check.")
    private Path responses;

    @Option(names = "--sample", description = "Check the bundled sample (synthetic SIPAS 2017 responses for Lào Cai's "
            + "nine district-level units) instead of a file.")
    private boolean sample;

    @Option(names = "--map", paramLabel = "FILE",
            description = "A column mapping, CSV with header column,target (e.g. 'Q1[SQ001],A1').")
    private Path map;

    @Option(names = "--units", paramLabel = "ID|FILE", description = "A unit list (bundled: laocai-2023, or CSV "
            + "id,name,aliases,level,parent); units not in it are rejected.")
    private String units;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write the rejected rows here as CSV, with their line and problems, to correct them.")
    private Path rejects;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "The delimiter: ',', ';' or 'tab'; found from the header line unless given.")
    private String delimiter;

    @Option(names = "--fail-fast", description = "Stop at the first error instead of checking every row.")
    private boolean failFast;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (sample == (responses != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give either --responses FILE or --sample");
        }
        if (!sample && survey == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--survey ID|FILE is required");
        }
        Survey s = Surveys.load(survey != null ? survey : "sipas-2017");
        CsvResponseReader.Builder b = CsvResponseReader.builder(s)
                .policy(failFast ? ErrorPolicy.FAIL_FAST : ErrorPolicy.REJECT_ROW);
        if (units != null || sample) {
            b.units(UnitList.load(units != null ? units : "laocai-2023"));
        }
        if (map != null) {
            b.mapping(ColumnMapping.read(map));
        }
        if (delimiter != null) {
            b.delimiter(delimiter(delimiter));
        }
        CsvResponseReader reader = b.build();
        ReadReport report;
        try {
            report = read(reader);
        } catch (InputException e) {
            if (e.problem().isEmpty()) {
                throw e;
            }
            out.println("survey " + s.id() + ": stopped at the first error (--fail-fast)");
            out.println(e.problem().get());
            return SipasCommand.REJECTED;
        }
        out.println("survey " + s.id() + " (" + s.criteria().size() + " criteria, " + s.items().size() + " items)");
        out.println(report.summary());
        if (!report.absentItems().isEmpty()) {
            out.println("items with no column, recorded as not asked: " + String.join(", ", report.absentItems()));
        }
        for (Problem p : report.problems()) {
            out.println(p);
        }
        if (rejects != null) {
            try (Writer w = Files.newBufferedWriter(rejects, StandardCharsets.UTF_8)) {
                report.writeRejects(w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println("rejected rows written to " + rejects);
        }
        return report.isValid() ? SipasCommand.OK : SipasCommand.REJECTED;
    }

    /** Reads the responses, handing each to nothing: validation needs only the report. */
    private ReadReport read(CsvResponseReader reader) throws IOException {
        if (!sample) {
            return reader.read(responses, r -> { });
        }
        try (InputStream in = ValidateCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample " + SAMPLE + " is missing from the jar");
            }
            return reader.read(in, "sample:" + SAMPLE, r -> { });
        }
    }

    private char delimiter(String text) {
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
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--delimiter must be ',', ';' or 'tab', not '" + text + "'");
        }
    }
}
