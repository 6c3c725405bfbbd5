package io.github.sipas.scoring.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import io.github.sipas.core.Confidence;

/**
 * Confidence sets for the ranks of units, from their estimated indices and standard errors, following Mogstad,
 * Romano, Shaikh and Wilhelm (2024), "Inference for ranks with applications to mobility across neighbourhoods and
 * academic achievement across countries", <i>Review of Economic Studies</i> 91(1), 476–518, as the R package csranks
 * computes them (functions {@code csranks}, {@code csranks_simul}, {@code csranks_marg}, {@code cstaubest},
 * {@code cstauworst} of {@code R/ranks.R} and {@code csdiffmeans} of {@code R/diffmeans.R}, repository
 * danielwilhelm/R-CS-ranks).
 *
 * <pre>{@code
 * List<UnitEstimate> units = UnitEstimate.of(scorecard);
 * RankSets sets = RankSets.simultaneous(units, RankSetType.TWO_SIDED, RankSetOptions.builder().seed(7).build());
 * for (RankSet s : sets.units()) {
 *     System.out.printf("%-20s rank %d, with 95 %% confidence %d to %d%n", s.unit(), s.rank(), s.lower(), s.upper());
 * }
 * TauSet top3 = RankSets.simultaneous(units, RankSetType.LOWER, options).tauBest(3);
 * }</pre>
 *
 * <h2>Method</h2>
 * With p units, estimates x_j and standard errors s_j of independent samples (a diagonal covariance; s_j is
 * {@link UnitEstimate#inferenceSe()}, the standard error with its small-sample floor), each pair of
 * units j ≠ k is compared by the standardized difference (x_j − x_k)/σ_jk, σ_jk = √(s_j² + s_k²). The critical value
 * c is the {@code level} quantile (R's type 7) of the largest standardized difference over the pairs under study,
 * taken over {@code draws} parametric bootstrap draws Z* ~ N(0, diag(s²)): max over the directed pairs (j, k) of
 * (Z*_j − Z*_k)/σ_jk, held at 0 or above. The pair "j is above k" is established when x_j − x_k &gt; σ_jk c. Then a
 * unit's set is
 * <ul>
 *   <li>lower = 1 + the number of units established above it ({@link RankSetType#TWO_SIDED} and
 *       {@link RankSetType#LOWER}; 1 for {@link RankSetType#UPPER}),</li>
 *   <li>upper = p − the number of units established below it ({@link RankSetType#TWO_SIDED} and
 *       {@link RankSetType#UPPER}; p for {@link RankSetType#LOWER}).</li>
 * </ul>
 * <b>Simultaneous</b> sets ({@link #simultaneous}) study every directed pair at once and cover all units' true ranks
 * together with probability about {@code level}. <b>Marginal</b> sets ({@link #marginal}) are computed unit by unit,
 * each from the pairs involving that unit only (both directions for a two-sided set, "k above j" for a lower set,
 * "j above k" for an upper one), and each covers its own unit's true rank with probability about {@code level}; they
 * are narrower, and must not be read jointly. With the <b>stepdown</b> ({@link RankSetOptions#stepdown()}) the
 * established pairs leave the family, c is computed again on the pairs left, and this repeats until a step
 * establishes nothing new: the sets can only get narrower and keep their coverage. Tied true indices are covered in
 * the sense of the paper: the set holds every rank the unit could take.
 *
 * <p>As csranks, the two-sided stepdown treats the two directions of each pair as separate one-sided tests (its
 * {@code initialize_I0}); csranks' marginal sets use the same draws for every unit (the seed is set anew for each),
 * as here. One deviation: here every stepdown step reuses the same draws, where csranks draws anew at each step (see
 * {@code RankSetEngine}); and c is held at 0 or above, which matters only at levels near 0.5, where simulation error
 * can put a one-directional family's quantile just below 0. The normal deviates are those of Commons RNG, so figures
 * agree with csranks' only up to simulation error, never digit for digit.
 *
 * <h2>Edge cases</h2>
 * <ul>
 *   <li>No unit: no set. One unit: its set is [1, 1].</li>
 *   <li>Equal estimates are never established as ordered (the level is at least 0.5 and c at least 0, so a pair is
 *       established only when x_j − x_k &gt; 0), so identical units all get the full range their other comparisons
 *       allow ([1, p] when all are identical), and every set holds its unit's estimated rank.</li>
 *   <li>A standard error of 0 from a sample (an index of 100 where every form was satisfied) is not taken as
 *       exact: the unit's {@link UnitEstimate#inferenceSe()} is the floor of its number of forms (3.58 points for 18
 *       forms), so a unit at 100 from 18 forms is not established above one at 97 with an SE of 0.8. Only an
 *       {@link UnitEstimate#exact(String, double) exact} estimate has an SE of 0 here: its pairs use the other unit's
 *       error alone, and when both of a pair are exact the difference is taken as exact: the pair is established
 *       when the estimates differ, and it takes no part in the bootstrap maximum.</li>
 *   <li>Cost: simultaneous sets take about draws × p² / 2 operations per step (700 units and 1,000 draws: a few
 *       seconds on one core); marginal ones about draws × p² per step in total.</li>
 * </ul>
 *
 * <h2>Reproducibility</h2>
 * The same estimates and options give the same sets and critical values whatever the order of the list: the units are
 * put in the order of their labels ({@link String#compareTo}) before the draws are handed out, draw after draw, one
 * deviate per unit in that order (for {@link RankChanges}, the previous period's units, then the current period's).
 * Adding or removing a unit changes the draws of the units after it in that order, so the sets of the others may move
 * by simulation error.
 *
 * <p>The units are listed by estimated rank, then label. Immutable.
 *
 * @since 0.1
 */
