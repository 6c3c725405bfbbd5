package io.github.sipas.scoring.estimate;

import io.github.sipas.core.Aggregation;
import io.github.sipas.core.AggregationMethod;
import io.github.sipas.core.Answer;
import io.github.sipas.core.Domain;
import io.github.sipas.core.Element;
import io.github.sipas.core.Item;
import io.github.sipas.core.ItemOrder;
import io.github.sipas.core.Response;
import io.github.sipas.core.Scale;
import io.github.sipas.core.Survey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.statistics.distribution.NormalDistribution;
import io.github.sipas.core.instrument.Surveys;

/**
 * Scores a survey round: for every unit (or group), the item, element and overall indices with standard errors,
 * confidence intervals, counts, design effects and effective sizes, as the project's {@code estimation.md} defines them,
 * honouring weights. One pass over the responses, sums only (see {@link ScoreAccumulator}).
 *
 * <pre>{@code
 * Scorer scorer = Scorer.builder(Surveys.bundled("sipas-2017")).interval(IntervalMethod.WILSON).level(0.95).build();
 * ScoreAccumulator acc = scorer.accumulator();
 * reader.read(file, acc::add);
 * Scorecard card = acc.result();
 * }</pre>
 *
 * <p>The overall index is a linear combination Σ a_j p_j of the criteria's indices p_j, so its standard error follows
 * from the same linearization as the items': element e has a_j = 1/|D_e| over its criteria D_e with a valid answer in
 * the unit; {@link AggregationMethod#MEAN_OF_ELEMENTS} takes the mean of the elements, {@link
 * AggregationMethod#MEAN_OF_ITEMS} the mean of all such criteria, {@link AggregationMethod#MEAN_OF_DOMAINS} the mean of
 * the domains' means of elements, {@link AggregationMethod#WEIGHTED_ELEMENTS} the weighted mean of the elements. When an
 * element has no criterion with a valid answer in a unit, that unit's overall index is undefined, whatever the method,
 * and the reason is given.
 *
 * <p>A reverse-keyed criterion ({@link Item#reverse()}) is scored on its mirrored codes lowest + highest − code: its
 * satisfied set, mean, sd, median, reliability and variant indices are those of the mirrored codes, while its counts
 * stay on the codes ticked.
 *
 * <p>A scorer is immutable and may be shared; its accumulators are not thread-safe, but merge.
 *
 * @since 0.1
 */
public final class Scorer {

    private final Survey survey;
    private final Grouping grouping;
    private final IntervalMethod method;
    private final double level;
    private final double z;
    private final Aggregation aggregation;
    /** The criteria, in the survey's order. */
    final List<Item> criteria;
    final Map<String, Integer> criterionIndex;
    /** The criteria's ids, for reading answers in order. */
    private final ItemOrder order;
    /** Per criterion: satisfied flag by code. */
    private final boolean[][] satisfiedByCode;
    /** Per criterion: index of each code among its scale's points, -1 for codes not on it. */
    private final int[][] pointByCode;
    final int points;
    /** Per criterion: its scale's highest and lowest codes. */
    private final int[] topCode;
    private final int[] bottomCode;
    /** Per criterion: whether it is reverse-keyed, its codes taken as bottom + top − code. */
    private final boolean[] reversed;
    /** See {@link #decodedTable}. */
    private final int[] decoded;
    private final int decodedStride;
    private final java.util.EnumSet<Variant> variants;
    /** The other questions with a scale (perception, expectation, in general, demographic), and their codes. */
    final List<Item> questions;
    private final ItemOrder questionOrder;
    private final int[][] optionByCode;
    private final int optionPoints;
    /** Per element: the indices of its criteria. */
    final int[][] elementItems;
    /** The sets of criteria whose reliability is summed: each element's, then all the criteria. */
    final int[][] alphaItems;
    final List<Element> elements;

