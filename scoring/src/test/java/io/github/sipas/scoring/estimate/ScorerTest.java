package io.github.sipas.scoring.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Aggregation;
import io.github.sipas.core.Answer;
import io.github.sipas.core.Item;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.sipas.core.AggregationMethod;
import io.github.sipas.core.ItemRole;

class ScorerTest {

    static final Survey SURVEY = Surveys.bundled("sipas-2017");

    static Stream<Long> seeds() {
        return LongStream.range(100, 160).boxed();
    }

    /** A form of sipas-2017 answering every criterion with the same code, or the given answers. */
    static Response form(String id, String unit, double weight, Map<String, Answer> answers) {
        Response.Builder b = Response.builder(id).unit(unit);
        if (weight != 1) {
            b.weight(weight);
        }
        for (Item item : SURVEY.criteria()) {
            b.answer(item.id(), answers.getOrDefault(item.id(), Answer.point(5)));
        }
        return b.build();
    }

    static Response all(String id, String unit, int code) {
        Map<String, Answer> m = new HashMap<>();
        SURVEY.criteria().forEach(i -> m.put(i.id(), Answer.point(code)));
        return form(id, unit, 1, m);
    }

    /**
     * The linearized SE computed independently, row by row: z_i = Σ_j a_j w_i (y_ij − r_j v_ij) / X_j,
     * Var = n/(n − 1) Σ (z_i − z̄)², as R's survey package does it (estimation.md).
     */
    static double directSe(List<Response> rows, Map<String, Double> a, java.util.function.ToDoubleBiFunction<Response,
            String> y) {
        Map<String, Double> x = new HashMap<>();
        Map<String, Double> num = new HashMap<>();
        for (Response r : rows) {
            for (String j : a.keySet()) {
                if (r.answer(j).isValid()) {
                    x.merge(j, r.weightOrOne(), Double::sum);
                    num.merge(j, r.weightOrOne() * y.applyAsDouble(r, j), Double::sum);
                }
            }
        }
        double[] z = new double[rows.size()];
        double mean = 0;
        for (int i = 0; i < rows.size(); i++) {
            Response r = rows.get(i);
            for (Map.Entry<String, Double> e : a.entrySet()) {
                String j = e.getKey();
                double ratio = num.get(j) / x.get(j);
                double v = r.answer(j).isValid() ? 1 : 0;
                double yy = v == 1 ? y.applyAsDouble(r, j) : 0;
                z[i] += e.getValue() * r.weightOrOne() * (yy - ratio * v) / x.get(j);
            }
            mean += z[i] / rows.size();
        }
        double ss = 0;
        for (double zi : z) {
            ss += (zi - mean) * (zi - mean);
        }
        return Math.sqrt(ss * rows.size() / (rows.size() - 1.0));
    }

