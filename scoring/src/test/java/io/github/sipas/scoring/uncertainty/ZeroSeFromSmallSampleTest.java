package io.github.sipas.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Aggregation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.estimate.IntervalMethod;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.UnitScore;

/**
 * Regression for the review finding "an SE of 0 from a tiny sample is treated as known exactly": a unit where all 18
 * forms were satisfied on every criterion gets an index of 100 with a linearized SE of exactly 0 from the scorer. Its
 * rank set must not pin it above a unit at 97 (SE 0.8), the gap must not be called significant, and Fay–Herriot must
 * keep it in the fit and shrink it, since it is the small unit that needs it.
 */
class ZeroSeFromSmallSampleTest {

    static UnitScore unit(String label, long forms, double value, double se) {
        return new UnitScore(label, null, forms, new Estimate(value, se, value - 2 * se, value + 2 * se), null,
                List.of(), List.of());
    }

    /** Units as the scorer gives them: Bát Xát, 18 of 18 forms satisfied (100, SE 0), beside larger units. */
    static Scorecard card() {
        return new Scorecard("sipas-2017", 0.95, IntervalMethod.WILSON, Aggregation.MEAN_OF_ELEMENTS, List.of(
                unit("Bát Xát", 18, 100, 0),
                unit("Sa Pa", 200, 97, 0.8),
                unit("Bảo Thắng", 150, 91.5, 1.4),
                unit("Bảo Yên", 120, 88.2, 1.9),
                unit("Mường Khương", 90, 93.1, 1.7),
                unit("Văn Bàn", 160, 85.4, 1.6),
                unit("Si Ma Cai", 40, 90.0, 3.1)));
    }

    @Test
    void rankSetsDoNotPinTheUnit() {
        RankSets sets = RankSets.simultaneous(UnitEstimate.of(card()));
        RankSet batXat = sets.unit("Bát Xát").orElseThrow();
        RankSet saPa = sets.unit("Sa Pa").orElseThrow();
        assertEquals(1, batXat.lower(), batXat.toString());
        assertTrue(batXat.upper() >= 2, "18 forms cannot establish 100 above 97 (SE 0.8): " + batXat);
        assertEquals(1, saPa.lower(), "Sa Pa may be first: " + saPa);
    }

    @Test
    void theGapIsNotSignificant() {
        List<UnitEstimate> units = UnitEstimate.of(card());
        IndexDifference d = IndexDifference.between(units.get(0), units.get(1), 0.95);
        assertEquals(3, d.difference(), 1e-12);
        assertFalse(d.isSignificant(), d.toString());
        assertTrue(d.se() > 3, "the SE of the gap includes 18 forms' uncertainty: " + d);
    }

    @ParameterizedTest
    @EnumSource(FayHerriotScale.class)
    void fayHerriotKeepsAndShrinksTheUnit(FayHerriotScale scale) {
        FayHerriotFit fit = FayHerriot.builder().scale(scale).build().fit(UnitEstimate.of(card()));
        assertEquals(7, fit.areas(), "every unit is in the fit");
        SmallAreaEstimate u = fit.unit("Bát Xát").orElseThrow();
        assertTrue(u.isEstimated(), String.valueOf(u.reason()));
        assertEquals(100, u.direct(), 0);
        assertEquals(0, u.directSe(), 0, "the direct estimate and its SE are kept as they are");
        assertTrue(u.shrinkage() > 0.1, "a unit of 18 forms borrows strength: " + u);
        assertTrue(u.estimate() < 100 && u.rmse() > 0, u.toString());
    }
}
