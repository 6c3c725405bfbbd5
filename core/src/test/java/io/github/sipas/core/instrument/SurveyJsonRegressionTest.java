package io.github.sipas.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.github.sipas.core.InputException;

/**
 * Problems that {@link SurveyJsonFuzzTest} found in {@link SurveyJson}, one test each; the fuzzer's input is kept under
 * {@code SurveyJsonFuzzTestInputs/} with the same name.
 */
class SurveyJsonRegressionTest {

    /**
     * {@code crash-utf32-bad-code-point}: Jackson reads a document whose first bytes hold zeros as UTF-32 (or UTF-16);
     * a code point above U+10FFFF in it was a {@link java.io.CharConversionException}, which is not a
     * {@code JsonProcessingException}, and came out as an {@link java.io.UncheckedIOException} instead of an
     * {@link InputException}.
     */
    @ParameterizedTest
    @ValueSource(strings = {"20 00 00 00 00 00 00 7f", "00 00 00 7b 7f 00 00 00", "00 00 00 22 00 11 00 00"})
    void aBadCodePointInUtf32IsAnInputException(String hex) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        InputException e = assertThrows(InputException.class,
                () -> SurveyJson.read(new ByteArrayInputStream(bytes), "utf32.json"));
        assertEquals("utf32.json", e.source());
        assertEquals("$", e.path());
        assertTrue(e.reason().startsWith("not valid JSON: Invalid UTF-32 character"), e.reason());
    }
}
