package io.github.sipas.scoring.rank;

/**
 * How units whose published (rounded) indices are equal share ranks. Either way, ranks follow the index rounded
 * half-up to two decimals, highest first, and tied units get the same rank.
 *
 * <p>Worked example: the indices {@code [85.004, 90.00, 85.00, 70.5, 85.005]} round to
 * {@code [85.00, 90.00, 85.00, 70.50, 85.01]}, so the first and third units tie;
 * {@link #COMPETITION} ranks them {@code [3, 1, 3, 5, 2]} and {@link #DENSE} ranks them {@code [3, 1, 3, 4, 2]}.
 *
 * @since 0.1
 */
public enum RankingMethod {

    /**
     * Standard competition ranking, the default: tied units share the lowest rank, and the next rank skips as many
     * places as there were ties (1, 2, 2, 4). A unit's rank is 1 plus the number of ranked units with a strictly
     * higher rounded index. {@code [85.004, 90.00, 85.00, 70.5, 85.005]} ranks as {@code [3, 1, 3, 5, 2]}.
     */
    COMPETITION,

    /**
     * Dense ranking: tied units share the lowest rank, and the next rank follows without a gap (1, 2, 2, 3). A unit's
     * rank is 1 plus the number of distinct rounded indices strictly higher than its own.
     * {@code [85.004, 90.00, 85.00, 70.5, 85.005]} ranks as {@code [3, 1, 3, 4, 2]}.
     */
    DENSE
}
