package io.github.sipas.scoring.rank;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.disclose.Suppression;
import io.github.sipas.scoring.estimate.UnitScore;

/**
 * One unit (or group) of a {@link Ranking}: its overall index, as computed and as published, and its rank, change of
 * rank and tier, or the reason it is not ranked.
 *
 * <p>A unit is ranked when its index is defined and it is not excluded for having too few respondents; then
 * {@code rank} and {@code tier} are set and {@code reason} is null. Otherwise {@code rank}, {@code tier} and
 * {@code rankChange} are null and {@code reason} says why. {@code previousRank} is the unit's rank in the previous
 * period when it was ranked then (whether or not it is ranked now), else null; {@code rankChange} is
 * {@code previousRank − rank} (positive: the unit climbed) when both are set, else null.
 *
 * <p>A unit suppressed by the {@link Disclosure} rule ({@code suppression} set) carries no figure: its value is NaN,
 * {@code rounded}, {@code rank}, {@code rankChange} and {@code tier} are null, and {@code reason} says why; its number
 * of respondents, flags and previous rank (published in the previous period) are kept.
 *
 * @param label the unit's or group's label ({@link UnitScore#label()})
 * @param respondents the number of forms
 * @param value the overall index, in percent, at full precision; NaN when undefined
 * @param rounded the overall index rounded half-up to two decimals, as published ({@link Ranking#round(double)}); null
 *     when the index is not finite
 * @param rank the rank, from 1 (highest index); null when not ranked
 * @param previousRank the rank in the previous period; null when the unit was absent or not ranked then, or when no
 *     previous period was given
 * @param rankChange {@code previousRank − rank}, positive when the unit climbed; null unless both ranks are set
 * @param tier the quartile tier; null when not ranked
 * @param flags the warnings, in the order of {@link RankingFlag}; empty when none
 * @param reason why the unit is not ranked; null when it is ranked
 * @param suppression why the unit's figures are suppressed; null when they are published
 * @since 0.1
 */
public record RankedUnit(String label, long respondents, double value, BigDecimal rounded, Integer rank,
        Integer previousRank, Integer rankChange, Tier tier, Set<RankingFlag> flags, String reason,
        Suppression suppression) {

    /**
     * Validates the entry and copies the flags into an immutable set ordered as {@link RankingFlag}.
     *
     * @param label the unit's or group's label
     * @param respondents the number of forms
     * @param value the overall index at full precision, NaN when undefined
     * @param rounded the index rounded half-up to two decimals, null when the index is not finite
     * @param rank the rank, null when not ranked
     * @param previousRank the rank in the previous period, or null
     * @param rankChange {@code previousRank − rank}, or null unless both are set
     * @param tier the tier, null when not ranked
     * @param flags the warnings
     * @param reason why the unit is not ranked, null when it is ranked
     * @param suppression why the unit's figures are suppressed, null when they are published
     * @throws NullPointerException if the label or the flags, or a flag, are null
     * @throws IllegalArgumentException if respondents is negative; if {@code rounded} is not {@code value} rounded
     *     half-up to two decimals (or is not null for a value that is not finite); if a rank is below 1; if a unit
     *     without a finite value is ranked; if exactly one of rank and reason is null, or the reason is blank; if the
     *     tier is null exactly when the rank is not; or if {@code rankChange} is not {@code previousRank − rank} when
     *     both are set, and null otherwise; or if a suppressed unit has a value that is not NaN
     */
    public RankedUnit {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(flags, "flags");
        if (suppression != null && !Double.isNaN(value)) {
            throw new IllegalArgumentException("a suppressed unit carries no figure: its value must be NaN, not "
                    + value + " (" + label + ")");
        }
        if (respondents < 0) {
            throw new IllegalArgumentException("respondents must be at least 0, not " + respondents + " (" + label
                    + ")");
        }
        if (Double.isFinite(value)) {
            Objects.requireNonNull(rounded, "rounded");
            BigDecimal expected = Ranking.round(value);
            if (rounded.compareTo(expected) != 0) {
                throw new IllegalArgumentException("rounded must be " + expected + " (" + value
                        + " rounded half-up to two decimals), not " + rounded + " (" + label + ")");
            }
            rounded = expected;
        } else {
            if (rounded != null) {
                throw new IllegalArgumentException("rounded must be null when the value is " + value + ", not "
                        + rounded + " (" + label + ")");
            }
            if (rank != null) {
                throw new IllegalArgumentException("a unit whose value is " + value + " cannot be ranked (" + label
                        + ")");
            }
        }
        checkRank("rank", rank, label);
        checkRank("previousRank", previousRank, label);
        if ((rank == null) == (reason == null)) {
            throw new IllegalArgumentException(rank == null
                    ? "an unranked unit needs a reason (" + label + ")"
                    : "a ranked unit has no reason, not '" + reason + "' (" + label + ")");
        }
        if (reason != null && reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank (" + label + ")");
        }
        if ((rank == null) != (tier == null)) {
            throw new IllegalArgumentException("tier must be set exactly when the unit is ranked, not " + tier
                    + " with rank " + rank + " (" + label + ")");
        }
        Integer expectedChange = rank != null && previousRank != null ? previousRank - rank : null;
        if (!Objects.equals(rankChange, expectedChange)) {
            throw new IllegalArgumentException("rankChange must be " + expectedChange + " (previousRank "
                    + previousRank + ", rank " + rank + "), not " + rankChange + " (" + label + ")");
        }
        EnumSet<RankingFlag> copy = EnumSet.noneOf(RankingFlag.class);
        for (RankingFlag f : flags) {
            copy.add(Objects.requireNonNull(f, "flag"));
        }
        flags = Collections.unmodifiableSet(copy);
    }

    /**
     * Returns an entry whose figures are published (no suppression).
     *
     * @param label the unit's or group's label
     * @param respondents the number of forms
     * @param value the overall index at full precision, NaN when undefined
     * @param rounded the index rounded half-up to two decimals, null when the index is not finite
     * @param rank the rank, null when not ranked
     * @param previousRank the rank in the previous period, or null
     * @param rankChange {@code previousRank − rank}, or null unless both are set
     * @param tier the tier, null when not ranked
     * @param flags the warnings
     * @param reason why the unit is not ranked, null when it is ranked
     */
    public RankedUnit(String label, long respondents, double value, BigDecimal rounded, Integer rank,
            Integer previousRank, Integer rankChange, Tier tier, Set<RankingFlag> flags, String reason) {
        this(label, respondents, value, rounded, rank, previousRank, rankChange, tier, flags, reason, null);
    }

    /**
     * Returns whether the unit's figures are suppressed.
     *
     * @return true when {@link #suppression()} is set
     */
    public boolean isSuppressed() {
        return suppression != null;
    }

    private static void checkRank(String name, Integer rank, String label) {
        if (rank != null && rank < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + rank + " (" + label + ")");
        }
    }

    /**
     * Returns whether the unit is ranked.
     *
     * @return true when {@link #rank()} is set
     */
    public boolean isRanked() {
        return rank != null;
    }

    /**
     * Returns a copy with another previous rank, and the change of rank that follows from it.
     *
     * @param previous the rank in the previous period, or null
     * @return the copy
     */
    RankedUnit withPreviousRank(Integer previous) {
        Integer change = rank != null && previous != null ? previous - rank : null;
        return new RankedUnit(label, respondents, value, rounded, rank, previous, change, tier, flags, reason,
                suppression);
    }
}
