package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // input as Java escapes | expected output
        "Sa Pa\\u001B[2J | Sa Pa\\\\u001B[2J",
        "\\u001B]0;title\\u0007x | \\\\u001B]0;title\\\\u0007x",
        "line\\r over | line\\\\u000D over",
        "a\\nb\\tc | a\\\\u000Ab\\\\u0009c",
        "\\u0000\\u007F\\u0085\\u009B | \\\\u0000\\\\u007F\\\\u0085\\\\u009B",
        "Bắc Hà\\u202Eabc | Bắc Hà\\\\u202Eabc",
        "K\\u200B-0001 | K\\\\u200B-0001",
        "\\u2066x\\u2069\\u061C\\u200F | \\\\u2066x\\\\u2069\\\\u061C\\\\u200F",
        "a\\u2028b\\u2029 | a\\\\u2028b\\\\u2029",
        "\\uDB40\\uDC41 | \\\\uDB40\\\\uDC41", // a tag character (U+E0041)
        "lone \\uD800 and \\uDC00 | lone \\\\uD800 and \\\\uDC00",
        // what does not show, as in a response id (review: U+3164 showed as a blank in the table)
        "a\\u3164b\\u034Fc\\uFE0F\\u2800 | a\\\\u3164b\\\\u034Fc\\\\uFE0F\\\\u2800",
    })
    void escapesWhatATerminalWouldActOnOrWhatReordersOrHidesText(String input, String expected) {
        assertEquals(unescape(expected.strip()), TerminalText.escape(unescape(input.strip())));
        assertTrue(TerminalText.needsEscaping(unescape(input.strip())));
    }

    @Test
    void ordinaryTextIncludingVietnameseAndEmojiComesBackUnchanged() {
        String s = "Huyện Bắc Hà – Đơn vị 1: 91,2 % (n = 50) 😀 中文 “quoted”";
        assertSame(s, TerminalText.escape(s));
        assertFalse(TerminalText.needsEscaping(s));
        assertEquals("", TerminalText.escape(""));
        assertThrows(NullPointerException.class, () -> TerminalText.escape(null));
    }

    @Test
    void escapeLinesKeepsLineEndsAndEscapesTheRest() {
        assertEquals("a\\u001B[2J,b\r\nc\\u000DX\nd\\u202E", TerminalText.escapeLines("a\u001B[2J,b\r\nc\rX\nd\u202E"));
        String plain = "unit,index\r\nBắc Hà,91.2\n";
        assertSame(plain, TerminalText.escapeLines(plain));
        assertEquals("{\n  \"unit\" : \"Sa\\u202EPa\"\n}", TerminalText.escapeLines("{\n  \"unit\" : \"Sa\u202EPa\"\n}"));
    }

    @Test
    void anEscapedTextNeedsNoFurtherEscaping() {
        String once = TerminalText.escape("\u001B[2J\u202E");
        assertFalse(TerminalText.needsEscaping(once));
        assertSame(once, TerminalText.escape(once));
    }

    /** Turns the test's {@code \}{@code uXXXX} and {@code \\} spellings into characters. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && s.charAt(i + 1) == '\\') {
                b.append('\\');
                i++;
            } else if (c == '\\' && s.charAt(i + 1) == 'u') {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && s.charAt(i + 1) == 'r') {
                b.append('\r');
                i++;
            } else if (c == '\\' && s.charAt(i + 1) == 'n') {
                b.append('\n');
                i++;
            } else if (c == '\\' && s.charAt(i + 1) == 't') {
                b.append('\t');
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
