package io.github.sipas.scoring.estimate;

import io.github.sipas.core.Scale;
import java.util.ArrayList;
import java.util.List;

/**
 * The weighted summaries of one criterion's valid codes in one unit, from its sums of weight per scale point: mean m =
 * Σ w x / Σ w, sd = √(n_v / (n_v − 1) · Σ w (x − m)² / Σ w) and the median (the first code, in the scale's order, at
 * which the cumulative weight reaches half of Σ w). For a reverse-keyed criterion x is the mirrored code lowest +
 * highest − code, and the median walks the scale in the mirrored order, so that it too is a mirrored code. The
 * shares are those of the ticked codes, weighted: 100 · Σ w (x = code) / Σ w.
 */
final class ItemFigures {

    final double mean;
    final double sd;
    final double median;

    private ItemFigures(double mean, double sd, double median) {
        this.mean = mean;
        this.sd = sd;
        this.median = median;
    }

    /**
     * The weighted shares of criterion j's valid answers at each point of its scale, in percent, in the scale's order
     * (the ticked codes, whatever the keying); all NaN when x is 0.
     *
     * @param s the unit's sums
     * @param j the criterion
     * @param points the number of points of its scale
     * @param x Σ w over its valid answers
     */
    static List<Double> shares(UnitSums s, int j, int points, double x) {
        List<Double> out = new ArrayList<>(points);
        for (int k = 0; k < points; k++) {
            out.add(x > 0 ? 100 * s.weightAt(j, k) / x : Double.NaN);
        }
        return out;
    }

    /**
     * Computes the summaries of criterion j.
     *
     * @param s the unit's sums
     * @param j the criterion
     * @param scale its scale
     * @param reversed whether it is reverse-keyed
     * @param x Σ w over its valid answers, greater than 0
     * @param valid the number of valid answers, 1 or more
     */
    static ItemFigures of(UnitSums s, int j, Scale scale, boolean reversed, double x, long valid) {
        int n = scale.points().size();
        double wx = 0;
        double cumulative = 0;
        double median = Double.NaN;
        for (int i = 0; i < n; i++) {
            int k = reversed ? n - 1 - i : i;
            double w = s.weightAt(j, k);
            int value = value(scale, k, reversed);
            wx += w * value;
            cumulative += w;
            if (Double.isNaN(median) && cumulative >= x / 2) {
                median = value;
            }
        }
        double mean = wx / x;
        double sd = Double.NaN;
        if (valid >= 2) {
            double ss = 0;
            for (int k = 0; k < n; k++) {
                double dev = value(scale, k, reversed) - mean;
                ss += s.weightAt(j, k) * dev * dev;
            }
            sd = Math.sqrt(valid / (valid - 1.0) * ss / x);
        }
        return new ItemFigures(mean, sd, median);
    }

    private static int value(Scale scale, int k, boolean reversed) {
        int code = scale.points().get(k).code();
        return reversed ? scale.mirror(code) : code;
    }
}
