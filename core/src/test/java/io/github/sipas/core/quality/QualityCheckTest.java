package io.github.sipas.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QualityCheckTest {

    @Test
    void codesRoundTripAndOnlyStraightLinedFormsIsANote() {
        for (QualityCheck c : QualityCheck.values()) {
            assertEquals(c, QualityCheck.ofCode(c.code()));
            assertEquals(c == QualityCheck.STRAIGHT_LINED_FORMS, c.isNote());
        }
        assertEquals("straight-lining", QualityCheck.STRAIGHT_LINING.code());
        assertFalse(QualityCheck.GROUP_EFFECT.isNote());
    }

    @Test
    void unknownCodeIsRefusedListingTheCodes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QualityCheck.ofCode("x"));
        assertTrue(e.getMessage().contains("duplicate-pattern"), e.getMessage());
    }
}
