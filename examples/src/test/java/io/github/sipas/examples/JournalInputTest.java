package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --responses} takes a collector's journal as it takes a CSV export: same scores, same checks. */
class JournalInputTest {

    static final Survey SURVEY = Surveys.bundled("sipas-2017");

    @TempDir
    Path dir;

    /** The Lào Cai fixture's 1,500 forms, collected into a journal. */
    @BeforeEach
    void collect() throws IOException {
        var forms = CsvResponseReader.builder(SURVEY).build().readAll(ScoreCommandTest.LAOCAI).responses();
        try (ResponseCollector c = ResponseCollector.builder(SURVEY)
                .store(Journal.builder(dir, SURVEY).sync(Journal.Sync.NONE).open()).build()) {
            c.submitAll(forms);
        }
    }

    @Test
    void scoresAJournalExactlyAsTheCsvItCameFrom() {
        for (String format : new String[] {"json", "csv", "table"}) {
            CommandLineRun fromCsv = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                    ScoreCommandTest.LAOCAI.toString(), "--format", format);
            CommandLineRun fromJournal = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                    dir.toString(), "--format", format);
            assertEquals(0, fromJournal.code(), fromJournal.err());
            assertEquals(fromCsv.out().replace(ScoreCommandTest.LAOCAI.toString(), "SOURCE"),
                    fromJournal.out().replace(dir.toString(), "SOURCE"), format);
        }
        CommandLineRun oneFile = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                dir.resolve("journal-000001.jsonl").toString(), "--format", "csv");
        assertEquals(0, oneFile.code(), oneFile.err());
    }

    @Test
    void aTornEndIsAWarningAndTheRestIsScored() throws IOException {
        Files.write(dir.resolve("journal-000001.jsonl"), "{\"seq\":1501,\"rec".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses", dir.toString(),
                "--no-quality");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("journal-000001.jsonl:1502: warning: torn-line: the last line is incomplete")
                || run.err().contains("journal-000001.jsonl:1502: warning: torn-line: the last line is incomplete"),
                run.out() + run.err());
    }

    @Test
    void aDamagedLineStopsTheRunNamingFileAndLine() throws IOException {
        Path file = dir.resolve("journal-000001.jsonl");
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"unit\":\"", 20_000) + 9;
        int line = 1 + (int) new String(bytes, 0, at, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n')
                .count();
        bytes[at] ^= 1;
        Files.write(file, bytes);
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", dir.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("journal-000001.jsonl, line " + line + ": checksum mismatch"), run.err());
    }

    @Test
    void responsesAreCheckedAgainstTheUnitList() {
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", dir.toString(),
                "--units", "laocai-2023", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("sa-pa") || run.out().contains("Sa Pa"), run.out());
    }
}
