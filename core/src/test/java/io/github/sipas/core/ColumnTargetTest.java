package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnTargetTest {

    @ParameterizedTest
    @CsvSource({
        "response_id, RESPONSE_ID",
        "RESPONSE_ID, RESPONSE_ID",
        "unit, UNIT",
        "Unit, UNIT",
        "period, PERIOD",
        "weight, WEIGHT",
        "WEIGHT, WEIGHT",
        "ignore, IGNORE",
    })
    void parsesFieldKeywordsInAnyCase(String text, ColumnTarget.Kind kind) {
        ColumnTarget t = ColumnTarget.parse(text);
        assertEquals(kind, t.kind());
        assertEquals(text.toLowerCase(java.util.Locale.ROOT), t.name());
    }

    @Test
    void parsedKeywordsAreTheConstants() {
        assertSame(ColumnTarget.RESPONSE_ID, ColumnTarget.parse("response_id"));
        assertSame(ColumnTarget.UNIT, ColumnTarget.parse("unit"));
        assertSame(ColumnTarget.PERIOD, ColumnTarget.parse("period"));
        assertSame(ColumnTarget.WEIGHT, ColumnTarget.parse("weight"));
        assertSame(ColumnTarget.IGNORE, ColumnTarget.parse("ignore"));
    }

    @Test
    void parsesAttributesAndItems() {
        assertEquals(ColumnTarget.attribute("gender"), ColumnTarget.parse("attribute:gender"));
        assertEquals(ColumnTarget.attribute("Age group"), ColumnTarget.parse("Attribute: Age group "));
        assertEquals(ColumnTarget.item("A1"), ColumnTarget.parse("item:A1"));
        assertEquals(ColumnTarget.item("B3"), ColumnTarget.parse("ITEM: B3"));
        assertEquals(ColumnTarget.item("A1"), ColumnTarget.parse("A1"), "a bare id is an item");
        assertEquals(ColumnTarget.item("A1"), ColumnTarget.parse(" A1 "));
        assertEquals(ColumnTarget.item("unit"), ColumnTarget.parse("item:unit"), "item: escapes a keyword");
        assertEquals(ColumnTarget.Kind.ATTRIBUTE, ColumnTarget.parse("attribute:x").kind());
        assertEquals(ColumnTarget.Kind.ITEM, ColumnTarget.parse("x").kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "attribute:", "item:", "attribute: ", "ITEM:  "})
    void refusesBlankTargetOrBlankName(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColumnTarget.parse(text));
        assertTrue(e.getMessage().contains("must not be blank"), e.getMessage());
    }

    @Test
    void refusesNull() {
        assertThrows(NullPointerException.class, () -> ColumnTarget.parse(null));
        assertEquals("kind", assertThrows(NullPointerException.class, () -> new ColumnTarget(null, "x")).getMessage());
        assertThrows(NullPointerException.class, () -> new ColumnTarget(ColumnTarget.Kind.ITEM, null));
    }

    static Stream<ColumnTarget> targets() {
        return Stream.of(ColumnTarget.RESPONSE_ID, ColumnTarget.UNIT, ColumnTarget.PERIOD, ColumnTarget.WEIGHT,
                ColumnTarget.IGNORE, ColumnTarget.item("A1"), ColumnTarget.item("unit"), ColumnTarget.item("weight"),
                ColumnTarget.item("attribute:x"), ColumnTarget.item("Q1[SQ001]"), ColumnTarget.item("câu 1"),
                ColumnTarget.attribute("gender"), ColumnTarget.attribute("item:x"), ColumnTarget.attribute("Nhóm tuổi"));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void toStringIsReadBackByParse(ColumnTarget t) {
        assertEquals(t, ColumnTarget.parse(t.toString()));
    }

    @Test
    void toStringWritesTheDocumentedForms() {
        assertEquals(List.of("response_id", "unit", "period", "weight", "ignore", "item:A1", "attribute:gender"),
                Stream.of(ColumnTarget.RESPONSE_ID, ColumnTarget.UNIT, ColumnTarget.PERIOD, ColumnTarget.WEIGHT,
                        ColumnTarget.IGNORE, ColumnTarget.item("A1"), ColumnTarget.attribute("gender"))
                        .map(ColumnTarget::toString).toList());
    }

    @Test
    void nameIsTrimmedAndInNfc() {
        assertEquals("Nhóm tuổi", ColumnTarget.attribute(" Nhóm tuổi ").name());
    }

    @ParameterizedTest
    @EnumSource(value = ColumnTarget.Kind.class, names = {"RESPONSE_ID", "UNIT", "PERIOD", "WEIGHT", "IGNORE"})
    void fieldKindWithAnotherNameIsRefused(ColumnTarget.Kind kind) {
        assertThrows(IllegalArgumentException.class, () -> new ColumnTarget(kind, "w"));
    }
}
