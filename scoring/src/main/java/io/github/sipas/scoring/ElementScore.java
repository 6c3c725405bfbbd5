package io.github.sipas.scoring;

import java.util.List;
import java.util.Objects;

/**
 * The index of one element in one unit: the mean of the indices of its criteria that have a valid answer in the unit,
 * with its linearized standard error and a Wald interval (logit when the scorecard's method is
 * {@link IntervalMethod#LOGIT}), and Cronbach's alpha of its criteria.
 *
 * <p>Alpha is computed listwise over the forms with a valid answer to every criterion of the element:
 * α = k/(k − 1) · (1 − Σ s_j² / s_T²) with sample variances, as R's {@code psych::alpha(...)$total$raw_alpha}; NaN with
 * fewer than two such forms, a single criterion, or no variance in the total.
 *
 * @param id the element's id
 * @param estimate the index, in percent; undefined when none of its criteria has a valid answer
 * @param items the criteria that entered the index (those with a valid answer)
 * @param alpha Cronbach's alpha
 * @param alphaForms the number of forms alpha was computed on
 * @since 0.1
 */
public record ElementScore(String id, Estimate estimate, List<String> items, double alpha, long alphaForms) {

    /**
     * Copies the list.
     *
     * @param id the element's id
     * @param estimate the index
     * @param items the criteria in the index
     * @param alpha Cronbach's alpha
     * @param alphaForms the forms alpha was computed on
     * @throws NullPointerException if the id, estimate or items are null
     */
    public ElementScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(estimate, "estimate");
        items = List.copyOf(items);
    }
}
