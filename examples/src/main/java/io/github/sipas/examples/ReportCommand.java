package io.github.sipas.examples;

import io.github.sipas.core.OutputFile;
import io.github.sipas.core.TerminalText;
import io.github.sipas.core.quality.QualityChecks;
import io.github.sipas.core.quality.QualityReport;
import io.github.sipas.scoring.report.HtmlReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sipas report}: one self-contained HTML page with the ranking, charts, reliability and data-quality checks. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes one self-contained HTML report (no network needed to view it; prints on A4): summary, "
                + "ranking with intervals and change of rank, charts of the indices, a heat map of units x elements, "
                + "each unit's criteria against the mean of units, answer distributions, reliability, data-quality "
                + "findings and the methods used. Vietnamese by default, English with --lang en.",
                "Units (or units x groups) with fewer than --min-cell forms are shown without figures and left out of "
                + "the charts; personal columns (names, phones, addresses...) are never written.",
                "--rank-sets adds each unit's rank set to the ranking, a section with the units statistically tied "
                + "with the leader and the laggard and a chart of the sets, and with --previous the ranges of the "
                + "changes of rank and the changes of index; --fay-herriot adds empirical-Bayes estimates beside the "
                + "direct index.",
                "Exit code 0 when every row was scored, 1 when some rows were rejected, 2 on a usage error or "
                + "unreadable input."})
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private InputOptions input;

    @CommandLine.Mixin
    private ScoringOptions scoring;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            description = "The page's language: vi (default) or en.")
    private String lang;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page's title. Default: the SIPAS report's "
            + "title for a bundled instrument (or one with a bundled instrument's id), the instrument's own title for "
            + "any other.")
    private String title;

    @Option(names = "--no-quality", description = "Leave the data-quality checks out of the report.")
    private boolean noQuality;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The HTML file to write, whole or "
            + "not at all (through a temporary file in the same directory); a file that is one of the inputs is "
            + "refused.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (!"vi".equals(lang) && !"en".equals(lang)) {
            throw new CommandLine.ParameterException(cl, "--lang must be vi or en, not '" + lang + "'");
        }
        Outputs.refuseInputs(cl, "--out", out, Outputs.inputs(input, scoring));
        QualityChecks.Accumulator quality = noQuality ? null
                : QualityChecks.builder(input.survey()).build().accumulator();
        ScoringOptions.Outcome outcome = scoring.run(cl, input, quality);
        if (outcome == null) {
            return SipasCommand.REJECTED;
        }
        HtmlReport.Builder b = HtmlReport.builder(outcome.scorer().survey()).language(lang)
                .sources(List.of(outcome.report().source()));
        if (title != null) {
            b.title(title);
        }
        if (quality != null) {
            // Over the published cells only: a finding must not give a suppressed cell's figures away.
            QualityReport q = quality.result(outcome.result().qualityScope());
            b.findings(q.findings());
        }
        HtmlReport report = b.build();
        OutputFile.write(out, w -> report.write(outcome.result(), w));
        cl.getOut().println("report written to " + TerminalText.escape(out.toString()) + " ("
                + outcome.result().scorecard().units().size()
                + " units, " + outcome.report().accepted() + " forms scored, " + outcome.report().rejected()
                + " rejected)");
        return outcome.report().isValid() ? SipasCommand.OK : SipasCommand.REJECTED;
    }
}
