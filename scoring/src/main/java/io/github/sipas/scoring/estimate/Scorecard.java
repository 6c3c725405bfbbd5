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
 * @param negativeItems the criteria that correlate negatively with the rest of their element, or of all the criteria,
 *     over all the forms: perhaps reverse-keyed (see {@link NegativeItem}); empty when there is none
 * @since 0.1
 */
public record Scorecard(String survey, double level, IntervalMethod method, Aggregation aggregation,
        List<UnitScore> units, List<NegativeItem> negativeItems) {

    /**
     * Copies the list.
     *
     * @param survey the survey's id
     * @param level the confidence level
     * @param method the interval method
     * @param aggregation the rule of the overall index
     * @param units the units
     * @param negativeItems the criteria that correlate negatively with the rest of their scale
     * @throws NullPointerException if a field is null
     */
    public Scorecard {
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(aggregation, "aggregation");
        units = List.copyOf(units);
        negativeItems = List.copyOf(negativeItems);
    }

    /**
     * Returns a scorecard without negative items.
     *
     * @param survey the survey's id
     * @param level the confidence level
     * @param method the interval method
     * @param aggregation the rule of the overall index
     * @param units the units
     * @throws NullPointerException if a field is null
     */
    public Scorecard(String survey, double level, IntervalMethod method, Aggregation aggregation,
            List<UnitScore> units) {
        this(survey, level, method, aggregation, units, List.of());
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
