package io.github.sipas.scoring.estimate;

import io.github.sipas.core.Aggregation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of every unit (or group) of a survey round, as computed by a {@link Scorer}.
 *
 * @param survey the survey's id
 * @param level the confidence level of the intervals, in (0, 1)
 * @param method the interval method of item indices
 * @param aggregation the rule of the overall index
 * @param units the units, ordered by label
 * @since 0.1
 */
public record Scorecard(String survey, double level, IntervalMethod method, Aggregation aggregation,
        List<UnitScore> units) {

    /**
     * Copies the list.
     *
     * @param survey the survey's id
     * @param level the confidence level
     * @param method the interval method
     * @param aggregation the rule of the overall index
     * @param units the units
     * @throws NullPointerException if a field is null
     */
    public Scorecard {
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(aggregation, "aggregation");
        units = List.copyOf(units);
    }

    /**
     * Returns the score of a unit, when grouping by unit alone.
     *
     * @param unit the unit
     * @return the score, or empty
     */
    public Optional<UnitScore> unit(String unit) {
        return units.stream().filter(u -> unit.equals(u.unit()) && u.group() == null).findFirst();
    }
}
