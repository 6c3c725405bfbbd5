package io.github.sipas.scoring.estimate;

import java.util.List;
import java.util.Objects;

/**
 * The index of one criterion in one unit, with its counts and summaries.
 *
 * <p>The index is 100 · Σ w s / Σ w v over the unit's forms (v: a valid answer, a point of the scale; s: a satisfied
 * one), with the Taylor-linearized standard error and the interval of the scorecard's method (see
 * {@link IntervalMethod}). The design effect is Var(p) / (p(1 − p) / valid); the effective size is Kish's
 * (Σ w v)² / Σ w² v. Mean and standard deviation are of the valid codes, weighted:
 * m = Σ w x / Σ w, sd = √(n_v / (n_v − 1) · Σ w (x − m)² / Σ w). Each is NaN when undefined (no valid answer; sd and SE
 * with fewer than two). For a reverse-keyed criterion ({@link io.github.sipas.core.Item#reverse()}) x is the mirrored
 * code lowest + highest − code in the mean, sd and median, and an answer is satisfied when its mirror is in the
 * satisfied set; the counts stay on the codes ticked.
 *
 * @param id the criterion's id
 * @param valid the number of valid answers (unweighted)
 * @param satisfied the number of satisfied answers (unweighted)
 * @param unanswered the number of blank answers
 * @param dontKnow the number of "don't know / not applicable" answers
 * @param notAsked the number of forms that were not asked the item
 * @param estimate the index, in percent
 * @param designEffect the design effect
 * @param effectiveSize Kish's effective number of valid answers
 * @param mean the weighted mean of the valid codes
 * @param sd the weighted standard deviation of the valid codes
 * @param median the weighted median of the valid codes: the first code, in the scale's order, at which the weighted
 *     share of valid answers reaches one half
 * @param counts the number of answers at each point of the scale, in the scale's order (unweighted)
 * @since 0.1
 */
public record ItemScore(String id, long valid, long satisfied, long unanswered, long dontKnow, long notAsked,
        Estimate estimate, double designEffect, double effectiveSize, double mean, double sd, double median,
        List<Long> counts) {

    /**
     * Copies the counts.
     *
     * @param id the criterion's id
     * @param valid the number of valid answers
     * @param satisfied the number of satisfied answers
     * @param unanswered the number of blank answers
     * @param dontKnow the number of don't-know answers
     * @param notAsked the number of forms not asked
     * @param estimate the index
     * @param designEffect the design effect
     * @param effectiveSize the effective size
     * @param mean the weighted mean
     * @param sd the weighted standard deviation
     * @param median the weighted median
     * @param counts the counts per point
     * @throws NullPointerException if the id, estimate or counts are null
     */
    public ItemScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(estimate, "estimate");
        counts = List.copyOf(counts);
    }

    /**
     * Returns the share of valid answers at each point of the scale, in percent, in the scale's order; unweighted,
     * with don't-know and unanswered kept out of the denominator. Empty shares are 0; all are NaN when no answer is
     * valid.
     *
     * @return the shares
     */
    public List<Double> shares() {
        return counts.stream().map(c -> valid == 0 ? Double.NaN : 100.0 * c / valid).toList();
    }
}
