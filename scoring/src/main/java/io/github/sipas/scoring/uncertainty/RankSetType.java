package io.github.sipas.scoring.uncertainty;

/**
 * Which bounds a confidence set for ranks has, as csranks' {@code cstype} ({@code "two-sided"}, {@code "lower"},
 * {@code "upper"}). Rank 1 is the highest index. For five units with indices {@code [95, 90, 89, 80, 70]} and small
 * standard errors, a two-sided set for the second unit might be [2, 3] ("second or third"), a lower set [2, 5]
 * ("second at best") and an upper set [1, 3] ("third at worst").
 *
 * @since 0.1
 */
public enum RankSetType {

    /** Both bounds: the set is [lower, upper]. */
    TWO_SIDED,

    /**
     * A lower bound on the rank only: the set is [lower, p], "at best {@code lower}-th". Used for the units that may
     * be among the best τ ({@link RankSets#tauBest(int)}).
     */
    LOWER,

    /**
     * An upper bound on the rank only: the set is [1, upper], "at worst {@code upper}-th". Used for the units that
     * may be among the worst τ ({@link RankSets#tauWorst(int)}).
     */
    UPPER
}
