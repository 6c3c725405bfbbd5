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
 *   <li>X_j = Σ w v_ij, Σ w x_ij, Σ w x_ij², and S_vv(j,k) = Σ w² v_ij v_ik;</li>
 *   <li>for the satisfied indicator (and on request the top-point indicator and the code), the {@link RatioSums}
 *       Y_j, S_yy and S_yv, which give the linearized variance of any linear combination of item indices;</li>
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
    final double[] wx;
    final double[] wx2;
    final double[] svv;
    /** Sums of the satisfied indicator. */
    final RatioSums sat;
    /** Sums of the top-point indicator, for {@link Variant#VERY_SATISFIED}; null when not requested. */
    final RatioSums top;
    /** Sums of the codes, for {@link Variant#MEAN_SCORE}; null when not requested. */
    final RatioSums score;
    /** For {@link Variant#ALL_SATISFIED}: Σ w and Σ w² over forms with a valid answer (b), and over those all satisfied (a). */
    double allB;
    double allA;
    double allB2;
    double allA2;
    /** Per element: complete forms, Σ x_j, Σ x_j x_k over its items. */
    final long[] alphaForms;
    final double[][] alphaSum;
    final double[][] alphaCross;

    UnitSums(int items, int points, int[] elementSizes, boolean withTop, boolean withScore) {
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
        wx = new double[items];
        wx2 = new double[items];
        svv = new double[items * items];
        sat = new RatioSums(items);
        top = withTop ? new RatioSums(items) : null;
        score = withScore ? new RatioSums(items) : null;
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
            satisfied[sl[a]]++;
        }
        sat.add(w, sl, ns, null, vl, nv);
        if (top != null) {
            top.add(w, row.topList, row.topCount, null, vl, nv);
        }
        if (score != null) {
            score.add(w, vl, nv, row.value, vl, nv);
        }
        if (nv > 0) {
            allB += w;
            allB2 += w2;
            if (ns == nv) {
                allA += w;
                allA2 += w2;
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
        add(wx, o.wx);
        add(wx2, o.wx2);
        add(svv, o.svv);
        sat.combine(o.sat);
        if (top != null) {
            top.combine(o.top);
        }
        if (score != null) {
            score.combine(o.score);
        }
        allB += o.allB;
        allA += o.allA;
        allB2 += o.allB2;
        allA2 += o.allA2;
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
        return sat.ratio(j, x);
    }

    /** The with-replacement linearized variance n/(n − 1) Σ z_i² of T = Σ a_j r_j; NaN when n &lt; 2. */
    double variance(RatioSums sums, double[] a) {
        if (forms < 2) {
            return Double.NaN;
        }
        return Math.max(0, sums.sumZ2(a, x, svv)) * forms / (forms - 1.0);
    }

    /**
     * The linearized variance of the share of forms satisfied on every criterion they rated, p = A / B:
     * Σ z² = (A2 − 2p·A2 + p²·B2) / B², since a ≤ b makes a² = ab = a; NaN when n &lt; 2 or B = 0.
     */
    double allSatisfiedVariance() {
        if (forms < 2 || !(allB > 0)) {
            return Double.NaN;
        }
        double p = allA / allB;
        double z2 = (allA2 - 2 * p * allA2 + p * p * allB2) / (allB * allB);
        return Math.max(0, z2) * forms / (forms - 1.0);
    }

    boolean isEmpty() {
        return forms == 0;
    }

    @Override
    public String toString() {
        return "UnitSums[forms=" + forms + ", valid=" + Arrays.toString(valid) + "]";
    }
}
