package io.github.sipas.scoring.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.ReadResult;
import io.github.sipas.core.Survey;
import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.instrument.SurveyJson;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores the synthetic fixture of src/test/resources/scales (instrument scales.json with reverse-keyed P2, P4, Q3 and
 * R2 on a 6-point and a 4-point scale; 400 forms, three units, post-stratification weights, blanks and don't-knows;
 * made by generate_fixture.R) and compares every figure with the reference that scales_reference.R wrote into
 * scales.reference.csv: R 4.2.2 Patched (2022-11-10 r83330), psych 2.2.9 ({@code psych::alpha(x, keys = …)}) and
 * survey 4.1.1 ({@code svymean}), 17 significant digits. Tolerance 1e-9, absolute for correlations and alphas,
 * relative to max(1, |value|) for means and percentages.
 */
class ScalesReferenceTest {

    static final double TOL = 1e-9;
    static final Path DIR = Path.of("src/test/resources/scales");
    static final Survey SURVEY = SurveyJson.read(DIR.resolve("scales.json"));

    /** The fixture scored once, by unit, with the scorer's defaults. */
    private static final class Scored {
        static final Scorecard CARD;

        static {
            ReadResult read = CsvResponseReader.builder(SURVEY).build().readAll(DIR.resolve("scales.csv"));
            assertTrue(read.report().isValid(), read.report().summary());
            assertEquals(400, read.responses().size());
            CARD = Scorer.of(SURVEY).score(read.responses());
        }
    }

