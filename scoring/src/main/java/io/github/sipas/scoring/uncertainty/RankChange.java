package io.github.sipas.scoring.uncertainty;

import java.util.Objects;
import io.github.sipas.scoring.rank.RankedUnit;

/**
 * One unit's change of rank between two periods with its uncertainty, from {@link RankChanges}: "climbed 2 places;
 * the data are consistent with anything from −3 to +6".
 *
 * <p>The change is the previous rank minus the current one (positive: the unit climbed), as {@link RankedUnit}'s
 * {@code rankChange}. Its interval follows from the two periods' rank sets: if the previous rank is in [a, b] and the
 * current one in [c, d], the change is in [a − d, b − c]. When the sets are simultaneous over both periods (as
 * {@link RankChanges} computes them) the intervals of all units hold their true changes together with probability at
 * least the level.
 *
 * @param unit the unit's label
 * @param previous the unit's rank set in the previous period
 * @param current the unit's rank set in the current period
 * @since 0.1
 */
public record RankChange(String unit, RankSet previous, RankSet current) {

    /**
     * Validates the change.
     *
     * @param unit the unit's label
     * @param previous the previous period's set
     * @param current the current period's set
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a set is of another unit
     */
    public RankChange {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        if (!unit.equals(previous.unit()) || !unit.equals(current.unit())) {
            throw new IllegalArgumentException("the sets must be of unit '" + unit + "', not '" + previous.unit()
                    + "' and '" + current.unit() + "'");
        }
    }

    /**
     * Returns the estimated change of rank.
     *
     * @return previous rank − current rank; positive when the unit climbed
     */
    public int change() {
        return previous.rank() - current.rank();
    }

    /**
     * Returns the lowest change consistent with the data.
     *
     * @return previous lower bound − current upper bound
     */
    public int changeLower() {
        return previous.lower() - current.upper();
    }

    /**
     * Returns the highest change consistent with the data.
     *
     * @return previous upper bound − current lower bound
     */
    public int changeUpper() {
        return previous.upper() - current.lower();
    }

    /**
     * Returns whether the data establish a move: the interval of the change excludes 0.
     *
     * @return true when {@code changeLower() > 0} (climbed) or {@code changeUpper() < 0} (fell)
     */
    public boolean isEstablished() {
        return changeLower() > 0 || changeUpper() < 0;
    }
}
