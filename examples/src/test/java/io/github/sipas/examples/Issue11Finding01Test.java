package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, finding 1: "{@code sipas score --survey sipas-2017 --responses in.csv --out in.csv} exits 0 and in.csv
 * (1,801 lines) becomes the 12-line ranking table. {@code validate --responses in2.csv --rejects in2.csv} and
 * {@code report --out} on an input do the same." Now an output that is the same file as any input is refused before
 * anything is read: exit 2, both paths named, the input untouched; links and {@code ./} do not slip through.
 */
class Issue11Finding01Test {

    @TempDir
    Path dir;

    private Path in;
    private byte[] original;

    @BeforeEach
    void copySample() throws IOException {
        in = dir.resolve("in.csv");
        try (InputStream s = InputOptions.class.getResourceAsStream(InputOptions.SAMPLE)) {
            Files.copy(s, in);
        }
        original = Files.readAllBytes(in);
        assertEquals(1801, Files.readAllLines(in).size());
    }

    private void assertRefused(CommandLineRun run, String option, String output, String input, String inputPath)
            throws IOException {
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        String line = run.err().strip();
        assertTrue(line.startsWith("sipas: " + option + " " + output + " is the same file as " + input + " "
                + inputPath + ": writing it would destroy the input; choose another file"), line);
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertArrayEquals(original, Files.readAllBytes(in), "the input is as it was");
    }

    @Test
    void scoreRefusesToWriteOverItsResponses() throws IOException {
        assertRefused(CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", in.toString(), "--out",
                in.toString()), "--out", in.toString(), "--responses", in.toString());
    }

    @Test
    void anotherSpellingASymbolicLinkOrAHardLinkOfTheInputIsRefusedToo() throws IOException {
        String dotted = dir.resolve(".").resolve("in.csv").toString();
        assertRefused(CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", in.toString(), "--out",
                dotted, "--format", "json"), "--out", dotted, "--responses", in.toString());
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), in);
        assertRefused(CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", in.toString(), "--out",
                link.toString()), "--out", link.toString(), "--responses", in.toString());
        Path hard = Files.createLink(dir.resolve("hard.csv"), in);
        assertRefused(CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", hard.toString(), "--out",
                in.toString()), "--out", in.toString(), "--responses", hard.toString());
    }

    @Test
    void validateRefusesToWriteItsRejectsOverItsResponses() throws IOException {
        assertRefused(CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses", in.toString(),
                "--rejects", in.toString()), "--rejects", in.toString(), "--responses", in.toString());
    }

    @Test
    void reportRefusesToWriteOverAnyInputThePreviousPeriodIncluded() throws IOException {
        assertRefused(CommandLineRun.of("report", "--survey", "sipas-2017", "--responses", in.toString(), "--out",
                in.toString()), "--out", in.toString(), "--responses", in.toString());
        Path previous = dir.resolve("previous.csv");
        Files.copy(in, previous);
        CommandLineRun run = CommandLineRun.of("report", "--sample", "--previous", previous.toString(), "--out",
                previous.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("is the same file as --previous " + previous), run.err());
        assertArrayEquals(original, Files.readAllBytes(previous));
    }

    @Test
    void anOutputInsideAJournalDirectoryIsRefused() throws IOException {
        Path journal = Files.createDirectory(dir.resolve("journal"));
        Path out = journal.resolve("journal-000001.jsonl");
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", journal.toString(),
                "--out", out.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("--out " + out + " is inside --responses " + journal), run.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void aDifferentOutputIsWrittenAndTheInputKept() throws IOException {
        Path out = dir.resolve("ranking.txt");
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", in.toString(),
                "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(out).contains("Bắc Hà"));
        assertArrayEquals(original, Files.readAllBytes(in));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left");
        }
    }

    /** Found by review: a link into a journal, or a journal file given alone, must protect the whole journal. */
    @Test
    void aLinkIntoAJournalOrAJournalFileGivenAloneProtectsTheJournal() throws IOException {
        Path journal = Files.createDirectory(dir.resolve("journal"));
        Path segment = Files.writeString(journal.resolve("journal-000001.jsonl"), "{}\n");
        Path seg = Files.createSymbolicLink(dir.resolve("seg"), segment);
        for (String command : new String[] {"score", "report"}) {
            CommandLineRun run = CommandLineRun.of(command, "--survey", "sipas-2017", "--responses",
                    journal.toString(), "--out", seg.toString());
            assertEquals(2, run.code(), run.err());
            assertTrue(run.err().contains("--out " + seg + " is the same file as --responses " + journal)
                    || run.err().contains("--out " + seg + " is inside --responses " + journal), run.err());
        }
        Path sneaky = Files.createSymbolicLink(dir.resolve("sneaky"), journal.resolve("journal-000002.jsonl"));
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", journal.toString(),
                "--out", sneaky.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(Files.notExists(journal.resolve("journal-000002.jsonl")), "no segment planted");
        run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", segment.toString(), "--out",
                journal.resolve("journal.lock").toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("is inside --responses (its journal) " + journal), run.err());
        assertEquals("{}\n", Files.readString(segment));
    }
}