public final class RankSets {

    private static final Comparator<RankSet> ORDER =
            Comparator.comparingInt(RankSet::rank).thenComparing(RankSet::unit);

    private final RankSetType type;
    private final boolean simultaneous;
    private final RankSetOptions options;
    private final List<RankSet> units;
    private final List<Double> criticalValues;
    private final Map<String, RankSet> byUnit;

    private RankSets(RankSetType type, boolean simultaneous, RankSetOptions options, List<RankSet> units,
            List<Double> criticalValues) {
        this.type = type;
        this.simultaneous = simultaneous;
        this.options = options;
        List<RankSet> sorted = new ArrayList<>(units);
        sorted.sort(ORDER);
        this.units = List.copyOf(sorted);
        this.criticalValues = List.copyOf(criticalValues);
        Map<String, RankSet> map = new HashMap<>();
        for (RankSet s : this.units) {
            map.put(s.unit(), s);
        }
        this.byUnit = map;
    }

    /**
     * Returns two-sided simultaneous sets with the {@link RankSetOptions#defaults()}.
     *
     * @param units the estimates, with unique unit labels
     * @return the sets
     * @throws NullPointerException if the list or an estimate is null
     * @throws IllegalArgumentException if two estimates have the same unit
     */
    public static RankSets simultaneous(List<UnitEstimate> units) {
        return simultaneous(units, RankSetType.TWO_SIDED, RankSetOptions.defaults());
    }

