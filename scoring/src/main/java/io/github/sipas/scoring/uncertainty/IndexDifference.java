package io.github.sipas.scoring.uncertainty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The difference between two indices from independent samples, with its standard error, confidence interval and
 * two-sided test of no difference: the change of a unit's index between two periods ({@link #change}), or the gap
 * between two units ({@link #between}).
 *
 * <pre>{@code
 * IndexDifference d = IndexDifference.change(lastYear, thisYear, 0.95);
 * System.out.printf("%+.2f points (SE %.2f), 95 %% interval [%.2f, %.2f], p = %.3f%n", d.difference(), d.se(),
 *         d.lower(), d.upper(), d.pValue());
 * }</pre>
 *
 * <p>Formula, for estimates a and b of independent samples with standard errors s_a and s_b (each
 * {@link UnitEstimate#inferenceSe()}: the estimate's standard error with the floor of its number of forms, so that an
 * index of 100 from a few forms, whose linearized SE is 0, is not taken as exact): difference = a − b,
 * se = √(s_a² + s_b²), z = difference / se, pValue = 2 (1 − Φ(|z|)), and the interval difference ∓ z_{1−α/2} se with
 * α = 1 − level. The difference is established at the level when the interval excludes 0 ({@link #isSignificant()},
 * the same as pValue &lt; α up to rounding). This is a Wald test on the normal approximation that the indices'
 * intervals already rest on; it does not account for multiple comparisons.
 *
 * <p>Edge cases: when both estimates are {@link UnitEstimate#exact(String, double) exact} the difference is exact:
 * se = 0, the interval is the difference itself, z is ±∞ (NaN when the difference is 0) and pValue is 0 (1 when the
 * difference is 0). A standard error of 0 from a sample gets its floor instead.
 *
 * @param first the label of the first estimate (the current period's, for a change)
 * @param second the label of the second estimate (the previous period's, for a change)
 * @param difference first − second, in percentage points
 * @param se its standard error, from the two estimates' {@link UnitEstimate#inferenceSe()}
 * @param z the test statistic, difference / se
 * @param pValue the two-sided p-value of "no difference"
 * @param level the confidence level of the interval, in (0, 1)
 * @param lower the interval's lower limit
 * @param upper the interval's upper limit
 * @since 0.1
 */
public record IndexDifference(String first, String second, double difference, double se, double z, double pValue,
        double level, double lower, double upper) {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    /**
     * Validates the difference.
     *
     * @param first the first label
     * @param second the second label
     * @param difference first − second
     * @param se its standard error
     * @param z the statistic
     * @param pValue the p-value
     * @param level the confidence level
     * @param lower the lower limit
     * @param upper the upper limit
     * @throws NullPointerException if a label is null
     * @throws IllegalArgumentException if the difference or a limit is not finite, the standard error is negative,
     *     the p-value is not in [0, 1], the level is not in (0, 1), or the limits do not hold the difference
     */
    public IndexDifference {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (!Double.isFinite(difference) || !(se >= 0) || !Double.isFinite(se)) {
            throw new IllegalArgumentException("difference and se must be finite and se at least 0, not "
                    + difference + " and " + se);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("pValue must be in [0, 1], not " + pValue);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), not " + level);
        }
        if (!(lower <= difference && difference <= upper)) {
            throw new IllegalArgumentException("the interval [" + lower + ", " + upper + "] must hold the difference "
                    + difference);
        }
    }

    /**
     * Returns the gap between two units, {@code first − second}.
     *
     * @param first the first unit's estimate
     * @param second the second unit's estimate
     * @param level the confidence level, in (0, 1)
     * @return the difference
     * @throws NullPointerException if an estimate is null
     * @throws IllegalArgumentException if the level is not in (0, 1)
     */
    public static IndexDifference between(UnitEstimate first, UnitEstimate second, double level) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), not " + level);
        }
        double d = first.value() - second.value();
        double sa = first.inferenceSe();
        double sb = second.inferenceSe();
        double se = Math.sqrt(sa * sa + sb * sb);
        if (se == 0) {
            return new IndexDifference(first.unit(), second.unit(), d, 0,
                    d == 0 ? Double.NaN : Math.copySign(Double.POSITIVE_INFINITY, d), d == 0 ? 1 : 0, level, d, d);
        }
        double z = d / se;
        double p = 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
        double q = STANDARD_NORMAL.inverseSurvivalProbability((1 - level) / 2);
        return new IndexDifference(first.unit(), second.unit(), d, se, z, Math.min(1, p), level, d - q * se,
                d + q * se);
    }

    /**
     * Returns a unit's change of index between two periods, {@code current − previous} (positive: improved).
     *
     * @param previous the previous period's estimate
     * @param current the current period's estimate
     * @param level the confidence level, in (0, 1)
     * @return the change; {@link #first()} is the current label, {@link #second()} the previous one
     * @throws NullPointerException if an estimate is null
     * @throws IllegalArgumentException if the level is not in (0, 1)
     */
    public static IndexDifference change(UnitEstimate previous, UnitEstimate current, double level) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        return between(current, previous, level);
    }

    /**
     * Returns the change of index of every unit present in both periods (matched by label), in the current period's
     * order.
     *
     * @param previous the previous period's estimates
     * @param current the current period's estimates
     * @param level the confidence level, in (0, 1)
     * @return the changes, immutable
     * @throws NullPointerException if a list or an estimate is null
     * @throws IllegalArgumentException if a period has the same unit twice, or the level is not in (0, 1)
     */
    public static List<IndexDifference> changes(List<UnitEstimate> previous, List<UnitEstimate> current,
            double level) {
        Map<String, UnitEstimate> before = new HashMap<>();
        for (UnitEstimate u : RankSets.checked(previous, "previous")) {
            before.put(u.unit(), u);
        }
        List<IndexDifference> out = new ArrayList<>();
        for (UnitEstimate u : RankSets.checked(current, "current")) {
            UnitEstimate p = before.get(u.unit());
            if (p != null) {
                out.add(change(p, u, level));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns whether the difference is established at the level: the interval excludes 0.
     *
     * @return true when {@code lower > 0} or {@code upper < 0}
     */
    public boolean isSignificant() {
        return lower > 0 || upper < 0;
    }
}
