package io.github.sipas.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sipas} command line: {@code sipas surveys}, {@code sipas validate}, {@code sipas score}.
 *
 * <p>Exit codes: 0 success; 1 the input was read but some rows were rejected; 2 a usage error, input that cannot be
 * read, or output that cannot be written (standard output included: a full disk or a closed pipe), with a one-line
 * message on standard error and no stack trace.
 *
 * @since 0.1
 */
@Command(name = "sipas", mixinStandardHelpOptions = true, versionProvider = SipasCommand.Version.class,
        description = "Collects and scores SIPAS satisfaction surveys (Chỉ số hài lòng về sự phục vụ hành chính).",
        subcommands = {SurveysCommand.class, UnitsCommand.class, ValidateCommand.class, ScoreCommand.class,
                ReportCommand.class,
                BenchCommand.class, CollectBenchCommand.class,
                CommandLine.HelpCommand.class})
public final class SipasCommand implements Runnable {

    /** Exit code when every row is valid. */
    public static final int OK = 0;
    /** Exit code when the input was read but some rows were rejected. */
    public static final int REJECTED = 1;
    /** Exit code for a usage error or unreadable input. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Creates the command; picocli calls this. */
    public SipasCommand() {
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: surveys, validate, score or report");
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = CheckedOutput.of(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                Charset.defaultCharset()));
        System.exit(run(out, new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the command line with the given output streams, for tests and embedding. Every text printed to
     * {@code err} is escaped ({@link io.github.sipas.core.TerminalText}); when writing to {@code out} failed (its
     * {@link PrintWriter#checkError()}), the exit code is {@link #USAGE} and {@code err} says so, even if the command
     * itself succeeded.
     *
     * @param out standard output
     * @param rawErr standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter rawErr, String... args) {
        PrintWriter err = rawErr instanceof TerminalWriter ? rawErr : new TerminalWriter(rawErr);
        CommandLine cl = new CommandLine(new SipasCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((e, args2) -> {
            String command = e.getCommandLine().getCommandName();
            err.println("sipas: " + e.getMessage() + " (see: sipas " + ("sipas".equals(command) ? "" : command + " ")
                    + "--help)");
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("sipas: " + Errors.message(e));
            err.flush();
            return USAGE;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) { // the last resort: every input has its own limit, but the heap may be smaller
            err.println("sipas: out of memory (the Java heap is " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB): the input is too large for it; run with more, e.g. java -Xmx2g -jar sipas.jar …");
            code = USAGE;
        }
        String failure = out instanceof CheckedOutput checked ? checked.failure()
                : out.checkError() ? "the output stream reported an error" : null;
        if (failure != null) {
            err.println("sipas: cannot write to standard output: " + failure);
            code = USAGE;
        }
        err.flush();
        return code;
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SipasCommand.class.getPackage().getImplementationVersion();
            return new String[] {"sipas " + (v == null ? "(development build)" : v)};
        }
    }
}
