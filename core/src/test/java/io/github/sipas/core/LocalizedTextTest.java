package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {

    @Test
    void keepsBothTexts() {
        LocalizedText t = LocalizedText.of("Rất hài lòng", "Very satisfied");
        assertEquals("Rất hài lòng", t.vi());
        assertEquals("Very satisfied", t.en());
        assertEquals(new LocalizedText("Rất hài lòng", "Very satisfied"), t);
    }

    @Test
    void aTextInOneLanguageIsShownInBoth() {
        LocalizedText t = LocalizedText.of("Waiting time");
        assertEquals("Waiting time", t.vi());
        assertEquals("Waiting time", t.en());
        assertEquals("Waiting time", t.in("vi"));
        assertEquals(LocalizedText.of("Waiting time", "Waiting time"), t);
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\n \r\n", "\u2003"})
    void refusesBlankVietnameseText(String blank) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalizedText.of(blank, "Satisfied"));
        assertTrue(e.getMessage().contains("vi") && e.getMessage().contains("blank"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void refusesBlankEnglishText(String blank) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalizedText.of("Hài lòng", blank));
        assertTrue(e.getMessage().contains("en") && e.getMessage().contains("blank"), e.getMessage());
    }

    @Test
    void refusesTextMadeOnlyOfNoBreakSpaces() {
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("\u00a0\u00a0", "Satisfied"));
    }

    @Test
    void refusesNullTextsNamingThem() {
        assertEquals("vi", assertThrows(NullPointerException.class, () -> LocalizedText.of(null, "x")).getMessage());
        assertEquals("en", assertThrows(NullPointerException.class, () -> LocalizedText.of("x", null)).getMessage());
    }

    @Test
    void normalizesToNfcSoThatNfdAndNfcInputAreEqual() {
        String nfc = Normalizer.normalize("Rất hài lòng", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("Rất hài lòng", Normalizer.Form.NFD);
        LocalizedText a = LocalizedText.of(nfd, "Very satisfied");
        assertEquals(nfc, a.vi());
        assertEquals(LocalizedText.of(nfc, "Very satisfied"), a);
    }

    @Test
    void trimsSurroundingWhiteSpaceAndKeepsInnerText() {
        LocalizedText t = LocalizedText.of("  Hài   lòng \n", "\tSatisfied ");
        assertEquals("Hài   lòng", t.vi());
        assertEquals("Satisfied", t.en());
    }

    @Test
    void inReturnsTheTextOfTheLanguage() {
        LocalizedText t = LocalizedText.of("Hài lòng", "Satisfied");
        assertEquals("Hài lòng", t.in("vi"));
        assertEquals("Satisfied", t.in("en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "VI", "", "vi-VN"})
    void inRefusesOtherLanguagesNamingTheAllowedOnes(String language) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalizedText.of("Hài lòng", "Satisfied").in(language));
        assertTrue(e.getMessage().contains("'" + language + "'") && e.getMessage().contains("'vi' or 'en'"),
                e.getMessage());
    }

    @Test
    void inRefusesNull() {
        assertThrows(NullPointerException.class, () -> LocalizedText.of("Hài lòng", "Satisfied").in(null));
    }
}
