package io.github.sipas.scoring.rank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The quartile cut points that divide ranked units into {@link Tier}s: the 25th, 50th and 75th percentiles Q1, Q2 and
 * Q3 of the ranked units' indices rounded to two decimals, by R's type 7 rule (the default of R's {@code quantile};
 * Hyndman and Fan 1996, definition 7; {@code EstimationMethod.HF7} in Commons Statistics).
 *
 * <p>Type 7: with the m values sorted ascending as x<sub>0</sub> ≤ … ≤ x<sub>m−1</sub> and a probability p, let
 * h = (m − 1)p, j = ⌊h⌋ and g = h − j; then Q(p) = x<sub>j</sub> + g (x<sub>j+1</sub> − x<sub>j</sub>), or
 * x<sub>j</sub> when g = 0. Since g is a multiple of 1/4 for the quartiles, the cut points are computed exactly in
 * decimal (for two-decimal values, to at most four decimals); they are kept with at least two decimals and no trailing
 * zeros beyond them.
 *
 * <p>Worked example: for the four values {@code 70.00, 80.00, 85.00, 90.00}, Q1 = 70 + 0.75 × 10 = 77.50,
 * Q2 = 80 + 0.5 × 5 = 82.50 and Q3 = 85 + 0.25 × 5 = 86.25, so each unit falls in its own tier. With one value, or
 * with values that are all equal, Q1 = Q2 = Q3 = that value, and every unit is {@link Tier#HIGH}.
 *
 * @param q1 the first quartile, the lower limit of {@link Tier#LOW_AVERAGE}
 * @param q2 the median, the lower limit of {@link Tier#HIGH_AVERAGE}
 * @param q3 the third quartile, the lower limit of {@link Tier#HIGH}
 * @since 0.1
 */
public record TierCuts(BigDecimal q1, BigDecimal q2, BigDecimal q3) {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    /**
     * Validates the cut points and stores them with at least two decimals and no trailing zeros beyond them.
     *
     * @param q1 the first quartile
     * @param q2 the median
     * @param q3 the third quartile
     * @throws NullPointerException if a cut point is null
     * @throws IllegalArgumentException if the cut points are not in order q1 ≤ q2 ≤ q3
     */
    public TierCuts {
        q1 = normalize(Objects.requireNonNull(q1, "q1"));
        q2 = normalize(Objects.requireNonNull(q2, "q2"));
        q3 = normalize(Objects.requireNonNull(q3, "q3"));
        if (q1.compareTo(q2) > 0 || q2.compareTo(q3) > 0) {
            throw new IllegalArgumentException("cut points must be in order q1 <= q2 <= q3, not " + q1 + ", " + q2
                    + ", " + q3);
        }
    }

    /**
     * Returns the type 7 quartiles of the values.
     *
     * @param values the values (rounded indices), in any order
     * @return the cut points
     * @throws NullPointerException if the list or a value is null
     * @throws IllegalArgumentException if there are no values
     */
    public static TierCuts of(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("quartiles need at least one value, not none");
        }
        for (BigDecimal v : sorted) {
            Objects.requireNonNull(v, "value");
        }
        sorted.sort(null);
        return new TierCuts(quartile(sorted, 1), quartile(sorted, 2), quartile(sorted, 3));
    }

    /** Type 7 quantile at p = k/4 of sorted values: h = (m - 1) k / 4, exact in decimal. */
    private static BigDecimal quartile(List<BigDecimal> sorted, int k) {
        long h4 = (long) (sorted.size() - 1) * k;
        int j = (int) (h4 / 4);
        int quarters = (int) (h4 % 4);
        BigDecimal low = sorted.get(j);
        if (quarters == 0) {
            return low;
        }
        BigDecimal g = QUARTER.multiply(BigDecimal.valueOf(quarters));
        return low.add(g.multiply(sorted.get(j + 1).subtract(low)));
    }

    private static BigDecimal normalize(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 2 ? s.setScale(2) : s;
    }

    /**
     * Returns the tier of a rounded index: {@link Tier#HIGH} when it is at least {@link #q3()},
     * {@link Tier#HIGH_AVERAGE} when at least {@link #q2()}, {@link Tier#LOW_AVERAGE} when at least {@link #q1()},
     * else {@link Tier#LOW}.
     *
     * @param value the index rounded to two decimals
     * @return the tier
     * @throws NullPointerException if the value is null
     */
    public Tier tier(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.compareTo(q3) >= 0) {
            return Tier.HIGH;
        }
        if (value.compareTo(q2) >= 0) {
            return Tier.HIGH_AVERAGE;
        }
        if (value.compareTo(q1) >= 0) {
            return Tier.LOW_AVERAGE;
        }
        return Tier.LOW;
    }
}
