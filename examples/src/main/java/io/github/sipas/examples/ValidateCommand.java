package io.github.sipas.examples;

import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.InputException;
import io.github.sipas.core.OutputFile;
import io.github.sipas.core.TerminalText;
import io.github.sipas.core.Problem;
import io.github.sipas.core.quality.QualityCheck;
import io.github.sipas.core.quality.QualityChecks;
import io.github.sipas.core.quality.QualityFinding;
import io.github.sipas.core.quality.QualityReport;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Survey;
import io.github.sipas.core.csv.RejectsCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
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

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private InputOptions input;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write every rejected row here as CSV, with its line and problems, to correct them; cells "
                    + "that a spreadsheet would run as a formula get a leading apostrophe, and the cells of personal "
                    + "columns (names, phone numbers…) are left empty. Written whole or not at all (through a "
                    + "temporary file in the same directory), and never over an input.")
    private Path rejects;

    @Option(names = "--rejects-personal", description = "Write the personal columns in full in the --rejects file "
            + "(keep it as safe as the responses).")
    private boolean rejectsPersonal;

    @Option(names = "--fail-fast", description = "Stop at the first error instead of checking every row.")
    private boolean failFast;

    @Option(names = "--no-quality", description = "Skip the data-quality checks (straight-lining, repeated answer "
            + "patterns, forms with no valid answer, high don't-know shares, interviewer or batch effects).")
    private boolean noQuality;

    @Option(names = "--dont-know-share", paramLabel = "P", defaultValue = "0.2",
            description = "Flag items whose don't-know share of asked answers exceeds this (default 0.2).")
    private double dontKnowShare;

    @Option(names = "--straight-lining-share", paramLabel = "P", defaultValue = "0.2",
            description = "Flag units where more than this share of forms give one answer to every criterion "
                    + "(default 0.2).")
    private double straightLiningShare;

    /** One finding on one line: where, what, how many, and the first lines involved. */
    static String format(String source, QualityFinding f, QualityReport q) {
        boolean note = QualityCheck.ofCode(f.check()).isNote();
        StringBuilder sb = new StringBuilder(source).append(": ").append(note ? "note" : "quality").append(": ")
                .append(f.check());
        if (f.unit() != null) {
            sb.append(" [").append(f.unit()).append(']');
        }
        if (f.item() != null) {
            sb.append(" [").append(f.item()).append(']');
        }
        if (f.group() != null) {
            sb.append(" [").append(f.group()).append(']');
        }
        sb.append(": ").append(f.message());
        if (!f.lines().isEmpty()) {
            List<Long> lines = f.lines();
            sb.append(" (lines ").append(lines.subList(0, Math.min(20, lines.size())).stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")));
            sb.append(lines.size() > 20 ? ", … " + (lines.size() - 20) + " more)" : ")");
        }
        return sb.toString();
    }

    /** Prints a line of text from the input with what a terminal would act on escaped. */
    private static void println(PrintWriter out, String line) {
        out.println(TerminalText.escape(line));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        input.check(spec.commandLine());
        Outputs.refuseInputs(spec.commandLine(), "--rejects", rejects, Outputs.inputs(input, null));
        Survey s = input.survey();
        ReadReport report;
        QualityChecks.Accumulator quality = QualityChecks.builder(s).dontKnowShare(dontKnowShare)
                .straightLiningShare(straightLiningShare).build().accumulator();
        if (rejectsPersonal && rejects == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rejects-personal needs --rejects FILE");
        }
        // the rejected rows are streamed to the file as they are found; the report keeps only the first ones
        ReadReport[] read = new ReadReport[1];
        InputException[] stopped = new InputException[1];
        OutputFile.Content<Writer> reading = w -> {
            RejectsCsv rejectsCsv = w == null ? null : rejectsPersonal ? RejectsCsv.withPersonal(w) : RejectsCsv.to(w);
            try {
                read[0] = input.readWithLines(input.reader(spec.commandLine(), s,
                        failFast ? ErrorPolicy.FAIL_FAST : ErrorPolicy.REJECT_ROW, true, rejectsCsv), quality);
            } catch (InputException e) {
                if (e.problem().isEmpty()) {
                    throw e;
                }
                stopped[0] = e;
            }
            if (rejectsCsv != null) {
                rejectsCsv.flush();
            }
        };
        try {
            if (rejects == null) {
                reading.writeTo(null);
            } else {
                OutputFile.write(rejects, reading);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stopped[0] != null) {
            println(out, "survey " + s.id() + ": stopped at the first error (--fail-fast)");
            println(out, stopped[0].problem().get().toString());
            return SipasCommand.REJECTED;
        }
        report = read[0];
        println(out, "survey " + s.id() + " (" + s.criteria().size() + " criteria, " + s.items().size()
                + " items)");
        println(out, report.summary());
        if (!report.absentItems().isEmpty()) {
            println(out, "items with no column, recorded as not asked: " + String.join(", ", report.absentItems()));
        }
        for (Problem p : report.problems()) {
            println(out, p.toString());
        }
        if (report.problemsLeftOutCount() > 0) {
            println(out, report.source() + ": " + report.problemsLeftOutSummary());
        }
        if (!noQuality) {
            QualityReport q = quality.result();
            println(out, "data quality: " + q.flags().size() + (q.flags().size() == 1 ? " flag" : " flags") + ", "
                    + q.notes().size() + (q.notes().size() == 1 ? " note" : " notes") + " over " + q.forms()
                    + " accepted forms (checks flag; they never delete)");
            for (QualityFinding f : q.findings()) {
                println(out, format(report.source(), f, q));
            }
        }
        if (rejects != null) {
            println(out, report.rejected() + (report.rejected() == 1 ? " rejected row" : " rejected rows")
                    + " written to " + rejects + (rejectsPersonal ? "" : " (personal columns left empty)"));
        }
        return report.isValid() ? SipasCommand.OK : SipasCommand.REJECTED;
    }
}
