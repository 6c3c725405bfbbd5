package io.github.sipas.scoring.estimate;

import io.github.sipas.core.Response;
import io.github.sipas.core.quality.QualityScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import io.github.sipas.core.Answer;

/**
 * Collects the sums of a {@link Scorer} over responses, group by group, in one pass; then gives the
 * {@link Scorecard}. Memory grows with groups × criteria², never with the number of responses.
 *
 * <p>Accumulators of the same scorer merge: {@code a.combine(b)} adds b's sums to a's, so that the parts of a file, or
 * a cluster's partitions, scored apart and combined give the same scorecard as one pass over the whole (to
 * floating-point order, about 1e-12). Merging an empty accumulator, on either side, changes nothing.
 *
 * <p>Weights are taken relative to the first weight of each group (multiplied by a power of two, which is exact), so
 * that weights of any magnitude a double holds, 1e-300 as well as 1e300, give the figures that weights near 1 in the
 * same proportions give: a weight at most scales its group's figures, never changes them. The weights of one group must
 * lie within a factor 2<sup>210</sup> (about 1.6 × 10<sup>63</sup>) of its first one, so that their squares can be
 * summed; {@link #add} refuses one farther off, and {@link #combine} two groups whose first weights are so far
 * apart.
 *
 * <p>Not thread-safe: give each thread its own accumulator, and combine them.
 *
 * @since 0.1
 */
public final class ScoreAccumulator {

    private final Scorer scorer;
    private final Map<Grouping.GroupKey, UnitSums> groups = new HashMap<>();
    private final io.github.sipas.core.Answer[] questionBuffer;
    /**
     * The forms added but not yet summed: each as its criteria's codes ({@link Scorer#encode}), its group's sums and
     * its scaled weight. They are summed group by group ({@link #flush}), each group's in the order they were added,
     * so that a group's sums stay in the caches over its forms of the batch; the sums of a group are those of adding
     * its forms one by one in order, to the bit, since a group's sums see only its own forms.
     */
    private int[] pendingCodes;
    private final UnitSums[] pendingSums = new UnitSums[PENDING];
    private final double[] pendingWeight = new double[PENDING];
    private final int[] next = new int[PENDING];
    private int pendingCount;
    /** Per group's {@link UnitSums#ordinal}: the first and last pending form of the group, or -1. */
    private int[] firstPending = new int[16];
    private int[] lastPending = new int[16];
    private final int[] touched = new int[PENDING];
    private final Row row;
    private final io.github.sipas.core.Answer[] answerBuffer;
    private int groupCount;
    /** Grouping by unit alone: sums by unit, and the last unit seen, for rows sorted by unit. */
    private final boolean byUnitOnly;
    private final Map<String, UnitSums> units = new HashMap<>();
    private String lastUnit;
    private UnitSums lastSums;
    private long responses;

    /** How many forms wait to be summed, at most. */
    static final int PENDING = 8192;

    ScoreAccumulator(Scorer scorer) {
        this.scorer = scorer;
        java.util.Arrays.fill(firstPending, -1);
        this.row = new Row(scorer.criteria.size());
        this.answerBuffer = new io.github.sipas.core.Answer[scorer.criteria.size()];
        this.questionBuffer = new io.github.sipas.core.Answer[scorer.questions.size()];
        this.byUnitOnly = scorer.grouping().equals(Grouping.BY_UNIT);
    }

    /**
     * Adds a response.
     *
     * @param response the response
     * @throws IllegalArgumentException if it answers a criterion with a code not on its scale, or with choices or
     *     text, or if its weight lies more than a factor 2<sup>210</sup> from the first weight of its group (the
     *     response is then not added)
     */
    public void add(Response response) {
        Objects.requireNonNull(response, "response");
        int items = scorer.criteria.size();
        if (pendingCodes == null) {
            pendingCodes = new int[PENDING * items];
        }
        scorer.encode(response, answerBuffer, pendingCodes, pendingCount * items);
        UnitSums sums;
        if (byUnitOnly) {
            String unit = response.unit();
            if (unit == lastUnit) {
                sums = lastSums;
            } else {
                sums = units.get(unit);
                if (sums == null) {
                    sums = newSums();
                    units.put(unit, sums);
                    groups.put(new Grouping.GroupKey(unit, null), sums);
                }
                lastUnit = unit;
                lastSums = sums;
            }
        } else {
            Grouping.GroupKey key = scorer.grouping().keyOf(response);
            sums = groups.get(key);
            if (sums == null) {
                sums = newSums();
                groups.put(key, sums);
            }
        }
        double w = response.weightOrOne() * sums.factor;
        if (!(w >= UnitSums.MIN_SCALED && w <= UnitSums.MAX_SCALED)) {
            // The group's first weight (factor NaN), or one too far from it; a new group's first always passes.
            w = sums.firstOrRefuse(response.weightOrOne(), response.id());
        }
        if (sums.options != null) {
            scorer.tally(response, w, sums.options, questionBuffer);
        }
        int k = pendingCount++;
        pendingSums[k] = sums;
        pendingWeight[k] = w;
        if (pendingCount == PENDING) {
            flush();
        }
        responses++;
    }

