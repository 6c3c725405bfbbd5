package io.github.sipas.scoring.uncertainty;

import java.util.List;
import java.util.Objects;

/**
 * A "statistically tied" group: the units whose two-sided confidence sets for ranks overlap the set of one or more
 * anchor units (the leader, the laggard, or any unit), from {@link RankSets#tiedWithLeader()},
 * {@link RankSets#tiedWithLaggard()} and {@link RankSets#tiedWith(String)}, on {@link RankSetType#TWO_SIDED} sets only
 * (a one-sided set reaches rank 1 or rank p, so all one-sided sets overlap).
 *
 * <p>Two sets overlap when they share at least one rank: neither lies wholly above the other, so the data do not
 * place one unit above the other at the level. It does not mean that every member could take the anchor's rank: with
 * the leader's set [1, 3], a member whose set is [3, 6] could share rank 3 with it, but cannot be first. Nor is it a
 * test that the indices are equal. What a group does say, with simultaneous sets: a unit outside the leader's group
 * has its whole set below the leader's, so it ranks below the leader, for all such units together, with the stated
 * confidence. With marginal sets each such statement holds on its own only. It is a way to show a ranking without
 * false precision ("these units are not separated from the leader"), not a test.
 *
 * @param anchors the anchor units, in the order of the rank sets
 * @param units the anchors and every unit whose set overlaps an anchor's set, in the order of the rank sets
 * @since 0.1
 */
public record TiedGroup(List<String> anchors, List<String> units) {

    /**
     * Copies the lists.
     *
     * @param anchors the anchor units
     * @param units the units of the group
     * @throws NullPointerException if a list or a unit is null
     * @throws IllegalArgumentException if an anchor is not among the units
     */
    public TiedGroup {
        anchors = List.copyOf(Objects.requireNonNull(anchors, "anchors"));
        units = List.copyOf(Objects.requireNonNull(units, "units"));
        for (String a : anchors) {
            if (!units.contains(a)) {
                throw new IllegalArgumentException("anchor '" + a + "' must be among the units " + units);
            }
        }
    }
}
