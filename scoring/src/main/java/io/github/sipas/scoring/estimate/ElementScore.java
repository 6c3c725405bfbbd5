package io.github.sipas.scoring.estimate;

import java.util.List;
import java.util.Objects;

/**
 * The index of one element in one unit: the mean of the indices of its criteria that have a valid answer in the unit,
 * with its linearized standard error and a Wald interval (logit when the scorecard's method is
 * {@link IntervalMethod#LOGIT}), and the reliability of its criteria as a scale.
 *
 * <p>Reliability is computed listwise over the forms with a valid answer to every criterion of the element (see
 * {@link Reliability}): Cronbach's α = k/(k − 1) · (1 − Σ s_j² / s_T²) with sample variances, as R's
 * {@code psych::alpha(...)$total$raw_alpha}, and its Feldt interval at the scorecard's level; NaN where undefined
 * (fewer than two such forms, a single criterion, no variance in the total).
 *
 * @param id the element's id
 * @param estimate the index, in percent; undefined when none of its criteria has a valid answer
 * @param items the criteria that entered the index (those with a valid answer)
 * @param reliability alpha, alpha if each criterion is deleted, and item–rest correlations, over complete forms
 * @param alphaLower the lower Feldt limit of alpha at the scorecard's level
 * @param alphaUpper the upper Feldt limit of alpha at the scorecard's level
 * @since 0.1
 */
public record ElementScore(String id, Estimate estimate, List<String> items, Reliability reliability,
        double alphaLower, double alphaUpper) {

    /**
     * Copies the list.
     *
     * @param id the element's id
     * @param estimate the index
     * @param items the criteria in the index
     * @param reliability the reliability statistics
     * @param alphaLower the lower Feldt limit
     * @param alphaUpper the upper Feldt limit
     * @throws NullPointerException if the id, estimate, items or reliability are null
     */
    public ElementScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(estimate, "estimate");
        items = List.copyOf(items);
        Objects.requireNonNull(reliability, "reliability");
    }

    /**
     * Returns Cronbach's alpha (raw), NaN when undefined.
     *
     * @return alpha
     */
    public double alpha() {
        return reliability.rawAlpha();
    }

    /**
     * Returns the number of complete forms alpha was computed on.
     *
     * @return the count
     */
    public long alphaForms() {
        return reliability.forms();
    }
}
