package io.github.sipas.scoring.uncertainty;

import java.util.Objects;
import io.github.sipas.scoring.rank.Ranking;

/**
 * One unit's confidence set for its rank, from {@link RankSets}: the ranks {@code lower, lower + 1, …, upper}, rank 1
 * being the highest index. A {@link RankSetType#LOWER} set has {@code upper} = the number of units, an
 * {@link RankSetType#UPPER} set has {@code lower} = 1.
 *
 * <p>{@code rank} is the estimated rank, csranks' {@code irank}: 1 + the number of units whose estimate is strictly
 * higher (tied estimates share the best rank, 1, 2, 2, 4), on the estimates at full precision (not rounded as
 * {@link Ranking} rounds them). The set always holds it: the critical values are never below 0, so only units with a
 * strictly higher (lower) estimate can be established above (below) the unit.
 *
 * @param unit the unit's label
 * @param value the estimate, in percent
 * @param se the standard error the set was computed with: {@link UnitEstimate#inferenceSe()}, the estimate's standard
 *     error or the floor of its number of forms, whichever is larger (0 for an exact estimate)
 * @param rank the estimated rank, from 1
 * @param lower the lowest rank of the set, from 1
 * @param upper the highest rank of the set, at least {@code lower}
 * @since 0.1
 */
public record RankSet(String unit, double value, double se, int rank, int lower, int upper) {

    /**
     * Validates the set.
     *
     * @param unit the unit's label
     * @param value the estimate
     * @param se its standard error
     * @param rank the estimated rank
     * @param lower the lowest rank of the set
     * @param upper the highest rank of the set
     * @throws NullPointerException if the unit is null
     * @throws IllegalArgumentException if a rank is below 1, or upper is below lower
     */
    public RankSet {
        Objects.requireNonNull(unit, "unit");
        if (rank < 1 || lower < 1) {
            throw new IllegalArgumentException("rank and lower of '" + unit + "' must be at least 1, not " + rank
                    + " and " + lower);
        }
        if (upper < lower) {
            throw new IllegalArgumentException("upper of '" + unit + "' must be at least lower (" + lower + "), not "
                    + upper);
        }
    }

    /**
     * Returns whether the set holds a rank.
     *
     * @param r the rank
     * @return true when {@code lower <= r <= upper}
     */
    public boolean contains(int r) {
        return lower <= r && r <= upper;
    }

    /**
     * Returns the number of ranks in the set.
     *
     * @return {@code upper − lower + 1}; 1 when the rank is pinned down
     */
    public int size() {
        return upper - lower + 1;
    }

    /**
     * Returns whether this set and another share a rank.
     *
     * @param other the other set
     * @return true when the two ranges intersect
     */
    public boolean overlaps(RankSet other) {
        return lower <= other.upper && other.lower <= upper;
    }
}
