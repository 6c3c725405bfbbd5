package io.github.sipas.scoring;

import java.util.Arrays;

/**
 * The sums of one unit (or group) from which every figure of its scorecard follows; never the rows themselves.
 *
 * <p>For J criteria and a form i with weight w, answer x_ij, v_ij = 1 for a valid answer (a scale point), s_ij = 1 for
 * a satisfied one:
 * <ul>
 *   <li>counts: forms n; per item valid, satisfied, unanswered, don't know, not asked, and each scale point (unweighted
 *       and weighted);</li>
 *   <li>X_j = Σ w v_ij, Y_j = Σ w s_ij, Σ w x_ij, Σ w x_ij²;</li>
 *   <li>the J × J cross-products S_ss(j,k) = Σ w² s_ij s_ik, S_sv(j,k) = Σ w² s_ij v_ik, S_vv(j,k) = Σ w² v_ij v_ik,
 *       which give the linearized variance of any linear combination of item indices (see {@link #sumZ2});</li>
 *   <li>per element, over the forms with a valid answer to each of its items: their count, Σ x_j and Σ x_j x_k
 *       (unweighted), for Cronbach's alpha.</li>
 * </ul>
 * Sums merge by addition, so partial sums of any split of the forms combine to the sums of the whole, up to
 * floating-point order.
 */
final class UnitSums {

    final int items;
    final int points;
    long forms;
    final long[] valid;
    final long[] satisfied;
    final long[] unanswered;
    final long[] dontKnow;
    final long[] notAsked;
    /** Unweighted count of each scale point, [j * points + p]. */
    final long[] pointCounts;
    /** Weighted count of each scale point, [j * points + p]. */
    final double[] pointWeights;
    final double[] x;
    final double[] y;
    final double[] wx;
    final double[] wx2;
    final double[] sss;
    final double[] ssv;
    final double[] svv;
    /** Per element: complete forms, Σ x_j, Σ x_j x_k over its items. */
    final long[] alphaForms;
    final double[][] alphaSum;
    final double[][] alphaCross;

    UnitSums(int items, int points, int[] elementSizes) {
        this.items = items;
        this.points = points;
        valid = new long[items];
        satisfied = new long[items];
        unanswered = new long[items];
        dontKnow = new long[items];
        notAsked = new long[items];
        pointCounts = new long[items * points];
        pointWeights = new double[items * points];
        x = new double[items];
        y = new double[items];
        wx = new double[items];
        wx2 = new double[items];
        sss = new double[items * items];
        ssv = new double[items * items];
        svv = new double[items * items];
        alphaForms = new long[elementSizes.length];
        alphaSum = new double[elementSizes.length][];
        alphaCross = new double[elementSizes.length][];
        for (int e = 0; e < elementSizes.length; e++) {
            alphaSum[e] = new double[elementSizes[e]];
            alphaCross[e] = new double[elementSizes[e] * elementSizes[e]];
        }
    }

    /** Adds one form of weight w, prepared by the scorer as a {@link Row}; elementItems lists each element's items. */
    void add(double w, Row row, int[][] elementItems) {
        forms++;
        double w2 = w * w;
        for (int j = 0; j < items; j++) {
            switch (row.state[j]) {
                case Row.UNANSWERED:
                    unanswered[j]++;
                    break;
                case Row.DONT_KNOW:
                    dontKnow[j]++;
                    break;
                case Row.NOT_ASKED:
                    notAsked[j]++;
                    break;
                default:
                    break;
            }
        }
        int[] vl = row.validList;
        int[] sl = row.satList;
        int nv = row.validCount;
        int ns = row.satCount;
        for (int a = 0; a < nv; a++) {
            int j = vl[a];
            double c = row.code[j];
            valid[j]++;
            x[j] += w;
            wx[j] += w * c;
            wx2[j] += w * c * c;
            int p = j * points + row.pointIndex[j];
            pointCounts[p]++;
            pointWeights[p] += w;
            int base = j * items;
            for (int b = 0; b < nv; b++) {
                svv[base + vl[b]] += w2;
            }
        }
        for (int a = 0; a < ns; a++) {
            int j = sl[a];
            satisfied[j]++;
            y[j] += w;
            int base = j * items;
            for (int b = 0; b < ns; b++) {
                sss[base + sl[b]] += w2;
            }
            for (int b = 0; b < nv; b++) {
                ssv[base + vl[b]] += w2;
            }
        }
        for (int e = 0; e < elementItems.length; e++) {
            int[] its = elementItems[e];
            boolean complete = true;
            for (int j : its) {
                if (row.state[j] != Row.VALID) {
                    complete = false;
                    break;
                }
            }
            if (complete) {
                alphaForms[e]++;
                double[] sum = alphaSum[e];
                double[] cross = alphaCross[e];
                int k = its.length;
                for (int a = 0; a < k; a++) {
                    double xa = row.code[its[a]];
                    sum[a] += xa;
                    for (int b = 0; b < k; b++) {
                        cross[a * k + b] += xa * row.code[its[b]];
                    }
                }
            }
        }
    }

    /** Adds another unit's sums to these. */
    void combine(UnitSums o) {
        forms += o.forms;
        add(valid, o.valid);
        add(satisfied, o.satisfied);
        add(unanswered, o.unanswered);
        add(dontKnow, o.dontKnow);
        add(notAsked, o.notAsked);
        add(pointCounts, o.pointCounts);
        add(pointWeights, o.pointWeights);
        add(x, o.x);
        add(y, o.y);
        add(wx, o.wx);
        add(wx2, o.wx2);
        add(sss, o.sss);
        add(ssv, o.ssv);
        add(svv, o.svv);
        add(alphaForms, o.alphaForms);
        for (int e = 0; e < alphaSum.length; e++) {
            add(alphaSum[e], o.alphaSum[e]);
            add(alphaCross[e], o.alphaCross[e]);
        }
    }

    private static void add(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
    }

    private static void add(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
    }

    /** The item index p_j as a proportion; NaN when no valid answer. */
    double p(int j) {
        return x[j] > 0 ? y[j] / x[j] : Double.NaN;
    }

    /**
     * Σ_i z_i² for T = Σ_j a_j p_j, with z_i = Σ_j a_j w_i (s_ij − p_j v_ij) / X_j:
     * Σ_j Σ_k a_j a_k / (X_j X_k) · [S_ss(j,k) − p_k S_sv(j,k) − p_j S_sv(k,j) + p_j p_k S_vv(j,k)].
     * Items with a_j = 0 are skipped.
     */
    double sumZ2(double[] a) {
        double total = 0;
        for (int j = 0; j < items; j++) {
            if (a[j] == 0) {
                continue;
            }
            double pj = p(j);
            double row = 0;
            for (int k = 0; k < items; k++) {
                if (a[k] == 0) {
                    continue;
                }
                double pk = p(k);
                double term = sss[j * items + k] - pk * ssv[j * items + k] - pj * ssv[k * items + j]
                        + pj * pk * svv[j * items + k];
                row += a[k] / x[k] * term;
            }
            total += a[j] / x[j] * row;
        }
        return total;
    }

    /** The with-replacement linearized variance n/(n − 1) Σ z_i² of T = Σ a_j p_j; NaN when n &lt; 2. */
    double variance(double[] a) {
        if (forms < 2) {
            return Double.NaN;
        }
        return Math.max(0, sumZ2(a)) * forms / (forms - 1.0);
    }

    boolean isEmpty() {
        return forms == 0;
    }

    @Override
    public String toString() {
        return "UnitSums[forms=" + forms + ", valid=" + Arrays.toString(valid) + "]";
    }
}
