package io.github.sipas.scoring.rank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.disclose.Suppression;
import io.github.sipas.scoring.estimate.UnitScore;

/**
 * The ranking of the units (or groups) of a {@link Scorecard} by their overall index, as published: rank, change of
 * rank since the previous period, and quartile tier, as the project's {@code estimation.md} ("Ranking") and
 * {@code methodology.md} §4 define them.
 *
 * <pre>{@code
 * Ranking ranking = Ranking.of(scorecard).withPrevious(Map.of("Bát Xát", 3, "Sa Pa", 1));
 * for (RankedUnit u : ranking.units()) {
 *     System.out.println(u.label() + " " + u.rounded() + " " + u.rank() + " " + u.rankChange() + " " + u.tier());
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Units are ranked on the overall index rounded half-up to two decimals ({@link #round(double)}), highest first;
 *       units whose rounded indices are equal tie, and share the lowest rank ({@link RankingMethod#COMPETITION}, the
 *       default: 1, 2, 2, 4) or ranks without gaps ({@link RankingMethod#DENSE}: 1, 2, 2, 3).</li>
 *   <li>A unit whose index is undefined (NaN, or not finite) is listed with the scorecard's reason and not ranked.</li>
 *   <li>A unit with fewer respondents than the reliability threshold (30 unless set) is flagged
 *       {@link RankingFlag#FEW_RESPONDENTS}; it is ranked, unless {@link RankingOptions#excludeUnreliable()} is set,
 *       in which case it is listed with the reason and not ranked. Excluded units do not take up ranks.</li>
 *   <li>The change of rank is the previous rank minus the current one (positive: climbed), for units ranked in both
 *       periods ({@link #withPrevious(Map)}); other units have none.</li>
 *   <li>The {@link Tier} of a ranked unit places its rounded index among the type 7 quartiles of all ranked units'
 *       rounded indices ({@link TierCuts}).</li>
 *   <li>With a {@link Disclosure} rule ({@link #of(Scorecard, RankingOptions, Disclosure)}), the cells it suppresses
 *       are listed unranked with the reason and without their index ({@link RankedUnit#suppression()}), and do not
 *       take up ranks or enter the tier cuts.</li>
 * </ul>
 *
 * <p>{@link #units()} lists the ranked units by rank, then label, and then the units that are not ranked, by label.
 * Labels are compared as strings ({@link String#compareTo(String)}), as {@link Scorer} orders a scorecard. A ranking
 * is immutable.
 *
 * @since 0.1
 */
public final class Ranking {

    private static final Comparator<RankedUnit> ORDER = Comparator
            .comparing((RankedUnit u) -> u.rank() == null ? Integer.MAX_VALUE : u.rank())
            .thenComparing(RankedUnit::label);

    private final String survey;
    private final RankingOptions options;
    private final List<RankedUnit> units;
    private final Map<String, Integer> previousRanks;
    private final TierCuts tierCuts;
    private final Map<String, RankedUnit> byLabel;

    private Ranking(String survey, RankingOptions options, List<RankedUnit> units, Map<String, Integer> previousRanks,
            TierCuts tierCuts) {
        this.survey = survey;
        this.options = options;
        this.units = List.copyOf(units);
        this.previousRanks = previousRanks;
        this.tierCuts = tierCuts;
        Map<String, RankedUnit> map = new HashMap<>();
        for (RankedUnit u : this.units) {
            map.put(u.label(), u);
        }
        this.byLabel = map;
    }

    /**
     * Ranks the units of a scorecard with the {@link RankingOptions#defaults()}: competition ranking, units with fewer
     * than 30 respondents flagged but ranked.
     *
     * @param scorecard the scores
     * @return the ranking, without a previous period
     * @throws NullPointerException if the scorecard is null
     * @throws IllegalArgumentException if two units have the same label
     */
    public static Ranking of(Scorecard scorecard) {
        return of(scorecard, RankingOptions.defaults());
    }

