package io.github.sipas.scoring.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.sipas.core.csv.CsvResponseReader;

/** The accumulator contract: empty, merge with empty on either side, split-and-merge, order. */
class ScoreAccumulatorTest {

    static final Survey SURVEY = Surveys.bundled("sipas-2017");
    static final Scorer SCORER = Scorer.builder(SURVEY).variants(EnumSet.allOf(Variant.class)).build();

    static Stream<Long> seeds() {
        return LongStream.range(0, 60).boxed();
    }

    @Test
    void emptyAccumulatorGivesNoUnits() {
        ScoreAccumulator acc = SCORER.accumulator();
        assertEquals(0, acc.count());
        assertTrue(acc.result().units().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void combineWithEmptyOnEitherSideChangesNothing(long seed) {
        List<Response> data = RandomResponses.generate(SURVEY, seed);
        Scorecard once = SCORER.score(data);
        ScoreAccumulator left = SCORER.accumulator();
        data.forEach(left::add);
        left.combine(SCORER.accumulator());
        assertEquals(once, left.result());
        ScoreAccumulator right = SCORER.accumulator();
        ScoreAccumulator full = SCORER.accumulator();
        data.forEach(full::add);
        right.combine(full);
        assertEquals(once, right.result());
        assertEquals(data.size(), right.count());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void splitAndMergeEqualsOnePassWhateverTheOrder(long seed) {
        List<Response> data = RandomResponses.generate(SURVEY, seed);
        Scorecard once = SCORER.score(data);
        Random random = new Random(seed);
        List<Response> shuffled = new ArrayList<>(data);
        Collections.shuffle(shuffled, random);
        int cut = random.nextInt(shuffled.size() + 1);
        ScoreAccumulator a = SCORER.accumulator();
        ScoreAccumulator b = SCORER.accumulator();
        shuffled.subList(0, cut).forEach(a::add);
        shuffled.subList(cut, shuffled.size()).forEach(b::add);
        Scorecard ab = SCORER.accumulator().combine(a).combine(b).result();
        Scorecard ba = b.combine(a).result();
        // 1e-12 on the 0-100 scale. Seeds with seed % 6 == 5 draw weights over four orders of magnitude
        // (0.011 to 90); there a standard error near zero is the difference of sums dominated by the largest
        // weights, and a different order of addition moves it by up to ~1e-11, so those get 1e-10.
        double tol = seed % 6 == 5 ? 1e-10 : 1e-12;
        ScorecardAssert.assertClose(once, ab, tol);
        ScorecardAssert.assertClose(once, ba, tol);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void reverseKeyedFixtureSplitsAndMergesToOnePassWithItsSharesAndWholeInstrumentAlpha(long seed) {
        // The scales fixture (ScalesReferenceTest): reverse-keyed items, weights, complete forms for the alpha of all
        // 13 criteria in every unit. Empty on either side, and a shuffled split merged either way, give one pass.
        Survey survey = ScalesReferenceTest.SURVEY;
        Scorer scorer = Scorer.builder(survey).variants(EnumSet.allOf(Variant.class)).build();
        List<Response> data = ScalesReferenceTest.readAll();
        Scorecard once = scorer.score(data);
        assertTrue(once.units().stream().allMatch(u -> u.reliability().alphaForms() > 50
                && Double.isFinite(u.reliability().alpha())));
        ScoreAccumulator full = scorer.accumulator();
        data.forEach(full::add);
        assertEquals(once, scorer.accumulator().combine(full).result());
        assertEquals(once, full.combine(scorer.accumulator()).result());
        Random random = new Random(seed);
        List<Response> shuffled = new ArrayList<>(data);
        Collections.shuffle(shuffled, random);
        int cut = random.nextInt(shuffled.size() + 1);
        ScoreAccumulator a = scorer.accumulator();
        ScoreAccumulator b = scorer.accumulator();
        shuffled.subList(0, cut).forEach(a::add);
        shuffled.subList(cut, shuffled.size()).forEach(b::add);
        ScorecardAssert.assertClose(once, scorer.accumulator().combine(a).combine(b).result(), 1e-12);
        ScorecardAssert.assertClose(once, b.combine(a).result(), 1e-12);
    }

    @Test
    void halvesOfTheWeightedFixtureCombineToTheWhole() {
        List<Response> data = io.github.sipas.core.csv.CsvResponseReader.builder(SURVEY).build()
                .readAll(io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-laocai-weighted.csv"))
                .responses();
        Scorecard once = SCORER.score(data);
        ScoreAccumulator first = SCORER.accumulator();
        ScoreAccumulator second = SCORER.accumulator();
        data.subList(0, 300).forEach(first::add);
        data.subList(300, data.size()).forEach(second::add);
        ScorecardAssert.assertClose(once, second.combine(first).result(), 1e-12);
    }

    static List<Response> weightedFixture() {
        return CsvResponseReader.builder(SURVEY).build()
                .readAll(io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-laocai-weighted.csv"))
                .responses();
    }

    static Response withWeight(Response r, double w) {
        return new Response(r.id(), r.unit(), r.period(), OptionalDouble.of(w), r.answers(), r.attributes());
    }

    static List<Response> scaled(List<Response> data, double factor) {
        return data.stream().map(r -> withWeight(r, r.weightOrOne() * factor)).toList();
    }

    @Test
    void weightsScaledByAPowerOfTwoGiveTheVeryFiguresOfTheUnscaled() {
        // 2^-1000 and 2^1000 squared would underflow and overflow; scaled back to the group's first weight they
        // are the fixture's own weights times a power of two, and every figure is a ratio: equal to the last bit.
        List<Response> data = weightedFixture();
        Scorecard once = SCORER.score(data);
        assertEquals(once, SCORER.score(scaled(data, 0x1p-1000)));
        assertEquals(once, SCORER.score(scaled(data, 0x1p1000)));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(doubles = {1e-300, 1e-308, 1e300, 1e307})
    void weightsTimesAnyFactorAsFarAs1e300GiveTheUnscaledFigures(double factor) {
        // w × 1e300 is rounded to 53 bits, so the figures move by a few ulps: 1e-12 relative (ScorecardAssert).
        List<Response> data = weightedFixture();
        Scorecard once = SCORER.score(data);
        Scorecard far = SCORER.score(scaled(data, factor));
        ScorecardAssert.assertClose(once, far, 1e-12);
        for (UnitScore u : far.units()) {
            assertTrue(u.index().se() > 0 && Double.isFinite(u.index().value()), u.label() + " " + u.index());
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(doubles = {0x1p3, 0x1p150})
    void groupsOfDifferentScalesCombineToTheWhole(double factor) {
        // Every other form weighs `factor` times its fixture weight. One half is added heavy forms first, the other
        // light forms first, so that a unit's first weights, which set its scale, lie about `factor` apart in the
        // two; the merge rescales the smaller by a power of two. To the order of addition: 1e-12 (ScorecardAssert).
        List<Response> data = weightedFixture();
        List<Response> heavy = new ArrayList<>();
        List<Response> light = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            (i % 2 == 0 ? heavy : light).add(i % 2 == 0 ? withWeight(data.get(i), data.get(i).weightOrOne() * factor)
                    : data.get(i));
        }
        List<Response> all = new ArrayList<>(heavy);
        all.addAll(light);
        Scorecard once = SCORER.score(all);
        int h = heavy.size() / 2;
        int l = light.size() / 2;
        for (boolean heavyFirst : new boolean[] {true, false}) {
            ScoreAccumulator a = SCORER.accumulator();
            heavy.subList(0, h).forEach(a::add);
            light.subList(0, l).forEach(a::add);
            ScoreAccumulator b = SCORER.accumulator();
            light.subList(l, light.size()).forEach(b::add);
            heavy.subList(h, heavy.size()).forEach(b::add);
            Scorecard merged = heavyFirst ? a.combine(b).result() : b.combine(a).result();
            ScorecardAssert.assertClose(once, merged, 1e-12);
        }
    }

    @Test
    void weightTooFarFromTheFirstOfItsGroupIsRefusedAndNotAdded() {
        List<Response> data = weightedFixture();
        Response first = withWeight(data.get(0), 1e300);
        Response same = data.stream().filter(r -> r != data.get(0) && r.unit().equals(first.unit())).findFirst()
                .orElseThrow();
        Response other = data.stream().filter(r -> !r.unit().equals(first.unit())).findFirst().orElseThrow();
        ScoreAccumulator acc = SCORER.accumulator();
        acc.add(first);
        Scorecard before = acc.result();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> acc.add(withWeight(same, 1e-300)));
        assertTrue(e.getMessage().contains("response '" + same.id() + "' has weight 1.0E-300")
                && e.getMessage().contains("first weight of its group, 1.0E300"), e.getMessage());
        assertEquals(1, acc.count());
        assertEquals(before, acc.result());
        // Another group has its own first weight.
        acc.add(withWeight(other, 1e-300));
        assertEquals(2, acc.count());
    }

    @Test
    void groupsWhoseFirstWeightsLieTooFarApartDoNotCombine() {
        List<Response> data = weightedFixture();
        ScoreAccumulator big = SCORER.accumulator();
        big.add(withWeight(data.get(0), 1e300));
        ScoreAccumulator small = SCORER.accumulator();
        small.add(withWeight(data.get(1), 1.0));
        small.add(withWeight(data.get(0), 1e-300));
        Scorecard before = small.result();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.combine(big));
        assertTrue(e.getMessage().contains("1.0E-300 and 1.0E300"), e.getMessage());
        assertEquals(before, small.result());
        assertEquals(2, small.count());
    }

    @Test
    void accumulatorsOfDifferentScorersDoNotCombine() {
        ScoreAccumulator a = SCORER.accumulator();
        ScoreAccumulator b = Scorer.of(SURVEY).accumulator();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.combine(b));
        assertTrue(e.getMessage().contains("different scorers"), e.getMessage());
    }

    /**
     * Many forms over many units, more than a batch ({@link ScoreAccumulator#PENDING}): the sums are made unit by unit
     * within each batch, so they must be those of adding each unit's forms alone, in order, to the bit. Combining
     * accumulators of one unit each adds each unit's sums to zeros, which is exact, so the two scorecards are equal.
     */
    @ParameterizedTest
    @MethodSource("batchSeeds")
    void batchesSumEachUnitsFormsInTheirOrderToTheBit(long seed) {
        org.apache.commons.rng.UniformRandomProvider rng =
                org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int units = 1 + rng.nextInt(300);
        int forms = ScoreAccumulator.PENDING + rng.nextInt(3 * ScoreAccumulator.PENDING);
        List<Response> data = new ArrayList<>(forms);
        List<Response> base = RandomResponses.generate(SURVEY, seed);
        for (int i = 0; i < forms; i++) {
            Response r = base.get(rng.nextInt(base.size()));
            data.add(new Response("B" + i, "U" + rng.nextInt(units), null,
                    OptionalDouble.of(Math.exp(rng.nextDouble() * 6 - 3)), r.answers(), r.attributes()));
        }
        ScoreAccumulator all = SCORER.accumulator();
        data.forEach(all::add);
        java.util.Map<String, ScoreAccumulator> byUnit = new java.util.TreeMap<>();
        for (Response r : data) {
            byUnit.computeIfAbsent(r.unit(), u -> SCORER.accumulator()).add(r);
        }
        ScoreAccumulator merged = SCORER.accumulator();
        byUnit.values().forEach(merged::combine);
        assertEquals(merged.result(), all.result());
        assertEquals(forms, all.count());
    }

    static Stream<Long> batchSeeds() {
        return LongStream.range(100, 106).boxed();
    }

    @Test
    void aFormRefusedForItsCodeIsNotAddedAndTheBatchGoesOn() {
        Response good = RandomResponses.generate(SURVEY, 7).get(0);
        java.util.Map<String, io.github.sipas.core.Answer> bad = new java.util.LinkedHashMap<>(good.answers());
        bad.put(SURVEY.criteria().get(0).id(), io.github.sipas.core.Answer.point(9));
        Response refused = new Response("X", good.unit(), null, good.weight(), bad, good.attributes());
        ScoreAccumulator acc = SCORER.accumulator();
        acc.add(good);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> acc.add(refused));
        assertTrue(e.getMessage().contains("code 9"), e.getMessage());
        acc.add(good);
        ScoreAccumulator twice = SCORER.accumulator();
        twice.add(good);
        twice.add(good);
        assertEquals(twice.result(), acc.result());
        assertEquals(2, acc.count());
    }
}
