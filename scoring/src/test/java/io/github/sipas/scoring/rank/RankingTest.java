package io.github.sipas.scoring.rank;

import static io.github.sipas.scoring.rank.RankingFixtures.card;
import static io.github.sipas.scoring.rank.RankingFixtures.cardOf;
import static io.github.sipas.scoring.rank.RankingFixtures.undefined;
import static io.github.sipas.scoring.rank.RankingFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.disclose.Suppression;
import io.github.sipas.scoring.estimate.UnitScore;

/** Hand-checked rankings: ties, rounding, previous periods, undefined and unreliable units, tiers. */
class RankingTest {

    private static final RankingOptions DENSE = RankingOptions.builder().method(RankingMethod.DENSE).build();

    private static List<String> labels(List<RankedUnit> units) {
        return units.stream().map(RankedUnit::label).toList();
    }

    private static List<Integer> ranks(List<RankedUnit> units) {
        return units.stream().map(RankedUnit::rank).toList();
    }

    private static RankedUnit get(Ranking r, String label) {
        return r.unit(label).orElseThrow();
    }

    /** A 90.00, B 85.004 → 85.00, C 85.00, D 85.005 → 85.01, E 70.5: B and C tie. */
    private static Scorecard ties() {
        return card(unit("A", 90.0), unit("B", 85.004), unit("C", 85.0), unit("D", 85.005), unit("E", 70.5));
    }

