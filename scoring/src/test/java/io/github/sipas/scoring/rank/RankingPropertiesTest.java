package io.github.sipas.scoring.rank;

import static io.github.sipas.scoring.rank.RankingFixtures.card;
import static io.github.sipas.scoring.rank.RankingFixtures.undefined;
import static io.github.sipas.scoring.rank.RankingFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.UnitScore;

/**
 * Properties of rankings over scorecards from a fixed-seed generator, checked against independent oracles: values are
 * generated as integers k scaled by 10^-d (d = 2, 3 or 4), so the published value in hundredths is k rounded half-up
 * in integer arithmetic, and the tier cut points are R's type 7 formula (1-based, h = (m − 1)p + 1) in exact
 * arithmetic on hundredths. The fixed cases hit the edges: no unit, one unit, all tied, all undefined, all excluded,
 * 0 and 100, values either side of a rounding boundary, a unit with no respondent.
 */
class RankingPropertiesTest {

    private static final long SEED = 0x5195A5L;
    private static final int RANDOM_CASES = 200;

    /** One generated scorecard with the hundredths each unit must publish (null when undefined). */
    record Case(String name, Scorecard card, Map<String, Long> hundredths, RankingOptions options,
            Map<String, Integer> previous, long seed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        List<Case> cases = new ArrayList<>();
        RankingOptions defaults = RankingOptions.defaults();
        RankingOptions exclude = RankingOptions.builder().excludeUnreliable(true).build();
        cases.add(fixed("no unit", defaults));
        cases.add(fixed("one unit", defaults, new Gen(8500, 3, 40)));
        cases.add(fixed("one unit, no respondent, excluded", exclude, new Gen(8500, 3, 0)));
        cases.add(fixed("all tied", defaults, new Gen(85004, 3, 40), new Gen(8500, 2, 40), new Gen(849951, 4, 40),
                new Gen(84995, 3, 40)));
        cases.add(fixed("all undefined", defaults, new Gen(-1, 2, 40), new Gen(-1, 2, 0)));
        cases.add(fixed("all excluded", exclude, new Gen(9000, 2, 29), new Gen(8000, 2, 1)));
        cases.add(fixed("0 and 100", defaults, new Gen(0, 2, 40), new Gen(10000, 2, 40), new Gen(5000, 2, 40)));
        cases.add(fixed("either side of 85.005", defaults, new Gen(85005, 3, 40), new Gen(850049, 4, 40),
                new Gen(85004, 3, 40)));
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
        for (int c = 0; c < RANDOM_CASES; c++) {
            cases.add(random(c, rng.nextLong()));
        }
        return cases.stream().map(Arguments::of);
    }

    /** A unit to generate: value k · 10^-d, or undefined when k < 0. */
    record Gen(long k, int d, long respondents) {
    }

    static Case fixed(String name, RankingOptions options, Gen... gens) {
        List<UnitScore> units = new ArrayList<>();
        Map<String, Long> hundredths = new HashMap<>();
        for (int i = 0; i < gens.length; i++) {
            add(units, hundredths, String.format("đv%03d", i), gens[i]);
        }
        return new Case(name, card(units), hundredths, options, Map.of(), 0);
    }

    static void add(List<UnitScore> units, Map<String, Long> hundredths, String label, Gen g) {
        if (g.k() < 0) {
            units.add(undefined(label, g.respondents(), "no valid answer"));
            hundredths.put(label, null);
            return;
        }
        long scale = pow10(g.d());
        units.add(unit(label, g.k() / (double) scale, g.respondents()));
        long per = scale / 100; // 1, 10 or 100 units of k per hundredth
        hundredths.put(label, per == 1 ? g.k() : (g.k() + per / 2) / per);
    }

    static long pow10(int d) {
        long p = 1;
        for (int i = 0; i < d; i++) {
            p *= 10;
        }
        return p;
    }

