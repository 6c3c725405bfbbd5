package io.github.sipas.scoring.uncertainty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The change of rank of each unit between two periods, with the interval implied by simultaneous rank sets computed
 * on both periods together.
 *
 * <pre>{@code
 * RankChanges changes = RankChanges.of(lastYear, thisYear, RankSetOptions.builder().seed(7).build());
 * for (RankChange c : changes.changes()) {
 *     System.out.printf("%s: %+d places, consistent with %+d to %+d%n", c.unit(), c.change(), c.changeLower(),
 *             c.changeUpper());
 * }
 * }</pre>
 *
 * <p>Each period is ranked among its own units (rank 1 = highest index). The two-sided rank sets are those of
 * {@link RankSets}, made simultaneous over the two periods at once: the pairs compared are all pairs of units within
 * the previous period and all pairs within the current one, and the bootstrap maximum (and the stepdown) runs over
 * both families together, the periods being independent samples. With probability about the level every unit's
 * true rank is in its set in both periods, and so every unit's true change of rank is in its interval
 * ({@link RankChange}). A unit surveyed in one period only is ranked in that period (it takes up a rank there) but has
 * no change. Units are matched by label.
 *
 * <p>Edge cases: an empty period gives no change; the sets of a period with one unit are [1, 1]. Immutable.
 *
 * @since 0.1
 */
public final class RankChanges {

    private final RankSets previous;
    private final RankSets current;
    private final List<RankChange> changes;

    private RankChanges(RankSets previous, RankSets current, List<RankChange> changes) {
        this.previous = previous;
        this.current = current;
        this.changes = List.copyOf(changes);
    }

    /**
     * Computes the changes of rank.
     *
     * @param previous the previous period's estimates, with unique units
     * @param current the current period's estimates, with unique units
     * @param options the level, draws, seed and stepdown
     * @return the changes
     * @throws NullPointerException if an argument or an estimate is null
     * @throws IllegalArgumentException if a period has the same unit twice
     */
    public static RankChanges of(List<UnitEstimate> previous, List<UnitEstimate> current, RankSetOptions options) {
        List<UnitEstimate> prev = RankSets.checked(previous, "previous");
        List<UnitEstimate> curr = RankSets.checked(current, "current");
        Objects.requireNonNull(options, "options");
        RankSets[] sets = RankSets.joint(List.of(prev, curr), RankSetType.TWO_SIDED, options);
        List<RankChange> changes = new ArrayList<>();
        for (RankSet c : sets[1].units()) {
            sets[0].unit(c.unit()).ifPresent(p -> changes.add(new RankChange(c.unit(), p, c)));
        }
        return new RankChanges(sets[0], sets[1], changes);
    }

    /**
     * Returns the previous period's rank sets (simultaneous with the current period's).
     *
     * @return the sets
     */
    public RankSets previous() {
        return previous;
    }

    /**
     * Returns the current period's rank sets (simultaneous with the previous period's).
     *
     * @return the sets
     */
    public RankSets current() {
        return current;
    }

    /**
     * Returns the changes of the units ranked in both periods, in the current period's order (estimated rank, then
     * label).
     *
     * @return the changes, immutable
     */
    public List<RankChange> changes() {
        return changes;
    }

    /**
     * Returns the units of the current period that were not in the previous one.
     *
     * @return their labels, in the current period's order
     */
    public List<String> currentOnly() {
        Set<String> both = new HashSet<>();
        changes.forEach(c -> both.add(c.unit()));
        return current.units().stream().map(RankSet::unit).filter(u -> !both.contains(u)).toList();
    }

    /**
     * Returns the units of the previous period that are not in the current one.
     *
     * @return their labels, in the previous period's order
     */
    public List<String> previousOnly() {
        Set<String> both = new HashSet<>();
        changes.forEach(c -> both.add(c.unit()));
        return previous.units().stream().map(RankSet::unit).filter(u -> !both.contains(u)).toList();
    }
}
