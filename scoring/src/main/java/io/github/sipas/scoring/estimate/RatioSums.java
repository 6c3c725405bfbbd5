package io.github.sipas.scoring.estimate;

/**
 * The sums of a family of ratio estimators r_j = Σ w y_ij / Σ w v_ij over the J criteria of one unit, where y is the
 * satisfied indicator, the top-point indicator or the code itself: Y_j = Σ w y_ij, S_yy(j,k) = Σ w² y_ij y_ik and
 * S_yv(j,k) = Σ w² y_ij v_ik. With the shared X_j = Σ w v_ij and S_vv(j,k) = Σ w² v_ij v_ik, they give the linearized
 * variance of any linear combination of the r_j (see {@link #sumZ2}).
 */
final class RatioSums {

    final int items;
    final double[] num;
    final double[] yy;
    final double[] yv;
    /** S_vv(j,k) = Σ w² v_ij v_ik, summed alongside so that the bracket of {@link #sumZ2} cancels exactly. */
    final double[] vv;

    RatioSums(int items) {
        this.items = items;
        num = new double[items];
        yy = new double[items * items];
        yv = new double[items * items];
        vv = new double[items * items];
        shift = new double[items];
    }

    /**
     * Adds one form: the criteria in {@code list} (count of them) have y = {@code values[j]}, or 1 when values is null;
     * the valid criteria are in {@code valid} (validCount of them).
     */
    void add(double w, int[] list, int count, double[] values, int[] valid, int validCount) {
        double w2 = w * w;
        for (int a = 0; a < count; a++) {
            int j = list[a];
            double yj = values == null ? 1 : values[j];
            num[j] += w * yj;
            double wy = w2 * yj;
            int base = j * items;
            for (int b = 0; b < count; b++) {
                int k = list[b];
                yy[base + k] += values == null ? wy : wy * values[k];
            }
            for (int b = 0; b < validCount; b++) {
                yv[base + valid[b]] += wy;
            }
        }
        for (int a = 0; a < validCount; a++) {
            int base = valid[a] * items;
            for (int b = 0; b < validCount; b++) {
                vv[base + valid[b]] += w2;
            }
        }
    }

    /** Adds o's sums, those of w multiplied by f1 and those of w² by f2 (1 and 1 for sums of the same scale). */
    void combine(RatioSums o, double f1, double f2) {
        UnitSums.add(num, o.num, f1);
        UnitSums.add(yy, o.yy, f2);
        UnitSums.add(yv, o.yv, f2);
        UnitSums.add(vv, o.vv, f2);
    }

    /** Multiplies the sums of w by f1 and those of w² by f2. */
    void multiply(double f1, double f2) {
        UnitSums.multiply(num, f1);
        UnitSums.multiply(yy, f2);
        UnitSums.multiply(yv, f2);
        UnitSums.multiply(vv, f2);
    }

    /** The ratio r_j, plus the constant the values were shifted by; NaN when x_j = 0. */
    double ratio(int j, double[] x) {
        return x[j] > 0 ? num[j] / x[j] + shift[j] : Double.NaN;
    }

    /**
     * The constant subtracted from each value before summing (the scale's top code for the mean score, 0 for
     * indicators): a shift leaves the variance unchanged and keeps the sums small, so that a criterion everyone rated
     * alike has a standard error of exactly 0.
     */
    final double[] shift;

    /**
     * Σ_i z_i² for T = Σ_j a_j r_j, with z_i = Σ_j a_j w_i (y_ij − r_j v_ij) / X_j:
     * Σ_j Σ_k a_j a_k / (X_j X_k) · [S_yy(j,k) − r_k S_yv(j,k) − r_j S_yv(k,j) + r_j r_k S_vv(j,k)].
     * Criteria with a_j = 0 are skipped.
     */
    double sumZ2(double[] a, double[] x) {
        double total = 0;
        for (int j = 0; j < items; j++) {
            if (a[j] == 0) {
                continue;
            }
            double rj = ratio(j, x) - shift[j];
            double row = 0;
            for (int k = 0; k < items; k++) {
                if (a[k] == 0) {
                    continue;
                }
                double rk = ratio(k, x) - shift[k];
                double term = yy[j * items + k] - rk * yv[j * items + k] - rj * yv[k * items + j]
                        + rj * rk * vv[j * items + k];
                row += a[k] / x[k] * term;
            }
            total += a[j] / x[j] * row;
        }
        return total;
    }
}
