package io.github.sipas.scoring.result;

import static io.github.sipas.scoring.rank.RankingFixtures.card;
import static io.github.sipas.scoring.rank.RankingFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.rank.RankingOptions;
import io.github.sipas.scoring.format.ScoreJsonTest;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.disclose.Suppression;
import io.github.sipas.scoring.estimate.UnitScore;

/** The published result: its counts are validated, units are found by label and shown by name. */
class ScoreResultTest {

    private static final Scorecard CARD = card(unit("Bát Xát", 80.0), unit("Sa Pa", 90.0),
            new UnitScore("Sa Pa", "Nữ", 40, new Estimate(85.0, 1.0, 83.0, 87.0), null, List.of(), List.of()));
    private static final Ranking RANKING = Ranking.of(CARD);

    @ParameterizedTest
    @CsvSource({"0, 0", "10, 0", "10, 10", "10, 3"})
    void acceptsCountsWithRejectedBetweenZeroAndRowsRead(long rowsRead, long rejected) {
        ScoreResult r = new ScoreResult(CARD, RANKING, rowsRead, rejected);
        assertEquals(rowsRead, r.rowsRead());
        assertEquals(rejected, r.rejected());
    }

    @ParameterizedTest
    @CsvSource({"-1, 0", "10, -1", "10, 11", "0, 1", "-5, -6"})
    void refusesNegativeCountsOrMoreRejectedThanRead(long rowsRead, long rejected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScoreResult(CARD, RANKING, rowsRead, rejected));
        assertTrue(e.getMessage().contains("rowsRead=" + rowsRead), e.getMessage());
        assertTrue(e.getMessage().contains("rejected=" + rejected), e.getMessage());
    }

    @Test
    void refusesNullParts() {
        NullPointerException card = assertThrows(NullPointerException.class,
                () -> new ScoreResult(null, RANKING, 0, 0));
        assertEquals("scorecard", card.getMessage());
        NullPointerException ranking = assertThrows(NullPointerException.class,
                () -> new ScoreResult(CARD, null, 0, 0));
        assertEquals("ranking", ranking.getMessage());
        assertThrows(NullPointerException.class, () -> new ScoreResult(CARD, RANKING, 0, 0, null));
    }

    @Test
    void withoutAUnitListEveryUnitIsShownAsItIs() {
        ScoreResult r = new ScoreResult(CARD, RANKING, 100, 0);
        assertEquals(Map.of(), r.unitNames());
        assertEquals("Bát Xát", r.nameOf("Bát Xát"));
        assertEquals("anything", r.nameOf("anything"));
    }

    @Test
    void nameOfGivesTheUnitListNameOrTheUnitItself() {
        ScoreResult r = new ScoreResult(CARD, RANKING, 100, 0, Map.of("Sa Pa", "Thị xã Sa Pa"));
        assertEquals("Thị xã Sa Pa", r.nameOf("Sa Pa"));
        assertEquals("Bát Xát", r.nameOf("Bát Xát"));
    }

    @Test
    void unitNamesAreCopied() {
        Map<String, String> names = new HashMap<>();
        names.put("Sa Pa", "Thị xã Sa Pa");
        ScoreResult r = new ScoreResult(CARD, RANKING, 100, 0, names);
        names.put("Sa Pa", "changed");
        names.put("Bát Xát", "Huyện Bát Xát");
        assertEquals("Thị xã Sa Pa", r.nameOf("Sa Pa"));
        assertEquals("Bát Xát", r.nameOf("Bát Xát"));
        assertThrows(UnsupportedOperationException.class, () -> r.unitNames().put("x", "y"));
    }

    @Test
    void unitFindsUnitsAndGroupsByLabel() {
        ScoreResult r = new ScoreResult(CARD, RANKING, 100, 0);
        assertSame(CARD.units().get(0), r.unit("Bát Xát"));
        UnitScore grouped = r.unit("Sa Pa / Nữ");
        assertEquals("Sa Pa", grouped.unit());
        assertEquals("Nữ", grouped.group());
        assertEquals("Sa Pa", r.unit("Sa Pa").label());
    }

    @Test
    void unitOfAnUnknownLabelNamesIt() {
        ScoreResult r = new ScoreResult(CARD, RANKING, 100, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.unit("Hà Nội"));
        assertTrue(e.getMessage().contains("'Hà Nội'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.unit("Nữ"),
                "a group alone is not the label of Sa Pa / Nữ");
        assertThrows(IllegalArgumentException.class, () -> r.unit("sa pa"), "labels are compared exactly");
    }

    @Test
    void everyRankedUnitIsFoundInTheScorecard() {
        ScoreResult r = ScoreJsonTest.edgeCases();
        for (RankedUnit u : r.ranking().units()) {
            assertDoesNotThrow(() -> r.unit(u.label()));
        }
    }

    @Test
    void isAValueWithTheRecordEquality() {
        assertEquals(new ScoreResult(CARD, RANKING, 5, 1, Map.of("a", "b")),
                new ScoreResult(CARD, RANKING, 5, 1, new HashMap<>(Map.of("a", "b"))));
        assertEquals(new ScoreResult(CARD, RANKING, 5, 1), new ScoreResult(CARD, RANKING, 5, 1, Map.of()));
    }

    // ---------------------------------------------------------------- disclosure

    /** Bát Xát 80 (100 forms), Mường Khương 95 (5 forms), Sa Pa 90 (100 forms). */
    private static final Scorecard SMALL = card(unit("Bát Xát", 80.0), unit("Mường Khương", 95.0, 5),
            unit("Sa Pa", 90.0));

    @Test
    void theDefaultRuleSuppressesSmallCellsOfARankingMadeWithoutIt() {
        ScoreResult r = new ScoreResult(SMALL, Ranking.of(SMALL), 205, 0);
        assertEquals(Disclosure.defaults(), r.disclosure());
        assertEquals(Map.of("Mường Khương", Suppression.SMALL_CELL), r.suppressed());
        assertTrue(r.ranking().unit("Mường Khương").orElseThrow().isSuppressed());
        assertEquals(1, r.ranking().unit("Sa Pa").orElseThrow().rank(), "not 2: Mường Khương takes no rank");
        assertEquals(Ranking.of(SMALL, RankingOptions.defaults(), Disclosure.defaults()), r.ranking());
        assertEquals(95.0, r.unit("Mường Khương").index().value(), "the scorecard keeps every figure");
    }

    @Test
    void noneKeepsEveryCellAndTheRankingGiven() {
        Ranking ranking = Ranking.of(SMALL);
        ScoreResult r = new ScoreResult(SMALL, ranking, 205, 0, Map.of(), Disclosure.none());
        assertEquals(Map.of(), r.suppressed());
        assertSame(ranking, r.ranking());
    }

    @Test
    void aRankingThatSuppressesMoreThanTheRuleIsRefused() {
        Ranking strict = Ranking.of(SMALL, RankingOptions.defaults(), Disclosure.of(200));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScoreResult(SMALL, strict, 205, 0, Map.of(), Disclosure.defaults()));
        assertTrue(e.getMessage().contains("'Bát Xát'") && e.getMessage().contains("10"), e.getMessage());
        assertDoesNotThrow(() -> new ScoreResult(SMALL, strict, 205, 0, Map.of(), Disclosure.of(200)));
    }

    @Test
    void withDisclosureRanksAgainKeepingThePreviousPeriod() {
        ScoreResult r = new ScoreResult(SMALL, Ranking.of(SMALL).withPrevious(Map.of("Sa Pa", 2)), 205, 0);
        assertEquals(1, r.ranking().unit("Sa Pa").orElseThrow().rankChange());
        ScoreResult all = r.withDisclosure(Disclosure.none());
        assertEquals(Map.of(), all.suppressed());
        assertEquals(1, all.ranking().unit("Mường Khương").orElseThrow().rank());
        assertEquals(0, all.ranking().unit("Sa Pa").orElseThrow().rankChange());
        assertEquals(r, all.withDisclosure(Disclosure.defaults()));
        assertThrows(NullPointerException.class, () -> r.withDisclosure(null));
    }

    @Test
    void refusesANullRule() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new ScoreResult(CARD, RANKING, 0, 0, Map.of(), null));
        assertEquals("disclosure", e.getMessage());
    }
}
