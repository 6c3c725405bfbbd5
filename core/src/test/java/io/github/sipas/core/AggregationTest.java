package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AggregationTest {

    @Test
    void constantsHaveTheirMethodAndNoWeights() {
        assertEquals(AggregationMethod.MEAN_OF_ELEMENTS, Aggregation.MEAN_OF_ELEMENTS.method());
        assertEquals(AggregationMethod.MEAN_OF_ITEMS, Aggregation.MEAN_OF_ITEMS.method());
        assertEquals(AggregationMethod.MEAN_OF_DOMAINS, Aggregation.MEAN_OF_DOMAINS.method());
        assertTrue(Aggregation.MEAN_OF_ELEMENTS.weights().isEmpty());
        assertTrue(Aggregation.MEAN_OF_ITEMS.weights().isEmpty());
        assertTrue(Aggregation.MEAN_OF_DOMAINS.weights().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = AggregationMethod.class, names = "WEIGHTED_ELEMENTS", mode = EnumSource.Mode.EXCLUDE)
    void ofGivesRuleWithoutWeights(AggregationMethod method) {
        Aggregation a = Aggregation.of(method);
        assertEquals(method, a.method());
        assertTrue(a.weights().isEmpty());
    }

    @Test
    void ofRefusesWeightedElementsWhichNeedsWeights() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Aggregation.of(AggregationMethod.WEIGHTED_ELEMENTS));
        assertTrue(e.getMessage().contains("WEIGHTED_ELEMENTS") && e.getMessage().contains("weight"), e.getMessage());
    }

    @Test
    void weightedElementsKeepsWeightsInTheCallersOrder() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("C", 1.0);
        w.put("A", 2.0);
        w.put("B", 0.0);
        Aggregation a = Aggregation.weightedElements(w);
        assertEquals(AggregationMethod.WEIGHTED_ELEMENTS, a.method());
        assertEquals(List.of("C", "A", "B"), List.copyOf(a.weights().keySet()));
        assertEquals(w, a.weights());
    }

    @Test
    void weightsCannotBeModifiedAndTheCallersMapChangesNothing() {
        Map<String, Double> w = new HashMap<>(Map.of("A", 1.0, "B", 2.0));
        Aggregation a = Aggregation.weightedElements(w);
        w.put("C", 3.0);
        w.put("A", 9.0);
        assertEquals(Map.of("A", 1.0, "B", 2.0), a.weights());
        assertThrows(UnsupportedOperationException.class, () -> a.weights().put("D", 1.0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.0, -1e-300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesWeightThatIsNegativeOrNotFinite(double bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Aggregation.weightedElements(Map.of("A", 1.0, "B", bad)));
        assertTrue(e.getMessage().contains("element 'B'") && e.getMessage().contains(String.valueOf(bad))
                && e.getMessage().contains("finite and zero or positive"), e.getMessage());
    }

    @Test
    void refusesWeightsSummingToZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Aggregation.weightedElements(Map.of("A", 0.0, "B", 0.0)));
        assertTrue(e.getMessage().contains("sum to more than zero"), e.getMessage());
    }

    @Test
    void refusesWeightsWhoseSumIsNotFinite() {
        assertThrows(IllegalArgumentException.class,
                () -> Aggregation.weightedElements(Map.of("A", Double.MAX_VALUE, "B", Double.MAX_VALUE)));
    }

    @Test
    void acceptsZeroWeightForSomeElements() {
        assertEquals(0.0, Aggregation.weightedElements(Map.of("A", 0.0, "B", 1.0)).weights().get("A"));
    }

    @Test
    void refusesEmptyWeightsForWeightedElements() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Aggregation.weightedElements(Map.of()));
        assertTrue(e.getMessage().contains("WEIGHTED_ELEMENTS"), e.getMessage());
    }

    @Test
    void refusesWeightsWithOtherMethods() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Aggregation(AggregationMethod.MEAN_OF_ITEMS, Map.of("A", 1.0)));
        assertTrue(e.getMessage().contains("MEAN_OF_ITEMS") && e.getMessage().contains("WEIGHTED_ELEMENTS"),
                e.getMessage());
    }

    @Test
    void refusesNullMethodWeightsOrWeight() {
        assertEquals("method", assertThrows(NullPointerException.class,
                () -> new Aggregation(null, Map.of())).getMessage());
        assertEquals("weights", assertThrows(NullPointerException.class,
                () -> new Aggregation(AggregationMethod.MEAN_OF_ITEMS, null)).getMessage());
        Map<String, Double> w = new HashMap<>();
        w.put("A", null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> Aggregation.weightedElements(w));
        assertTrue(e.getMessage().contains("A"), e.getMessage());
    }

    @Test
    void rulesWithEqualWeightsAreEqualWhateverTheMapType() {
        Map<String, Double> linked = new LinkedHashMap<>();
        linked.put("B", 2.0);
        linked.put("A", 1.0);
        Aggregation a = Aggregation.weightedElements(linked);
        Aggregation b = Aggregation.weightedElements(Map.of("A", 1.0, "B", 2.0));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(Aggregation.MEAN_OF_ITEMS, Aggregation.of(AggregationMethod.MEAN_OF_ITEMS));
    }
}