    private Scorer(Builder b) {
        this.survey = b.survey;
        this.grouping = b.grouping;
        this.method = b.method;
        this.level = b.level;
        this.z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        this.aggregation = b.aggregation != null ? b.aggregation : survey.aggregation();
        this.criteria = survey.criteria();
        this.order = ItemOrder.of(criteria.stream().map(Item::id).toList());
        this.criterionIndex = new java.util.HashMap<>();
        int maxPoints = 0;
        this.variants = b.variants.isEmpty() ? java.util.EnumSet.noneOf(Variant.class)
                : java.util.EnumSet.copyOf(b.variants);
        topCode = new int[criteria.size()];
        bottomCode = new int[criteria.size()];
        reversed = new boolean[criteria.size()];
        satisfiedByCode = new boolean[criteria.size()][];
        pointByCode = new int[criteria.size()][];
        for (int j = 0; j < criteria.size(); j++) {
            Item item = criteria.get(j);
            criterionIndex.put(item.id(), j);
            reversed[j] = item.reverse();
            Scale scale = survey.scale(item.scale());
            int maxCode = scale.codes().stream().mapToInt(Integer::intValue).max().orElse(0);
            topCode[j] = maxCode;
            bottomCode[j] = scale.codes().stream().mapToInt(Integer::intValue).min().orElse(0);
            satisfiedByCode[j] = new boolean[maxCode + 1];
            pointByCode[j] = new int[maxCode + 1];
            java.util.Arrays.fill(pointByCode[j], -1);
            Set<Integer> sat = b.satisfied != null ? b.satisfied : scale.satisfied();
            for (int code : sat) {
                if (!scale.hasCode(code)) {
                    throw new IllegalArgumentException("satisfied code " + code + " is not on scale '" + scale.id()
                            + "' of criterion " + item.id() + " (codes: " + scale.codes() + ")");
                }
                // A reverse-keyed criterion is satisfied at the mirrors of the satisfied codes (Survey checks that
                // its scale mirrors onto itself).
                satisfiedByCode[j][item.reverse() ? scale.mirror(code) : code] = true;
            }
            for (int p = 0; p < scale.points().size(); p++) {
                pointByCode[j][scale.points().get(p).code()] = p;
            }
            maxPoints = Math.max(maxPoints, scale.points().size());
        }
        this.points = maxPoints;
        this.decodedStride = java.util.Arrays.stream(pointByCode).mapToInt(a -> a.length).max().orElse(0);
        this.decoded = decodedTable();
        this.questions = survey.items().stream().filter(i -> !i.isCriterion() && i.scale() != null).toList();
        this.questionOrder = ItemOrder.of(questions.stream().map(Item::id).toList());
        optionByCode = new int[questions.size()][];
        int maxOptions = 0;
        for (int q = 0; q < questions.size(); q++) {
            Scale scale = survey.scale(questions.get(q).scale());
            int maxCode = scale.codes().stream().mapToInt(Integer::intValue).max().orElse(0);
            optionByCode[q] = new int[maxCode + 1];
            java.util.Arrays.fill(optionByCode[q], -1);
            for (int p = 0; p < scale.points().size(); p++) {
                optionByCode[q][scale.points().get(p).code()] = p;
            }
            maxOptions = Math.max(maxOptions, scale.points().size());
        }
        this.optionPoints = maxOptions;
        this.elements = survey.elements();
        elementItems = new int[elements.size()][];
        for (int e = 0; e < elements.size(); e++) {
            String id = elements.get(e).id();
            elementItems[e] = java.util.stream.IntStream.range(0, criteria.size())
                    .filter(j -> criteria.get(j).element().equals(id)).toArray();
        }
        alphaItems = java.util.Arrays.copyOf(elementItems, elementItems.length + 1);
        alphaItems[elementItems.length] = java.util.stream.IntStream.range(0, criteria.size()).toArray();
        if (aggregation.method() == AggregationMethod.MEAN_OF_DOMAINS) {
            for (Element e : elements) {
                if (e.domain() == null) {
                    throw new IllegalArgumentException("MEAN_OF_DOMAINS needs a domain for every element; element '"
                            + e.id() + "' has none");
                }
            }
        }
        if (aggregation.method() == AggregationMethod.WEIGHTED_ELEMENTS) {
            for (Element e : elements) {
                if (!aggregation.weights().containsKey(e.id())) {
                    throw new IllegalArgumentException("WEIGHTED_ELEMENTS needs a weight for element '" + e.id()
                            + "'");
                }
            }
        }
    }

