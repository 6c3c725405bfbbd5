package io.github.sipas.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipas.core.Aggregation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link UnitEstimate#of(Scorecard)}; the constructor's checks are in {@link RankSetsTest}. */
class UnitEstimateTest {

    static UnitScore unit(String unit, String group, Estimate index) {
        return new UnitScore(unit, group, 40, index, index.isDefined() ? null : "no valid answer", List.of(),
                List.of());
    }

    @Test
    void takesTheDefinedIndicesOfAScorecardInItsOrder() {
        Scorecard card = new Scorecard("sipas-2017", 0.95, IntervalMethod.WILSON, Aggregation.MEAN_OF_ELEMENTS,
                List.of(unit("Bát Xát", null, new Estimate(91.2, 1.1, 89, 93.4)),
                        unit("Mường Khương", null, Estimate.UNDEFINED),
                        unit("Sa Pa", "Nữ", new Estimate(88.05, 1.42, 85.3, 90.8)),
                        unit("Si Ma Cai", null, new Estimate(80, Double.NaN, Double.NaN, Double.NaN))));
        assertEquals(List.of(new UnitEstimate("Bát Xát", 91.2, 1.1), new UnitEstimate("Sa Pa / Nữ", 88.05, 1.42)),
                UnitEstimate.of(card));
    }
}
