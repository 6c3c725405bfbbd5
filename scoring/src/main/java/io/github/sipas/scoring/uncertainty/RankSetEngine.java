package io.github.sipas.scoring.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The pairwise-difference procedure of csranks' {@code csdiffmeans} (file {@code R/diffmeans.R} of
 * danielwilhelm/R-CS-ranks), on a family of directed comparisons "θ_j &gt; θ_k".
 *
 * <p>A pair (j, k) with j &lt; k carries up to two tests: {@link #FWD} "θ_j &gt; θ_k" and {@link #BWD} "θ_k &gt;
 * θ_j". With σ_jk = √(se_j² + se_k²) and bootstrap draws Z* ~ N(0, diag(se²)), the critical value c is the
 * {@code level} quantile (R's type 7) over the draws of max over the active tests of (Z*_j − Z*_k)/σ_jk (with j and k
 * swapped for a backward test); a forward test is rejected when x_j − x_k − σ_jk c &gt; 0, that is when csranks'
 * lower limit {@code ChatL} is above 0. With the stepdown, rejected tests leave the family and the step is repeated
 * until a step rejects nothing more or no test is left; without it there is one step.
 *
 * <p>Deviations from csranks, by design: the same draws serve every step (csranks draws anew at each step). Both
 * approximate the same quantiles; with the same draws the critical values cannot grow from one step to the next. And
 * the critical value is held at 0 or above: the level is at least 0.5 ({@link RankSetOptions}), where a family of
 * one-directional tests can still get a quantile just below 0 by simulation error (two units, one test: the median of
 * N(0, 1) draws); a negative c would establish equal estimates as ordered and could establish both directions of a
 * pair. With c &ge; 0 a test is rejected only when the difference has the tested sign, so every set holds the
 * estimated rank.
 *
 * <p>A pair whose σ is 0 (both estimates known without error) takes no part in the maximum; its test is rejected
 * when the difference has the tested sign ({@code ChatL = x_j − x_k}). When no active test has σ &gt; 0 the step's
 * critical value is NaN and only such exact differences are decided.
 */
final class RankSetEngine {

    /** The test "θ_j &gt; θ_k" of a pair (j, k), j &lt; k. */
    static final byte FWD = 1;
    /** The test "θ_k &gt; θ_j" of a pair (j, k), j &lt; k. */
    static final byte BWD = 2;
    /** Both tests. */
    static final byte BOTH = 3;

    /** Draws per block of the maximum's loop: a block's slices of the draws stay in the first-level cache. */
    private static final int BLOCK = 128;

    private RankSetEngine() {
    }

    /** What {@link #run} found: the rejected tests of each pair ({@link #FWD}, {@link #BWD} bits) and c per step. */
    record Outcome(byte[] rejected, double[] criticalValues) {
    }

    /**
     * Returns the bootstrap draws, transposed: {@code z[j][b] = se_j · g}, the standard normal deviates g taken from
     * {@code ZigguratSampler.NormalizedGaussian} over {@code XO_RO_SHI_RO_128_PP.create(seed)} in the order draw b
     * = 0, 1, …, and within a draw unit j = 0, 1, … ({@link RankSets} puts the units in the order of their labels).
     */
    static double[][] draws(double[] se, int draws, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int n = se.length;
        double[][] z = new double[n][draws];
        for (int b = 0; b < draws; b++) {
            for (int j = 0; j < n; j++) {
                z[j][b] = se[j] * gauss.sample();
            }
        }
        return z;
    }

    /**
     * Runs the procedure.
     *
     * @param x the estimates
     * @param se their standard errors
     * @param pj the first unit of each pair
     * @param pk the second unit of each pair, above the first
     * @param mode the tests of each pair ({@link #FWD}, {@link #BWD} or {@link #BOTH})
     * @param level the confidence level
     * @param stepdown whether to repeat the step on the tests not yet rejected
     * @param z the draws of {@link #draws}
     */
    static Outcome run(double[] x, double[] se, int[] pj, int[] pk, byte[] mode, double level, boolean stepdown,
            double[][] z) {
        int n = pj.length;
        int draws = z.length == 0 ? 0 : z[0].length;
        byte[] active = mode.clone();
        byte[] rejected = new byte[n];
        double[] sigma = new double[n];
        for (int t = 0; t < n; t++) {
            sigma[t] = Math.sqrt(se[pj[t]] * se[pj[t]] + se[pk[t]] * se[pk[t]]);
        }
        List<Double> critical = new ArrayList<>();
        double[] maxima = new double[draws];
        int[] gj = new int[n];
        int[] gk = new int[n];
        double[] ginv = new double[n];
        int[] groupEnd = new int[2];
        int left = 0;
        for (byte m : active) {
            left += m != 0 ? 1 : 0;
        }
        while (left > 0) {
            // The active tests with σ > 0, grouped: both directions (|.|), forward, backward.
            int both = 0;
            for (byte want : new byte[] {BOTH, FWD, BWD}) {
                for (int t = 0; t < n; t++) {
                    if (active[t] == want && sigma[t] > 0) {
                        gj[both] = pj[t];
                        gk[both] = pk[t];
                        ginv[both] = 1 / sigma[t];
                        both++;
                    }
                }
                if (want == BOTH) {
                    groupEnd[0] = both;
                } else if (want == FWD) {
                    groupEnd[1] = both;
                }
            }
            double c;
            if (both == 0) {
                c = Double.NaN;
            } else {
                maxima(z, gj, gk, ginv, groupEnd[0], groupEnd[1], both, maxima);
                c = Math.max(0, quantile7(maxima, level));
            }
            critical.add(c);
            boolean any = false;
            for (int t = 0; t < n; t++) {
                byte a = active[t];
                if (a == 0) {
                    continue;
                }
                double d = x[pj[t]] - x[pk[t]];
                double threshold = sigma[t] > 0 ? sigma[t] * c : 0;
                if ((a & FWD) != 0 && d - threshold > 0) {
                    rejected[t] |= FWD;
                    a &= ~FWD;
                    any = true;
                }
                if ((a & BWD) != 0 && -d - threshold > 0) {
                    rejected[t] |= BWD;
                    a &= ~BWD;
                    any = true;
                }
                active[t] = a;
                if (a == 0) {
                    left--;
                }
            }
            if (!stepdown || !any) {
                break;
            }
        }
        return new Outcome(rejected, critical.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Sets {@code maxima[b]} to the maximum over the grouped tests of draw b's standardized difference: |.| for the
     * tests [0, endBoth), (Z_j − Z_k)/σ for [endBoth, endFwd), (Z_k − Z_j)/σ for [endFwd, end).
     */
    static void maxima(double[][] z, int[] gj, int[] gk, double[] ginv, int endBoth, int endFwd, int end,
            double[] maxima) {
        int draws = maxima.length;
        double[] m = new double[BLOCK];
        for (int b0 = 0; b0 < draws; b0 += BLOCK) {
            int len = Math.min(BLOCK, draws - b0);
            Arrays.fill(m, Double.NEGATIVE_INFINITY);
            for (int t = 0; t < end; t++) {
                double[] zj = z[gj[t]];
                double[] zk = z[gk[t]];
                double inv = ginv[t];
                if (t < endBoth) {
                    for (int i = 0; i < len; i++) {
                        m[i] = Math.max(m[i], Math.abs(zj[b0 + i] - zk[b0 + i]) * inv);
                    }
                } else if (t < endFwd) {
                    for (int i = 0; i < len; i++) {
                        m[i] = Math.max(m[i], (zj[b0 + i] - zk[b0 + i]) * inv);
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        m[i] = Math.max(m[i], (zk[b0 + i] - zj[b0 + i]) * inv);
                    }
                }
            }
            System.arraycopy(m, 0, maxima, b0, len);
        }
    }

    /**
     * Returns R's {@code quantile(x, probs = level)} (type 7): with the values sorted, x[h] interpolated linearly at
     * h = (n − 1) · level (0-based), as (1 − f) x[⌊h⌋] + f x[⌊h⌋ + 1] with f = h − ⌊h⌋. Sorts {@code values} in place.
     */
    static double quantile7(double[] values, double level) {
        Arrays.sort(values);
        double h = (values.length - 1) * level;
        int lo = (int) Math.floor(h);
        if (lo + 1 >= values.length) {
            return values[values.length - 1];
        }
        double f = h - lo;
        return f == 0 ? values[lo] : (1 - f) * values[lo] + f * values[lo + 1];
    }
}