    /**
     * Starts configuring a scorer.
     *
     * @param survey the instrument
     * @return a builder
     */
    public static Builder builder(Survey survey) {
        return new Builder(survey);
    }

    /**
     * Returns a scorer with the defaults: by unit, Wilson intervals at level 0.95, the survey's aggregation, each
     * scale's satisfied set.
     *
     * @param survey the instrument
     * @return the scorer
     */
    public static Scorer of(Survey survey) {
        return builder(survey).build();
    }

    /**
     * Returns a new, empty accumulator.
     *
     * @return the accumulator
     */
    public ScoreAccumulator accumulator() {
        return new ScoreAccumulator(this);
    }

    /**
     * Scores responses in one pass.
     *
     * @param responses the responses
     * @return the scorecard
     * @throws IllegalArgumentException if a response answers a criterion with a code that is not on its scale, or
     *     with choices or text
     */
    public Scorecard score(Iterable<Response> responses) {
        ScoreAccumulator acc = accumulator();
        responses.forEach(acc::add);
        return acc.result();
    }

    /**
     * Returns the instrument.
     *
     * @return the survey
     */
    public Survey survey() {
        return survey;
    }

    /**
     * Returns the grouping.
     *
     * @return the grouping
     */
    public Grouping grouping() {
        return grouping;
    }

    /**
     * Returns the interval method of item indices.
     *
     * @return the method
     */
    public IntervalMethod method() {
        return method;
    }

    /**
     * Returns the confidence level.
     *
     * @return the level, in (0, 1)
     */
    public double level() {
        return level;
    }

    /**
     * Returns the rule of the overall index.
     *
     * @return the aggregation
     */
    public Aggregation aggregation() {
        return aggregation;
    }

    /** A criterion's code in {@link #encode}: not asked (or no answer given for it). */
    static final int CODE_NOT_ASKED = -3;
    /** A criterion's code in {@link #encode}: don't know. */
    static final int CODE_DONT_KNOW = -2;
    /** A criterion's code in {@link #encode}: unanswered. */
    static final int CODE_UNANSWERED = -1;

    /**
     * Writes a response's criteria as codes, one int each from {@code at}: the point's code, or
     * {@link #CODE_UNANSWERED}, {@link #CODE_DONT_KNOW}, {@link #CODE_NOT_ASKED}.
     *
     * @throws IllegalArgumentException if a criterion is answered with a code not on its scale, or with choices or
     *     text
     */
    void encode(Response r, Answer[] buffer, int[] codes, int at) {
        Answer[] answers = order.answers(r, buffer);
        for (int j = 0; j < criteria.size(); j++) {
            Answer a = answers[j];
            int c;
            if (a == null || a instanceof Answer.NotAsked) {
                c = CODE_NOT_ASKED;
            } else if (a instanceof Answer.Point) {
                c = ((Answer.Point) a).code();
                int[] pointIndex = pointByCode[j];
                if (c < 0 || c >= pointIndex.length || pointIndex[c] < 0) {
                    throw new IllegalArgumentException("response '" + r.id() + "' answers criterion "
                            + criteria.get(j).id() + " with code " + c + ", which is not on its scale");
                }
            } else if (a instanceof Answer.DontKnow) {
                c = CODE_DONT_KNOW;
            } else if (a instanceof Answer.Unanswered) {
                c = CODE_UNANSWERED;
            } else {
                throw new IllegalArgumentException("response '" + r.id() + "' answers criterion "
                        + criteria.get(j).id() + " with " + a + "; a criterion takes one point of its scale");
            }
            codes[at + j] = c;
        }
    }

