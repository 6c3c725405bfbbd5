package io.github.sipas.core.internal;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The one set of rules for response ids, shared by the collector ({@code ResponseValidator}) and the CSV reader: which
 * ids are refused, and the normal form under which ids are compared and stored. Documented for users in
 * {@code ResponseValidator}.
 */
public final class Ids {

    private Ids() {
    }

    /** Whether a text is all printable ASCII (U+0020–U+007E), which is its own normal form and holds nothing hidden. */
    public static boolean plain(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * The normal form of an id: NFKC, every dash (Unicode category Pd) and U+2212 MINUS SIGN as {@code -}, then
     * trimmed of spaces (category Zs, so no-break and ideographic spaces too; NFKC has made most of them U+0020).
     * Printable ASCII skips NFKC.
     */
    public static String normalize(String id) {
        Objects.requireNonNull(id, "id");
        if (plain(id)) {
            return trimSpaces(id);
        }
        String n = Normalizer.normalize(id, Normalizer.Form.NFKC);
        StringBuilder out = null;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            int len = Character.charCount(cp);
            boolean dash = cp == 0x2212 || Character.getType(cp) == Character.DASH_PUNCTUATION;
            if (dash && cp != '-' && out == null) {
                out = new StringBuilder(n.length()).append(n, 0, i);
            }
            if (out != null) {
                if (dash) {
                    out.append('-');
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += len;
        }
        return trimSpaces(out == null ? n : out.toString());
    }

    /** A text without its leading and trailing spaces (category Zs); tabs, line breaks and the like stay. */
    public static String trimSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /**
     * Returns why an id, as given, is refused, or null when it is acceptable: it holds a {@linkplain #hides hidden}
     * character (named by code point, name and position), or its letters are of more than one script, or it is blank
     * once normalized.
     */
    public static String fault(String id) {
        Objects.requireNonNull(id, "id");
        if (plain(id)) {
            return trimSpaces(id).isEmpty() ? "the response id is blank once normalized (NFKC, trimmed)" : null;
        }
        int position = 0;
        int first = -1;
        int firstPosition = 0;
        int more = 0;
        int letter = -1;
        int letterPosition = 0;
        Character.UnicodeScript script = null;
        int other = -1;
        int otherPosition = 0;
        boolean blank = true;
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            i += Character.charCount(cp);
            position++;
            // NFKC removes no character and makes no character but a space a space: blank means all spaces
            blank &= Character.getType(cp) == Character.SPACE_SEPARATOR;
            if (hides(cp)) {
                if (first < 0) {
                    first = cp;
                    firstPosition = position;
                } else {
                    more++;
                }
            } else if (other < 0 && Character.isLetter(cp)) {
                Character.UnicodeScript s = script(cp);
                if (s == null) {
                    continue;
                }
                if (script == null) {
                    script = s;
                    letter = cp;
                    letterPosition = position;
                } else if (s != script) {
                    other = cp;
                    otherPosition = position;
                }
            }
        }
        if (first >= 0) {
            return "the response id holds " + describe(first) + " at position " + firstPosition
                    + (more > 0 ? " (and " + more + " more such characters)" : "") + ": an id may not hold control, "
                    + "format or other invisible characters (NUL, CR, LF, tab, zero-width and bidi controls, "
                    + "variation selectors, fillers), which do not show";
        }
        if (other >= 0) {
            return "the response id mixes scripts: " + describe(letter) + " at position " + letterPosition + " and "
                    + describe(other) + " at position " + otherPosition + ": the letters of an id must all be of one "
                    + "script, so that an id cannot look like another";
        }
        return blank ? "the response id is blank once normalized (NFKC, trimmed)" : null;
    }

    /** The script of a letter for the one-script rule: null for COMMON, INHERITED and UNKNOWN; Japanese and Korean
     * kana, hangul and bopomofo count as HAN, with which they are written. */
    private static Character.UnicodeScript script(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        switch (s) {
            case COMMON:
            case INHERITED:
            case UNKNOWN:
                return null;
            case HIRAGANA:
            case KATAKANA:
            case HANGUL:
            case BOPOMOFO:
                return Character.UnicodeScript.HAN;
            default:
                return s;
        }
    }

    /**
     * Whether a character is one an id may not hold because it does not show: a control, format, line or paragraph
     * separator or lone surrogate; a Unicode default-ignorable code point (combining grapheme joiner, Hangul fillers,
     * variation selectors, tags…); or U+2800 BRAILLE PATTERN BLANK, which shows as a space.
     */
    public static boolean hides(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return true;
            default:
                break;
        }
        return cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160
                || cp == 0x17B4 || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F) || (cp >= 0x200B && cp <= 0x200F)
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x2800
                || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || cp == 0xFFA0
                || (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0x1D173 && cp <= 0x1D17A)
                || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }

    /** A character by code point and name: {@code U+200B ZERO WIDTH SPACE}, {@code U+D800 (a lone surrogate)}. */
    public static String describe(int cp) {
        String code = String.format("U+%04X", cp);
        if (Character.getType(cp) == Character.SURROGATE) {
            return code + " (a lone surrogate)";
        }
        String name = Character.getName(cp);
        return name == null ? code : code + " " + name;
    }

    /** An id with each character that does not show written as <code>&#92;uXXXX</code>, and a backslash as two. */
    public static String escape(String id) {
        StringBuilder out = new StringBuilder(id.length() + 16);
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\\') {
                out.append("\\\\");
            } else if (hides(cp)) {
                for (char c : Character.toChars(cp)) {
                    out.append(String.format("\\u%04X", (int) c));
                }
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
