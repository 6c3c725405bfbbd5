package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElementTest {

    private static final LocalizedText TITLE = LocalizedText.of("Tiếp cận dịch vụ hành chính công",
            "Access to public administrative services");

    @Test
    void ofMakesElementWithoutDomain() {
        Element e = Element.of("A", TITLE);
        assertEquals("A", e.id());
        assertEquals(TITLE, e.title());
        assertNull(e.domain());
    }

    @Test
    void keepsItsDomain() {
        assertEquals("service", new Element("S1", TITLE, "service").domain());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " A", "A ", "A\u0007", "\tA"})
    void refusesMalformedId(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Element.of(id, TITLE));
        assertTrue(e.getMessage().contains("element id"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " policy", "policy ", "po\nlicy"})
    void refusesMalformedDomainIdNamingTheElement(String domain) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Element("P1", TITLE, domain));
        assertTrue(e.getMessage().contains("domain of element 'P1'"), e.getMessage());
    }

    @Test
    void refusesNullIdOrTitle() {
        assertThrows(NullPointerException.class, () -> Element.of(null, TITLE));
        assertEquals("title", assertThrows(NullPointerException.class, () -> Element.of("A", null)).getMessage());
    }

    @Test
    void elementsWithEqualFieldsAreEqual() {
        assertEquals(new Element("P1", TITLE, "policy"), new Element("P1", TITLE, "policy"));
        assertEquals(new Element("P1", TITLE, "policy").hashCode(), new Element("P1", TITLE, "policy").hashCode());
        assertNotEquals(new Element("P1", TITLE, "policy"), Element.of("P1", TITLE));
    }

    @Test
    void domainRefusesMalformedIdAndNullTitle() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Domain(" policy", TITLE));
        assertTrue(e.getMessage().contains("domain id"), e.getMessage());
        assertThrows(NullPointerException.class, () -> new Domain("policy", null));
    }
}
