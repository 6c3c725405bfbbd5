package io.github.sipas.core.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SamplePlanTest {

    @Test
    void ministryRuleRoundsUp() {
        // n = N / (1 + N e²): 10,000 / 26 = 384.6 → 385; 400 / 2 = 200; 1 → 1; 0 → 0; 1e9 → just under 400 → 400
        assertEquals(385, SamplePlan.sampleSize(10_000, 0.05));
        assertEquals(200, SamplePlan.sampleSize(400, 0.05));
        assertEquals(1, SamplePlan.sampleSize(1, 0.05));
        assertEquals(0, SamplePlan.sampleSize(0, 0.05));
        assertEquals(400, SamplePlan.sampleSize(1_000_000_000L, 0.05));
        assertEquals(91, SamplePlan.sampleSize(1_000, 0.1));
    }

    @Test
    void badPopulationOrMarginIsRefusedNamingIt() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SamplePlan.sampleSize(-1, 0.05)).getMessage()
                .contains("population"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SamplePlan.sampleSize(10, 0)).getMessage()
                .contains("margin"));
        assertThrows(IllegalArgumentException.class, () -> SamplePlan.sampleSize(10, Double.NaN));
    }

    @Test
    void allocationJavadocExampleHolds() {
        Map<String, Long> pop = new LinkedHashMap<>();
        pop.put("A", 5000L);
        pop.put("B", 3000L);
        pop.put("C", 2000L);
        assertEquals(Map.of("A", 500L, "B", 300L, "C", 200L),
                SamplePlan.allocate(pop, 1000, SamplePlan.Allocation.PROPORTIONAL));
        assertEquals(List.of(334L, 333L, 333L),
                List.copyOf(SamplePlan.allocate(pop, 1000, SamplePlan.Allocation.EQUAL).values()));
    }

    @Test
    void largestRemaindersTakeTheLeftoverForms() {
        Map<String, Long> pop = new LinkedHashMap<>();
        pop.put("A", 1L);
        pop.put("B", 1L);
        pop.put("C", 1L);
        // 10 / 3 = 3.33 each: one leftover form, to the first unit
        assertEquals(List.of(4L, 3L, 3L),
                List.copyOf(SamplePlan.allocate(pop, 10, SamplePlan.Allocation.PROPORTIONAL).values()));
        pop.put("C", 2L);
        // 10 × (1, 1, 2)/4 = 2.5, 2.5, 5: one leftover form, and of the equal halves the first unit's takes it
        assertEquals(List.of(3L, 2L, 5L),
                List.copyOf(SamplePlan.allocate(pop, 10, SamplePlan.Allocation.PROPORTIONAL).values()));
    }

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void allocationsAddUpToTheTotalAndStayWithinOneOfTheExactShare(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        Map<String, Long> pop = new LinkedHashMap<>();
        int units = 1 + rng.nextInt(40);
        for (int i = 0; i < units; i++) {
            pop.put("U" + i, seed % 10 == 0 && i > 0 ? 0L : (long) rng.nextInt(100_000));
        }
        pop.merge("U0", 1L, Long::sum);
        long total = rng.nextInt(20_000);
        double sum = pop.values().stream().mapToLong(Long::longValue).sum();
        for (SamplePlan.Allocation method : SamplePlan.Allocation.values()) {
            Map<String, Long> a = SamplePlan.allocate(pop, total, method);
            assertEquals(total, a.values().stream().mapToLong(Long::longValue).sum(), method.toString());
            assertEquals(List.copyOf(pop.keySet()), List.copyOf(a.keySet()));
            for (String u : pop.keySet()) {
                double exact = method == SamplePlan.Allocation.EQUAL ? (double) total / units
                        : total * pop.get(u) / sum;
                assertTrue(Math.abs(a.get(u) - exact) < 1, method + " " + u + ": " + a.get(u) + " vs " + exact);
            }
        }
    }

    @Test
    void allocationRefusesNoUnitsNegativeTotalsAndEmptyPopulations() {
        assertThrows(IllegalArgumentException.class, () -> SamplePlan.allocate(Map.of(), 10,
                SamplePlan.Allocation.EQUAL));
        assertThrows(IllegalArgumentException.class, () -> SamplePlan.allocate(Map.of("A", 1L), -1,
                SamplePlan.Allocation.EQUAL));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SamplePlan.allocate(Map.of("A", -5L), 10,
                SamplePlan.Allocation.PROPORTIONAL)).getMessage().contains("'A'"));
        assertThrows(IllegalArgumentException.class, () -> SamplePlan.allocate(Map.of("A", 0L), 10,
                SamplePlan.Allocation.PROPORTIONAL));
    }

    @Test
    void progressAgainstQuotas() {
        Map<String, Long> targets = new LinkedHashMap<>();
        targets.put("A", 100L);
        targets.put("B", 50L);
        List<SamplePlan.Progress> p = SamplePlan.progress(targets, Map.of("A", 120L, "C", 3L));
        assertEquals(3, p.size());
        assertTrue(p.get(0).met());
        assertEquals(120, p.get(0).percent(), 1e-12);
        assertEquals(0, p.get(0).remaining());
        assertFalse(p.get(1).met());
        assertEquals(50, p.get(1).remaining());
        assertEquals("C", p.get(2).unit());
        assertEquals(0, p.get(2).target());
        assertEquals(100, p.get(2).percent(), 1e-12);
    }
}
