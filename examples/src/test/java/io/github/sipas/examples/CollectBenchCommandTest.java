package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collector benchmark runs every kind of run and cleans up; the figures are measured by hand, not here. */
class CollectBenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsAFigureForEachRunAndTheReplaySpeed() throws IOException {
        CommandLineRun run = CommandLineRun.of("bench-collect", "--dir", dir.toString(), "--responses", "40",
                "--runs", "each:1:1,group:3:1,group:1:7,none:2:5");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].startsWith("journal on " + dir), lines[0]);
        assertTrue(lines[1].matches("sync +threads +batch +responses +seconds +responses/s +ms per call"), lines[1]);
        assertTrue(lines[2].matches("each +1 +1 +40 +\\d+\\.\\d{3} +\\d+ +\\d+\\.\\d{3}"), lines[2]);
        assertTrue(lines[3].matches("group +3 +1 +40 .*"), lines[3]);
        assertTrue(lines[4].matches("group +1 +7 +40 .*"), lines[4]);
        assertTrue(lines[5].matches("none +2 +5 +40 .*"), lines[5]);
        assertTrue(lines[6].matches("replay into live scores: 40 responses in \\d+\\.\\d{3} s, \\d+ responses/s "
                + "\\(best of 3\\)"),
                lines[6]);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "each run's journal is deleted");
        }
    }

    @Test
    void aMalformedRunIsAUsageError() {
        for (String bad : new String[] {"each:1", "fast:1:1", "group:0:1", "group:1:0", "group:x:1"}) {
            CommandLineRun run = CommandLineRun.of("bench-collect", "--responses", "10", "--runs", bad);
            assertEquals(2, run.code(), bad);
            assertTrue(run.err().contains("is not sync:threads:batch"), run.err());
        }
        assertEquals(2, CommandLineRun.of("bench-collect", "--responses", "0").code());
    }
}
