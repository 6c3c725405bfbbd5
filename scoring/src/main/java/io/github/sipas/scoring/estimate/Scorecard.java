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
 * @param indexId the id the outputs give the overall index beside the element and criterion ids: the survey's
 *     {@link io.github.sipas.core.Survey#indexId()} ({@code SIPAS} for the bundled instruments, {@code index} when the
 *     instrument gives none)
 * @param grouping how the units were grouped: by unit ({@link Grouping#BY_UNIT}), by an attribute, or both; a unit
 *     score has a unit only when the grouping has the unit, and a group only when it has an attribute (a scorer's
 *     scorecard: every unit score has both that the grouping gives)
 * @param negativeItems the criteria that correlate negatively with the rest of their element, or of all the criteria,
 *     perhaps reverse-keyed (see {@link NegativeItem}); empty when there is none. A scorer's scorecard has none:
 *     they rest on the forms of several units, so they are computed for a publication over the units it may count,
 *     {@code card.withNegativeItems(accumulator.negativeItems(disclosure.qualityScope(card)))} (as {@code ScoreRun}
 *     does), or over every form with {@link io.github.sipas.core.quality.QualityScope#all()} when nothing is
 *     suppressed
 * @since 0.1
 */
public record Scorecard(String survey, double level, IntervalMethod method, Aggregation aggregation,
        List<UnitScore> units, String indexId, Grouping grouping, List<NegativeItem> negativeItems) {

    /**
     * Copies the list and checks that the units are of the grouping.
     *
     * @param survey the survey's id
     * @param level the confidence level
     * @param method the interval method
     * @param aggregation the rule of the overall index
     * @param units the units
     * @param indexId the overall index's id
     * @param grouping the grouping of the units
     * @param negativeItems the criteria that correlate negatively with the rest of their scale
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the index id is blank, or a unit score has a unit or a group that the
     *     grouping does not give
     */
    public Scorecard {
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(indexId, "indexId");
        Objects.requireNonNull(grouping, "grouping");
        units = List.copyOf(units);
        negativeItems = List.copyOf(negativeItems);
        if (indexId.isBlank()) {
            throw new IllegalArgumentException("indexId must not be blank");
        }
        for (UnitScore u : units) {
            if (u.unit() != null && !grouping.byUnit() || u.group() != null && grouping.attribute() == null) {
                throw new IllegalArgumentException("unit score '" + u.label() + "' (unit " + u.unit() + ", group "
                        + u.group() + ") is not of the grouping " + grouping.spelling());
            }
        }
    }

    /**
     * Returns a scorecard whose overall index is named {@value io.github.sipas.core.Survey#DEFAULT_INDEX_ID}, its
     * grouping that of its units: by unit alone when no unit score has a group, else by an attribute named
     * {@value Grouping#UNNAMED} (with the unit when some score has a unit).
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
        this(survey, level, method, aggregation, units, io.github.sipas.core.Survey.DEFAULT_INDEX_ID,
                Grouping.of(units));
    }

    /**
     * Returns a scorecard without negative items.
     *
     * @param survey the survey's id
     * @param level the confidence level
     * @param method the interval method
     * @param aggregation the rule of the overall index
     * @param units the units
     * @param indexId the overall index's id
     * @param grouping the grouping of the units
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Scorecard(String survey, double level, IntervalMethod method, Aggregation aggregation,
            List<UnitScore> units, String indexId, Grouping grouping) {
        this(survey, level, method, aggregation, units, indexId, grouping, List.of());
    }

    /**
     * Returns this scorecard with other negative items, such as those a publication may show ({@link
     * ScoreAccumulator#negativeItems(io.github.sipas.core.quality.QualityScope)}).
     *
     * @param items the negative items
     * @return the scorecard
     * @throws NullPointerException if items is null
     */
    public Scorecard withNegativeItems(List<NegativeItem> items) {
        return new Scorecard(survey, level, method, aggregation, units, indexId, grouping, items);
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
