package io.github.sipas.scoring.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a unit score names its row: the label, and the one field the JSON and CSV write as {@code unit}. */
class UnitScoreTest {

    @Test
    void theRowsUnitIsTheUnitElseTheGroupAndTheLabelJoinsBoth() {
        UnitScore unit = GroupingTest.unitScore("Sa Pa", null);
        UnitScore group = GroupingTest.unitScore(null, "Nữ");
        UnitScore both = GroupingTest.unitScore("Sa Pa", "Nữ");
        assertEquals("Sa Pa", unit.unitOrGroup());
        assertEquals("Nữ", group.unitOrGroup(), "--by gender: the group's value, never empty");
        assertEquals("Sa Pa", both.unitOrGroup());
        assertEquals("Sa Pa", unit.label());
        assertEquals("Nữ", group.label());
        assertEquals("Sa Pa / Nữ", both.label());
    }
}
