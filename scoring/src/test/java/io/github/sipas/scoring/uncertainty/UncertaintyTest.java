package io.github.sipas.scoring.uncertainty;

import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.estimate.Scorecard;
import static io.github.sipas.scoring.uncertainty.UncertaintyFixtures.HIGH;
import static io.github.sipas.scoring.uncertainty.UncertaintyFixtures.LOW;
import static io.github.sipas.scoring.uncertainty.UncertaintyFixtures.MIDDLE;
import static io.github.sipas.scoring.uncertainty.UncertaintyFixtures.SMALL;
import static io.github.sipas.scoring.uncertainty.UncertaintyFixtures.sets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.core.Response;
import io.github.sipas.scoring.result.ScoreResult;

/**
 * What a result publishes beside its ranking: rank sets of the ranked units only, the tied groups, the changes
 * against a previous period, Fay–Herriot estimates, and the refusal of any figure of a suppressed cell. The expected
 * sets are worked out in {@link UncertaintyFixtures}.
 */
class UncertaintyTest {

    private static RankSet set(Uncertainty u, String unit) {
        return u.rankSet(unit).orElseThrow();
    }

    @Test
    void theFixturesStandardErrorsAreThoseOfAShare() {
        // every form answers all criteria alike, so the index is a share p of n = 40 forms, with the linearized
        // standard error √(p (1 − p) / (n − 1)) (svymean's, with n / (n − 1)), in points
        ScoreResult result = UncertaintyFixtures.separated();
        assertEquals(100 * Math.sqrt(0.9 * 0.1 / 39), result.unit(HIGH).index().se(), 1e-9);
        assertEquals(100 * Math.sqrt(0.5 * 0.5 / 39), result.unit(MIDDLE).index().se(), 1e-9);
    }

    @Test
    void wellSeparatedUnitsGetSingleRankSets() {
        ScoreResult result = UncertaintyFixtures.separated();
        Uncertainty u = sets().build(result.scorecard(), result.ranking());
        assertEquals(List.of(1, 1, 2, 2, 3, 3), List.of(set(u, HIGH).lower(), set(u, HIGH).upper(),
                set(u, MIDDLE).lower(), set(u, MIDDLE).upper(), set(u, LOW).lower(), set(u, LOW).upper()));
        assertEquals(List.of(HIGH), u.tiedWithLeader().orElseThrow().units());
        assertEquals(List.of(LOW), u.tiedWithLaggard().orElseThrow().units());
        assertEquals(List.of(HIGH), u.mayBeFirst().orElseThrow().units());
        assertEquals(List.of(LOW), u.mayBeLast().orElseThrow().units());
    }

    @Test
    void identicalUnitsGetTheFullRangeAndAreAllTied() {
        Uncertainty u = sets().build(scores(UncertaintyFixtures.identical()), ranks(UncertaintyFixtures.identical()));
        for (String unit : List.of("Một", "Hai", "Ba")) {
            assertEquals(1, set(u, unit).lower(), unit);
            assertEquals(3, set(u, unit).upper(), unit);
        }
        assertEquals(3, u.tiedWithLeader().orElseThrow().units().size());
        assertEquals(3, u.mayBeFirst().orElseThrow().units().size());
    }

    @Test
    void suppressedUnitsTakeNoPartAtAll() {
        ScoreResult result = UncertaintyFixtures.withSmallUnit();
        assertTrue(result.suppressed().containsKey(SMALL), "5 forms, below the default 10");
        assertEquals(List.of(HIGH, MIDDLE, LOW), result.estimates().stream().map(UnitEstimate::unit)
                .sorted(java.util.Comparator.comparing(List.of(HIGH, MIDDLE, LOW)::indexOf)).toList());
        Uncertainty u = sets().fayHerriot(FayHerriot.builder().build()).build(result.scorecard(), result.ranking());
        assertEquals(3, u.rankSets().orElseThrow().units().size());
        assertTrue(u.rankSet(SMALL).isEmpty());
        assertTrue(u.fayHerriot(SMALL).isEmpty(), "not in the Fay-Herriot fit either");
        // the small unit's 100 would be first; left out, the others keep [1, 1], [2, 2], [3, 3]
        assertEquals(1, set(u, HIGH).upper());
        assertEquals(3, set(u, LOW).lower());
    }

