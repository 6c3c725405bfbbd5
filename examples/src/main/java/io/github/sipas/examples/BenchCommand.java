package io.github.sipas.examples;

import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Survey;
import io.github.sipas.core.TerminalText;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.scoring.estimate.ScoreAccumulator;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sipas bench}: times, on one file, a bare Commons CSV pass that touches every field and the full
 * {@code score} (reading, validating, scoring, computing the scorecard) in this JVM, alternating the two after a
 * warm-up round, then the whole {@code sipas score} command run cold as a child process ({@link ChildScoreTimer}),
 * and prints the figures with the machine's load average at the start and the end.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Times a bare Commons CSV pass over a file (every field touched) against the full scoring of "
                + "it in process, alternating the two, then the whole sipas score command run cold as a child "
                + "process, and prints the best and median times and their ratios to the bare pass.",
                "Make the file with: shared/tools/gen_sipas.py --rows 1000000 --seed 505 --units 700 --weights"})
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--survey", paramLabel = "ID|FILE", defaultValue = "sipas-2017",
            description = "The instrument (default sipas-2017).")
    private String survey;

    @Option(names = "--responses", paramLabel = "FILE", required = true, description = "The CSV file to time.")
    private Path responses;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Timed rounds of each, after one warm-up round for the in-process ones; the child "
                    + "process has no warm-up, each run is cold (default 5).")
    private int rounds;

    @Option(names = "--child-jvm-option", paramLabel = "OPTION",
            description = "An option for the child JVM, e.g. -Xmx256m; repeatable (default none).")
    private List<String> childJvmOptions = new ArrayList<>();

    @Option(names = "--no-child", description = "Do not time the sipas score command as a child process.")
    private boolean noChild;

    @Override
    public Integer call() throws IOException {
        if (rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1, not " + rounds);
        }
        for (String option : childJvmOptions) {
            if (!option.startsWith("-")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--child-jvm-option must be a JVM option beginning with '-', not: " + option);
            }
        }
        if (noChild && !childJvmOptions.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--child-jvm-option has no use with --no-child");
        }
        PrintWriter out = spec.commandLine().getOut();
        String machineAtStart = machine();
        Survey s = Surveys.load(survey);
        CsvResponseReader reader = CsvResponseReader.builder(s).policy(ErrorPolicy.REJECT_ROW).build();
        Scorer scorer = Scorer.of(s);
        long size = Files.size(responses);
        long[] bare = new long[rounds];
        long[] full = new long[rounds];
        long rows = 0;
        long fields = 0;
        int units = 0;
        for (int r = -1; r < rounds; r++) {
            long t0 = System.nanoTime();
            long[] counts = barePass(responses);
            long t1 = System.nanoTime();
            ScoreAccumulator acc = scorer.accumulator();
            ReadReport report = reader.read(responses, acc::add);
            Scorecard card = acc.result();
            long t2 = System.nanoTime();
            if (r >= 0) {
                bare[r] = t1 - t0;
                full[r] = t2 - t1;
            }
            rows = report.rowsRead();
            fields = counts[0];
            units = card.units().size();
            if (counts[1] != report.rowsRead() + 1 + report.blankLines()) {
                throw new IllegalStateException("the two passes read different numbers of records: " + counts[1]
                        + " and " + (report.rowsRead() + 1));
            }
        }
        Arrays.sort(bare);
        Arrays.sort(full);
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "file: %s (%.1f MB, %d rows, %d fields, %d units)%n",
                TerminalText.escape(responses.toString()), size / 1e6, rows, fields, units);
        out.printf(Locale.ROOT, "JVM: %s %s, %d processors, max heap %d MB%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20);
        out.println("machine at start: " + machineAtStart);
        out.printf(Locale.ROOT, "bare Commons CSV pass: best %.3f s, median %.3f s%n", bare[0] / 1e9,
                bare[rounds / 2] / 1e9);
        out.printf(Locale.ROOT, "full score:            best %.3f s, median %.3f s%n", full[0] / 1e9,
                full[rounds / 2] / 1e9);
        out.printf(Locale.ROOT, "ratio full / bare:     best %.2f, median %.2f%n", (double) full[0] / bare[0],
                (double) full[rounds / 2] / bare[rounds / 2]);
        out.flush();
        if (!noChild) {
            ChildScoreTimer.Result child = new ChildScoreTimer(childJvmOptions, survey, responses).time(rounds);
            out.printf(Locale.ROOT, "whole score, child process: best %.3f s, median %.3f s, %s%n",
                    child.bestNanos() / 1e9, child.medianNanos() / 1e9, child.peakRssKib() < 0 ? "peak RSS unknown"
                            : String.format(Locale.ROOT, "peak RSS %d MiB", (child.peakRssKib() + 512) >> 10));
            out.printf(Locale.ROOT, "ratio child / bare:    best %.2f, median %.2f%n",
                    (double) child.bestNanos() / bare[0], (double) child.medianNanos() / bare[rounds / 2]);
        }
        out.println("machine at end:   " + machine());
        return SipasCommand.OK;
    }

    /** The system load average over the last minute and the processors available, e.g. "load average 0.42, 2 …". */
    private static String machine() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return (load < 0 ? "load average unknown" : String.format(Locale.ROOT, "load average %.2f", load))
                + " (1 min), " + Runtime.getRuntime().availableProcessors() + " processors";
    }

    /** Parses every record with Commons CSV and touches every field; returns {fields, records}. */
    static long[] barePass(Path file) throws IOException {
        long fields = 0;
        long records = 0;
        long checksum = 0;
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = BOMInputStream.builder().setInputStream(raw).get();
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(new java.io.BufferedReader(reader, 1 << 16))
                        .setFormat(CSVFormat.DEFAULT).get()) {
            for (CSVRecord record : parser) {
                records++;
                for (String field : record) {
                    fields++;
                    checksum += field.length() == 0 ? 0 : field.charAt(0);
                }
            }
        }
        if (checksum == Long.MIN_VALUE) {
            throw new AssertionError("unreachable; keeps the field reads from being optimized away");
        }
        return new long[] {fields, records};
    }
}
