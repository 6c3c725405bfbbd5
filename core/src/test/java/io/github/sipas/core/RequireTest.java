package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequireTest {

    @Test
    void requireTextRefusesBlankNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Require.requireText(" ", "note"));
        assertEquals("note must not be blank", e.getMessage());
        assertEquals("note", assertThrows(NullPointerException.class, () -> Require.requireText(null, "note"))
                .getMessage());
        assertEquals("x", Require.requireText(" x ", "note"));
    }

    @Test
    void requireIdRefusesSurroundingWhiteSpaceAndControlCharacters() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Require.requireId(" A1", "item id", "id")).getMessage()
                .contains("white space"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Require.requireId("A\u00011", "item id", "id"))
                .getMessage().contains("control character"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Require.requireId("", "item id", "id")).getMessage()
                .contains("blank"));
        assertEquals("A 1", Require.requireId("A 1", "item id", "id"), "inner spaces are allowed");
    }
}
