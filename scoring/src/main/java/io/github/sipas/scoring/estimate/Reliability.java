package io.github.sipas.scoring.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * The reliability statistics of one element: Cronbach's alpha, raw and standardized, its Feldt confidence interval,
 * alpha if each item is deleted, and the item–rest correlations, as R's {@code psych::alpha} reports them.
 *
 * <p>Computed by {@link #of(int, long, double[], double[])} from the sums of the m forms that have a valid answer to
 * every one of the element's k items (listwise): m, Σ x_j and Σ x_j x_k, unweighted. The sample covariance matrix is
 * C_jk = (Σ x_j x_k − Σ x_j Σ x_k / m) / (m − 1), and
 * <ul>
 *   <li>raw alpha α = k/(k − 1) · (1 − Σ_j C_jj / Σ_jk C_jk), {@code $total$raw_alpha};</li>
 *   <li>standardized alpha k/(k − 1) · (1 − k / Σ_jk R_jk), with R the correlation matrix of C,
 *       {@code $total$std.alpha};</li>
 *   <li>alpha if item i is deleted: raw alpha of the other k − 1 items, {@code $alpha.drop$raw_alpha};</li>
 *   <li>item–rest correlation of item i: the correlation of the item with the sum of the other items,
 *       (Σ_j C_ij − C_ii) / √(C_ii · Σ_{j,l ≠ i} C_jl), {@code $item.stats$r.drop};</li>
 *   <li>the Feldt interval at level 1 − p, {@code $feldt} (see {@link #feldtLower(double)}).</li>
 * </ul>
 * All figures except the interval are invariant to the scale of C, so they are computed from the scatter matrix
 * m·Σ x_j x_k − Σ x_j Σ x_k, which is exact for integer codes (while its terms stay below 2^53), so that a zero
 * variance is detected exactly; with non-integer values a zero variance may come out as a tiny positive one.
 *
 * <p><b>Undefined cases.</b> A figure that is undefined is {@code NaN}, never infinite, and never an exception:
 * <ul>
 *   <li>every figure is NaN with fewer than two forms (m &lt; 2), with fewer than two items (k &lt; 2), or when a sum
 *       is not finite;</li>
 *   <li>raw alpha and the Feldt interval are NaN when the total has no variance (Σ_jk C_jk = 0);</li>
 *   <li>standardized alpha is NaN when an item has no variance (its correlations are undefined) or when the
 *       standardized items sum to a constant (Σ_jk R_jk is zero within the rounding error of its k² terms);</li>
 *   <li>alpha if an item is deleted is NaN when k = 2 (one item would be left, whose alpha is undefined) or when the
 *       other items' total has no variance;</li>
 *   <li>an item–rest correlation is NaN when the item, or the sum of the other items, has no variance.</li>
 * </ul>
 *
 * <p><b>Where psych differs.</b> These figures equal psych 2.2.9's (R 4.2.2) to 1e-9 wherever psych defines them as
 * above, with two exceptions: psych deletes an item without variance (with a warning) and computes every figure on the
 * remaining items, while here the item stays and counts in k, as in α's formula; and with k = 2 psych reports
 * C_12/C_22 and C_12/C_11 as "raw_alpha if deleted", which are not alphas, while here they are NaN.
 *
 * @param items the number of items k
 * @param forms the number of complete forms m the statistics were computed on
 * @param rawAlpha Cronbach's alpha from the covariance matrix
 * @param standardizedAlpha Cronbach's alpha from the correlation matrix
 * @param alphaIfDeleted per item, in the order of the sums, raw alpha of the other items
 * @param itemRestCorrelations per item, in the order of the sums, its correlation with the sum of the other items
 * @since 0.1
 */
public record Reliability(int items, long forms, double rawAlpha, double standardizedAlpha,
        List<Double> alphaIfDeleted, List<Double> itemRestCorrelations) {

    /**
     * Validates the counts and copies the lists.
     *
     * @param items the number of items k
     * @param forms the number of complete forms m
     * @param rawAlpha Cronbach's alpha from the covariance matrix
     * @param standardizedAlpha Cronbach's alpha from the correlation matrix
     * @param alphaIfDeleted per item, raw alpha of the other items
     * @param itemRestCorrelations per item, its correlation with the sum of the other items
     * @throws IllegalArgumentException if items or forms is negative, or a list's size is not items
     * @throws NullPointerException if a list or one of its elements is null
     */
    public Reliability {
        if (items < 0) {
            throw new IllegalArgumentException("items must be zero or positive, not " + items);
        }
        if (forms < 0) {
            throw new IllegalArgumentException("forms must be zero or positive, not " + forms);
        }
        alphaIfDeleted = List.copyOf(Objects.requireNonNull(alphaIfDeleted, "alphaIfDeleted"));
        itemRestCorrelations = List.copyOf(Objects.requireNonNull(itemRestCorrelations, "itemRestCorrelations"));
        if (alphaIfDeleted.size() != items) {
            throw new IllegalArgumentException(
                    "alphaIfDeleted must have " + items + " elements, not " + alphaIfDeleted.size());
        }
        if (itemRestCorrelations.size() != items) {
            throw new IllegalArgumentException(
                    "itemRestCorrelations must have " + items + " elements, not " + itemRestCorrelations.size());
        }
    }

    /**
     * Computes the reliability statistics of k items from the sums over m forms with a valid answer to each of them.
     *
     * <pre>{@code
     * // forms (1, 2), (3, 3), (2, 4): Σx = (6, 9), Σx² = (14, 29), Σ x1 x2 = 19
     * Reliability r = Reliability.of(2, 3, new double[] {6, 9}, new double[] {14, 19, 19, 29});
     * r.rawAlpha();                // 2/3: variances 1 and 1, covariance 0.5
     * r.itemRestCorrelations();    // [0.5, 0.5]
     * r.alphaIfDeleted();          // [NaN, NaN]: one item left
     * }</pre>
     *
     * @param k the number of items, zero or more
     * @param m the number of forms, zero or more
     * @param sums Σ x_j over the forms, j = 0..k − 1
     * @param cross Σ x_j x_l over the forms, k × k row-major at [j·k + l]; expected symmetric, as
     *     {@link UnitSums} accumulates it (it is used as given)
     * @return the statistics; see the class description for the cases that give NaN
     * @throws IllegalArgumentException if k or m is negative, or the arrays do not have k and k² elements
     * @throws NullPointerException if an array is null
     */
    public static Reliability of(int k, long m, double[] sums, double[] cross) {
        Objects.requireNonNull(sums, "sums");
        Objects.requireNonNull(cross, "cross");
        if (k < 0) {
            throw new IllegalArgumentException("k must be zero or positive, not " + k);
        }
        if (m < 0) {
            throw new IllegalArgumentException("m must be zero or positive, not " + m);
        }
        if (sums.length != k) {
            throw new IllegalArgumentException("sums must have k = " + k + " elements, not " + sums.length);
        }
        if ((long) k * k != cross.length) {
            throw new IllegalArgumentException("cross must have k * k = " + (long) k * k + " elements, not "
                    + cross.length);
        }
        List<Double> drop = new ArrayList<>(k);
        List<Double> rest = new ArrayList<>(k);
        if (k < 2 || m < 2 || !allFinite(sums) || !allFinite(cross)) {
            for (int i = 0; i < k; i++) {
                drop.add(Double.NaN);
                rest.add(Double.NaN);
            }
            return new Reliability(k, m, Double.NaN, Double.NaN, drop, rest);
        }
        // The scatter matrix times m: m(m − 1) C, exact for integer codes.
        double n = m;
        double[] s = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                s[a * k + b] = n * cross[a * k + b] - sums[a] * sums[b];
            }
            if (!(s[a * k + a] > 0)) {
                s[a * k + a] = 0; // a variance lost to rounding below zero is zero
            }
        }
        boolean[] all = new boolean[k];
        Arrays.fill(all, true);
        double raw = alpha(s, k, all, k);
        double std = standardizedAlpha(s, k);
        for (int i = 0; i < k; i++) {
            all[i] = false;
            drop.add(k > 2 ? alpha(s, k, all, k - 1) : Double.NaN);
            double restVar = total(s, k, all);
            all[i] = true;
            double cov = 0;
            for (int b = 0; b < k; b++) {
                if (b != i) {
                    cov += s[i * k + b];
                }
            }
            double var = s[i * k + i];
            rest.add(var > 0 && restVar > 0 ? cov / Math.sqrt(var * restVar) : Double.NaN);
        }
        return new Reliability(k, m, raw, std, drop, rest);
    }

    /**
     * Returns the lower limit of the Feldt confidence interval for alpha at the given level:
     * 1 − (1 − α) · F⁻¹(1 − p/2; m − 1, (m − 1)(k − 1)) with p = 1 − level and F⁻¹ the quantile function of Fisher's F
     * distribution. This is the {@code lower.ci} that psych 2.2.9's internal {@code alpha.ci} computes and
     * {@code psych::alpha(...)$feldt} reports (with p.val = 0.05, level 0.95), and the "Feldt" bound psych prints.
     *
     * @param level the confidence level, strictly between 0 and 1, such as 0.95
     * @return the lower limit; NaN when raw alpha is NaN
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public double feldtLower(double level) {
        double p = tail(level);
        if (Double.isNaN(rawAlpha)) {
            return Double.NaN;
        }
        return 1 - (1 - rawAlpha) * fisher().inverseSurvivalProbability(p / 2);
    }

    /**
     * Returns the upper limit of the Feldt confidence interval for alpha at the given level:
     * 1 − (1 − α) · F⁻¹(p/2; m − 1, (m − 1)(k − 1)) with p = 1 − level and F⁻¹ the quantile function of Fisher's F
     * distribution. This is the {@code upper.ci} that psych 2.2.9's internal {@code alpha.ci} computes and
     * {@code psych::alpha(...)$feldt} reports (with p.val = 0.05, level 0.95), and the "Feldt" bound psych prints.
     *
     * @param level the confidence level, strictly between 0 and 1, such as 0.95
     * @return the upper limit; NaN when raw alpha is NaN
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public double feldtUpper(double level) {
        double p = tail(level);
        if (Double.isNaN(rawAlpha)) {
            return Double.NaN;
        }
        return 1 - (1 - rawAlpha) * fisher().inverseCumulativeProbability(p / 2);
    }

    private static double tail(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be strictly between 0 and 1, not " + level);
        }
        return 1 - level;
    }

    /** The F distribution of Feldt's statistic; only called when alpha is defined, so m ≥ 2 and k ≥ 2. */
    private FDistribution fisher() {
        double df1 = forms - 1.0;
        return FDistribution.of(df1, df1 * (items - 1.0));
    }

    /** Raw alpha of the items in {@code in} (count kIn ≥ 2); NaN when their total has no variance. */
    private static double alpha(double[] s, int k, boolean[] in, int kIn) {
        double total = total(s, k, in);
        if (!(total > 0)) {
            return Double.NaN;
        }
        double trace = 0;
        for (int a = 0; a < k; a++) {
            if (in[a]) {
                trace += s[a * k + a];
            }
        }
        return kIn / (kIn - 1.0) * (1 - trace / total);
    }

    /** The sum of the entries of s over the items in {@code in}. */
    private static double total(double[] s, int k, boolean[] in) {
        double total = 0;
        for (int a = 0; a < k; a++) {
            if (in[a]) {
                for (int b = 0; b < k; b++) {
                    if (in[b]) {
                        total += s[a * k + b];
                    }
                }
            }
        }
        return total;
    }

    /**
     * Alpha from the correlation matrix, as psych: k/(k − 1) · (1 − k / Σ R); NaN when an item has no variance or Σ R
     * is zero within rounding.
     */
    private static double standardizedAlpha(double[] s, int k) {
        double[] inv = new double[k];
        for (int a = 0; a < k; a++) {
            double v = s[a * k + a];
            if (!(v > 0)) {
                return Double.NaN;
            }
            inv[a] = 1 / Math.sqrt(v);
        }
        double sumR = 0;
        double absSum = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double r = a == b ? 1 : inv[a] * s[a * k + b] * inv[b];
                sumR += r;
                absSum += Math.abs(r);
            }
        }
        // Σ R is the variance of the sum of the standardized items; below the rounding bound of its k² terms it is
        // zero (as for two items x and 6 − x), and 1 − k/Σ R would be a meaningless huge number.
        if (!(sumR > (k * k + 3) * Math.ulp(1.0) * absSum)) {
            return Double.NaN;
        }
        return k / (k - 1.0) * (1 - k / sumR);
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
