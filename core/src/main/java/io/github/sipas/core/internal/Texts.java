package io.github.sipas.core.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Text normalization for matching what people type against what an instrument or a unit list defines.
 *
 * <p>{@link #fold(CharSequence)} is the one key used everywhere a name or label is matched: Unicode NFD, combining marks
 * removed, {@code đ}/{@code Đ} read as {@code d}, lower case, every run of characters that are neither letters nor digits
 * turned into one space, and the result trimmed. So {@code "Rất hài lòng"}, {@code "RAT HAI LONG"}, {@code "rat  hai-long"}
 * and the same words typed in NFD all fold to {@code "rat hai long"}.
 *
 * @since 0.1
 */
public final class Texts {

    private Texts() {
    }

    /**
     * Returns the matching key of a text, as described in the class documentation.
     *
     * @param text the text; must not be null
     * @return the folded key; empty when the text holds no letter or digit
     */
    public static String fold(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (cp == 'đ' || cp == 'Đ') {
                cp = 'd';
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                pendingSpace = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the text normalized to NFC and trimmed; no-break spaces (U+00A0, U+2007, U+202F), which spreadsheets
     * and word processors leave in copied text, count as spaces.
     *
     * @param text the text; must not be null
     * @return the normalized text
     */
    public static String clean(String text) {
        Objects.requireNonNull(text, "text");
        boolean simple = true;
        for (int i = 0; i < text.length() && simple; i++) {
            // Below U+0300 every character is its own NFC form; U+00A0 is a no-break space.
            char c = text.charAt(i);
            simple = c < 0x300 && c != '\u00A0';
        }
        if (simple) {
            return text.strip();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (t.indexOf('\u00A0') >= 0 || t.indexOf('\u2007') >= 0 || t.indexOf('\u202F') >= 0) {
            t = t.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
        }
        return t.strip();
    }

    /**
     * Tells whether a character is white space, the no-break spaces included.
     *
     * @param c the character
     * @return true for white space
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
