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

    @Test
    void accumulatorsOfDifferentScorersDoNotCombine() {
        ScoreAccumulator a = SCORER.accumulator();
        ScoreAccumulator b = Scorer.of(SURVEY).accumulator();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.combine(b));
        assertTrue(e.getMessage().contains("different scorers"), e.getMessage());
    }
}