    /**
     * Fills a row from the codes {@link #encode} wrote from {@code at}. A valid code is looked up in {@link #decoded}
     * and appended to the lists without a branch on its value, as the codes of a file follow no pattern.
     */
    void decode(int[] codes, int at, Row row) {
        int nv = 0;
        int nd = 0;
        int nm = 0;
        int nt = 0;
        int[] table = decoded;
        int stride = decodedStride;
        for (int j = 0; j < criteria.size(); j++) {
            int code = codes[at + j];
            if (code >= 0) {
                int t = (j * stride + code) * 4;
                row.state[j] = Row.VALID;
                row.pointIndex[j] = table[t];
                int keyed = table[t + 1];
                row.value[j] = keyed;
                row.centred[j] = keyed - topCode[j];
                row.validList[nv++] = j;
                row.dissList[nd] = j;
                nd += table[t + 2];
                row.topList[nt] = j;
                nt += table[t + 3];
            } else {
                row.state[j] = code == CODE_UNANSWERED ? Row.UNANSWERED : code == CODE_DONT_KNOW ? Row.DONT_KNOW
                        : Row.NOT_ASKED;
                row.missList[nm++] = j;
            }
        }
        row.validCount = nv;
        row.dissCount = nd;
        row.missCount = nm;
        row.topCount = nt;
    }

    /**
     * Per criterion j and code c, at 4 (j · stride + c): the code's point index, its keyed value, 1 if it is not
     * satisfied, 1 if its keyed value is the scale's top code.
     */
    private int[] decodedTable() {
        int stride = decodedStride;
        int[] t = new int[4 * criteria.size() * stride];
        for (int j = 0; j < criteria.size(); j++) {
            for (int code = 0; code < pointByCode[j].length; code++) {
                int i = (j * stride + code) * 4;
                int keyed = reversed[j] ? bottomCode[j] + topCode[j] - code : code;
                t[i] = pointByCode[j][code];
                t[i + 1] = keyed;
                t[i + 2] = satisfiedByCode[j][code] ? 0 : 1;
                t[i + 3] = keyed == topCode[j] ? 1 : 0;
            }
        }
        return t;
    }

    UnitSums newSums() {
        int[] sizes = new int[alphaItems.length];
        for (int e = 0; e < sizes.length; e++) {
            sizes[e] = alphaItems[e].length;
        }
        UnitSums sums = new UnitSums(criteria.size(), points, sizes, variants.contains(Variant.VERY_SATISFIED),
                variants.contains(Variant.MEAN_SCORE));
        if (sums.score != null) {
            for (int j = 0; j < criteria.size(); j++) {
                sums.score.shift[j] = topCode[j];
            }
        }
        if (!questions.isEmpty()) {
            sums.options = new OptionSums(questions.size(), optionPoints);
        }
        return sums;
    }

    /** Adds a response's answers to the other questions to the option sums. */
    void tally(Response r, double w, OptionSums sums, Answer[] buffer) {
        Answer[] answers = questionOrder.answers(r, buffer);
        for (int q = 0; q < questions.size(); q++) {
            Answer a = answers[q];
            if (a == null || a instanceof Answer.NotAsked) {
                continue;
            }
            if (a instanceof Answer.DontKnow) {
                sums.dontKnow[q]++;
            } else if (a instanceof Answer.Unanswered) {
                sums.unanswered[q]++;
            } else if (a instanceof Answer.Point) {
                choose(r, q, ((Answer.Point) a).code(), w, sums);
                sums.answered[q]++;
                sums.answeredWeight[q] += w;
            } else if (a instanceof Answer.Choices) {
                for (int code : ((Answer.Choices) a).codes()) {
                    choose(r, q, code, w, sums);
                }
                sums.answered[q]++;
                sums.answeredWeight[q] += w;
            }
        }
    }

    private void choose(Response r, int q, int code, double w, OptionSums sums) {
        int[] byCode = optionByCode[q];
        if (code >= byCode.length || byCode[code] < 0) {
            throw new IllegalArgumentException("response '" + r.id() + "' answers question " + questions.get(q).id()
                    + " with code " + code + ", which is not on its scale");
        }
        int i = q * optionPoints + byCode[code];
        sums.chosen[i]++;
        sums.chosenWeight[i] += w;
    }