    /**
     * Ranks the units of a scorecard. An empty scorecard, or one with no unit that can be ranked, gives a ranking with
     * no ranked unit and no {@link #tierCuts()}.
     *
     * @param scorecard the scores
     * @param options how to rank
     * @return the ranking, without a previous period
     * @throws NullPointerException if the scorecard or the options are null
     * @throws IllegalArgumentException if two units have the same label
     */
    public static Ranking of(Scorecard scorecard, RankingOptions options) {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(options, "options");
        List<RankedUnit> unranked = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<String, UnitScore> seen = new HashMap<>();
        for (UnitScore u : scorecard.units()) {
            String label = u.label();
            if (seen.put(label, u) != null) {
                throw new IllegalArgumentException("two units of the scorecard have the label '" + label
                        + "'; labels must be unique to be ranked");
            }
            Set<RankingFlag> flags = flags(u, options);
            double value = u.index().value();
            if (!Double.isFinite(value)) {
                String reason = Double.isNaN(value)
                        ? (u.undefinedReason() != null && !u.undefinedReason().isBlank() ? u.undefinedReason()
                                : "the overall index is undefined")
                        : "the overall index is not finite (" + value + ")";
                unranked.add(new RankedUnit(label, u.respondents(), value, null, null, null, null, null, flags,
                        reason));
            } else if (options.excludeUnreliable() && flags.contains(RankingFlag.FEW_RESPONDENTS)) {
                unranked.add(new RankedUnit(label, u.respondents(), value, round(value), null, null, null, null, flags,
                        u.respondents() + " respondents, fewer than the reliability threshold of "
                                + options.reliabilityThreshold()));
            } else {
                candidates.add(new Candidate(label, u.respondents(), value, flags));
            }
        }
        return assemble(scorecard.survey(), options, candidates, unranked, Map.of());
    }

    /**
     * Ranks the units of a scorecard that a disclosure rule lets be published: the cells it suppresses
     * ({@link Disclosure#suppressed(Scorecard)}) are listed unranked, without their index, with the reason, and do not
     * take up ranks; the others are ranked among themselves, and their tiers are the quartiles of their indices alone,
     * so that neither a gap in the ranks nor a tier cut can place a suppressed unit.
     *
     * @param scorecard the scores
     * @param options how to rank
     * @param disclosure which cells are published
     * @return the ranking, without a previous period
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if two units have the same label
     */
    public static Ranking of(Scorecard scorecard, RankingOptions options, Disclosure disclosure) {
        Objects.requireNonNull(disclosure, "disclosure");
        return of(scorecard, options).withSuppressed(disclosure.suppressed(scorecard), disclosure);
    }

    /**
     * Returns a copy in which the given units are suppressed: unranked, without their index, with the reason; the
     * other units ranked again among themselves, and the previous period applied as before. Units already suppressed
     * stay suppressed. Returns this ranking when there is nothing new to suppress.
     *
     * @param cells the cells to suppress and why, by label
     * @param disclosure the rule that suppressed them
     * @return the ranking
     */
    public Ranking withSuppressed(Map<String, Suppression> cells, Disclosure disclosure) {
        boolean change = false;
        for (RankedUnit u : units) {
            Suppression s = cells.get(u.label());
            if (s != null && s != u.suppression()) {
                change = true;
                break;
            }
        }
        if (!change) {
            return this;
        }
        List<Candidate> candidates = new ArrayList<>();
        List<RankedUnit> unranked = new ArrayList<>();
        for (RankedUnit u : units) {
            Suppression s = cells.get(u.label());
            if (s != null) {
                unranked.add(new RankedUnit(u.label(), u.respondents(), Double.NaN, null, null, null, null, null,
                        u.flags(), s.reason(u.respondents(), disclosure.minRespondents()), s));
            } else if (u.isRanked()) {
                candidates.add(new Candidate(u.label(), u.respondents(), u.value(), u.flags()));
            } else {
                unranked.add(u);
            }
        }
        return assemble(survey, options, candidates, unranked, previousRanks);
    }

    /** A unit that is ranked: its label, forms, index and flags. */
    private record Candidate(String label, long respondents, double value, Set<RankingFlag> flags) {
    }

