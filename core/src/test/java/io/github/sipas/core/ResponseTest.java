package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseTest {

    private static Response.Builder form() {
        return Response.builder("K-0001").unit("Sa Pa");
    }

    @Test
    void builderMakesResponseWithEveryField() {
        Response r = Response.builder("K-0001").unit("Sa Pa").period("2026").weight(2.5)
                .answer("A1", 5).answer("A2", Answer.dontKnow()).attribute("gender", "Nữ").build();
        assertEquals("K-0001", r.id());
        assertEquals("Sa Pa", r.unit());
        assertEquals("2026", r.period());
        assertEquals(OptionalDouble.of(2.5), r.weight());
        assertEquals(2.5, r.weightOrOne());
        assertEquals(Map.of("A1", Answer.point(5), "A2", Answer.dontKnow()), r.answers());
        assertEquals(Map.of("gender", "Nữ"), r.attributes());
    }

    @Test
    void periodAndWeightAreOptional() {
        Response r = form().build();
        assertNull(r.period());
        assertEquals(OptionalDouble.empty(), r.weight());
        assertEquals(1.0, r.weightOrOne());
    }

    @Test
    void answerOfAnItemWithoutEntryIsNotAsked() {
        Response r = form().answer("A1", Answer.unanswered()).build();
        assertSame(Answer.unanswered(), r.answer("A1"));
        assertSame(Answer.notAsked(), r.answer("B1"));
    }

    @Test
    void laterAnswerToTheSameItemReplacesTheEarlier() {
        Response r = form().answer("A1", 1).answer("A1", 4).attribute("age", "30").attribute("age", "31").build();
        assertEquals(Answer.point(4), r.answer("A1"));
        assertEquals("31", r.attributes().get("age"));
    }

    @Test
    void mapsKeepTheOrderGiven() {
        Response r = form().answer("C1", 1).answer("A1", 2).answer("B1", 3).attribute("z", "1").attribute("a", "2")
                .build();
        assertEquals(List.of("C1", "A1", "B1"), List.copyOf(r.answers().keySet()));
        assertEquals(List.of("z", "a"), List.copyOf(r.attributes().keySet()));
    }

    @Test
    void idUnitAndPeriodAreTrimmedAndInNfc() {
        String nfd = Normalizer.normalize("Thị xã Sa Pa", Normalizer.Form.NFD);
        Response r = Response.builder(" K-1 ").unit(nfd + " ").period(" 2026").build();
        assertEquals("K-1", r.id());
        assertEquals(Normalizer.normalize("Thị xã Sa Pa", Normalizer.Form.NFC), r.unit());
        assertEquals("2026", r.period());
    }

    // ---- validation -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void refusesBlankId(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Response.builder(id).unit("Sa Pa").build());
        assertTrue(e.getMessage().contains("response id"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void refusesBlankUnit(String unit) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Response.builder("K-1").unit(unit).build());
        assertTrue(e.getMessage().contains("unit"), e.getMessage());
    }

    @Test
    void refusesBlankPeriod() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> form().period(" ").build());
        assertTrue(e.getMessage().contains("period"), e.getMessage());
    }

    @Test
    void refusesMissingIdOrUnit() {
        assertThrows(NullPointerException.class, () -> Response.builder(null).unit("Sa Pa").build());
        NullPointerException e = assertThrows(NullPointerException.class, () -> Response.builder("K-1").build());
        assertTrue(e.getMessage().contains("unit"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesWeightThatIsNotFiniteAndPositive(double weight) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Response.builder("K-7").unit("Sa Pa").weight(weight).build());
        assertTrue(e.getMessage().contains("'K-7'") && e.getMessage().contains(String.valueOf(weight))
                && e.getMessage().contains("finite and positive"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.MIN_VALUE, 1e-9, 1.0, 1234.5, Double.MAX_VALUE})
    void acceptsFinitePositiveWeight(double weight) {
        assertEquals(weight, form().weight(weight).build().weightOrOne());
    }

    @Test
    void refusesNullMapEntries() {
        Map<String, Answer> nullValue = new HashMap<>();
        nullValue.put("A1", null);
        NullPointerException v = assertThrows(NullPointerException.class,
                () -> new Response("K-1", "Sa Pa", null, OptionalDouble.empty(), nullValue, Map.of()));
        assertTrue(v.getMessage().contains("A1"), v.getMessage());

        Map<String, Answer> nullKey = new HashMap<>();
        nullKey.put(null, Answer.point(1));
        NullPointerException k = assertThrows(NullPointerException.class,
                () -> new Response("K-1", "Sa Pa", null, OptionalDouble.empty(), nullKey, Map.of()));
        assertTrue(k.getMessage().contains("answer name"), k.getMessage());

        Map<String, String> nullAttribute = new HashMap<>();
        nullAttribute.put("gender", null);
        NullPointerException a = assertThrows(NullPointerException.class,
                () -> new Response("K-1", "Sa Pa", null, OptionalDouble.empty(), Map.of(), nullAttribute));
        assertTrue(a.getMessage().contains("attribute gender"), a.getMessage());
    }

    @Test
    void refusesNullMapsOrWeight() {
        assertThrows(NullPointerException.class,
                () -> new Response("K-1", "Sa Pa", null, OptionalDouble.empty(), null, Map.of()));
        assertThrows(NullPointerException.class,
                () -> new Response("K-1", "Sa Pa", null, OptionalDouble.empty(), Map.of(), null));
        assertEquals("weight", assertThrows(NullPointerException.class,
                () -> new Response("K-1", "Sa Pa", null, null, Map.of(), Map.of())).getMessage());
    }

    @Test
    void builderRefusesNullArguments() {
        Response.Builder b = form();
        assertEquals("itemId", assertThrows(NullPointerException.class, () -> b.answer(null, 1)).getMessage());
        assertEquals("answer", assertThrows(NullPointerException.class,
                () -> b.answer("A1", (Answer) null)).getMessage());
        assertEquals("name", assertThrows(NullPointerException.class, () -> b.attribute(null, "x")).getMessage());
        assertEquals("value", assertThrows(NullPointerException.class, () -> b.attribute("x", null)).getMessage());
    }

    // ---- immutability and equality ----------------------------------------------------------------------------

    @Test
    void mapsCannotBeModified() {
        Response r = form().answer("A1", 1).attribute("gender", "Nam").build();
        assertThrows(UnsupportedOperationException.class, () -> r.answers().put("A2", Answer.point(2)));
        assertThrows(UnsupportedOperationException.class, () -> r.answers().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.attributes().put("age", "30"));
    }

    @Test
    void changingTheCallersMapsOrTheBuilderChangesNothing() {
        Map<String, Answer> answers = new LinkedHashMap<>(Map.of("A1", Answer.point(1)));
        Map<String, String> attributes = new LinkedHashMap<>(Map.of("gender", "Nam"));
        Response r = new Response("K-1", "Sa Pa", null, OptionalDouble.empty(), answers, attributes);
        answers.put("A2", Answer.point(2));
        attributes.clear();
        assertEquals(Map.of("A1", Answer.point(1)), r.answers());
        assertEquals(Map.of("gender", "Nam"), r.attributes());

        Response.Builder b = form().answer("A1", 3);
        Response built = b.build();
        b.answer("A1", 5).answer("B1", 1);
        assertEquals(Map.of("A1", Answer.point(3)), built.answers());
    }

    @Test
    void responsesWithEqualFieldsAreEqual() {
        Response a = form().weight(2).answer("A1", 4).attribute("gender", "Nữ").build();
        Response b = form().weight(2).answer("A1", 4).attribute("gender", "Nữ").build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }
}