    // ---- rounding -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "85.005, 85.01", // the decimal 85.005 rounds half up
        "85.0049, 85.00",
        "85.004, 85.00",
        "84.995, 85.00",
        "1.005, 1.01", // Double.toString gives 1.005; new BigDecimal(1.005) would be 1.00499... and give 1.00
        "0.125, 0.13",
        "100.0, 100.00",
        "0.0, 0.00",
        "-0.004, 0.00"})
    void roundsTheDecimalOfDoubleToStringHalfUp(double value, String expected) {
        BigDecimal r = Ranking.round(value);
        assertEquals(new BigDecimal(expected), r);
        assertEquals(2, r.scale());
    }

    @Test
    void roundingRejectsValuesThatAreNotFinite() {
        assertThrows(IllegalArgumentException.class, () -> Ranking.round(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Ranking.round(Double.POSITIVE_INFINITY));
    }

    // ---- ties -----------------------------------------------------------------------------------------------------

    @Test
    void competitionTiesOnTheRoundedValueShareTheLowestRankAndSkip() {
        Ranking r = Ranking.of(ties());
        assertEquals(List.of("A", "D", "B", "C", "E"), labels(r.units()));
        assertEquals(Arrays.asList(1, 2, 3, 3, 5), ranks(r.units()));
        assertEquals(new BigDecimal("85.01"), get(r, "D").rounded());
        assertEquals(new BigDecimal("85.00"), get(r, "B").rounded());
        assertEquals(85.004, get(r, "B").value()); // full precision kept
        assertEquals(RankingMethod.COMPETITION, r.options().method());
    }

    @Test
    void denseTiesShareTheLowestRankWithoutGaps() {
        Ranking r = Ranking.of(ties(), DENSE);
        assertEquals(List.of("A", "D", "B", "C", "E"), labels(r.units()));
        assertEquals(Arrays.asList(1, 2, 3, 3, 4), ranks(r.units()));
    }

    @Test
    void valuesJustEitherSideOfTheRoundingBoundaryDoNotTie() {
        Ranking r = Ranking.of(card(unit("low", 85.0049), unit("up", 85.005)));
        assertEquals(1, get(r, "up").rank());
        assertEquals(2, get(r, "low").rank());
    }

    @Test
    void valuesThatDifferOnlyBeyondTwoDecimalsTieWhoeverIsHigher() {
        Ranking r = Ranking.of(card(unit("x", 85.004), unit("y", 85.0)));
        assertEquals(1, get(r, "x").rank());
        assertEquals(1, get(r, "y").rank());
        assertEquals(List.of("x", "y"), labels(r.units())); // by label within a tie
    }

    @Test
    void aTieAtTheTopSkipsToTheThirdRank() {
        Ranking r = Ranking.of(cardOf(90.001, 89.999, 80.0));
        assertEquals(Arrays.asList(1, 1, 3), ranks(r.units()));
        assertEquals(Arrays.asList(1, 1, 2), ranks(Ranking.of(cardOf(90.001, 89.999, 80.0), DENSE).units()));
    }

    // ---- previous period ------------------------------------------------------------------------------------------

    /** Current: A 90 (1), B 80 (2), C 70 (3), D 60 (4, new). Previous: B 1, A 2, C 3, E 4 (gone). */
    private static Scorecard current() {
        return card(unit("A", 90.0), unit("B", 80.0), unit("C", 70.0), unit("D", 60.0));
    }

    private static Scorecard previous() {
        return card(unit("B", 91.0), unit("A", 85.0), unit("C", 72.0), unit("E", 50.0));
    }

    private static void assertChanges(Ranking r) {
        RankedUnit a = get(r, "A");
        assertEquals(2, a.previousRank());
        assertEquals(1, a.rankChange()); // climbed one place
        RankedUnit b = get(r, "B");
        assertEquals(1, b.previousRank());
        assertEquals(-1, b.rankChange()); // fell one place
        RankedUnit c = get(r, "C");
        assertEquals(3, c.previousRank());
        assertEquals(0, c.rankChange());
        RankedUnit d = get(r, "D");
        assertNull(d.previousRank()); // new unit
        assertNull(d.rankChange());
        assertTrue(r.unit("E").isEmpty()); // gone
        assertEquals(List.of("E"), r.previousOnly());
        assertEquals(List.of("A", "B", "C", "D"), labels(r.units()));
    }

    @Test
    void rankChangeIsPreviousMinusCurrentFromAPreviousRanking() {
        Ranking prev = Ranking.of(previous());
        assertEquals(Map.of("B", 1, "A", 2, "C", 3, "E", 4), prev.ranks());
        assertChanges(Ranking.of(current()).withPrevious(prev));
    }

    @Test
    void rankChangeIsPreviousMinusCurrentFromSavedRanks() {
        Ranking r = Ranking.of(current()).withPrevious(Map.of("B", 1, "A", 2, "C", 3, "E", 4));
        assertChanges(r);
        assertEquals(Map.of("B", 1, "A", 2, "C", 3, "E", 4), r.previousRanks());
    }

    @Test
    void bothFormsOfThePreviousPeriodGiveEqualRankings() {
        Ranking prev = Ranking.of(previous());
        assertEquals(Ranking.of(current()).withPrevious(prev), Ranking.of(current()).withPrevious(prev.ranks()));
    }

    @Test
    void withoutAPreviousPeriodNoUnitHasAChange() {
        Ranking r = Ranking.of(current());
        for (RankedUnit u : r.units()) {
            assertNull(u.previousRank());
            assertNull(u.rankChange());
        }
        assertTrue(r.previousRanks().isEmpty());
        assertTrue(r.previousOnly().isEmpty());
    }

    @Test
    void aLargeClimbIsPositive() {
        Map<String, Integer> saved = new HashMap<>();
        saved.put("A", 44);
        Ranking r = Ranking.of(current()).withPrevious(saved);
        assertEquals(43, get(r, "A").rankChange()); // "tăng 43 bậc"
    }

    @Test
    void unitsUnrankedInEitherPeriodHaveNoChange() {
        Map<String, Integer> saved = new HashMap<>();
        saved.put("A", null); // listed but not ranked then
        saved.put("X", 2);
        Ranking r = Ranking.of(card(unit("A", 90.0), undefined("X", 40, "no valid answer"))).withPrevious(saved);
        RankedUnit a = get(r, "A");
        assertNull(a.previousRank());
        assertNull(a.rankChange());
        RankedUnit x = get(r, "X");
        assertEquals(2, x.previousRank()); // kept for the table, but no change
        assertNull(x.rank());
        assertNull(x.rankChange());
        assertEquals(Map.of("X", 2), r.previousRanks());
    }

    @Test
    void withPreviousReplacesAnEarlierPreviousPeriod() {
        Ranking once = Ranking.of(current()).withPrevious(Map.of("A", 4));
        Ranking twice = once.withPrevious(Map.of("B", 1));
        assertNull(get(twice, "A").previousRank());
        assertEquals(-1, get(twice, "B").rankChange());
        assertEquals(Ranking.of(current()), once.withPrevious(Map.of()));
    }

    @Test
    void previousRankingWithAnotherMethodIsRejected() {
        Ranking prev = Ranking.of(previous(), DENSE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ranking.of(current()).withPrevious(prev));
        assertTrue(e.getMessage().contains("DENSE"), e.getMessage());
    }

    @Test
    void previousRanksBelowOneAreRejected() {
        Ranking r = Ranking.of(current());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> r.withPrevious(Map.of("A", 0)));
        assertTrue(e.getMessage().contains("'A'") && e.getMessage().contains("0"), e.getMessage());
    }

    // ---- undefined units ------------------------------------------------------------------------------------------

    @Test
    void undefinedUnitsAreListedLastWithTheReasonAndTakeNoRank() {
        Ranking r = Ranking.of(card(undefined("Z-undef", 50, "element B has no valid answer"), unit("b", 70.0),
                undefined("A-undef", 50, null), unit("a", 80.0)));
        assertEquals(List.of("a", "b", "A-undef", "Z-undef"), labels(r.units()));
        assertEquals(Arrays.asList(1, 2, null, null), ranks(r.units()));
        RankedUnit z = get(r, "Z-undef");
        assertFalse(z.isRanked());
        assertEquals("element B has no valid answer", z.reason());
        assertTrue(Double.isNaN(z.value()));
        assertNull(z.rounded());
        assertNull(z.tier());
        assertEquals("the overall index is undefined", get(r, "A-undef").reason());
        assertEquals(List.of("a", "b"), labels(r.ranked()));
        assertEquals(List.of("A-undef", "Z-undef"), labels(r.unranked()));
        assertEquals(Map.of("a", 1, "b", 2), r.ranks());
    }

    @Test
    void anInfiniteIndexIsNotRanked() {
        UnitScore inf = new UnitScore("inf", null, 50, new Estimate(Double.POSITIVE_INFINITY, 0, 0, 0), null,
                List.of(), List.of());
        Ranking r = Ranking.of(card(inf, unit("a", 80.0)));
        assertFalse(get(r, "inf").isRanked());
        assertTrue(get(r, "inf").reason().contains("Infinity"));
        assertEquals(1, get(r, "a").rank());
    }

    @Test
    void noRankableUnitGivesNoRanksAndNoCuts() {
        Ranking empty = Ranking.of(card());
        assertTrue(empty.units().isEmpty());
        assertTrue(empty.tierCuts().isEmpty());
        Ranking none = Ranking.of(card(undefined("a", 10, "x"), undefined("b", 10, "y")));
        assertTrue(none.ranked().isEmpty());
        assertEquals(2, none.unranked().size());
        assertTrue(none.tierCuts().isEmpty());
        assertTrue(none.top(3).isEmpty());
        assertTrue(none.bottom(3).isEmpty());
    }

    // ---- reliability ----------------------------------------------------------------------------------------------

    @Test
    void unitsBelowTheDefaultThresholdOfThirtyAreFlaggedButRanked() {
        Ranking r = Ranking.of(card(unit("n29", 90.0, 29), unit("n30", 80.0, 30), unit("n0", 70.0, 0)));
        assertEquals(Set.of(RankingFlag.FEW_RESPONDENTS), get(r, "n29").flags());
        assertEquals(Set.of(), get(r, "n30").flags());
        assertEquals(Set.of(RankingFlag.FEW_RESPONDENTS), get(r, "n0").flags());
        assertEquals(Arrays.asList(1, 2, 3), ranks(r.units()));
    }

    @Test
    void theThresholdIsConfigurableAndZeroFlagsNone() {
        Scorecard c = card(unit("n49", 90.0, 49), unit("n50", 80.0, 50), unit("n0", 70.0, 0));
        Ranking fifty = Ranking.of(c, RankingOptions.builder().reliabilityThreshold(50).build());
        assertTrue(get(fifty, "n49").flags().contains(RankingFlag.FEW_RESPONDENTS));
        assertFalse(get(fifty, "n50").flags().contains(RankingFlag.FEW_RESPONDENTS));
        Ranking zero = Ranking.of(c, RankingOptions.builder().reliabilityThreshold(0).build());
        zero.units().forEach(u -> assertTrue(u.flags().isEmpty(), u.label()));
    }

    @Test
    void excludedUnitsAreListedUnrankedWithTheReasonAndTakeNoPlace() {
        RankingOptions exclude = RankingOptions.builder().excludeUnreliable(true).build();
        Ranking r = Ranking.of(card(unit("few", 95.0, 12), unit("a", 90.0, 30), unit("b", 80.0, 300),
                undefined("undef", 5, "no answers")), exclude);
        assertEquals(List.of("a", "b", "few", "undef"), labels(r.units()));
        assertEquals(Arrays.asList(1, 2, null, null), ranks(r.units()));
        RankedUnit few = get(r, "few");
        assertEquals("12 respondents, fewer than the reliability threshold of 30", few.reason());
        assertEquals(Set.of(RankingFlag.FEW_RESPONDENTS), few.flags());
        assertEquals(new BigDecimal("95.00"), few.rounded()); // the value is still shown
        assertNull(few.tier());
        RankedUnit undef = get(r, "undef");
        assertEquals("no answers", undef.reason()); // undefined wins over few respondents as the reason
        assertEquals(Set.of(RankingFlag.FEW_RESPONDENTS), undef.flags());
        // The excluded unit does not enter the tier cuts: two units 80 and 90 (R 4.2.2: 82.5, 85.0, 87.5).
        assertEquals(new TierCuts(new BigDecimal("82.5"), new BigDecimal("85"), new BigDecimal("87.5")),
                r.tierCuts().orElseThrow());
    }

    @Test
    void duplicateLabelsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ranking.of(card(unit("a", 1.0), unit("a", 2.0))));
        assertTrue(e.getMessage().contains("'a'"), e.getMessage());
    }

    @Test
    void groupLabelsAreUsed() {
        UnitScore g = new UnitScore("Sa Pa", "nữ", 40, new Estimate(80.0, 1, 78, 82), null, List.of(), List.of());
        Ranking r = Ranking.of(card(g));
        assertEquals("Sa Pa / nữ", r.units().get(0).label());
        assertEquals(40, r.units().get(0).respondents());
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThrows(NullPointerException.class, () -> Ranking.of(null));
        assertThrows(NullPointerException.class, () -> Ranking.of(card(), null));
        assertThrows(NullPointerException.class, () -> Ranking.of(card()).withPrevious((Ranking) null));
        assertThrows(NullPointerException.class, () -> Ranking.of(card()).withPrevious((Map<String, Integer>) null));
    }

    // ---- tiers ----------------------------------------------------------------------------------------------------

    private static Map<Tier, Integer> tierCounts(Ranking r) {
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            counts.put(t, 0);
        }
        r.ranked().forEach(u -> counts.merge(u.tier(), 1, Integer::sum));
        return counts;
    }

    @Test
    void oneUnitIsHigh() {
        Ranking r = Ranking.of(cardOf(42.0));
        assertEquals(Tier.HIGH, r.units().get(0).tier());
        TierCuts c = r.tierCuts().orElseThrow();
        assertEquals(new BigDecimal("42.00"), c.q1());
        assertEquals(c.q1(), c.q3());
    }

    @Test
    void fourDistinctUnitsFallOneInEachTier() {
        // Type 7 by hand: sorted 70, 80, 85, 90; Q1 = 70 + 0.75·10 = 77.5, Q2 = 80 + 0.5·5 = 82.5, Q3 = 85 + 0.25·5
        // = 86.25; R 4.2.2's quantile() agrees.
        Ranking r = Ranking.of(cardOf(85.0, 70.0, 90.0, 80.0));
        assertEquals(new TierCuts(new BigDecimal("77.5"), new BigDecimal("82.5"), new BigDecimal("86.25")),
                r.tierCuts().orElseThrow());
        assertEquals(Tier.HIGH, get(r, "u02").tier());
        assertEquals(Tier.HIGH_AVERAGE, get(r, "u00").tier());
        assertEquals(Tier.LOW_AVERAGE, get(r, "u03").tier());
        assertEquals(Tier.LOW, get(r, "u01").tier());
    }

    @Test
    void nineUnitsSplitThreeTwoTwoTwo() {
        // Type 7: positions (m − 1)p = 2, 4, 6 fall on values, which belong to the tier above.
        Ranking r = Ranking.of(cardOf(10, 20, 30, 40, 50, 60, 70, 80, 90));
        assertEquals(new TierCuts(new BigDecimal("30"), new BigDecimal("50"), new BigDecimal("70")),
                r.tierCuts().orElseThrow());
        assertEquals(Map.of(Tier.HIGH, 3, Tier.HIGH_AVERAGE, 2, Tier.LOW_AVERAGE, 2, Tier.LOW, 2), tierCounts(r));
        assertEquals(Tier.HIGH, get(r, "u06").tier()); // 70 = Q3
        assertEquals(Tier.HIGH_AVERAGE, get(r, "u05").tier());
        assertEquals(Tier.HIGH_AVERAGE, get(r, "u04").tier()); // 50 = Q2
        assertEquals(Tier.LOW_AVERAGE, get(r, "u02").tier()); // 30 = Q1
        assertEquals(Tier.LOW, get(r, "u01").tier());
    }

    @Test
    void sixtyThreeProvincesSplitSixteenSixteenFifteenSixteen() {
        // x_i = 50 + 0.5 i, i = 0..62. Type 7 by hand: 0-based positions 15.5, 31, 46.5 give Q1 = 57.5 + 0.25 = 57.75,
        // Q2 = 65.5, Q3 = 73 + 0.25 = 73.25; R 4.2.2: quantile(50 + 0.5 * (0:62), c(.25, .5, .75)) agrees.
        double[] values = new double[63];
        for (int i = 0; i < 63; i++) {
            values[62 - i] = 50 + 0.5 * i; // input in descending order: order does not matter
        }
        Ranking r = Ranking.of(cardOf(values));
        assertEquals(new TierCuts(new BigDecimal("57.75"), new BigDecimal("65.5"), new BigDecimal("73.25")),
                r.tierCuts().orElseThrow());
        assertEquals(Map.of(Tier.HIGH, 16, Tier.HIGH_AVERAGE, 16, Tier.LOW_AVERAGE, 15, Tier.LOW, 16),
                tierCounts(r));
        List<RankedUnit> ranked = r.ranked();
        assertEquals(Tier.HIGH, ranked.get(15).tier()); // 73.5
        assertEquals(Tier.HIGH_AVERAGE, ranked.get(16).tier()); // 73.0
        assertEquals(Tier.HIGH_AVERAGE, ranked.get(31).tier()); // 65.5 = Q2
        assertEquals(Tier.LOW_AVERAGE, ranked.get(32).tier()); // 65.0
        assertEquals(Tier.LOW_AVERAGE, ranked.get(46).tier()); // 58.0
        assertEquals(Tier.LOW, ranked.get(47).tier()); // 57.5
    }

    @Test
    void allEqualValuesAreAllHighAndAllFirst() {
        Ranking r = Ranking.of(cardOf(80.001, 80.0, 79.999, 80.004, 79.995));
        r.units().forEach(u -> assertEquals(Tier.HIGH, u.tier(), u.label()));
        r.units().forEach(u -> assertEquals(1, u.rank(), u.label()));
    }

    @Test
    void tiesAtACutPointShareTheTierAbove() {
        // 70, 80, 80, 80, 90: Q1 = Q2 = Q3 = 80, so the three 80s and the 90 are HIGH.
        Ranking r = Ranking.of(cardOf(70, 80, 80, 80, 90));
        assertEquals(List.of(Tier.HIGH, Tier.HIGH, Tier.HIGH, Tier.HIGH, Tier.LOW),
                r.units().stream().map(RankedUnit::tier).toList());
    }

    @Test
    void tiersUseTheRoundedValues() {
        // Rounded: 70.00, 80.00, 80.00, 90.00 — 79.996 and 80.004 tie and share a tier.
        Ranking r = Ranking.of(cardOf(70, 79.996, 80.004, 90));
        assertEquals(get(r, "u01").tier(), get(r, "u02").tier());
    }

    // ---- lists ----------------------------------------------------------------------------------------------------

    @Test
    void topAndBottomIncludeEveryUnitTiedAtTheBoundary() {
        // Ranks 1, 2, 2, 4, 5, 5.
        Ranking r = Ranking.of(cardOf(90, 85, 85, 80, 70, 70));
        assertEquals(List.of("u00"), labels(r.top(1)));
        assertEquals(List.of("u00", "u01", "u02"), labels(r.top(2)));
        assertEquals(List.of("u00", "u01", "u02"), labels(r.top(3)));
        assertEquals(6, r.top(10).size());
        assertTrue(r.top(0).isEmpty());
        assertEquals(List.of("u04", "u05"), labels(r.bottom(1)));
        assertEquals(List.of("u04", "u05"), labels(r.bottom(2)));
        assertEquals(List.of("u03", "u04", "u05"), labels(r.bottom(3)));
        assertEquals(6, r.bottom(6).size());
        assertTrue(r.bottom(0).isEmpty());
        // Dense ranks do not change who is in the top: still at most n units strictly above.
        assertEquals(List.of("u00", "u01", "u02"), labels(Ranking.of(cardOf(90, 85, 85, 80, 70, 70), DENSE).top(3)));
        assertThrows(IllegalArgumentException.class, () -> r.top(-1));
        assertThrows(IllegalArgumentException.class, () -> r.bottom(-1));
    }

    @Test
    void theResultIsImmutable() {
        Ranking r = Ranking.of(ties());
        assertThrows(UnsupportedOperationException.class, () -> r.units().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.ranked().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.ranks().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.bottom(1).clear());
        assertThrows(UnsupportedOperationException.class,
                () -> r.units().get(0).flags().add(RankingFlag.FEW_RESPONDENTS));
        List<String> order = new ArrayList<>(r.ranks().keySet());
        assertEquals(List.of("A", "D", "B", "C", "E"), order);
    }

    @Test
    void equalInputsGiveEqualRankings() {
        assertEquals(Ranking.of(ties()), Ranking.of(ties()));
        assertEquals(Ranking.of(ties()).hashCode(), Ranking.of(ties()).hashCode());
        assertFalse(Ranking.of(ties()).equals(Ranking.of(ties(), DENSE)));
        assertEquals("Ranking[survey=sipas-2017, method=COMPETITION, ranked=5, unranked=0]",
                Ranking.of(ties()).toString());
        assertEquals("sipas-2017", Ranking.of(ties()).survey());
    }

    // ---------------------------------------------------------------- disclosure

    /** A (90, 100 forms), B (85, 5 forms), C (80, 100 forms), D (70, 100 forms), E (60, 100 forms). */
    private static Scorecard withSmallUnit() {
        return card(unit("A", 90), unit("B", 85, 5), unit("C", 80), unit("D", 70), unit("E", 60));
    }

    @Test
    void aSuppressedUnitTakesNoRankAndCarriesNoFigure() {
        Ranking r = Ranking.of(withSmallUnit(), RankingOptions.defaults(), Disclosure.defaults());
        assertEquals(List.of("A", "C", "D", "E", "B"), labels(r.units()));
        assertEquals(Arrays.asList(1, 2, 3, 4, null), ranks(r.units()), "C is second, not third: no gap for B");
        RankedUnit b = get(r, "B");
        assertTrue(b.isSuppressed());
        assertEquals(Suppression.SMALL_CELL, b.suppression());
        assertTrue(Double.isNaN(b.value()));
        assertNull(b.rounded());
        assertNull(b.tier());
        assertEquals(5, b.respondents(), "the number of forms is published");
        assertEquals(Set.of(RankingFlag.FEW_RESPONDENTS), b.flags());
        assertEquals("suppressed: 5 respondents, fewer than the 10 needed to publish a figure", b.reason());
        assertEquals(List.of(b), r.suppressed());
        assertTrue(r.unranked().contains(b));
        assertFalse(r.ranks().containsKey("B"));
    }

    @Test
    void tiersOfASuppressingRankingAreThoseOfThePublishedUnitsAlone() {
        Ranking r = Ranking.of(withSmallUnit(), RankingOptions.defaults(), Disclosure.defaults());
        Ranking without = Ranking.of(card(unit("A", 90), unit("C", 80), unit("D", 70), unit("E", 60)));
        assertEquals(without.tierCuts(), r.tierCuts());
        for (RankedUnit u : without.units()) {
            assertEquals(u, get(r, u.label()));
        }
    }

    @Test
    void theChangeOfRankIsAmongThePublishedUnitsAndASuppressedUnitKeepsItsPreviousRank() {
        Ranking r = Ranking.of(withSmallUnit(), RankingOptions.defaults(), Disclosure.defaults())
                .withPrevious(Map.of("A", 1, "B", 2, "C", 3));
        assertEquals(1, get(r, "C").rankChange(), "third then, second now");
        assertEquals(2, get(r, "B").previousRank());
        assertNull(get(r, "B").rankChange());
    }

    @Test
    void suppressingAfterThePreviousPeriodKeepsIt() {
        Ranking before = Ranking.of(withSmallUnit()).withPrevious(Map.of("C", 3));
        Ranking r = before.withSuppressed(Map.of("B", Suppression.SMALL_CELL), Disclosure.defaults());
        assertEquals(Map.of("C", 3), r.previousRanks());
        assertEquals(1, get(r, "C").rankChange());
        assertEquals(r, Ranking.of(withSmallUnit(), RankingOptions.defaults(), Disclosure.defaults())
                .withPrevious(Map.of("C", 3)));
    }

    @Test
    void withoutSuppressedCellsTheRankingIsTheSame() {
        Scorecard c = withSmallUnit();
        assertEquals(Ranking.of(c), Ranking.of(c, RankingOptions.defaults(), Disclosure.none()));
        assertEquals(Ranking.of(c), Ranking.of(c, RankingOptions.defaults(), Disclosure.of(5)));
        assertEquals(List.of(), Ranking.of(c).suppressed());
        Ranking r = Ranking.of(c);
        assertTrue(r == r.withSuppressed(Map.of(), Disclosure.defaults()));
    }

    @Test
    void anUnrankedUnitThatIsSuppressedLosesItsValueToo() {
        RankingOptions exclude = RankingOptions.builder().excludeUnreliable(true).build();
        Ranking r = Ranking.of(withSmallUnit(), exclude, Disclosure.defaults());
        assertTrue(get(r, "B").isSuppressed());
        assertTrue(Double.isNaN(get(r, "B").value()));
        Ranking undefinedSmall = Ranking.of(card(unit("A", 90), undefined("U", 3, "no valid answer")),
                RankingOptions.defaults(), Disclosure.defaults());
        assertTrue(get(undefinedSmall, "U").reason().startsWith("suppressed"));
    }

    @Test
    void aSuppressingRankingRefusesNulls() {
        assertThrows(NullPointerException.class, () -> Ranking.of(withSmallUnit(), RankingOptions.defaults(), null));
        assertThrows(NullPointerException.class, () -> Ranking.of(null, RankingOptions.defaults(),
                Disclosure.defaults()));
    }
}
