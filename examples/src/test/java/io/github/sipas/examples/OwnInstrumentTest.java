package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instrument of a researcher's own, in one language and without a source, through score (table, JSON, workbook),
 * report and surveys --json; and the bundled instruments, in both languages, as before.
 */
class OwnInstrumentTest {

    /** In English only, texts as {"en": …} or plain strings, no "source"; a 3-point scale naming its satisfied code. */
    static final String ENGLISH_ONLY = """
            {"id": "clinic", "version": "1", "title": "Clinic survey",
             "scales": [{"id": "agree3", "title": {"en": "Agreement"},
                         "points": [{"code": 1, "label": "Disagree"}, {"code": 2, "label": {"en": "Neutral"}},
                                    {"code": 3, "label": "Agree"}],
                         "satisfied": [3]}],
             "elements": [{"id": "W", "title": {"en": "Waiting"}}, {"id": "S", "title": "Staff"}],
             "items": [{"id": "W1", "element": "W", "scale": "agree3", "text": "I waited little"},
                       {"id": "S1", "element": "S", "scale": "agree3", "text": {"en": "Staff were kind"}}]}
            """;

    @TempDir
    Path dir;
    private Path survey;
    private Path responses;

    @BeforeEach
    void files() throws IOException {
        survey = Files.writeString(dir.resolve("clinic.json"), ENGLISH_ONLY);
        StringBuilder csv = new StringBuilder("response_id,unit,W1,S1\n");
        for (int i = 0; i < 40; i++) {
            csv.append("R").append(i).append(',').append(i % 2 == 0 ? "North" : "South").append(',')
                    .append(1 + i % 3).append(',').append(1 + (i / 2) % 3).append('\n');
        }
        responses = Files.writeString(dir.resolve("clinic.csv"), csv.toString());
    }

    private CommandLineRun run(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--survey", survey.toString(), "--responses",
                responses.toString(), "--min-cell", "1"));
        args.addAll(List.of(more));
        return CommandLineRun.of(args.toArray(String[]::new));
    }

    @Test
    void scoresAsATableShowingItsTitleAndNoNull() {
        CommandLineRun r = run("score");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Clinic survey (clinic): 40 forms read, 40 scored, 0 rejected"), r.out());
        assertFalse(r.out().contains("null"), r.out());
    }

    @Test
    void scoresAsJson() {
        CommandLineRun r = run("score", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"survey\" : \"clinic\"") || r.out().contains("\"survey\":\"clinic\""),
                r.out());
        assertFalse(r.out().contains("source"), r.out());
    }

    @Test
    void scoresToAWorkbookWhoseMethodSheetHasNoNull() throws IOException {
        Path xlsx = dir.resolve("clinic.xlsx");
        CommandLineRun r = run("score", "--out", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        StringBuilder text = new StringBuilder();
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        text.append(c.toString()).append('|');
                    }
                }
            }
        }
        assertTrue(text.toString().contains("Clinic survey"), text.toString());
        assertFalse(text.toString().contains("null"), text.toString());
    }

    @Test
    void reportsInEitherLanguageWithTheTextsAsWrittenAndNoNull() throws IOException {
        for (String lang : List.of("vi", "en")) {
            Path html = dir.resolve("clinic-" + lang + ".html");
            CommandLineRun r = run("report", "--lang", lang, "--out", html.toString());
            assertEquals(0, r.code(), r.err());
            String page = Files.readString(html);
            assertTrue(page.contains("Clinic survey") && page.contains("Waiting") && page.contains("Staff"), lang);
            assertFalse(page.contains("null"), lang);
            // the page is titled by the instrument, not as a SIPAS report (found in a trial)
            assertTrue(page.contains("<title>Clinic survey</title>") && page.contains("<h1>Clinic survey</h1>"),
                    page.substring(0, 600));
            assertFalse(page.contains("hành chính") || page.contains("Satisfaction index report"), lang);
        }
    }

    @Test
    void surveysJsonPrintsItWithoutSourceAndBothLanguagesFromTheOneGiven() {
        CommandLineRun r = CommandLineRun.of("surveys", "--json", survey.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("source") || r.out().contains("null"), r.out());
        assertTrue(r.out().contains("\"vi\" : \"Clinic survey\""), r.out());
    }

    @Test
    void theBundledInstrumentsKeepTheirSourceAndBothLanguages() {
        CommandLineRun r = CommandLineRun.of("surveys", "--json", "sipas-2017");
        assertTrue(r.out().contains("\"source\"") && r.out().contains("\"document\""), r.out());
        com.fasterxml.jackson.databind.JsonNode title = assertDoesNotThrow(
                () -> new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out())).get("title");
        assertFalse(title.get("vi").asText().equals(title.get("en").asText()), title.toString());
        CommandLineRun list = CommandLineRun.of("surveys");
        assertFalse(list.out().contains("no source named") || list.out().contains("null"), list.out());
    }
}
