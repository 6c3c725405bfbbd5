package io.github.sipas.scoring.estimate;

/**
 * The sums of one unit (or group) from which every figure of its scorecard follows; never the rows themselves.
 *
 * <p>For J criteria and a form i with weight w: v_ij = 1 for a valid answer (a point of the scale), m_ij = 1 − v_ij for
 * a missing one (unanswered, don't know, not asked), d_ij = 1 for a valid answer that is not satisfied, s_ij = v_ij −
 * d_ij for a satisfied one. The sums are:
 * <ul>
 *   <li>n, W = Σ w and T = Σ w²; per criterion the unweighted count and the weight Σ w of each scale point, and the
 *       counts of unanswered, don't-know and not-asked;</li>
 *   <li>the J × J cross-products S_dd(j,k) = Σ w² d_ij d_ik, S_dm(j,k) = Σ w² d_ij m_ik and S_mm(j,k) = Σ w² m_ij m_ik
 *       (the symmetric ones in their upper triangle), over the few dissatisfied and missing answers only. From them: S_dv(j,k) = S_dd(j,j) − S_dm(j,k) and
 *       S_vv(j,k) = T − S_mm(j,j) − S_mm(k,k) + S_mm(j,k);</li>
 *   <li>for variant indices on request, {@link RatioSums} of the top-point indicator and of the code;</li>
 *   <li>per element, and for all the criteria together, over the forms with a valid answer to each of its items:
 *       their count, Σ x_j and Σ x_j x_k (unweighted; x the keyed code), for Cronbach's alpha.</li>
 * </ul>
 *
 * <p>The linearized value of T = Σ a_j p_j is z_i = Σ_j a_j w_i (s_ij − p_j v_ij) / X_j = −Σ_j a_j w_i (d_ij − q_j v_ij)
 * / X_j with q_j = 1 − p_j, so Σ z_i² = Σ_j Σ_k a_j a_k / (X_j X_k) · [S_dd − q_k S_dv(j,k) − q_j S_dv(k,j) +
 * q_j q_k S_vv]. Working with the dissatisfied answers rather than the satisfied ones costs a row a few dozen additions
 * instead of about a thousand, and keeps the bracket well conditioned for indices above one half, where SIPAS indices
 * lie. Sums merge by addition, so partial sums of any split of the forms combine to the sums of the whole, up to
 * floating-point order.
 *
 * <p>Every weight is first multiplied by 2<sup>−s</sup>, where s is the binary exponent of the group's first weight
 * (so that the first is in [1, 2)): every figure of the scorecard is a ratio of sums of the same degree in w, so the
 * scale cancels, and a multiplication by a power of two is exact, so that the figures are the very ones the unscaled
 * weights give whenever those neither overflow nor underflow, and stay right for weights of 1e-300 or 1e300, whose
 * squares would. A later weight must lie within 2<sup>±{@value #MAX_SHIFT}</sup> of the first, which keeps every sum
 * of squared weights of up to 2<sup>60</sup> forms in the range of a double. Sums of different scales merge by
 * rescaling the smaller to the larger, also by a power of two.
 */
final class UnitSums {

    /** How many binary orders of magnitude a scaled weight may lie from 1, and two merged scales from each other. */
    static final int MAX_SHIFT = 210;
    /** The smallest scaled weight taken: 2^-210. */
    static final double MIN_SCALED = 0x1p-210;
    /** The largest scaled weight taken: 2^210. */
    static final double MAX_SCALED = 0x1p210;

    final int items;
    /** The place of these sums among their accumulator's groups, for its batches of forms. */
    int ordinal;
    /** The exponent s of the scale: each weight is taken as w · 2^-s. */
    int scale;
    /** 2^-s; NaN until the first weight sets the scale. */
    double factor = Double.NaN;
    /** The first weight (unscaled), named when a later one is out of range. */
    double first;
    final int points;
    long forms;
    double weight;
    double weight2;
    final long[] unanswered;
    final long[] dontKnow;
    final long[] notAsked;
    /**
     * Per criterion and scale point, the unweighted count at [2 (j · points + p)] and the weight Σ w at the next
     * index: one array, so that a valid answer touches one cache line.
     */
    final double[] pointSums;
    final double[] sdd;
    final double[] sdm;
    final double[] smm;
    /** Sums of the non-criterion questions; null when the survey has none. */
    OptionSums options;
    /** Sums of the top-point indicator, for {@link Variant#VERY_SATISFIED}; null when not requested. */
    final RatioSums top;
    /** Sums of the codes, for {@link Variant#MEAN_SCORE}; null when not requested. */
    final RatioSums score;
    /** For {@link Variant#ALL_SATISFIED}: Σ w and Σ w² over forms with a valid answer (b), and those all satisfied (a). */
    double allB;
    double allA;
    double allB2;
    double allA2;
    /**
     * Per set of criteria (each element's, then every criterion's, in the survey's order): complete forms, Σ x_j, and
     * Σ x_j x_k for j ≤ k (the upper triangle of a k × k matrix). A form complete on every criterion is summed in the
     * last set only, since it is complete on every element too: an element's figures are its own sums plus the block
     * of the last set's that its criteria index ({@link #reliabilityForms}, {@link #reliabilitySum}, {@link
     * #reliabilityCross}); the codes are whole numbers, so the two ways give the same sums exactly.
     */
    final long[] alphaForms;
    final double[][] alphaSum;
    final double[][] alphaCross;

