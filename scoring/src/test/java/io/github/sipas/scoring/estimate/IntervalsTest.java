package io.github.sipas.scoring.estimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The limits of {@link Intervals}, here for {@link IntervalMethod#BETA} and its edge cases; the other methods are
 * checked against R through the scorer in {@code ScorerFixtureTest}. Proportions; tolerance 1e-12 unless said.
 */
class IntervalsTest {

    private static final double Z95 = 1.959963984540054;

    @Test
    void betaIsSvycipropBetaOnTheDesignEffectiveSize() {
        // R 4.2.2 survey 4.1.1: 1 satisfied of 30 forms, all valid, unweighted; svydesign(ids = ~1, weights = ~v),
        // svyciprop(~I(s == 1), d, method = "beta"): p = 1/30, SE = 1/30 (n.eff = 29), limits printed with %.17g.
        double[] ci = Intervals.item(IntervalMethod.BETA, 1.0 / 30, 1.0 / 30, 30, Z95, 0.95);
        assertEquals(0.00075605133734287172, ci[0], 1e-12);
        assertEquals(0.1758737671806303, ci[1], 1e-12);
    }

    @Test
    void betaOfTheJavadocExampleIsClopperPearsonOnNMinusOne() {
        // R 4.2.2 survey 4.1.1: 45 satisfied of 50, svyciprop(method = "beta", df = Inf) = [0.7803082742528693,
        // 0.96720758154623321], equal to qbeta(0.025, 45·49/50, 5·49/50 + 1) and qbeta(0.975, 45·49/50 + 1, 5·49/50).
        double[] ci = Intervals.item(IntervalMethod.BETA, 0.9, Math.sqrt(0.09 / 49), 50, Z95, 0.95);
        assertEquals(0.7803082742528693, ci[0], 1e-12);
        assertEquals(0.96720758154623321, ci[1], 1e-12);
    }

    @Test
    void betaAtPZeroIsClopperPearsonOnKishSize() {
        // R returns NaN here (n.eff = 0/0); sipas gives binom.test(0, 20)$conf.int = [0, 0.16843347098308536]
        // (R 4.2.2).
        double[] ci = Intervals.item(IntervalMethod.BETA, 0, 0, 20, Z95, 0.95);
        assertEquals(0, ci[0], 0);
        assertEquals(0.16843347098308536, ci[1], 1e-12);
    }

    @Test
    void betaAtPOneIsClopperPearsonOnKishSize() {
        // binom.test(20, 20, conf.level = 0.9)$conf.int = [0.86089165933173484, 1] (R 4.2.2).
        double[] ci = Intervals.item(IntervalMethod.BETA, 1, 0, 20, 1.6448536269514722, 0.9);
        assertEquals(0.86089165933173484, ci[0], 1e-12);
        assertEquals(1, ci[1], 0);
    }

    @Test
    void betaWithOneValidAnswerIsClopperPearsonOfOne() {
        // One valid answer, satisfied, its SE 0 (or undefined with one form): binom.test(1, 1)$conf.int = [0.025, 1].
        assertArrayEquals(new double[] {0.025, 1}, Intervals.item(IntervalMethod.BETA, 1, 0, 1, Z95, 0.95), 1e-12);
        assertArrayEquals(new double[] {0.025, 1},
                Intervals.item(IntervalMethod.BETA, 1, Double.NaN, 1, Z95, 0.95), 1e-12);
    }

    @Test
    void betaWithAZeroSeInsideTheRangeIsThePoint() {
        assertArrayEquals(new double[] {0.3, 0.3}, Intervals.item(IntervalMethod.BETA, 0.3, 0, 40, Z95, 0.95), 0);
        assertArrayEquals(new double[] {0.3, 0.3}, Intervals.item(IntervalMethod.BETA, 0.3, 1e-200, 40, Z95, 0.95),
                0);
    }

    @Test
    void betaIsUndefinedWhenTheSeOrTheIndexIs() {
        double[] noSe = Intervals.item(IntervalMethod.BETA, 0.3, Double.NaN, 40, Z95, 0.95);
        assertTrue(Double.isNaN(noSe[0]) && Double.isNaN(noSe[1]));
        double[] noP = Intervals.item(IntervalMethod.BETA, Double.NaN, Double.NaN, 0, Z95, 0.95);
        assertTrue(Double.isNaN(noP[0]) && Double.isNaN(noP[1]));
    }

    @Test
    void betaHoldsTheEstimateAndNarrowsWithALargerEffectiveSize() {
        double[] wide = Intervals.item(IntervalMethod.BETA, 0.8, 0.08, 25, Z95, 0.95);
        double[] narrow = Intervals.item(IntervalMethod.BETA, 0.8, 0.02, 25, Z95, 0.95);
        assertTrue(wide[0] < narrow[0] && narrow[0] < 0.8 && 0.8 < narrow[1] && narrow[1] < wide[1]);
    }

    @Test
    void compositeUnderBetaIsWald() {
        assertArrayEquals(Intervals.wald(0.7, 0.05, Z95), Intervals.composite(IntervalMethod.BETA, 0.7, 0.05, Z95), 0);
        assertArrayEquals(new double[] {0.7 - Z95 * 0.05, 0.7 + Z95 * 0.05},
                Intervals.composite(IntervalMethod.BETA, 0.7, 0.05, Z95), 1e-15);
    }
}