    static double satisfied(Response r, String j) {
        int code = ((Answer.Point) r.answer(j)).code();
        return code >= 4 ? 1 : 0;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void standardErrorsFromSumsEqualTheRowByRowLinearization(long seed) {
        List<Response> data = RandomResponses.generate(SURVEY, seed);
        Scorecard card = Scorer.builder(SURVEY).variants(EnumSet.of(Variant.MEAN_SCORE, Variant.VERY_SATISFIED))
                .build().score(data);
        for (UnitScore u : card.units()) {
            List<Response> rows = data.stream().filter(r -> r.unit().equals(u.unit())).toList();
            if (rows.size() < 2) {
                assertTrue(Double.isNaN(u.index().se()));
                continue;
            }
            for (ItemScore item : u.items()) {
                if (item.valid() > 0) {
                    double se = 100 * directSe(rows, Map.of(item.id(), 1.0), ScorerTest::satisfied);
                    assertEquals(se, item.estimate().se(), 1e-9, u.label() + " " + item.id());
                }
            }
            if (u.index().isDefined()) {
                Map<String, Double> a = new LinkedHashMap<>();
                for (ElementScore e : u.elements()) {
                    for (String j : e.items()) {
                        a.put(j, 1.0 / (u.elements().size() * e.items().size()));
                    }
                }
                assertEquals(100 * directSe(rows, a, ScorerTest::satisfied), u.index().se(), 1e-9, u.label());
                double meanSe = 100 * directSe(rows, a, (r, j) -> ((Answer.Point) r.answer(j)).code()) / 4;
                assertEquals(meanSe, u.variant(Variant.MEAN_SCORE).orElseThrow().index().se(), 1e-9, u.label());
                double topSe = 100 * directSe(rows, a, (r, j) -> ((Answer.Point) r.answer(j)).code() == 5 ? 1 : 0);
                assertEquals(topSe, u.variant(Variant.VERY_SATISFIED).orElseThrow().index().se(), 1e-9, u.label());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyFigureStaysInRangeAndIntervalsHoldTheValue(long seed) {
        List<Response> data = RandomResponses.generate(SURVEY, seed);
        for (IntervalMethod method : IntervalMethod.values()) {
            Scorecard card = Scorer.builder(SURVEY).interval(method).variants(EnumSet.allOf(Variant.class))
                    .build().score(data);
            for (UnitScore u : card.units()) {
                List<Estimate> all = new ArrayList<>();
                all.add(u.index());
                u.elements().forEach(e -> all.add(e.estimate()));
                u.items().forEach(i -> all.add(i.estimate()));
                u.variants().forEach(v -> {
                    all.add(v.index());
                    all.addAll(v.elements().values());
                    all.addAll(v.items().values());
                });
                for (Estimate e : all) {
                    if (!e.isDefined()) {
                        continue;
                    }
                    String where = method + " " + u.label() + " " + e;
                    assertTrue(e.value() >= 0 && e.value() <= 100 + 1e-12, where);
                    if (!Double.isNaN(e.lower())) {
                        assertTrue(e.lower() >= 0 && e.upper() <= 100, where);
                        assertTrue(e.lower() <= e.value() + 1e-9 && e.value() <= e.upper() + 1e-9, where);
                    }
                    assertFalse(Double.isInfinite(e.se()), where);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void scalingEveryWeightByAConstantChangesNothing(long seed) {
        List<Response> data = RandomResponses.generate(SURVEY, seed);
        List<Response> scaled = data.stream().map(r -> new Response(r.id(), r.unit(), r.period(),
                java.util.OptionalDouble.of(r.weightOrOne() * 1000), r.answers(), r.attributes())).toList();
        Scorer scorer = Scorer.of(SURVEY);
        Scorecard a = scorer.score(data);
        Scorecard b = scorer.score(scaled);
        for (int u = 0; u < a.units().size(); u++) {
            ScorecardAssert.close(a.units().get(u).index(), b.units().get(u).index(), 1e-9, "unit " + u);
            for (int i = 0; i < SURVEY.criteria().size(); i++) {
                ScorecardAssert.close(a.units().get(u).items().get(i).estimate(),
                        b.units().get(u).items().get(i).estimate(), 1e-9, "unit " + u + " item " + i);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void addingASatisfiedAnswerNeverLowersAnItemIndex(long seed) {
        List<Response> data = new ArrayList<>(RandomResponses.generate(SURVEY, seed));
        Scorer scorer = Scorer.of(SURVEY);
        Scorecard before = scorer.score(data);
        data.add(all("extra", data.get(0).unit(), 4));
        Scorecard after = scorer.score(data);
        UnitScore b = before.unit(data.get(0).unit()).orElseThrow();
        UnitScore a = after.unit(data.get(0).unit()).orElseThrow();
        for (int i = 0; i < SURVEY.criteria().size(); i++) {
            double vb = b.items().get(i).estimate().value();
            double va = a.items().get(i).estimate().value();
            assertTrue(Double.isNaN(vb) ? va == 100 : va >= vb - 1e-12, "item " + i + ": " + vb + " -> " + va);
        }
    }

    @Test
    void intervalMethodJavadocExampleHolds() {
        // IntervalMethod's Javadoc: 45 satisfied of 50 valid answers, level 0.95.
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(all("R" + i, "U", i < 45 ? 5 : 2));
        }
        Map<IntervalMethod, double[]> expected = Map.of(IntervalMethod.WILSON, new double[] {78.64, 95.65},
                IntervalMethod.CLOPPER_PEARSON, new double[] {78.19, 96.67},
                IntervalMethod.WALD, new double[] {81.60, 98.40}, IntervalMethod.BETA, new double[] {78.03, 96.72});
        for (Map.Entry<IntervalMethod, double[]> e : expected.entrySet()) {
            Estimate est = Scorer.builder(SURVEY).interval(e.getKey()).build().score(rows).units().get(0)
                    .item("A1").estimate();
            assertEquals(90, est.value(), 1e-12);
            assertEquals(e.getValue()[0], est.lower(), 0.005, e.getKey().toString());
            assertEquals(e.getValue()[1], est.upper(), 0.005, e.getKey().toString());
        }
    }

    @Test
    void variantJavadocExampleHolds() {
        // Variant's Javadoc: one criterion rated 5, 4, 4, 2 by four forms.
        int[] codes = {5, 4, 4, 2};
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(all("R" + i, "U", codes[i]));
        }
        UnitScore u = Scorer.builder(SURVEY).variants(EnumSet.allOf(Variant.class)).build().score(rows).units().get(0);
        assertEquals(75, u.item("A1").estimate().value(), 1e-12);
        assertEquals(68.75, u.variant(Variant.MEAN_SCORE).orElseThrow().items().get("A1").value(), 1e-12);
        assertEquals(25, u.variant(Variant.VERY_SATISFIED).orElseThrow().items().get("A1").value(), 1e-12);
        assertEquals(75, u.variant(Variant.ALL_SATISFIED).orElseThrow().index().value(), 1e-12);
    }

    @Test
    void aggregationJavadocExampleHolds() {
        // AggregationMethod's Javadoc, on laocai-2023's elements A (A1..A4) and B (B1..B5): item indices follow from
        // forms rated so that A's items are 80, 90, 80, 90 % (A = 85) and B's are all 60 % (B = 60).
        Survey survey = Surveys.bundled("laocai-2023");
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Response.Builder b = Response.builder("R" + i).unit("U");
            b.answer("A1", i < 8 ? 5 : 1).answer("A2", i < 9 ? 5 : 1).answer("A3", i < 8 ? 5 : 1)
                    .answer("A4", i < 9 ? 5 : 1);
            for (String id : List.of("B1", "B2", "B3", "B4", "B5")) {
                b.answer(id, i < 6 ? 4 : 2);
            }
            for (Item item : survey.criteria()) {
                if (item.element().equals("C") || item.element().equals("D")) {
                    b.answer(item.id(), Answer.dontKnow());
                }
            }
            rows.add(b.build());
        }
        UnitScore u = Scorer.of(survey).score(rows).units().get(0);
        assertEquals(85, u.element("A").estimate().value(), 1e-12);
        assertEquals(60, u.element("B").estimate().value(), 1e-12);
        assertFalse(u.index().isDefined());
        assertEquals("element C has no valid answer to any of its criteria", u.undefinedReason());
    }

    @Test
    void meanOfItemsAndWeightedElementsFollowTheirCoefficients() {
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Answer> m = new HashMap<>();
            for (Item item : SURVEY.criteria()) {
                m.put(item.id(), Answer.point(item.element().equals("A") && i % 2 == 0 ? 2 : 5));
            }
            rows.add(form("R" + i, "U", 1, m));
        }
        // A's items are 50 %, all others 100 %: mean of elements (50 + 4 × 100)/5 = 90;
        // mean of items (4 × 50 + 18 × 100)/22; weighted A:3, others 1: (3 × 50 + 400)/7.
        assertEquals(90, Scorer.of(SURVEY).score(rows).units().get(0).index().value(), 1e-12);
        assertEquals((4 * 50 + 18 * 100) / 22.0, Scorer.builder(SURVEY).aggregation(Aggregation.MEAN_OF_ITEMS)
                .build().score(rows).units().get(0).index().value(), 1e-12);
        Aggregation weighted = Aggregation.weightedElements(Map.of("A", 3.0, "B", 1.0, "C", 1.0, "D", 1.0, "E", 1.0));
        assertEquals((3 * 50 + 400) / 7.0, Scorer.builder(SURVEY).aggregation(weighted).build().score(rows)
                .units().get(0).index().value(), 1e-12);
    }

    @Test
    void meanOfDomainsAveragesPolicyAndService() {
        Survey survey = Surveys.bundled("sipas-2023");
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Response.Builder b = Response.builder("R" + i).unit("U");
            for (Item item : survey.criteria()) {
                boolean policy = item.element().startsWith("P");
                b.answer(item.id(), policy ? (i < 7 ? 5 : 1) : (i < 9 ? 4 : 2));
            }
            rows.add(b.build());
        }
        assertEquals((70 + 90) / 2.0, Scorer.builder(survey).aggregation(Aggregation.MEAN_OF_DOMAINS).build()
                .score(rows).units().get(0).index().value(), 1e-12);
        assertEquals((23 * 70 + 16 * 90) / 39.0, Scorer.of(survey).score(rows).units().get(0).index().value(), 1e-12);
    }

    @Test
    void oneRespondentHasAValueButNoStandardError() {
        UnitScore u = Scorer.of(SURVEY).score(List.of(all("R1", "U", 4))).units().get(0);
        assertEquals(100, u.index().value(), 1e-12);
        assertTrue(Double.isNaN(u.index().se()));
        assertEquals(1, u.respondents());
        assertEquals(100, u.item("A1").estimate().value(), 1e-12);
    }

    @ParameterizedTest
    @EnumSource(IntervalMethod.class)
    void proportionsAtZeroAndOneHaveFiniteLimits(IntervalMethod method) {
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(all("R" + i, "high", 5));
            rows.add(all("S" + i, "low", 1));
        }
        Scorecard card = Scorer.builder(SURVEY).interval(method).build().score(rows);
        Estimate high = card.unit("high").orElseThrow().item("A1").estimate();
        Estimate low = card.unit("low").orElseThrow().item("A1").estimate();
        assertEquals(100, high.value(), 1e-12);
        assertEquals(0, low.value(), 1e-12);
        assertEquals(0, high.se(), 1e-12);
        assertTrue(high.lower() <= 100 && high.lower() > (method == IntervalMethod.WALD ? 99.99 : 80), method + " "
                + high);
        assertEquals(100, high.upper(), 1e-12);
        assertEquals(0, low.lower(), 1e-12);
        assertFalse(Double.isNaN(low.upper()));
    }

    @Test
    void weightedIndicesOfZeroAndOneHaveAStandardErrorOfExactlyZero() {
        // Found by comparing with R 4.2.2 survey 4.1-1 on generated data (gen_sipas.py --rows 500 --seed 12 --units 120
        // --weights --na 0.25 --blank 0.15): R gives SE 0 where every z_i is 0; the sums must not leave rounding.
        double[] weights = {0.4123, 2.9871, 1.0077, 0.5531, 2.2419, 1.7309, 0.9988};
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            Map<String, Answer> m = new HashMap<>();
            for (Item item : SURVEY.criteria()) {
                // element D: D1 never satisfied, D2 always, D3 missing for some forms; A1 never satisfied
                Answer a = item.id().equals("D1") || item.id().equals("A1") ? Answer.point(1 + i % 3)
                        : item.id().equals("D3") && i % 2 == 0 ? Answer.dontKnow() : Answer.point(4 + i % 2);
                m.put(item.id(), a);
            }
            rows.add(form("R" + i, "U", weights[i], m));
        }
        UnitScore u = Scorer.of(SURVEY).score(rows).units().get(0);
        assertEquals(0.0, u.item("A1").estimate().value());
        assertEquals(0.0, u.item("A1").estimate().se());
        assertEquals(0.0, Scorer.builder(SURVEY).interval(IntervalMethod.WALD).build().score(rows).units().get(0)
                .item("A1").estimate().upper());
        assertEquals(100.0, u.item("D2").estimate().value());
        assertEquals(0.0, u.item("D2").estimate().se());
        assertEquals(0.0, u.element("D").estimate().se());
        assertEquals(u.element("D").estimate().value(), u.element("D").estimate().lower());
        assertEquals(u.element("D").estimate().value(), u.element("D").estimate().upper());
    }

    @Test
    void unitWithNoValidAnswerIsUndefinedWithAReason() {
        Map<String, Answer> none = new HashMap<>();
        SURVEY.criteria().forEach(i -> none.put(i.id(), Answer.dontKnow()));
        Scorecard card = Scorer.of(SURVEY).score(List.of(form("R1", "empty", 1, none), form("R2", "empty", 1, none),
                all("R3", "full", 5)));
        UnitScore empty = card.unit("empty").orElseThrow();
        assertFalse(empty.index().isDefined());
        assertEquals("element A has no valid answer to any of its criteria", empty.undefinedReason());
        assertEquals(2, empty.item("A1").dontKnow());
        assertEquals(0, empty.item("A1").valid());
        assertNull(card.unit("full").orElseThrow().undefinedReason());
    }

    @Test
    void groupsByAttributeAndByUnitAndAttribute() {
        List<Response> data = RandomResponses.generate(SURVEY, 7);
        Scorecard byGender = Scorer.builder(SURVEY).grouping(Grouping.byAttribute("gender")).build().score(data);
        assertEquals(List.of("Nam", "Nữ"), byGender.units().stream().map(UnitScore::label).toList());
        long nam = data.stream().filter(r -> r.attributes().get("gender").equals("Nam")).count();
        assertEquals(nam, byGender.units().get(0).respondents());
        Scorecard both = Scorer.builder(SURVEY).grouping(Grouping.byUnitAnd("gender")).build().score(data);
        assertEquals(data.size(), both.units().stream().mapToLong(UnitScore::respondents).sum());
        assertTrue(both.units().get(0).label().contains(" / "));
        Scorecard byMissing = Scorer.builder(SURVEY).grouping(Grouping.byAttribute("channel")).build().score(data);
        assertEquals(List.of(Grouping.MISSING), byMissing.units().stream().map(UnitScore::label).toList());
    }

    @Test
    void perceptionAndExpectationQuestionsAreScoredAsTheShareChoosingEachOption() {
        Survey survey = Surveys.bundled("sipas-2023");
        List<Response> rows = new ArrayList<>();
        // N1_1 (4-point interest): codes 4, 4, 3, don't know, blank; weights 2, 1, 1, 1, 1.
        // N2 (multi-select channels): {1, 3}, {3}, {}, not asked, {1, 2, 3}.
        Answer[] n11 = {Answer.point(4), Answer.point(4), Answer.point(3), Answer.dontKnow(), Answer.unanswered()};
        Answer[] n2 = {Answer.choices(1, 3), Answer.choices(3), Answer.choices(), Answer.notAsked(),
            Answer.choices(1, 2, 3)};
        double[] weights = {2, 1, 1, 1, 1};
        for (int i = 0; i < 5; i++) {
            Response.Builder b = Response.builder("R" + i).unit("U").weight(weights[i]);
            survey.criteria().forEach(c -> b.answer(c.id(), 4));
            b.answer("N1_1", n11[i]).answer("N2", n2[i]);
            rows.add(b.build());
        }
        UnitScore u = Scorer.of(survey).score(rows).units().get(0);
        assertEquals(List.of("N1_1", "N2"), u.options().stream().map(ItemOptions::id).toList());
        ItemOptions interest = u.options().get(0);
        assertEquals(3, interest.answered());
        assertEquals(1, interest.dontKnow());
        assertEquals(1, interest.unanswered());
        // weighted: code 4 carries 3 of the 4 units of weight that answered
        assertEquals(75, interest.options().get(3).share(), 1e-12);
        assertEquals(25, interest.options().get(2).share(), 1e-12);
        assertEquals(0, interest.options().get(0).share(), 1e-12);
        assertEquals(2, interest.options().get(3).count());
        ItemOptions channels = u.options().get(1);
        assertEquals(4, channels.answered());
        // channel 3 chosen by forms of weight 2 + 1 + 1 = 4 of 5 that answered; channel 1 by 2 + 1 = 3
        assertEquals(80, channels.options().get(2).share(), 1e-12);
        assertEquals(60, channels.options().get(0).share(), 1e-12);
        assertEquals(20, channels.options().get(1).share(), 1e-12);
        assertEquals(io.github.sipas.core.ItemRole.PERCEPTION, channels.role());
    }

    @Test
    void refusesACodeThatIsNotOnTheScale() {
        Response r = Response.builder("R1").unit("U").answer("A1", 7).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scorer.of(SURVEY).score(List.of(r)));
        assertTrue(e.getMessage().contains("'R1'") && e.getMessage().contains("A1") && e.getMessage().contains("7"),
                e.getMessage());
    }

    @Test
    void refusesChoicesGivenToACriterion() {
        Response r = Response.builder("R1").unit("U").answer("A1", Answer.choices(1, 2)).build();
        assertThrows(IllegalArgumentException.class, () -> Scorer.of(SURVEY).score(List.of(r)));
    }

    @Test
    void configurableSatisfiedSetCountsOnlyThoseCodes() {
        List<Response> rows = List.of(all("R1", "U", 5), all("R2", "U", 4), all("R3", "U", 3), all("R4", "U", 5));
        assertEquals(50, Scorer.builder(SURVEY).satisfied(Set.of(5)).build().score(rows).units().get(0).index()
                .value(), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scorer.builder(SURVEY).satisfied(Set.of(6)).build());
        assertTrue(e.getMessage().contains("satisfied code 6"), e.getMessage());
    }

    @Test
    void levelOutsideZeroOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Scorer.builder(SURVEY).level(1));
        assertThrows(IllegalArgumentException.class, () -> Scorer.builder(SURVEY).level(0));
        assertThrows(IllegalArgumentException.class, () -> Scorer.builder(SURVEY).level(Double.NaN));
    }

    @Test
    void higherLevelWidensTheInterval() {
        List<Response> data = RandomResponses.generate(SURVEY, 11);
        Estimate e90 = Scorer.builder(SURVEY).level(0.90).build().score(data).units().get(0).index();
        Estimate e99 = Scorer.builder(SURVEY).level(0.99).build().score(data).units().get(0).index();
        assertTrue(e99.upper() - e99.lower() > e90.upper() - e90.lower());
    }
}
