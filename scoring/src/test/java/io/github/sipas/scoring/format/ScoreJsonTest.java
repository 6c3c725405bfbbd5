package io.github.sipas.scoring.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sipas.core.Answer;
import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Item;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.rank.RankingOptions;
import io.github.sipas.scoring.estimate.ElementScore;
import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.uncertainty.FayHerriot;
import io.github.sipas.scoring.estimate.Grouping;
import io.github.sipas.scoring.estimate.ItemScore;
import io.github.sipas.scoring.disclose.PersonalFieldsFixture;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.estimate.ScorerFixtureTest;
import io.github.sipas.scoring.uncertainty.Uncertainty;
import io.github.sipas.scoring.uncertainty.UncertaintyFixtures;
import io.github.sipas.scoring.uncertainty.UnitEstimate;
import io.github.sipas.scoring.estimate.UnitScore;
import io.github.sipas.scoring.estimate.Variant;
import io.github.sipas.scoring.estimate.VariantScore;

/**
 * The JSON a scoring run publishes: its fields, full-precision values that parse back to the scorecard's doubles,
 * null (never NaN) for undefined figures, ranking order, and reading the ranks back as a previous period.
 *
 * <p>Reference figures: R 4.2.2, survey 4.1-1, psych 2.2.9 via shared/tools/sipas_reference.R, in
 * scoring/src/test/resources/fixtures/sipas2017-laocai.expected.csv (copied unchanged from
 * shared/fixtures/sipas2017-laocai.expected.csv), from core/src/test/resources/fixtures/sipas2017-laocai.csv; agreement
 * to 1e-9 absolute as estimation.md requires.
 */
public class ScoreJsonTest {

    public static final Survey SURVEY = Surveys.bundled("sipas-2017");
    static final Path LAOCAI = io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-laocai.csv");
    static final double TOL = 1e-9;
    /** Units whose every figure is compared with the R reference. */
    static final List<String> REFERENCE_UNITS = List.of("Bắc Hà", "Si Ma Cai", "Thành phố Lào Cai");
    /** The unit of {@link #edgeCases()} with a single form. */
    static final String ONE_FORM = "Một phiếu";
    /** The unit of {@link #edgeCases()} whose every answer is don't know. */
    static final String ALL_DONT_KNOW = "Không biết";
    /** The unit of {@link #edgeCases()} with 40 ordinary forms. */
    static final String ORDINARY = "Bình thường";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The Lào Cai fixture read with sipas-2017 and scored with the defaults (Wilson, 0.95, competition ranking). */
    static ScoreResult laocai(Set<Variant> variants) {
        ReadResult read = CsvResponseReader.builder(SURVEY).build().readAll(LAOCAI);
        assertTrue(read.report().isValid(), read.report().summary());
        Scorecard card = Scorer.builder(SURVEY).variants(variants).build().score(read.responses());
        return new ScoreResult(card, Ranking.of(card), read.report().rowsRead(), read.report().rejected());
    }

    static ScoreResult laocai() {
        return laocai(Set.of());
    }

    /** A form answering every criterion of sipas-2017 with the given answer per criterion index. */
    static Response form(String id, String unit, java.util.function.IntFunction<Answer> answer) {
        return form(id, unit, null, answer);
    }

    /** A form as {@link #form(String, String, java.util.function.IntFunction)}, with a gender attribute unless null. */
    static Response form(String id, String unit, String gender, java.util.function.IntFunction<Answer> answer) {
        Response.Builder b = Response.builder(id).unit(unit);
        if (gender != null) {
            b.attribute("gender", gender);
        }
        List<Item> criteria = SURVEY.criteria();
        for (int j = 0; j < criteria.size(); j++) {
            b.answer(criteria.get(j).id(), answer.apply(j));
        }
        return b.build();
    }

