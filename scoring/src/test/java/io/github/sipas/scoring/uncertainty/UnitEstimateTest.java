package io.github.sipas.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Aggregation;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.estimate.IntervalMethod;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.UnitScore;

/**
 * Tests {@link UnitEstimate}: {@link UnitEstimate#of(Scorecard)}, the floor of the standard error and exact estimates;
 * the constructor's other checks are in {@link RankSetsTest}.
 */
class UnitEstimateTest {

    static UnitScore unit(String unit, String group, Estimate index) {
        return new UnitScore(unit, group, 40, index, index.isDefined() ? null : "no valid answer", List.of(),
                List.of());
    }

    @Test
    void takesTheDefinedIndicesOfAScorecardInItsOrderWithTheirForms() {
        Scorecard card = new Scorecard("sipas-2017", 0.95, IntervalMethod.WILSON, Aggregation.MEAN_OF_ELEMENTS,
                List.of(unit("Bát Xát", null, new Estimate(91.2, 1.1, 89, 93.4)),
                        unit("Mường Khương", null, Estimate.UNDEFINED),
                        unit("Sa Pa", "Nữ", new Estimate(88.05, 1.42, 85.3, 90.8)),
                        unit("Si Ma Cai", null, new Estimate(80, Double.NaN, Double.NaN, Double.NaN)),
                        new UnitScore("Văn Bàn", null, 18, new Estimate(100, 0, 100, 100), null, List.of(),
                                List.of())));
        assertEquals(List.of(new UnitEstimate("Bát Xát", 91.2, 1.1, 40),
                new UnitEstimate("Sa Pa / Nữ", 88.05, 1.42, 40), new UnitEstimate("Văn Bàn", 100, 0, 18)),
                UnitEstimate.of(card));
    }

    @Test
    void floorIsTheLeastStandardDeviationOfTheJeffreysPosterior() {
        // R 4.2.2: n <- c(1, 18, 100, 350, 2000); 100*sqrt((n+.5)*.5/((n+1)^2*(n+2))), and the same as the standard
        // deviation of qbeta's Beta(n + 1/2, 1/2): sqrt(a*b/((a+b)^2*(a+b+1))).
        long[] n = {1, 18, 100, 350, 2000};
        double[] expected = {25, 3.5793343444040642, 0.6949388214200188, 0.2010252288125046, 0.0353244293556217};
        for (int i = 0; i < n.length; i++) {
            assertEquals(expected[i], UnitEstimate.floorSe(n[i]), 1e-14 * expected[i], "n = " + n[i]);
            // The least over every count x of n of the Beta(x + 1/2, n - x + 1/2) standard deviation.
            double least = Double.POSITIVE_INFINITY;
            for (long x = 0; x <= n[i]; x++) {
                double a = x + 0.5;
                double b = n[i] - x + 0.5;
                least = Math.min(least, 100 * Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1))));
            }
            assertEquals(least, UnitEstimate.floorSe(n[i]), 1e-12, "n = " + n[i]);
        }
        assertThrows(IllegalArgumentException.class, () -> UnitEstimate.floorSe(0));
    }

    @Test
    void inferenceSeIsTheStandardErrorWithItsFloor() {
        assertEquals(UnitEstimate.floorSe(18), new UnitEstimate("A", 100, 0, 18).inferenceSe(), 0);
        assertEquals(UnitEstimate.floorSe(18), new UnitEstimate("A", 99.5, 0.4, 18).inferenceSe(), 0);
        assertEquals(1.1, new UnitEstimate("A", 91.2, 1.1, 400).inferenceSe(), 0);
        // Away from 100 the floor binds only for a small unit with a small SE for its size: 1.1 points from 40 forms.
        assertEquals(UnitEstimate.floorSe(40), new UnitEstimate("A", 91.2, 1.1, 40).inferenceSe(), 0);
        assertEquals(1.6935733532424724, UnitEstimate.floorSe(40), 1e-12);
        assertEquals(0.05, new UnitEstimate("A", 99.9, 0.05).inferenceSe(), 0, "no forms, no floor");
        UnitEstimate exact = UnitEstimate.exact("Target", 90);
        assertEquals(new UnitEstimate("Target", 90, 0, 0, true), exact);
        assertTrue(exact.exact());
        assertEquals(0, exact.inferenceSe(), 0);
        assertFalse(new UnitEstimate("A", 100, 0, 18).exact());
        // The direct estimate is kept as given.
        assertEquals(0, new UnitEstimate("A", 100, 0, 18).se(), 0);
    }

    @Test
    void zeroStandardErrorNeedsItsFormsOrToBeDeclaredExact() {
        assertEquals("se of 'A' is 0 but its number of forms is not known: give the forms (an SE of 0 from a sample"
                + " gets a floor from them) or use UnitEstimate.exact for a value known without error",
                assertThrows(IllegalArgumentException.class, () -> new UnitEstimate("A", 100, 0)).getMessage());
        assertEquals("se of exact 'A' must be 0, not 1.0",
                assertThrows(IllegalArgumentException.class, () -> new UnitEstimate("A", 90, 1, 0, true))
                        .getMessage());
        assertEquals("forms of 'A' must be at least 0 (0: not known), not -1",
                assertThrows(IllegalArgumentException.class, () -> new UnitEstimate("A", 90, 1, -1)).getMessage());
    }
}
