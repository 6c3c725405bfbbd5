package io.github.sipas.scoring.uncertainty;

import java.util.List;
import java.util.Objects;

/**
 * The units that may be among the best τ (or the worst τ) at a confidence level: csranks' {@code cstaubest} and
 * {@code cstauworst}. With probability about {@code level}, every unit truly among the best τ is listed; units left
 * out are, with that confidence, not among them. Made by {@link RankSets#tauBest(int)} and
 * {@link RankSets#tauWorst(int)}.
 *
 * @param best true for the best τ, false for the worst τ
 * @param tau τ, from 1 to the number of units
 * @param level the confidence level, in [0.5, 1) as {@link RankSetOptions#level()}
 * @param units the units listed, in the order of the rank sets (estimated rank, then label); at least τ of them
 * @since 0.1
 */
public record TauSet(boolean best, int tau, double level, List<String> units) {

    /**
     * Validates the set and copies the list.
     *
     * @param best true for the best τ
     * @param tau τ
     * @param level the confidence level
     * @param units the units listed
     * @throws NullPointerException if the list or a unit is null
     * @throws IllegalArgumentException if τ is below 1 or the level is not in [0.5, 1)
     */
    public TauSet {
        if (tau < 1) {
            throw new IllegalArgumentException("tau must be at least 1, not " + tau);
        }
        if (!(level >= 0.5 && level < 1)) {
            throw new IllegalArgumentException("level must be in [0.5, 1), not " + level);
        }
        units = List.copyOf(Objects.requireNonNull(units, "units"));
    }
}
