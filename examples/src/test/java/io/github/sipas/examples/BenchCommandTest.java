package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The benchmark command runs and reports its three figures, the child process included; the figures themselves are
 * measured by hand, not here.
 */
class BenchCommandTest {

    private static final String FILE = Fixtures.path("fixtures/sipas2017-laocai.csv").toString();

    @Test
    void reportsTheBarePassTheFullScoreAndTheChildProcessOfAFile() {
        CommandLineRun run = CommandLineRun.of("bench", "--responses", FILE, "--rounds", "1");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("1500 rows, 40527 fields, 9 units"), run.out());
        assertTrue(run.out().contains("machine at start: load average "), run.out());
        assertTrue(run.out().contains("bare Commons CSV pass: best "), run.out());
        assertTrue(run.out().contains("full score:            best "), run.out());
        assertTrue(run.out().contains("ratio full / bare:"), run.out());
        assertTrue(run.out().contains("whole score, child process: best "), run.out());
        assertTrue(run.out().contains(", peak RSS "), run.out());
        assertTrue(run.out().contains("ratio child / bare:"), run.out());
        assertTrue(run.out().contains("machine at end:   load average "), run.out());
    }

    @Test
    void noChildSkipsTheChildProcess() {
        CommandLineRun run = CommandLineRun.of("bench", "--responses", FILE, "--rounds", "1", "--no-child");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("full score:            best "), run.out());
        assertFalse(run.out().contains("child"), run.out());
        assertTrue(run.out().contains("machine at end:"), run.out());
    }

    @Test
    void aChildThatFailsFailsTheBenchmarkWithItsExitCodeAndStandardError() {
        CommandLineRun run = CommandLineRun.of("bench", "--responses", FILE, "--rounds", "1",
                "--child-jvm-option", "-XX:NoSuchOption");
        assertEquals(SipasCommand.USAGE, run.code(), run.out());
        assertTrue(run.err().contains("the child sipas score exited with code 1;"), run.err());
        assertTrue(run.err().contains("NoSuchOption"), run.err());
    }

    @Test
    void aChildJvmOptionMustBeAnOption() {
        CommandLineRun run = CommandLineRun.of("bench", "--responses", FILE, "--child-jvm-option", "Xmx256m");
        assertEquals(SipasCommand.USAGE, run.code());
        assertTrue(run.err().contains("--child-jvm-option must be a JVM option beginning with '-', not: Xmx256m"),
                run.err());
    }

    @Test
    void zeroRoundsIsAUsageError() {
        CommandLineRun run = CommandLineRun.of("bench", "--responses", FILE, "--rounds", "0");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--rounds must be at least 1"), run.err());
    }
}
