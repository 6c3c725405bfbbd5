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
    @ValueSource(strings = {"", " NA", "NA ", ".5", "..", "N / A", "N.A.", "NAN", "null", "#NA", "-", "NA/"})
    void nothingElseIsAToken(String text) {
        assertFalse(MissingTokens.isToken(text), text);
    }
}
