package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemTest {

    private static final String OUT_OF_RANGE = "code 7 is not on scale 'satisfaction5' of item B3";

    @Test
    void kindOfAnAnswerRuleNamesTheColumn() {
        assertEquals("out-of-range:B3", new Problem("f.csv", 157, 12, "B3", "7", Rule.OUT_OF_RANGE, OUT_OF_RANGE).kind());
        assertEquals("not-a-code:A1", new Problem("f.csv", 2, 3, "A1", "x", Rule.NOT_A_CODE, "m").kind());
    }

    @Test
    void kindOfAnAnswerRuleWithoutColumnIsTheCode() {
        assertEquals("out-of-range", new Problem("f.csv", 2, 0, null, "7", Rule.OUT_OF_RANGE, "m").kind());
    }

    @ParameterizedTest
    @EnumSource(value = Rule.class, names = {"NOT_A_CODE", "OUT_OF_RANGE"}, mode = EnumSource.Mode.EXCLUDE)
    void kindOfOtherRulesIsTheCodeEvenWithAColumn(Rule rule) {
        assertEquals(rule.code(), new Problem("f.csv", 2, 1, "unit", "x", rule, "m").kind());
    }

    @Test
    void toStringHasFileLineColumnSeverityRuleColumnValueAndMessage() {
        Problem p = new Problem("responses.csv", 157, 12, "B3", "7", Rule.OUT_OF_RANGE, OUT_OF_RANGE);
        assertEquals("responses.csv:157:12: error: out-of-range [B3] '7': " + OUT_OF_RANGE, p.toString());
    }

    @Test
    void toStringOfARowProblemHasNoColumn() {
        Problem p = new Problem("r.csv", 9, 0, null, null, Rule.WRONG_FIELD_COUNT, "expected 5 fields, found 4");
        assertEquals("r.csv:9: error: wrong-field-count: expected 5 fields, found 4", p.toString());
    }

    @Test
    void toStringOfAWarningSaysWarning() {
        Problem p = new Problem("r.csv", 1, 4, "note", null, Rule.UNKNOWN_COLUMN, "kept as an attribute");
        assertEquals("r.csv:1:4: warning: unknown-column [note]: kept as an attribute", p.toString());
        assertFalse(p.isError());
    }

    @Test
    void toStringShowsControlCharactersAndShortensLongValues() {
        Problem p = new Problem("r.csv", 3, 2, "unit", "Sa\tPa\r\n", Rule.UNKNOWN_UNIT, "m");
        assertEquals("r.csv:3:2: error: unknown-unit [unit] 'Sa\\tPa\\r\\n': m", p.toString());
        String v = "x".repeat(100);
        Problem q = new Problem("r.csv", 3, 2, "unit", v, Rule.UNKNOWN_UNIT, "m");
        assertEquals("r.csv:3:2: error: unknown-unit [unit] '" + "x".repeat(57) + "...': m", q.toString());
        assertEquals(v, q.value(), "the value itself is kept whole");
    }

    @Test
    void isErrorFollowsTheRulesSeverity() {
        for (Rule r : Rule.values()) {
            assertEquals(r.severity() == Rule.Severity.ERROR, new Problem("f", 2, 1, "c", null, r, "m").isError(),
                    r.name());
        }
        assertEquals(Rule.Severity.WARNING, Rule.UNNAMED_COLUMN.severity());
        assertEquals(Rule.Severity.ERROR, Rule.BAD_WEIGHT.severity());
    }

    @Test
    void toExceptionCarriesWhereAndWhat() {
        Problem p = new Problem("responses.csv", 157, 12, "B3", "7", Rule.OUT_OF_RANGE, OUT_OF_RANGE);
        InputException e = p.toException();
        assertEquals("responses.csv", e.source());
        assertEquals(157, e.line());
        assertEquals("B3", e.column());
        assertEquals("7", e.value());
        assertNull(e.path());
        assertEquals("out-of-range: " + OUT_OF_RANGE, e.reason());
        assertEquals("responses.csv, line 157, column B3, value '7': out-of-range: " + OUT_OF_RANGE, e.getMessage());
    }

    @Test
    void refusesNegativeLineOrColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Problem("f", -1, 0, null, null, Rule.MISSING_ID, "m"));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Problem("f", 1, -2, null, null, Rule.MISSING_ID, "m"));
    }

    @Test
    void refusesNullSourceRuleOrMessage() {
        assertEquals("source", assertThrows(NullPointerException.class,
                () -> new Problem(null, 1, 0, null, null, Rule.MISSING_ID, "m")).getMessage());
        assertEquals("rule", assertThrows(NullPointerException.class,
                () -> new Problem("f", 1, 0, null, null, null, "m")).getMessage());
        assertEquals("message", assertThrows(NullPointerException.class,
                () -> new Problem("f", 1, 0, null, null, Rule.MISSING_ID, null)).getMessage());
    }

    @Test
    void ruleCodesAreTheDocumentedOnes() {
        assertEquals("similar-units", Rule.SIMILAR_UNITS.code());
        assertEquals("not-a-code", Rule.NOT_A_CODE.code());
        assertEquals("out-of-range", Rule.OUT_OF_RANGE.code());
        assertEquals("duplicate-id", Rule.DUPLICATE_ID.code());
        assertEquals("bad-weight", Rule.BAD_WEIGHT.code());
        for (Rule r : Rule.values()) {
            assertEquals(r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), r.code());
        }
    }

    @Test
    void aPersonalColumnsValueIsWithheldInTheValueTheMessageAndTheLine() {
        Problem p = new Problem("r.csv", 7, 3, "Số CCCD", "010203000001", Rule.DUPLICATE_ID,
                "response id '010203000001' was first seen on line 2");
        assertNull(p.value());
        assertEquals("response id '(personal column, withheld)' was first seen on line 2", p.message());
        assertEquals("r.csv:7:3: error: duplicate-id [Số CCCD] (personal column, withheld): response id "
                + "'(personal column, withheld)' was first seen on line 2", p.toString());
        assertFalse(p.toException().getMessage().contains("010203000001"), p.toException().getMessage());
    }

    @Test
    void anOrdinaryColumnKeepsItsValue() {
        Problem p = new Problem("r.csv", 7, 3, "response_id", "K-1", Rule.DUPLICATE_ID, "response id 'K-1' again");
        assertEquals("K-1", p.value());
        assertEquals("r.csv:7:3: error: duplicate-id [response_id] 'K-1': response id 'K-1' again", p.toString());
    }

    @Test
    void aProblemInASheetIsLocatedByItsCellOrItsRow() {
        Problem cell = new Problem("phieu.xlsx!Sheet1", 17, 4, "A2", "7", Rule.OUT_OF_RANGE, "7 is not a code", true);
        assertEquals("phieu.xlsx!Sheet1!D17", cell.location());
        assertEquals("phieu.xlsx!Sheet1!D17: error: out-of-range [A2] '7': 7 is not a code", cell.toString());
        assertEquals("phieu.xlsx!Sheet1!AB3", new Problem("phieu.xlsx!Sheet1", 3, 28, "X", null, Rule.OUT_OF_RANGE,
                "m", true).location(), "column 28 is AB");
        assertEquals("phieu.xlsx!Sheet1, row 9", new Problem("phieu.xlsx!Sheet1", 9, 0, null, null,
                Rule.WRONG_FIELD_COUNT, "m", true).location());
        assertEquals("r.csv:17:4", new Problem("r.csv", 17, 4, "A2", "7", Rule.OUT_OF_RANGE, "m").location());
        assertFalse(new Problem("r.csv", 17, 4, "A2", "7", Rule.OUT_OF_RANGE, "m").inSheet());
    }

    @Test
    void aFailFastExceptionOfASheetNamesTheCell() {
        Problem cell = new Problem("phieu.xlsx!Sheet1", 17, 4, "A2", "7", Rule.OUT_OF_RANGE, "7 is not a code", true);
        assertEquals("phieu.xlsx!Sheet1!D17, column A2, value '7': out-of-range: 7 is not a code",
                cell.toException().getMessage());
    }
}
