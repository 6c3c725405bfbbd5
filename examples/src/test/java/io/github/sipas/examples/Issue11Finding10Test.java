package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, finding 10: "Under {@code -Xmx128m}: a 2 MB header of a million empty names, a 5.8 MB file of 650k
 * columns, and a 12.9 MB {@code --map} of a million lines each end in {@code OutOfMemoryError} with a stack trace and
 * exit 1. Problems are unbounded: one wide header writes 95 MB of {@code unnamed-column} warnings."
 *
 * <p>Each hostile input is run through {@code sipas validate} in a child JVM of 128 MB, as the finding ran it: each now
 * ends with exit 2 and one line naming the file, the line and the limit (16,384 columns, Excel's; 16,384 map entries).
 * A wide header of unnamed columns lists 1,000 problems and counts the rest on one line; and a file of many wide
 * rejected rows, which would take gigabytes if the report held them, is read in the same small heap with every
 * rejected row in the rejects file. Nothing is timed.
 */
@Tag("slow")
class Issue11Finding10Test {

    private static final String HEADER = "response_id,unit,gender,weight,A1,A2,A3,A4,B1,B2,B3,B4,B5,C1,C2,C3,C4,C5,C6,"
            + "D1,D2,D3,E1,E2,E3,E4";

    /** Runs {@code sipas ARGS} in a JVM of 128 MB; returns the exit code, then standard output and error merged. */
    static List<String> sipas(String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx128m", "-cp",
                System.getProperty("java.class.path"), SipasCommand.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the child JVM did not end");
        return List.of(Integer.toString(p.exitValue()), out);
    }

    private static void assertOneLineError(List<String> run, String file, String where, String limit) {
        assertOneLine(run, "sipas: " + file + ", " + where + ": ");
        assertTrue(run.get(1).contains(limit), run.get(1));
    }

    /** Exit 2 and one line beginning with the prefix: no OutOfMemoryError, no stack trace. */
    private static void assertOneLine(List<String> run, String prefix) {
        String out = run.get(1);
        assertAll(
                () -> assertEquals("2", run.get(0), out),
                () -> assertFalse(out.contains("OutOfMemoryError") || out.contains("\tat "), out),
                () -> assertEquals(1, out.strip().lines().count(), out),
                () -> assertTrue(out.startsWith(prefix), out));
    }

    @Test
    void aTwoMegabyteHeaderOfAMillionEmptyNamesEndsWithOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty-names.csv");
        // a name of one space is cleaned to no name: 2 bytes a name, 2 MB for the million
        Files.writeString(file, "response_id,unit" + ", ".repeat(1_000_000) + "\nR1,U\n");
        assertOneLineError(sipas("validate", "--survey", "sipas-2017", "--responses", file.toString()),
                file.toString(), "line 1", "at most 16384 columns");
    }

    @Test
    void aFileOfSixHundredFiftyThousandColumnsEndsWithOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wide.csv");
        StringBuilder sb = new StringBuilder("response_id,unit");
        for (int i = 0; i < 650_000; i++) {
            sb.append(",c").append(i).append('_');
        }
        Files.writeString(file, sb.append("\nR1,U\n"));
        assertTrue(Files.size(file) > 5_500_000, "about 5.8 MB: " + Files.size(file));
        assertOneLineError(sipas("validate", "--survey", "sipas-2017", "--responses", file.toString()),
                file.toString(), "line 1", "at most 16384 columns");
    }

    /**
     * Found after the merge: a unit list within its 16 MiB cap (520,000 communes in a chain) needs more than 128 MB; the
     * command line's last resort turns the OutOfMemoryError into one line and exit 2.
     */
    @Test
    void aUnitListTooLargeForTheHeapEndsWithOneLine(@TempDir Path dir) throws Exception {
        Path units = dir.resolve("units.csv");
        try (Writer w = Files.newBufferedWriter(units, StandardCharsets.UTF_8)) {
            w.write("id,name,aliases,level,parent\n");
            for (int i = 0; i < 520_000; i++) {
                w.write(i + ",N" + i + ",,commune," + (i == 0 ? "" : Integer.toString(i - 1)) + "\n");
            }
        }
        assertTrue(Files.size(units) < 16L << 20, "within the unit list's cap: " + Files.size(units));
        assertOneLine(sipas("score", "--sample", "--units", units.toString()), "sipas: out of memory (the Java heap is ");
    }

    @Test
    void aMapOfAMillionLinesEndsWithOneLine(@TempDir Path dir) throws Exception {
        Path map = dir.resolve("map.csv");
        try (Writer w = Files.newBufferedWriter(map, StandardCharsets.UTF_8)) {
            w.write("column,target\n");
            for (int i = 0; i < 1_000_000; i++) {
                w.write("col" + i + ",A1\n");
            }
        }
        assertTrue(Files.size(map) > 12_000_000, "about 12.9 MB: " + Files.size(map));
        assertOneLineError(sipas("validate", "--survey", "sipas-2017", "--sample", "--map", map.toString()),
                map.toString(), "line 16386", "more than 16384 entries");
    }

    @Test
    void aWideHeaderOfUnnamedColumnsListsAThousandProblemsAndCountsTheRest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("unnamed.csv");
        Files.writeString(file, HEADER + ",".repeat(16_000) + "\nR1,U,Nam,1" + ",4".repeat(22) + ",".repeat(16_000)
                + "\n");
        List<String> run = sipas("validate", "--survey", "sipas-2017", "--responses", file.toString(),
                "--no-quality");
        String out = run.get(1);
        assertAll(
                () -> assertEquals("0", run.get(0), out),
                () -> assertEquals(1_000, out.lines().filter(l -> l.contains(": warning: unnamed-column")).count()),
                () -> assertTrue(out.contains(file + ": \u2026 and 15000 more problems: unnamed-column \u00d715000\n"),
                        out.substring(out.length() - 500)),
                () -> assertTrue(out.contains("1 rows read, 1 accepted, 0 rejected, 16000 warnings")
                        || out.contains("1 row read, 1 accepted, 0 rejected, 16000 warnings"), out.substring(0, 500)),
                () -> assertTrue(out.length() < 200_000, out.length() + " characters"));
    }

    @Test
    void everyWideRejectedRowIsStreamedToTheRejectsFileInASmallHeap(@TempDir Path dir) throws Exception {
        // 1,500 rejected rows of 10,026 fields: some 15 million fields, gigabytes if the report held them all
        Path file = dir.resolve("rejects-in.csv");
        Path rejects = dir.resolve("rejects.csv");
        String extra = ",x".repeat(10_000);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (int j = 0; j < 10_000; j++) {
                w.write(",note" + j);
            }
            w.write("\n");
            for (int i = 0; i < 1_500; i++) {
                w.write("R" + i + ",U,Nam,1,9" + ",4".repeat(21) + extra + "\n");
            }
        }
        List<String> run = sipas("validate", "--survey", "sipas-2017", "--responses", file.toString(), "--rejects",
                rejects.toString(), "--no-quality");
        String out = run.get(1);
        assertAll(
                () -> assertEquals("1", run.get(0), out.substring(0, Math.min(out.length(), 2_000))),
                () -> assertFalse(out.contains("OutOfMemoryError"), out.substring(0, Math.min(out.length(), 2_000))),
                () -> assertTrue(out.contains("1500 rows read, 0 accepted, 1500 rejected"), out.substring(0, 500)),
                () -> assertEquals(1_501, Files.lines(rejects).count(), "the header and every rejected row"));
    }
}
