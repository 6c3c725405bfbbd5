package io.github.sipas.scoring.disclose;

import static io.github.sipas.scoring.rank.RankingFixtures.card;
import static io.github.sipas.scoring.rank.RankingFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Answer;
import io.github.sipas.core.Response;
import io.github.sipas.core.quality.QualityScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.estimate.Grouping;
import io.github.sipas.scoring.format.ScoreJsonTest;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.estimate.UnitScore;

/**
 * The small-cell rule: which cells it suppresses, small and complementary, and which attributes it takes for
 * personal. The cells are built by hand; their sizes are the examples of {@link Disclosure}'s documentation.
 */
class DisclosureTest {

    /** A cell of a unit crossed with a group, with an index of 80 and the given number of forms. */
    private static UnitScore cell(String unit, String group, long forms) {
        return new UnitScore(unit, group, forms, new Estimate(80, 1, 78, 82), null, List.of(), List.of());
    }

    private static Map<String, Suppression> map(Object... pairs) {
        Map<String, Suppression> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Suppression) pairs[i + 1]);
        }
        return m;
    }

    @Test
    void defaultsSuppressCellsOfFewerThanTenForms() {
        Scorecard c = card(unit("nine", 80, 9), unit("ten", 80, 10), unit("one", 80, 1), unit("many", 80, 500));
        assertEquals(map("nine", Suppression.SMALL_CELL, "one", Suppression.SMALL_CELL),
                Disclosure.defaults().suppressed(c));
        assertEquals(10, Disclosure.defaults().minRespondents());
        assertEquals(Disclosure.DEFAULT_MIN_RESPONDENTS, Disclosure.defaults().minRespondents());
    }

    @Test
    void theThresholdIsStrict() {
        Disclosure d = Disclosure.of(10);
        assertTrue(d.isSmall(9));
        assertFalse(d.isSmall(10));
        assertTrue(Disclosure.of(30).isSmall(29));
    }

    @Test
    void oneSuppressesNothingEvenACellOfOneForm() {
        Scorecard c = card(unit("one", 80, 1), unit("two", 70, 2));
        assertEquals(Map.of(), Disclosure.none().suppressed(c));
        assertEquals(Map.of(), Disclosure.of(1).suppressed(c));
        assertEquals(1, Disclosure.none().minRespondents());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void refusesAThresholdBelowOne(int k) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Disclosure.of(k));
        assertTrue(e.getMessage().contains("minRespondents") && e.getMessage().contains(String.valueOf(k)),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Disclosure(k));
    }

    @Test
    void ofTenIsTheDefaultsAndRulesAreValues() {
        assertSame(Disclosure.defaults(), Disclosure.of(10));
        assertEquals(new Disclosure(7), Disclosure.of(7));
        assertEquals(new Disclosure(1), Disclosure.none());
    }

    @Test
    void byUnitAloneOnlySmallCellsAreSuppressed() {
        // One suppressed unit among nine: the writers publish no total of the units, so none is added.
        Scorecard c = card(unit("a", 80, 5), unit("b", 81, 12), unit("c", 82, 100));
        assertEquals(map("a", Suppression.SMALL_CELL), Disclosure.defaults().suppressed(c));
    }

    @Test
    void theOnlySmallCellOfAUnitTakesItsOtherCellWithIt() {
        // Bắc Hà: 20 men, 4 women; Bảo Yên: 15 and 15 (Disclosure's example).
        Scorecard c = card(cell("Bắc Hà", "Nam", 20), cell("Bắc Hà", "Nữ", 4), cell("Bảo Yên", "Nam", 15),
                cell("Bảo Yên", "Nữ", 15));
        assertEquals(map("Bắc Hà / Nam", Suppression.COMPLEMENTARY, "Bắc Hà / Nữ", Suppression.SMALL_CELL),
                Disclosure.defaults().suppressed(c));
    }

    @Test
    void twoSmallCellsOfAUnitHoldingTenFormsNeedNoComplement() {
        // Si Ma Cai: 6 and 6, 12 >= 10 together; the 30 of the third group stays published.
        Scorecard c = card(cell("Si Ma Cai", "18-29", 6), cell("Si Ma Cai", "30-44", 6),
                cell("Si Ma Cai", "45-59", 30));
        assertEquals(map("Si Ma Cai / 18-29", Suppression.SMALL_CELL, "Si Ma Cai / 30-44", Suppression.SMALL_CELL),
                Disclosure.defaults().suppressed(c));
    }

    @Test
    void smallCellsHoldingFewerThanTenFormsTogetherTakeTheNextSmallest() {
        // Bảo Yên: 3 + 2 = 5 < 10, so the 30 goes too; the 40 is not needed (3 + 2 + 30 >= 10, three cells).
        Scorecard c = card(cell("Bảo Yên", "18-29", 3), cell("Bảo Yên", "30-44", 2), cell("Bảo Yên", "45-59", 30),
                cell("Bảo Yên", "60+", 40));
        assertEquals(map("Bảo Yên / 18-29", Suppression.SMALL_CELL, "Bảo Yên / 30-44", Suppression.SMALL_CELL,
                "Bảo Yên / 45-59", Suppression.COMPLEMENTARY), Disclosure.defaults().suppressed(c));
    }

    @Test
    void aUnitWhoseCellsAreAllSmallLosesThemAllAndNoMore() {
        // Mường Khương: 3 + 2 < 10 but there is no other cell to take.
        Scorecard c = card(cell("Mường Khương", "Nam", 3), cell("Mường Khương", "Nữ", 2), cell("Sa Pa", "Nam", 50),
                cell("Sa Pa", "Nữ", 60));
        assertEquals(map("Mường Khương / Nam", Suppression.SMALL_CELL, "Mường Khương / Nữ", Suppression.SMALL_CELL),
                Disclosure.defaults().suppressed(c));
    }

    @Test
    void theComplementIsTheCellWithFewestFormsThenTheFirstLabel() {
        Scorecard c = card(cell("u", "d", 25), cell("u", "c", 15), cell("u", "b", 15), cell("u", "a", 4));
        assertEquals(map("u / a", Suppression.SMALL_CELL, "u / b", Suppression.COMPLEMENTARY),
                Disclosure.defaults().suppressed(c));
    }

    @Test
    void groupsOfAnAttributeAloneAddUpToOneTotal() {
        // The group of forms without a value: 2 forms; the smallest other group goes with it.
        Scorecard c = card(cell(null, Grouping.MISSING, 2), cell(null, "Nam", 500), cell(null, "Nữ", 480));
        assertEquals(map("(missing)", Suppression.SMALL_CELL, "Nữ", Suppression.COMPLEMENTARY),
                Disclosure.defaults().suppressed(c));
    }

    @Test
    void theCellsComeInTheScorecardsOrder() {
        Scorecard c = card(cell("b", "x", 50), cell("b", "y", 3), cell("a", "x", 2), cell("a", "y", 40));
        // The scorecard as given (a Scorer orders it by label); each unit loses its small cell and its other cell.
        assertEquals(List.of("b / x", "b / y", "a / x", "a / y"),
                new ArrayList<>(Disclosure.defaults().suppressed(c).keySet()));
        assertThrows(UnsupportedOperationException.class,
                () -> Disclosure.defaults().suppressed(c).put("z", Suppression.SMALL_CELL));
    }

    @Test
    void respondentsAreFormsNotWeights() {
        // Five forms of weight 100 each: 500 by weight, 5 forms, so suppressed.
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Response.Builder b = Response.builder("w" + i).unit("Heavy").weight(100);
            ScoreJsonTest.SURVEY.criteria().forEach(item -> b.answer(item.id(), Answer.point(5)));
            rows.add(b.build());
        }
        Scorecard c = Scorer.of(ScoreJsonTest.SURVEY).score(rows);
        assertEquals(5, c.units().get(0).respondents());
        assertEquals(map("Heavy", Suppression.SMALL_CELL), Disclosure.defaults().suppressed(c));
    }

    // ---- identifying groupings ---------------------------------------------------------------------------------

    @Test
    void aGroupingWithMoreValuesThanFormsOverKIsRefusedNamingTheColumnNotTheValues() {
        // 3 groups over 30 forms: 3 × 10 = 30, not above 30, so allowed; a fourth value of 1 form makes 4 × 10 > 31.
        Scorecard three = card(cell(null, "a", 10), cell(null, "b", 10), cell(null, "c", 10));
        Disclosure.defaults().checkGroups(three, "kênh");
        Scorecard four = card(cell(null, "a", 10), cell(null, "b", 10), cell(null, "c", 10),
                cell(null, "0912345678", 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Disclosure.defaults().checkGroups(four, "Mobile"));
        assertTrue(e.getMessage().startsWith("column 'Mobile' has 4 distinct values in the 31 forms that have one, "
                + "more than forms ÷ 10 = 3.1: its values are almost all distinct"), e.getMessage());
        assertFalse(e.getMessage().contains("0912345678"), e.getMessage());
        Disclosure.of(3).checkGroups(four, "Mobile");
    }

    @Test
    void formsWithoutAValueDoNotCountAndMostlySingleValuesAreRefused() {
        // 3 values of 10 forms beside 1,000 forms without a value: 3 × 10 = 30, not above the 30 valued forms.
        Disclosure.defaults().checkGroups(card(cell(null, "a", 10), cell(null, "b", 10), cell(null, "c", 10),
                cell(null, Grouping.MISSING, 1000)), "kênh");
        // 4 values over 31 valued forms among 1,031: refused, the missing ones no longer dilute the count.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Disclosure.defaults()
                .checkGroups(card(cell(null, "a", 10), cell(null, "b", 10), cell(null, "c", 10), cell(null, "d", 1),
                        cell(null, Grouping.MISSING, 1000)), "ghi chú"));
        assertTrue(e.getMessage().contains("in the 31 forms that have one"), e.getMessage());
        // one common value and three single ones: 3 of 4 values held by one form each, refused even with k = 1.
        Scorecard singles = card(cell(null, "không", 500), cell(null, "x1", 1), cell(null, "x2", 1),
                cell(null, "x3", 1));
        e = assertThrows(IllegalArgumentException.class, () -> Disclosure.none().checkGroups(singles, "ghi chú"));
        assertEquals("column 'ghi chú' has 3 of its 4 distinct values held by one form each: its values are almost "
                + "all distinct (free text, a phone number or a name?), so that publishing its groups would publish "
                + "the values as labels; group by a column with fewer values", e.getMessage());
        // two of four single: not more than half
        Disclosure.none().checkGroups(card(cell(null, "a", 50), cell(null, "b", 50), cell(null, "x1", 1),
                cell(null, "x2", 1)), "kênh");
    }

    @Test
    void oneValueTheMissingGroupAndAGroupingByUnitAloneAreNeverRefused() {
        Disclosure.defaults().checkGroups(card(cell(null, "2023", 3)), "period");
        Disclosure.defaults().checkGroups(card(cell(null, "a", 5), cell(null, Grouping.MISSING, 1)), "x");
        Disclosure.defaults().checkGroups(card(unit("u1", 80, 1), unit("u2", 80, 1), unit("u3", 80, 1)), "unit");
    }

    @Test
    void withKOfOneAColumnIsRefusedWhenItHasMoreValuesThanHalfTheForms() {
        Scorecard half = card(cell("u", "a", 2), cell("u", "b", 2));
        Disclosure.none().checkGroups(half, "x");
        Scorecard distinct = card(cell("u", "a", 1), cell("u", "b", 1), cell("u", "c", 2));
        assertThrows(IllegalArgumentException.class, () -> Disclosure.none().checkGroups(distinct, "x"));
    }

    @Test
    void byUnitAndAttributeTheValuesAreCountedAcrossUnits() {
        // Two units with the same two values: 2 distinct values over 4 forms, allowed at k = 2; 4 distinct are not.
        Scorecard same = card(cell("u1", "Nam", 1), cell("u1", "Nữ", 1), cell("u2", "Nam", 1), cell("u2", "Nữ", 1));
        Disclosure.of(2).checkGroups(same, "gender");
        Scorecard all = card(cell("u1", "a", 1), cell("u1", "b", 1), cell("u2", "c", 1), cell("u2", "d", 1));
        assertThrows(IllegalArgumentException.class, () -> Disclosure.of(2).checkGroups(all, "id"));
    }

    // ---- the quality scope -------------------------------------------------------------------------------------

    @Test
    void scoredByUnitTheScopeShowsAndCountsThePublishedUnitsOnly() {
        QualityScope scope = Disclosure.defaults().qualityScope(card(unit("A", 80, 50), unit("B", 80, 50),
                unit("C", 80, 9)));
        assertTrue(scope.showsUnit("A", 50));
        assertFalse(scope.showsUnit("C", 9));
        assertFalse(scope.countsInTotal("C", 9));
        assertFalse(scope.showsUnit("not in the scorecard", 100));
        assertTrue(scope.showsGroup("A", "interviewer", "ĐTV1", 10, 40));
        assertFalse(scope.showsGroup("A", "interviewer", "ĐTV1", 9, 41), "a group of fewer than k forms");
        assertFalse(scope.showsGroup("A", "interviewer", "ĐTV1", 41, 9), "a rest of fewer than k forms");
        assertSame(QualityScope.all(), Disclosure.none().qualityScope(card(unit("C", 80, 9))));
    }

    @Test
    void scoredByUnitAndAttributeTheScopeShowsUnitsOfKFormsAndNotASuppressedCellsGroup() {
        // Bắc Hà: 20 men (complementary) and 4 women (small); Bảo Yên: 15 and 15.
        Scorecard c = card(cell("Bắc Hà", "Nam", 20), cell("Bắc Hà", "Nữ", 4), cell("Bảo Yên", "Nam", 15),
                cell("Bảo Yên", "Nữ", 15), cell("Mường Khương", "Nam", 5));
        QualityScope scope = Disclosure.defaults().qualityScope(c);
        assertTrue(scope.showsUnit("Bắc Hà", 24), "its suppressed cells hold 24 forms together");
        assertFalse(scope.showsUnit("Mường Khương", 5));
        assertTrue(scope.countsInTotal("Bắc Hà", 24));
        assertFalse(scope.countsInTotal("Mường Khương", 5));
        assertFalse(scope.showsGroup("Bắc Hà", "gender", "Nam", 20, 4));
        assertFalse(scope.showsGroup("Bắc Hà", "gender", "Nam", 20, 10), "a suppressed cell");
        assertTrue(scope.showsGroup("Bảo Yên", "gender", "Nam", 15, 15));
    }

    @Test
    void scoredByAnAttributeAloneTheScopeShowsNoUnitButCountsEveryForm() {
        QualityScope scope = Disclosure.defaults().qualityScope(card(cell(null, "Nam", 40), cell(null, "Nữ", 31)));
        assertFalse(scope.showsUnit("Bảo Yên", 30));
        assertTrue(scope.countsInTotal("Mường Khương", 5));
    }
}
