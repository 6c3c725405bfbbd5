package io.github.sipas.scoring;

import java.util.List;
import java.util.Objects;

/**
 * A "statistically tied" group: the units whose confidence sets for ranks overlap the set of one or more anchor units
 * (the leader, the laggard, or any unit), from {@link RankSets#tiedWithLeader()}, {@link RankSets#tiedWithLaggard()}
 * and {@link RankSets#tiedWith(String)}. It is a way to show a ranking without false precision ("these five could
 * each be first"), not a test: with simultaneous sets, units outside the leader's group are ranked below it with the
 * stated confidence; two overlapping sets do not by themselves say that the two units' indices are equal.
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
