package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class InputExceptionTest {

    @Test
    void messageHasEveryPartThatApplies() {
        InputException e = new InputException("r.csv", 12, "unit", "Sa Pa", null, "no such unit", null);
        assertEquals("r.csv, line 12, column unit, value 'Sa Pa': no such unit", e.getMessage());
    }

    @Test
    void atPathGivesSourceAndJsonPath() {
        InputException e = InputException.atPath("my-survey.json", "$.items[3].scale", "names scale 'sat5'", null);
        assertEquals("my-survey.json, at $.items[3].scale: names scale 'sat5'", e.getMessage());
        assertEquals("my-survey.json", e.source());
        assertEquals("$.items[3].scale", e.path());
        assertEquals(0, e.line());
        assertNull(e.column());
        assertNull(e.value());
        assertEquals("names scale 'sat5'", e.reason());
    }

    @Test
    void atLineGivesSourceLineColumnAndValue() {
        InputException e = InputException.atLine("map.csv", 4, "target", "attribute:", "not a target");
        assertEquals("map.csv, line 4, column target, value 'attribute:': not a target", e.getMessage());
        assertEquals(4, e.line());
        assertEquals("target", e.column());
        assertEquals("attribute:", e.value());
        assertNull(e.path());
        assertNull(e.getCause());
    }

    @Test
    void messageLeavesOutWhatDoesNotApply() {
        assertEquals("u.csv: duplicate unit id 'a'",
                new InputException("u.csv", 0, null, null, null, "duplicate unit id 'a'", null).getMessage());
        assertEquals("u.csv, line 3: blank", InputException.atLine("u.csv", 3, null, null, "blank").getMessage());
        assertEquals("u.csv, value '': blank",
                new InputException("u.csv", 0, null, "", null, "blank", null).getMessage(), "an empty value is shown");
    }

    @Test
    void unknownSourceIsShownAsInput() {
        InputException e = InputException.atPath(null, "$", "the document is empty", null);
        assertEquals("<input>, at $: the document is empty", e.getMessage());
        assertNull(e.source());
    }

    @Test
    void valueIsShortenedAndShowsControlCharacters() {
        InputException e = InputException.atLine("r.csv", 2, "A1", "a\nb\tc\r", "bad");
        assertEquals("r.csv, line 2, column A1, value 'a\\nb\\tc\\r': bad", e.getMessage());
        assertEquals("a\nb\tc\r", e.value(), "the value itself is kept");
        String longValue = "y".repeat(61);
        assertEquals("r.csv, line 2, value '" + "y".repeat(57) + "...': bad",
                InputException.atLine("r.csv", 2, null, longValue, "bad").getMessage());
        String sixty = "z".repeat(60);
        assertEquals("r.csv, line 2, value '" + sixty + "': bad",
                InputException.atLine("r.csv", 2, null, sixty, "bad").getMessage());
    }

    @Test
    void keepsTheCause() {
        IOException cause = new IOException("disk");
        InputException e = new InputException("f", 1, null, null, "$", "bad", cause);
        assertSame(cause, e.getCause());
        assertEquals("f, line 1, at $: bad", e.getMessage());
    }

    @Test
    void aPersonalColumnsValueIsWithheld() {
        InputException e = new InputException("pii.csv", 3, "Họ và tên", "Nguy\uFFFDn Văn Bình", null,
                "the text is not UTF-8", null);
        assertEquals("pii.csv, line 3, column Họ và tên (personal column, withheld): the text is not UTF-8",
                e.getMessage());
        assertNull(e.value());
        InputException mentioned = InputException.atLine("pii.csv", 4, "Số điện thoại", "0912345678",
                "'0912345678' is too long");
        assertEquals("pii.csv, line 4, column Số điện thoại (personal column, withheld): '(personal column, "
                + "withheld)' is too long", mentioned.getMessage());
        assertEquals("'(personal column, withheld)' is too long", mentioned.reason());
    }
}