    /**
     * Three units built by hand: {@value #ORDINARY} with 40 forms of mixed codes and some don't-knows,
     * {@value #ONE_FORM} with a single form (every standard error undefined), {@value #ALL_DONT_KNOW} with three forms
     * answering don't know to everything (every index undefined, so the unit is not ranked).
     */
    static List<Response> edgeResponses() {
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int k = i;
            rows.add(form("o" + i, ORDINARY,
                    j -> (k + j) % 9 == 0 ? Answer.dontKnow() : Answer.point(1 + (k * 7 + j * 3) % 5)));
        }
        rows.add(form("one", ONE_FORM, j -> Answer.point(j % 3 == 0 ? 3 : 5)));
        for (int i = 0; i < 3; i++) {
            rows.add(form("dk" + i, ALL_DONT_KNOW, j -> Answer.dontKnow()));
        }
        return rows;
    }

    /** The result of {@link #edgeResponses()}, with {@link Disclosure#none()}: its tests check tiny units' figures. */
    static ScoreResult edgeCases(Set<Variant> variants) {
        List<Response> rows = edgeResponses();
        Scorecard card = Scorer.builder(SURVEY).variants(variants).build().score(rows);
        return new ScoreResult(card, Ranking.of(card), rows.size(), 0, Map.of(), Disclosure.none());
    }

    public static ScoreResult edgeCases() {
        return edgeCases(Set.of());
    }

    /** Two units of 12 forms, one named with an escape sequence, a carriage return and a right-to-left override. */
    /**
     * The scales fixture (scoring/src/test/resources/scales) scored with its reverse keys dropped, so that P2, P4, Q3
     * and R2 correlate negatively with the rest.
     */
    public static ScoreResult unkeyedScales() {
        Path dir = Path.of("src/test/resources/scales");
        Survey keyed = io.github.sipas.core.instrument.SurveyJson.read(dir.resolve("scales.json"));
        Survey.Builder b = Survey.builder(keyed.id()).version(keyed.version()).title(keyed.title())
                .source(keyed.source().orElse(null));
        keyed.scales().forEach(b::scale);
        keyed.elements().forEach(b::element);
        keyed.items().forEach(i -> b.item(i.isCriterion() ? i.withReverse(false) : i));
        Survey survey = b.build();
        ReadResult read = CsvResponseReader.builder(survey).build().readAll(dir.resolve("scales.csv"));
        io.github.sipas.scoring.estimate.ScoreAccumulator acc = Scorer.of(survey).accumulator();
        read.responses().forEach(acc::add);
        Scorecard card = acc.result().withNegativeItems(
                acc.negativeItems(io.github.sipas.core.quality.QualityScope.all()));
        return new ScoreResult(card, Ranking.of(card), read.report().rowsRead(), read.report().rejected());
    }

    @Test
    void negativeItemsAreListedWithTheirElementFigureAndMessage() throws IOException {
        JsonNode root = parse(ScoreJson.toString(unkeyedScales()));
        JsonNode first = root.get("negativeItems").get(0);
        assertEquals("P", first.get("element").asText());
        assertEquals("P2", first.get("item").asText());
        assertTrue(first.get("itemRest").asDouble() < 0 && first.get("forms").asLong() > 100, first.toString());
        assertTrue(first.get("message").asText().startsWith("item P2 correlates negatively with the rest of element P"
                + " (r = -0."), first.toString());
        assertTrue(root.get("negativeItems").findValues("element").stream().anyMatch(JsonNode::isNull));
        assertEquals(0, parse(ScoreJson.toString(laocai())).get("negativeItems").size());
    }

    @Test
    void indexCarriesTheWholeInstrumentsReliabilityUnderTheElementsNames() throws IOException {
        ScoreResult r = laocai();
        JsonNode unit = parse(ScoreJson.toString(r)).get("units").get(0);
        UnitScore u = r.unit(unit.get("unit").asText());
        JsonNode index = unit.get("index");
        assertEquals(u.reliability().alpha(), index.get("alpha").asDouble());
        assertEquals(u.reliability().alphaLower(), index.get("alphaLower").asDouble());
        assertEquals(u.reliability().alphaUpper(), index.get("alphaUpper").asDouble());
        assertEquals(u.reliability().alphaForms(), index.get("alphaForms").asLong());
        assertEquals(u.reliability().reliability().standardizedAlpha(), index.get("standardizedAlpha").asDouble());
        assertEquals(SURVEY.criteria().size(), index.get("itemRest").size());
        assertEquals(SURVEY.criteria().size(), index.get("alphaIfDeleted").size());
        for (String name : List.of("alpha", "alphaLower", "alphaUpper", "alphaForms", "standardizedAlpha",
                "alphaIfDeleted", "itemRest")) {
            assertTrue(unit.get("elements").get(0).has(name), name);
        }
    }

    public static ScoreResult hostileNames() {
        java.util.List<io.github.sipas.core.Response> forms = new java.util.ArrayList<>();
        for (int k = 0; k < 12; k++) {
            int i = k;
            forms.add(form("a" + i, "Bảo\u001B[2JYên\rX\u202E", j -> io.github.sipas.core.Answer
                    .point(1 + (i + j) % 5)));
            forms.add(form("b" + i, "Si Ma Cai", j -> io.github.sipas.core.Answer.point(4)));
        }
        io.github.sipas.scoring.estimate.Scorecard card = Scorer.of(SURVEY).score(forms);
        return new ScoreResult(card, io.github.sipas.scoring.rank.Ranking.of(card), forms.size(), 0,
                java.util.Map.of(), Disclosure.none());
    }

    private static ScoreResult edgeLoneSurrogate() {
        List<Response> forms = new java.util.ArrayList<>();
        for (int k = 0; k < 3; k++) {
            forms.add(form("s" + k, "Lone\uD800X", j -> Answer.point(4)));
        }
        Scorecard card = Scorer.of(SURVEY).score(forms);
        return new ScoreResult(card, Ranking.of(card), forms.size(), 0, Map.of(), Disclosure.none());
    }

    static JsonNode parse(String text) throws IOException {
        return JSON.readTree(text);
    }

    static JsonNode unitNode(JsonNode root, String unit) {
        for (JsonNode u : root.get("units")) {
            if (unit.equals(u.path("label").isTextual() ? u.get("label").textValue() : u.get("unit").textValue())) {
                return u;
            }
        }
        throw new AssertionError("no unit " + unit + " in the JSON");
    }

    static JsonNode byId(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (id.equals(n.get("id").textValue())) {
                return n;
            }
        }
        throw new AssertionError("no entry " + id);
    }

    /** A figure as written: null when the double is undefined, else a number that parses back to the same double. */
    static void assertFigure(double expected, JsonNode parent, String field, String where) {
        assertTrue(parent.has(field), where + ": no field " + field);
        JsonNode n = parent.get(field);
        if (Double.isNaN(expected)) {
            assertTrue(n.isNull(), where + " " + field + ": expected null, got " + n);
        } else {
            assertTrue(n.isNumber(), where + " " + field + ": expected a number, got " + n);
            assertEquals(expected, n.doubleValue(), where + " " + field);
        }
    }

    static void assertEstimate(Estimate expected, JsonNode parent, String where) {
        assertFigure(expected.value(), parent, "value", where);
        assertFigure(expected.se(), parent, "se", where);
        assertFigure(expected.lower(), parent, "lower", where);
        assertFigure(expected.upper(), parent, "upper", where);
    }

    private static void assertRef(CSVRecord row, String column, JsonNode parent, String field, String where) {
        ScorerFixtureTest.check(row, column, parent.get(field).isNull() ? Double.NaN : parent.get(field).doubleValue(),
                where);
    }

    private static InputException refused(Path file) {
        return assertThrows(InputException.class, () -> ScoreJson.readRanks(file));
    }

    private Path file(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    // ---- the document -----------------------------------------------------------------------------------------------

    @Test
    void namesAreWrittenWithControlAndBidiCharactersEscapedAndReadBackTheSame() throws IOException {
        ScoreResult r = hostileNames();
        String json = ScoreJson.toString(r);
        json.codePoints().forEach(c -> assertTrue(c == '\n' || Character.getType(c) != Character.CONTROL
                && Character.getType(c) != Character.FORMAT, () -> "U+" + Integer.toHexString(c)));
        assertTrue(json.contains("Bảo\\u001B[2JYên\\rX\\u202E"), json);
        assertEquals("Bảo\u001B[2JYên\rX\u202E", unitNode(parse(json), "Bảo\u001B[2JYên\rX\u202E").get("unit")
                .textValue());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(); // through a UTF-8 encoder
        java.io.Writer utf8 = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8);
        ScoreJson.write(edgeLoneSurrogate(), utf8);
        String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("\"Lone\\uD800X\""), text); // kept as an escape, not turned into '?'
        assertEquals("Lone\uD800X", unitNode(parse(text), "Lone\uD800X").get("unit").textValue());
    }

    @Test
    void headerFieldsNameTheSurveyLevelMethodAndCounts() throws IOException {
        JsonNode root = parse(ScoreJson.toString(laocai()));
        assertEquals("sipas-2017", root.get("survey").textValue());
        assertEquals(0.95, root.get("level").doubleValue());
        assertEquals("wilson", root.get("method").textValue());
        assertEquals("mean-of-elements", root.get("aggregation").textValue());
        // 1,500 forms, none malformed: core/src/test/resources/fixtures/README.md
        assertEquals(1500, root.get("rowsRead").longValue());
        assertEquals(0, root.get("rejected").longValue());
        assertTrue(root.get("rejected").isIntegralNumber());
        assertEquals("competition", root.get("ranking").get("method").textValue());
        assertEquals(30, root.get("ranking").get("reliabilityThreshold").intValue());
        assertEquals(9, root.get("units").size());
    }

    @Test
    void everyUnitHasTheFieldsTheIssueRequires() throws IOException {
        JsonNode root = parse(ScoreJson.toString(laocai()));
        for (JsonNode u : root.get("units")) {
            for (String f : List.of("unit", "respondents", "rank", "previousRank", "rankChange", "flags", "index",
                    "elements", "items")) {
                assertTrue(u.has(f), u.get("unit") + ": no " + f);
            }
            assertTrue(u.get("flags").isArray());
            for (String f : List.of("value", "se", "lower", "upper")) {
                assertTrue(u.get("index").has(f), f);
            }
            assertEquals(5, u.get("elements").size());
            for (JsonNode e : u.get("elements")) {
                for (String f : List.of("id", "value", "se", "lower", "upper", "alpha")) {
                    assertTrue(e.has(f), u.get("unit") + " element: no " + f);
                }
            }
            assertEquals(22, u.get("items").size());
            for (JsonNode i : u.get("items")) {
                for (String f : List.of("id", "valid", "satisfied", "value", "se", "lower", "upper", "mean", "sd")) {
                    assertTrue(i.has(f), u.get("unit") + " item: no " + f);
                }
            }
        }
    }

    @Test
    void valuesParseBackToTheExactDoublesOfTheScorecard() throws IOException {
        ScoreResult result = laocai();
        JsonNode root = parse(ScoreJson.toString(result));
        for (UnitScore u : result.scorecard().units()) {
            JsonNode n = unitNode(root, u.label());
            String where = u.label();
            assertEquals(u.respondents(), n.get("respondents").longValue(), where);
            assertEstimate(u.index(), n.get("index"), where + " index");
            for (ElementScore e : u.elements()) {
                JsonNode en = byId(n.get("elements"), e.id());
                assertEstimate(e.estimate(), en, where + " " + e.id());
                assertFigure(e.alpha(), en, "alpha", where + " " + e.id());
                assertFigure(e.alphaLower(), en, "alphaLower", where + " " + e.id());
                assertFigure(e.alphaUpper(), en, "alphaUpper", where + " " + e.id());
                assertEquals(e.alphaForms(), en.get("alphaForms").longValue(), where + " " + e.id());
                List<String> items = new ArrayList<>();
                en.get("items").forEach(x -> items.add(x.textValue()));
                assertEquals(e.items(), items, where + " " + e.id());
            }
            for (ItemScore i : u.items()) {
                JsonNode in = byId(n.get("items"), i.id());
                String w = where + " " + i.id();
                assertEquals(i.valid(), in.get("valid").longValue(), w);
                assertEquals(i.satisfied(), in.get("satisfied").longValue(), w);
                assertEquals(i.unanswered(), in.get("unanswered").longValue(), w);
                assertEquals(i.dontKnow(), in.get("dontKnow").longValue(), w);
                assertEquals(i.notAsked(), in.get("notAsked").longValue(), w);
                assertEstimate(i.estimate(), in, w);
                assertFigure(i.mean(), in, "mean", w);
                assertFigure(i.sd(), in, "sd", w);
                assertFigure(i.median(), in, "median", w);
                assertFigure(i.designEffect(), in, "designEffect", w);
                assertFigure(i.effectiveSize(), in, "effectiveSize", w);
                List<Long> counts = new ArrayList<>();
                in.get("counts").forEach(x -> counts.add(x.longValue()));
                assertEquals(i.counts(), counts, w);
                for (int p = 0; p < i.shares().size(); p++) {
                    assertEquals(i.shares().get(p), in.get("shares").get(p).doubleValue(), w + " share " + p);
                }
            }
        }
    }

    @Test
    void figuresAgreeWithTheReferenceForSeveralUnits() throws IOException {
        JsonNode root = parse(ScoreJson.toString(laocai()));
        int checked = 0;
        for (CSVRecord row : ScorerFixtureTest.expected("sipas2017-laocai")) {
            String unit = row.get("unit");
            if (!REFERENCE_UNITS.contains(unit)) {
                continue;
            }
            String id = row.get("id");
            String where = "JSON " + unit + " " + id;
            JsonNode u = unitNode(root, unit);
            assertEquals(Long.parseLong(row.get("respondents")), u.get("respondents").longValue(), where);
            if (id.equals("SIPAS")) {
                JsonNode index = u.get("index");
                assertRef(row, "value", index, "value", where);
                assertRef(row, "se", index, "se", where);
                assertRef(row, "wald_lower", index, "lower", where);
                assertRef(row, "wald_upper", index, "upper", where);
                assertEquals(Integer.parseInt(row.get("rank")), u.get("rank").intValue(), where);
            } else if (id.length() == 1) {
                JsonNode e = byId(u.get("elements"), id);
                assertRef(row, "value", e, "value", where);
                assertRef(row, "se", e, "se", where);
                assertRef(row, "wald_lower", e, "lower", where);
                assertRef(row, "wald_upper", e, "upper", where);
                assertRef(row, "alpha", e, "alpha", where);
            } else {
                JsonNode i = byId(u.get("items"), id);
                assertEquals(Long.parseLong(row.get("valid")), i.get("valid").longValue(), where);
                assertEquals(Long.parseLong(row.get("satisfied")), i.get("satisfied").longValue(), where);
                assertRef(row, "value", i, "value", where);
                assertRef(row, "se", i, "se", where);
                assertRef(row, "wilson_lower", i, "lower", where);
                assertRef(row, "wilson_upper", i, "upper", where);
                assertRef(row, "mean", i, "mean", where);
                assertRef(row, "sd", i, "sd", where);
            }
            checked++;
        }
        // 28 reference rows per unit: SIPAS, 5 elements, 22 criteria
        assertEquals(3 * 28, checked);
    }

    @Test
    void unitsAreInRankingOrder() throws IOException {
        ScoreResult result = laocai();
        JsonNode root = parse(ScoreJson.toString(result));
        List<String> units = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        root.get("units").forEach(u -> {
            units.add(u.get("unit").textValue());
            ranks.add(u.get("rank").intValue());
        });
        assertEquals(result.ranking().units().stream().map(RankedUnit::label).toList(), units);
        // R reference ranks 1..9, shared/fixtures/sipas2017-laocai.expected.csv: no ties in this fixture
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), ranks);
        // the top and bottom units of the R reference ranking
        assertEquals("Bảo Yên", units.get(0));
        assertEquals("Thành phố Lào Cai", units.get(8));
    }

    @Test
    void rankFieldsAreNullWithoutAPreviousPeriod() throws IOException {
        JsonNode root = parse(ScoreJson.toString(laocai()));
        for (JsonNode u : root.get("units")) {
            assertTrue(u.get("previousRank").isNull(), u.toString());
            assertTrue(u.get("rankChange").isNull(), u.toString());
            assertEquals(0, u.get("flags").size());
            assertFalse(u.has("reason"));
            assertFalse(u.has("name"), "no unit list: no name");
            assertFalse(u.has("group"), "grouped by unit: no group");
        }
    }

    @Test
    void previousRanksAndRankChangesAreWritten() throws IOException {
        ScoreResult base = laocai();
        // Hand-made previous period. Current ranks (R reference, sipas2017-laocai.expected.csv): Bảo Yên 1,
        // Bắc Hà 3, Thành phố Lào Cai 9; previously 3, 1 and 9.
        Ranking ranking = base.ranking()
                .withPrevious(Map.of("Bảo Yên", 3, "Thành phố Lào Cai", 9, "Bắc Hà", 1));
        ScoreResult result = new ScoreResult(base.scorecard(), ranking, base.rowsRead(), base.rejected());
        JsonNode root = parse(ScoreJson.toString(result));
        assertEquals(3, unitNode(root, "Bảo Yên").get("previousRank").intValue());
        assertEquals(2, unitNode(root, "Bảo Yên").get("rankChange").intValue());
        assertEquals(0, unitNode(root, "Thành phố Lào Cai").get("rankChange").intValue());
        assertEquals(-2, unitNode(root, "Bắc Hà").get("rankChange").intValue());
        assertTrue(unitNode(root, "Si Ma Cai").get("previousRank").isNull());
        assertTrue(unitNode(root, "Si Ma Cai").get("rankChange").isNull());
    }

    @Test
    void textNeverHoldsNaNOrInfinity() {
        for (ScoreResult r : List.of(laocai(EnumSet.allOf(Variant.class)), edgeCases(EnumSet.allOf(Variant.class)))) {
            String text = ScoreJson.toString(r);
            assertFalse(text.contains("NaN"), text);
            assertFalse(text.contains("Infinity"), text);
        }
    }

    @Test
    void everyIntervalContainsItsValue() throws IOException {
        JsonNode root = parse(ScoreJson.toString(laocai()));
        for (JsonNode u : root.get("units")) {
            List<JsonNode> all = new ArrayList<>();
            all.add(u.get("index"));
            u.get("elements").forEach(all::add);
            u.get("items").forEach(all::add);
            for (JsonNode e : all) {
                String where = u.get("unit").textValue() + " " + (e.has("id") ? e.get("id").textValue() : "SIPAS");
                double value = e.get("value").doubleValue();
                assertTrue(e.get("lower").doubleValue() <= value, where + ": " + e);
                assertTrue(value <= e.get("upper").doubleValue(), where + ": " + e);
            }
        }
    }

    @Test
    void unitWithOneRespondentHasNullStandardErrorsButItsValue() throws IOException {
        ScoreResult result = edgeCases();
        UnitScore one = result.unit(ONE_FORM);
        assertEquals(1, one.respondents());
        JsonNode u = unitNode(parse(ScoreJson.toString(result)), ONE_FORM);
        JsonNode index = u.get("index");
        assertTrue(index.get("value").isNumber(), index.toString());
        assertEquals(one.index().value(), index.get("value").doubleValue());
        assertTrue(index.get("se").isNull(), index.toString());
        // Wald limits need the SE: undefined with one form (estimation.md)
        assertTrue(index.get("lower").isNull(), index.toString());
        assertTrue(index.get("upper").isNull(), index.toString());
        for (JsonNode e : u.get("elements")) {
            assertTrue(e.get("value").isNumber(), e.toString());
            assertTrue(e.get("se").isNull(), e.toString());
            assertTrue(e.get("alpha").isNull(), e.toString());
        }
        for (JsonNode i : u.get("items")) {
            assertEquals(1, i.get("valid").intValue());
            assertTrue(i.get("se").isNull(), i.toString());
            assertTrue(i.get("sd").isNull(), i.toString());
            assertTrue(i.get("designEffect").isNull(), i.toString());
            assertTrue(i.get("mean").isNumber(), i.toString());
        }
        // A1 is rated 3 on the single form: index 0, mean 3 (the form built in edgeResponses)
        assertEquals(0.0, byId(u.get("items"), "A1").get("value").doubleValue());
        assertEquals(3.0, byId(u.get("items"), "A1").get("mean").doubleValue());
        assertTrue(u.get("rank").isIntegralNumber(), "one form: still ranked by default, only flagged");
        assertEquals("few-respondents", u.get("flags").get(0).textValue());
    }

    @Test
    void unitWithOnlyDontKnowHasNullIndexNullRankAndAReason() throws IOException {
        ScoreResult result = edgeCases();
        JsonNode root = parse(ScoreJson.toString(result));
        JsonNode u = unitNode(root, ALL_DONT_KNOW);
        assertEquals(3, u.get("respondents").intValue());
        for (String f : List.of("value", "se", "lower", "upper")) {
            assertTrue(u.get("index").get(f).isNull(), f + ": " + u.get("index"));
        }
        assertTrue(u.get("rank").isNull());
        assertTrue(u.get("rounded").isNull());
        assertTrue(u.get("tier").isNull());
        assertTrue(u.get("rankChange").isNull());
        assertTrue(u.get("reason").isTextual());
        assertFalse(u.get("reason").textValue().isBlank());
        assertEquals(result.unit(ALL_DONT_KNOW).undefinedReason(), u.get("reason").textValue());
        for (JsonNode e : u.get("elements")) {
            assertTrue(e.get("value").isNull(), e.toString());
            assertEquals(0, e.get("items").size(), e.toString());
        }
        for (JsonNode i : u.get("items")) {
            assertEquals(0, i.get("valid").intValue());
            assertEquals(3, i.get("dontKnow").intValue());
            for (String f : List.of("value", "se", "lower", "upper", "mean", "sd", "median", "designEffect",
                    "effectiveSize")) {
                assertTrue(i.get(f).isNull(), f + ": " + i);
            }
            for (JsonNode s : i.get("shares")) {
                assertTrue(s.isNull(), i.toString());
            }
        }
        // the unranked unit comes after the ranked ones
        JsonNode units = root.get("units");
        assertEquals(ALL_DONT_KNOW, units.get(units.size() - 1).get("unit").textValue());
    }

    @Test
    void variantsAreWrittenOnlyWhenComputed() throws IOException {
        JsonNode without = parse(ScoreJson.toString(laocai()));
        without.get("units").forEach(u -> assertFalse(u.has("variants")));
        ScoreResult result = laocai(EnumSet.allOf(Variant.class));
        JsonNode root = parse(ScoreJson.toString(result));
        for (UnitScore u : result.scorecard().units()) {
            JsonNode vs = unitNode(root, u.label()).get("variants");
            assertNotNull(vs, u.label());
            assertEquals(Set.of("mean-score", "very-satisfied", "all-satisfied"),
                    new java.util.HashSet<>(iterableNames(vs)));
            for (VariantScore v : u.variants()) {
                JsonNode vn = vs.get(ScoreJson.name(v.variant()));
                assertEstimate(v.index(), vn, u.label() + " " + v.variant());
                for (Map.Entry<String, Estimate> e : v.elements().entrySet()) {
                    assertEstimate(e.getValue(), vn.get("elements").get(e.getKey()), u.label() + " " + e.getKey());
                }
                for (Map.Entry<String, Estimate> e : v.items().entrySet()) {
                    assertEstimate(e.getValue(), vn.get("items").get(e.getKey()), u.label() + " " + e.getKey());
                }
                assertEquals(v.variant() != Variant.ALL_SATISFIED, vn.has("elements"));
            }
        }
    }

    private static List<String> iterableNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Six forms of two units (Bát Xát, Sa Pa; three each) and two genders (Nam, Nữ), scored with a grouping and
     * published whole ({@link Disclosure#none()}: with the default k = 10 the grouping would be refused).
     */
    public static ScoreResult groupedSix(Grouping grouping) {
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int k = i;
            rows.add(form("g" + i, i < 3 ? "Bát Xát" : "Sa Pa", i % 2 == 0 ? "Nam" : "Nữ",
                    j -> Answer.point(1 + (k + j) % 5)));
        }
        Scorecard card = Scorer.builder(SURVEY).grouping(grouping).build().score(rows);
        Disclosure all = Disclosure.none();
        return new ScoreResult(card, Ranking.of(card, RankingOptions.defaults(), all), 6, 0, Map.of(), all);
    }

    /** The custom instrument of {@code instruments/custom.json}: elements P (P1, P2) and S (S1), no indexId. */
    static Survey custom() {
        try {
            return io.github.sipas.core.instrument.SurveyJson.read(java.nio.file.Path.of(ScoreJsonTest.class
                    .getResource("/instruments/custom.json").toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Twelve forms of the custom instrument in two units, answers cycling through the codes 1 to 3. */
    static ScoreResult customResult(Survey survey) {
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Response.Builder b = Response.builder("c" + i).unit(i < 6 ? "Trạm A" : "Trạm B");
            for (int j = 0; j < survey.criteria().size(); j++) {
                b.answer(survey.criteria().get(j).id(), Answer.point(1 + (i + j) % 3));
            }
            rows.add(b.build());
        }
        Scorecard card = Scorer.of(survey).score(rows);
        return new ScoreResult(card, Ranking.of(card), 12, 0, Map.of(), Disclosure.none());
    }

    @Test
    void everyUnitIsNamedInUnitAndAGroupingByAnAttributeAddsGroupLabelAndTheRootsGrouping() throws IOException {
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int k = i;
            rows.add(form("g" + i, i < 3 ? "Bát Xát" : "Sa Pa", i % 2 == 0 ? "Nam" : "Nữ",
                    j -> Answer.point(1 + (k + j) % 5)));
        }
        // Six forms in two groups: with the default k = 10 the grouping would be refused (2 values > 6 ÷ 10).
        Disclosure all = Disclosure.none();
        Scorecard byUnit = Scorer.builder(SURVEY).build().score(rows);
        JsonNode root = parse(ScoreJson.toString(new ScoreResult(byUnit, Ranking.of(byUnit, RankingOptions
                .defaults(), all), 6, 0, Map.of(), all)));
        assertFalse(root.has("grouping"), "no --by: the root has no grouping");
        for (JsonNode u : root.get("units")) {
            assertTrue(Set.of("Bát Xát", "Sa Pa").contains(u.get("unit").textValue()), u.toString());
            assertFalse(u.has("group") || u.has("label"), u.toString());
        }
        Scorecard byGender = Scorer.builder(SURVEY).grouping(Grouping.byAttribute("gender")).build().score(rows);
        root = parse(ScoreJson.toString(new ScoreResult(byGender, Ranking.of(byGender, RankingOptions
                .defaults(), all), 6, 0, Map.of(), all)));
        assertEquals("{\"unit\":false,\"attribute\":\"gender\"}", root.get("grouping").toString());
        assertEquals(2, root.get("units").size());
        for (JsonNode u : root.get("units")) {
            assertTrue(Set.of("Nam", "Nữ").contains(u.get("unit").textValue()), "--by gender: unit is the value, "
                    + "never null: " + u);
            assertEquals(u.get("unit").textValue(), u.get("group").textValue());
            assertEquals(u.get("group").textValue(), u.get("label").textValue());
        }
        Scorecard both = Scorer.builder(SURVEY).grouping(Grouping.byUnitAnd("gender")).build().score(rows);
        root = parse(ScoreJson.toString(new ScoreResult(both, Ranking.of(both, RankingOptions.defaults(), all), 6, 0,
                Map.of(), all)));
        assertEquals("{\"unit\":true,\"attribute\":\"gender\"}", root.get("grouping").toString());
        assertEquals(4, root.get("units").size());
        for (JsonNode u : root.get("units")) {
            assertTrue(Set.of("Bát Xát", "Sa Pa").contains(u.get("unit").textValue()), u.toString());
            assertEquals(u.get("unit").textValue() + " / " + u.get("group").textValue(), u.get("label").textValue());
        }
    }

    @Test
    void unitListNamesAreWrittenBesideTheIds() throws IOException {
        ScoreResult base = laocai();
        ScoreResult named = new ScoreResult(base.scorecard(), base.ranking(), base.rowsRead(), base.rejected(),
                Map.of("Bắc Hà", "Huyện Bắc Hà"));
        JsonNode root = parse(ScoreJson.toString(named));
        assertEquals("Huyện Bắc Hà", unitNode(root, "Bắc Hà").get("name").textValue());
        assertFalse(unitNode(root, "Bảo Yên").has("name"));
    }

    @Test
    void writeLeavesTheWriterOpenAndEndsWithANewline() {
        boolean[] closed = {false};
        StringWriter sw = new StringWriter();
        Writer w = new FilterWriter(sw) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        ScoreJson.write(edgeCases(), w);
        assertFalse(closed[0]);
        assertTrue(sw.toString().endsWith("}\n"), sw.toString());
        assertEquals(ScoreJson.toString(edgeCases()), sw.toString());
    }

    @Test
    void writeFailureIsAnUncheckedIoException() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThrows(UncheckedIOException.class, () -> ScoreJson.write(laocai(), broken));
    }

    // ---- reading ranks back ---------------------------------------------------------------------------------------

    @Test
    void readRanksGivesBackTheRanksOfTheRanking() throws IOException {
        ScoreResult result = laocai();
        Path f = dir.resolve("result.json");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            ScoreJson.write(result, w);
        }
        Map<String, Integer> ranks = ScoreJson.readRanks(f);
        assertEquals(result.ranking().ranks(), ranks);
        assertEquals(new ArrayList<>(result.ranking().ranks().entrySet()), new ArrayList<>(ranks.entrySet()),
                "in the file's order");
    }

    @Test
    void readRanksGivesNullForUnrankedUnits() throws IOException {
        ScoreResult result = edgeCases();
        Path f = file("edge.json", ScoreJson.toString(result));
        Map<String, Integer> ranks = ScoreJson.readRanks(f);
        assertTrue(ranks.containsKey(ALL_DONT_KNOW));
        assertNull(ranks.get(ALL_DONT_KNOW));
        Map<String, Integer> ranked = new LinkedHashMap<>();
        ranks.forEach((k, v) -> {
            if (v != null) {
                ranked.put(k, v);
            }
        });
        assertEquals(result.ranking().ranks(), ranked);
    }

    @Test
    void readRanksOfAGroupedResultUsesTheLabels() throws IOException {
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int k = i;
            rows.add(form("g" + i, "Bát Xát", i % 2 == 0 ? "Nam" : "Nữ", j -> Answer.point(1 + (k + j) % 5)));
        }
        Scorecard card = Scorer.builder(SURVEY).grouping(Grouping.byUnitAnd("gender")).build().score(rows);
        Ranking ranking = Ranking.of(card);
        Path f = file("grouped.json", ScoreJson.toString(new ScoreResult(card, ranking, 4, 0, Map.of(),
                Disclosure.none())));
        assertEquals(ranking.ranks(), ScoreJson.readRanks(f));
        assertTrue(ScoreJson.readRanks(f).containsKey("Bát Xát / Nam"));
    }

    @Test
    void readRanksRefusesAFileWithoutUnits() throws IOException {
        InputException e = refused(file("no-units.json", "{\"survey\": \"sipas-2017\"}"));
        assertEquals("$.units", e.path());
        assertTrue(e.getMessage().contains("no-units.json"), e.getMessage());
        assertTrue(e.getMessage().contains("$.units"), e.getMessage());
    }

    @Test
    void readRanksRefusesUnitsThatAreNotAnArray() throws IOException {
        assertEquals("$.units", refused(file("obj.json", "{\"units\": {\"A\": 1}}")).path());
        assertEquals("$.units", refused(file("array.json", "[{\"unit\": \"A\", \"rank\": 1}]")).path());
    }

    @Test
    void readRanksRefusesADuplicateUnit() throws IOException {
        InputException e = refused(file("dup.json",
                "{\"units\": [{\"unit\": \"A\", \"rank\": 1}, {\"unit\": \"B\", \"rank\": 2}, {\"unit\": \"A\","
                        + " \"rank\": 3}]}"));
        assertTrue(e.path().startsWith("$.units[2]"), e.path());
        assertTrue(e.getMessage().contains("'A'"), e.getMessage());
    }

    @Test
    void readRanksRefusesADuplicateUnitWhoseFirstOccurrenceWasUnranked() throws IOException {
        InputException e = refused(file("dup-null.json",
                "{\"units\": [{\"unit\": \"A\", \"rank\": null}, {\"unit\": \"A\", \"rank\": 2}]}"));
        assertTrue(e.path().startsWith("$.units[1]"), e.path());
    }

    @Test
    void readRanksNamesTheMemberThatHoldsTheLabel() throws IOException {
        InputException dup = refused(file("dup2.json",
                "{\"units\": [{\"unit\": \"A\", \"rank\": 1}, {\"unit\": \"A\", \"rank\": 2}]}"));
        assertEquals("$.units[1].unit", dup.path());
        InputException notText = refused(file("num.json", "{\"units\": [{\"unit\": 7, \"rank\": 1}]}"));
        assertEquals("$.units[0].unit", notText.path());
    }

    @Test
    void readRanksRefusesAUnitWithoutALabel() throws IOException {
        InputException e = refused(file("nolabel.json", "{\"units\": [{\"rank\": 1}]}"));
        assertTrue(e.path().startsWith("$.units[0]"), e.path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "\"x\"", "\"1\"", "1.5", "true"})
    void readRanksRefusesARankThatIsNotAWholeNumberFromOne(String rank) throws IOException {
        InputException e = refused(file("rank.json",
                "{\"units\": [{\"unit\": \"A\", \"rank\": 1}, {\"unit\": \"B\", \"rank\": " + rank + "}]}"));
        assertEquals("$.units[1].rank", e.path());
        assertTrue(e.getMessage().contains("$.units[1].rank"), e.getMessage());
    }

    @Test
    void readRanksRefusesARankBeyondTheRangeOfInt() throws IOException {
        InputException e = refused(file("big.json", "{\"units\": [{\"unit\": \"A\", \"rank\": 4294967297}]}"));
        assertEquals("$.units[0].rank", e.path());
    }

    @Test
    void readRanksTakesAMissingRankAsUnranked() throws IOException {
        Map<String, Integer> ranks = ScoreJson.readRanks(file("missing-rank.json",
                "{\"units\": [{\"unit\": \"A\", \"rank\": 1}, {\"unit\": \"B\"}]}"));
        Map<String, Integer> expected = new HashMap<>();
        expected.put("A", 1);
        expected.put("B", null);
        assertEquals(expected, ranks);
    }

    @Test
    void readRanksRefusesTextThatIsNotJson() throws IOException {
        InputException e = refused(file("bad.json", "unit,rank\nA,1\n"));
        assertEquals("$", e.path());
        assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
    }

    @Test
    void readRanksOfAMissingFileIsAnUncheckedIoException() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ScoreJson.readRanks(dir.resolve("nope.json")));
        assertTrue(e.getCause() instanceof NoSuchFileException, e.toString());
    }

    // ---------------------------------------------------------------- disclosure (PersonalFieldsFixture)

    @Test
    void aSuppressedUnitHasItsLabelFormsAndReasonAndNoFigure() throws IOException {
        JsonNode root = parse(ScoreJson.toString(PersonalFieldsFixture.result(false, Disclosure.defaults())));
        assertEquals(10, root.get("disclosure").get("minRespondents").intValue());
        assertEquals(1, root.get("disclosure").get("suppressed").intValue(), "Mường Khương, 5 forms");
        JsonNode small = unitNode(root, PersonalFieldsFixture.SMALL_UNIT);
        assertTrue(small.get("suppressed").booleanValue());
        assertEquals("small-cell", small.get("suppression").textValue());
        assertEquals(5, small.get("respondents").intValue());
        assertTrue(small.get("rank").isNull());
        assertTrue(small.get("tier").isNull());
        assertTrue(small.get("rankChange").isNull());
        assertEquals("suppressed: 5 respondents, fewer than the 10 needed to publish a figure",
                small.get("reason").textValue());
        for (String figure : List.of("rounded", "index", "variants", "options", "elements", "items")) {
            assertFalse(small.has(figure), figure);
        }
        assertEquals(List.of("unit", "respondents", "rank", "previousRank", "rankChange", "tier", "flags",
                "suppressed", "suppression", "reason"), fieldNames(small));
        // The units of 30, 24 and 12 forms are published, and ranked 1 to 3.
        int published = 0;
        for (JsonNode u : root.get("units")) {
            if (!u.get("suppressed").booleanValue()) {
                published++;
                assertTrue(u.get("index").get("value").isNumber());
                assertEquals(published, u.get("rank").intValue());
            }
        }
        assertEquals(3, published);
        assertEquals(PersonalFieldsFixture.SMALL_UNIT, root.get("units").get(3).get("unit").textValue(),
                "suppressed units come after the ranked ones");
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void byUnitAndGenderTheSmallCellsAndTheirComplementAreSuppressed() throws IOException {
        JsonNode root = parse(ScoreJson.toString(PersonalFieldsFixture.result(true, Disclosure.defaults())));
        // Bắc Hà / Nữ (4), Si Ma Cai / Nam and / Nữ (6, 6), Mường Khương / Nam and / Nữ (3, 2): small;
        // Bắc Hà / Nam (20): complementary; Bảo Yên's two cells of 15: published.
        assertEquals(6, root.get("disclosure").get("suppressed").intValue());
        Map<String, String> kinds = new LinkedHashMap<>();
        for (JsonNode u : root.get("units")) {
            if (u.get("suppressed").booleanValue()) {
                kinds.put(u.get("label").textValue(), u.get("suppression").textValue());
                assertFalse(u.has("items"));
            }
        }
        assertEquals(Map.of("Bắc Hà / Nam", "complementary", "Bắc Hà / Nữ", "small-cell", "Si Ma Cai / Nam",
                "small-cell", "Si Ma Cai / Nữ", "small-cell", "Mường Khương / Nam", "small-cell", "Mường Khương / Nữ",
                "small-cell"), kinds);
        JsonNode complement = unitNode(root, PersonalFieldsFixture.COMPLEMENT);
        assertEquals(20, complement.get("respondents").intValue());
        assertTrue(complement.get("reason").textValue().contains("complementary"));
    }

    @Test
    void withRuleOneNothingIsSuppressed() throws IOException {
        JsonNode root = parse(ScoreJson.toString(PersonalFieldsFixture.result(true, Disclosure.none())));
        assertEquals(1, root.get("disclosure").get("minRespondents").intValue());
        assertEquals(0, root.get("disclosure").get("suppressed").intValue());
        for (JsonNode u : root.get("units")) {
            assertFalse(u.get("suppressed").booleanValue());
            assertTrue(u.get("rank").isInt(), u.toString());
        }
    }

    @Test
    void noPersonalValueIsWritten() {
        for (boolean byGender : List.of(false, true)) {
            PersonalFieldsFixture.assertNoPersonalValue(ScoreJson.toString(PersonalFieldsFixture.result(byGender,
                    Disclosure.defaults())));
            PersonalFieldsFixture.assertNoPersonalValue(ScoreJson.toString(PersonalFieldsFixture.result(byGender,
                    Disclosure.none())));
        }
    }

    @Test
    void readRanksOfASuppressedUnitIsNotRanked() throws IOException {
        ScoreResult result = PersonalFieldsFixture.result(false, Disclosure.defaults());
        Map<String, Integer> ranks = ScoreJson.readRanks(file("suppressed.json", ScoreJson.toString(result)));
        assertTrue(ranks.containsKey(PersonalFieldsFixture.SMALL_UNIT));
        assertNull(ranks.get(PersonalFieldsFixture.SMALL_UNIT));
        Map<String, Integer> ranked = new HashMap<>(ranks);
        ranked.values().removeIf(java.util.Objects::isNull);
        assertEquals(result.ranking().ranks(), ranked);
    }

    // ---------------------------------------------------------------- rank sets and the rest of Uncertainty

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }

    @Test
    void rankSetsAreWrittenPerUnitAndHowOnceAtTheRoot() throws IOException {
        JsonNode root = parse(ScoreJson.toString(UncertaintyFixtures.withSets(UncertaintyFixtures.separated())));
        JsonNode sets = root.get("rankSets");
        assertEquals("two-sided", sets.get("type").textValue());
        assertTrue(sets.get("simultaneous").booleanValue());
        assertEquals(0.95, sets.get("level").doubleValue(), 0.0);
        assertEquals(1000, sets.get("draws").intValue(), "RankSetOptions.DEFAULT_DRAWS");
        assertEquals(1, sets.get("seed").longValue(), "RankSetOptions.DEFAULT_SEED");
        assertTrue(sets.get("stepdown").booleanValue());
        assertEquals(3, sets.get("units").intValue());
        assertEquals(List.of(UncertaintyFixtures.HIGH), texts(sets.get("tiedWithLeader").get("units")));
        assertEquals(List.of(UncertaintyFixtures.LOW), texts(sets.get("tiedWithLaggard").get("anchors")));
        assertEquals(1, sets.get("tauBest").get("tau").intValue());
        assertEquals(List.of(UncertaintyFixtures.HIGH), texts(sets.get("tauBest").get("units")));
        assertFalse(sets.has("changes"), "no previous period");
        assertFalse(root.has("fayHerriot"));
        // worked out in UncertaintyFixtures.separated(): [1, 1], [2, 2], [3, 3]
        int rank = 0;
        for (JsonNode u : root.get("units")) {
            rank++;
            assertEquals(rank, u.get("rank").intValue());
            assertEquals(rank, u.get("rankSet").get("lower").intValue(), u.toString());
            assertEquals(rank, u.get("rankSet").get("upper").intValue(), u.toString());
            assertFalse(u.has("rankChangeSet") || u.has("indexChange") || u.has("fayHerriot"), u.toString());
        }
    }

    @Test
    void withoutUncertaintyNoneOfItsFieldsIsWritten() throws IOException {
        JsonNode root = parse(ScoreJson.toString(UncertaintyFixtures.separated()));
        assertFalse(root.has("rankSets") || root.has("fayHerriot"));
        for (JsonNode u : root.get("units")) {
            for (String f : List.of("rankSet", "rankChangeSet", "indexChange", "fayHerriot")) {
                assertFalse(u.has(f), f);
            }
        }
    }

    @Test
    void previousPeriodAndFayHerriotAddTheirFields() throws IOException {
        JsonNode root = parse(ScoreJson.toString(UncertaintyFixtures.everything()));
        JsonNode changes = root.get("rankSets").get("changes");
        assertEquals("two-sided", changes.get("type").textValue());
        assertTrue(changes.get("simultaneous").booleanValue());
        assertEquals(3, changes.get("previousUnits").intValue());
        JsonNode middle = unitNode(root, UncertaintyFixtures.MIDDLE);
        // second in both periods, pinned down in both
        assertEquals(0, middle.get("rankChangeSet").get("lower").intValue());
        assertEquals(0, middle.get("rankChangeSet").get("upper").intValue());
        JsonNode d = middle.get("indexChange");
        assertEquals(10.0, d.get("difference").doubleValue(), 1e-9, "50 now, 40 before (UncertaintyFixtures)");
        double lower = d.get("lower").doubleValue();
        double upper = d.get("upper").doubleValue();
        assertEquals(lower > 0 || upper < 0, d.get("significant").booleanValue());
        assertEquals(10.0 / d.get("se").doubleValue(), d.get("z").doubleValue(), 1e-9);
        JsonNode fh = root.get("fayHerriot");
        assertEquals("arcsine", fh.get("scale").textValue(), "FayHerriot.builder()'s default");
        assertEquals(3, fh.get("areas").intValue());
        assertTrue(fh.get("converged").booleanValue());
        JsonNode eb = middle.get("fayHerriot");
        double shrinkage = eb.get("shrinkage").doubleValue();
        assertTrue(shrinkage >= 0 && shrinkage <= 1, eb.toString());
        assertTrue(eb.get("rmse").doubleValue() > 0, eb.toString());
        assertFalse(eb.has("reason"));
    }

    @Test
    void aRankedUnitWithoutAStandardErrorAndAnUnrankedOneHaveRankSetNull() throws IOException {
        ScoreResult edge = edgeCases();
        JsonNode root = parse(ScoreJson.toString(UncertaintyFixtures.withSets(edge)));
        JsonNode one = unitNode(root, ONE_FORM);
        assertTrue(one.get("rank").isInt(), "a single form is ranked");
        assertTrue(one.get("index").get("se").isNull(), "but has no standard error");
        assertTrue(one.get("rankSet").isNull());
        assertTrue(unitNode(root, ALL_DONT_KNOW).get("rankSet").isNull());
        assertEquals(1, unitNode(root, ORDINARY).get("rankSet").get("lower").intValue(), "the only one compared");
        assertEquals(1, root.get("rankSets").get("units").intValue());
    }

    @Test
    void aSuppressedUnitGetsNoRankSetField() throws IOException {
        JsonNode root = parse(ScoreJson.toString(UncertaintyFixtures.withSets(UncertaintyFixtures.withSmallUnit())));
        JsonNode small = unitNode(root, UncertaintyFixtures.SMALL);
        assertTrue(small.get("suppressed").booleanValue());
        assertFalse(small.has("rankSet"), small.toString());
        assertEquals(3, root.get("rankSets").get("units").intValue());
        assertFalse(texts(root.get("rankSets").get("tiedWithLeader").get("units")).contains(UncertaintyFixtures.SMALL));
    }

    @Test
    void readEstimatesGivesBackTheRankedUnitsIndexAndStandardError() throws IOException {
        ScoreResult result = UncertaintyFixtures.withSmallUnit();
        List<UnitEstimate> read = ScoreJson.readEstimates(file("previous.json", ScoreJson.toString(result)));
        assertEquals(result.estimates().stream().map(UnitEstimate::unit).sorted().toList(),
                read.stream().map(UnitEstimate::unit).sorted().toList(), "the suppressed unit is not read");
        for (UnitEstimate u : read) {
            Estimate e = result.unit(u.unit()).index();
            assertEquals(e.value(), u.value(), 0.0, "full precision: " + u.unit());
            assertEquals(e.se(), u.se(), 0.0, "full precision: " + u.unit());
        }
    }

    @Test
    void readEstimatesLeavesOutUnrankedUnitsAndThoseWithoutAStandardError() throws IOException {
        List<UnitEstimate> read = ScoreJson.readEstimates(file("edge.json", ScoreJson.toString(edgeCases())));
        assertEquals(List.of(ORDINARY), read.stream().map(UnitEstimate::unit).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"x\"", "-1", "true"})
    void readEstimatesNamesTheJsonPathOfABadStandardError(String se) throws IOException {
        Path bad = file("bad-se.json", "{\"units\": [{\"unit\": \"A\", \"respondents\": 40, \"rank\": 1, "
                + "\"index\": {\"value\": 80.5, \"se\": " + se + "}}]}");
        InputException e = assertThrows(InputException.class, () -> ScoreJson.readEstimates(bad));
        assertTrue(e.getMessage().contains("$.units[0].index.se"), e.getMessage());
    }

    @Test
    void readEstimatesNamesTheJsonPathOfAMissingIndex() throws IOException {
        Path bad = file("no-index.json", "{\"units\": [{\"unit\": \"A\", \"respondents\": 40, \"rank\": 1}]}");
        InputException e = assertThrows(InputException.class, () -> ScoreJson.readEstimates(bad));
        assertTrue(e.getMessage().contains("$.units[0].index.value"), e.getMessage());
    }
}
