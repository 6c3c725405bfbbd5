package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

    @Test
    void ofMakesUnitWithoutAliasesOrParent() {
        Unit u = Unit.of("sapa", "Thị xã Sa Pa", UnitLevel.DISTRICT);
        assertEquals("sapa", u.id());
        assertEquals("Thị xã Sa Pa", u.name());
        assertEquals(List.of(), u.aliases());
        assertEquals(UnitLevel.DISTRICT, u.level());
        assertNull(u.parent());
    }

    @Test
    void namesAndAliasesAreTrimmedAndInNfc() {
        String nfd = Normalizer.normalize("Thị xã Sa Pa", Normalizer.Form.NFD);
        Unit u = new Unit("sapa", " " + nfd + " ", List.of(" TX Sa Pa", "Sa Pa "), UnitLevel.DISTRICT, "laocai");
        assertEquals(Normalizer.normalize("Thị xã Sa Pa", Normalizer.Form.NFC), u.name());
        assertEquals(List.of("TX Sa Pa", "Sa Pa"), u.aliases());
        assertEquals("laocai", u.parent());
    }

    @Test
    void aliasesCannotBeModifiedAndTheCallersListChangesNothing() {
        List<String> aliases = new ArrayList<>(List.of("Sa Pa"));
        Unit u = new Unit("sapa", "Thị xã Sa Pa", aliases, UnitLevel.DISTRICT, null);
        aliases.add("Sapa");
        assertEquals(List.of("Sa Pa"), u.aliases());
        assertThrows(UnsupportedOperationException.class, () -> u.aliases().add("x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " sapa", "sapa ", "sa\tpa"})
    void refusesMalformedId(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Unit.of(id, "Thị xã Sa Pa", UnitLevel.DISTRICT));
        assertTrue(e.getMessage().contains("unit id"), e.getMessage());
    }

    @Test
    void refusesBlankNameNamingTheUnit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Unit.of("sapa", "  ", UnitLevel.DISTRICT));
        assertTrue(e.getMessage().contains("name of unit 'sapa'"), e.getMessage());
    }

    @Test
    void refusesBlankAliasNamingTheUnit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Unit("sapa", "Thị xã Sa Pa", List.of("Sa Pa", " "), UnitLevel.DISTRICT, null));
        assertTrue(e.getMessage().contains("alias of unit 'sapa'"), e.getMessage());
    }

    @Test
    void refusesNullAlias() {
        assertThrows(NullPointerException.class,
                () -> new Unit("sapa", "Thị xã Sa Pa", Arrays.asList("Sa Pa", null), UnitLevel.DISTRICT, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " laocai", "lao\ncai"})
    void refusesMalformedParentNamingTheUnit(String parent) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Unit("sapa", "Thị xã Sa Pa", List.of(), UnitLevel.DISTRICT, parent));
        assertTrue(e.getMessage().contains("parent of unit 'sapa'"), e.getMessage());
    }

    @Test
    void refusesNullLevelOrAliases() {
        assertEquals("level", assertThrows(NullPointerException.class,
                () -> Unit.of("sapa", "Thị xã Sa Pa", null)).getMessage());
        assertThrows(NullPointerException.class,
                () -> new Unit("sapa", "Thị xã Sa Pa", null, UnitLevel.DISTRICT, null));
    }
}
