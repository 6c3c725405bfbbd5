package io.github.sipas.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link RankChanges} and {@link RankChange}; coverage is simulated in {@link RankSetsCoverageTest}. */
class RankChangesTest {

    static final RankSetOptions OPTIONS = RankSetOptions.builder().seed(11).build();

    static List<UnitEstimate> period(String[] units, double[] values, double se) {
        return java.util.stream.IntStream.range(0, units.length)
                .mapToObj(i -> new UnitEstimate(units[i], values[i], se)).toList();
    }

    @Test
    void wellSeparatedUnitsHaveExactChanges() {
        String[] u = {"A", "B", "C", "D"};
        RankChanges changes = RankChanges.of(period(u, new double[] {90, 80, 70, 60}, 0.3),
                period(u, new double[] {70, 90, 60, 80}, 0.3), OPTIONS);
        // B: 2nd -> 1st (+1), D: 4th -> 2nd (+2), A: 1st -> 3rd (-2), C: 3rd -> 4th (-1).
        assertEquals(List.of("B", "D", "A", "C"), changes.changes().stream().map(RankChange::unit).toList());
        int[] expected = {1, 2, -2, -1};
        for (int i = 0; i < 4; i++) {
            RankChange c = changes.changes().get(i);
            assertEquals(expected[i], c.change(), c.unit());
            assertEquals(expected[i], c.changeLower(), c.unit());
            assertEquals(expected[i], c.changeUpper(), c.unit());
            assertTrue(c.isEstablished());
        }
        assertTrue(changes.previousOnly().isEmpty());
        assertTrue(changes.currentOnly().isEmpty());
    }

    @Test
    void identicalUnitsMayHaveMovedAnywhere() {
        String[] u = {"A", "B", "C", "D", "E"};
        double[] v = {88, 88, 88, 88, 88};
        RankChanges changes = RankChanges.of(period(u, v, 1), period(u, v, 1), OPTIONS);
        for (RankChange c : changes.changes()) {
            assertEquals(0, c.change());
            assertEquals(-4, c.changeLower());
            assertEquals(4, c.changeUpper());
            assertFalse(c.isEstablished());
        }
    }

    @Test
    void climbedTwoPlacesConsistentWithARange() {
        // "climbed 2 places; the data are consistent with anything from -3 to +6": a unit among close neighbours.
        String[] u = {"A", "B", "C", "D", "E", "F", "G", "H"};
        RankChanges changes = RankChanges.of(period(u, new double[] {95, 93, 91, 90, 89, 88, 85, 70}, 1.5),
                period(u, new double[] {94, 92.8, 90, 91.5, 89.5, 93, 86, 72}, 1.5), OPTIONS);
        RankChange f = changes.changes().stream().filter(c -> c.unit().equals("F")).findFirst().orElseThrow();
        assertEquals(6, f.previous().rank());
        assertEquals(2, f.current().rank());
        assertEquals(4, f.change());
        assertTrue(f.changeLower() < 0 && f.changeUpper() > 4, f.toString());
        assertEquals(f.previous().lower() - f.current().upper(), f.changeLower());
        assertEquals(f.previous().upper() - f.current().lower(), f.changeUpper());
        RankChange h = changes.changes().stream().filter(c -> c.unit().equals("H")).findFirst().orElseThrow();
        assertEquals(0, h.changeLower(), "H is last in both periods, surely");
        assertEquals(0, h.changeUpper());
    }

    @Test
    void jointSetsAreWiderThanEachPeriodAlone() {
        String[] u = {"A", "B", "C", "D", "E", "F"};
        List<UnitEstimate> p1 = period(u, new double[] {95, 93, 90, 86, 85, 80}, 1.2);
        List<UnitEstimate> p2 = period(u, new double[] {92, 94, 91, 84, 88, 79}, 1.2);
        RankChanges changes = RankChanges.of(p1, p2, OPTIONS);
        RankSets alone = RankSets.simultaneous(p2, RankSetType.TWO_SIDED, OPTIONS);
        for (RankSet s : alone.units()) {
            RankSet joint = changes.current().unit(s.unit()).orElseThrow();
            assertTrue(joint.lower() <= s.lower() && s.upper() <= joint.upper(), joint + " vs " + s);
        }
        assertTrue(changes.current().criticalValues().get(0) > alone.criticalValues().get(0));
        assertEquals(changes.previous().criticalValues(), changes.current().criticalValues());
    }

    @Test
    void unitsInOnePeriodOnlyAreRankedThereWithoutChange() {
        RankChanges changes = RankChanges.of(
                List.of(new UnitEstimate("A", 90, 0.2), new UnitEstimate("Gone", 95, 0.2)),
                List.of(new UnitEstimate("A", 90, 0.2), new UnitEstimate("New", 80, 0.2)), OPTIONS);
        assertEquals(1, changes.changes().size());
        RankChange a = changes.changes().get(0);
        assertEquals(2, a.previous().rank());
        assertEquals(1, a.current().rank());
        assertEquals(1, a.change());
        assertEquals(List.of("Gone"), changes.previousOnly());
        assertEquals(List.of("New"), changes.currentOnly());
        assertTrue(RankChanges.of(List.of(), List.of(), OPTIONS).changes().isEmpty());
    }

    @Test
    void misuseIsRefused() {
        List<UnitEstimate> twice = List.of(new UnitEstimate("A", 1, 1), new UnitEstimate("A", 2, 1));
        assertEquals("previous must have unique units, but 'A' appears twice", assertThrows(
                IllegalArgumentException.class, () -> RankChanges.of(twice, List.of(), OPTIONS)).getMessage());
        assertThrows(NullPointerException.class, () -> RankChanges.of(List.of(), List.of(), null));
        RankSet a = new RankSet("A", 1, 1, 1, 1, 1);
        RankSet b = new RankSet("B", 1, 1, 1, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> new RankChange("A", a, b));
    }
}
