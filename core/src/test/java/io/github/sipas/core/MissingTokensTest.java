package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingTokensTest {

    @ParameterizedTest
    @ValueSource(strings = {"NA", "na", "nA", "N/A", "n/a", "#N/A", "#n/A", "."})
    void theTokensAreMatchedIgnoringCase(String text) {
        assertTrue(MissingTokens.isToken(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N.A.", "N / A", "n/a.", "N/A.", "#NA", "NA/", "N A"})
    void otherSpellingsOfNotAvailableAreTheSameMark(String text) {
        // regression (review): these folded to "n a", a spelling of don't know, before NA became a mark
        assertTrue(MissingTokens.isToken(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " NA", "NA ", ".5", "..", "NAN", "NaN", "null", "-", "AN", "N/A/N/A", "#", "/NA",
        "N", "NA NA"})
    void nothingElseIsAToken(String text) {
        assertFalse(MissingTokens.isToken(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NA", " NA ", "\u00A0N/A\u00A0", "\t.", " n.a. "})
    void aCellWithSpacesOfAnyKindAroundAMarkIsAMark(String cell) {
        assertTrue(MissingTokens.isMark(cell), cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Nữ", ".5", "NA NA"})
    void aCellWithAnythingElseIsNoMark(String cell) {
        assertFalse(MissingTokens.isMark(cell), cell);
        assertFalse(MissingTokens.isMark(null));
    }
}
