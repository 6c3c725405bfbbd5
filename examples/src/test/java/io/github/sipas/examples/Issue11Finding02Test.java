package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, finding 2: "{@code sipas score --sample --format json > /dev/full; echo $?} prints 0 (so do
 * {@code validate} and {@code surveys}). On a full disk a redirected JSON is cut at 98,304 bytes and the exit is 0.
 * With {@code --out} on a full disk: exit 2, {@code sipas: IOException: No space left on device} (no path), the
 * truncated file stays, and an earlier good file was already replaced." Now a failed or short write to standard output
 * exits 2 with a one-line reason, and {@code --out} names its path, leaves no temporary file and keeps an earlier file.
 */
class Issue11Finding02Test {

    @TempDir
    Path dir;

    /** Runs the real main in a new JVM with its standard output sent to /dev/full. */
    private static List<String> runToDevFull(String... args) throws IOException, InterruptedException {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists(), "needs /dev/full (Linux)");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), SipasCommand.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(full).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finishes");
        return List.of(Integer.toString(p.exitValue()), err);
    }

    @ParameterizedTest
    @ValueSource(strings = {"score --sample --format json", "score --sample", "validate --sample", "surveys"})
    void standardOutputOnAFullDiskExits2WithOneLine(String args) throws IOException, InterruptedException {
        List<String> r = runToDevFull(args.split(" "));
        assertEquals("2", r.get(0), r.get(1));
        assertEquals("sipas: cannot write to standard output: No space left on device", r.get(1).strip());
    }

    @Test
    void aShortWriteToStandardOutputIsAnError() {
        Writer cut = new Writer() { // takes 98,304 characters, then fails as a full disk does
            private long written;

            @Override
            public void write(char[] b, int off, int len) throws IOException {
                if (written + len > 98_304) {
                    throw new IOException("No space left on device");
                }
                written += len;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int code = SipasCommand.run(CheckedOutput.of(cut), new PrintWriter(err), "score", "--sample", "--format",
                "json", "--variants");
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().strip().endsWith("sipas: cannot write to standard output: No space left on device"),
                err.toString());
        StringWriter err2 = new StringWriter();
        PrintWriter plain = new PrintWriter(cut);
        assertEquals(2, SipasCommand.run(plain, new PrintWriter(err2), "score", "--sample", "--format", "json",
                "--variants"));
        assertTrue(err2.toString().contains("sipas: cannot write to standard output"), err2.toString());
    }

    @Test
    void outOnAFullDiskNamesThePath() {
        Assumptions.assumeTrue(new File("/dev/full").exists());
        CommandLineRun run = CommandLineRun.of("score", "--sample", "--format", "json", "--out", "/dev/full");
        assertEquals(2, run.code());
        assertEquals("sipas: cannot write /dev/full: No space left on device", run.err().strip());
    }

    @Test
    void outThatCannotBeWrittenLeavesAnEarlierFileAndNoTemporaryFile() throws IOException {
        Path good = dir.resolve("ranking.json");
        Files.writeString(good, "{}\n");
        CommandLineRun run = CommandLineRun.of("score", "--sample", "--out", dir.resolve("missing").resolve("x.json")
                .toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("sipas: cannot write " + dir.resolve("missing").resolve("x.json")
                + ": no such directory"), run.err());
        CommandLineRun onDir = CommandLineRun.of("score", "--sample", "--out", dir.toString());
        assertEquals(2, onDir.code());
        assertEquals("sipas: cannot write " + dir + ": it is a directory", onDir.err().strip());
        assertArrayEquals("{}\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(good));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }

    /** Found by review: {@code --out /dev/stdout >> log} must append to the log, not replace it. */
    @Test
    void outToDevStdoutWritesTheProcesssOwnStreamAndReplacesNothing() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/stdout")));
        Path log = Files.writeString(dir.resolve("log.txt"), "old\n");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), SipasCommand.class.getName(), "score", "--sample", "--out",
                "/dev/stdout");
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        String text = Files.readString(log);
        assertTrue(text.startsWith("old\n") && text.contains("Thị xã Sa Pa"), text);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file, no replaced file");
        }
    }
}
