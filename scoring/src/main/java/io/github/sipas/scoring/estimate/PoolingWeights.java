package io.github.sipas.scoring.estimate;

import java.util.List;

/**
 * Per unit and criterion, the weight Σ w of the unit's valid answers relative to the largest such sum among the
 * scorecard's units: the weight with which a unit's shares enter shares pooled over units. A ratio of sums of the same
 * degree in w, so that it does not change when every weight is multiplied by the same number, however far; each group's
 * sums are brought to the largest group's scale by a power of two first (a sum more than 2^-1074 below the largest
 * becomes 0).
 */
final class PoolingWeights {

    private PoolingWeights() {
    }

    /**
     * Computes the relative weights.
     *
     * @param groups the units' sums, in any order
     * @param items the number of criteria
     * @return [unit, in the order given][criterion], in [0, 1]; 0 where a unit has no valid answer
     */
    static double[][] of(List<UnitSums> groups, int items) {
        int top = Integer.MIN_VALUE;
        for (UnitSums s : groups) {
            if (!Double.isNaN(s.factor)) {
                top = Math.max(top, s.scale);
            }
        }
        double[][] out = new double[groups.size()][items];
        double[] largest = new double[items];
        for (int u = 0; u < groups.size(); u++) {
            UnitSums s = groups.get(u);
            if (Double.isNaN(s.factor)) {
                continue;
            }
            for (int j = 0; j < items; j++) {
                double x = 0;
                for (int p = 0; p < s.points; p++) {
                    x += s.weightAt(j, p);
                }
                out[u][j] = Math.scalb(x, s.scale - top);
                largest[j] = Math.max(largest[j], out[u][j]);
            }
        }
        for (double[] row : out) {
            for (int j = 0; j < items; j++) {
                row[j] = largest[j] > 0 ? row[j] / largest[j] : 0;
            }
        }
        return out;
    }
}
