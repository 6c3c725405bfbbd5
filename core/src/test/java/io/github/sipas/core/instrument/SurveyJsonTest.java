package io.github.sipas.core.instrument;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import io.github.sipas.core.Aggregation;
import io.github.sipas.core.AggregationMethod;
import io.github.sipas.core.Confidence;
import io.github.sipas.core.DefinitionException;
import io.github.sipas.core.Domain;
import io.github.sipas.core.Element;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Item;
import io.github.sipas.core.ItemRole;
import io.github.sipas.core.ItemType;
import io.github.sipas.core.LocalizedText;
import io.github.sipas.core.Scale;
import io.github.sipas.core.ScalePoint;
import io.github.sipas.core.SourceDocument;
import io.github.sipas.core.SpecialCode;
import io.github.sipas.core.SpecialKind;
import io.github.sipas.core.Survey;
import io.github.sipas.core.Unit;

class SurveyJsonTest {

    private static final String SOURCE = "test.json";

    @TempDir
    Path dir;

    private static String resourceText(String name) {
        try {
            return Files.readString(Path.of(SurveyJsonTest.class.getResource(name).toURI()), StandardCharsets.UTF_8);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The minimal instrument of {@code json/minimal.json}: one scale sat3, element A, criterion A1. */
    private static String minimal() {
        return resourceText("/json/minimal.json");
    }

    private static String replace(String json, String from, String to) {
        assertTrue(json.contains(from), "test setup: '" + from + "' not in the JSON");
        return json.replace(from, to);
    }

    private static InputException fails(String json) {
        return assertThrows(InputException.class, () -> SurveyJson.fromString(json, SOURCE));
    }

    private static void assertFault(InputException e, String path, String... words) {
        assertAll(
                () -> assertEquals(SOURCE, e.source()),
                () -> assertEquals(path, e.path(), e.getMessage()),
                () -> assertEquals(SOURCE + ", at " + path + ": " + e.reason(), e.getMessage()));
        for (String w : words) {
            assertTrue(e.reason().contains(w), "expected '" + w + "' in: " + e.reason());
        }
    }

    private static LocalizedText t(String s) {
        return LocalizedText.of(s + " (vi)", s + " (en)");
    }

    static List<String> bundledIds() {
        return Surveys.BUNDLED_IDS;
    }

    // ---- round trips ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("bundledIds")
    void bundledInstrumentReadBackFromItsJsonEqualsItself(String id) {
        Survey s = Surveys.bundled(id);
        String json = SurveyJson.toString(s);
        Survey back = SurveyJson.fromString(json, id);
        assertEquals(s, back);
        assertEquals(s.hashCode(), back.hashCode());
    }

    @ParameterizedTest
    @MethodSource("bundledIds")
    void writingTwiceGivesIdenticalText(String id) {
        Survey s = Surveys.bundled(id);
        String once = SurveyJson.toString(s);
        assertEquals(once, SurveyJson.toString(s));
        assertEquals(once, SurveyJson.toString(SurveyJson.fromString(once, id)));
    }

    @Test
    void surveyBuiltInCodeRoundTripsWithEveryKindOfPart() {
        Scale channels = new Scale("channels", t("Channels"),
                List.of(ScalePoint.of(1, "Truyền hình", "Television"), ScalePoint.of(2, "Mạng xã hội", "Social media"),
                        ScalePoint.of(3, "Loa phát thanh", "Loudspeaker")),
                Set.of(), List.of(new SpecialCode("99", SpecialKind.NOT_ASKED, t("Không hỏi"))));
        Scale sat = new Scale("sat5", t("Satisfaction"), Scale.satisfaction5().points(), Set.of(4, 5),
                List.of(new SpecialCode("0", SpecialKind.DONT_KNOW, t("Không biết")),
                        new SpecialCode("NA", SpecialKind.NOT_ASKED, t("Không áp dụng"))));
        Survey s = Survey.builder("code-built").version("v1")
                .title(LocalizedText.of("Khảo sát \"thử\" \\ mới", "A \"test\" survey\nwith a line break"))
                .source(new SourceDocument("Quyết định 1001/QĐ-BNV", Confidence.CONFIRMED, "ghi chú — note 😀"))
                .aggregation(Aggregation.weightedElements(Map.of("P1", 2.0, "S1", 0.0, "S2", 0.125)))
                .scale(sat).scale(channels)
                .domain(new Domain("policy", t("Policy"))).domain(new Domain("service", t("Service")))
                .element(new Element("P1", t("Policy 1"), "policy"))
                .element(new Element("S1", t("Service 1"), "service"))
                .element(Element.of("S2", t("Service 2, no domain")))
                .item(Item.criterion("P1_1", "P1", "sat5", t("P1_1")))
                .item(Item.criterion("S1_1", "S1", "sat5", t("S1_1")))
                .item(Item.criterion("S2_1", "S2", "sat5", t("S2_1")))
                .item(new Item("S0", "S1", t("in general"), "sat5", ItemRole.IN_GENERAL, ItemType.SINGLE))
                .item(new Item("N2", null, t("channels"), "channels", ItemRole.PERCEPTION, ItemType.MULTIPLE))
                .item(new Item("NOTE", null, t("comments"), null, ItemRole.EXPECTATION, ItemType.TEXT))
                .item(new Item("SEX", null, t("sex"), "channels", ItemRole.DEMOGRAPHIC, ItemType.SINGLE))
                .build();
        String json = SurveyJson.toString(s);
        assertEquals(s, SurveyJson.fromString(json, "code-built"));
        assertTrue(json.contains("\"not-asked\"") && json.contains("\"weighted-elements\"")
                && json.contains("\"in-general\"") && json.contains("\"multiple\"") && json.contains("\"text\""), json);
    }

    @Test
    void surveyWithDomainsAggregatedByDomainRoundTrips() {
        Survey s = Survey.builder("by-domain").version("1").title(t("t")).source(
                new SourceDocument("d", Confidence.SECONDARY, "")).aggregation(Aggregation.MEAN_OF_DOMAINS)
                .scale(Scale.satisfaction5())
                .domain(new Domain("policy", t("Policy"))).domain(new Domain("service", t("Service")))
                .element(new Element("P1", t("P1"), "policy")).element(new Element("S1", t("S1"), "service"))
                .item(Item.criterion("P1_1", "P1", "satisfaction5", t("a")))
                .item(Item.criterion("S1_1", "S1", "satisfaction5", t("b"))).build();
        assertEquals(s, SurveyJson.fromString(SurveyJson.toString(s), "x"));
    }

    @Test
    void readsEveryFieldOfTheFormat() throws URISyntaxException {
        Survey s = SurveyJson.read(Path.of(SurveyJsonTest.class.getResource("/json/full.json").toURI()));
        assertAll(
                () -> assertEquals("full", s.id()),
                () -> assertEquals(Confidence.CONFIRMED, s.source().orElseThrow().confidence()),
                () -> assertEquals("Every field of the format.", s.source().orElseThrow().note()),
                () -> assertEquals(Aggregation.weightedElements(Map.of("P1", 2.0, "S1", 1.5)), s.aggregation()),
                () -> assertEquals("CSI", s.indexId()),
                () -> assertEquals(Set.of(4, 5), s.scale("sat5").satisfied()),
                () -> assertEquals(List.of(SpecialKind.DONT_KNOW, SpecialKind.NOT_ASKED),
                        s.scale("sat5").special().stream().map(SpecialCode::kind).toList()),
                () -> assertEquals(Set.of(), s.scale("channels").satisfied()),
                () -> assertEquals(List.of("policy", "service"), s.domains().stream().map(Domain::id).toList()),
                () -> assertEquals("service", s.element("S1").domain()),
                () -> assertEquals(ItemRole.CRITERION, s.item("S1_1").role(), "role defaults to criterion"),
                () -> assertEquals(ItemType.SINGLE, s.item("S1_1").type(), "type defaults to single"),
                () -> assertEquals(ItemRole.IN_GENERAL, s.item("S0").role()),
                () -> assertEquals(ItemType.MULTIPLE, s.item("N2").type()),
                () -> assertEquals(ItemType.TEXT, s.item("NOTE").type()),
                () -> assertNull(s.item("NOTE").scale()),
                () -> assertNull(s.item("N2").element()),
                () -> assertEquals(ItemRole.DEMOGRAPHIC, s.item("AGE").role()));
        assertEquals(s, SurveyJson.fromString(SurveyJson.toString(s), "again"));
    }

    @Test
    void optionalFieldsTakeTheirDefaults() {
        Survey s = SurveyJson.fromString(minimal(), SOURCE);
        assertEquals(Aggregation.MEAN_OF_ELEMENTS, s.aggregation());
        assertEquals(Survey.DEFAULT_INDEX_ID, s.indexId());
        assertEquals(List.of(), s.domains());
        assertEquals("", s.source().orElseThrow().note());
        assertEquals(List.of(), s.scale("sat3").special());
        assertNull(s.element("A").domain());
        assertTrue(s.item("A1").isCriterion());
    }

    @Test
    void writesEmptyOptionalPartsAsAbsent() {
        String json = SurveyJson.toString(SurveyJson.fromString(minimal(), SOURCE));
        assertFalse(json.contains("\"note\""), json);
        assertFalse(json.contains("\"domains\""), json);
        assertFalse(json.contains("\"special\""), json);
        assertFalse(json.contains("\"weights\""), json);
        assertFalse(json.contains("\"indexId\""), json);
        assertTrue(json.contains("\"mean-of-elements\""), json);
    }

    @ParameterizedTest
    @MethodSource("bundledIds")
    void bundledInstrumentsNameTheirOverallIndexSipas(String id) {
        assertEquals("SIPAS", Surveys.bundled(id).indexId());
        assertTrue(SurveyJson.toString(Surveys.bundled(id)).contains("\"indexId\" : \"SIPAS\""));
    }

    @Test
    void indexIdThatIsAnElementsIdFailsAtIndexId() {
        InputException e = fails(replace(minimal(), "\"elements\":", "\"indexId\": \"A\", \"elements\":"));
        assertFault(e, "$.indexId", "overall index's id 'A'", "an element");
    }

    @Test
    void indexIdThatIsACriterionsIdFailsAtIndexId() {
        InputException e = fails(replace(minimal(), "\"elements\":", "\"indexId\": \"A1\", \"elements\":"));
        assertFault(e, "$.indexId", "overall index's id 'A1'", "a criterion");
    }

    @Test
    void indexIdThatIsNotAStringFailsAtIndexId() {
        InputException e = fails(replace(minimal(), "\"elements\":", "\"indexId\": 7, \"elements\":"));
        assertFault(e, "$.indexId", "expected a string");
    }

    @Test
    void readsTextsInNfdAsNfc() {
        String nfd = Normalizer.normalize("Nơi ngồi chờ có đủ chỗ ngồi", Normalizer.Form.NFD);
        Survey s = SurveyJson.fromString(replace(minimal(), "Nơi ngồi chờ có đủ chỗ ngồi", nfd), SOURCE);
        assertEquals(Normalizer.normalize("Nơi ngồi chờ có đủ chỗ ngồi", Normalizer.Form.NFC), s.item("A1").text().vi());
    }

    @Test
    void readsFileWithByteOrderMark() throws IOException {
        Path file = dir.resolve("bom.json");
        byte[] body = minimal().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
        assertEquals("minimal", SurveyJson.read(file).id());
    }

    @Test
    void readFromStreamLeavesTheStreamOpen() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(minimal().getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        assertEquals("minimal", SurveyJson.read(in, SOURCE).id());
        assertFalse(closed[0]);
    }

    @Test
    void writeLeavesTheWriterOpen() throws IOException {
        boolean[] closed = {false};
        StringWriter target = new StringWriter();
        Writer w = new FilterWriter(target) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        SurveyJson.write(Surveys.bundled("laocai-2023"), w);
        assertFalse(closed[0]);
        w.write("\n");
        w.flush();
        assertEquals(SurveyJson.toString(Surveys.bundled("laocai-2023")) + "\n", target.toString());
    }

    @Test
    void readOfAFileUsesItsPathAsSource() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.json"), replace(minimal(), "\"sat3\", \"text\"",
                "\"sat5\", \"text\""));
        InputException e = assertThrows(InputException.class, () -> SurveyJson.read(file));
        assertEquals(file.toString(), e.source());
        assertEquals("$.items[0].scale", e.path());
        assertTrue(e.getMessage().startsWith(file + ", at $.items[0].scale: "), e.getMessage());
    }

    @Test
    void aWorkbookGivenAsTheInstrumentIsRefusedPointingAtTheXlsFormCommand() throws IOException {
        Path form = Path.of("src/test/resources/fixtures/xlsform/sipas-kobo-form.xlsx");
        InputException e = assertThrows(InputException.class, () -> SurveyJson.read(form));
        assertTrue(e.getMessage().startsWith(form + ": this is an Excel workbook (.xlsx), not an instrument JSON"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--from-xlsform") && !e.getMessage().contains("PK"), e.getMessage());
        Path xls = io.github.sipas.core.testing.OtherFiles.xls(dir.resolve("survey.json"));
        e = assertThrows(InputException.class, () -> SurveyJson.read(xls));
        assertTrue(e.getMessage().contains("this is an Excel 97-2003 workbook (.xls), not an instrument JSON"),
                e.getMessage());
    }

    @Test
    void readOfAMissingFileFailsWithUncheckedIoException() {
        Path missing = dir.resolve("none.json");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> SurveyJson.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void refusesNullArguments() {
        assertThrows(NullPointerException.class, () -> SurveyJson.read((Path) null));
        assertThrows(NullPointerException.class, () -> SurveyJson.read((InputStream) null, SOURCE));
        assertThrows(NullPointerException.class, () -> SurveyJson.write(Surveys.bundled("sipas-2017"), null));
    }

    // ---- errors: structure ------------------------------------------------------------------------------------

    @Test
    void refusesUnknownFieldListingTheAllowedOnes() {
        InputException e = fails(replace(minimal(), "\"text\": {\"vi\": \"Nơi", "\"lable\": {\"vi\": \"Nơi"));
        assertFault(e, "$.items[0].lable", "unknown field 'lable'",
                "allowed here: element, id, reverse, role, scale, text, type");
    }

    @Test
    void refusesUnknownFieldAtTopLevel() {
        InputException e = fails(replace(minimal(), "\"version\": \"1\",", "\"version\": \"1\", \"name\": \"x\","));
        assertFault(e, "$.name", "unknown field 'name'",
                "aggregation, domains, elements, id, indexId, items, scales, source, title, version");
    }

    @Test
    void refusesUnknownFieldInsideAText() {
        InputException e = fails(replace(minimal(), "\"en\": \"Access\"", "\"en\": \"Access\", \"fr\": \"Accès\""));
        assertFault(e, "$.elements[0].title.fr", "unknown field 'fr'", "allowed here: en, vi");
    }

    @ParameterizedTest
    @CsvSource({
        "'\"version\": \"1\",', '', $.version, version",
        "'\"confidence\": \"inferred\"', '\"note\": \"n\"', $.source.confidence, confidence",
        "'\"element\": \"A\", \"scale\": \"sat3\", \"text\": {\"vi\": \"Nơi ngồi chờ có đủ chỗ ngồi\", \"en\": \"Enough seats\"}', "
                + "'\"element\": \"A\", \"scale\": \"sat3\"', $.items[0].text, text",
        "'{\"code\": 2, ', '{', $.scales[0].points[1].code, code",
    })
    void refusesMissingRequiredField(String from, String to, String path, String field) {
        InputException e = fails(replace(minimal(), from, to));
        assertFault(e, path, "required field '" + field + "' is missing");
    }

    @Test
    void refusesNullForRequiredField() {
        InputException e = fails(replace(minimal(), "\"version\": \"1\"", "\"version\": null"));
        assertFault(e, "$.version", "required field 'version' is missing");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"code\": 2,|\"code\": \"2\",|$.scales[0].points[1].code|expected a whole number, found string",
        "\"code\": 2,|\"code\": 2.5,|$.scales[0].points[1].code|expected a whole number, found number 2.5",
        "\"code\": 2,|\"code\": 99999999999,|$.scales[0].points[1].code|expected a whole number",
        "\"satisfied\": [3]|\"satisfied\": [\"3\"]|$.scales[0].satisfied[0]|expected a whole number, found string",
        "\"satisfied\": [3]|\"satisfied\": 3|$.scales[0].satisfied|expected an array, found number",
        "\"version\": \"1\"|\"version\": 1|$.version|expected a string, found number",
        "\"id\": \"A1\"|\"id\": true|$.items[0].id|expected a string, found boolean",
        "\"title\": {\"vi\": \"Tiếp cận\", \"en\": \"Access\"}|\"title\": 7|$.elements[0].title|"
                + "expected an object, found number",
        "\"items\": [{|\"items\": [7, {|$.items[0]|expected an object, found number",
    })
    void refusesWrongType(String from, String to, String path, String reason) {
        assertFault(fails(replace(minimal(), from, to)), path, reason);
    }

    @Test
    void refusesObjectWhereArrayIsExpected() {
        String json = replace(minimal(), "\"elements\": [{\"id\": \"A\", \"title\": {\"vi\": \"Tiếp cận\", "
                + "\"en\": \"Access\"}}]", "\"elements\": {\"id\": \"A\"}");
        assertFault(fails(json), "$.elements", "expected an array, found object");
    }

    @Test
    void refusesStringWhereWeightIsExpected() {
        InputException e = fails(replace(minimal(), "\"scales\": [",
                "\"aggregation\": {\"method\": \"weighted-elements\", \"weights\": {\"A\": \"2\"}},\n  \"scales\": ["));
        assertFault(e, "$.aggregation.weights.A", "expected a number, found string");
    }

    @Test
    void refusesWeightsThatAreNotAnObject() {
        InputException e = fails(replace(minimal(), "\"scales\": [",
                "\"aggregation\": {\"method\": \"weighted-elements\", \"weights\": [2]},\n  \"scales\": ["));
        assertFault(e, "$.aggregation.weights", "expected an object, found array");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"element\": \"A\", \"scale\"|\"element\": \"A\", \"role\": \"general\", \"scale\"|$.items[0].role|"
                + "'general' is not allowed here; allowed: criterion, in-general, perception, expectation, demographic",
        "\"element\": \"A\", \"scale\"|\"element\": \"A\", \"type\": \"Single\", \"scale\"|$.items[0].type|"
                + "allowed: single, multiple, text",
        "\"confidence\": \"inferred\"|\"confidence\": \"sure\"|$.source.confidence|allowed: confirmed, secondary, inferred",
        "\"satisfied\": [3]|\"satisfied\": [3], \"special\": [{\"code\": \"0\", \"kind\": \"dontknow\", "
                + "\"label\": {\"vi\": \"Không biết\", \"en\": \"DK\"}}]|$.scales[0].special[0].kind|"
                + "allowed: dont-know, not-asked",
        "\"scales\": [|\"aggregation\": {\"method\": \"MEAN_OF_ITEMS\"}, \"scales\": [|$.aggregation.method|"
                + "allowed: mean-of-elements, mean-of-items, mean-of-domains, weighted-elements",
    })
    void refusesBadEnumValueListingTheAllowedOnes(String from, String to, String path, String reason) {
        assertFault(fails(replace(minimal(), from, to)), path, reason);
    }

    @Test
    void refusesRootThatIsNotAnObject() {
        assertFault(fails("[]"), "$", "expected an object, found array");
        assertFault(fails("null"), "$", "expected an object, found null");
        assertFault(fails("\"sipas-2017\""), "$", "expected an object, found string");
    }

    // ---- errors: JSON syntax ----------------------------------------------------------------------------------

    @Test
    void refusesDuplicateKeyGivingTheLine() {
        String json = replace(minimal(), "\"version\": \"1\",", "\"version\": \"1\",\n  \"id\": \"other\",");
        InputException e = fails(json);
        assertEquals(SOURCE, e.source());
        assertEquals("$", e.path());
        assertEquals(4, e.line());
        assertTrue(e.reason().contains("not valid JSON") && e.reason().contains("Duplicate field 'id'"), e.reason());
        assertTrue(e.getMessage().startsWith(SOURCE + ", line 4, at $: not valid JSON"), e.getMessage());
    }

    @Test
    void refusesInvalidSyntaxGivingTheLine() {
        // line 4 of minimal.json is the title; drop the comma that ends it
        String json = replace(minimal(), "\"en\": \"Minimal survey\"},", "\"en\": \"Minimal survey\"}");
        InputException e = fails(json);
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.reason().startsWith("not valid JSON"), e.reason());
        assertTrue(e.getCause() != null);
    }

    @Test
    void refusesTruncatedDocument() {
        String json = minimal();
        InputException e = fails(json.substring(0, json.length() / 2));
        assertTrue(e.reason().startsWith("not valid JSON"), e.reason());
        assertTrue(e.line() > 1, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\t"})
    void refusesEmptyDocument(String json) {
        assertFault(fails(json), "$", "the document is empty");
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 100, 100_000})
    void refusesNestingDeeperThan64WithInputException(int depth) {
        String arrays = "{\"id\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
        InputException e = fails(arrays);
        assertTrue(e.reason().contains("nesting depth"), e.reason());
        String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        assertTrue(fails(objects).reason().contains("nesting depth"));
        String unclosed = "[".repeat(depth);
        assertTrue(fails(unclosed).reason().startsWith("not valid JSON"));
    }

    @Test
    void parsesNestingOf64LevelsAndGoesOnToCheckTheTypes() {
        // 64 levels of arrays inside the top-level object make depth 65; 63 make 64, which is allowed by the parser
        String json = "{\"id\": " + "[".repeat(63) + "]".repeat(63) + "}";
        InputException e = fails(json);
        assertFault(e, "$.id", "expected a string, found array");
    }

    @ParameterizedTest
    @ValueSource(strings = {"}", " xyz", "{}", "\n{\"id\": \"second\"}"})
    void refusesTrailingContentAfterTheDocument(String trailing) {
        InputException e = fails(minimal() + trailing);
        assertTrue(e.reason().startsWith("not valid JSON"), e.reason());
    }

    // ---- errors: the model's complaints at their JSON path ----------------------------------------------------

    @Test
    void itemNamingMissingElementFailsAtItsElement() {
        InputException e = fails(replace(minimal(), "\"element\": \"A\"", "\"element\": \"B\""));
        assertFault(e, "$.items[0].element", "item 'A1'", "element 'B'", "not defined", "defined: A");
        assertTrue(e.getCause() instanceof DefinitionException);
    }

    @Test
    void itemNamingMissingScaleFailsAtItsScale() {
        InputException e = fails(replace(minimal(), "\"scale\": \"sat3\"", "\"scale\": \"sat5\""));
        assertFault(e, "$.items[0].scale", "item 'A1'", "scale 'sat5'", "defined: sat3");
    }

    @Test
    void secondItemFaultIsReportedAtItsIndex() {
        String second = ",\n            {\"id\": \"A2\", \"element\": \"Z\", \"scale\": \"sat3\", "
                + "\"text\": {\"vi\": \"b\", \"en\": \"b\"}}]\n}";
        String json = minimal().strip();
        json = json.substring(0, json.length() - 3) + second;
        assertFault(fails(json), "$.items[1].element", "item 'A2'", "element 'Z'");
    }

    @Test
    void repeatedPointCodeFailsAtTheCode() {
        InputException e = fails(replace(minimal(), "{\"code\": 2,", "{\"code\": 1,"));
        assertFault(e, "$.scales[0].points[1].code", "scale 'sat3'", "repeats code 1");
    }

    @Test
    void labelsFoldingToTheSameKeyFailAtTheLabel() {
        InputException e = fails(replace(minimal(), "\"vi\": \"Bình thường\"", "\"vi\": \"khong hai long\""));
        assertFault(e, "$.scales[0].points[1].label", "'khong hai long'", "code 1", "code 2");
    }

    @Test
    void satisfiedCodeThatIsNotAPointFailsAtSatisfied() {
        InputException e = fails(replace(minimal(), "\"satisfied\": [3]", "\"satisfied\": [3, 5]"));
        assertFault(e, "$.scales[0].satisfied", "code 5", "points: 1, 2, 3");
    }

    @Test
    void satisfiedCodeListedTwiceFailsAtTheRepeat() {
        InputException e = fails(replace(minimal(), "\"satisfied\": [3]", "\"satisfied\": [3, 2, 3]"));
        assertFault(e, "$.scales[0].satisfied[2]", "code 3 is listed twice");
    }

    @Test
    void negativePointCodeFailsAtThePoint() {
        InputException e = fails(replace(minimal(), "{\"code\": 2,", "{\"code\": -2,"));
        assertFault(e, "$.scales[0].points[1]", "-2");
    }

    @Test
    void criterionOnScaleWithoutSatisfiedCodesFailsAtItsScale() {
        InputException e = fails(replace(minimal(), ",\n     \"satisfied\": [3]", ""));
        assertFault(e, "$.items[0].scale", "criterion 'A1'", "no satisfied codes");
    }

    @Test
    void duplicateElementIdFailsAtTheSecondId() {
        InputException e = fails(replace(minimal(), "\"elements\": [", "\"elements\": [{\"id\": \"A\", "
                + "\"title\": {\"vi\": \"Một\", \"en\": \"One\"}}, "));
        assertFault(e, "$.elements[1].id", "duplicate element id 'A'");
    }

    @Test
    void elementWithoutCriterionFailsAtTheElement() {
        InputException e = fails(replace(minimal(), "\"elements\": [", "\"elements\": [{\"id\": \"Z\", "
                + "\"title\": {\"vi\": \"Một\", \"en\": \"One\"}}, "));
        assertFault(e, "$.elements[0]", "element 'Z'", "no criterion");
    }

    @Test
    void elementNamingMissingDomainFailsAtItsDomain() {
        InputException e = fails(replace(minimal(), "\"en\": \"Access\"}", "\"en\": \"Access\"}, \"domain\": \"policy\""));
        assertFault(e, "$.elements[0].domain", "element 'A'", "domain 'policy'", "defined: none");
    }

    @Test
    void weightForUnknownElementFailsAtThatWeight() {
        InputException e = fails(replace(minimal(), "\"scales\": [",
                "\"aggregation\": {\"method\": \"weighted-elements\", \"weights\": {\"A\": 1, \"Z\": 2}},\n  \"scales\": ["));
        assertFault(e, "$.aggregation.weights.Z", "element 'Z'", "defined: A");
    }

    @Test
    void negativeWeightFailsAtTheAggregation() {
        InputException e = fails(replace(minimal(), "\"scales\": [",
                "\"aggregation\": {\"method\": \"weighted-elements\", \"weights\": {\"A\": -1}},\n  \"scales\": ["));
        assertFault(e, "$.aggregation", "element 'A'", "finite and zero or positive");
    }

    @Test
    void textItemWithScaleFailsAtItsScale() {
        InputException e = fails(replace(minimal(), "\"element\": \"A\", \"scale\"",
                "\"element\": \"A\", \"role\": \"expectation\", \"type\": \"text\", \"scale\""));
        assertFault(e, "$.items[0].scale", "item 'A1'", "text item");
    }

    @Test
    void criterionWithoutElementFailsAtItsElement() {
        InputException e = fails(replace(minimal(), "\"element\": \"A\", ", ""));
        assertFault(e, "$.items[0].element", "criterion 'A1'", "must belong to an element");
    }

    // ---- an instrument of a researcher's own -----------------------------------------------------------------

    /** The minimal instrument in English only, each text as {"en": …} or a plain string, and without a source. */
    private static String englishOnly() {
        return "{\"id\": \"own\", \"version\": \"1\", \"title\": \"Clinic survey\","
                + " \"scales\": [{\"id\": \"agree3\", \"title\": {\"en\": \"Agreement\"},"
                + " \"points\": [{\"code\": 1, \"label\": \"Disagree\"},"
                + " {\"code\": 2, \"label\": {\"en\": \"Neutral\"}},"
                + " {\"code\": 3, \"label\": \"Agree\"}], \"satisfied\": [3]}],"
                + " \"elements\": [{\"id\": \"W\", \"title\": {\"en\": \"Waiting\"}}],"
                + " \"items\": [{\"id\": \"W1\", \"element\": \"W\", \"scale\": \"agree3\","
                + "\"text\": \"I waited little\"}]}";
    }

    @Test
    void aTextInOneLanguageFallsBackToIt() {
        Survey en = SurveyJson.fromString(replace(minimal(), "{\"vi\": \"Tiếp cận\", \"en\": \"Access\"}",
                "{\"en\": \"Access\"}"), SOURCE);
        assertEquals(LocalizedText.of("Access", "Access"), en.elements().get(0).title());
        Survey vi = SurveyJson.fromString(replace(minimal(), "{\"vi\": \"Tiếp cận\", \"en\": \"Access\"}",
                "{\"vi\": \"Tiếp cận\"}"), SOURCE);
        assertEquals(LocalizedText.of("Tiếp cận", "Tiếp cận"), vi.elements().get(0).title());
        Survey plain = SurveyJson.fromString(replace(minimal(), "{\"vi\": \"Tiếp cận\", \"en\": \"Access\"}",
                "\"Tiếp cận\""), SOURCE);
        assertEquals(vi, plain);
        assertEquals(LocalizedText.of("Tiếp cận", "Access"), SurveyJson.fromString(minimal(), SOURCE).elements()
                .get(0).title(), "both languages as before");
    }

    @Test
    void anInstrumentInOneLanguageWithoutSourceLoadsAndWritesWithoutSourceOrNull() {
        Survey s = SurveyJson.fromString(englishOnly(), SOURCE);
        assertEquals(java.util.Optional.empty(), s.source());
        assertEquals("Clinic survey", s.title().vi());
        assertEquals("I waited little", s.item("W1").text().vi());
        assertEquals(Set.of(3), s.scale("agree3").satisfied());
        String written = SurveyJson.toString(s);
        assertFalse(written.contains("source") || written.contains("null"), written);
        assertEquals(s, SurveyJson.fromString(written, SOURCE), "read back from its output, it equals itself");
    }

    @Test
    void aTextWithNeitherLanguageFailsAtTheText() {
        InputException e = fails(replace(minimal(), "{\"vi\": \"Tiếp cận\", \"en\": \"Access\"}", "{}"));
        assertFault(e, "$.elements[0].title", "needs 'vi', 'en' or both");
    }

    @Test
    void aBlankPlainTextFailsAtTheText() {
        InputException e = fails(replace(minimal(), "{\"vi\": \"Tiếp cận\", \"en\": \"Access\"}", "\" \""));
        assertFault(e, "$.elements[0].title", "must not be blank");
    }

    @Test
    void aCustomScaleForCriteriaMustNameItsSatisfiedCodes() {
        InputException e = fails(replace(englishOnly(), ", \"satisfied\": [3]", ""));
        assertFault(e, "$.items[0].scale", "no satisfied codes", "\"satisfied\"");
    }

    @Test
    void blankTextFailsAtTheText() {
        InputException e = fails(replace(minimal(), "\"vi\": \"Nơi ngồi chờ có đủ chỗ ngồi\"", "\"vi\": \" \""));
        assertFault(e, "$.items[0].text.vi", "vi must not be blank", "leave it out for a text in one language");
    }

    @Test
    void reservedItemIdFailsAtTheId() {
        InputException e = fails(replace(minimal(), "\"id\": \"A1\"", "\"id\": \"Unit\""));
        assertFault(e, "$.items[0].id", "'Unit'", "reserved");
    }

    @Test
    void malformedItemIdFailsAtTheItem() {
        InputException e = fails(replace(minimal(), "\"id\": \"A1\"", "\"id\": \"A1 \""));
        assertTrue(e.path().startsWith("$.items[0]"), e.path());
        assertTrue(e.reason().contains("'A1 '") && e.reason().contains("white space"), e.reason());
    }

    // ---- property: random surveys round-trip ------------------------------------------------------------------

    static Stream<Arguments> randomCases() {
        UniformRandomProvider seeds = RandomSource.XO_RO_SHI_RO_128_PP.create(20_260_401L);
        return IntStream.range(0, 300).mapToObj(n -> Arguments.of(n, seeds.nextLong()));
    }

    @ParameterizedTest(name = "case {0}, seed {1}")
    @MethodSource("randomCases")
    void randomValidSurveysRoundTripThroughJson(int n, long seed) {
        Survey s = RandomSurveys.make(RandomSource.SPLIT_MIX_64.create(seed), n);
        String json = SurveyJson.toString(s);
        Survey back = SurveyJson.fromString(json, "case-" + n);
        assertEquals(s, back, json);
        assertEquals(json, SurveyJson.toString(back));
        assertEquals(s, back.toBuilder().build());
    }

    @Test
    void randomSurveysHitTheEdgeCases() {
        List<Survey> all = randomCases().map(a -> RandomSurveys.make(
                RandomSource.SPLIT_MIX_64.create((Long) a.get()[1]), (Integer) a.get()[0])).toList();
        Set<AggregationMethod> methods = new TreeSet<>();
        boolean onePointScale = false;
        boolean zeroWeight = false;
        boolean notAsked = false;
        boolean textItem = false;
        boolean multipleItem = false;
        boolean noDomainElementWithDomains = false;
        boolean emptySatisfied = false;
        boolean pointCodeZero = false;
        int minCriteria = Integer.MAX_VALUE;
        for (Survey s : all) {
            methods.add(s.aggregation().method());
            minCriteria = Math.min(minCriteria, s.criteria().size());
            zeroWeight |= s.aggregation().weights().containsValue(0.0);
            noDomainElementWithDomains |= !s.domains().isEmpty()
                    && s.elements().stream().anyMatch(e -> e.domain() == null);
            for (Scale sc : s.scales()) {
                onePointScale |= sc.points().size() == 1;
                emptySatisfied |= sc.satisfied().isEmpty();
                pointCodeZero |= sc.hasCode(0);
                notAsked |= sc.special().stream().anyMatch(c -> c.kind() == SpecialKind.NOT_ASKED);
            }
            textItem |= s.items().stream().anyMatch(i -> i.type() == ItemType.TEXT);
            multipleItem |= s.items().stream().anyMatch(i -> i.type() == ItemType.MULTIPLE);
        }
        assertEquals(Set.of(AggregationMethod.values()), methods);
        assertEquals(1, minCriteria);
        assertTrue(onePointScale && zeroWeight && notAsked && textItem && multipleItem && noDomainElementWithDomains
                && emptySatisfied && pointCodeZero);
    }

    /** Builds random valid surveys; case 0 is the smallest survey there is. */
    private static final class RandomSurveys {

        private static final String[] WORDS = {"Hài lòng", "thủ tục", "công chức", "Đường", "điện", "nước sạch",
            "ý kiến", "\"trích dẫn\"", "a\\b", "tab\there", "dòng\nmới", "😀", "<&>", "Ủy ban", "x", "QĐ-BNV",
            "\u0001ctl", "NFD: " + Normalizer.normalize("Rất hài lòng", Normalizer.Form.NFD)};

        private RandomSurveys() {
        }

        static Survey make(UniformRandomProvider r, int n) {
            boolean smallest = n == 0;
            AggregationMethod method = AggregationMethod.values()[n % 4];
            Survey.Builder b = Survey.builder("rand-" + n).version(r.nextBoolean() ? "1" : "v" + r.nextInt(2030))
                    .title(text(r, "title"))
                    .source(new SourceDocument(words(r) + " doc", Confidence.values()[r.nextInt(3)],
                            r.nextBoolean() ? "" : words(r)));
            // scales; scale 0 always has satisfied codes, so that it can carry criteria
            int nScales = smallest ? 1 : 1 + r.nextInt(4);
            List<Scale> scales = new ArrayList<>();
            for (int s = 0; s < nScales; s++) {
                scales.add(scale(r, "sc" + s, smallest ? 1 : 1 + r.nextInt(7), s == 0, !smallest));
            }
            scales.forEach(b::scale);
            List<Scale> rating = scales.stream().filter(s -> !s.satisfied().isEmpty()).toList();
            // domains and elements
            int nElements = smallest ? 1 : 1 + r.nextInt(6);
            // Under MEAN_OF_DOMAINS every domain needs an element, so there are at most as many domains as elements.
            int nDomains = method == AggregationMethod.MEAN_OF_DOMAINS ? 1 + r.nextInt(Math.min(3, nElements))
                    : smallest ? 0 : r.nextInt(3);
            for (int d = 0; d < nDomains; d++) {
                b.domain(new Domain("D" + d, text(r, "domain " + d)));
            }
            List<String> elementIds = new ArrayList<>();
            for (int e = 0; e < nElements; e++) {
                String domain = nDomains == 0 ? null
                        : method == AggregationMethod.MEAN_OF_DOMAINS ? "D" + (e < nDomains ? e : r.nextInt(nDomains))
                        : r.nextBoolean() ? "D" + r.nextInt(nDomains) : null;
                elementIds.add("E" + e);
                b.element(new Element("E" + e, text(r, "element " + e), domain));
            }
            // items: criteria for each element, then other items, in a shuffled form order
            List<Item> items = new ArrayList<>();
            int k = 0;
            for (String e : elementIds) {
                int nCriteria = smallest ? 1 : 1 + r.nextInt(4);
                for (int c = 0; c < nCriteria; c++) {
                    items.add(Item.criterion(id(r, k++), e, rating.get(r.nextInt(rating.size())).id(),
                            text(r, "criterion")));
                }
            }
            int nOthers = smallest ? 0 : r.nextInt(7);
            ItemRole[] roles = {ItemRole.IN_GENERAL, ItemRole.PERCEPTION, ItemRole.EXPECTATION, ItemRole.DEMOGRAPHIC};
            for (int o = 0; o < nOthers; o++) {
                ItemType type = ItemType.values()[r.nextInt(3)];
                String scale = type == ItemType.TEXT ? null : scales.get(r.nextInt(scales.size())).id();
                String element = r.nextBoolean() ? null : elementIds.get(r.nextInt(elementIds.size()));
                items.add(new Item(id(r, k++), element, text(r, "question"), scale, roles[r.nextInt(roles.length)],
                        type));
            }
            for (int i = items.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                Item tmp = items.get(i);
                items.set(i, items.get(j));
                items.set(j, tmp);
            }
            items.forEach(b::item);
            // aggregation
            if (method == AggregationMethod.WEIGHTED_ELEMENTS) {
                Map<String, Double> w = new LinkedHashMap<>();
                for (String e : elementIds) {
                    w.put(e, r.nextInt(3) == 0 ? 0.0 : r.nextDouble() * Math.pow(10, r.nextInt(7) - 3));
                }
                w.put(elementIds.get(r.nextInt(elementIds.size())), 1.0 + r.nextDouble());
                b.aggregation(Aggregation.weightedElements(w));
            } else {
                b.aggregation(Aggregation.of(method));
            }
            return b.build();
        }

        private static Scale scale(UniformRandomProvider r, String id, int nPoints, boolean rating, boolean special) {
            List<Integer> pool = new ArrayList<>();
            for (int c = 0; c <= 30; c++) {
                pool.add(c);
            }
            List<ScalePoint> points = new ArrayList<>();
            for (int p = 0; p < nPoints; p++) {
                int code = pool.remove(r.nextInt(pool.size()));
                points.add(new ScalePoint(code, LocalizedText.of(words(r) + " v" + p, words(r) + " e" + p)));
            }
            Set<Integer> satisfied = new TreeSet<>();
            for (ScalePoint p : points) {
                if (r.nextInt(3) == 0) {
                    satisfied.add(p.code());
                }
            }
            if (rating && satisfied.isEmpty()) {
                satisfied.add(points.get(r.nextInt(points.size())).code());
            }
            List<SpecialCode> specials = new ArrayList<>();
            int nSpecial = special ? r.nextInt(3) : 0;
            for (int s = 0; s < nSpecial; s++) {
                String code = switch (r.nextInt(3)) {
                    case 0 -> String.valueOf(50 + s);
                    case 1 -> "NA" + s;
                    default -> "Không biết " + s;
                };
                specials.add(new SpecialCode(code, SpecialKind.values()[r.nextInt(2)],
                        LocalizedText.of(words(r) + " s" + s, words(r) + " t" + s)));
            }
            return new Scale(id, LocalizedText.of(words(r), words(r)), points, satisfied, specials);
        }

        private static String id(UniformRandomProvider r, int k) {
            switch (r.nextInt(4)) {
                case 0:
                    return "Q" + k;
                case 1:
                    return "câu_" + k;
                case 2:
                    return "grp/item " + k;
                default:
                    return "x" + k + "[SQ00" + r.nextInt(9) + "]";
            }
        }

        private static LocalizedText text(UniformRandomProvider r, String what) {
            return LocalizedText.of(what + " " + words(r), words(r) + " " + what);
        }

        private static String words(UniformRandomProvider r) {
            StringBuilder sb = new StringBuilder(WORDS[r.nextInt(WORDS.length)]);
            int more = r.nextInt(3);
            for (int i = 0; i < more; i++) {
                sb.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
            }
            return sb.toString();
        }
    }

    @Test
    void randomSurveyGeneratorIsDeterministic() {
        Survey a = RandomSurveys.make(RandomSource.SPLIT_MIX_64.create(7L), 5);
        Survey b = RandomSurveys.make(RandomSource.SPLIT_MIX_64.create(7L), 5);
        assertEquals(a, b);
        assertNotNull(a);
    }

    @Test
    void readsAndWritesReverseKeyingOfACriterion() {
        String json = replace(minimal(), "\"scale\": \"sat3\", \"text\"",
                "\"scale\": \"sat3\", \"reverse\": true, \"text\"");
        Survey s = SurveyJson.fromString(json, SOURCE);
        assertTrue(s.item("A1").reverse());
        String written = SurveyJson.toString(s);
        assertTrue(written.contains("\"reverse\" : true"), written);
        assertEquals(s, SurveyJson.fromString(written, SOURCE));
        assertFalse(SurveyJson.toString(SurveyJson.fromString(minimal(), SOURCE)).contains("reverse"));
        assertFalse(SurveyJson.fromString(replace(json, "true", "false"), SOURCE).item("A1").reverse());
    }

    @Test
    void refusesAReverseThatIsNotABoolean() {
        String json = replace(minimal(), "\"scale\": \"sat3\", \"text\"",
                "\"scale\": \"sat3\", \"reverse\": \"yes\", \"text\"");
        assertFault(fails(json), "$.items[0].reverse", "expected true or false");
    }
}
