package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingMarksTest {

    @Test
    void noCellCountedIsNoWarning() {
        assertTrue(new MissingMarks(3).warning(List.of("a", "b", "c")).isEmpty());
        assertEquals(-1, new MissingMarks(3).onlyColumn());
    }

    @Test
    void theColumnsComeInFileOrderWithTheirMarksInTheOrderOfTheTokens() {
        MissingMarks m = new MissingMarks(3);
        m.count(2, ".");
        m.count(1, " na ");
        m.count(2, "#n/a");
        m.count(2, "NA");
        assertEquals("4 cells held only a missing-value mark and were read as unanswered: b 1 ('NA'), "
                + "c 3 ('NA', '#N/A', '.'); give --missing-tokens refuse to refuse them",
                m.warning(List.of("a", "b", "c")).orElseThrow());
        assertEquals(-1, m.onlyColumn());
    }

    @Test
    void otherSpellingsOfNaAreCountedAndNamedAsSuch() {
        // found by review: N.A. set a bit nothing read, and the warning printed "P1 2 ()"
        MissingMarks m = new MissingMarks(1);
        m.count(0, "N.A.");
        m.count(0, "n / a");
        assertEquals("2 cells held only a missing-value mark and were read as unanswered: P1 2 (other spellings of "
                + "N/A); give --missing-tokens refuse to refuse them", m.warning(List.of("P1")).orElseThrow());
        m.count(0, "N/A");
        assertEquals("3 cells held only a missing-value mark and were read as unanswered: P1 3 ('N/A', other "
                + "spellings of N/A); give --missing-tokens refuse to refuse them",
                m.warning(List.of("P1")).orElseThrow());
    }

    @Test
    void pastThirtyColumnsTheOthersAreCounted() {
        List<String> header = new ArrayList<>();
        MissingMarks m = new MissingMarks(33);
        for (int j = 32; j >= 0; j--) {
            header.add(0, "Q" + j);
        }
        for (int j = 32; j >= 0; j--) {
            m.count(j, "\u00A0N/A");
        }
        String w = m.warning(header).orElseThrow();
        assertTrue(w.startsWith("33 cells held only a missing-value mark and were read as unanswered: Q0 1 ('N/A'), "),
                w);
        assertTrue(w.endsWith("Q29 1 ('N/A') and 3 more columns; give --missing-tokens refuse to refuse them"), w);
    }
}
