package io.github.sipas.scoring.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The item score's checks, and the constructor of 0.1 kept for scores built by hand (found by review). */
class ItemScoreTest {

    private static final Estimate E = new Estimate(75, 5, 65, 85);

    @Test
    void theConstructorWithoutSharesGivesTheSharesOfTheCounts() {
        ItemScore s = new ItemScore("A1", 8, 6, 1, 1, 0, E, 1, 8, 4, 1, 4, List.of(0L, 1L, 1L, 2L, 4L));
        assertEquals(List.of(0.0, 12.5, 12.5, 25.0, 50.0), s.shares());
        assertEquals(8.0, s.poolingWeight(), "the valid answers' count: only ratios between units matter");
        ItemScore none = new ItemScore("A1", 0, 0, 3, 0, 0, E, 1, 0, Double.NaN, Double.NaN, Double.NaN,
                List.of(0L, 0L, 0L, 0L, 0L));
        assertTrue(none.shares().stream().allMatch(x -> x.isNaN()), none.shares().toString());
    }

    @Test
    void sharesOfAnotherSizeThanTheCountsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ItemScore("A1", 8, 6, 1, 1,
                0, E, 1, 8, 4, 1, 4, List.of(0L, 1L, 1L, 2L, 4L), List.of(100.0), 1));
        assertEquals("shares must have one element per count (5), not 1", e.getMessage());
        assertThrows(NullPointerException.class, () -> new ItemScore(null, 8, 6, 1, 1, 0, E, 1, 8, 4, 1, 4,
                List.of(0L), List.of(0.0), 1));
    }
}