    UnitSums(int items, int points, int[] elementSizes, boolean withTop, boolean withScore) {
        this.items = items;
        this.points = points;
        unanswered = new long[items];
        dontKnow = new long[items];
        notAsked = new long[items];
        pointSums = new double[2 * items * points];
        sdd = new double[items * items];
        sdm = new double[items * items];
        smm = new double[items * items];
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

    /**
     * Adds one form of weight w, prepared by the scorer as a {@link Row}; elementItems lists each set of criteria whose
     * reliability is summed (each element's, then all).
     */
    void add(double w, Row row, int[][] elementItems) {
        forms++;
        double w2 = w * w;
        weight += w;
        weight2 += w2;
        int[] vl = row.validList;
        int nv = row.validCount;
        for (int a = 0; a < nv; a++) {
            int j = vl[a];
            int p = 2 * (j * points + row.pointIndex[j]);
            pointSums[p] += 1;
            pointSums[p + 1] += w;
        }
        int[] dl = row.dissList;
        int nd = row.dissCount;
        int[] ml = row.missList;
        int nm = row.missCount;
        for (int a = 0; a < nd; a++) {
            int base = dl[a] * items;
            for (int b = a; b < nd; b++) {
                sdd[base + dl[b]] += w2;
            }
            for (int b = 0; b < nm; b++) {
                sdm[base + ml[b]] += w2;
            }
        }
        for (int a = 0; a < nm; a++) {
            int j = ml[a];
            switch (row.state[j]) {
                case Row.UNANSWERED:
                    unanswered[j]++;
                    break;
                case Row.DONT_KNOW:
                    dontKnow[j]++;
                    break;
                default:
                    notAsked[j]++;
                    break;
            }
            int base = j * items;
            for (int b = a; b < nm; b++) {
                smm[base + ml[b]] += w2;
            }
        }
        if (top != null) {
            top.add(w, row.topList, row.topCount, null, vl, nv);
        }
        if (score != null) {
            score.add(w, vl, nv, row.centred, vl, nv);
        }
        if (nv > 0) {
            allB += w;
            allB2 += w2;
            if (nd == 0) {
                allA += w;
                allA2 += w2;
            }
        }
        int last = elementItems.length - 1;
        boolean allComplete = last >= 0;
        for (int j = 0; j < row.state.length && allComplete; j++) {
            allComplete = row.state[j] == Row.VALID;
        }
        for (int e = allComplete ? last : 0; e < (allComplete ? elementItems.length : last); e++) {
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
                double[] x = row.value;
                int from = k == 0 ? 0 : its[0];
                if (k == 0 || its[k - 1] - from == k - 1) {
                    // the set's criteria side by side (an element's, or all): the same sums without the look-up of
                    // each index, in a loop the compiler can vectorize
                    for (int a = 0; a < k; a++) {
                        double xa = x[from + a];
                        sum[a] += xa;
                        int base = a * k - from;
                        for (int b = from + a; b < from + k; b++) {
                            cross[base + b] += xa * x[b];
                        }
                    }
                } else {
                    for (int a = 0; a < k; a++) {
                        double xa = x[its[a]];
                        sum[a] += xa;
                        int base = a * k;
                        for (int b = a; b < k; b++) {
                            cross[base + b] += xa * x[its[b]];
                        }
                    }
                }
            }
        }
    }

