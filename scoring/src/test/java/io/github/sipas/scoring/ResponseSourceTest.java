package io.github.sipas.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Item;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.collect.Journal;
import io.github.sipas.core.collect.ResponseCollector;
import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.instrument.Surveys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseSourceTest {

    static final Survey SURVEY = Surveys.bundled("sipas-2017");
    static final CsvResponseReader READER = CsvResponseReader.builder(SURVEY).build();

    @Test
    void aDirectoryOrAJsonlFileIsAJournalAndAnythingElseACsvExport(@TempDir Path dir) throws IOException {
        assertInstanceOf(ResponseSource.JournalSource.class, ResponseSource.of(dir));
        assertInstanceOf(ResponseSource.JournalSource.class, ResponseSource.of(dir.resolve("responses-1.jsonl")));
        assertInstanceOf(ResponseSource.Csv.class, ResponseSource.of(dir.resolve("responses.csv")));
        assertInstanceOf(ResponseSource.Csv.class, ResponseSource.of(dir.resolve("responses.txt")));
        assertEquals(dir.toString(), ResponseSource.of(dir).name());
    }

    @Test
    void aStreamIsNamedInItsProblemsAsGiven() {
        String csv = "response_id,unit," + String.join(",", SURVEY.criteria().stream().map(Item::id).toList())
                + "\nR1,Sa Pa," + "4,".repeat(SURVEY.criteria().size() - 1) + "9\n";
        ReadReport report = ResponseSource.csv("upload:round-2.csv",
                () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).read(READER, null, (r, l) -> {
                });
        assertEquals(1, report.rejected());
        assertTrue(report.problems().get(0).toString().startsWith("upload:round-2.csv:2:"),
                report.problems().get(0).toString());
    }

    @Test
    void aMissingFileIsAnUncheckedNoSuchFileException(@TempDir Path dir) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ResponseSource.of(dir.resolve("gone.csv")).read(READER, null, (r, l) -> {
                }));
        assertInstanceOf(NoSuchFileException.class, e.getCause());
        assertEquals("no such file: " + dir.resolve("gone.csv"), e.getMessage());
        UncheckedIOException j = assertThrows(UncheckedIOException.class,
                () -> ResponseSource.journal(dir.resolve("no-journal")).read(READER, null, (r, l) -> {
                }));
        assertEquals("no such file: " + dir.resolve("no-journal"), j.getMessage());
    }

    @Test
    void anOpenerThatGivesNoStreamIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ResponseSource.csv("resource:missing.csv", () -> null).read(READER, null, (r, l) -> {
                }));
        assertEquals("the opener of resource:missing.csv gave no stream (null)", e.getMessage());
    }

    @Test
    void aJournalGivesItsResponsesWithTheirSequenceNumbers(@TempDir Path dir) throws IOException {
        Path journal = dir.resolve("journal");
        try (ResponseCollector c = ResponseCollector.builder(SURVEY).store(Journal.builder(journal, SURVEY).open())
                .build()) {
            for (int i = 1; i <= 3; i++) {
                Response.Builder form = Response.builder("K-" + i).unit("Sa Pa");
                SURVEY.criteria().forEach(item -> form.answer(item.id(), 4));
                c.submit(form.build());
            }
        }
        List<Long> sequences = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        ReadReport report = ResponseSource.of(journal).read(READER, null, (r, seq) -> {
            ids.add(r.id());
            sequences.add(seq);
        });
        assertEquals(List.of("K-1", "K-2", "K-3"), ids);
        assertEquals(List.of(1L, 2L, 3L), sequences);
        assertEquals(3, report.accepted());
        assertTrue(report.problems().isEmpty());
        assertTrue(Files.isDirectory(journal));
    }
}
