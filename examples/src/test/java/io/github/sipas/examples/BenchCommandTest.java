package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark command runs and reports both figures; the figures themselves are measured by hand, not here. */
class BenchCommandTest {

    @Test
    void reportsTheBarePassAndTheFullScoreOfAFile() {
        CommandLineRun run = CommandLineRun.of("bench", "--responses",
                io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-laocai.csv").toString(),
                "--rounds", "1");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("1500 rows, 40527 fields, 9 units"), run.out());
        assertTrue(run.out().contains("bare Commons CSV pass: best "), run.out());
        assertTrue(run.out().contains("full score:            best "), run.out());
        assertTrue(run.out().contains("ratio full / bare:"), run.out());
    }

    @Test
    void zeroRoundsIsAUsageError() {
        CommandLineRun run = CommandLineRun.of("bench", "--responses",
                io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-laocai.csv").toString(),
                "--rounds", "0");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--rounds must be at least 1"), run.err());
    }
}
