package io.github.sipas.scoring.report;

import io.github.sipas.scoring.estimate.ItemScore;
import io.github.sipas.scoring.estimate.UnitScore;
import java.util.List;

/** The answers to one criterion over the published units: counts per scale point, valid, don't know, blank. */
record PooledAnswers(String id, long[] counts, long valid, long satisfied, long dontKnow, long unanswered) {

    /** Pools the answers of the units to a criterion. */
    static PooledAnswers of(String item, List<UnitScore> units) {
        long[] counts = null;
        long valid = 0;
        long satisfied = 0;
        long dontKnow = 0;
        long unanswered = 0;
        for (UnitScore u : units) {
            for (ItemScore s : u.items()) {
                if (!s.id().equals(item)) {
                    continue;
                }
                if (counts == null) {
                    counts = new long[s.counts().size()];
                }
                for (int k = 0; k < Math.min(counts.length, s.counts().size()); k++) {
                    counts[k] += s.counts().get(k);
                }
                valid += s.valid();
                satisfied += s.satisfied();
                dontKnow += s.dontKnow();
                unanswered += s.unanswered();
            }
        }
        return new PooledAnswers(item, counts == null ? new long[0] : counts, valid, satisfied, dontKnow,
                unanswered);
    }

    /** The share (%) of the valid answers at point k (from 0), NaN without valid answers. */
    double share(int k) {
        return valid == 0 ? Double.NaN : 100.0 * counts[k] / valid;
    }

    double satisfiedShare() {
        return valid == 0 ? Double.NaN : 100.0 * satisfied / valid;
    }

    long forms() {
        return valid + dontKnow + unanswered;
    }
}