    private UnitSums newSums() {
        UnitSums sums = scorer.newSums();
        sums.ordinal = groupCount++;
        if (sums.ordinal == firstPending.length) {
            int n = firstPending.length;
            firstPending = java.util.Arrays.copyOf(firstPending, 2 * n);
            lastPending = java.util.Arrays.copyOf(lastPending, 2 * n);
            java.util.Arrays.fill(firstPending, n, 2 * n, -1);
        }
        return sums;
    }

    /** Sums the pending forms, group by group, each group's in the order they were added. */
    private void flush() {
        int groupsTouched = 0;
        for (int k = 0; k < pendingCount; k++) {
            int g = pendingSums[k].ordinal;
            next[k] = -1;
            if (firstPending[g] < 0) {
                firstPending[g] = k;
                touched[groupsTouched++] = g;
            } else {
                next[lastPending[g]] = k;
            }
            lastPending[g] = k;
        }
        int[][] alphaItems = scorer.alphaItems;
        int items = scorer.criteria.size();
        for (int t = 0; t < groupsTouched; t++) {
            int g = touched[t];
            int k = firstPending[g];
            UnitSums sums = pendingSums[k];
            for (; k >= 0; k = next[k]) {
                scorer.decode(pendingCodes, k * items, row);
                sums.add(pendingWeight[k], row, alphaItems);
                pendingSums[k] = null;
            }
            firstPending[g] = -1;
        }
        pendingCount = 0;
    }

    /**
     * Adds another accumulator's sums to this one's; the other is left unchanged.
     *
     * @param other an accumulator of the same scorer
     * @return this accumulator
     * @throws IllegalArgumentException if the other belongs to another scorer, or the first weights of one group in
     *     the two lie more than 2<sup>210</sup> apart (this one is then left unchanged)
     */
    public ScoreAccumulator combine(ScoreAccumulator other) {
        if (other.scorer != scorer) {
            throw new IllegalArgumentException("accumulators of different scorers cannot be combined");
        }
        flush();
        other.flush();
        for (Map.Entry<Grouping.GroupKey, UnitSums> e : other.groups.entrySet()) {
            UnitSums mine = groups.get(e.getKey());
            String why = mine == null ? null : mine.whyNotCombinable(e.getValue());
            if (why != null) {
                throw new IllegalArgumentException(why);
            }
        }
        for (Map.Entry<Grouping.GroupKey, UnitSums> e : other.groups.entrySet()) {
            UnitSums mine = groups.get(e.getKey());
            if (mine == null) {
                mine = newSums();
                groups.put(e.getKey(), mine);
                if (byUnitOnly) {
                    units.put(e.getKey().unit(), mine);
                }
            }
            mine.combine(e.getValue());
        }
        responses += other.responses;
        return this;
    }

    /**
     * Returns the number of responses added, here and through {@link #combine}.
     *
     * @return the count
     */
    public long count() {
        return responses;
    }

    /**
     * Computes the scorecard of the responses so far; the accumulator can go on collecting.
     *
     * @return the scorecard
     */
    public Scorecard result() {
        flush();
        return scorer.result(groups);
    }

    /**
     * Computes the criteria that correlate negatively with the rest of their scale ({@link NegativeItem}) over the
     * forms a publication may count in totals: the forms of each unit that {@code scope} counts ({@link
     * QualityScope#countsInTotal}), so that the figure and its number of forms never rest on a suppressed unit's
     * forms. {@link #result()} gives a scorecard without them; add them with {@link Scorecard#withNegativeItems(List)},
     * as {@code ScoreRun} does with the scope of its disclosure ({@link QualityScope#all()}: every form).
     *
     * @param scope the forms that may count, such as {@code disclosure.qualityScope(scorecard)}
     * @return the negative items over those forms; empty when none is negative
     * @throws NullPointerException if scope is null
     */
    public List<NegativeItem> negativeItems(QualityScope scope) {
        java.util.Objects.requireNonNull(scope, "scope");
        flush();
        Map<String, Long> unitForms = new HashMap<>();
        groups.forEach((key, sums) -> {
            if (key.unit() != null) {
                unitForms.merge(key.unit(), sums.forms, Long::sum);
            }
        });
        List<UnitSums> counted = new ArrayList<>();
        groups.forEach((key, sums) -> {
            if (key.unit() == null ? scope.countsInTotal(null, sums.forms)
                    : scope.countsInTotal(key.unit(), unitForms.get(key.unit()))) {
                counted.add(sums);
            }
        });
        return KeyingCheck.of(scorer, counted);
    }
}
