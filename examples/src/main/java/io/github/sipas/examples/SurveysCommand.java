package io.github.sipas.examples;

import io.github.sipas.core.Item;
import io.github.sipas.core.ItemRole;
import io.github.sipas.core.Survey;
import io.github.sipas.core.TerminalText;
import io.github.sipas.core.instrument.Surveys;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import io.github.sipas.core.instrument.SurveyJson;

/** {@code sipas surveys}: lists the bundled instruments. */
@Command(name = "surveys", mixinStandardHelpOptions = true,
        description = {"Lists the bundled survey instruments; --json ID prints one as JSON; --from-xlsform FORM.xlsx "
                + "makes an instrument JSON from a Kobo/ODK form definition, to check and edit before scoring."})
final class SurveysCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--json", paramLabel = "ID|FILE",
            description = "Print this instrument as JSON, a starting point for a province's own questionnaire.")
    private String json;

    @CommandLine.Option(names = "--from-xlsform", paramLabel = "FORM.xlsx", description = "Make an instrument JSON "
            + "from a Kobo/ODK form definition (XLSForm): its select_one questions on a shared choice list make a "
            + "scale, its groups the elements; printed, or written to --out.")
    private java.nio.file.Path fromXlsform;

    @CommandLine.Option(names = "--out", paramLabel = "FILE",
            description = "With --from-xlsform: write the instrument to this file instead of standard output.")
    private java.nio.file.Path outFile;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (outFile != null && fromXlsform == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out goes with --from-xlsform");
        }
        if (fromXlsform != null) {
            if (json != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give --json or --from-xlsform, not both");
            }
            Survey s = io.github.sipas.core.instrument.XlsForm.read(fromXlsform).toSurvey();
            if (outFile == null) {
                out.print(TerminalText.escapeLines(SurveyJson.toString(s)));
                out.println();
                return SipasCommand.OK;
            }
            if (io.github.sipas.core.OutputFile.sameFile(outFile, java.util.List.of(fromXlsform)).isPresent()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out " + outFile + " is the form "
                        + "itself; give another file");
            }
            io.github.sipas.core.OutputFile.write(outFile, w -> SurveyJson.write(s, w));
            spec.commandLine().getErr().println("wrote " + TerminalText.escape(outFile.toString()) + ": "
                    + s.elements().size() + " elements, " + s.criteria().size() + " criteria, " + s.items().size()
                    + " items; check the roles and satisfied codes, then score with --survey "
                    + TerminalText.escape(outFile.toString()) + " --xlsform " + TerminalText.escape(
                    fromXlsform.toString()));
            return SipasCommand.OK;
        }
        if (json != null) {
            // escaped inside its strings: the same JSON, inert on a terminal (a title may hold U+202E)
            out.print(TerminalText.escapeLines(io.github.sipas.core.instrument.SurveyJson.toString(
                    Surveys.load(json))));
            out.println();
            return SipasCommand.OK;
        }
        out.printf("%-12s %-8s %8s %8s %6s  %s%n", "id", "version", "elements", "criteria", "items", "title");
        for (Survey s : Surveys.bundled()) {
            out.printf("%-12s %-8s %8d %8d %6d  %s%n", s.id(), s.version(), s.elements().size(), s.criteria().size(),
                    s.items().size(), TerminalText.escape(s.title().vi()));
            out.printf("%-12s %-8s %8s %8s %6s  %s; %s%n", "", "", "", "", "",
                    s.source().map(io.github.sipas.core.SourceDocument::document).orElse("no source named"), roles(s));
        }
        return SipasCommand.OK;
    }

    private static String roles(Survey s) {
        StringBuilder sb = new StringBuilder();
        for (ItemRole role : ItemRole.values()) {
            long n = s.items().stream().map(Item::role).filter(role::equals).count();
            if (n > 0) {
                String name = role == ItemRole.CRITERION ? (n == 1 ? "criterion" : "criteria")
                        : role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(name);
            }
        }
        return sb.toString();
    }
}
