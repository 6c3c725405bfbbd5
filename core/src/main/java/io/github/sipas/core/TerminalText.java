package io.github.sipas.core;

import io.github.sipas.core.internal.Ids;
import java.util.Objects;

/**
 * Makes text from a file safe to print on a terminal or in a plain-text table. A unit name, a header or a value read
 * from a hostile file may hold escape sequences ({@code ESC [ 2 J} clears the screen, {@code ESC ] 0 ; … BEL} sets the
 * window's title), a carriage return that overwrites the line printed before it, or bidirectional controls
 * ({@code U+202E RIGHT-TO-LEFT OVERRIDE}) that show the letters after them in reverse order.
 *
 * <p>{@link #escape(CharSequence)} replaces each such character by its Java escape (<code>&#92;u001B</code>): the C0
 * controls (U+0000–U+001F, tab, line feed and carriage return included) and DEL, the C1 controls (U+0080–U+009F),
 * the format characters of Unicode's category Cf (bidirectional controls U+200E, U+200F, U+202A–U+202E, U+2066–U+2069,
 * U+061C, the zero-width characters U+200B–U+200D, U+2060, U+FEFF, the soft hyphen, the tag characters
 * U+E0000–U+E007F), the line and paragraph separators U+2028 and U+2029, unpaired surrogates, and the other characters
 * that do not show (Unicode's default-ignorable code points such as U+034F COMBINING GRAPHEME JOINER, the variation
 * selectors and the Hangul fillers U+115F, U+1160, U+3164, U+FFA0; U+2800 BRAILLE PATTERN BLANK): the same rule that
 * refuses them in a response id. A supplementary character is escaped as its two surrogates. Every other character,
 * Vietnamese letters included, is kept as it is, so ordinary text comes back unchanged.
 *
 * @since 0.1
 */
public final class TerminalText {

    private TerminalText() {
    }

    /**
     * Returns the text with every character that a terminal would act on, or that reorders or hides text, escaped as
     * {@code \}{@code uXXXX} (see the class documentation).
     *
     * @param text the text
     * @return the escaped text; the same string when nothing needs escaping
     * @throws NullPointerException if the text is null
     */
    public static String escape(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        int i = 0;
        while (i < n && width(text, i) > 0) {
            i += width(text, i);
        }
        if (i == n) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
        while (i < n) {
            int w = width(text, i);
            if (w > 0) {
                sb.append(text, i, i + w);
                i += w;
            } else {
                for (int k = 0; k < -w; k++) {
                    sb.append("\\u").append(String.format(java.util.Locale.ROOT, "%04X", (int) text.charAt(i + k)));
                }
                i -= w;
            }
        }
        return sb.toString();
    }

    /**
     * Returns a text of several lines with every character {@link #escape(CharSequence)} escapes escaped, but its line
     * ends (line feed, or carriage return and line feed) kept, so that it still prints as lines: for CSV or JSON text
     * shown on a terminal. JSON stays valid JSON with the same values (the escapes fall inside its strings).
     *
     * @param text the text
     * @return the escaped text; the same string when nothing needs escaping
     * @throws NullPointerException if the text is null
     */
    public static String escapeLines(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (!needsEscapingBesidesLineEnds(text)) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                sb.append(escape(text.subSequence(start, end))).append(text, end, i + 1);
                start = i + 1;
            }
        }
        return sb.append(escape(text.subSequence(start, text.length()))).toString();
    }

    /**
     * Returns whether a text holds a character that {@link #escape(CharSequence)} would escape.
     *
     * @param text the text
     * @return true when escaping would change it
     * @throws NullPointerException if the text is null
     */
    public static boolean needsEscaping(CharSequence text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); ) {
            int w = width(text, i);
            if (w < 0) {
                return true;
            }
            i += w;
        }
        return false;
    }

    private static boolean needsEscapingBesidesLineEnds(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
                continue;
            }
            int w = width(text, i);
            if (w < 0) {
                return true;
            }
            i += w;
        }
        return false;
    }

    /**
     * Returns whether a character is one {@link #escape(CharSequence)} escapes: the same characters a response id may
     * not hold because they do not show ({@code core.internal.Ids.hides}, one rule for both).
     *
     * @param codePoint the character (a lone surrogate's code unit included)
     * @return true when it is escaped
     */
    public static boolean isUnsafe(int codePoint) {
        return Ids.hides(codePoint);
    }

    /**
     * The chars of the character at {@code i}: positive when it is safe, negative when it must be escaped (a
     * supplementary character is escaped as its two surrogates).
     */
    private static int width(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c >= 0x20 && c < 0x7F) {
            return 1; // the common case first: printable ASCII
        }
        int cp = Character.codePointAt(text, i);
        int n = Character.charCount(cp);
        return Ids.hides(cp) ? -n : n;
    }
}
