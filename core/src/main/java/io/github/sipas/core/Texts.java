package io.github.sipas.core;

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

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Checks that a text is present and not blank, and returns it in NFC, trimmed. */
    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        String clean = clean(value);
        if (clean.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return clean;
    }

    /**
     * Checks an identifier: non-blank, no surrounding white space (no-break spaces included), no control characters,
     * at most 100 characters. A fault is a {@link DefinitionException} at {@code where}.
     */
    static String requireId(String value, String name, String where) {
        Objects.requireNonNull(value, name);
        if (clean(value).isEmpty()) {
            throw new DefinitionException(where, name + " must not be blank");
        }
        if (isSpace(value.charAt(0)) || isSpace(value.charAt(value.length() - 1))) {
            throw new DefinitionException(where, name + " '" + value + "' must not begin or end with white space");
        }
        if (value.length() > 100) {
            throw new DefinitionException(where, name + " '" + value.substring(0, 20)
                    + "...' is longer than 100 characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new DefinitionException(where, name + " '" + value + "' contains a control character");
            }
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }
}
