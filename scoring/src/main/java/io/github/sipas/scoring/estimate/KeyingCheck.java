package io.github.sipas.scoring.estimate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds the criteria that correlate negatively with the rest of their element, or of all the criteria, over all the
 * forms of a scorecard ({@link NegativeItem}): the groups' reliability sums, which are unweighted counts and sums of
 * codes, are added up, and the item–rest correlations computed from the total.
 */
final class KeyingCheck {

    private KeyingCheck() {
    }

    /**
     * Returns the negative items, element by element in the survey's order and then for all the criteria, each in
     * the order of its criteria.
     *
     * @param scorer the scorer whose sums these are
     * @param groups the sums of every group
     * @return the items; empty when none is negative
     */
    static List<NegativeItem> of(Scorer scorer, Collection<UnitSums> groups) {
        int sets = scorer.alphaItems.length;
        List<NegativeItem> out = new ArrayList<>();
        for (int e = 0; e < sets; e++) {
            int k = scorer.alphaItems[e].length;
            long m = 0;
            double[] sum = new double[k];
            double[] cross = new double[k * k];
            for (UnitSums s : groups) {
                m += s.reliabilityForms(e);
                UnitSums.add(sum, s.reliabilitySum(e, scorer.alphaItems[e]), 1);
                UnitSums.add(cross, s.reliabilityCross(e, scorer.alphaItems[e]), 1);
            }
            Reliability r = Reliability.of(k, m, sum, cross);
            for (int a = 0; a < k; a++) {
                double rest = r.itemRestCorrelations().get(a);
                if (rest < 0) {
                    io.github.sipas.core.Item item = scorer.criteria.get(scorer.alphaItems[e][a]);
                    out.add(new NegativeItem(e < scorer.elements.size() ? scorer.elements.get(e).id() : null,
                            item.id(), rest, m, item.reverse()));
                }
            }
        }
        return out;
    }
}
