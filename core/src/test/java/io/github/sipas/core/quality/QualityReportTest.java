package io.github.sipas.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.sipas.core.instrument.Surveys;

class QualityReportTest {

    private static final QualityThresholds T = QualityChecks.builder(Surveys.bundled("sipas-2017")).build()
            .thresholds();

    private static QualityFinding finding(String check) {
        return new QualityFinding(check, "U", null, null, 1, List.of(2L), "seen");
    }

    @Test
    void flagsAndNotesSplitTheFindingsInOrder() {
        QualityFinding note = finding("straight-lined-forms");
        QualityFinding dup = finding("duplicate-pattern");
        QualityFinding other = finding("someone-elses-check");
        QualityReport r = new QualityReport(3, List.of(note, dup, other), T);
        assertEquals(List.of(dup, other), r.flags());
        assertEquals(List.of(note), r.notes());
        assertEquals(List.of(dup), r.findings(QualityCheck.DUPLICATE_PATTERN));
        assertFalse(r.isClean());
        assertTrue(new QualityReport(3, List.of(note), T).isClean());
    }

    @Test
    void findingsAreCopied() {
        List<QualityFinding> list = new ArrayList<>(List.of(finding("duplicate-pattern")));
        QualityReport r = new QualityReport(1, list, T);
        list.clear();
        assertEquals(1, r.findings().size());
        assertThrows(UnsupportedOperationException.class, () -> r.findings().clear());
    }

    @Test
    void invalidArgumentsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new QualityReport(-1, List.of(), T));
        assertTrue(e.getMessage().contains("forms"), e.getMessage());
        assertThrows(NullPointerException.class, () -> new QualityReport(0, null, T));
        assertThrows(NullPointerException.class, () -> new QualityReport(0, List.of(), null));
        assertThrows(NullPointerException.class, () -> new QualityReport(0, List.of(), T).findings(null));
    }
}
