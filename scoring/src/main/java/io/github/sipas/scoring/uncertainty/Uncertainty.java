package io.github.sipas.scoring.uncertainty;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.estimate.Scorecard;

/**
 * What a scoring run publishes beyond its point ranking, for {@link
 * io.github.sipas.scoring.result.ScoreResult#withUncertainty(Uncertainty)}: every ranked unit's confidence set for its
 * rank ({@link RankSets}), the groups "statistically tied" with the leader and the laggard, and the units that may be
 * first or last; with a previous period, each unit's interval for its change of rank ({@link RankChanges}) and the
 * change of its index with its standard error and test ({@link IndexDifference#change}); and, on request, each unit's
 * Fay–Herriot estimate beside its direct one ({@link FayHerriot}). The writers ({@link
 * io.github.sipas.scoring.format.ScoreJson}, {@link io.github.sipas.scoring.format.ScoreCsv}, {@link
 * io.github.sipas.scoring.report.HtmlReport}) publish what is here and compute nothing.
 *
 * <pre>{@code
 * RankSetOptions options = RankSetOptions.builder().level(card.level()).seed(1).build();
 * ScoreResult result = new ScoreResult(card, Ranking.of(card), rowsRead, rejected);
 * Uncertainty u = Uncertainty.builder().simultaneous(RankSetType.TWO_SIDED, options)
 *         .previous(ScoreJson.readEstimates(Path.of("2023.json")))
 *         .fayHerriot(FayHerriot.builder().build())
 *         .build(result.scorecard(), result.ranking());
 * ScoreJson.write(result.withUncertainty(u), out);
 * }</pre>
 *
 * <h2>Which units</h2> The rank sets, rank changes and index changes are computed on the units the result ranks
 * ({@link Ranking#ranked()}) whose index and standard error are defined ({@link #estimates(Scorecard, Ranking)}); a
 * unit suppressed by the result's {@link Disclosure} rule is never ranked and so takes no part at all: its figures
 * cannot be worked out from the sets of the others. A ranked unit whose standard error is undefined (a single form)
 * gets no set and the others are compared among themselves. The previous period's estimates are those of the units
 * ranked then (as {@link io.github.sipas.scoring.format.ScoreJson#readEstimates} reads them). The Fay–Herriot model is
 * fitted on every published unit with a defined index and standard error, ranked or not (small units are those it is
 * for), never on a suppressed one.
 *
 * <h2>Which sets</h2>
 * The rank sets are those of the current period alone, simultaneous ({@link RankSets#simultaneous}) or marginal
 * ({@link RankSets#marginal}), of the {@link RankSetType} asked. The intervals of the change of rank are always those
 * of {@link RankChanges}: two-sided sets simultaneous over both periods, whatever the type asked, with the same
 * options. The tied groups ({@link RankSets#tiedWithLeader()}, {@link RankSets#tiedWithLaggard()}) are given for
 * simultaneous two-sided sets only: a one-sided set reaches the first or the last rank, so every unit would be
 * "tied", and marginal sets cannot be read together, as a group does; the units
 * that may be first ({@link RankSets#tauBest(int) tauBest(1)}) for simultaneous two-sided or lower sets, those that
 * may be last ({@link RankSets#tauWorst(int) tauWorst(1)}) for simultaneous two-sided or upper sets. The index changes
 * are at the options' level.
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public final class Uncertainty {

    private final RankSets rankSets;
    private final RankChanges rankChanges;
    private final Map<String, IndexDifference> indexChanges;
    private final FayHerriotFit fayHerriot;

    private Uncertainty(RankSets rankSets, RankChanges rankChanges, Map<String, IndexDifference> indexChanges,
            FayHerriotFit fayHerriot) {
        this.rankSets = rankSets;
        this.rankChanges = rankChanges;
        this.indexChanges = Collections.unmodifiableMap(new LinkedHashMap<>(indexChanges));
        this.fayHerriot = fayHerriot;
    }

    /**
     * Starts configuring: nothing is computed unless asked.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the estimates that rank sets are computed on: the overall index and standard error of every unit the
     * result ranks, in the scorecard's order, from {@link UnitEstimate#of(Scorecard)}. A suppressed unit is never
     * ranked and so never here; nor is a ranked unit whose standard error is undefined.
     *
     * @param scorecard the scores
     * @param ranking their ranking, with its suppressed units (a result's {@code ranking()})
     * @return the estimates, immutable
     * @throws NullPointerException if an argument is null
     */
    public static List<UnitEstimate> estimates(Scorecard scorecard, Ranking ranking) {
        Objects.requireNonNull(scorecard, "scorecard");
        Set<String> ranked = new HashSet<>();
        Objects.requireNonNull(ranking, "ranking").ranked().forEach(r -> ranked.add(r.label()));
        return UnitEstimate.of(scorecard).stream().filter(u -> ranked.contains(u.unit())).toList();
    }

    /** The estimates a Fay–Herriot model is fitted on: every published unit with a defined index and SE. */
    private static List<UnitEstimate> published(Scorecard scorecard, Ranking ranking) {
        Set<String> hidden = new HashSet<>();
        ranking.suppressed().forEach(r -> hidden.add(r.label()));
        return UnitEstimate.of(scorecard).stream().filter(u -> !hidden.contains(u.unit())).toList();
    }

    /**
     * Returns the rank sets of the current period.
     *
     * @return the sets; empty when none were asked
     */
    public Optional<RankSets> rankSets() {
        return Optional.ofNullable(rankSets);
    }

    /**
     * Returns a unit's rank set.
     *
     * @param unit the unit's label
     * @return the set; empty when no sets were asked, or the unit has none (not ranked, or no standard error)
     */
    public Optional<RankSet> rankSet(String unit) {
        return rankSets == null ? Optional.empty() : rankSets.unit(unit);
    }

    /**
     * Returns the changes of rank against the previous period, with their intervals.
     *
     * @return the changes; empty when no previous period was given
     */
    public Optional<RankChanges> rankChanges() {
        return Optional.ofNullable(rankChanges);
    }

    /**
     * Returns a unit's change of rank with its interval.
     *
     * @param unit the unit's label
     * @return the change; empty without a previous period, or when the unit was not ranked (with a standard error)
     *     in both periods
     */
    public Optional<RankChange> rankChange(String unit) {
        if (rankChanges == null) {
            return Optional.empty();
        }
        return rankChanges.changes().stream().filter(c -> c.unit().equals(unit)).findFirst();
    }

    /**
     * Returns the change of index of every unit ranked in both periods, current − previous, by label, in the current
     * period's order.
     *
     * @return the changes, immutable; empty when no previous period was given
     */
    public Map<String, IndexDifference> indexChanges() {
        return indexChanges;
    }

    /**
     * Returns a unit's change of index.
     *
     * @param unit the unit's label
     * @return the change, current − previous; empty when the unit was not ranked in both periods
     */
    public Optional<IndexDifference> indexChange(String unit) {
        return Optional.ofNullable(indexChanges.get(unit));
    }

    /**
     * Returns the units statistically tied with the leader.
     *
     * @return the group; empty when no sets were asked, they are not simultaneous two-sided ones, or no unit has a
     *     set
     */
    public Optional<TiedGroup> tiedWithLeader() {
        return twoSided() ? rankSets.tiedWithLeader() : Optional.empty();
    }

    /**
     * Returns the units statistically tied with the laggard.
     *
     * @return the group; empty when no sets were asked, they are not simultaneous two-sided ones, or no unit has a
     *     set
     */
    public Optional<TiedGroup> tiedWithLaggard() {
        return twoSided() ? rankSets.tiedWithLaggard() : Optional.empty();
    }

    /**
     * Returns the units that may be first: {@link RankSets#tauBest(int) tauBest(1)}.
     *
     * @return the units; empty when the sets are not simultaneous two-sided or lower ones, or no unit has a set
     */
    public Optional<TauSet> mayBeFirst() {
        if (rankSets == null || !rankSets.isSimultaneous() || rankSets.type() == RankSetType.UPPER
                || rankSets.units().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rankSets.tauBest(1));
    }

    /**
     * Returns the units that may be last: {@link RankSets#tauWorst(int) tauWorst(1)}.
     *
     * @return the units; empty when the sets are not simultaneous two-sided or upper ones, or no unit has a set
     */
    public Optional<TauSet> mayBeLast() {
        if (rankSets == null || !rankSets.isSimultaneous() || rankSets.type() == RankSetType.LOWER
                || rankSets.units().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rankSets.tauWorst(1));
    }

    private boolean twoSided() {
        return rankSets != null && rankSets.isSimultaneous() && rankSets.type() == RankSetType.TWO_SIDED;
    }

    /**
     * Returns the Fay–Herriot fit.
     *
     * @return the fit; empty when none was asked
     */
    public Optional<FayHerriotFit> fayHerriot() {
        return Optional.ofNullable(fayHerriot);
    }

    /**
     * Returns a unit's Fay–Herriot estimate.
     *
     * @param unit the unit's label
     * @return the estimate (with a reason instead of figures when the unit was left out of the fit); empty when no fit
     *     was asked or the unit was not in it
     */
    public Optional<SmallAreaEstimate> fayHerriot(String unit) {
        return fayHerriot == null ? Optional.empty() : fayHerriot.unit(unit);
    }

    /**
     * Returns the labels of every current unit whose figures this holds: those of the rank sets (of the current
     * period alone and together with the previous one), the index changes and the Fay–Herriot fit.
     * {@link io.github.sipas.scoring.result.ScoreResult} checks that none is suppressed.
     *
     * @return the labels
     */
    public Set<String> units() {
        Set<String> all = new HashSet<>(indexChanges.keySet());
        if (rankSets != null) {
            rankSets.units().forEach(s -> all.add(s.unit()));
        }
        if (rankChanges != null) {
            rankChanges.current().units().forEach(s -> all.add(s.unit()));
        }
        if (fayHerriot != null) {
            fayHerriot.units().forEach(s -> all.add(s.unit()));
        }
        return all;
    }

    /**
     * Configures an {@link Uncertainty}. Not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private RankSetType type;
        private boolean simultaneous;
        private RankSetOptions options;
        private List<UnitEstimate> previous;
        private FayHerriot model;

        private Builder() {
        }

        /**
         * Asks for simultaneous rank sets ({@link RankSets#simultaneous}).
         *
         * @param setType which bounds
         * @param setOptions the level, draws, seed and stepdown
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder simultaneous(RankSetType setType, RankSetOptions setOptions) {
            return sets(setType, setOptions, true);
        }

        /**
         * Asks for marginal rank sets ({@link RankSets#marginal}).
         *
         * @param setType which bounds
         * @param setOptions the level, draws, seed and stepdown
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder marginal(RankSetType setType, RankSetOptions setOptions) {
            return sets(setType, setOptions, false);
        }

        private Builder sets(RankSetType setType, RankSetOptions setOptions, boolean joint) {
            this.type = Objects.requireNonNull(setType, "type");
            this.options = Objects.requireNonNull(setOptions, "options");
            this.simultaneous = joint;
            return this;
        }

        /**
         * Sets the previous period's estimates, for the intervals of the change of rank and the changes of index;
         * rank sets must be asked too.
         *
         * @param estimates the estimates of the units ranked in the previous period, with unique labels
         * @return this builder
         * @throws NullPointerException if the list or an estimate is null
         */
        public Builder previous(List<UnitEstimate> estimates) {
            this.previous = List.copyOf(Objects.requireNonNull(estimates, "estimates"));
            return this;
        }

        /**
         * Asks for Fay–Herriot estimates beside the direct ones.
         *
         * @param fayHerriot the model (its scale and iterations)
         * @return this builder
         * @throws NullPointerException if the model is null
         */
        public Builder fayHerriot(FayHerriot fayHerriot) {
            this.model = Objects.requireNonNull(fayHerriot, "fayHerriot");
            return this;
        }

        /**
         * Computes what was asked on a result's published units.
         *
         * @param scorecard the result's scores
         * @param ranking the result's ranking, with its suppressed units
         * @return the uncertainty, for {@link io.github.sipas.scoring.result.ScoreResult#withUncertainty(Uncertainty)}
         * @throws NullPointerException if an argument is null
         * @throws IllegalStateException if a previous period was given without rank sets
         * @throws IllegalArgumentException if the previous period has the same unit twice, or a Fay–Herriot fit was
         *     asked with fewer than two published units with a defined index and standard error
         */
        public Uncertainty build(Scorecard scorecard, Ranking ranking) {
            Objects.requireNonNull(scorecard, "scorecard");
            Objects.requireNonNull(ranking, "ranking");
            if (previous != null && options == null) {
                throw new IllegalStateException("a previous period needs rank sets: call simultaneous or marginal");
            }
            RankSets sets = null;
            RankChanges changes = null;
            Map<String, IndexDifference> differences = new LinkedHashMap<>();
            if (options != null) {
                List<UnitEstimate> current = estimates(scorecard, ranking);
                sets = simultaneous ? RankSets.simultaneous(current, type, options)
                        : RankSets.marginal(current, type, options);
                if (previous != null) {
                    changes = RankChanges.of(previous, current, options);
                    for (IndexDifference d : IndexDifference.changes(previous, current, options.level())) {
                        differences.put(d.first(), d);
                    }
                }
            }
            FayHerriotFit fit = model == null ? null : model.fit(published(scorecard, ranking));
            return new Uncertainty(sets, changes, differences, fit);
        }
    }
}
