package io.github.sipas.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.sipas.scoring.rank.Ranking;

/**
 * Tests {@link RankSets}: hand-checked cases, agreement with a plain transcription of csranks given the same draws
 * ({@link CsranksOracle}), reproducibility and the documented edge cases. Coverage is simulated in
 * {@link RankSetsCoverageTest}.
 */
class RankSetsTest {

    static final RankSetOptions OPTIONS = RankSetOptions.builder().seed(20240611L).build();

    static List<UnitEstimate> units(double[] values, double[] se) {
        List<UnitEstimate> out = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            out.add(new UnitEstimate("U" + j, values[j], se[j]));
        }
        return out;
    }

    static List<UnitEstimate> exact(double... values) {
        List<UnitEstimate> out = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            out.add(UnitEstimate.exact("U" + j, values[j]));
        }
        return out;
    }

    static double[] constant(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Hand-checked cases

    @ParameterizedTest
    @EnumSource(RankSetType.class)
    void wellSeparatedUnitsGetSingleRankSets(RankSetType type) {
        // Indices 10 points apart with SEs of 0.5: every standardized difference is at least 14, far above any
        // critical value for 9 units, so every pair is established.
        double[] values = {50, 90, 60, 80, 70, 40, 30, 20, 10};
        List<UnitEstimate> units = units(values, constant(9, 0.5));
        for (RankSets sets : List.of(RankSets.simultaneous(units, type, OPTIONS),
                RankSets.marginal(units, type, OPTIONS))) {
            for (RankSet s : sets.units()) {
                int lower = type == RankSetType.UPPER ? 1 : s.rank();
                int upper = type == RankSetType.LOWER ? 9 : s.rank();
                assertEquals(lower, s.lower(), s.toString());
                assertEquals(upper, s.upper(), s.toString());
            }
        }
        RankSets two = RankSets.simultaneous(units, RankSetType.TWO_SIDED, OPTIONS);
        assertEquals(List.of("U1", "U3", "U4", "U2", "U0", "U5", "U6", "U7", "U8"),
                two.units().stream().map(RankSet::unit).toList());
        assertEquals(1, two.unit("U1").orElseThrow().rank());
        assertEquals(1, two.unit("U1").orElseThrow().size());
        // The first step establishes every order; as in csranks the reverse directions ("U8 above U7"...) stay under
        // study, and a second step on them alone establishes nothing more.
        assertEquals(2, two.criticalValues().size());
        assertTrue(two.criticalValues().get(1) < two.criticalValues().get(0));
    }

    @ParameterizedTest
    @EnumSource(RankSetType.class)
    void identicalUnitsGetFullWidthSets(RankSetType type) {
        List<UnitEstimate> units = units(constant(6, 85.5), constant(6, 1.2));
        for (RankSets sets : List.of(RankSets.simultaneous(units, type, OPTIONS),
                RankSets.marginal(units, type, OPTIONS))) {
            for (RankSet s : sets.units()) {
                assertEquals(1, s.rank(), "tied estimates share the best rank");
                assertEquals(1, s.lower());
                assertEquals(6, s.upper());
            }
        }
    }

    @Test
    void identicalPairAmongSeparatedUnitsSharesTwoRanks() {
        // 90, 80 (twice), 70 with SE 0.5: the two 80s are never ordered, everything else is.
        RankSets sets = RankSets.simultaneous(units(new double[] {90, 80, 80, 70}, constant(4, 0.5)));
        RankSet a = sets.unit("U1").orElseThrow();
        RankSet b = sets.unit("U2").orElseThrow();
        assertEquals(new RankSet("U1", 80, 0.5, 2, 2, 3), a);
        assertEquals(new RankSet("U2", 80, 0.5, 2, 2, 3), b);
        assertEquals(new RankSet("U3", 70, 0.5, 4, 4, 4), sets.unit("U3").orElseThrow());
    }

    @Test
    void closeUnitsShareRanksAndFarOnesDoNot() {
        // Two clusters: {95, 94.5, 94} and {70, 69.5}, SE 1. Within a cluster the differences are at most 1 SE of a
        // difference; between clusters at least 17.
        RankSets sets = RankSets.simultaneous(units(new double[] {95, 94.5, 94, 70, 69.5}, constant(5, 1)));
        for (String u : List.of("U0", "U1", "U2")) {
            RankSet s = sets.unit(u).orElseThrow();
            assertEquals(1, s.lower(), u);
            assertEquals(3, s.upper(), u);
        }
        for (String u : List.of("U3", "U4")) {
            RankSet s = sets.unit(u).orElseThrow();
            assertEquals(4, s.lower(), u);
            assertEquals(5, s.upper(), u);
        }
        assertEquals(new TiedGroup(List.of("U0"), List.of("U0", "U1", "U2")), sets.tiedWithLeader().orElseThrow());
        assertEquals(new TiedGroup(List.of("U4"), List.of("U3", "U4")), sets.tiedWithLaggard().orElseThrow());
        assertEquals(new TiedGroup(List.of("U3"), List.of("U3", "U4")), sets.tiedWith("U3"));
        assertThrows(IllegalArgumentException.class, () -> sets.tiedWith("nowhere"));
    }

    @ParameterizedTest
    @EnumSource(value = RankSetType.class, names = {"LOWER", "UPPER"})
    void tiedGroupsNeedTwoSidedSets(RankSetType type) {
        // A LOWER set ends at p and an UPPER one starts at 1: they all overlap, so a group would always be everyone.
        List<UnitEstimate> units = units(new double[] {95, 94.5, 94, 70, 69.5}, constant(5, 1));
        for (RankSets sets : List.of(RankSets.simultaneous(units, type, OPTIONS),
                RankSets.marginal(units, type, OPTIONS))) {
            String expected = "tied groups need TWO_SIDED sets, whose both bounds are set; these are " + type;
            assertEquals(expected, assertThrows(IllegalStateException.class, sets::tiedWithLeader).getMessage());
            assertEquals(expected, assertThrows(IllegalStateException.class, sets::tiedWithLaggard).getMessage());
            assertEquals(expected, assertThrows(IllegalStateException.class, () -> sets.tiedWith("U3")).getMessage());
        }
        RankSets marginal = RankSets.marginal(units, RankSetType.TWO_SIDED, OPTIONS);
        assertEquals(new TiedGroup(List.of("U4"), List.of("U3", "U4")), marginal.tiedWithLaggard().orElseThrow());
    }

    @Test
    void oneUnitIsFirstForSureAndNoUnitGivesNoSet() {
        List<UnitEstimate> one = List.of(new UnitEstimate("Sa Pa", 88.2, 2.5));
        for (RankSetType type : RankSetType.values()) {
            assertEquals(List.of(new RankSet("Sa Pa", 88.2, 2.5, 1, 1, 1)),
                    RankSets.simultaneous(one, type, OPTIONS).units());
            assertEquals(List.of(new RankSet("Sa Pa", 88.2, 2.5, 1, 1, 1)),
                    RankSets.marginal(one, type, OPTIONS).units());
        }
        assertTrue(RankSets.simultaneous(one).criticalValues().isEmpty());
        RankSets none = RankSets.simultaneous(List.of());
        assertTrue(none.units().isEmpty());
        assertTrue(none.tiedWithLeader().isEmpty());
        assertTrue(none.tiedWithLaggard().isEmpty());
        assertTrue(RankSets.marginal(List.of(), RankSetType.TWO_SIDED, OPTIONS).units().isEmpty());
    }

    @Test
    void zeroStandardErrorFromASampleGetsTheFloorOfItsForms() {
        // 18 of 18 forms satisfied: 100, SE 0. Its floor, 3.58 points, keeps it from being ranked above 97 (SE 0.8) for
        // sure; with 2,000 forms the floor is 0.035 and 100 is established above 97.
        for (RankSetType type : RankSetType.values()) {
            List<UnitEstimate> few = List.of(new UnitEstimate("A", 100, 0, 18), new UnitEstimate("B", 97, 0.8, 200));
            for (RankSets sets : List.of(RankSets.simultaneous(few, type, OPTIONS),
                    RankSets.marginal(few, type, OPTIONS))) {
                assertEquals(new RankSet("A", 100, UnitEstimate.floorSe(18), 1, 1, 2), sets.unit("A").orElseThrow());
                assertEquals(new RankSet("B", 97, 0.8, 2, 1, 2), sets.unit("B").orElseThrow());
            }
            List<UnitEstimate> many = List.of(new UnitEstimate("A", 100, 0, 2000), new UnitEstimate("B", 97, 0.8, 200));
            RankSet a = RankSets.simultaneous(many, type, OPTIONS).unit("A").orElseThrow();
            assertEquals(type == RankSetType.LOWER ? 2 : 1, a.upper(), a.toString());
        }
    }

    @Test
    void exactEstimatesMakeDifferencesExact() {
        // All exact: the ranking is known, ties stay ties.
        RankSets exact = RankSets.simultaneous(exact(70, 90, 80, 80));
        assertEquals(new RankSet("U1", 90, 0, 1, 1, 1), exact.units().get(0));
        assertEquals(new RankSet("U2", 80, 0, 2, 2, 3), exact.units().get(1));
        assertEquals(new RankSet("U3", 80, 0, 2, 2, 3), exact.units().get(2));
        assertEquals(new RankSet("U0", 70, 0, 4, 4, 4), exact.units().get(3));
        assertTrue(exact.criticalValues().stream().allMatch(c -> c.isNaN()), exact.criticalValues().toString());
        // One exact unit among uncertain ones: its pairs use the other unit's SE alone.
        RankSets mixed = RankSets.simultaneous(List.of(UnitEstimate.exact("U0", 90), new UnitEstimate("U1", 89.9, 1),
                new UnitEstimate("U2", 50, 1)));
        assertEquals(new RankSet("U0", 90, 0, 1, 1, 2), mixed.units().get(0));
        assertEquals(new RankSet("U2", 50, 1, 3, 3, 3), mixed.units().get(2));
    }

    @Test
    void tauBestAndWorst() {
        double[] values = {97, 96.5, 90, 85, 80, 75, 70, 69.8};
        List<UnitEstimate> units = units(values, constant(8, 0.6));
        TauSet best = RankSets.simultaneous(units, RankSetType.LOWER, OPTIONS).tauBest(1);
        assertEquals(new TauSet(true, 1, 0.95, List.of("U0", "U1")), best);
        assertEquals(List.of("U0", "U1", "U2"),
                RankSets.simultaneous(units, RankSetType.LOWER, OPTIONS).tauBest(3).units());
        TauSet worst = RankSets.simultaneous(units, RankSetType.UPPER, OPTIONS).tauWorst(1);
        assertEquals(new TauSet(false, 1, 0.95, List.of("U6", "U7")), worst);
        // 75 is 5 points (5.9 SEs of a difference) above 70 and 69.8: surely not among the worst 2.
        assertEquals(List.of("U6", "U7"),
                RankSets.simultaneous(units, RankSetType.UPPER, OPTIONS).tauWorst(2).units());
        assertEquals(List.of("U5", "U6", "U7"),
                RankSets.simultaneous(units, RankSetType.UPPER, OPTIONS).tauWorst(3).units());
        // Identical units: any may be among the best τ.
        List<UnitEstimate> same = units(constant(4, 90), constant(4, 1));
        assertEquals(4, RankSets.simultaneous(same, RankSetType.LOWER, OPTIONS).tauBest(1).units().size());
        // Misuse.
        RankSets lower = RankSets.simultaneous(units, RankSetType.LOWER, OPTIONS);
        assertThrows(IllegalStateException.class, () -> lower.tauWorst(1));
        assertThrows(IllegalStateException.class,
                () -> RankSets.simultaneous(units, RankSetType.UPPER, OPTIONS).tauBest(1));
        assertThrows(IllegalStateException.class,
                () -> RankSets.marginal(units, RankSetType.LOWER, OPTIONS).tauBest(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lower.tauBest(9));
        assertEquals("tau must be in [1, 8] (the number of units), not 9", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lower.tauBest(0));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void negatingTheIndicesTurnsBestIntoWorst(long seed) {
        // Ranking −x is ranking x upside down: with the same draws (same labels and SEs), every two-sided set [l, u]
        // becomes [p + 1 − u, p + 1 − l], a LOWER set's bound becomes the UPPER set's, and the units that may be among
        // the best τ of x are those that may be among the worst τ of −x. This ties the one-sided types, the τ sets
        // and the direction of every comparison to each other. Single step: after a first step the stepdown studies
        // one direction of some pairs, (Z_j − Z_k)/σ for x but (Z_k − Z_j)/σ for −x, with the same draws, so there
        // the mirror holds in distribution only.
        int p = 15;
        List<UnitEstimate> units = randomUnits(seed, p, 20);
        List<UnitEstimate> negated = units.stream()
                .map(u -> new UnitEstimate(u.unit(), -u.value(), u.se(), u.forms(), u.exact())).toList();
        RankSetOptions options = RankSetOptions.builder().seed(seed).draws(400).stepdown(false).build();
        RankSets two = RankSets.simultaneous(units, RankSetType.TWO_SIDED, options);
        RankSets twoNeg = RankSets.simultaneous(negated, RankSetType.TWO_SIDED, options);
        RankSets lower = RankSets.simultaneous(units, RankSetType.LOWER, options);
        RankSets upperNeg = RankSets.simultaneous(negated, RankSetType.UPPER, options);
        for (UnitEstimate u : units) {
            RankSet a = two.unit(u.unit()).orElseThrow();
            RankSet b = twoNeg.unit(u.unit()).orElseThrow();
            assertEquals(p + 1 - a.upper(), b.lower(), u.unit());
            assertEquals(p + 1 - a.lower(), b.upper(), u.unit());
            assertEquals(p + 1 - lower.unit(u.unit()).orElseThrow().lower(),
                    upperNeg.unit(u.unit()).orElseThrow().upper(), u.unit());
        }
        boolean someLeftOut = false;
        for (int tau = 1; tau <= p; tau++) {
            List<String> best = lower.tauBest(tau).units();
            assertEquals(new java.util.HashSet<>(best), new java.util.HashSet<>(upperNeg.tauWorst(tau).units()),
                    "tau " + tau);
            assertEquals(new java.util.HashSet<>(two.tauBest(tau).units()),
                    new java.util.HashSet<>(twoNeg.tauWorst(tau).units()), "two-sided, tau " + tau);
            someLeftOut |= best.size() < p;
        }
        assertTrue(someLeftOut, "the τ sets are not all trivially everyone");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Agreement with the transcription of csranks, with the same draws

    static List<UnitEstimate> randomUnits(long seed, int p, double spread) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<UnitEstimate> out = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            // Some exact ties in the estimates, SEs over a factor 10.
            double v = rng.nextInt(5) == 0 && j > 0 ? out.get(rng.nextInt(j)).value() : 80 + spread * rng.nextDouble();
            out.add(new UnitEstimate("U" + j, v, 0.2 + 1.8 * rng.nextDouble()));
        }
        return out;
    }

    static Stream<Arguments> oracleCases() {
        List<Arguments> cases = new ArrayList<>();
        long seed = 1;
        for (int p : new int[] {2, 3, 7, 15, 30}) {
            for (double spread : new double[] {2, 10, 40}) {
                for (RankSetType type : RankSetType.values()) {
                    for (boolean stepdown : new boolean[] {true, false}) {
                        cases.add(Arguments.of(seed++, p, spread, type, stepdown));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] p={1} spread={2} {3} stepdown={4}")
    @MethodSource("oracleCases")
    void agreesWithCsranksTranscription(long seed, int p, double spread, RankSetType type, boolean stepdown) {
        List<UnitEstimate> units = new ArrayList<>(randomUnits(seed, p, spread));
        // RankSets hands the draws to the units in the order of their labels (U0, U1, U10, U11, ..., U2, ...).
        units.sort(java.util.Comparator.comparing(UnitEstimate::unit));
        RankSetOptions options = RankSetOptions.builder().draws(300).seed(seed).stepdown(stepdown).level(0.9).build();
        double[] x = units.stream().mapToDouble(UnitEstimate::value).toArray();
        double[] se = units.stream().mapToDouble(UnitEstimate::se).toArray();
        double[][] z = RankSetEngine.draws(se, options.draws(), options.seed());
        int[] all = IntStream.range(0, p).toArray();
        int[][] simul = CsranksOracle.csranksSimul(x, se, type, stepdown, options.level(), all, z);
        RankSets sets = RankSets.simultaneous(units, type, options);
        RankSets marg = RankSets.marginal(units, type, options);
        for (int j = 0; j < p; j++) {
            String u = units.get(j).unit();
            RankSet s = sets.unit(u).orElseThrow();
            assertArrayEquals(new int[] {simul[0][j], simul[1][j]}, new int[] {s.lower(), s.upper()}, u);
            int[][] one = CsranksOracle.csranksSimul(x, se, type, stepdown, options.level(), new int[] {j}, z);
            RankSet m = marg.unit(u).orElseThrow();
            assertArrayEquals(new int[] {one[0][0], one[1][0]}, new int[] {m.lower(), m.upper()}, "marginal " + u);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Properties

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 25).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void stepdownAndMarginalSetsAreNeverWider(long seed) {
        List<UnitEstimate> units = randomUnits(seed, 20, 8);
        RankSetOptions single = RankSetOptions.builder().seed(seed).draws(400).stepdown(false).build();
        RankSetOptions step = RankSetOptions.builder().seed(seed).draws(400).build();
        RankSets one = RankSets.simultaneous(units, RankSetType.TWO_SIDED, single);
        RankSets down = RankSets.simultaneous(units, RankSetType.TWO_SIDED, step);
        RankSets marg = RankSets.marginal(units, RankSetType.TWO_SIDED, step);
        for (RankSet s : one.units()) {
            RankSet d = down.unit(s.unit()).orElseThrow();
            RankSet m = marg.unit(s.unit()).orElseThrow();
            assertTrue(s.lower() <= d.lower() && d.upper() <= s.upper(), s + " vs stepdown " + d);
            assertTrue(d.lower() <= m.lower() && m.upper() <= d.upper(), d + " vs marginal " + m);
            assertTrue(d.contains(d.rank()) && m.contains(m.rank()), "the estimated rank is in the set");
        }
        List<Double> c = down.criticalValues();
        for (int i = 1; i < c.size(); i++) {
            assertTrue(c.get(i) <= c.get(i - 1), "critical values do not grow: " + c);
        }
    }

    static Stream<Arguments> orderCases() {
        List<Arguments> cases = new ArrayList<>();
        for (RankSetType type : RankSetType.values()) {
            for (boolean stepdown : new boolean[] {true, false}) {
                cases.add(Arguments.of(type, stepdown));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} stepdown={1}")
    @MethodSource("orderCases")
    void orderOfTheUnitsDoesNotMatter(RankSetType type, boolean stepdown) {
        // Close units (spread 3, SEs 0.2 to 2), so that the sets and critical values depend on which unit gets which
        // draws.
        List<UnitEstimate> units = randomUnits(91, 25, 3);
        List<UnitEstimate> reversed = new ArrayList<>(units);
        java.util.Collections.reverse(reversed);
        List<UnitEstimate> shuffled = new ArrayList<>(units);
        java.util.Collections.shuffle(shuffled, new java.util.Random(3));
        RankSetOptions options = RankSetOptions.builder().seed(5).draws(500).stepdown(stepdown).build();
        RankSets simul = RankSets.simultaneous(units, type, options);
        RankSets marg = RankSets.marginal(units, type, options);
        for (List<UnitEstimate> other : List.of(reversed, shuffled)) {
            RankSets s = RankSets.simultaneous(other, type, options);
            assertEquals(simul.units(), s.units());
            assertEquals(simul.criticalValues(), s.criticalValues());
            assertEquals(marg.units(), RankSets.marginal(other, type, options).units());
        }
        // Two periods: each period's order, and the order of one period against the other, do not matter.
        List<UnitEstimate> second = randomUnits(92, 25, 3);
        List<UnitEstimate> secondShuffled = new ArrayList<>(second);
        java.util.Collections.shuffle(secondShuffled, new java.util.Random(4));
        RankChanges a = RankChanges.of(units, second, options);
        RankChanges b = RankChanges.of(shuffled, secondShuffled, options);
        assertEquals(a.changes(), b.changes());
        assertEquals(a.current().criticalValues(), b.current().criticalValues());
    }

    @Test
    void sameSeedGivesSameSets() {
        List<UnitEstimate> units = randomUnits(77, 40, 6);
        RankSets a = RankSets.simultaneous(units, RankSetType.TWO_SIDED, OPTIONS);
        RankSets b = RankSets.simultaneous(units, RankSetType.TWO_SIDED, OPTIONS);
        assertEquals(a.units(), b.units());
        assertEquals(a.criticalValues(), b.criticalValues());
        assertEquals(RankSets.marginal(units, RankSetType.LOWER, OPTIONS).units(),
                RankSets.marginal(units, RankSetType.LOWER, OPTIONS).units());
        // Another seed gives (slightly) other critical values.
        RankSets c = RankSets.simultaneous(units, RankSetType.TWO_SIDED,
                RankSetOptions.builder().seed(OPTIONS.seed() + 1).build());
        assertFalse(a.criticalValues().equals(c.criticalValues()));
        assertTrue(a.isSimultaneous());
        assertEquals(RankSetType.TWO_SIDED, a.type());
        assertEquals(OPTIONS, a.options());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void atLevelOneHalfEqualEstimatesStayUnorderedAndSetsHoldTheEstimatedRank(long seed) {
        // At level 0.5 a one-directional family's critical value is the median of its maxima, which simulation error
        // can put below 0; it is held at 0, so that equal estimates are never ordered (two units: one LOWER test).
        RankSetOptions half = RankSetOptions.builder().level(0.5).draws(201).seed(seed).build();
        List<UnitEstimate> pair = units(new double[] {90, 90}, new double[] {1, 2});
        for (RankSetType type : RankSetType.values()) {
            for (RankSet s : RankSets.marginal(pair, type, half).units()) {
                assertEquals(1, s.lower(), type + " " + s);
                assertEquals(2, s.upper(), type + " " + s);
            }
        }
        List<UnitEstimate> units = randomUnits(seed, 12, 4);
        for (RankSetType type : RankSetType.values()) {
            for (RankSets sets : List.of(RankSets.simultaneous(units, type, half),
                    RankSets.marginal(units, type, half))) {
                for (RankSet s : sets.units()) {
                    assertTrue(s.contains(s.rank()), type + " " + s);
                }
                assertTrue(sets.criticalValues().stream().allMatch(c -> c >= 0), sets.criticalValues().toString());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Misuse

    @Test
    void duplicateUnitsAndNullsAreRefused() {
        List<UnitEstimate> twice = List.of(new UnitEstimate("A", 1, 1), new UnitEstimate("A", 2, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RankSets.simultaneous(twice));
        assertEquals("units must have unique units, but 'A' appears twice", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RankSets.marginal(twice, RankSetType.TWO_SIDED, OPTIONS));
        assertThrows(NullPointerException.class, () -> RankSets.simultaneous(null));
        assertThrows(NullPointerException.class,
                () -> RankSets.simultaneous(List.of(), null, OPTIONS));
        assertThrows(NullPointerException.class,
                () -> RankSets.simultaneous(List.of(), RankSetType.TWO_SIDED, null));
    }

    @Test
    void estimatesOptionsAndSetsValidate() {
        assertEquals("se of 'A' must be a finite number at least 0, not -1.0",
                assertThrows(IllegalArgumentException.class, () -> new UnitEstimate("A", 1, -1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new UnitEstimate("A", 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new UnitEstimate("A", 1, Double.POSITIVE_INFINITY));
        assertEquals("value of 'A' must be a finite number, not NaN",
                assertThrows(IllegalArgumentException.class, () -> new UnitEstimate("A", Double.NaN, 1))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new UnitEstimate(" ", 1, 1));
        assertThrows(NullPointerException.class, () -> new UnitEstimate(null, 1, 1));
        assertEquals("level must be in [0.5, 1), not 1.0",
                assertThrows(IllegalArgumentException.class, () -> RankSetOptions.builder().level(1)).getMessage());
        assertEquals("level must be in [0.5, 1), not 0.4",
                assertThrows(IllegalArgumentException.class, () -> RankSetOptions.builder().level(0.4)).getMessage());
        assertEquals(0.5, RankSetOptions.builder().level(0.5).build().level(), 0);
        assertThrows(IllegalArgumentException.class, () -> new RankSetOptions(0.3, 10, 1, true));
        assertThrows(IllegalArgumentException.class, () -> new TauSet(true, 1, 0.3, List.of("A")));
        assertEquals("draws must be at least 1, not 0",
                assertThrows(IllegalArgumentException.class, () -> RankSetOptions.builder().draws(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RankSetOptions(0, 10, 1, true));
        assertEquals(new RankSetOptions(0.95, 1000, 1, true), RankSetOptions.defaults());
        assertThrows(IllegalArgumentException.class, () -> new RankSet("A", 1, 1, 1, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> new RankSet("A", 1, 1, 0, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new TauSet(true, 0, 0.95, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TiedGroup(List.of("A"), List.of("B")));
    }
}