    /**
     * Returns simultaneous sets: together they hold every unit's true rank with probability about the level.
     *
     * @param units the estimates, with unique unit labels
     * @param type which bounds to compute
     * @param options the level, draws, seed and stepdown
     * @return the sets
     * @throws NullPointerException if an argument or an estimate is null
     * @throws IllegalArgumentException if two estimates have the same unit
     */
    public static RankSets simultaneous(List<UnitEstimate> units, RankSetType type, RankSetOptions options) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(options, "options");
        return joint(List.of(checked(units, "units")), type, options)[0];
    }

    /**
     * Returns simultaneous sets for the units of several rankings at once (the periods of {@link RankChanges}): the
     * pairs compared are those within each ranking, the bootstrap maximum runs over all of them, so that the sets of
     * all rankings together hold all the true ranks with probability about the level.
     */
    static RankSets[] joint(List<List<UnitEstimate>> given, RankSetType type, RankSetOptions options) {
        List<List<UnitEstimate>> blocks = new ArrayList<>();
        for (List<UnitEstimate> b : given) {
            blocks.add(byLabel(b));
        }
        int n = 0;
        long pairs = 0;
        for (List<UnitEstimate> b : blocks) {
            n += b.size();
            pairs += (long) b.size() * (b.size() - 1) / 2;
        }
        if (pairs > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many units to compare: " + n + " (" + pairs + " pairs)");
        }
        double[] x = new double[n];
        double[] se = new double[n];
        int[] start = new int[blocks.size() + 1];
        int i = 0;
        for (int b = 0; b < blocks.size(); b++) {
            start[b] = i;
            for (UnitEstimate u : blocks.get(b)) {
                x[i] = u.value();
                se[i] = u.inferenceSe();
                i++;
            }
        }
        start[blocks.size()] = n;
        int[] pj = new int[(int) pairs];
        int[] pk = new int[(int) pairs];
        int t = 0;
        for (int b = 0; b < blocks.size(); b++) {
            for (int j = start[b]; j < start[b + 1]; j++) {
                for (int k = j + 1; k < start[b + 1]; k++) {
                    pj[t] = j;
                    pk[t] = k;
                    t++;
                }
            }
        }
        // Over every unit, "k above j" and "j above k" are both under study whatever the type (csranks' I0 with
        // indices = all); the type only chooses which counts become bounds.
        byte[] mode = new byte[t];
        java.util.Arrays.fill(mode, RankSetEngine.BOTH);
        double[][] z = RankSetEngine.draws(se, options.draws(), options.seed());
        RankSetEngine.Outcome out = RankSetEngine.run(x, se, pj, pk, mode, options.level(), options.stepdown(), z);
        int[] above = new int[n];
        int[] below = new int[n];
        count(out.rejected(), pj, pk, above, below);
        List<Double> critical = new ArrayList<>();
        for (double c : out.criticalValues()) {
            critical.add(c);
        }
        RankSets[] result = new RankSets[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            List<UnitEstimate> block = blocks.get(b);
            int[] ranks = ranks(block);
            int p = block.size();
            List<RankSet> sets = new ArrayList<>(p);
            for (int j = 0; j < p; j++) {
                UnitEstimate u = block.get(j);
                int g = start[b] + j;
                sets.add(set(u, ranks[j], type, above[g], below[g], p));
            }
            result[b] = new RankSets(type, true, options, sets, critical);
        }
        return result;
    }

    /**
     * Returns marginal sets: each holds its own unit's true rank with probability about the level (not all of them
     * together). Each unit's set is computed from the pairs involving it, with the same draws for every unit.
     *
     * @param units the estimates, with unique unit labels
     * @param type which bounds to compute
     * @param options the level, draws, seed and stepdown
     * @return the sets
     * @throws NullPointerException if an argument or an estimate is null
     * @throws IllegalArgumentException if two estimates have the same unit
     */
    public static RankSets marginal(List<UnitEstimate> units, RankSetType type, RankSetOptions options) {
        List<UnitEstimate> list = byLabel(checked(units, "units"));
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(options, "options");
        int p = list.size();
        double[] x = new double[p];
        double[] se = new double[p];
        for (int j = 0; j < p; j++) {
            x[j] = list.get(j).value();
            se[j] = list.get(j).inferenceSe();
        }
        double[][] z = RankSetEngine.draws(se, options.draws(), options.seed());
        int[] ranks = ranks(list);
        int[] pj = new int[Math.max(0, p - 1)];
        int[] pk = new int[pj.length];
        byte[] mode = new byte[pj.length];
        List<RankSet> sets = new ArrayList<>(p);
        for (int i = 0; i < p; i++) {
            int t = 0;
            for (int k = 0; k < p; k++) {
                if (k == i) {
                    continue;
                }
                boolean first = i < k;
                pj[t] = first ? i : k;
                pk[t] = first ? k : i;
                // FWD tests "pj above pk". LOWER studies "k above i", UPPER "i above k", TWO_SIDED both.
                mode[t] = switch (type) {
                    case TWO_SIDED -> RankSetEngine.BOTH;
                    case LOWER -> first ? RankSetEngine.BWD : RankSetEngine.FWD;
                    case UPPER -> first ? RankSetEngine.FWD : RankSetEngine.BWD;
                };
                t++;
            }
            RankSetEngine.Outcome out = RankSetEngine.run(x, se, pj, pk, mode, options.level(), options.stepdown(),
                    z);
            int[] above = new int[p];
            int[] below = new int[p];
            count(out.rejected(), pj, pk, above, below);
            sets.add(set(list.get(i), ranks[i], type, above[i], below[i], p));
        }
        return new RankSets(type, false, options, sets, List.of());
    }

    private static void count(byte[] rejected, int[] pj, int[] pk, int[] above, int[] below) {
        for (int t = 0; t < rejected.length; t++) {
            if ((rejected[t] & RankSetEngine.FWD) != 0) {
                above[pk[t]]++;
                below[pj[t]]++;
            }
            if ((rejected[t] & RankSetEngine.BWD) != 0) {
                above[pj[t]]++;
                below[pk[t]]++;
            }
        }
    }

    private static RankSet set(UnitEstimate u, int rank, RankSetType type, int above, int below, int p) {
        int lower = type == RankSetType.UPPER ? 1 : 1 + above;
        int upper = type == RankSetType.LOWER ? p : p - below;
        return new RankSet(u.unit(), u.value(), u.inferenceSe(), rank, lower, upper);
    }

    /** csranks' irank with omega = 0: 1 + the number of strictly higher estimates. */
    private static int[] ranks(List<UnitEstimate> units) {
        int p = units.size();
        double[] sorted = new double[p];
        for (int j = 0; j < p; j++) {
            sorted[j] = units.get(j).value();
        }
        java.util.Arrays.sort(sorted);
        int[] ranks = new int[p];
        for (int j = 0; j < p; j++) {
            double v = units.get(j).value();
            // the number of values <= v, by binary search for the first value above v
            int lo = 0;
            int hi = p;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            ranks[j] = 1 + (p - lo);
        }
        return ranks;
    }

    /**
     * The units in the order of their labels ({@link String#compareTo}): the bootstrap's draws are handed out in this
     * order, so that the sets do not depend on the order of the list given.
     */
    private static List<UnitEstimate> byLabel(List<UnitEstimate> units) {
        List<UnitEstimate> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing(UnitEstimate::unit));
        return sorted;
    }

    static List<UnitEstimate> checked(List<UnitEstimate> units, String name) {
        Objects.requireNonNull(units, name);
        Map<String, UnitEstimate> seen = new HashMap<>();
        for (UnitEstimate u : units) {
            Objects.requireNonNull(u, name + " element");
            if (seen.put(u.unit(), u) != null) {
                throw new IllegalArgumentException(name + " must have unique units, but '" + u.unit()
                        + "' appears twice");
            }
        }
        return List.copyOf(units);
    }

    /**
     * Returns the type of the sets.
     *
     * @return the type
     */
    public RankSetType type() {
        return type;
    }

    /**
     * Returns whether the sets are simultaneous (true) or marginal (false).
     *
     * @return true for simultaneous sets
     */
    public boolean isSimultaneous() {
        return simultaneous;
    }

    /**
     * Returns the options the sets were computed with.
     *
     * @return the options
     */
    public RankSetOptions options() {
        return options;
    }

    /**
     * Returns every unit's set, by estimated rank, then label.
     *
     * @return the sets, immutable
     */
    public List<RankSet> units() {
        return units;
    }

    /**
     * Returns a unit's set.
     *
     * @param unit the unit's label
     * @return the set, or empty when there is no such unit
     */
    public Optional<RankSet> unit(String unit) {
        return Optional.ofNullable(byUnit.get(unit));
    }

    /**
     * Returns the critical value of each step of simultaneous sets: the first is the single-step value, the next ones
     * the stepdown's, on ever fewer pairs. NaN for a step where no pair left had a positive standard error.
     *
     * @return the critical values, immutable; empty for marginal sets (each unit has its own) and when there is no
     *     pair to compare
     */
    public List<Double> criticalValues() {
        return criticalValues;
    }

    /**
     * Returns the units that may be among the best τ: those whose set's lower bound is at most τ (csranks'
     * {@code cstaubest}, the projection confidence set of the paper). Use simultaneous {@link RankSetType#LOWER}
     * sets, as csranks does; simultaneous two-sided sets also give a valid, possibly larger, set.
     *
     * @param tau τ, from 1 to the number of units
     * @return the units, by estimated rank, then label
     * @throws IllegalStateException if the sets are marginal or {@link RankSetType#UPPER}, which bound no lower rank
     * @throws IllegalArgumentException if τ is not in [1, number of units]
     */
    public TauSet tauBest(int tau) {
        if (!simultaneous || type == RankSetType.UPPER) {
            throw new IllegalStateException("tauBest needs simultaneous LOWER or TWO_SIDED sets, not "
                    + (simultaneous ? "simultaneous " : "marginal ") + type);
        }
        checkTau(tau);
        List<String> out = new ArrayList<>();
        for (RankSet s : units) {
            if (s.lower() <= tau) {
                out.add(s.unit());
            }
        }
        return new TauSet(true, tau, options.level(), out);
    }

    /**
     * Returns the units that may be among the worst τ: those whose set's upper bound is at least p − τ + 1 (csranks'
     * {@code cstauworst}). Use simultaneous {@link RankSetType#UPPER} sets, as csranks does; simultaneous two-sided
     * sets also give a valid, possibly larger, set.
     *
     * @param tau τ, from 1 to the number of units
     * @return the units, by estimated rank, then label
     * @throws IllegalStateException if the sets are marginal or {@link RankSetType#LOWER}, which bound no upper rank
     * @throws IllegalArgumentException if τ is not in [1, number of units]
     */
    public TauSet tauWorst(int tau) {
        if (!simultaneous || type == RankSetType.LOWER) {
            throw new IllegalStateException("tauWorst needs simultaneous UPPER or TWO_SIDED sets, not "
                    + (simultaneous ? "simultaneous " : "marginal ") + type);
        }
        checkTau(tau);
        int p = units.size();
        List<String> out = new ArrayList<>();
        for (RankSet s : units) {
            if (s.upper() >= p - tau + 1) {
                out.add(s.unit());
            }
        }
        return new TauSet(false, tau, options.level(), out);
    }

    private void checkTau(int tau) {
        if (tau < 1 || tau > units.size()) {
            throw new IllegalArgumentException("tau must be in [1, " + units.size() + "] (the number of units), not "
                    + tau);
        }
    }

    /**
     * Returns the units tied with the leader: the units of estimated rank 1 (several when their estimates are equal)
     * and every unit whose set overlaps one of theirs (see {@link TiedGroup} for what overlap means).
     *
     * @return the group; empty when there is no unit
     * @throws IllegalStateException if the sets are not {@link RankSetType#TWO_SIDED}: a one-sided set reaches rank 1
     *     or rank p, so every set would overlap every other and the group would always be everyone
     */
    public Optional<TiedGroup> tiedWithLeader() {
        checkTwoSided();
        return units.isEmpty() ? Optional.empty() : Optional.of(group(units.get(0).rank()));
    }

    /**
     * Returns the units tied with the laggard: the units of the highest estimated rank (several when their estimates
     * are equal) and every unit whose set overlaps one of theirs (see {@link TiedGroup} for what overlap means).
     *
     * @return the group; empty when there is no unit
     * @throws IllegalStateException if the sets are not {@link RankSetType#TWO_SIDED}
     */
    public Optional<TiedGroup> tiedWithLaggard() {
        checkTwoSided();
        return units.isEmpty() ? Optional.empty() : Optional.of(group(units.get(units.size() - 1).rank()));
    }

    /**
     * Returns the units tied with one unit: it, and every unit whose set overlaps its set (see {@link TiedGroup}).
     *
     * @param unit the unit's label
     * @return the group
     * @throws IllegalStateException if the sets are not {@link RankSetType#TWO_SIDED}
     * @throws IllegalArgumentException if there is no such unit
     */
    public TiedGroup tiedWith(String unit) {
        checkTwoSided();
        RankSet anchor = byUnit.get(unit);
        if (anchor == null) {
            throw new IllegalArgumentException("no unit '" + unit + "' among the " + units.size() + " units");
        }
        return group(List.of(anchor));
    }

    private void checkTwoSided() {
        if (type != RankSetType.TWO_SIDED) {
            throw new IllegalStateException("tied groups need TWO_SIDED sets, whose both bounds are set; these are "
                    + type);
        }
    }

    private TiedGroup group(int rank) {
        return group(units.stream().filter(s -> s.rank() == rank).toList());
    }

    private TiedGroup group(List<RankSet> anchors) {
        List<String> members = new ArrayList<>();
        for (RankSet s : units) {
            if (anchors.stream().anyMatch(a -> a.overlaps(s))) {
                members.add(s.unit());
            }
        }
        return new TiedGroup(anchors.stream().map(RankSet::unit).toList(), members);
    }
}