    /** The reference rows, by "unit|scope|id". */
    static Map<String, List<CSVRecord>> reference() throws IOException {
        Map<String, List<CSVRecord>> out = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(DIR.resolve("scales.reference.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.computeIfAbsent(row.get("unit") + "|" + row.get("scope") + "|" + row.get("id"),
                        k -> new ArrayList<>()).add(row);
            }
        }
        return out;
    }

    static Stream<Arguments> cases(String scope) throws IOException {
        return reference().entrySet().stream().filter(e -> e.getKey().split("\\|")[1].equals(scope))
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static Stream<Arguments> elementCases() throws IOException {
        return cases("element");
    }

    static Stream<Arguments> itemCases() throws IOException {
        return cases("item");
    }

    static UnitScore unit(String key) {
        String label = key.split("\\|")[0];
        return Scored.CARD.units().stream().filter(u -> u.label().equals(label)).findFirst().orElseThrow();
    }

    static double figure(List<CSVRecord> rows, String item, String figure) {
        return rows.stream().filter(r -> r.get("item").equals(item) && r.get("figure").equals(figure))
                .map(r -> Double.parseDouble(r.get("value"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + figure + " of '" + item + "' in the reference"));
    }

    /** Compares a scale's reliability with psych's figures for its items, in order. */
    static void assertScale(List<CSVRecord> rows, List<String> items, Reliability r, double lower, double upper,
            String where) {
        assertEquals((long) figure(rows, "", "m"), r.forms(), where);
        assertEquals(figure(rows, "", "raw_alpha"), r.rawAlpha(), TOL, where + " alpha");
        assertEquals(figure(rows, "", "std_alpha"), r.standardizedAlpha(), TOL, where + " std alpha");
        assertEquals(figure(rows, "", "feldt_lower"), lower, TOL, where + " Feldt lower");
        assertEquals(figure(rows, "", "feldt_upper"), upper, TOL, where + " Feldt upper");
        assertEquals(items.size(), r.items(), where);
        for (int j = 0; j < items.size(); j++) {
            String w = where + " " + items.get(j);
            assertEquals(figure(rows, items.get(j), "alpha_drop"), r.alphaIfDeleted().get(j), TOL, w + " drop");
            assertEquals(figure(rows, items.get(j), "r_drop"), r.itemRestCorrelations().get(j), TOL, w + " r.drop");
        }
    }

    static void assertRelative(double expected, double actual, String where) {
        assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), where);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementCases")
    void elementReliabilityEqualsPsychAlphaWithKeys(String key, List<CSVRecord> rows) {
        ElementScore e = unit(key).element(key.split("\\|")[2]);
        List<String> items = SURVEY.criteriaOf(e.id()).stream().map(io.github.sipas.core.Item::id).toList();
        assertScale(rows, items, e.reliability(), e.alphaLower(), e.alphaUpper(), key);
    }

    static Stream<Arguments> instrumentCases() throws IOException {
        return cases("instrument");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instrumentCases")
    void wholeInstrumentReliabilityEqualsPsychAlphaWithKeysOverAllCriteria(String key, List<CSVRecord> rows) {
        ScaleReliability r = unit(key).reliability();
        List<String> items = SURVEY.criteria().stream().map(io.github.sipas.core.Item::id).toList();
        assertEquals(items, r.items());
        assertScale(rows, items, r.reliability(), r.alphaLower(), r.alphaUpper(), key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itemCases")
    void itemMeanSdAndIndexUseTheMirroredCodesOfAReverseKeyedItem(String key, List<CSVRecord> rows) {
        ItemScore i = unit(key).item(key.split("\\|")[2]);
        assertRelative(figure(rows, "", "mean"), i.mean(), key + " mean");
        assertRelative(figure(rows, "", "sd"), i.sd(), key + " sd");
        assertRelative(figure(rows, "", "value"), i.estimate().value(), key + " value");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itemCases")
    void itemSharesAreWeightedLikeSvymeanOfTheTickedCodes(String key, List<CSVRecord> rows) {
        ItemScore i = unit(key).item(key.split("\\|")[2]);
        for (int k = 0; k < i.shares().size(); k++) {
            assertRelative(figure(rows, "", "share_" + (k + 1)), i.shares().get(k), key + " share " + (k + 1));
        }
        // what the index counts as satisfied is a sum of shares: the top two ticked codes, or the bottom two reversed
        int n = i.shares().size();
        boolean reversed = SURVEY.item(i.id()).reverse();
        double satisfied = reversed ? i.shares().get(0) + i.shares().get(1)
                : i.shares().get(n - 2) + i.shares().get(n - 1);
        assertEquals(i.estimate().value(), satisfied, 1e-9, key);
    }

    static Stream<Arguments> optionCases() throws IOException {
        return cases("option");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optionCases")
    void optionSharesAreWeightedLikeSvymean(String key, List<CSVRecord> rows) {
        ItemOptions o = unit(key).options().stream().filter(x -> x.id().equals("N1")).findFirst().orElseThrow();
        for (int k = 0; k < o.options().size(); k++) {
            assertRelative(figure(rows, "", "share_" + (k + 1)), o.options().get(k).share(),
                    key + " share " + (k + 1));
        }
    }

    @Test
    void referenceCoversEveryUnitElementAndItem() throws IOException {
        Map<String, List<CSVRecord>> ref = reference();
        assertEquals(3, Scored.CARD.units().size());
        for (UnitScore u : Scored.CARD.units()) {
            for (ElementScore e : u.elements()) {
                assertTrue(ref.containsKey(u.label() + "|element|" + e.id()), u.label() + " " + e.id());
            }
            assertTrue(ref.containsKey(u.label() + "|instrument|*"), u.label());
            for (ItemScore i : u.items()) {
                assertTrue(ref.containsKey(u.label() + "|item|" + i.id()), u.label() + " " + i.id());
            }
        }
    }

    @Test
    void reverseKeyedItemKeepsItsCountsOnTheTickedCodesAndItsMedianIsMirrored() {
        UnitScore u = Scored.CARD.units().get(0);
        ItemScore p2 = u.item("P2");
        long satisfiedTicked = p2.counts().get(0) + p2.counts().get(1);
        assertEquals(satisfiedTicked, p2.satisfied(), "satisfied = ticked 1 or 2");
        Scorecard unkeyed = Scorer.of(unkeyed()).score(readAll());
        ItemScore raw = unkeyed.units().get(0).item("P2");
        assertEquals(raw.counts(), p2.counts());
        assertEquals(7 - raw.mean(), p2.mean(), 1e-12);
        assertEquals(raw.sd(), p2.sd(), 1e-12);
        // no cumulative weight of this unit's P2 is exactly one half, so the mirrored median is the mirror of
        // the median
        assertEquals(7 - raw.median(), p2.median());
    }

    /** The fixture's instrument with every criterion keyed as printed, as a researcher without keys would score it. */
    static Survey unkeyed() {
        Survey.Builder b = Survey.builder(SURVEY.id()).version(SURVEY.version()).title(SURVEY.title())
                .source(SURVEY.source().orElse(null)).aggregation(SURVEY.aggregation());
        SURVEY.scales().forEach(b::scale);
        SURVEY.elements().forEach(b::element);
        SURVEY.items().forEach(i -> b.item(i.isCriterion() ? i.withReverse(false) : i));
        return b.build();
    }

    static List<io.github.sipas.core.Response> readAll() {
        return CsvResponseReader.builder(SURVEY).build().readAll(DIR.resolve("scales.csv")).responses();
    }
}
