package io.github.sipas.examples;

import io.github.sipas.core.TerminalText;
import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Times the whole {@code sipas score} command run as a child process, cold, as a user runs it: the same {@code java}
 * executable and class path as this JVM, the given JVM options, and
 * {@code score --survey S --responses F --format json --out T}, where T lies in a new temporary directory that is
 * removed afterwards. While a child runs, a daemon thread reads its peak resident memory ({@code VmHWM} in
 * {@code /proc/PID/status}) every 20 ms, where Linux gives it.
 */
final class ChildScoreTimer {

    /** How many of the last lines of a failed child's standard error (or output) its message quotes. */
    private static final int STDERR_LINES = 5;
    /** How many of the last bytes of that file are read for those lines. */
    private static final int STDERR_TAIL_BYTES = 8192;
    private static final long POLL_MILLIS = 20;

    private final List<String> jvm;
    private final String survey;
    private final Path responses;

    /**
     * The figures of the child runs.
     *
     * @param bestNanos the shortest wall-clock time of a run, from starting the process to its exit
     * @param medianNanos the median of those times (the upper one of an even number of runs)
     * @param peakRssKib the largest peak resident memory seen over the runs, in KiB, or -1 when unknown
     */
    record Result(long bestNanos, long medianNanos, long peakRssKib) {
    }

    ChildScoreTimer(List<String> jvmOptions, String survey, Path responses) {
        this.jvm = List.copyOf(jvmOptions);
        this.survey = survey;
        this.responses = responses.toAbsolutePath();
    }

    /** This JVM's {@code java} executable: the command it was started with, else {@code java.home/bin/java}. */
    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * Runs the child {@code rounds} times, none of them a warm-up (each child is cold by nature).
     *
     * @throws IOException if a child cannot be started, exits with a code other than 0 or writes no scores
     */
    Result time(int rounds) throws IOException {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty()) {
            throw new IOException("cannot run the child sipas score: this JVM's class path is empty (started on the "
                    + "module path?); use --no-child");
        }
        Path dir = Files.createTempDirectory("sipas-bench-");
        Result result;
        try {
            Path scores = dir.resolve("scores.json");
            List<String> command = new ArrayList<>();
            command.add(javaExecutable());
            command.addAll(jvm);
            command.addAll(List.of("-cp", classPath, SipasCommand.class.getName(), "score", "--survey", survey,
                    "--responses", responses.toString(), "--format", "json",
                    "--out", scores.toString()));
            Path stdout = dir.resolve("stdout.txt");
            Path stderr = dir.resolve("stderr.txt");
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(new File(System.getProperty("user.dir")))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            long[] nanos = new long[rounds];
            long peak = -1;
            for (int r = 0; r < rounds; r++) {
                AtomicLong rss = new AtomicLong(-1);
                long t0 = System.nanoTime();
                Process child = pb.start();
                child.getOutputStream().close();
                Thread poller = pollPeakRss(child, rss);
                int code = waitFor(child);
                nanos[r] = System.nanoTime() - t0;
                joinQuietly(poller);
                if (code != 0) {
                    throw new IOException("the child sipas score exited with code " + code + "; "
                            + said(stdout, stderr));
                }
                if (!Files.isRegularFile(scores) || Files.size(scores) == 0) {
                    throw new IOException("the child sipas score exited with code 0 but wrote no scores; "
                            + said(stdout, stderr));
                }
                Files.delete(scores);
                peak = Math.max(peak, rss.get());
            }
            Arrays.sort(nanos);
            result = new Result(nanos[0], nanos[rounds / 2], peak);
        } catch (IOException | RuntimeException e) {
            try {
                PathUtils.deleteDirectory(dir); // this timer's own directory, nothing else
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        PathUtils.deleteDirectory(dir); // this timer's own directory, nothing else
        return result;
    }

    private static int waitFor(Process child) throws InterruptedIOException {
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the child sipas score ran");
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a daemon thread that keeps the largest VmHWM of the child in {@code rss} while it is alive. */
    private static Thread pollPeakRss(Process child, AtomicLong rss) {
        Path status = Path.of("/proc", Long.toString(child.pid()), "status");
        Thread t = new Thread(() -> {
            while (child.isAlive()) {
                long kib = vmHwmKib(status);
                if (kib > rss.get()) {
                    rss.set(kib);
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "sipas-bench-rss");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The {@code VmHWM} of a {@code /proc/PID/status} file in KiB, or -1 when it cannot be read. */
    static long vmHwmKib(Path status) {
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> Long.parseLong(l.substring("VmHWM:".length()).replace("kB", "").trim()))
                    .orElse(-1L);
        } catch (IOException | RuntimeException e) { // not Linux, the child gone, or a format we do not know
            return -1;
        }
    }

    /**
     * What a failed child said: the last lines of its standard error, or of its standard output when its standard
     * error is empty (the JVM writes some of its own start-up errors, such as a heap too small, there).
     */
    private static String said(Path stdout, Path stderr) {
        String err = tail(stderr);
        if (!err.isEmpty()) {
            return "the last lines of its standard error: " + err;
        }
        String out = tail(stdout);
        return out.isEmpty() ? "it wrote nothing to its standard error or output"
                : "its standard error is empty; the last lines of its standard output: " + out;
    }

    /** The last non-blank lines of a file the child wrote, each escaped, joined by " | "; "" when there is none. */
    private static String tail(Path file) {
        byte[] bytes;
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, f.length() - STDERR_TAIL_BYTES);
            bytes = new byte[(int) (f.length() - start)];
            f.seek(start);
            f.readFully(bytes);
        } catch (IOException e) {
            return "(unreadable: " + TerminalText.escape(String.valueOf(e.getMessage())) + ")";
        }
        List<String> lines = new ArrayList<>();
        for (String line : new String(bytes, Charset.defaultCharset()).split("\r?\n")) {
            if (!line.isBlank()) {
                lines.add(TerminalText.escape(line.strip()));
            }
        }
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - STDERR_LINES), lines.size()));
    }
}
