package io.github.sipas.examples;

import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Survey;
import java.io.IOException;
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

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private InputOptions input;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write the rejected rows here as CSV, with their line and problems, to correct them.")
    private Path rejects;

    @Option(names = "--fail-fast", description = "Stop at the first error instead of checking every row.")
    private boolean failFast;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        input.check(spec.commandLine());
        Survey s = input.survey();
        ReadReport report;
        try {
            report = input.read(input.reader(spec.commandLine(), s,
                    failFast ? ErrorPolicy.FAIL_FAST : ErrorPolicy.REJECT_ROW, true), r -> { });
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
}