    @Test
    void aResultRefusesFiguresOfASuppressedCell() {
        ScoreResult result = UncertaintyFixtures.withSmallUnit();
        // computed with every cell published, the small unit is ranked and gets a set
        ScoreResult open = result.withDisclosure(Disclosure.none());
        Uncertainty leaking = sets().build(scores(open), ranks(open));
        assertTrue(leaking.rankSet(SMALL).isPresent());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> result.withUncertainty(leaking));
        assertTrue(e.getMessage().contains("'" + SMALL + "', which is suppressed"), e.getMessage());
    }

    @Test
    void aResultRefusesFiguresOfAnotherScorecard() {
        Uncertainty other = sets().build(scores(UncertaintyFixtures.identical()), ranks(UncertaintyFixtures.identical()));
        assertThrows(IllegalArgumentException.class, () -> UncertaintyFixtures.separated().withUncertainty(other));
    }

    @Test
    void withDisclosureDropsTheUncertaintyAndWithUncertaintyKeepsTheRest() {
        ScoreResult result = UncertaintyFixtures.separated();
        ScoreResult with = result.withUncertainty(sets());
        assertEquals(result.scorecard(), with.scorecard());
        assertEquals(result.ranking(), with.ranking());
        assertNull(with.withDisclosure(Disclosure.defaults()).uncertainty());
        assertNull(result.uncertainty());
        assertNull(with.withUncertainty((Uncertainty) null).uncertainty());
    }

    @Test
    void previousPeriodGivesChangeRangesAndIndexChanges() {
        ScoreResult before = UncertaintyFixtures.separatedBefore();
        ScoreResult now = UncertaintyFixtures.separated();
        Uncertainty u = sets().previous(before.estimates()).build(now.scorecard(), now.ranking());
        RankChange middle = u.rankChange(MIDDLE).orElseThrow();
        // second in both periods, pinned down in both: the change is 0 and its range [2 - 2, 2 - 2]
        assertEquals(0, middle.changeLower());
        assertEquals(0, middle.changeUpper());
        IndexDifference d = u.indexChange(MIDDLE).orElseThrow();
        // 20 of 40 forms now, 16 of 40 before: 50 - 40 = 10 points
        assertEquals(10.0, d.difference(), 1e-9);
        double se0 = before.unit(MIDDLE).index().se();
        double se1 = now.unit(MIDDLE).index().se();
        assertEquals(Math.sqrt(se0 * se0 + se1 * se1), d.se(), 1e-12, "independent samples");
        assertEquals(MIDDLE, d.first());
        // the two other units did not move: 90 and 10 in both periods
        assertEquals(0.0, u.indexChange(HIGH).orElseThrow().difference(), 1e-9);
        assertFalse(u.indexChange(HIGH).orElseThrow().isSignificant());
        assertEquals(0.95, d.level());
    }

    @Test
    void aPreviousPeriodNeedsRankSets() {
        ScoreResult before = UncertaintyFixtures.separatedBefore();
        Uncertainty.Builder b = Uncertainty.builder().previous(before.estimates());
        assertThrows(IllegalStateException.class, () -> b.build(scores(UncertaintyFixtures.separated()), ranks(UncertaintyFixtures.separated())));
    }

    @Test
    void nothingAskedGivesNothing() {
        Uncertainty u = Uncertainty.builder().build(scores(UncertaintyFixtures.separated()), ranks(UncertaintyFixtures.separated()));
        assertTrue(u.rankSets().isEmpty() && u.rankChanges().isEmpty() && u.fayHerriot().isEmpty());
        assertTrue(u.indexChanges().isEmpty() && u.tiedWithLeader().isEmpty() && u.mayBeFirst().isEmpty());
    }

    @Test
    void oneSidedSetsHaveNoTiedGroupsAndOneKindOfTauSet() {
        ScoreResult result = UncertaintyFixtures.identical();
        RankSetOptions o = RankSetOptions.defaults();
        Uncertainty lower = Uncertainty.builder().simultaneous(RankSetType.LOWER, o).build(result.scorecard(), result.ranking());
        assertTrue(lower.tiedWithLeader().isEmpty() && lower.tiedWithLaggard().isEmpty());
        assertTrue(lower.mayBeFirst().isPresent() && lower.mayBeLast().isEmpty());
        // a lower set bounds the best rank only: its upper end is the number of units
        lower.rankSets().orElseThrow().units().forEach(s -> assertEquals(3, s.upper()));
        Uncertainty upper = Uncertainty.builder().simultaneous(RankSetType.UPPER, o).build(result.scorecard(), result.ranking());
        assertTrue(upper.mayBeFirst().isEmpty() && upper.mayBeLast().isPresent());
        upper.rankSets().orElseThrow().units().forEach(s -> assertEquals(1, s.lower()));
    }

    @Test
    void marginalSetsHaveNeitherTiedGroupsNorTauSets() {
        Uncertainty u = Uncertainty.builder().marginal(RankSetType.TWO_SIDED, RankSetOptions.defaults())
                .build(scores(UncertaintyFixtures.separated()), ranks(UncertaintyFixtures.separated()));
        assertFalse(u.rankSets().orElseThrow().isSimultaneous());
        assertTrue(u.tiedWithLeader().isEmpty() && u.mayBeFirst().isEmpty() && u.mayBeLast().isEmpty());
        assertEquals(1, set(u, HIGH).upper(), "pinned down marginally too: 4.3 SEs apart");
    }

    @Test
    void theSameSeedGivesTheSameSets() {
        ScoreResult result = UncertaintyFixtures.identical();
        RankSetOptions o = RankSetOptions.builder().seed(7).build();
        RankSets a = Uncertainty.builder().simultaneous(RankSetType.TWO_SIDED, o).build(result.scorecard(), result.ranking()).rankSets()
                .orElseThrow();
        RankSets b = Uncertainty.builder().simultaneous(RankSetType.TWO_SIDED, o).build(result.scorecard(), result.ranking()).rankSets()
                .orElseThrow();
        assertEquals(a.units(), b.units());
        assertEquals(a.criticalValues(), b.criticalValues());
    }

    @Test
    void fayHerriotIsFittedOnEveryPublishedUnit() {
        ScoreResult result = UncertaintyFixtures.separated();
        Uncertainty u = Uncertainty.builder().fayHerriot(FayHerriot.builder().build()).build(result.scorecard(), result.ranking());
        FayHerriotFit fit = u.fayHerriot().orElseThrow();
        assertEquals(3, fit.areas());
        assertTrue(u.rankSets().isEmpty(), "Fay-Herriot alone asks for no rank set");
        SmallAreaEstimate high = u.fayHerriot(HIGH).orElseThrow();
        assertEquals(result.unit(HIGH).index().value(), high.direct(), 0.0, "beside the direct estimate");
    }

    @Test
    void fayHerriotNeedsTwoUnits() {
        List<io.github.sipas.core.Response> rows = new java.util.ArrayList<>();
        UncertaintyFixtures.unit(rows, HIGH, 36);
        ScoreResult one = UncertaintyFixtures.result(rows);
        Uncertainty.Builder b = Uncertainty.builder().fayHerriot(FayHerriot.builder().build());
        assertThrows(IllegalArgumentException.class, () -> b.build(scores(one), ranks(one)));
    }

    @Test
    void indexChangesAreKeyedByTheCurrentLabels() {
        ScoreResult now = UncertaintyFixtures.separated();
        Uncertainty u = sets().previous(UncertaintyFixtures.separatedBefore().estimates()).build(now.scorecard(), now.ranking());
        Map<String, IndexDifference> changes = u.indexChanges();
        assertEquals(3, changes.size());
        changes.forEach((label, d) -> assertEquals(label, d.first()));
        assertSame(changes.get(LOW), u.indexChange(LOW).orElseThrow());
        assertThrows(UnsupportedOperationException.class, () -> changes.remove(LOW));
    }

    private static Scorecard scores(ScoreResult result) {
        return result.scorecard();
    }

    private static Ranking ranks(ScoreResult result) {
        return result.ranking();
    }
}
