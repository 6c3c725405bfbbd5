package io.github.sipas.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One unit's estimated index and its standard error: the plain input of {@link RankSets}, {@link RankChanges},
 * {@link IndexDifference} and {@link FayHerriot}. The estimates of different units are taken to come from independent
 * samples (SIPAS samples each unit separately), so their covariance matrix is diagonal.
 *
 * <pre>{@code
 * List<UnitEstimate> units = List.of(new UnitEstimate("Bát Xát", 91.20, 1.10), new UnitEstimate("Sa Pa", 88.05, 1.42));
 * List<UnitEstimate> fromCard = UnitEstimate.of(scorecard);   // the units whose overall index and SE are defined
 * }</pre>
 *
 * @param unit the unit's label ({@link UnitScore#label()}), unique among the units compared
 * @param value the index, in percent (any finite number is accepted; indices lie in [0, 100])
 * @param se its standard error, in percentage points; 0 means known without error
 * @since 0.1
 */
public record UnitEstimate(String unit, double value, double se) {

    /**
     * Validates the estimate.
     *
     * @param unit the unit's label
     * @param value the index
     * @param se its standard error
     * @throws NullPointerException if the unit is null
     * @throws IllegalArgumentException if the unit is blank, the value is not finite, or the standard error is
     *     negative or not finite
     */
    public UnitEstimate {
        Objects.requireNonNull(unit, "unit");
        if (unit.isBlank()) {
            throw new IllegalArgumentException("unit must not be blank");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of '" + unit + "' must be a finite number, not " + value);
        }
        if (!(se >= 0) || se == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("se of '" + unit + "' must be a finite number at least 0, not " + se);
        }
    }

    /**
     * Returns the overall index of every unit of a scorecard whose value and standard error are both defined, in
     * the scorecard's order; the others (an undefined index, or a single respondent) are left out.
     *
     * @param scorecard the scores
     * @return the estimates, immutable
     * @throws NullPointerException if the scorecard is null
     */
    public static List<UnitEstimate> of(Scorecard scorecard) {
        Objects.requireNonNull(scorecard, "scorecard");
        List<UnitEstimate> out = new ArrayList<>();
        for (UnitScore u : scorecard.units()) {
            Estimate e = u.index();
            if (Double.isFinite(e.value()) && Double.isFinite(e.se())) {
                out.add(new UnitEstimate(u.label(), e.value(), e.se()));
            }
        }
        return List.copyOf(out);
    }
}
