package io.github.sipas.scoring.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Answer;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PooledAnswersTest {

    static final Survey SURVEY = Surveys.bundled("sipas-2017");

    static Response form(String id, String unit, double w, int a1) {
        return new Response(id, unit, null, OptionalDouble.of(w), Map.of("A1", Answer.point(a1)), Map.of());
    }

    @Test
    void sharesArePooledWithTheWeightsOfTheUnitsCountsStayCounts() {
        // unit X: one 5 of weight 3, one 4 of weight 1; unit Y: one 2 of weight 4 and a don't-know.
        // Pooled: Σ w = 8; point 5: 3/8, point 4: 1/8, point 2: 4/8; satisfied (4, 5): 4/8.
        List<Response> data = new ArrayList<>(List.of(form("a", "X", 3, 5), form("b", "X", 1, 4),
                form("c", "Y", 4, 2)));
        data.add(new Response("d", "Y", null, OptionalDouble.of(100), Map.of("A1", Answer.dontKnow()),
                Map.of()));
        Scorecard card = Scorer.of(SURVEY).score(data);
        PooledAnswers p = PooledAnswers.of("A1", card.units());
        assertArrayEquals(new long[] {0, 1, 0, 1, 1}, p.counts());
        assertEquals(3, p.valid());
        assertEquals(1, p.dontKnow());
        assertArrayEquals(new double[] {0, 50, 0, 12.5, 37.5}, p.shares(), 1e-12);
        assertEquals(50, p.satisfiedShare(), 1e-12);
    }

    @Test
    void weightsOf1e300PoolWithoutOverflow() {
        Scorecard card = Scorer.of(SURVEY).score(List.of(form("a", "X", 3e300, 5), form("b", "Y", 1e300, 1)));
        PooledAnswers p = PooledAnswers.of("A1", card.units());
        assertArrayEquals(new double[] {25, 0, 0, 0, 75}, p.shares(), 1e-12);
    }

    @Test
    void criterionWithoutValidAnswersHasUndefinedShares() {
        Scorecard card = Scorer.of(SURVEY).score(List.of(new Response("a", "X", null, OptionalDouble.empty(),
                Map.of("A1", Answer.dontKnow()), Map.of())));
        PooledAnswers p = PooledAnswers.of("A1", card.units());
        assertTrue(Double.isNaN(p.share(0)) && Double.isNaN(p.satisfiedShare()));
    }
}