    /** Ranks the candidates, adds the unranked units, orders them and applies the previous ranks. */
    private static Ranking assemble(String survey, RankingOptions options, List<Candidate> candidates,
            List<RankedUnit> unranked, Map<String, Integer> previousRanks) {
        List<BigDecimal> candidateValues = new ArrayList<>();
        for (Candidate c : candidates) {
            candidateValues.add(round(c.value()));
        }
        TierCuts cuts = candidates.isEmpty() ? null : TierCuts.of(candidateValues);
        // Distinct rounded values, highest first, with how many units have each.
        TreeMap<BigDecimal, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        for (BigDecimal v : candidateValues) {
            counts.merge(v, 1, Integer::sum);
        }
        Map<BigDecimal, Integer> rankOf = new HashMap<>();
        int above = 0;
        int distinctAbove = 0;
        for (Map.Entry<BigDecimal, Integer> e : counts.entrySet()) {
            rankOf.put(e.getKey(), 1 + (options.method() == RankingMethod.DENSE ? distinctAbove : above));
            above += e.getValue();
            distinctAbove++;
        }
        List<RankedUnit> all = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            BigDecimal r = candidateValues.get(i);
            Integer rank = rankOf.get(r);
            Integer previous = previousRanks.get(c.label());
            all.add(new RankedUnit(c.label(), c.respondents(), c.value(), r, rank, previous,
                    previous == null ? null : previous - rank, cuts.tier(r), c.flags(), null));
        }
        for (RankedUnit u : unranked) {
            all.add(u.withPreviousRank(previousRanks.get(u.label())));
        }
        all.sort(ORDER);
        return new Ranking(survey, options, all, previousRanks, cuts);
    }

    private static Set<RankingFlag> flags(UnitScore u, RankingOptions options) {
        return u.respondents() < options.reliabilityThreshold()
                ? EnumSet.of(RankingFlag.FEW_RESPONDENTS) : EnumSet.noneOf(RankingFlag.class);
    }

    /**
     * Returns a value rounded half-up to two decimals, the published precision: the decimal value of
     * {@link Double#toString(double)} (the shortest decimal that identifies the double), rounded
     * {@link RoundingMode#HALF_UP}. Thus 85.005 gives 85.01, 85.0049 and 85.004 give 85.00.
     *
     * @param value the value
     * @return the value with exactly two decimals
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public static BigDecimal round(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("only a finite value can be rounded, not " + value);
        }
        return new BigDecimal(Double.toString(value)).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Returns a copy with the previous period's ranking: each unit's previous rank is its rank in {@code previous},
     * when it was ranked there, and its change of rank follows. Replaces any previous period given before.
     *
     * @param previous the previous period's ranking, made with the same {@link RankingMethod}
     * @return the copy
     * @throws NullPointerException if the previous ranking is null
     * @throws IllegalArgumentException if the previous ranking used another ranking method, whose ranks are not
     *     comparable; pass its {@link #ranks()} to {@link #withPrevious(Map)} to compare them anyway
     */
    public Ranking withPrevious(Ranking previous) {
        Objects.requireNonNull(previous, "previous");
        if (previous.options.method() != options.method()) {
            throw new IllegalArgumentException("the previous ranking used " + previous.options.method()
                    + ", expected " + options.method());
        }
        return withPrevious(previous.ranks());
    }

    /**
     * Returns a copy with the previous period's ranks, for instance from a saved result: each unit's previous rank is
     * the rank under its label, and its change of rank is the previous rank minus the current one. A label absent
     * from the map, or mapped to null, was not ranked then. Replaces any previous period given before.
     *
     * @param previousRanks the previous rank by label; a null value means not ranked
     * @return the copy
     * @throws NullPointerException if the map or a label is null
     * @throws IllegalArgumentException if a rank is below 1
     */
    public Ranking withPrevious(Map<String, Integer> previousRanks) {
        Objects.requireNonNull(previousRanks, "previousRanks");
        Map<String, Integer> copy = new TreeMap<>();
        for (Map.Entry<String, Integer> e : previousRanks.entrySet()) {
            String label = Objects.requireNonNull(e.getKey(), "label");
            Integer rank = e.getValue();
            if (rank == null) {
                continue;
            }
            if (rank < 1) {
                throw new IllegalArgumentException("previous rank of '" + label + "' must be at least 1, not "
                        + rank);
            }
            copy.put(label, rank);
        }
        List<RankedUnit> changed = new ArrayList<>(units.size());
        for (RankedUnit u : units) {
            changed.add(u.withPreviousRank(copy.get(u.label())));
        }
        return new Ranking(survey, options, changed, Collections.unmodifiableMap(copy), tierCuts);
    }

    /**
     * Returns the survey's id, from the scorecard.
     *
     * @return the id
     */
    public String survey() {
        return survey;
    }

    /**
     * Returns the options the ranking was made with.
     *
     * @return the options
     */
    public RankingOptions options() {
        return options;
    }

    /**
     * Returns every unit of the scorecard: the ranked ones by rank, then label, then the others by label.
     *
     * @return the units, immutable
     */
    public List<RankedUnit> units() {
        return units;
    }

    /**
     * Returns the ranked units, by rank, then label.
     *
     * @return the ranked units, immutable; empty when none is ranked
     */
    public List<RankedUnit> ranked() {
        return units.stream().filter(RankedUnit::isRanked).toList();
    }

    /**
     * Returns the units that are not ranked, with their reasons, by label.
     *
     * @return the unranked units, immutable; empty when all are ranked
     */
    public List<RankedUnit> unranked() {
        return units.stream().filter(u -> !u.isRanked()).toList();
    }

    /**
     * Returns the units whose figures are suppressed by a {@link Disclosure} rule ({@link #of(Scorecard,
     * RankingOptions, Disclosure)}), by label; they are among the {@link #unranked()} units.
     *
     * @return the suppressed units, immutable; empty when none
     */
    public List<RankedUnit> suppressed() {
        return units.stream().filter(RankedUnit::isSuppressed).toList();
    }

    /**
     * Returns a unit by its label.
     *
     * @param label the label ({@link UnitScore#label()})
     * @return the unit, or empty when the scorecard has none with that label
     */
    public Optional<RankedUnit> unit(String label) {
        return Optional.ofNullable(byLabel.get(label));
    }

    /**
     * Returns the rank of each ranked unit, by label, in the order of {@link #units()}: the form to save, and to pass
     * to the next period's {@link #withPrevious(Map)}.
     *
     * @return the ranks, immutable
     */
    public Map<String, Integer> ranks() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (RankedUnit u : units) {
            if (u.isRanked()) {
                map.put(u.label(), u.rank());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the previous period's ranks this ranking was compared with, by label.
     *
     * @return the previous ranks (without the labels given as not ranked), immutable; empty when no previous period
     *     was given
     */
    public Map<String, Integer> previousRanks() {
        return previousRanks;
    }

    /**
     * Returns the labels that were ranked in the previous period but are not in this ranking at all (units no longer
     * surveyed, or renamed).
     *
     * @return the labels, sorted, immutable; empty when no previous period was given
     */
    public List<String> previousOnly() {
        return previousRanks.keySet().stream().filter(l -> !byLabel.containsKey(l)).toList();
    }

    /**
     * Returns the quartile cut points of the tiers.
     *
     * @return the cut points, or empty when no unit is ranked
     */
    public Optional<TierCuts> tierCuts() {
        return Optional.ofNullable(tierCuts);
    }

    /**
     * Returns the top of the ranking: the ranked units with fewer than {@code n} ranked units strictly above them
     * (a competition rank of at most {@code n}, whatever the method). Units that tie with the n-th are all included,
     * so there may be more than {@code n}.
     *
     * @param n how many places
     * @return the units, by rank, then label; empty when {@code n} is 0
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public List<RankedUnit> top(int n) {
        checkCount(n);
        List<RankedUnit> ranked = ranked();
        List<RankedUnit> result = new ArrayList<>();
        int above = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (i > 0 && ranked.get(i).rounded().compareTo(ranked.get(i - 1).rounded()) != 0) {
                above = i;
            }
            if (above >= n) {
                break;
            }
            result.add(ranked.get(i));
        }
        return List.copyOf(result);
    }

    /**
     * Returns the bottom of the ranking: the ranked units with fewer than {@code n} ranked units strictly below them.
     * Units that tie with the n-th from the bottom are all included, so there may be more than {@code n}.
     *
     * @param n how many places
     * @return the units, by rank, then label (the lowest last); empty when {@code n} is 0
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public List<RankedUnit> bottom(int n) {
        checkCount(n);
        List<RankedUnit> ranked = ranked();
        int m = ranked.size();
        int start = m;
        int below = 0;
        for (int i = m - 1; i >= 0; i--) {
            if (i < m - 1 && ranked.get(i).rounded().compareTo(ranked.get(i + 1).rounded()) != 0) {
                below = m - 1 - i;
            }
            if (below >= n) {
                break;
            }
            start = i;
        }
        return ranked.subList(start, m);
    }

    private static void checkCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be at least 0, not " + n);
        }
    }

    /**
     * Returns whether another object is a ranking of the same survey, with the same options, units and previous
     * ranks.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ranking r && survey.equals(r.survey) && options.equals(r.options)
                && units.equals(r.units) && previousRanks.equals(r.previousRanks);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(survey, options, units, previousRanks);
    }

    /**
     * Returns a short description: the survey, the method and how many units are ranked and not.
     *
     * @return the description
     */
    @Override
    public String toString() {
        long ranked = units.stream().filter(RankedUnit::isRanked).count();
        return "Ranking[survey=" + survey + ", method=" + options.method() + ", ranked=" + ranked + ", unranked="
                + (units.size() - ranked) + "]";
    }
}
