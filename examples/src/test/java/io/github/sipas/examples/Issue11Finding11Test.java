package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.collect.Journal;
import io.github.sipas.core.collect.ResponseCollector;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, finding 11, on the command line (the full disk, a library matter, is reproduced in core's
 * {@code io.github.sipas.core.collect.Issue11Finding11Test}):
 *
 * <blockquote>11. {@code --responses DIR} naming a directory that is not a journal reads as an empty journal
 * ({@code 0 units, 0 forms}, exit 0); a damaged journal line tells CLI users to "open the journal with skipCorrupt",
 * which the CLI cannot do; reopening a journal on a full disk throws a raw {@code IOException} from
 * {@code FileChannelImpl.transferTo0} and leaves an empty {@code .torn-…} file.</blockquote>
 *
 * <p>Now: a directory that is not a journal is exit 2, "not a journal: no journal-000001.jsonl"; a damaged line's
 * message points to {@code --skip-corrupt}, which the command line offers.
 */
class Issue11Finding11Test {

    static final Survey SURVEY = Surveys.bundled("sipas-2017");

    @TempDir
    Path dir;

    @Test
    void aDirectoryThatIsNotAJournalIsRefusedNotReadAsEmpty() throws IOException {
        Path notAJournal = Files.createDirectory(dir.resolve("exports"));
        Files.writeString(notAJournal.resolve("round-2.csv"), "response_id,unit\n");
        for (String command : new String[] {"score", "validate"}) {
            CommandLineRun run = CommandLineRun.of(command, "--survey", "sipas-2017", "--responses",
                    notAJournal.toString());
            assertEquals(2, run.code(), command + ": " + run.out() + run.err());
            assertEquals("sipas: " + notAJournal + ": not a journal: no journal-000001.jsonl (a response collector's "
                    + "journal directory holds journal-000001.jsonl, journal-000002.jsonl, …)", run.err().strip());
            assertFalse(run.out().contains("0 forms"), run.out());
        }
    }

    @Test
    void anEmptyJournalOfACollectorStillReadsAsNoForms() throws IOException {
        Path journal = dir.resolve("kiosk");
        ResponseCollector.builder(SURVEY).store(Journal.builder(journal, SURVEY).open()).build().close();
        assertTrue(Files.exists(journal.resolve("journal-000001.jsonl")), "a collector writes the first file's header");
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses", journal.toString(),
                "--no-quality");
        assertEquals(0, run.code(), run.err());
        assertTrue((run.out() + run.err()).contains("0 forms") || (run.out() + run.err()).contains("0 rows"),
                run.out() + run.err());
    }

    @Test
    void aDamagedLinePointsToSkipCorruptWhichSkipsItWithAWarning() throws IOException {
        Path journal = dir.resolve("kiosk");
        var forms = CsvResponseReader.builder(SURVEY).build().readAll(ScoreCommandTest.LAOCAI).responses();
        try (ResponseCollector c = ResponseCollector.builder(SURVEY)
                .store(Journal.builder(journal, SURVEY).sync(Journal.Sync.NONE).open()).build()) {
            c.submitAll(forms.subList(0, 40));
        }
        Path file = journal.resolve("journal-000001.jsonl");
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"unit\":\"", 2_000) + 9;
        int line = 1 + (int) new String(bytes, 0, at, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n')
                .count();
        bytes[at] ^= 1; // one flipped bit in a unit's name, followed by valid lines
        Files.write(file, bytes);

        CommandLineRun refused = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                journal.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().startsWith("sipas: journal-000001.jsonl, line " + line + ": checksum mismatch"),
                refused.err());
        assertTrue(refused.err().contains("valid records follow, so this is damage, not a write cut short by a "
                + "crash; restore the file from a copy, or run again with --skip-corrupt to skip the line"),
                refused.err());
        assertFalse(refused.err().contains("skipCorrupt"), "the library's option is no option here: " + refused.err());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());

        CommandLineRun skipped = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                journal.toString(), "--skip-corrupt", "--no-quality");
        assertEquals(0, skipped.code(), skipped.err());
        String both = skipped.out() + skipped.err();
        assertTrue(both.contains("journal-000001.jsonl:" + line + ": warning: skipped-line: checksum mismatch"), both);
        assertTrue(both.contains("39"), "40 forms less the skipped one: " + both);
    }

    @Test
    void skipCorruptIsRefusedForACsvFile() {
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                ScoreCommandTest.LAOCAI.toString(), "--skip-corrupt");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--skip-corrupt applies to a journal"), run.err());
    }
}
