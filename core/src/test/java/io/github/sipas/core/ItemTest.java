package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemTest {

    private static final LocalizedText TEXT = LocalizedText.of("Nơi ngồi chờ có đủ chỗ ngồi",
            "The waiting area has enough seats");

    @Test
    void criterionIsASingleChoiceItemOfAnElement() {
        Item i = Item.criterion("A1", "A", "satisfaction5", TEXT);
        assertEquals("A1", i.id());
        assertEquals("A", i.element());
        assertEquals("satisfaction5", i.scale());
        assertEquals(TEXT, i.text());
        assertEquals(ItemRole.CRITERION, i.role());
        assertEquals(ItemType.SINGLE, i.type());
        assertTrue(i.isCriterion());
    }

    @ParameterizedTest
    @EnumSource(value = ItemRole.class, names = "CRITERION", mode = EnumSource.Mode.EXCLUDE)
    void otherRolesAreNotCriteria(ItemRole role) {
        Item i = new Item("Q0", null, TEXT, "satisfaction5", role, ItemType.SINGLE);
        assertFalse(i.isCriterion());
    }

    @Test
    void acceptsTextItemWithoutScaleOrElement() {
        Item i = new Item("NOTE", null, TEXT, null, ItemRole.EXPECTATION, ItemType.TEXT);
        assertNull(i.scale());
        assertNull(i.element());
    }

    @Test
    void acceptsMultipleChoiceItemWithScale() {
        Item i = new Item("EXPECT", null, TEXT, "improvements", ItemRole.EXPECTATION, ItemType.MULTIPLE);
        assertEquals(ItemType.MULTIPLE, i.type());
    }

    @Test
    void refusesTextItemWithScale() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> new Item("NOTE", null, TEXT, "satisfaction5", ItemRole.EXPECTATION, ItemType.TEXT));
        assertEquals("scale", e.where());
        assertTrue(e.getMessage().contains("'NOTE'") && e.getMessage().contains("text item")
                && e.getMessage().contains("must not name a scale"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = ItemType.class, names = {"SINGLE", "MULTIPLE"})
    void refusesChoiceItemWithoutScale(ItemType type) {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> new Item("Q0", null, TEXT, null, ItemRole.IN_GENERAL, type));
        assertEquals("scale", e.where());
        assertTrue(e.getMessage().contains("'Q0'") && e.getMessage().contains("must name a scale"), e.getMessage());
    }

    @Test
    void refusesCriterionWithoutElement() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> Item.criterion("A1", null, "satisfaction5", TEXT));
        assertEquals("element", e.where());
        assertTrue(e.getMessage().contains("criterion 'A1'") && e.getMessage().contains("must belong to an element"),
                e.getMessage());
    }

    @Test
    void refusesCriterionOfTypeMultiple() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> new Item("A1", "A", TEXT, "satisfaction5", ItemRole.CRITERION, ItemType.MULTIPLE));
        assertEquals("type", e.where());
        assertTrue(e.getMessage().contains("criterion 'A1'") && e.getMessage().contains("SINGLE")
                && e.getMessage().contains("MULTIPLE"), e.getMessage());
    }

    @Test
    void refusesCriterionOfTypeText() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> new Item("A1", "A", TEXT, null, ItemRole.CRITERION, ItemType.TEXT));
        assertEquals("type", e.where());
        assertTrue(e.getMessage().contains("TEXT"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", " A1", "A1 ", "A1\t", "A\u00001", "A\n1", "A\u007f1", "A\u00851"})
    void refusesMalformedId(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Item.criterion(id, "A", "satisfaction5", TEXT));
        assertTrue(e.getMessage().contains("item id"), e.getMessage());
    }

    @Test
    void refusesIdLongerThan100Characters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Item.criterion("A".repeat(101), "A", "satisfaction5", TEXT));
        assertTrue(e.getMessage().contains("longer than 100"), e.getMessage());
        assertEquals(100, Item.criterion("A".repeat(100), "A", "satisfaction5", TEXT).id().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " A", "A ", "A\u0001"})
    void refusesMalformedElementIdNamingTheItem(String element) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Item.criterion("A1", element, "satisfaction5", TEXT));
        assertTrue(e.getMessage().contains("element of item 'A1'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " s", "s ", "s\r"})
    void refusesMalformedScaleIdNamingTheItem(String scale) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Item.criterion("A1", "A", scale, TEXT));
        assertTrue(e.getMessage().contains("scale of item 'A1'"), e.getMessage());
    }

    @Test
    void refusesNullFieldsNamingThem() {
        assertEquals("item id", assertThrows(NullPointerException.class,
                () -> new Item(null, "A", TEXT, "s", ItemRole.CRITERION, ItemType.SINGLE)).getMessage());
        assertEquals("text", assertThrows(NullPointerException.class,
                () -> new Item("A1", "A", null, "s", ItemRole.CRITERION, ItemType.SINGLE)).getMessage());
        assertEquals("role", assertThrows(NullPointerException.class,
                () -> new Item("A1", "A", TEXT, "s", null, ItemType.SINGLE)).getMessage());
        assertEquals("type", assertThrows(NullPointerException.class,
                () -> new Item("A1", "A", TEXT, "s", ItemRole.CRITERION, null)).getMessage());
    }

    @Test
    void acceptsIdWithVietnameseLettersAndStoresItInNfc() {
        String nfd = Normalizer.normalize("Câu_hỏi_1", Normalizer.Form.NFD);
        Item i = new Item(nfd, null, TEXT, "s", ItemRole.PERCEPTION, ItemType.SINGLE);
        assertEquals(Normalizer.normalize("Câu_hỏi_1", Normalizer.Form.NFC), i.id());
    }

    @Test
    void itemsWithEqualFieldsAreEqual() {
        assertEquals(Item.criterion("A1", "A", "satisfaction5", TEXT),
                new Item("A1", "A", LocalizedText.of("Nơi ngồi chờ có đủ chỗ ngồi", "The waiting area has enough seats"),
                        "satisfaction5", ItemRole.CRITERION, ItemType.SINGLE));
    }

    @Test
    void criterionIsNotReverseKeyedUnlessSaidAndWithReverseSetsIt() {
        Item i = Item.criterion("E1", "E", "satisfaction5", TEXT);
        assertFalse(i.reverse());
        Item r = i.withReverse(true);
        assertTrue(r.reverse());
        assertEquals(i, r.withReverse(false));
        assertEquals(new Item("E1", "E", TEXT, "satisfaction5", ItemRole.CRITERION, ItemType.SINGLE, true), r);
    }

    @ParameterizedTest
    @EnumSource(value = ItemRole.class, names = "CRITERION", mode = EnumSource.Mode.EXCLUDE)
    void refusesReverseKeyingOfAnItemThatIsNotACriterion(ItemRole role) {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> new Item("Q0", null, TEXT, "satisfaction5", role, ItemType.SINGLE, true));
        assertEquals("reverse", e.where());
        assertTrue(e.getMessage().contains("'Q0'") && e.getMessage().contains("only a criterion"), e.getMessage());
        // the role as the instrument JSON writes it (a trial saw "is a DEMOGRAPHIC question")
        String json = role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        assertTrue(e.getMessage().contains("has the role '" + json + "'"), e.getMessage());
    }
}
