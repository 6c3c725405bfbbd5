package io.github.sipas.scoring.report;

import io.github.sipas.scoring.estimate.ItemScore;
import io.github.sipas.scoring.estimate.UnitScore;
import java.util.List;

/**
 * The answers to one criterion over the published units: counts per scale point, valid, don't know, blank (unweighted),
 * and the weighted shares per point and of satisfied answers, pooled as one sample: each unit's weighted shares
 * averaged with the weight Σ w of its valid answers ({@link ItemScore#poolingWeight()}), so that the pooled share is
 * 100 · Σ_u Σ w (x = code) / Σ_u Σ w.
 */
record PooledAnswers(String id, long[] counts, double[] shares, double satisfiedShare, long valid, long satisfied,
        long dontKnow, long unanswered) {

    /** Pools the answers of the units to a criterion. */
    static PooledAnswers of(String item, List<UnitScore> units) {
        long[] counts = null;
        long valid = 0;
        long satisfied = 0;
        long dontKnow = 0;
        long unanswered = 0;
        // Relative to the largest shown unit's, which need not be the scorecard's largest.
        double largest = 0;
        for (UnitScore u : units) {
            for (ItemScore s : u.items()) {
                if (s.id().equals(item) && s.valid() > 0) {
                    largest = Math.max(largest, s.poolingWeight());
                }
            }
        }
        double[] weighted = null;
        double total = 0;
        double satisfiedWeight = 0;
        for (UnitScore u : units) {
            for (ItemScore s : u.items()) {
                if (!s.id().equals(item)) {
                    continue;
                }
                if (counts == null) {
                    counts = new long[s.counts().size()];
                    weighted = new double[counts.length];
                }
                for (int k = 0; k < Math.min(counts.length, s.counts().size()); k++) {
                    counts[k] += s.counts().get(k);
                }
                valid += s.valid();
                satisfied += s.satisfied();
                dontKnow += s.dontKnow();
                unanswered += s.unanswered();
                if (s.valid() > 0) {
                    double w = s.poolingWeight() / largest;
                    total += w;
                    for (int k = 0; k < Math.min(weighted.length, s.shares().size()); k++) {
                        weighted[k] += w * s.shares().get(k);
                    }
                    satisfiedWeight += w * s.estimate().value();
                }
            }
        }
        if (counts == null) {
            return new PooledAnswers(item, new long[0], new double[0], Double.NaN, 0, 0, 0, 0);
        }
        double[] shares = new double[counts.length];
        boolean asCounts = valid > 0;
        for (int k = 0; k < shares.length; k++) {
            shares[k] = valid == 0 ? Double.NaN : weighted[k] / total;
            asCounts &= Math.abs(shares[k] - 100.0 * counts[k] / valid) <= SAME;
        }
        double satisfiedShare = valid == 0 ? Double.NaN : satisfiedWeight / total;
        asCounts &= valid > 0 && Math.abs(satisfiedShare - 100.0 * satisfied / valid) <= SAME;
        if (asCounts) {
            // Without weights (or with one weight for all), the weighted shares are the count shares but for the
            // rounding of the divisions, which can move a share of exactly 43.75 below the half to 43.7.
            for (int k = 0; k < shares.length; k++) {
                shares[k] = 100.0 * counts[k] / valid;
            }
            satisfiedShare = 100.0 * satisfied / valid;
        }
        return new PooledAnswers(item, counts, shares, satisfiedShare, valid, satisfied, dontKnow, unanswered);
    }

    /** Shares (%) closer than this to the count shares are taken as the count shares. */
    private static final double SAME = 1e-9;

    /** The weighted share (%) of the valid answers at point k (from 0), NaN without valid answers. */
    double share(int k) {
        return shares[k];
    }

    long forms() {
        return valid + dontKnow + unanswered;
    }
}
