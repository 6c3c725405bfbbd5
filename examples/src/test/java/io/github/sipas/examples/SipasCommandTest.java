package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SipasCommandTest {

    @Test
    void noCommandIsAUsageError() {
        CommandLineRun run = CommandLineRun.of();
        assertEquals(2, run.code());
        assertTrue(run.err().contains("a command is required"), run.err());
    }

    @Test
    void unknownOptionIsAUsageErrorWithoutStackTrace() {
        CommandLineRun run = CommandLineRun.of("validate", "--bogus");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Unknown option: '--bogus'"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void helpListsTheCommands() {
        CommandLineRun run = CommandLineRun.of("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("surveys"), run.out());
        assertTrue(run.out().contains("validate"), run.out());
    }

    @Test
    void versionNamesTheProgram() {
        CommandLineRun run = CommandLineRun.of("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("sipas "), run.out());
    }
}
