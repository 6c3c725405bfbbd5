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
 * @param shares the weighted share of the valid answers at each point of the scale, in percent, in the scale's order:
 *     100 · Σ w (x = code) / Σ w over the valid answers, as R's {@code svymean(~factor(x), design)} on them (don't-know
 *     and blank answers kept out); equal to 100 · count / valid without weights; empty points 0; all NaN when no answer
 *     is valid
 * @param poolingWeight the weight of the unit's shares in shares pooled over units, 100 · Σ_u poolingWeight_u ·
 *     share_u / Σ_u poolingWeight_u, of which only the ratios between units matter: from a scorer, Σ w over the
 *     unit's valid answers relative to the largest such sum among the scorecard's units, in [0, 1] (0 when none is
 *     valid), unchanged when every weight is multiplied by the same number; not a figure to publish
 * @since 0.1
 */
public record ItemScore(String id, long valid, long satisfied, long unanswered, long dontKnow, long notAsked,
        Estimate estimate, double designEffect, double effectiveSize, double mean, double sd, double median,
        List<Long> counts, List<Double> shares, double poolingWeight) {

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
     * @param shares the weighted shares per point, in percent
     * @param poolingWeight the unit's relative weight in pooled shares
     * @throws NullPointerException if the id, estimate, counts or shares are null
     * @throws IllegalArgumentException if counts and shares differ in size
     */
    public ItemScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(estimate, "estimate");
        counts = List.copyOf(counts);
        shares = List.copyOf(shares);
        if (shares.size() != counts.size()) {
            throw new IllegalArgumentException("shares must have one element per count (" + counts.size() + "), not "
                    + shares.size());
        }
    }

    /**
     * Creates an item score whose shares are those of its counts, 100 · count / valid (the unweighted shares), with
     * the pooling weight of its valid answers' count: the constructor of 0.1, kept for scores built by hand.
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
    public ItemScore(String id, long valid, long satisfied, long unanswered, long dontKnow, long notAsked,
            Estimate estimate, double designEffect, double effectiveSize, double mean, double sd, double median,
            List<Long> counts) {
        this(id, valid, satisfied, unanswered, dontKnow, notAsked, estimate, designEffect, effectiveSize, mean, sd,
                median, counts, counts.stream().map(c -> valid == 0 ? Double.NaN : 100.0 * c / valid).toList(),
                valid);
    }
}