    /**
     * Scales a weight that {@code w · factor} put out of range: the group's first weight sets the scale; a later one
     * so far from the first is refused.
     *
     * @param w the weight, finite and positive
     * @param id the response's id, for the message
     * @return w · 2^-s
     * @throws IllegalArgumentException if the group has a scale and w lies more than 2^±{@value #MAX_SHIFT} from it
     */
    double firstOrRefuse(double w, String id) {
        if (Double.isNaN(factor)) {
            setScale(Math.max(Math.getExponent(w), Double.MIN_EXPONENT), w);
            return w * factor;
        }
        throw new IllegalArgumentException("response '" + id + "' has weight " + w + ", more than 2^" + MAX_SHIFT
                + " times (or less than 2^-" + MAX_SHIFT + " of) the first weight of its group, " + first
                + "; weights so far apart cannot be summed in double precision");
    }

    private void setScale(int exponent, double firstWeight) {
        scale = exponent;
        factor = Math.scalb(1.0, -exponent);
        first = firstWeight;
    }

    /**
     * Tells why o's sums cannot be added to these: their scales lie more than 2^{@value #MAX_SHIFT} apart; null when
     * they can.
     */
    String whyNotCombinable(UnitSums o) {
        if (Double.isNaN(o.factor) || Double.isNaN(factor) || Math.abs(o.scale - scale) <= MAX_SHIFT) {
            return null;
        }
        return "the first weights of a group in the two accumulators, " + first + " and " + o.first + ", differ by "
                + "more than 2^" + MAX_SHIFT + "; weights so far apart cannot be summed in double precision";
    }

    /**
     * Adds another unit's sums to these. When their scales differ, the sums of the smaller are multiplied by
     * 2^-(difference) (the squared weights' by its square), exactly as long as nothing underflows; the caller has
     * checked with {@link #whyNotCombinable} that the scales are near enough.
     */
    void combine(UnitSums o) {
        if (Double.isNaN(o.factor)) {
            return; // no form was added to o: its sums are all zero
        }
        double f = 1;
        if (Double.isNaN(factor)) {
            setScale(o.scale, o.first);
        } else if (o.scale != scale) {
            int d = o.scale - scale;
            if (d > 0) {
                double down = Math.scalb(1.0, -d);
                multiply(down, down * down);
                setScale(o.scale, o.first);
            } else {
                f = Math.scalb(1.0, d);
            }
        }
        forms += o.forms;
        add(unanswered, o.unanswered);
        add(dontKnow, o.dontKnow);
        add(notAsked, o.notAsked);
        add(alphaForms, o.alphaForms);
        for (int e = 0; e < alphaSum.length; e++) {
            add(alphaSum[e], o.alphaSum[e], 1);
            add(alphaCross[e], o.alphaCross[e], 1);
        }
        for (int i = 0; i < pointSums.length; i += 2) {
            pointSums[i] += o.pointSums[i];
        }
        addScaled(this, o, f, f * f);
    }

    /**
     * Adds to t's weighted sums those of o: its sums of w times f1 and of w² times f2. The fields are those of
     * {@link #multiply}.
     */
    private static void addScaled(UnitSums t, UnitSums o, double f1, double f2) {
        t.weight += f1 * o.weight;
        t.weight2 += f2 * o.weight2;
        for (int i = 1; i < t.pointSums.length; i += 2) {
            t.pointSums[i] += f1 * o.pointSums[i];
        }
        add(t.sdd, o.sdd, f2);
        add(t.sdm, o.sdm, f2);
        add(t.smm, o.smm, f2);
        if (t.top != null) {
            t.top.combine(o.top, f1, f2);
        }
        if (t.score != null) {
            t.score.combine(o.score, f1, f2);
        }
        if (t.options != null) {
            t.options.combine(o.options, f1);
        }
        t.allB += f1 * o.allB;
        t.allA += f1 * o.allA;
        t.allB2 += f2 * o.allB2;
        t.allA2 += f2 * o.allA2;
    }

    /** Multiplies the sums of w by f1 and those of w² by f2; the fields are those of {@link #addScaled}. */
    private void multiply(double f1, double f2) {
        weight *= f1;
        weight2 *= f2;
        for (int i = 1; i < pointSums.length; i += 2) {
            pointSums[i] *= f1;
        }
        multiply(sdd, f2);
        multiply(sdm, f2);
        multiply(smm, f2);
        if (top != null) {
            top.multiply(f1, f2);
        }
        if (score != null) {
            score.multiply(f1, f2);
        }
        if (options != null) {
            options.multiply(f1);
        }
        allB *= f1;
        allA *= f1;
        allB2 *= f2;
        allA2 *= f2;
    }

