package io.github.sipas.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    // ---- fold -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Rất hài lòng", "RẤT HÀI LÒNG", "RAT HAI LONG", "rat hai long", "rat  hai-long",
            "  Rất, hài. lòng!  ", "Rất\thài\nlòng", "rất_hài_lòng", "Rất\u00a0hài lòng"})
    void foldIgnoresCaseDiacriticsPunctuationAndSpacing(String text) {
        assertEquals("rat hai long", Texts.fold(text));
    }

    @Test
    void foldTreatsNfdAndNfcAlike() {
        String nfc = Normalizer.normalize("Rất hài lòng", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("Rất hài lòng", Normalizer.Form.NFD);
        assertTrue(!nfc.equals(nfd), "the two forms differ as strings");
        assertEquals(Texts.fold(nfc), Texts.fold(nfd));
        assertEquals("rat hai long", Texts.fold(nfd));
    }

    @ParameterizedTest
    @CsvSource({
        "Đồng Văn, dong van",
        "đường, duong",
        "ĐƯỜNG, duong",
        "Bảo Thắng, bao thang",
        "Quyết định, quyet dinh",
        "ă â ê ô ơ ư, a a e o o u",
        "Ấ Ầ Ẩ Ẫ Ậ, a a a a a",
        "Ỳ Ý Ỷ Ỹ Ỵ, y y y y y",
        "Mường Khương, muong khuong",
    })
    void foldReadsVietnameseLettersAsTheirBaseLetters(String text, String key) {
        assertEquals(key, Texts.fold(text));
    }

    @Test
    void foldKeepsDigitsAndSeparatesThemLikeWords() {
        assertEquals("5 rat hai long", Texts.fold("5 - Rất hài lòng"));
        assertEquals("5 rat hai long", Texts.fold("5.Rất hài lòng"));
        assertEquals("p3 1", Texts.fold("P3_1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "---", " / . ", "\u0301"})
    void foldOfTextWithoutLetterOrDigitIsEmpty(String text) {
        assertEquals("", Texts.fold(text));
    }

    @Test
    void foldAcceptsAnyCharSequence() {
        assertEquals("hai long", Texts.fold(new StringBuilder("Hài Lòng")));
    }

    @Test
    void foldRefusesNull() {
        assertEquals("text", assertThrows(NullPointerException.class, () -> Texts.fold(null)).getMessage());
    }

    @Test
    void foldIsIdempotent() {
        for (String s : new String[] {"Thị xã Sa Pa", "TP. Lào Cai", "Không biết / Không áp dụng", "5 - Rất hài lòng"}) {
            assertEquals(Texts.fold(s), Texts.fold(Texts.fold(s)), s);
        }
    }

    // ---- clean, requireText, requireId ------------------------------------------------------------------------

    @Test
    void cleanNormalizesToNfcAndTrims() {
        String nfd = Normalizer.normalize(" Hài lòng\n", Normalizer.Form.NFD);
        assertEquals(Normalizer.normalize("Hài lòng", Normalizer.Form.NFC), Texts.clean(nfd));
        assertThrows(NullPointerException.class, () -> Texts.clean(null));
    }
}
