package io.github.sipas.scoring.estimate;

import org.apache.commons.statistics.distribution.BetaDistribution;
import io.github.sipas.core.Confidence;

/** Confidence limits for a proportion, as defined in {@link IntervalMethod}; all arguments and results are proportions. */
final class Intervals {

    private Intervals() {
    }

    /** Returns {lower, upper} for an item index p with standard error se and effective size n. */
    static double[] item(IntervalMethod method, double p, double se, double n, double z, double level) {
        double[] ci;
        switch (method) {
            case WILSON:
                ci = wilson(p, n, z);
                break;
            case CLOPPER_PEARSON:
                ci = clopperPearson(p, n, level);
                break;
            case LOGIT:
                ci = p > 0 && p < 1 ? logit(p, se, z) : clopperPearson(p, n, level);
                break;
            case WALD:
                ci = wald(p, se, z);
                break;
            case BETA:
                ci = p > 0 && p < 1 ? kornGraubard(p, se, level) : clopperPearson(p, n, level);
                break;
            default:
                throw new AssertionError(method);
        }
        return holding(ci, p);
    }

    /**
     * Every method's interval holds the estimate in exact arithmetic; rounding can put a limit a unit in the last place
     * on the wrong side of it (Wilson's upper limit at p = 1 is 0.9999999999999999), so the limits are moved to it.
     */
    private static double[] holding(double[] ci, double p) {
        if (!Double.isNaN(ci[0]) && !Double.isNaN(p)) {
            ci[0] = Math.min(ci[0], p);
            ci[1] = Math.max(ci[1], p);
        }
        return ci;
    }

    /** Returns {lower, upper} for a composite index: Wald, or logit when the method is logit. */
    static double[] composite(IntervalMethod method, double t, double se, double z) {
        if (method == IntervalMethod.LOGIT && t > 0 && t < 1) {
            return holding(logit(t, se, z), t);
        }
        return wald(t, se, z);
    }

    static double[] wilson(double p, double n, double z) {
        if (Double.isNaN(p) || !(n > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double z2 = z * z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denom;
        double half = z / denom * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    static double[] clopperPearson(double p, double n, double level) {
        if (Double.isNaN(p) || !(n > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double alpha = 1 - level;
        double x = p * n;
        double lower = x <= 0 ? 0 : BetaDistribution.of(x, n - x + 1).inverseCumulativeProbability(alpha / 2);
        double upper = x >= n ? 1 : BetaDistribution.of(x + 1, n - x).inverseCumulativeProbability(1 - alpha / 2);
        return new double[] {lower, upper};
    }

    /**
     * Clopper–Pearson on n.eff = p(1 − p)/se², for 0 &lt; p &lt; 1 (R survey's {@code svyciprop(method = "beta")}); the
     * point p when se = 0 (or so small that n.eff overflows), undefined when se is.
     */
    static double[] kornGraubard(double p, double se, double level) {
        if (Double.isNaN(se)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double nEff = p * (1 - p) / (se * se);
        if (!Double.isFinite(nEff)) {
            return new double[] {p, p};
        }
        double alpha = 1 - level;
        double x = nEff * p;
        double y = nEff * (1 - p);
        return new double[] {BetaDistribution.of(x, y + 1).inverseCumulativeProbability(alpha / 2),
            BetaDistribution.of(x + 1, y).inverseCumulativeProbability(1 - alpha / 2)};
    }

    static double[] logit(double p, double se, double z) {
        if (Double.isNaN(se)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double scale = se / (p * (1 - p));
        double l = Math.log(p / (1 - p));
        return new double[] {expit(l - z * scale), expit(l + z * scale)};
    }

    static double[] wald(double p, double se, double z) {
        if (Double.isNaN(p) || Double.isNaN(se)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {Math.max(0, p - z * se), Math.min(1, p + z * se)};
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
