package io.github.sipas.core;

import java.util.Objects;
import io.github.sipas.core.internal.Texts;

/**
 * A text in Vietnamese with its English gloss, as every title, label and question of an instrument carries.
 *
 * <p>Both texts are required and must not be blank; they are stored as given, after Unicode normalization to NFC so that
 * texts typed with combining marks and with precomposed letters compare equal.
 *
 * <p><b>A text in one language.</b> An instrument of a researcher's own may be written in one language only: such a
 * text ({@link #of(String)}; in the instrument JSON {@code {"en": "…"}}, {@code {"vi": "…"}} or a plain string) falls
 * back to the language given, so that {@code vi} and {@code en} both hold it and every output, in either language,
 * shows it as written. Such a text is not told apart from one whose two languages happen to read the same.
 *
 * @param vi the Vietnamese text, the authoritative wording
 * @param en the English gloss
 * @since 0.1
 */
public record LocalizedText(String vi, String en) {

    /**
     * Validates and normalizes both texts.
     *
     * @param vi the Vietnamese text, the authoritative wording
     * @param en the English gloss
     * @throws NullPointerException if either text is null
     * @throws IllegalArgumentException if either text is blank
     */
    public LocalizedText {
        vi = Require.requireText(vi, "vi");
        en = Require.requireText(en, "en");
    }

    /**
     * Returns a text from its Vietnamese wording and English gloss.
     *
     * @param vi the Vietnamese text
     * @param en the English gloss
     * @return the text
     */
    public static LocalizedText of(String vi, String en) {
        return new LocalizedText(vi, en);
    }

    /**
     * Returns a text given in one language only, which both languages then show (see the class comment).
     *
     * @param text the text, in whatever language the instrument is written in
     * @return the text, with {@code vi} and {@code en} both the given text
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if the text is blank
     * @since 0.2
     */
    public static LocalizedText of(String text) {
        return new LocalizedText(text, text);
    }

    /**
     * Returns the text in the given language.
     *
     * @param language {@code "vi"} or {@code "en"}
     * @return the text in that language
     * @throws IllegalArgumentException if the language is neither
     */
    public String in(String language) {
        Objects.requireNonNull(language, "language");
        switch (language) {
            case "vi":
                return vi;
            case "en":
                return en;
            default:
                throw new IllegalArgumentException("language must be 'vi' or 'en', not '" + language + "'");
        }
    }
}
