package io.github.sipas.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link IndexDifference}. Expected figures: R 4.2.2, {@code 2*pnorm(-abs(d)/se)} and
 * {@code d + c(-1, 1)*qnorm(1 - (1 - level)/2)*se}, to 1e-12.
 */
class IndexDifferenceTest {

    static final double TOL = 1e-12;

    @Test
    void changeOfIndexBetweenPeriods() {
        IndexDifference d = IndexDifference.change(new UnitEstimate("Sa Pa", 85, 1), new UnitEstimate("Sa Pa", 90, 1),
                0.95);
        assertEquals("Sa Pa", d.first());
        assertEquals(5, d.difference(), TOL);
        assertEquals(Math.sqrt(2), d.se(), TOL);
        assertEquals(5 / Math.sqrt(2), d.z(), TOL);
        assertEquals(0.0004069520174449593, d.pValue(), TOL);
        assertEquals(2.2281923513006450, d.lower(), TOL);
        assertEquals(7.7718076486993546, d.upper(), TOL);
        assertTrue(d.isSignificant());
    }

    @Test
    void gapBetweenTwoUnitsAtAnotherLevel() {
        IndexDifference d = IndexDifference.between(new UnitEstimate("A", 80.2, 1.2), new UnitEstimate("B", 81.5, 0.5),
                0.90);
        assertEquals("A", d.first());
        assertEquals("B", d.second());
        assertEquals(-1.3, d.difference(), TOL);
        assertEquals(1.3, d.se(), TOL);
        assertEquals(0.31731050786291409, d.pValue(), TOL);
        assertEquals(-3.43830971503691352, d.lower(), TOL);
        assertEquals(0.83830971503691321, d.upper(), TOL);
        assertFalse(d.isSignificant());
    }

    @Test
    void zeroStandardErrorFromASampleGetsTheFloorOfItsForms() {
        // 18 of 18 forms satisfied (100, SE 0) against 97 (SE 0.8): se = √(floor(18)² + 0.8²), floor(18) =
        // 100 √(18.5 · 0.5 / (19² · 20)) = 3.5793; R 4.2.2: f <- 18.5*0.5/(19^2*20); 2*pnorm(-3/sqrt(f*1e4 + 0.64)).
        IndexDifference d = IndexDifference.between(new UnitEstimate("A", 100, 0, 18), new UnitEstimate("B", 97, 0.8,
                200), 0.95);
        assertEquals(3, d.difference(), TOL);
        assertEquals(Math.sqrt(18.5 * 0.5 / (19.0 * 19 * 20) * 1e4 + 0.64), d.se(), TOL);
        assertEquals(0.413378240812, d.pValue(), 1e-11);
        assertFalse(d.isSignificant());
        // Both at 100 from a sample: no difference, a proper interval around 0.
        IndexDifference same = IndexDifference.between(new UnitEstimate("A", 100, 0, 18),
                new UnitEstimate("B", 100, 0, 40), 0.95);
        assertEquals(1, same.pValue(), TOL);
        assertTrue(same.lower() < -5 && same.upper() > 5, same.toString());
    }

    @Test
    void exactEstimatesGiveAnExactDifference() {
        IndexDifference d = IndexDifference.between(UnitEstimate.exact("A", 100), UnitEstimate.exact("B", 98), 0.95);
        assertEquals(2, d.difference(), 0);
        assertEquals(0, d.se(), 0);
        assertEquals(Double.POSITIVE_INFINITY, d.z());
        assertEquals(0, d.pValue(), 0);
        assertEquals(2, d.lower(), 0);
        assertEquals(2, d.upper(), 0);
        assertTrue(d.isSignificant());
        IndexDifference same = IndexDifference.between(UnitEstimate.exact("A", 100), UnitEstimate.exact("B", 100),
                0.95);
        assertTrue(Double.isNaN(same.z()));
        assertEquals(1, same.pValue(), 0);
        assertFalse(same.isSignificant());
    }

    @Test
    void changesMatchUnitsByLabel() {
        List<IndexDifference> changes = IndexDifference.changes(
                List.of(new UnitEstimate("A", 80, 1), new UnitEstimate("B", 70, 1), new UnitEstimate("Gone", 60, 1)),
                List.of(new UnitEstimate("New", 90, 1), new UnitEstimate("B", 75, 2), new UnitEstimate("A", 79, 1)),
                0.95);
        assertEquals(List.of("B", "A"), changes.stream().map(IndexDifference::first).toList());
        assertEquals(5, changes.get(0).difference(), TOL);
        assertEquals(Math.sqrt(5), changes.get(0).se(), TOL);
        assertEquals(-1, changes.get(1).difference(), TOL);
    }

    @Test
    void misuseIsRefused() {
        UnitEstimate a = new UnitEstimate("A", 1, 1);
        assertEquals("level must be in (0, 1), not 95.0",
                assertThrows(IllegalArgumentException.class, () -> IndexDifference.between(a, a, 95)).getMessage());
        assertThrows(NullPointerException.class, () -> IndexDifference.change(null, a, 0.95));
        assertThrows(IllegalArgumentException.class,
                () -> IndexDifference.changes(List.of(a, a), List.of(), 0.95));
        assertThrows(IllegalArgumentException.class,
                () -> new IndexDifference("A", "B", 1, 1, 1, 0.3, 0.95, 2, 3));
    }
}
