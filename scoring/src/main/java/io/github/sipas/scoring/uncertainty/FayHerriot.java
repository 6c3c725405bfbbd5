package io.github.sipas.scoring.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import io.github.sipas.core.collect.Journal;

/**
 * Fay–Herriot empirical-Bayes estimates for small units: the area-level model fitted by REML as R's
 * {@code sae::eblupFH} fits it, with the MSE of {@code sae::mseFH}, on the identity, logit or arcsine scale. The
 * estimates are reported beside the direct ones, never instead of them.
 *
 * <pre>{@code
 * FayHerriotFit fit = FayHerriot.builder().scale(FayHerriotScale.ARCSINE).build().fit(UnitEstimate.of(scorecard));
 * for (SmallAreaEstimate u : fit.units()) {
 *     System.out.printf("%-20s direct %6.2f (SE %.2f)  EB %6.2f (RMSE %.2f, shrinkage %.2f)%n", u.unit(), u.direct(),
 *             u.directSe(), u.estimate(), u.rmse(), u.shrinkage());
 * }
 * }</pre>
 *
 * <h2>Model</h2>
 * For the m units with a usable direct estimate, on the chosen {@link FayHerriotScale}: y_i = x_i'β + v_i + e_i with
 * v_i ~ N(0, A) and e_i ~ N(0, D_i), D_i the known sampling variance of y_i; x_i is 1 (an intercept) followed by the
 * caller's covariates for the unit, if any. D_i comes from the unit's {@link UnitEstimate#inferenceSe()}: its standard
 * error, but never below the floor of its number of forms. So a unit at 100 where every one of its few forms was
 * satisfied, whose linearized SE is 0, enters the fit with the sampling variance of a proportion over its forms and is
 * shrunk like any small unit: it is exactly the kind of unit the model is for. (sae keeps a unit whose sampling
 * variance is 0 in the fit, with B = 0, on the identity scale; here no unit has D = 0: an
 * {@link UnitEstimate#exact(String, double) exact} value, which has no sampling error, is left out, since with
 * D = 0 and A = 0 the fit's V would be singular.)
 * <ul>
 *   <li>REML by Fisher scoring, as {@code eblupFH(method = "REML")}: A_0 = median(D); with V = diag(A + D) and
 *       P = V⁻¹ − V⁻¹X(X'V⁻¹X)⁻¹X'V⁻¹, A_{k+1} = A_k + s/F with the score s = −tr(P)/2 + y'PPy/2 and the information
 *       F = tr(PP)/2, until |A_{k+1} − A_k| / A_k &lt; precision (10⁻⁴ unless set) or maxIterations (100 unless set)
 *       are run; A = max(A_{k+1}, 0). The fit has not converged when the last iteration still moved A by the
 *       precision or more.</li>
 *   <li>β = (X'V⁻¹X)⁻¹X'V⁻¹y, the estimate θ̃_i = x_i'β + (1 − B_i)(y_i − x_i'β) with the shrinkage factor
 *       B_i = D_i / (A + D_i).</li>
 *   <li>MSE as {@code mseFH(method = "REML")} (Prasad and Rao 1990, Datta and Lahiri 2000): g1 = D(1 − B),
 *       g2 = B² x'(X'V⁻¹X)⁻¹x, g3 = B² · (2 / Σ_j (A + D_j)⁻²) / (A + D), MSE = g1 + g2 + 2 g3.</li>
 *   <li>Back to the index scale with the inverse g of the scale (naively: emdi's bias-corrected back-transformation
 *       and its bootstrap MSE are not implemented): the estimate is g(θ̃), held in [0, 100]; its RMSE is half the
 *       width of the back-transformed one-RMSE interval, (g(θ̃ + √MSE) − g(θ̃ − √MSE)) / 2, with θ̃ and the two
 *       limits held in the scale's domain ([0, π/2] on the arcsine scale). To first order this is the delta method's
 *       |g'(θ̃)| √MSE (a central difference), but it is never 0 when the MSE is positive: the delta method gives 0 on
 *       the arcsine scale at θ̃ = π/2 (an estimate of 100), where g' = sin 2θ vanishes, and understates just below
 *       it. Held at π/2, the RMSE is 100 sin²(√MSE) / 2. On the identity scale, an estimate above 100 (or below 0),
 *       which a regression fit can give, is held at 100 (or 0) and its RMSE stays √MSE: the true index lies in
 *       [0, 100], so holding the estimate there never increases its error, and √MSE still bounds it; {@code theta}
 *       keeps the model's value.</li>
 * </ul>
 * The sources are sae's {@code eblupFH.R} and {@code mseFH.R} (Molina and Marhuenda 2015, "sae: an R package for small
 * area estimation", <i>The R Journal</i> 7(1)) and Rao and Molina (2015), <i>Small Area Estimation</i>, ch. 6.
 *
 * <h2>Edge cases</h2>
 * <ul>
 *   <li>An index of 0 or 100 (with its number of forms) enters the fit on every scale: on the logit scale y is the
 *       logit of the add-half proportion p̃ = (x + ½)/(n + 1) (x = n p, so p̃ = (n + ½)/(n + 1) at 100), the empirical
 *       logit of Cox (1970), <i>The Analysis of Binary Data</i>, since 100 itself has no logit; on the arcsine scale y
 *       is asin(√p) itself (π/2 at 100); on both, the delta method's slope for D is taken at p̃, where it is finite.
 *       With the floor, D is then about 2 on the logit scale (Cox's 1/(x + ½) + 1/(n − x + ½)) and 1/(4 (n + 2)) on
 *       the arcsine scale.</li>
 *   <li>Left out of the fit, with a reason instead of a model estimate: an exact value; an index outside [0, 100] on
 *       the logit or arcsine scale; an index of 0 or 100 there whose number of forms is not known.</li>
 *   <li>A = 0 (the regression explains all between-unit variation): every B is 1 and every estimate is the
 *       regression fit.</li>
 *   <li>Too few units: the fit needs more units in it than coefficients ({@code IllegalArgumentException}).</li>
 *   <li>No convergence: the fit says so and no unit gets a model estimate, as sae returns none.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FayHerriot {

    /** sae's default maximum number of Fisher-scoring iterations, 100. */
    public static final int DEFAULT_MAX_ITERATIONS = 100;

    /** sae's default convergence precision, 10⁻⁴ (relative change of A). */
    public static final double DEFAULT_PRECISION = 1e-4;

    private final FayHerriotScale scale;
    private final int maxIterations;
    private final double precision;

    private FayHerriot(FayHerriotScale scale, int maxIterations, double precision) {
        this.scale = scale;
        this.maxIterations = maxIterations;
        this.precision = precision;
    }

    /**
     * Starts configuring: the arcsine scale, sae's 100 iterations and precision 10⁻⁴ unless set.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the scale of the model.
     *
     * @return the scale
     */
    public FayHerriotScale scale() {
        return scale;
    }

    /**
     * Returns the maximum number of Fisher-scoring iterations.
     *
     * @return the maximum
     */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * Returns the convergence precision: the relative change of A below which the iterations stop.
     *
     * @return the precision
     */
    public double precision() {
        return precision;
    }

    /**
     * Fits the model with an intercept only.
     *
     * @param units the direct estimates, with unique units
     * @return the fit
     * @throws NullPointerException if the list or an estimate is null
     * @throws IllegalArgumentException if two estimates have the same unit, or fewer than 2 units can enter the fit
     */
    public FayHerriotFit fit(List<UnitEstimate> units) {
        return fit(units, Map.of());
    }

    /**
     * Fits the model with an intercept and the caller's covariates.
     *
     * @param units the direct estimates, with unique units
     * @param covariates each unit's covariate values, by label, all of one length q (the intercept is added, so it
     *     must not be among them); every unit that can enter the fit needs an entry; an empty map means an
     *     intercept only
     * @return the fit
     * @throws NullPointerException if an argument, an estimate or a covariate array is null
     * @throws IllegalArgumentException if two estimates have the same unit; a unit lacks covariates, or they differ in
     *     length or are not finite; there are not more units in the fit than coefficients; or the covariates are
     *     collinear
     */
    public FayHerriotFit fit(List<UnitEstimate> units, Map<String, double[]> covariates) {
        List<UnitEstimate> list = RankSets.checked(units, "units");
        Objects.requireNonNull(covariates, "covariates");
        int q = -1;
        for (Map.Entry<String, double[]> e : covariates.entrySet()) {
            double[] v = Objects.requireNonNull(e.getValue(), "covariates of '" + e.getKey() + "'");
            if (q >= 0 && v.length != q) {
                throw new IllegalArgumentException("covariates must all have " + q + " values, but '" + e.getKey()
                        + "' has " + v.length);
            }
            q = v.length;
            for (double c : v) {
                if (!Double.isFinite(c)) {
                    throw new IllegalArgumentException("covariates of '" + e.getKey() + "' must be finite, not "
                            + Arrays.toString(v));
                }
            }
        }
        int cols = 1 + Math.max(q, 0);
        // The units in the fit, on the model's scale.
        int n = list.size();
        double[] y = new double[n];
        double[] d = new double[n];
        String[] reason = new String[n];
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UnitEstimate u = list.get(i);
            reason[i] = transform(u, i, y, d);
            if (reason[i] == null) {
                if (cols > 1 && !covariates.containsKey(u.unit())) {
                    throw new IllegalArgumentException("covariates has no values for unit '" + u.unit() + "'");
                }
                used.add(i);
            }
        }
        int m = used.size();
        if (m <= cols) {
            throw new IllegalArgumentException("a Fay-Herriot fit with " + cols + " coefficient(s) needs more units"
                    + " with a usable direct estimate than that, not " + m + " (of " + n + ")");
        }
        double[] ym = new double[m];
        double[] dm = new double[m];
        double[][] x = new double[m][cols];
        for (int r = 0; r < m; r++) {
            int i = used.get(r);
            ym[r] = y[i];
            dm[r] = d[i];
            x[r][0] = 1;
            if (cols > 1) {
                System.arraycopy(covariates.get(list.get(i).unit()), 0, x[r], 1, cols - 1);
            }
        }
        // REML by Fisher scoring, as sae::eblupFH.
        double a = median(dm);
        int k = 0;
        double diff = precision + 1;
        double next = a;
        while (diff > precision && k < maxIterations) {
            k++;
            double[] v = new double[m];
            for (int r = 0; r < m; r++) {
                v[r] = 1 / (a + dm[r]);
            }
            double[][] qInv = inverse(weighted(x, v, 1));
            double[][] g2 = weighted(x, v, 2);
            double[][] g3 = weighted(x, v, 3);
            double[] resid = residuals(x, ym, v, qInv);
            // tr(P) = Σ v − tr(Q X'V²X); tr(PP) = Σ v² − 2 tr(Q X'V³X) + tr((Q X'V²X)²); Py = V(y − Xβ̂).
            double sumV = 0;
            double sumV2 = 0;
            double yPPy = 0;
            for (int r = 0; r < m; r++) {
                sumV += v[r];
                sumV2 += v[r] * v[r];
                double py = v[r] * resid[r];
                yPPy += py * py;
            }
            double[][] qg2 = multiply(qInv, g2);
            double trP = sumV - trace(qg2);
            double trPP = sumV2 - 2 * trace(multiply(qInv, g3)) + trace(multiply(qg2, qg2));
            double s = -0.5 * trP + 0.5 * yPPy;
            double f = 0.5 * trPP;
            next = a + s / f;
            diff = Math.abs((next - a) / a);
            a = next;
            if (Double.isNaN(diff)) {
                break;
            }
        }
        boolean converged = !(Double.isNaN(diff) || k >= maxIterations && diff >= precision);
        if (!converged) {
            String why = "the REML fit did not converge in " + k + " iterations (relative change " + diff + ")";
            List<SmallAreaEstimate> out = new ArrayList<>();
            List<Double> nan = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                nan.add(Double.NaN);
            }
            for (int i = 0; i < n; i++) {
                out.add(missing(list.get(i), reason[i] != null ? reason[i] : why));
            }
            return new FayHerriotFit(scale, m, Double.NaN, nan, nan, k, false, out);
        }
        a = Math.max(a, 0);
        double[] v = new double[m];
        double sumV2 = 0;
        for (int r = 0; r < m; r++) {
            v[r] = 1 / (a + dm[r]);
            sumV2 += v[r] * v[r];
        }
        double[][] qInv = inverse(weighted(x, v, 1));
        double[] beta = beta(x, ym, v, qInv);
        double varA = 2 / sumV2;
        List<Double> coef = new ArrayList<>();
        List<Double> coefSe = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            coef.add(beta[c]);
            coefSe.add(Math.sqrt(qInv[c][c]));
        }
        SmallAreaEstimate[] out = new SmallAreaEstimate[n];
        for (int r = 0; r < m; r++) {
            int i = used.get(r);
            double xb = 0;
            double xqx = 0;
            for (int c = 0; c < cols; c++) {
                xb += x[r][c] * beta[c];
                for (int e = 0; e < cols; e++) {
                    xqx += x[r][c] * qInv[c][e] * x[r][e];
                }
            }
            double b = dm[r] / (a + dm[r]);
            double theta = xb + (1 - b) * (ym[r] - xb);
            double g1 = dm[r] * (1 - b);
            double g2 = b * b * xqx;
            double g3 = b * b * varA / (a + dm[r]);
            double mse = g1 + g2 + 2 * g3;
            UnitEstimate u = list.get(i);
            double[] back = back(theta, mse);
            out[i] = new SmallAreaEstimate(u.unit(), u.value(), u.se(), back[0], back[1], b, ym[r], dm[r], theta, mse,
                    null);
        }
        for (int i = 0; i < n; i++) {
            if (out[i] == null) {
                out[i] = missing(list.get(i), reason[i]);
            }
        }
        return new FayHerriotFit(scale, m, a, coef, coefSe, k, true, Arrays.asList(out));
    }

    private static SmallAreaEstimate missing(UnitEstimate u, String reason) {
        return new SmallAreaEstimate(u.unit(), u.value(), u.se(), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, reason);
    }

    /**
     * Sets y[i] and d[i] on the model's scale, or returns why the unit cannot enter the fit. D comes from the
     * estimate's {@link UnitEstimate#inferenceSe()}; on the logit and arcsine scales the delta method's slope is taken
     * at p, or at the add-half p̃ for an index of 0 or 100, and the logit of such an index is that of p̃.
     */
    private String transform(UnitEstimate u, int i, double[] y, double[] d) {
        if (u.exact()) {
            return "an exact value has no sampling error: it stands as it is and does not enter the fit";
        }
        double p = u.value() / 100;
        double s = u.inferenceSe() / 100;
        if (scale == FayHerriotScale.IDENTITY) {
            y[i] = u.value();
            d[i] = u.inferenceSe() * u.inferenceSe();
            return null;
        }
        if (!(p >= 0 && p <= 1)) {
            return "an index of " + u.value() + " is outside [0, 100]; the direct estimate stands";
        }
        double at = p;
        if (p == 0 || p == 1) {
            if (u.forms() == 0) {
                return "an index of " + u.value() + " needs its number of forms on the " + scale
                        + " scale (for the add-half proportion); the direct estimate stands";
            } else {
                at = addHalf(p, u.forms());
            }
        }
        switch (scale) {
            case LOGIT:
                y[i] = Math.log(at / (1 - at));
                d[i] = s * s / (at * (1 - at) * at * (1 - at));
                return null;
            case ARCSINE:
                y[i] = Math.asin(Math.sqrt(p));
                d[i] = s * s / (4 * at * (1 - at));
                return null;
            default:
                throw new AssertionError(scale);
        }
    }

    /** The add-half proportion (x + ½)/(n + 1) of p = x/n, for p = 0 or 1. */
    static double addHalf(double p, long forms) {
        double n = forms;
        return (p * n + 0.5) / (n + 1);
    }

    /**
     * Returns {index, root MSE} on the index scale: the estimate g(θ̃) held in [0, 100], and half the width of the
     * back-transformed one-RMSE interval (see the class description).
     */
    private double[] back(double theta, double mse) {
        double r = Math.sqrt(mse);
        switch (scale) {
            case IDENTITY:
                return new double[] {Math.min(Math.max(theta, 0), 100), r};
            case LOGIT: {
                // expit(θ + r) − expit(θ − r), from the side where the two values are not both near 1
                double width = theta > 0 ? expit(-(theta - r)) - expit(-(theta + r))
                        : expit(theta + r) - expit(theta - r);
                return new double[] {100 * expit(theta), 100 * width / 2};
            }
            case ARCSINE: {
                double t = Math.min(Math.max(theta, 0), Math.PI / 2);
                double s = Math.sin(t);
                double hi = Math.min(t + r, Math.PI / 2);
                double lo = Math.max(t - r, 0);
                // sin²(hi) − sin²(lo) = sin(hi + lo) sin(hi − lo), without cancellation
                return new double[] {100 * s * s, 100 * Math.sin(hi + lo) * Math.sin(hi - lo) / 2};
            }
            default:
                throw new AssertionError(scale);
        }
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** R's median: the middle value, or the mean of the two middle values. */
    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int h = s.length / 2;
        return s.length % 2 == 1 ? s[h] : (s[h - 1] + s[h]) / 2;
    }

    /** X' diag(v^power) X. */
    private static double[][] weighted(double[][] x, double[] v, int power) {
        int cols = x[0].length;
        double[][] out = new double[cols][cols];
        for (int r = 0; r < x.length; r++) {
            double w = power == 1 ? v[r] : power == 2 ? v[r] * v[r] : v[r] * v[r] * v[r];
            for (int c = 0; c < cols; c++) {
                for (int e = 0; e < cols; e++) {
                    out[c][e] += x[r][c] * w * x[r][e];
                }
            }
        }
        return out;
    }

    private static double[] beta(double[][] x, double[] y, double[] v, double[][] qInv) {
        int cols = qInv.length;
        double[] xty = new double[cols];
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < cols; c++) {
                xty[c] += x[r][c] * v[r] * y[r];
            }
        }
        double[] beta = new double[cols];
        for (int c = 0; c < cols; c++) {
            for (int e = 0; e < cols; e++) {
                beta[c] += qInv[c][e] * xty[e];
            }
        }
        return beta;
    }

    private static double[] residuals(double[][] x, double[] y, double[] v, double[][] qInv) {
        double[] beta = beta(x, y, v, qInv);
        double[] r = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double xb = 0;
            for (int c = 0; c < beta.length; c++) {
                xb += x[i][c] * beta[c];
            }
            r[i] = y[i] - xb;
        }
        return r;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < n; j++) {
                    out[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return out;
    }

    private static double trace(double[][] a) {
        double t = 0;
        for (int i = 0; i < a.length; i++) {
            t += a[i][i];
        }
        return t;
    }

    /** Inverse by Gauss–Jordan elimination with partial pivoting. */
    static double[][] inverse(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        double[][] inv = new double[n][n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
            inv[i][i] = 1;
            for (double v : a[i]) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            if (!(Math.abs(a[pivot][c]) > 1e-13 * scale)) {
                throw new IllegalArgumentException("the covariates are collinear (with the intercept or each other):"
                        + " X'V^-1 X is singular");
            }
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            t = inv[c];
            inv[c] = inv[pivot];
            inv[pivot] = t;
            double p = a[c][c];
            for (int j = 0; j < n; j++) {
                a[c][j] /= p;
                inv[c][j] /= p;
            }
            for (int r = 0; r < n; r++) {
                if (r != c && a[r][c] != 0) {
                    double f = a[r][c];
                    for (int j = 0; j < n; j++) {
                        a[r][j] -= f * a[c][j];
                        inv[r][j] -= f * inv[c][j];
                    }
                }
            }
        }
        return inv;
    }

    /**
     * Configures a {@link FayHerriot}. Not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private FayHerriotScale scale = FayHerriotScale.ARCSINE;
        private int maxIterations = DEFAULT_MAX_ITERATIONS;
        private double precision = DEFAULT_PRECISION;

        private Builder() {
        }

        /**
         * Sets the model's scale; {@link FayHerriotScale#ARCSINE} unless set.
         *
         * @param value the scale
         * @return this builder
         * @throws NullPointerException if the scale is null
         */
        public Builder scale(FayHerriotScale value) {
            this.scale = Objects.requireNonNull(value, "scale");
            return this;
        }

        /**
         * Sets the maximum number of Fisher-scoring iterations; 100 unless set (sae's {@code MAXITER}).
         *
         * @param value the maximum, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the maximum is below 1
         */
        public Builder maxIterations(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxIterations must be at least 1, not " + value);
            }
            this.maxIterations = value;
            return this;
        }

        /**
         * Sets the convergence precision, the relative change of A below which the iterations stop; 10⁻⁴ unless
         * set (sae's {@code PRECISION}).
         *
         * @param value the precision, positive and finite
         * @return this builder
         * @throws IllegalArgumentException if the precision is not positive and finite
         */
        public Builder precision(double value) {
            if (!(value > 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("precision must be positive and finite, not " + value);
            }
            this.precision = value;
            return this;
        }

        /**
         * Returns the configured estimator.
         *
         * @return the estimator
         */
        public FayHerriot build() {
            return new FayHerriot(scale, maxIterations, precision);
        }
    }
}
