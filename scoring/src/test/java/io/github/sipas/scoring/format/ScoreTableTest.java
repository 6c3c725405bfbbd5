package io.github.sipas.scoring.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Survey;
import io.github.sipas.core.TerminalText;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.scoring.Golden;
import io.github.sipas.scoring.ResponseSource;
import io.github.sipas.scoring.ScoreRun;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.estimate.Grouping;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.uncertainty.FayHerriot;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import io.github.sipas.scoring.uncertainty.RankSetType;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The table is held to what {@code sipas score} printed before it moved into the library (golden/README.md). */
class ScoreTableTest {

    static final Survey SURVEY = Surveys.bundled("sipas-2017");

    private static String table(ScoreResult result) {
        StringWriter w = new StringWriter();
        ScoreTable.write(result, SURVEY, w);
        return w.toString();
    }

    @Test
    void anItemCorrelatingNegativelyWithTheRestIsAWarningUnderTheTable() {
        StringWriter w = new StringWriter();
        ScoreTable.write(ScoreJsonTest.unkeyedScales(), io.github.sipas.core.instrument.SurveyJson.read(
                java.nio.file.Path.of("src/test/resources/scales/scales.json")), w);
        String text = w.toString();
        assertTrue(text.contains("\n\nWarning: item P2 correlates negatively with the rest of element P (r = -0."),
                text);
        assertTrue(text.contains("Warning: item R2 correlates negatively with the rest of element R"), text);
        assertTrue(text.contains("of all criteria"), text);
        assertFalse(table(ScoreJsonTest.laocai()).contains("Warning"));
    }

    @Test
    void aPlainResultPrintsTheRankingTable() {
        Golden.assertSame("laocai.txt", table(ScoreRun.builder(SURVEY).responses(ResponseSource.of(Golden.LAOCAI))
                .build().run().result()));
    }

    @Test
    void rankSetsChangesAndFayHerriotAddTheirColumnsAndNotes() {
        ScoreResult r = ScoreRun.builder(SURVEY).responses(ResponseSource.of(Golden.LAOCAI))
                .rankSets(RankSetType.TWO_SIDED, RankSetOptions.defaults()).previous(Golden.LAOCAI_WEIGHTED)
                .fayHerriot(FayHerriot.builder().build()).build().run().result();
        Golden.assertSame("laocai-rank-sets.txt", table(r));
    }

    @Test
    void suppressedCellsKeepTheirRowsWithAMarkerAndANote() {
        ScoreResult r = ScoreRun.builder(Scorer.builder(SURVEY).grouping(Grouping.byUnitAnd("gender")).build())
                .responses(ResponseSource.of(Golden.BAD_ROWS)).disclosure(Disclosure.of(5)).build().run().result();
        String t = table(r);
        Golden.assertSame("bad-rows-by-gender.txt", t);
        assertTrue(t.contains("n<5") && t.contains("  x  "), t);
    }

    @Test
    void theUnitsColumnIsHeadedByTheGrouping() {
        String unit = table(ScoreJsonTest.groupedSix(Grouping.BY_UNIT)).lines().skip(2).findFirst().orElseThrow();
        String attribute = table(ScoreJsonTest.groupedSix(Grouping.byAttribute("gender"))).lines().skip(2)
                .findFirst().orElseThrow();
        String both = table(ScoreJsonTest.groupedSix(Grouping.byUnitAnd("gender"))).lines().skip(2).findFirst()
                .orElseThrow();
        assertTrue(unit.startsWith("Rank  Unit       Forms"), unit);
        assertTrue(attribute.startsWith("Rank  gender    Forms"), attribute);
        assertTrue(both.startsWith("Rank  Unit / gender    Forms"), both);
    }

    @Test
    void aGroupingAttributeWithControlCharactersIsEscapedInTheHeading() {
        String t = table(ScoreJsonTest.groupedSix(Grouping.byAttribute("gender")));
        assertTrue(t.contains("  gender  "), t);
        assertEquals("gen\\u001Bder", TerminalText.escape(Grouping.byAttribute("gen\u001Bder").heading("Unit")));
    }

    @Test
    void namesAreWrittenWithControlAndBidiCharactersEscapedAndTheColumnsStillAligned() {
        String t = table(ScoreJsonTest.hostileNames());
        assertTrue(t.contains("Bảo\\u001B[2JYên\\u000DX\\u202E"), t);
        t.codePoints().forEach(c -> assertTrue(c == '\n' || Character.getType(c) != Character.CONTROL
                && Character.getType(c) != Character.FORMAT, () -> "U+" + Integer.toHexString(c)));
        java.util.List<String> rows = t.lines().filter(l -> l.contains("Si Ma Cai") || l.contains("Bảo")).toList();
        org.junit.jupiter.api.Assertions.assertEquals(2, rows.size(), t);
        org.junit.jupiter.api.Assertions.assertEquals(rows.get(0).indexOf("  12  "), rows.get(1).indexOf("  12  "),
                "the forms column lines up: widths are of the escaped names");
    }

    @Test
    void aWriterThatFailsIsReportedNotSwallowed() {
        java.io.Writer failing = new java.io.Writer() {
            @Override
            public void write(char[] b, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        ScoreResult r = ScoreRun.builder(SURVEY).responses(ResponseSource.of(Golden.LAOCAI)).build().run().result();
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                () -> ScoreTable.write(r, SURVEY, failing));
        org.junit.jupiter.api.Assertions.assertEquals("No space left on device", e.getCause().getMessage());
    }

    @Test
    void aResultOfAnotherSurveyIsRefused() {
        ScoreResult r = ScoreRun.builder(SURVEY).responses(ResponseSource.of(Golden.LAOCAI)).build().run().result();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoreTable.write(r, Surveys.bundled("sipas-2023"), new StringWriter()));
        org.junit.jupiter.api.Assertions.assertEquals("the result is of survey 'sipas-2017', not 'sipas-2023'",
                e.getMessage());
    }

    @Test
    void nullArgumentsAreRefused() {
        ScoreResult r = ScoreRun.builder(SURVEY).responses(ResponseSource.of(Golden.LAOCAI)).build().run().result();
        assertThrows(NullPointerException.class, () -> ScoreTable.write(null, SURVEY, new StringWriter()));
        assertThrows(NullPointerException.class, () -> ScoreTable.write(r, null, new StringWriter()));
        assertThrows(NullPointerException.class, () -> ScoreTable.write(r, SURVEY, null));
    }
}
