package io.github.sipas.scoring.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import io.github.sipas.scoring.disclose.Suppression;

/** The validation of a ranking entry: every combination the compact constructor rejects, and what it normalizes. */
class RankedUnitTest {

    private static final Set<RankingFlag> NONE = Set.of();

    private static RankedUnit ranked(Integer rank, Integer previous, Integer change) {
        return new RankedUnit("a", 40, 85.004, new BigDecimal("85.00"), rank, previous, change, Tier.HIGH, NONE, null);
    }

    @Test
    void aValidRankedEntryKeepsItsFields() {
        RankedUnit u = ranked(3, 5, 2);
        assertTrue(u.isRanked());
        assertEquals(2, u.rankChange());
        assertEquals(new BigDecimal("85.00"), u.rounded());
    }

    @Test
    void theRoundedValueIsStoredWithTwoDecimals() {
        RankedUnit u = new RankedUnit("a", 40, 85.0, new BigDecimal("85"), 1, null, null, Tier.HIGH, NONE, null);
        assertEquals(2, u.rounded().scale());
        assertEquals(new BigDecimal("85.00"), u.rounded());
    }

    @Test
    void aRoundedValueThatIsNotTheValueRoundedHalfUpIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RankedUnit("a", 40, 85.005, new BigDecimal("85.00"), 1, null, null, Tier.HIGH, NONE, null));
        assertTrue(e.getMessage().contains("85.01"), e.getMessage());
        assertThrows(NullPointerException.class,
                () -> new RankedUnit("a", 40, 85.0, null, 1, null, null, Tier.HIGH, NONE, null));
        assertThrows(IllegalArgumentException.class, () -> new RankedUnit("a", 40, Double.NaN, new BigDecimal("1.00"),
                null, null, null, null, NONE, "undefined"));
    }

    @Test
    void anUndefinedValueCannotBeRanked() {
        assertThrows(IllegalArgumentException.class,
                () -> new RankedUnit("a", 40, Double.NaN, null, 1, null, null, Tier.HIGH, NONE, null));
        RankedUnit u = new RankedUnit("a", 40, Double.NaN, null, null, 2, null, null, NONE, "no valid answer");
        assertEquals(2, u.previousRank());
    }

    @Test
    void ranksBelowOneAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ranked(0, null, null));
        assertThrows(IllegalArgumentException.class, () -> ranked(1, 0, 1));
    }

    @Test
    void aRankAndAReasonExcludeEachOther() {
        assertThrows(IllegalArgumentException.class, () -> new RankedUnit("a", 40, 85.0, new BigDecimal("85.00"), 1,
                null, null, Tier.HIGH, NONE, "why"));
        assertThrows(IllegalArgumentException.class, () -> new RankedUnit("a", 40, 85.0, new BigDecimal("85.00"),
                null, null, null, null, NONE, null));
        assertThrows(IllegalArgumentException.class, () -> new RankedUnit("a", 40, 85.0, new BigDecimal("85.00"),
                null, null, null, null, NONE, " "));
    }

    @Test
    void aTierGoesWithARank() {
        assertThrows(IllegalArgumentException.class, () -> new RankedUnit("a", 40, 85.0, new BigDecimal("85.00"), 1,
                null, null, null, NONE, null));
        assertThrows(IllegalArgumentException.class, () -> new RankedUnit("a", 40, 85.0, new BigDecimal("85.00"),
                null, null, null, Tier.LOW, NONE, "why"));
    }

    @Test
    void theRankChangeMustBePreviousMinusCurrent() {
        assertThrows(IllegalArgumentException.class, () -> ranked(3, 5, -2));
        assertThrows(IllegalArgumentException.class, () -> ranked(3, 5, null));
        assertThrows(IllegalArgumentException.class, () -> ranked(3, null, 0));
    }

    @Test
    void negativeRespondentsAndNullsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RankedUnit("a", -1, 85.0, new BigDecimal("85.00"), 1,
                null, null, Tier.HIGH, NONE, null));
        assertThrows(NullPointerException.class, () -> new RankedUnit(null, 1, 85.0, new BigDecimal("85.00"), 1,
                null, null, Tier.HIGH, NONE, null));
        assertThrows(NullPointerException.class, () -> new RankedUnit("a", 1, 85.0, new BigDecimal("85.00"), 1,
                null, null, Tier.HIGH, null, null));
        List<RankingFlag> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> new RankedUnit("a", 1, 85.0, new BigDecimal("85.00"), 1,
                null, null, Tier.HIGH, new java.util.HashSet<>(withNull), null));
    }

    @Test
    void theFlagsAreCopiedAndImmutable() {
        EnumSet<RankingFlag> flags = EnumSet.of(RankingFlag.FEW_RESPONDENTS);
        RankedUnit u = new RankedUnit("a", 1, 85.0, new BigDecimal("85.00"), 1, null, null, Tier.HIGH, flags, null);
        flags.clear();
        assertEquals(Set.of(RankingFlag.FEW_RESPONDENTS), u.flags());
        assertThrows(UnsupportedOperationException.class, () -> u.flags().clear());
    }

    @Test
    void withPreviousRankRecomputesTheChange() {
        RankedUnit u = ranked(3, null, null);
        assertEquals(-2, u.withPreviousRank(1).rankChange());
        assertEquals(7, u.withPreviousRank(10).rankChange());
        assertEquals(null, u.withPreviousRank(10).withPreviousRank(null).rankChange());
    }

    @Test
    void aSuppressedEntryCarriesNoFigureAndIsNotRanked() {
        RankedUnit u = new RankedUnit("a", 4, Double.NaN, null, null, 2, null, null, NONE, "suppressed: 4 respondents",
                Suppression.SMALL_CELL);
        assertTrue(u.isSuppressed());
        assertEquals(Suppression.SMALL_CELL, u.suppression());
        assertEquals(2, u.previousRank(), "the rank published in the previous period is kept");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RankedUnit("a", 4, 85.0,
                new BigDecimal("85.00"), null, null, null, null, NONE, "suppressed", Suppression.SMALL_CELL));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RankedUnit("a", 4, Double.NaN, null, 1, null, null,
                Tier.HIGH, NONE, null, Suppression.COMPLEMENTARY));
        assertThrows(IllegalArgumentException.class, () -> new RankedUnit("a", 4, Double.NaN, null, null, null, null,
                null, NONE, null, Suppression.SMALL_CELL), "a suppressed unit needs its reason");
    }

    @Test
    void theConstructorWithoutSuppressionPublishes() {
        RankedUnit u = ranked(1, null, null);
        assertNull(u.suppression());
        assertFalse(u.isSuppressed());
        assertEquals(u, new RankedUnit("a", 40, 85.004, new BigDecimal("85.00"), 1, null, null, Tier.HIGH, NONE, null,
                null));
    }

    @Test
    void withPreviousRankKeepsTheSuppression() {
        RankedUnit u = new RankedUnit("a", 4, Double.NaN, null, null, null, null, null, NONE, "suppressed",
                Suppression.COMPLEMENTARY);
        assertEquals(Suppression.COMPLEMENTARY, u.withPreviousRank(3).suppression());
        assertNull(u.withPreviousRank(3).rankChange());
    }
}
