package io.github.sipas.core.csv;

import static io.github.sipas.core.csv.CsvResponseReaderTest.CRITERIA_2017;
import static io.github.sipas.core.csv.CsvResponseReaderTest.SIPAS_2017;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.sipas.core.Answer;
import io.github.sipas.core.InputException;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.Response;
import io.github.sipas.core.Rule;

/** Tests of {@link AnswerValues}: the values file, and its rules as the reader applies them to cells. */
class AnswerValuesTest {

    @TempDir
    Path dir;

    private static final String HEADER = "response_id,unit," + String.join(",", CRITERIA_2017) + "\n";

    private static ReadResult read(AnswerValues values, String rows) {
        return CsvResponseReader.builder(SIPAS_2017).values(values).build()
                .readAll(new StringReader(HEADER + rows), "t.csv");
    }

    /** A row whose A1 and A2 are given, and every other criterion 4. */
    private static String row(String id, String unit, String a1, String a2) {
        return id + "," + unit + "," + a1 + "," + a2 + ",4".repeat(20) + "\n";
    }

    private Path file(String text) throws IOException {
        Path f = dir.resolve("values.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void starRulesReadAnswerCodesInEveryItemColumn() {
        AnswerValues values = AnswerValues.builder().add("*", "A1", "1").add("*", "A4", "4")
                .add("*", "A6", "dont-know").build();
        ReadResult r = read(values, row("r1", "u", "A4", "a1") + row("r2", "u", "A6", "4"));
        assertEquals(2, r.responses().size(), r.report().summary());
        Response first = r.responses().get(0);
        assertEquals(Answer.point(4), first.answer("A1"));
        assertEquals(Answer.point(1), first.answer("A2"));
        assertEquals(Answer.dontKnow(), r.responses().get(1).answer("A1"));
    }

    @Test
    void aColumnRuleWinsOverAStarRule() {
        AnswerValues values = AnswerValues.builder().add("*", "x", "1").add("A2", "x", "5").build();
        Response r = read(values, row("r1", "u", "x", "x")).responses().get(0);
        assertEquals(Answer.point(1), r.answer("A1"));
        assertEquals(Answer.point(5), r.answer("A2"));
    }

    @Test
    void aRuleWinsOverTheScalesOwnCodes() {
        AnswerValues values = AnswerValues.builder().add("A1", "9", "dont-know").add("A2", "5", "4").build();
        Response r = read(values, row("r1", "u", "9", "5")).responses().get(0);
        assertEquals(Answer.dontKnow(), r.answer("A1"));
        assertEquals(Answer.point(4), r.answer("A2"));
    }

    @Test
    void unitRulesGiveTheUnit() {
        AnswerValues values = AnswerValues.builder().add("unit", "A3", "Bảo Yên").build();
        ReadResult r = read(values, row("r1", "A3", "4", "4") + row("r2", "Sa Pa", "4", "4"));
        assertEquals(List.of("Bảo Yên", "Sa Pa"), r.responses().stream().map(Response::unit).toList());
    }

    @Test
    void aCodeNotOnTheItemsScaleIsAnErrorNamingTheRule() throws IOException {
        Path f = file("column,value,code\nA1,A4,4\nA1,A9,9\n");
        InputException e = assertThrows(InputException.class, () ->
                CsvResponseReader.builder(SIPAS_2017).values(AnswerValues.read(f)).build());
        assertTrue(e.getMessage().contains("values.csv") && e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void aColumnRuleOfAHeaderIsCheckedWhenTheHeaderIsRead() {
        AnswerValues values = AnswerValues.builder().add("unit_code", "x", "1").add("Nơi ngồi chờ có đủ chỗ ngồi", "x", "7").build();
        CsvResponseReader reader = CsvResponseReader.builder(SIPAS_2017).values(values).build();
        String header = "response_id,unit,Nơi ngồi chờ có đủ chỗ ngồi," + String.join(",", CRITERIA_2017.subList(1, 22)) + "\n";
        InputException e = assertThrows(InputException.class, () ->
                reader.readAll(new StringReader(header), "t.csv"));
        assertTrue(e.getMessage().contains("answer values, line 2"), e.getMessage());
    }

    @Test
    void aStarRuleWhoseCodeIsOnNoScaleIsAnError() {
        AnswerValues values = AnswerValues.builder().add("*", "A7", "7").build();
        assertThrows(InputException.class, () -> CsvResponseReader.builder(SIPAS_2017).values(values).build());
    }

    @Test
    void aStarRuleForDontKnowWhenNoScaleHasOneSaysSoInsteadOfListingDontKnowAsAllowed() {
        // found in a trial: "code 'dont-know' … is on no scale …; allowed: a scale code, dont-know, …"
        io.github.sipas.core.LocalizedText t = io.github.sipas.core.LocalizedText.of("Thang", "Scale");
        io.github.sipas.core.Scale plain = new io.github.sipas.core.Scale("plain5", t,
                io.github.sipas.core.Scale.satisfaction5().points(), java.util.Set.of(4, 5), java.util.List.of());
        io.github.sipas.core.Survey survey = io.github.sipas.core.Survey.builder("t").version("1").title(t)
                .scale(plain).element(io.github.sipas.core.Element.of("A", t))
                .item(io.github.sipas.core.Item.criterion("A1", "A", "plain5", t)).build();
        AnswerValues values = AnswerValues.builder().add("*", "NA", "dont-know").build();
        InputException e = assertThrows(InputException.class,
                () -> CsvResponseReader.builder(survey).values(values).build());
        assertTrue(e.getMessage().contains("no scale of survey t has a dont-know code")
                && !e.getMessage().contains("allowed: a scale code, dont-know"), e.getMessage());
    }

    @Test
    void valuesAreMatchedFolded() {
        AnswerValues values = AnswerValues.builder().add("*", "Rất  Tốt", "5").build();
        Response r = read(values, row("r1", "u", "rat_tot", "RAT TOT")).responses().get(0);
        assertEquals(Answer.point(5), r.answer("A1"));
        assertEquals(Answer.point(5), r.answer("A2"));
    }

    @Test
    void aCellNoRuleReadsIsStillAProblem() {
        AnswerValues values = AnswerValues.builder().add("*", "A1", "1").build();
        ReadResult r = read(values, row("r1", "u", "A8", "4"));
        assertEquals(0, r.responses().size());
        assertEquals(Rule.NOT_A_CODE, r.report().problems().get(0).rule());
    }

    @Test
    void theFileNeedsItsHeaderAndNamesTheLineOfABlankCell() throws IOException {
        InputException noHeader = assertThrows(InputException.class,
                () -> AnswerValues.read(file("column,value\nA1,x\n")));
        assertTrue(noHeader.getMessage().contains("code"), noHeader.getMessage());
        InputException blank = assertThrows(InputException.class,
                () -> AnswerValues.read(file("column,value,code\n# comment\n*,A1,1\n*,,2\n")));
        assertTrue(blank.getMessage().contains("line 4"), blank.getMessage());
    }

    @Test
    void theSameValueTwiceForAColumnIsAnError() throws IOException {
        InputException e = assertThrows(InputException.class,
                () -> AnswerValues.read(file("column,value,code\n*,A1,1\n*,a1,2\n")));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void aFileIsReadWithItsHeaderInAnyOrder() throws IOException {
        AnswerValues values = AnswerValues.read(file("\uFEFFcode,column,value\n1,*,A1\ndont-know,*,khong_biet\n"));
        assertEquals(2, values.size());
        Response r = read(values, row("r1", "u", "A1", "khong_biet")).responses().get(0);
        assertEquals(Answer.point(1), r.answer("A1"));
        assertEquals(Answer.dontKnow(), r.answer("A2"));
    }

    @Test
    void noneIsEmpty() {
        assertTrue(AnswerValues.NONE.isEmpty());
        assertEquals(AnswerValues.NONE, AnswerValues.builder().build());
    }
}
