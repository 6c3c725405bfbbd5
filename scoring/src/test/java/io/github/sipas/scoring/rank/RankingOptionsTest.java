package io.github.sipas.scoring.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Defaults, builder and validation of the ranking options. */
class RankingOptionsTest {

    @Test
    void defaultsAreCompetitionThirtyAndRankTheUnreliable() {
        RankingOptions d = RankingOptions.defaults();
        assertEquals(RankingMethod.COMPETITION, d.method());
        assertEquals(30, d.reliabilityThreshold());
        assertFalse(d.excludeUnreliable());
        assertEquals(d, RankingOptions.builder().build());
    }

    @Test
    void theBuilderSetsEveryOption() {
        RankingOptions o = RankingOptions.builder().method(RankingMethod.DENSE).reliabilityThreshold(50)
                .excludeUnreliable(true).build();
        assertEquals(new RankingOptions(RankingMethod.DENSE, 50, true), o);
        assertTrue(o.excludeUnreliable());
    }

    @Test
    void aNegativeThresholdOrANullMethodIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RankingOptions.builder().reliabilityThreshold(-1));
        assertTrue(e.getMessage().contains("reliabilityThreshold") && e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RankingOptions(RankingMethod.DENSE, -5, false));
        assertThrows(NullPointerException.class, () -> RankingOptions.builder().method(null));
        assertThrows(NullPointerException.class, () -> new RankingOptions(null, 30, false));
    }
}
