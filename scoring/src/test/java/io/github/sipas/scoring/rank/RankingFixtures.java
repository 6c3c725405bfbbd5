package io.github.sipas.scoring.rank;

import io.github.sipas.core.Aggregation;
import java.util.Arrays;
import java.util.List;
import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.estimate.IntervalMethod;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.UnitScore;

/** Builds scorecards for the ranking tests directly from their constructors; the one place that knows them. */
public final class RankingFixtures {

    private RankingFixtures() {
    }

    /** A unit with a defined overall index and the given number of respondents. */
    public static UnitScore unit(String label, double value, long respondents) {
        return new UnitScore(label, null, respondents, new Estimate(value, 1.0, value - 2, value + 2), null,
                List.of(), List.of());
    }

    /** A unit with 100 respondents. */
    public static UnitScore unit(String label, double value) {
        return unit(label, value, 100);
    }

    /** A unit whose overall index is undefined, with the scorecard's reason (may be null). */
    static UnitScore undefined(String label, long respondents, String reason) {
        return new UnitScore(label, null, respondents, Estimate.UNDEFINED, reason, List.of(), List.of());
    }

    public static Scorecard card(List<UnitScore> units) {
        return new Scorecard("sipas-2017", 0.95, IntervalMethod.WILSON, Aggregation.MEAN_OF_ELEMENTS, units);
    }

    public static Scorecard card(UnitScore... units) {
        return card(Arrays.asList(units));
    }

    /** Units "u00", "u01", ... with the given values and 100 respondents each. */
    static Scorecard cardOf(double... values) {
        UnitScore[] units = new UnitScore[values.length];
        for (int i = 0; i < values.length; i++) {
            units[i] = unit(String.format("u%02d", i), values[i]);
        }
        return card(units);
    }
}
