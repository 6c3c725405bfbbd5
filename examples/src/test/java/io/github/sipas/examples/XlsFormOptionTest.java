package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.SurveyJson;
import io.github.sipas.core.testing.Fixtures;

/**
 * {@code --xlsform} on score and validate, and {@code surveys --from-xlsform}. Inputs: the fixture form
 * (core/src/test/resources/fixtures/xlsform/sipas-kobo-form.xlsx, a SIPAS Kobo form with criteria a1, A2, B1, B2),
 * three forms as a Kobo "XML values" export of it (kobo-xml-values.csv) and the same three forms in the wide format
 * (clean.csv).
 */
class XlsFormOptionTest {

    @TempDir
    Path dir;

    private static String fixture(String name) {
        return Fixtures.path("fixtures/xlsform/" + name).toString();
    }

    private Path instrument() {
        Path json = dir.resolve("instrument.json");
        CommandLineRun run = CommandLineRun.of("surveys", "--from-xlsform", fixture("sipas-kobo-form.xlsx"), "--out",
                json.toString());
        assertEquals(0, run.code(), run.err());
        return json;
    }

    @Test
    void fromXlsformWritesAnInstrumentThatSurveysJsonAccepts() throws IOException {
        Path json = instrument();
        Survey s = SurveyJson.read(json);
        assertEquals(4, s.criteria().size());
        CommandLineRun shown = CommandLineRun.of("surveys", "--json", json.toString());
        assertEquals(0, shown.code(), shown.err());
        assertEquals(Files.readString(json).strip(), shown.out().strip());
    }

    @Test
    void fromXlsformPrintsWithoutOutAndRefusesToOverwriteTheForm() throws IOException {
        CommandLineRun printed = CommandLineRun.of("surveys", "--from-xlsform", fixture("sipas-kobo-form.xlsx"));
        assertEquals(0, printed.code(), printed.err());
        assertTrue(printed.out().contains("\"id\" : \"group_access\""), printed.out());
        Path form = dir.resolve("form.xlsx");
        Files.copy(Path.of(fixture("sipas-kobo-form.xlsx")), form);
        byte[] before = Files.readAllBytes(form);
        CommandLineRun same = CommandLineRun.of("surveys", "--from-xlsform", form.toString(), "--out",
                form.toString());
        assertEquals(2, same.code(), same.err());
        assertTrue(same.err().contains("is the form itself"), same.err());
        assertEquals(before.length, Files.readAllBytes(form).length);
    }

    @Test
    void koboExportScoresThroughItsXlsformAsTheCleanCsvDoes() {
        String json = instrument().toString();
        CommandLineRun clean = CommandLineRun.of("score", "--survey", json, "--responses", fixture("clean.csv"),
                "--min-cell", "1");
        assertEquals(0, clean.code(), clean.err());
        CommandLineRun kobo = CommandLineRun.of("score", "--survey", json, "--responses",
                fixture("kobo-xml-values.csv"), "--xlsform", fixture("sipas-kobo-form.xlsx"), "--map",
                fixture("kobo-map.csv"), "--min-cell", "1");
        assertEquals(0, kobo.code(), kobo.err());
        assertTrue(clean.out().contains("Bát Xát"), clean.out());
        assertEquals(clean.out().replace(fixture("clean.csv"), "FILE"),
                kobo.out().replace(fixture("kobo-xml-values.csv"), "FILE"));
        // the Kobo preset finds the id column _uuid itself: the same without --map
        CommandLineRun noMap = CommandLineRun.of("score", "--survey", json, "--responses",
                fixture("kobo-xml-values.csv"), "--xlsform", fixture("sipas-kobo-form.xlsx"), "--min-cell", "1");
        assertEquals(0, noMap.code(), noMap.err());
        assertEquals(kobo.out(), noMap.out());
    }

    @Test
    void scoreRefusesToWriteOverTheForm() throws IOException {
        Path form = dir.resolve("form.xlsx");
        Files.copy(Path.of(fixture("sipas-kobo-form.xlsx")), form);
        long size = Files.size(form);
        CommandLineRun run = CommandLineRun.of("score", "--survey", instrument().toString(), "--responses",
                fixture("kobo-xml-values.csv"), "--xlsform", form.toString(), "--out", form.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("--xlsform"), run.err());
        assertEquals(size, Files.size(form));
    }

    @Test
    void validateReadsTheExportThroughTheForm() {
        CommandLineRun run = CommandLineRun.of("validate", "--survey", instrument().toString(), "--responses",
                fixture("kobo-xml-values.csv"), "--xlsform", fixture("sipas-kobo-form.xlsx"), "--map",
                fixture("kobo-map.csv"));
        assertEquals(0, run.code(), run.out() + run.err());
    }

    @Test
    void aFormThatIsNotAWorkbookIsRefusedNamingTheFile() {
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                fixture("clean.csv"), "--xlsform", fixture("clean.csv"));
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("not an Excel workbook"), run.err());
    }
}