    private List<ItemOptions> options(OptionSums sums) {
        if (sums == null) {
            return List.of();
        }
        List<ItemOptions> out = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            if (sums.answered[q] + sums.dontKnow[q] + sums.unanswered[q] == 0) {
                continue;
            }
            Item item = questions.get(q);
            Scale scale = survey.scale(item.scale());
            List<OptionShare> shares = new ArrayList<>();
            for (int p = 0; p < scale.points().size(); p++) {
                int i = q * optionPoints + p;
                double share = sums.answeredWeight[q] > 0 ? 100 * sums.chosenWeight[i] / sums.answeredWeight[q]
                        : Double.NaN;
                shares.add(new OptionShare(scale.points().get(p).code(), scale.points().get(p).label().vi(),
                        sums.chosen[i], share));
            }
            out.add(new ItemOptions(item.id(), item.role(), item.type(), sums.answered[q], sums.dontKnow[q],
                    sums.unanswered[q], shares));
        }
        return out;
    }

    /** Computes the scorecard from the sums of each group. */
    Scorecard result(Map<Grouping.GroupKey, UnitSums> groups) {
        List<UnitScore> units = new ArrayList<>(groups.size());
        double[][] pooling = PoolingWeights.of(new ArrayList<>(groups.values()), criteria.size());
        int u = 0;
        for (Map.Entry<Grouping.GroupKey, UnitSums> e : groups.entrySet()) {
            units.add(unitScore(e.getKey(), e.getValue(), pooling[u++]));
        }
        units.sort(Comparator.comparing(UnitScore::label));
        // no negative items: they are computed over the forms a publication may count (ScoreAccumulator.negativeItems)
        return new Scorecard(survey.id(), level, method, aggregation, units, survey.indexId(), grouping, List.of());
    }

    /** Per-unit quantities derived once from the sums: X_j, q_j = 1 − p_j, valid and satisfied counts. */
    private final class Derived {
        final UnitSums s;
        final double[] x;
        final double[] q;
        final long[] valid;
        final long[] satisfied;

        Derived(UnitSums s) {
            this.s = s;
            int n = criteria.size();
            x = new double[n];
            q = new double[n];
            valid = new long[n];
            satisfied = new long[n];
            for (int j = 0; j < n; j++) {
                Scale scale = survey.scale(criteria.get(j).scale());
                double dissatisfied = 0;
                for (int p = 0; p < scale.points().size(); p++) {
                    int code = scale.points().get(p).code();
                    double w = s.weightAt(j, p);
                    long c = s.count(j, p);
                    x[j] += w;
                    valid[j] += c;
                    if (satisfiedByCode[j][code]) {
                        satisfied[j] += c;
                    } else {
                        dissatisfied += w;
                    }
                }
                q[j] = valid[j] > 0 ? dissatisfied / x[j] : Double.NaN;
            }
        }

        boolean defined(int j) {
            return valid[j] > 0;
        }

        double p(int j) {
            return 1 - q[j];
        }

        /**
         * The coefficients for the variance: a criterion whose valid answers are all satisfied, or none, adds exactly
         * nothing to any z_i (s_ij − p_j v_ij is 0 for every form), so it is left out rather than left to the
         * rounding of sums that should cancel: an index of 0 or 100 has a standard error of exactly 0, as in R.
         */
        double[] forVariance(double[] a) {
            double[] out = a;
            for (int j = 0; j < a.length; j++) {
                if (a[j] != 0 && (satisfied[j] == 0 || satisfied[j] == valid[j])) {
                    if (out == a) {
                        out = a.clone();
                    }
                    out[j] = 0;
                }
            }
            return out;
        }
    }

    private UnitScore unitScore(Grouping.GroupKey key, UnitSums s, double[] pooling) {
        int n = criteria.size();
        Derived d = new Derived(s);
        List<ItemScore> items = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            items.add(itemScore(j, d, pooling[j]));
        }
        List<ElementScore> elementScores = new ArrayList<>(elements.size());
        double[][] elementCoefficients = new double[elements.size()][];
        String undefined = null;
        for (int e = 0; e < elements.size(); e++) {
            int[] its = elementItems[e];
            List<String> defined = new ArrayList<>();
            double[] a = new double[n];
            for (int j : its) {
                if (d.defined(j)) {
                    defined.add(criteria.get(j).id());
                }
            }
            for (int j : its) {
                if (d.defined(j)) {
                    a[j] = 1.0 / defined.size();
                }
            }
            Estimate est;
            if (defined.isEmpty()) {
                est = Estimate.UNDEFINED;
                elementCoefficients[e] = null;
                if (undefined == null) {
                    undefined = "element " + elements.get(e).id() + " has no valid answer to any of its criteria";
                }
            } else {
                elementCoefficients[e] = a;
                est = composite(d, a);
            }
            Reliability rel = Reliability.of(its.length, s.reliabilityForms(e), s.reliabilitySum(e, alphaItems[e]),
                    s.reliabilityCross(e, alphaItems[e]));
            elementScores.add(new ElementScore(elements.get(e).id(), est, defined, rel, rel.feldtLower(level),
                    rel.feldtUpper(level)));
        }
        if (s.forms == 0 && undefined == null) {
            undefined = "no forms";
        }
        double[] overall = undefined != null ? null : overall(elementCoefficients);
        Estimate index = overall == null ? Estimate.UNDEFINED : composite(d, overall);
        List<VariantScore> variantScores = new ArrayList<>();
        for (Variant v : variants) {
            variantScores.add(variantScore(v, d, elementCoefficients, overall));
        }
        int all = elements.size();
        ScaleReliability whole = ScaleReliability.of(criteria.stream().map(Item::id).toList(),
                Reliability.of(n, s.reliabilityForms(all), s.reliabilitySum(all, alphaItems[all]),
                        s.reliabilityCross(all, alphaItems[all])), level);
        return new UnitScore(key.unit(), key.group(), s.forms, index, undefined, elementScores, items,
                variantScores, options(s.options), whole);
    }

    private VariantScore variantScore(Variant v, Derived d, double[][] elementCoefficients, double[] overall) {
        UnitSums s = d.s;
        if (v == Variant.ALL_SATISFIED) {
            if (!(s.allB > 0)) {
                return new VariantScore(v, Estimate.UNDEFINED, Map.of(), Map.of());
            }
            double p = s.allA / s.allB;
            double se = Math.sqrt(s.allSatisfiedVariance());
            double[] ci = Intervals.composite(method, p, se, z);
            return new VariantScore(v, new Estimate(100 * p, 100 * se, 100 * ci[0], 100 * ci[1]), Map.of(), Map.of());
        }
        boolean mean = v == Variant.MEAN_SCORE;
        RatioSums sums = mean ? s.score : s.top;
        Map<String, Estimate> items = new java.util.LinkedHashMap<>();
        for (int j = 0; j < criteria.size(); j++) {
            if (!d.defined(j)) {
                items.put(criteria.get(j).id(), Estimate.UNDEFINED);
                continue;
            }
            double[] a = new double[criteria.size()];
            a[j] = 1;
            if (mean) {
                items.put(criteria.get(j).id(), variantComposite(d, sums, a, true));
            } else {
                double p = sums.ratio(j, d.x);
                double se = Math.sqrt(s.variance(sums.sumZ2(a, d.x)));
                double nEff = d.x[j] * d.x[j] / sums.vv[j * criteria.size() + j];
                double[] ci = Intervals.item(method, p, se, nEff, z, level);
                items.put(criteria.get(j).id(), new Estimate(100 * p, 100 * se, 100 * ci[0], 100 * ci[1]));
            }
        }
        Map<String, Estimate> elementValues = new java.util.LinkedHashMap<>();
        for (int e = 0; e < elements.size(); e++) {
            elementValues.put(elements.get(e).id(), elementCoefficients[e] == null ? Estimate.UNDEFINED
                    : variantComposite(d, sums, elementCoefficients[e], mean));
        }
        Estimate index = overall == null ? Estimate.UNDEFINED : variantComposite(d, sums, overall, mean);
        return new VariantScore(v, index, elementValues, items);
    }

    /** The coefficients of the overall index, given each element's coefficients. */
    private double[] overall(double[][] elementCoefficients) {
        int n = criteria.size();
        double[] a = new double[n];
        switch (aggregation.method()) {
            case MEAN_OF_ELEMENTS:
                for (double[] ea : elementCoefficients) {
                    addScaled(a, ea, 1.0 / elementCoefficients.length);
                }
                break;
            case MEAN_OF_ITEMS: {
                int count = 0;
                for (double[] ea : elementCoefficients) {
                    for (double v : ea) {
                        count += v > 0 ? 1 : 0;
                    }
                }
                for (double[] ea : elementCoefficients) {
                    for (int j = 0; j < n; j++) {
                        a[j] += ea[j] > 0 ? 1.0 / count : 0;
                    }
                }
                break;
            }
            case MEAN_OF_DOMAINS: {
                List<Domain> domains = survey.domains();
                for (Domain d : domains) {
                    List<Integer> members = new ArrayList<>();
                    for (int e = 0; e < elements.size(); e++) {
                        if (d.id().equals(elements.get(e).domain())) {
                            members.add(e);
                        }
                    }
                    for (int e : members) {
                        addScaled(a, elementCoefficients[e], 1.0 / (domains.size() * members.size()));
                    }
                }
                break;
            }
            case WEIGHTED_ELEMENTS: {
                double total = aggregation.weights().values().stream().mapToDouble(Double::doubleValue).sum();
                for (int e = 0; e < elements.size(); e++) {
                    addScaled(a, elementCoefficients[e], aggregation.weights().get(elements.get(e).id()) / total);
                }
                break;
            }
            default:
                throw new AssertionError(aggregation.method());
        }
        return a;
    }

    private static void addScaled(double[] target, double[] source, double factor) {
        for (int j = 0; j < target.length; j++) {
            target[j] += source[j] * factor;
        }
    }

    /** The satisfaction index T = Σ a_j p_j with its linearized SE and composite interval. */
    private Estimate composite(Derived d, double[] a) {
        double t = 0;
        for (int j = 0; j < a.length; j++) {
            if (a[j] != 0) {
                t += a[j] * d.p(j);
            }
        }
        // A weighted mean of proportions lies in [0, 1]; rounding can put it a unit in the last place outside.
        t = Math.min(1, Math.max(0, t));
        double se = Math.sqrt(d.s.variance(d.s.sumZ2(d.forVariance(a), d.x, d.q)));
        double[] ci = Intervals.composite(method, t, se, z);
        return new Estimate(100 * t, 100 * se, 100 * ci[0], 100 * ci[1]);
    }

    /**
     * The estimate of T = Σ a_j r_j for a variant's ratios; for the mean score, each mean m_j is first rescaled to
     * (m_j − lowest code)/(highest − lowest code), which is linear, so the coefficients are divided by the range and
     * the constant is subtracted.
     */
    private Estimate variantComposite(Derived d, RatioSums sums, double[] a, boolean rescale) {
        double[] coef = a;
        double shift = 0;
        if (rescale) {
            coef = new double[a.length];
            for (int j = 0; j < a.length; j++) {
                if (a[j] != 0) {
                    double range = topCode[j] - bottomCode[j];
                    coef[j] = a[j] / range;
                    shift += a[j] * bottomCode[j] / range;
                }
            }
        }
        double t = -shift;
        for (int j = 0; j < coef.length; j++) {
            if (coef[j] != 0) {
                t += coef[j] * sums.ratio(j, d.x);
            }
        }
        t = Math.min(1, Math.max(0, t));
        double se = Math.sqrt(d.s.variance(sums.sumZ2(coef, d.x)));
        double[] ci = rescale ? Intervals.wald(t, se, z) : Intervals.composite(method, t, se, z);
        return new Estimate(100 * t, 100 * se, 100 * ci[0], 100 * ci[1]);
    }

    private ItemScore itemScore(int j, Derived d, double pooling) {
        UnitSums s = d.s;
        Scale scale = survey.scale(criteria.get(j).scale());
        Estimate est = Estimate.UNDEFINED;
        double deff = Double.NaN;
        double nEff = Double.NaN;
        double mean = Double.NaN;
        double sd = Double.NaN;
        double median = Double.NaN;
        List<Long> counts = new ArrayList<>(scale.points().size());
        for (int p = 0; p < scale.points().size(); p++) {
            counts.add(s.count(j, p));
        }
        if (d.defined(j)) {
            double p = d.p(j);
            double[] a = new double[criteria.size()];
            a[j] = 1;
            double var = s.variance(s.sumZ2(d.forVariance(a), d.x, d.q));
            double se = Math.sqrt(var);
            nEff = d.x[j] * d.x[j] / s.svv(j, j);
            double[] ci = Intervals.item(method, p, se, nEff, z, level);
            est = new Estimate(100 * p, 100 * se, 100 * ci[0], 100 * ci[1]);
            double binomial = p * (1 - p) / d.valid[j];
            deff = binomial > 0 ? var / binomial : Double.NaN;
            ItemFigures f = ItemFigures.of(s, j, scale, criteria.get(j).reverse(), d.x[j], d.valid[j]);
            mean = f.mean;
            sd = f.sd;
            median = f.median;
        }
        return new ItemScore(criteria.get(j).id(), d.valid[j], d.satisfied[j], s.unanswered[j], s.dontKnow[j],
                s.notAsked[j], est, deff, nEff, mean, sd, median, counts,
                ItemFigures.shares(s, j, scale.points().size(), d.x[j]), pooling);
    }

    /**
     * Configures a {@link Scorer}.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final Survey survey;
        private Grouping grouping = Grouping.BY_UNIT;
        private IntervalMethod method = IntervalMethod.WILSON;
        private double level = 0.95;
        private Aggregation aggregation;
        private Set<Integer> satisfied;
        private Set<Variant> variants = Set.of();

        private Builder(Survey survey) {
            this.survey = Objects.requireNonNull(survey, "survey");
        }

        /**
         * Sets the grouping; by unit unless set.
         *
         * @param value the grouping
         * @return this builder
         */
        public Builder grouping(Grouping value) {
            this.grouping = Objects.requireNonNull(value, "grouping");
            return this;
        }

        /**
         * Sets the interval method of item indices; {@link IntervalMethod#WILSON} unless set.
         *
         * @param value the method
         * @return this builder
         */
        public Builder interval(IntervalMethod value) {
            this.method = Objects.requireNonNull(value, "method");
            return this;
        }

        /**
         * Sets the confidence level; 0.95 unless set.
         *
         * @param value the level, in (0, 1)
         * @return this builder
         * @throws IllegalArgumentException if the level is not in (0, 1)
         */
        public Builder level(double value) {
            if (!(value > 0 && value < 1)) {
                throw new IllegalArgumentException("level must be in (0, 1), not " + value);
            }
            this.level = value;
            return this;
        }

        /**
         * Sets the rule of the overall index; the survey's own unless set.
         *
         * @param value the rule
         * @return this builder
         */
        public Builder aggregation(Aggregation value) {
            this.aggregation = Objects.requireNonNull(value, "aggregation");
            return this;
        }

        /**
         * Sets the codes that count as satisfied for every criterion; each scale's own set ({4, 5} for SIPAS) unless
         * set.
         *
         * @param value the codes, each a point of every criterion's scale
         * @return this builder
         */
        public Builder satisfied(Set<Integer> value) {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("the satisfied set must not be empty");
            }
            this.satisfied = Set.copyOf(value);
            return this;
        }

        /**
         * Sets the variant indices to compute beside the satisfaction index; none unless set. Each costs about as much
         * as the main index, except {@link Variant#ALL_SATISFIED}, which costs nothing.
         *
         * @param value the variants
         * @return this builder
         */
        public Builder variants(Set<Variant> value) {
            this.variants = Set.copyOf(value);
            return this;
        }

        /**
         * Returns the scorer.
         *
         * @return the scorer
         * @throws IllegalArgumentException if a satisfied code is not on a criterion's scale, or the aggregation does
         *     not fit the survey
         */
        public Scorer build() {
            return new Scorer(this);
        }
    }
}