    static Case random(int c, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int m = rng.nextInt(5) == 0 ? rng.nextInt(4) : rng.nextInt(120);
        int d = 2 + rng.nextInt(3);
        long scale = pow10(d);
        // Narrow spreads make many ties on the rounded value; wide ones few.
        long spread = rng.nextBoolean() ? 1 + rng.nextInt((int) (scale / 10)) : 1 + rng.nextInt((int) (100 * scale));
        long base = rng.nextLong(100 * scale - spread + 1);
        double undefinedShare = rng.nextInt(3) == 0 ? 0 : rng.nextDouble() * 0.3;
        List<UnitScore> units = new ArrayList<>();
        Map<String, Long> hundredths = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            String label = String.format("đv%03d", i);
            labels.add(label);
            long k = rng.nextDouble() < undefinedShare ? -1 : base + rng.nextLong(spread);
            long n = rng.nextInt(4) == 0 ? rng.nextInt(30) : 30 + rng.nextInt(300);
            add(units, hundredths, label, new Gen(k, d, n));
        }
        RankingOptions options = RankingOptions.builder()
                .method(rng.nextBoolean() ? RankingMethod.COMPETITION : RankingMethod.DENSE)
                .reliabilityThreshold(List.of(0, 1, 30, 50).get(rng.nextInt(4)))
                .excludeUnreliable(rng.nextBoolean()).build();
        // Previous ranks: a shuffled subset of the labels plus some gone units, some listed as not ranked.
        Map<String, Integer> previous = new HashMap<>();
        List<String> pool = new ArrayList<>(labels);
        pool.add("gone-1");
        pool.add("gone-2");
        shuffle(pool, rng);
        int rank = 1;
        for (String l : pool) {
            int draw = rng.nextInt(4);
            if (draw == 0) {
                continue;
            }
            previous.put(l, draw == 1 ? null : rank);
            rank += 1 + (rng.nextInt(5) == 0 ? 1 : 0);
        }
        return new Case("random " + c + " (m=" + m + ", d=" + d + ", spread=" + spread + ", " + options + ")",
                card(units), hundredths, options, previous, seed);
    }

    static <T> void shuffle(List<T> list, UniformRandomProvider rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, rng.nextInt(i + 1));
        }
    }

    static Ranking rank(Case c) {
        return Ranking.of(c.card(), c.options()).withPrevious(c.previous());
    }

    static boolean shouldRank(Case c, UnitScore u) {
        return c.hundredths().get(u.label()) != null
                && !(c.options().excludeUnreliable() && u.respondents() < c.options().reliabilityThreshold());
    }

    static List<Long> rankedHundredths(Case c) {
        return c.card().units().stream().filter(u -> shouldRank(c, u)).map(u -> c.hundredths().get(u.label()))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyUnitIsListedOnceWithThePublishedValueAndTheRightStatus(Case c) {
        Ranking r = rank(c);
        assertEquals(c.card().units().size(), r.units().size());
        for (UnitScore u : c.card().units()) {
            RankedUnit e = r.unit(u.label()).orElseThrow();
            Long h = c.hundredths().get(u.label());
            assertEquals(h == null ? null : BigDecimal.valueOf(h, 2), e.rounded(), e.label());
            assertEquals(shouldRank(c, u), e.isRanked(), e.label());
            assertEquals(!e.isRanked(), e.reason() != null, e.label());
            assertEquals(u.respondents() < c.options().reliabilityThreshold(),
                    e.flags().contains(RankingFlag.FEW_RESPONDENTS), e.label());
            assertEquals(u.respondents(), e.respondents());
            assertEquals(Double.doubleToLongBits(u.index().value()), Double.doubleToLongBits(e.value()));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void ranksAreBetweenOneAndTheNumberRanked(Case c) {
        List<RankedUnit> ranked = rank(c).ranked();
        for (RankedUnit e : ranked) {
            assertTrue(e.rank() >= 1 && e.rank() <= ranked.size(), e.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void competitionRankIsOnePlusTheNumberStrictlyHigher(Case c) {
        RankingOptions options = RankingOptions.builder().method(RankingMethod.COMPETITION)
                .reliabilityThreshold(c.options().reliabilityThreshold())
                .excludeUnreliable(c.options().excludeUnreliable()).build();
        Ranking r = Ranking.of(c.card(), options);
        List<Long> values = rankedHundredths(c);
        for (RankedUnit e : r.ranked()) {
            long h = c.hundredths().get(e.label());
            long higher = values.stream().filter(v -> v > h).count();
            assertEquals(1 + higher, e.rank().longValue(), e.label());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void denseRanksAreConsecutiveAndOnePlusTheDistinctValuesHigher(Case c) {
        RankingOptions options = RankingOptions.builder().method(RankingMethod.DENSE)
                .reliabilityThreshold(c.options().reliabilityThreshold())
                .excludeUnreliable(c.options().excludeUnreliable()).build();
        Ranking r = Ranking.of(c.card(), options);
        TreeSet<Long> distinct = new TreeSet<>(rankedHundredths(c));
        Set<Integer> seen = new TreeSet<>();
        for (RankedUnit e : r.ranked()) {
            long h = c.hundredths().get(e.label());
            assertEquals(1 + distinct.tailSet(h, false).size(), e.rank().intValue(), e.label());
            seen.add(e.rank());
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= distinct.size(); i++) {
            expected.add(i);
        }
        assertEquals(expected, new ArrayList<>(seen));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void permutingTheInputChangesNothing(Case c) {
        Ranking expected = rank(c);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(c.seed() + 1);
        for (int t = 0; t < 3; t++) {
            List<UnitScore> units = new ArrayList<>(c.card().units());
            shuffle(units, rng);
            Case p = new Case(c.name(), card(units), c.hundredths(), c.options(), c.previous(), c.seed());
            assertEquals(expected, rank(p));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void unitsAreOrderedByRankThenLabelWithTheUnrankedLastByLabel(Case c) {
        List<RankedUnit> units = rank(c).units();
        Comparator<RankedUnit> order = Comparator
                .comparing((RankedUnit u) -> !u.isRanked())
                .thenComparing(u -> u.isRanked() ? u.rank() : 0)
                .thenComparing(RankedUnit::label);
        List<RankedUnit> sorted = new ArrayList<>(units);
        sorted.sort(order);
        assertEquals(sorted, units);
        // A higher rounded value never ranks below a lower one.
        for (int i = 1; i < units.size(); i++) {
            if (units.get(i).isRanked()) {
                assertTrue(units.get(i - 1).rounded().compareTo(units.get(i).rounded()) >= 0);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void tiersFollowTheTypeSevenQuartilesOfTheRankedValues(Case c) {
        Ranking r = rank(c);
        List<Long> values = new ArrayList<>(rankedHundredths(c));
        if (values.isEmpty()) {
            assertTrue(r.tierCuts().isEmpty());
            r.units().forEach(u -> assertNull(u.tier()));
            return;
        }
        Collections.sort(values);
        // R, type 7: h = (m − 1)p + 1 (1-based), Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]); quarters of
        // integers are exact in double.
        double[] q = new double[3];
        for (int k = 1; k <= 3; k++) {
            double h = (values.size() - 1) * (k / 4.0) + 1;
            int lo = (int) Math.floor(h);
            double x = values.get(lo - 1);
            q[k - 1] = lo < values.size() ? x + (h - lo) * (values.get(lo) - x) : x;
        }
        TierCuts cuts = r.tierCuts().orElseThrow();
        assertEquals(q[0] / 100, cuts.q1().doubleValue(), 1e-12);
        assertEquals(q[1] / 100, cuts.q2().doubleValue(), 1e-12);
        assertEquals(q[2] / 100, cuts.q3().doubleValue(), 1e-12);
        for (RankedUnit e : r.units()) {
            if (!e.isRanked()) {
                assertNull(e.tier());
                continue;
            }
            long x = c.hundredths().get(e.label());
            Tier expected = x >= q[2] ? Tier.HIGH : x >= q[1] ? Tier.HIGH_AVERAGE : x >= q[0] ? Tier.LOW_AVERAGE
                    : Tier.LOW;
            assertEquals(expected, e.tier(), e.label());
        }
        assertEquals(Tier.HIGH, r.ranked().get(0).tier()); // the top unit is always HIGH
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rankChangeIsPreviousMinusCurrentWhenRankedInBoth(Case c) {
        Ranking r = rank(c);
        for (RankedUnit e : r.units()) {
            Integer prev = c.previous().get(e.label());
            assertEquals(prev, e.previousRank(), e.label());
            if (prev != null && e.isRanked()) {
                assertNotNull(e.rankChange());
                assertEquals(prev - e.rank(), e.rankChange().intValue());
            } else {
                assertNull(e.rankChange(), e.label());
            }
        }
        List<String> gone = c.previous().entrySet().stream()
                .filter(en -> en.getValue() != null && r.unit(en.getKey()).isEmpty())
                .map(Map.Entry::getKey).sorted().toList();
        assertEquals(gone, r.previousOnly());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void topAndBottomHoldTheUnitsWithFewerThanNStrictlyAboveOrBelow(Case c) {
        Ranking r = rank(c);
        List<Long> values = rankedHundredths(c);
        for (int n : new int[] {0, 1, 3, 10}) {
            List<String> top = new ArrayList<>();
            List<String> bottom = new ArrayList<>();
            for (RankedUnit e : r.ranked()) {
                long h = c.hundredths().get(e.label());
                if (values.stream().filter(v -> v > h).count() < n) {
                    top.add(e.label());
                }
                if (values.stream().filter(v -> v < h).count() < n) {
                    bottom.add(e.label());
                }
            }
            assertEquals(top, r.top(n).stream().map(RankedUnit::label).toList(), "top " + n);
            assertEquals(bottom, r.bottom(n).stream().map(RankedUnit::label).toList(), "bottom " + n);
        }
    }
}
