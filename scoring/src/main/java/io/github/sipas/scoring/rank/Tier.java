package io.github.sipas.scoring.rank;

/**
 * A quartile tier, as in UNDP's PAPI: the ranked units are grouped by where their rounded index falls among the
 * quartiles of all ranked units' rounded indices.
 *
 * <p>With the cut points Q1 ≤ Q2 ≤ Q3 of {@link TierCuts} (R's type 7 quantiles of the ranked units' indices rounded
 * to two decimals), a unit whose rounded index is x is {@link #HIGH} when x ≥ Q3, {@link #HIGH_AVERAGE} when
 * Q2 ≤ x &lt; Q3, {@link #LOW_AVERAGE} when Q1 ≤ x &lt; Q2 and {@link #LOW} when x &lt; Q1. Units with equal rounded
 * indices always share a tier; a single ranked unit, or units that all tie, are all {@link #HIGH}. Units that are not
 * ranked have no tier.
 *
 * <p>Worked example: nine units with distinct indices {@code 10, 20, ..., 90} have Q1 = 30, Q2 = 50 and Q3 = 70, so
 * 70, 80 and 90 are HIGH; 50 and 60 HIGH_AVERAGE; 30 and 40 LOW_AVERAGE; 10 and 20 LOW.
 *
 * @since 0.1
 */
public enum Tier {

    /** The top quartile: rounded index at or above the third quartile Q3. */
    HIGH,

    /** The second quartile from the top: rounded index at or above the median Q2 and below Q3. */
    HIGH_AVERAGE,

    /** The second quartile from the bottom: rounded index at or above the first quartile Q1 and below Q2. */
    LOW_AVERAGE,

    /** The bottom quartile: rounded index below the first quartile Q1. */
    LOW
}
