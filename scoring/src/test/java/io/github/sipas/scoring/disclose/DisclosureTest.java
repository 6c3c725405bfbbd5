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
}