    static void multiply(double[] a, double f) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= f;
        }
    }

    private static void add(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
    }

    static void add(double[] a, double[] b, double f) {
        for (int i = 0; i < a.length; i++) {
            a[i] += f * b[i];
        }
    }

    /** The unweighted count of answers at point p of criterion j. */
    long count(int j, int p) {
        return (long) pointSums[2 * (j * points + p)];
    }

    /** The weight Σ w of the answers at point p of criterion j. */
    double weightAt(int j, int p) {
        return pointSums[2 * (j * points + p) + 1];
    }

    /** S_dd(j,k), stored in the upper triangle. */
    double sdd(int j, int k) {
        return j <= k ? sdd[j * items + k] : sdd[k * items + j];
    }

    /** S_mm(j,k), stored in the upper triangle. */
    double smm(int j, int k) {
        return j <= k ? smm[j * items + k] : smm[k * items + j];
    }

    /** S_vv(j,k) = Σ w² v_ij v_ik, from T and the missing answers. */
    double svv(int j, int k) {
        return weight2 - smm[j * items + j] - smm[k * items + k] + smm(j, k);
    }

    /** S_dv(j,k) = Σ w² d_ij v_ik. */
    double sdv(int j, int k) {
        return sdd[j * items + j] - sdm[j * items + k];
    }

    /**
     * Σ_i z_i² for T = Σ a_j p_j, given per criterion X_j and q_j = 1 − p_j (see the class documentation).
     * Criteria with a_j = 0 are skipped.
     */
    double sumZ2(double[] a, double[] x, double[] q) {
        double total = 0;
        for (int j = 0; j < items; j++) {
            if (a[j] == 0) {
                continue;
            }
            double row = 0;
            for (int k = 0; k < items; k++) {
                if (a[k] == 0) {
                    continue;
                }
                double term = sdd(j, k) - q[k] * sdv(j, k) - q[j] * sdv(k, j) + q[j] * q[k] * svv(j, k);
                row += a[k] / x[k] * term;
            }
            total += a[j] / x[j] * row;
        }
        return total;
    }

    /** n/(n − 1) · max(0, Σ z²), the with-replacement variance; NaN when n &lt; 2. */
    double variance(double sumZ2) {
        if (forms < 2) {
            return Double.NaN;
        }
        return Math.max(0, sumZ2) * forms / (forms - 1.0);
    }

    /**
     * The linearized variance of the share of forms satisfied on every criterion they rated, p = A / B:
     * Σ z² = (A2 − 2p·A2 + p²·B2) / B², since a ≤ b makes a² = ab = a; NaN when n &lt; 2 or B = 0.
     */
    double allSatisfiedVariance() {
        if (!(allB > 0)) {
            return Double.NaN;
        }
        double p = allA / allB;
        return variance((allA2 - 2 * p * allA2 + p * p * allB2) / (allB * allB));
    }

    /** The complete forms of set e ({@link #alphaForms}): its own, and for an element those complete on all criteria. */
    long reliabilityForms(int e) {
        int last = alphaForms.length - 1;
        return e == last ? alphaForms[e] : alphaForms[e] + alphaForms[last];
    }

    /** Σ x_j over the complete forms of set e, whose criteria are {@code its} (indices among all the criteria). */
    double[] reliabilitySum(int e, int[] its) {
        int last = alphaForms.length - 1;
        double[] s = alphaSum[e].clone();
        if (e != last) {
            for (int a = 0; a < its.length; a++) {
                s[a] += alphaSum[last][its[a]];
            }
        }
        return s;
    }

    /** The k × k cross-products of set e over its complete forms, its criteria being {@code its}. */
    double[] reliabilityCross(int e, int[] its) {
        double[] c = alphaCrossFull(e);
        int last = alphaForms.length - 1;
        if (e != last) {
            int k = its.length;
            int n = alphaSum[last].length;
            double[] whole = alphaCross[last];
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    int i = Math.min(its[a], its[b]);
                    int j = Math.max(its[a], its[b]);
                    c[a * k + b] += whole[i * n + j];
                }
            }
        }
        return c;
    }

    /** The k × k cross-products of set e as summed here, the upper triangle mirrored. */
    double[] alphaCrossFull(int e) {
        double[] c = alphaCross[e].clone();
        int k = alphaSum[e].length;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < a; b++) {
                c[a * k + b] = c[b * k + a];
            }
        }
        return c;
    }
}
