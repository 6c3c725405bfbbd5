package io.github.sipas.scoring.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Aggregation;
import io.github.sipas.core.Answer;
import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.Item;
import io.github.sipas.core.PersonalFields;
import io.github.sipas.core.quality.QualityFinding;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.uncertainty.FayHerriot;
import io.github.sipas.scoring.estimate.IntervalMethod;
import io.github.sipas.scoring.estimate.ItemOptions;
import io.github.sipas.scoring.estimate.OptionShare;
import io.github.sipas.scoring.disclose.PersonalFieldsFixture;
import io.github.sipas.core.quality.QualityChecks;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import io.github.sipas.scoring.uncertainty.RankSetType;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.estimate.Reliability;
import io.github.sipas.scoring.format.ScoreCsvTest;
import io.github.sipas.scoring.format.ScoreJson;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.estimate.NegativeItem;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.disclose.Suppression;
import io.github.sipas.scoring.uncertainty.Uncertainty;
import io.github.sipas.scoring.uncertainty.UncertaintyFixtures;
import io.github.sipas.scoring.estimate.UnitScore;

/**
 * The HTML report: well-formed (parsed as XML by the JDK's parser), one ranking row per unit, every chart with its
 * title, description and caption, escaped text, labels in both languages, "–" for undefined figures and never NaN.
 * The pages of the Lào Cai fixture are also written to {@code target/html-report/} for the browser check
 * ({@code .ci/browser-check.sh}).
 */
public class HtmlReportTest {

    public static final Survey SURVEY = Surveys.bundled("sipas-2017");
    static final Path LAOCAI = io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-laocai.csv");
    static final Path OUT = Path.of("target/html-report");
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String SVG = "http://www.w3.org/2000/svg";

    /** The Lào Cai fixture read with sipas-2017 and scored with the defaults. */
    static ScoreResult laocai() {
        ReadResult read = CsvResponseReader.builder(SURVEY).build().readAll(LAOCAI);
        Scorecard card = Scorer.of(SURVEY).score(read.responses());
        return new ScoreResult(card, Ranking.of(card), read.report().rowsRead(), read.report().rejected());
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    static List<Element> unitRows(Document doc) {
        Element body = byId(doc, "ranking");
        assertNotNull(body, "no <tbody id=\"ranking\">");
        assertEquals("tbody", body.getLocalName());
        List<Element> rows = new ArrayList<>();
        NodeList trs = body.getElementsByTagNameNS(XHTML, "tr");
        for (int i = 0; i < trs.getLength(); i++) {
            Element tr = (Element) trs.item(i);
            if (tr.getAttribute("class").equals("unit-row")) {
                rows.add(tr);
            }
        }
        return rows;
    }

    static String cell(Element row, int column) {
        return row.getElementsByTagNameNS(XHTML, "td").item(column).getTextContent();
    }

    @Test
    void theRankingsUnitColumnIsHeadedByTheGroupingInBothLanguages() throws Exception {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("vi unit", "Đơn vị");
        expected.put("en unit", "Unit");
        expected.put("vi gender", "gender");
        expected.put("en gender", "gender");
        expected.put("vi unit,gender", "Đơn vị / gender");
        expected.put("en unit,gender", "Unit / gender");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String lang = e.getKey().substring(0, 2);
            String by = e.getKey().substring(3);
            io.github.sipas.scoring.estimate.Grouping g = by.equals("unit")
                    ? io.github.sipas.scoring.estimate.Grouping.BY_UNIT : by.equals("gender")
                    ? io.github.sipas.scoring.estimate.Grouping.byAttribute("gender")
                    : io.github.sipas.scoring.estimate.Grouping.byUnitAnd("gender");
            Document doc = parse(HtmlReport.builder(SURVEY).language(lang).findings(List.of()).build()
                    .toHtml(io.github.sipas.scoring.format.ScoreJsonTest.groupedSix(g)));
            Element table = (Element) byId(doc, "ranking").getParentNode();
            String heading = table.getElementsByTagNameNS(XHTML, "th").item(1).getTextContent();
            assertEquals(e.getValue(), heading, e.getKey());
        }
    }

    /** A form answering every criterion of sipas-2017 with the given answer per criterion index. */
    public static Response form(String id, String unit, IntFunction<Answer> answer) {
        Response.Builder b = Response.builder(id).unit(unit);
        List<Item> criteria = SURVEY.criteria();
        for (int j = 0; j < criteria.size(); j++) {
            b.answer(criteria.get(j).id(), answer.apply(j));
        }
        return b.build();
    }

    static final String ODD_NAME = "Xã <b>Tả & \"Van\"</b> 'mới'";
    static final String ALL_DONT_KNOW = "Không biết";

    /**
     * Three hand-made units: an ordinary one with an awkward name, one of a single form, one all don't-know; with
     * {@link Disclosure#none()}, since the tests that use them check how the figures of tiny units are written.
     */
    static ScoreResult edgeCases() {
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int k = i;
            rows.add(form("o" + i, ODD_NAME, j -> (k + j) % 7 == 0 ? Answer.dontKnow()
                    : Answer.point(1 + (k * 3 + j) % 5)));
        }
        rows.add(form("s0", "Một phiếu", j -> Answer.point(4)));
        for (int i = 0; i < 3; i++) {
            rows.add(form("d" + i, ALL_DONT_KNOW, j -> Answer.dontKnow()));
        }
        Scorecard card = Scorer.of(SURVEY).score(rows);
        return new ScoreResult(card, Ranking.of(card), rows.size() + 2, 2, Map.of(), Disclosure.none());
    }

    static void assertNoNonNumbers(String html) {
        assertFalse(html.contains("NaN"), "NaN in the page");
        assertFalse(html.contains("Infinity"), "Infinity in the page");
    }

    @Test
    void namesWithRightToLeftTextOrBidiControlsAreIsolatedEverywhereAndOthersLeftAlone() throws Exception {
        assertEquals("Bắc Hà", ReportData.isolate("Bắc Hà"));
        assertEquals("\u2068Sa\u202EPa\u2069", ReportData.isolate("Sa\u202EPa"));
        assertEquals("\u2068قرية\u2069", ReportData.isolate("قرية"));
        assertEquals("\u2068a\u2067b\u2069", ReportData.isolate("a\u2067b"));
        String html = HtmlReport.builder(SURVEY).language("en").build()
                .toHtml(io.github.sipas.scoring.format.ScoreJsonTest.hostileNames());
        Document doc = parse(html); // still well-formed
        String name = "\u2068Bảo\uFFFD[2JYên\rX\u202E\u2069"; // ESC is not allowed in HTML: U+FFFD
        assertTrue(html.contains("<td><bdi>" + name + "</bdi></td>"), "ranking cell");
        assertTrue(html.contains("<h3><bdi>" + name + "</bdi></h3>"), "unit heading");
        assertTrue(html.contains(name + "</text>"), "chart label");
        assertFalse(html.contains("\u001B"));
        assertNotNull(doc);
    }

    @Test
    void aReverseKeyedCriterionThatStillCorrelatesNegativelyIsAskedWhetherItsKeyIsRight() throws Exception {
        Survey scales = io.github.sipas.core.instrument.SurveyJson.read(
                Path.of("src/test/resources/scales/scales.json"));
        NegativeItem keyed = new NegativeItem("P", "P2", -0.25, 120, true);
        ScoreResult r = io.github.sipas.scoring.format.ScoreJsonTest.unkeyedScales();
        Scorecard card = r.scorecard().withNegativeItems(List.of(keyed));
        ScoreResult with = new ScoreResult(card, Ranking.of(card), r.rowsRead(), r.rejected());
        String en = HtmlReport.builder(scales).language("en").build().toHtml(with);
        assertTrue(en.contains("Item P2 is reverse-keyed and still correlates negatively with the rest of element P "
                + "(r = −0.250 over 120 forms of the units pooled, suppressed units left out); is its key right?"),
                "en");
        String vi = HtmlReport.builder(scales).language("vi").build().toHtml(with);
        assertTrue(vi.contains("Tiêu chí P2 đã được đảo chiều nhưng vẫn tương quan âm"), "vi");
    }

    @Test
    void underAGroupingTheCellsAreCalledGroupsNotUnits() throws Exception {
        // found in a trial: --by sex still said "Each unit", "the mean of units", "Units ranked"
        ScoreResult grouped = PersonalFieldsFixture.result(true, Disclosure.defaults());
        String en = HtmlReport.builder(SURVEY).language("en").build().toHtml(grouped);
        assertTrue(en.contains("Table 1. Groups ranked") && en.contains("Each group: its criteria against the mean of "
                + "groups") && en.contains("against the mean of groups</title>"), "en");
        assertFalse(en.contains("Each unit: its criteria") || en.contains("Units ranked"), "en");
        String vi = HtmlReport.builder(SURVEY).language("vi").build().toHtml(grouped);
        assertTrue(vi.contains("Xếp hạng các nhóm") && vi.contains("Từng nhóm: các tiêu chí"), "vi");
        String byUnit = HtmlReport.builder(SURVEY).language("en").build()
                .toHtml(PersonalFieldsFixture.result(false, Disclosure.defaults()));
        assertTrue(byUnit.contains("Table 1. Units ranked") && byUnit.contains("Each unit: its criteria"), "by unit");
    }

    @Test
    void methodsNameTheReverseKeyedCriteriaAndHowTheyAreScored() throws Exception {
        // found in a trial: the page said nothing of the keys, its methods naming only the scale's satisfied points
        Survey scales = io.github.sipas.core.instrument.SurveyJson.read(
                Path.of("src/test/resources/scales/scales.json"));
        ScoreResult r = io.github.sipas.scoring.format.ScoreJsonTest.unkeyedScales();
        String reversed = scales.criteria().stream().filter(io.github.sipas.core.Item::reverse)
                .map(io.github.sipas.core.Item::id).collect(java.util.stream.Collectors.joining(", "));
        assertFalse(reversed.isEmpty());
        String en = HtmlReport.builder(scales).language("en").build().toHtml(r);
        assertTrue(en.contains("The reverse-keyed criteria (" + reversed + ") are scored on their mirrored codes"),
                reversed);
        String vi = HtmlReport.builder(scales).language("vi").build().toHtml(r);
        assertTrue(vi.contains("Các tiêu chí đảo chiều (" + reversed + ")"), reversed);
        assertFalse(HtmlReport.builder(SURVEY).language("en").build().toHtml(laocai())
                .contains("reverse-keyed criteria"));
        // a study's own instrument titles its page (a trial: it was titled as a SIPAS report), a bundled one as before
        assertTrue(en.contains("<title>" + scales.title().en() + "</title>"), scales.title().en());
        assertTrue(HtmlReport.builder(SURVEY).language("en").build().toHtml(laocai())
                .contains("<title>Satisfaction index report</title>"));
    }

    @Test
    void reliabilityTableEndsWithAllCriteriaAndWarnsOfItemsCorrelatingNegatively() throws Exception {
        ScoreResult r = io.github.sipas.scoring.format.ScoreJsonTest.unkeyedScales();
        Survey scales = io.github.sipas.core.instrument.SurveyJson.read(
                Path.of("src/test/resources/scales/scales.json"));
        String en = HtmlReport.builder(scales).language("en").build().toHtml(r);
        assertNotNull(parse(en));
        assertTrue(en.contains("<th scope=\"col\" class=\"num\">All criteria</th>"), "column");
        String alpha = HtmlReportFormat.interval(r.scorecard().units().get(0).reliability().alphaLower(),
                r.scorecard().units().get(0).reliability().alphaUpper(), 2, "en");
        assertTrue(en.contains(alpha), alpha);
        assertTrue(en.contains("<p class=\"note weak\">Item P2 correlates negatively with the rest of element P (r = "
                + "−0."), "warning");
        String vi = HtmlReport.builder(scales).language("vi").build().toHtml(r);
        assertTrue(vi.contains("Tiêu chí P2 tương quan âm với các tiêu chí còn lại của thành phần P"), "cảnh báo");
        // the Lào Cai fixture's criteria all correlate positively, over every form
        ReadResult read = CsvResponseReader.builder(SURVEY).build().readAll(LAOCAI);
        io.github.sipas.scoring.estimate.ScoreAccumulator acc = Scorer.of(SURVEY).accumulator();
        read.responses().forEach(acc::add);
        Scorecard all = acc.result().withNegativeItems(acc.negativeItems(io.github.sipas.core.quality.QualityScope
                .all()));
        assertEquals(List.of(), all.negativeItems());
        assertFalse(HtmlReport.builder(SURVEY).language("en").build().toHtml(new ScoreResult(all, Ranking.of(all),
                read.report().rowsRead(), read.report().rejected())).contains("correlates negatively"));
    }

    @Test
    void laocaiPageIsWellFormedWithOneRankingRowPerUnitAndEveryChart() throws Exception {
        ScoreResult result = laocai();
        String html = HtmlReport.builder(SURVEY).findings(List.of()).sources(List.of("sipas2017-laocai.csv"))
                .build().toHtml(result);
        Document doc = parse(html);
        assertEquals("html", doc.getDocumentElement().getLocalName());
        assertEquals("vi", doc.getDocumentElement().getAttribute("lang"));
        List<Element> rows = unitRows(doc);
        assertEquals(result.scorecard().units().size(), rows.size());
        assertEquals(9, rows.size());
        // In ranking order, with the published index to two decimals (decimal comma in Vietnamese).
        for (int i = 0; i < rows.size(); i++) {
            RankedUnit r = result.ranking().units().get(i);
            assertEquals(r.label(), rows.get(i).getAttribute("data-unit"));
            assertEquals(String.valueOf(r.rank()), cell(rows.get(i), 0));
            assertEquals(r.rounded().toPlainString().replace('.', ','), cell(rows.get(i), 3));
        }
        List<String> charts = new ArrayList<>(List.of("chart-index", "chart-heatmap"));
        SURVEY.elements().forEach(e -> charts.add("chart-distribution-" + e.id()));
        for (int i = 1; i <= rows.size(); i++) {
            charts.add("chart-unit-" + i);
        }
        for (String id : charts) {
            Element figure = byId(doc, id);
            assertNotNull(figure, id);
            assertEquals("figure", figure.getLocalName(), id);
            assertTrue(figure.getAttribute("class").contains("chart"), id);
            Element svg = (Element) figure.getElementsByTagNameNS(SVG, "svg").item(0);
            assertNotNull(svg, id + " has no svg");
            assertFalse(svg.getElementsByTagNameNS(SVG, "title").item(0).getTextContent().isBlank(), id);
            assertFalse(svg.getElementsByTagNameNS(SVG, "desc").item(0).getTextContent().isBlank(), id);
            assertFalse(figure.getElementsByTagNameNS(XHTML, "figcaption").item(0).getTextContent().isBlank(), id);
        }
        assertEquals(charts.size(), doc.getElementsByTagNameNS(SVG, "svg").getLength());
        assertNoNonNumbers(html);
        assertTrue(html.contains("Các kiểm tra chất lượng dữ liệu không phát hiện vấn đề nào."));
        // The index chart marks the mean of the units, and says so.
        double mean = result.scorecard().units().stream().mapToDouble(u -> u.index().value()).average()
                .orElseThrow();
        String meanText = HtmlReportFormat.num(mean, 2, "vi");
        assertTrue(byId(doc, "chart-index").getTextContent().contains("Trung bình các đơn vị: " + meanText));
    }

    @Test
    void pageIsSelfContained() {
        String html = HtmlReport.builder(SURVEY).build().toHtml(laocai());
        String withoutNamespaces = html.replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "")
                .replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(withoutNamespaces.contains("http:"), "a link to the network");
        assertFalse(withoutNamespaces.contains("https:"), "a link to the network");
        assertFalse(html.contains("<script"), "a script");
        assertFalse(html.contains("<link"), "an external style sheet");
        assertFalse(html.contains("@import") || html.contains("@font-face"), "an external style or font");
        assertTrue(html.contains("@page { size: A4;"), "no A4 page size");
        assertTrue(html.contains("Content-Security-Policy"), "no policy against loading anything");
    }

    @Test
    void writesTheLaocaiPagesForTheBrowserCheck() throws IOException {
        ScoreResult result = laocai();
        Ranking previous = result.ranking().withPrevious(Map.of("Bát Xát", 1, "Sa Pa", 9, "Bắc Hà", 2));
        ScoreResult withPrevious = new ScoreResult(result.scorecard(), previous, result.rowsRead(),
                result.rejected());
        List<QualityFinding> findings = List.of(new QualityFinding("straight-lining", "Bát Xát", null, null, 12,
                LongStream.rangeClosed(100, 111).boxed().toList(),
                "12 forms give the same answer to all 22 criteria (threshold: 5 % of a unit's forms)."));
        Files.createDirectories(OUT);
        for (String lang : List.of("vi", "en")) {
            HtmlReport report = HtmlReport.builder(SURVEY).language(lang).findings(findings)
                    .sources(List.of("sipas2017-laocai.csv")).build();
            Path file = OUT.resolve("sipas2017-laocai-" + lang + ".html");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                report.write(withPrevious, w);
            }
            assertTrue(Files.size(file) > 10_000);
        }
    }

    @Test
    void changeOfRankIsShownWithArrows() throws Exception {
        ScoreResult base = laocai();
        List<RankedUnit> ranked = base.ranking().ranked();
        Map<String, Integer> previous = new HashMap<>();
        previous.put(ranked.get(0).label(), ranked.get(0).rank() + 2); // climbed two places
        previous.put(ranked.get(1).label(), ranked.get(1).rank() - 1); // fell one place
        previous.put(ranked.get(2).label(), ranked.get(2).rank()); // unchanged; the others are new
        ScoreResult result = new ScoreResult(base.scorecard(), base.ranking().withPrevious(previous), base.rowsRead(),
                base.rejected());
        for (String lang : List.of("vi", "en")) {
            List<Element> rows = unitRows(parse(HtmlReport.builder(SURVEY).language(lang).build().toHtml(result)));
            assertEquals("▲ +2", cell(rows.get(0), 5));
            assertEquals("▼ −1", cell(rows.get(1), 5));
            assertEquals("=", cell(rows.get(2), 5));
            assertEquals(lang.equals("vi") ? "mới" : "new", cell(rows.get(3), 5));
        }
        // Without a previous period there is no change to show.
        List<Element> rows = unitRows(parse(HtmlReport.builder(SURVEY).build().toHtml(base)));
        rows.forEach(r -> assertEquals("–", cell(r, 5)));
    }

    @Test
    void textFromTheDataIsEscaped() throws Exception {
        ScoreResult result = edgeCases();
        String title = "<script>alert('x')</script> & \"report\"";
        List<QualityFinding> findings = List.of(new QualityFinding("straight-<lining>", ODD_NAME, "A1", "batch \"7\"",
                2, List.of(3L, 4L), "forms <3> & <4> say 'the same'"));
        String html = HtmlReport.builder(SURVEY).title(title).findings(findings).build().toHtml(result);
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<b>Tả"));
        assertFalse(html.contains("<3>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;report&quot;"));
        assertTrue(html.contains("Xã &lt;b&gt;Tả &amp; &quot;Van&quot;&lt;/b&gt; &#39;mới&#39;"));
        Document doc = parse(html);
        assertEquals(title, doc.getElementsByTagNameNS(XHTML, "h1").item(0).getTextContent());
        assertTrue(unitRows(doc).stream().anyMatch(r -> cell(r, 1).equals(ODD_NAME)
                && r.getAttribute("data-unit").equals(ODD_NAME)));
        Element finding = (Element) byId(doc, "findings").getElementsByTagNameNS(XHTML, "tr").item(0);
        assertEquals("forms <3> & <4> say 'the same'", cell(finding, 6));
        assertEquals("straight-<lining>", cell(finding, 0));
    }

    @Test
    void undefinedFiguresAreDashesNeverNaN() throws Exception {
        ScoreResult result = edgeCases();
        for (String lang : List.of("vi", "en")) {
            String html = HtmlReport.builder(SURVEY).language(lang).build().toHtml(result);
            assertNoNonNumbers(html);
            Document doc = parse(html);
            List<Element> rows = unitRows(doc);
            assertEquals(3, rows.size());
            Element dontKnow = rows.stream().filter(r -> r.getAttribute("data-unit").equals(ALL_DONT_KNOW))
                    .findFirst().orElseThrow();
            assertEquals("–", cell(dontKnow, 0), "rank");
            assertEquals("–", cell(dontKnow, 3), "index");
            assertEquals("–", cell(dontKnow, 4), "interval");
            assertEquals("–", cell(dontKnow, 6), "tier");
            assertTrue(cell(dontKnow, 7).contains(lang.equals("vi") ? "không xếp hạng" : "not ranked"));
            // One form: an index without an interval, flagged.
            Element one = rows.stream().filter(r -> r.getAttribute("data-unit").equals("Một phiếu")).findFirst()
                    .orElseThrow();
            assertEquals("–", cell(one, 4), "interval");
            assertTrue(cell(one, 7).contains("30"), cell(one, 7));
        }
    }

    @Test
    void emptyResultGivesAPageWithoutUnits() throws Exception {
        Scorecard card = new Scorecard(SURVEY.id(), 0.95, IntervalMethod.WILSON, Aggregation.MEAN_OF_ELEMENTS,
                List.of());
        String html = HtmlReport.builder(SURVEY).language("en").build()
                .toHtml(new ScoreResult(card, Ranking.of(card), 0, 0));
        Document doc = parse(html);
        assertEquals(0, unitRows(doc).size());
        assertNotNull(byId(doc, "chart-index"));
        assertNotNull(byId(doc, "chart-heatmap"));
        assertTrue(html.contains("There are no units."));
        assertNoNonNumbers(html);
    }

    @Test
    void labelsSwitchBetweenVietnameseAndEnglish() throws Exception {
        ScoreResult result = laocai();
        String vi = HtmlReport.builder(SURVEY).build().toHtml(result);
        String en = HtmlReport.builder(SURVEY).language("en").build().toHtml(result);
        assertEquals("en", parse(en).getDocumentElement().getAttribute("lang"));
        for (String label : List.of("Xếp hạng", "Phương pháp", "Trung bình các đơn vị", "Độ tin cậy của thang đo",
                "Báo cáo này không chạy kiểm tra chất lượng dữ liệu.", "Thủ tục hành chính")) {
            assertTrue(vi.contains(label), label);
            assertFalse(en.contains(label), label);
        }
        for (String label : List.of("Ranking", "Methods", "Mean of units", "Reliability of the scales",
                "The data-quality checks were not run for this report.", "Administrative procedures")) {
            assertTrue(en.contains(label), label);
            assertFalse(vi.contains(label), label);
        }
        // Numbers: decimal comma in Vietnamese, decimal point in English.
        RankedUnit top = result.ranking().units().get(0);
        assertEquals(top.rounded().toPlainString().replace('.', ','), cell(unitRows(parse(vi)).get(0), 3));
        assertEquals(top.rounded().toPlainString(), cell(unitRows(parse(en)).get(0), 3));
    }

    @Test
    void everyLabelHasBothLanguages() {
        for (HtmlReportText t : HtmlReportText.values()) {
            assertFalse(t.in("vi").isBlank(), t.name());
            assertFalse(t.in("en").isBlank(), t.name());
        }
    }

    @Test
    void placeholdersInTheDataAreNotFilled() throws Exception {
        assertEquals("{b} x", HtmlReportText.fill("{a} {b}", "a", "{b}", "b", "x"), "a value is not a template");
        assertEquals("{none} 1 {", HtmlReportText.fill("{none} {a} {", "a", 1));
        // Names that hold placeholders of the texts they go into: the index chart's description names the highest
        // unit before the mean and the lowest before its index.
        String high = "Xã {mean}";
        String low = "Phường {bottomValue}";
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int h = i < 36 ? 5 : 1;
            int l = i < 4 ? 5 : 1;
            rows.add(form("h" + i, high, j -> Answer.point(h)));
            rows.add(form("l" + i, low, j -> Answer.point(l)));
        }
        Scorecard card = Scorer.of(SURVEY).score(rows);
        ScoreResult result = new ScoreResult(card, Ranking.of(card), rows.size(), 0);
        Document doc = parse(HtmlReport.builder(SURVEY).language("en").build().toHtml(result));
        String desc = byId(doc, "chart-index").getElementsByTagNameNS(SVG, "desc").item(0).getTextContent();
        assertTrue(desc.contains(high + " (") && desc.contains(low + " ("), desc);
    }

    @Test
    void findingsShowTheFirstLinesAndHowManyMore() throws Exception {
        List<QualityFinding> findings = List.of(new QualityFinding("dont-know-share", null, "E4", null, 25,
                LongStream.rangeClosed(2, 26).boxed().toList(), "E4: 25 % don't know"));
        Document doc = parse(HtmlReport.builder(SURVEY).language("en").findings(findings).build().toHtml(laocai()));
        Element row = (Element) byId(doc, "findings").getElementsByTagNameNS(XHTML, "tr").item(0);
        assertEquals("2, 3, 4, 5, 6, 7, 8, 9, 10, 11 … (and 15 more)", cell(row, 5));
        assertEquals("–", cell(row, 1));
        assertEquals("E4", cell(row, 2));
        assertEquals("25", cell(row, 4));
    }

    @Test
    void numbersUseTheLanguagesNotation() {
        assertEquals("1.800", HtmlReportFormat.count(1800, "vi"));
        assertEquals("1,800", HtmlReportFormat.count(1800, "en"));
        assertEquals("1.000.000", HtmlReportFormat.count(1_000_000, "vi"));
        assertEquals("85,01", HtmlReportFormat.num(85.005, 2, "vi"));
        assertEquals("85.00", HtmlReportFormat.num(85.0049, 2, "en"));
        assertEquals("−4,10", HtmlReportFormat.num(-4.1, 2, "vi"));
        assertEquals("0,00", HtmlReportFormat.num(-0.001, 2, "vi"));
        assertEquals("–", HtmlReportFormat.num(Double.NaN, 2, "vi"));
        assertEquals("–", HtmlReportFormat.num(Double.POSITIVE_INFINITY, 2, "en"));
        assertEquals("[80,10; 90,00]", HtmlReportFormat.interval(80.1, 90, 2, "vi"));
        assertEquals("[80.10, 90.00]", HtmlReportFormat.interval(80.1, 90, 2, "en"));
        assertEquals("95\u00a0%", HtmlReportFormat.level(0.95, "vi"));
        assertEquals("99,5\u00a0%", HtmlReportFormat.level(0.995, "vi"));
    }

    @Test
    void writeReportsFailuresAsUncheckedIOException() {
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
        HtmlReport report = HtmlReport.builder(SURVEY).build();
        ScoreResult result = edgeCases();
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> report.write(result, broken));
        assertEquals("disk full", e.getCause().getMessage());
        StringWriter out = new StringWriter();
        report.write(result, out);
        assertEquals(report.toHtml(result), out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "VI", ""})
    void builderRejectsOtherLanguages(String language) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HtmlReport.builder(SURVEY).language(language));
        assertTrue(e.getMessage().contains("'" + language + "'"), e.getMessage());
    }

    @Test
    void resultOfAnotherSurveyIsRefused() {
        HtmlReport report = HtmlReport.builder(Surveys.bundled("sipas-2023")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> report.toHtml(laocai()));
        assertTrue(e.getMessage().contains("sipas-2017") && e.getMessage().contains("sipas-2023"), e.getMessage());
        assertThrows(NullPointerException.class, () -> HtmlReport.builder(null));
        assertThrows(IllegalArgumentException.class, () -> HtmlReport.builder(SURVEY).title(" "));
    }

    // ---------------------------------------------------------------- perceptions and expectations (sipas-2023)

    static final Survey SIPAS_2023 = Surveys.bundled("sipas-2023");
    static final String[] UNITS_2023 = {"Phường Kim Tân", "Xã Tả Van", "Xã <Bản> & \"Hồ\""};

    /**
     * 300 forms of sipas-2023 in three units: every criterion answered, N1_1..N1_9 on the 4-point scale with some
     * don't-know (all of N1_9 in the third unit), N2 multi-select with some blank and some empty choices (not asked in
     * the third unit); every fourth form weighs 2.
     */
    static List<Response> forms2023() {
        List<Response> rows = new ArrayList<>();
        List<Item> criteria = SIPAS_2023.criteria();
        for (int i = 0; i < 300; i++) {
            int u = i % 3;
            Response.Builder b = Response.builder("f" + i).unit(UNITS_2023[u]);
            if (i % 4 == 0) {
                b.weight(2.0);
            }
            for (int j = 0; j < criteria.size(); j++) {
                b.answer(criteria.get(j).id(), Answer.point(1 + (i + j * u) % 5));
            }
            for (int q = 1; q <= 9; q++) {
                Answer a = (q == 9 && u == 2) || i % 17 == q ? Answer.dontKnow()
                        : Answer.point(1 + (i * q + i / 7 + u) % 4);
                b.answer("N1_" + q, a);
            }
            if (u == 2) {
                b.answer("N2", Answer.notAsked());
            } else if (i % 11 == 0) {
                b.answer("N2", Answer.unanswered());
            } else if (i % 13 == 0) {
                b.answer("N2", Answer.choices());
            } else {
                List<Integer> codes = new ArrayList<>();
                for (int c = 1; c <= 7; c++) {
                    if ((i + c * (u + 1)) % 3 == 0 || (c == 2 && i % 2 == 0)) {
                        codes.add(c);
                    }
                }
                b.answer("N2", Answer.choices(codes.stream().mapToInt(Integer::intValue).toArray()));
            }
            rows.add(b.build());
        }
        return rows;
    }

    static ScoreResult result2023(List<Response> rows) {
        Scorecard card = Scorer.of(SIPAS_2023).score(rows);
        return new ScoreResult(card, Ranking.of(card), rows.size(), 0);
    }

    /** The weighted share (%) of the forms of a unit that answered an item choosing a code, computed here. */
    static double expectedShare(List<Response> rows, String unit, String item, int code) {
        double chosen = 0;
        double answered = 0;
        for (Response r : rows) {
            Answer a = r.answers().get(item);
            if (!r.unit().equals(unit) || a == null) {
                continue;
            }
            double w = r.weight().orElse(1);
            if (a instanceof Answer.Point p) {
                answered += w;
                chosen += p.code() == code ? w : 0;
            } else if (a instanceof Answer.Choices c) {
                answered += w;
                chosen += c.codes().contains(code) ? w : 0;
            }
        }
        return 100 * chosen / answered;
    }

    static Element optionsTable(Document doc, String item) {
        NodeList tables = doc.getElementsByTagNameNS(XHTML, "table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            if (t.getAttribute("class").equals("options") && t.getAttribute("data-item").equals(item)) {
                return t;
            }
        }
        return null;
    }

    static Element optionsRow(Element table, String unit) {
        NodeList trs = table.getElementsByTagNameNS(XHTML, "tr");
        for (int i = 0; i < trs.getLength(); i++) {
            Element tr = (Element) trs.item(i);
            if (tr.getAttribute("data-unit").equals(unit)) {
                return tr;
            }
        }
        return null;
    }

    static int rowsOf(Element table) {
        return ((Element) table.getElementsByTagNameNS(XHTML, "tbody").item(0)).getElementsByTagNameNS(XHTML, "tr")
                .getLength();
    }

    @Test
    void sipas2023PageShowsTheShareOfEachOptionByUnit() throws Exception {
        List<Response> rows = forms2023();
        ScoreResult result = result2023(rows);
        for (String lang : List.of("vi", "en")) {
            String html = HtmlReport.builder(SIPAS_2023).language(lang).findings(List.of()).build().toHtml(result);
            assertNoNonNumbers(html);
            Document doc = parse(html);
            assertEquals(3, unitRows(doc).size());
            Element section = byId(doc, "options-section");
            assertNotNull(section, "no perceptions and expectations section");
            assertTrue(section.getElementsByTagNameNS(XHTML, "h2").item(0).getTextContent()
                    .endsWith(lang.equals("vi") ? "Nhận định và mong đợi" : "Perceptions and expectations"));
            assertTrue(html.contains("<a href=\"#options-section\">"), "not in the contents");
            // One chart per question, in the survey's order, with a title, a description and a caption.
            List<String> items = new ArrayList<>();
            for (int q = 1; q <= 9; q++) {
                items.add("N1_" + q);
            }
            items.add("N2");
            NodeList figures = section.getElementsByTagNameNS(XHTML, "figure");
            assertEquals(items.size(), figures.getLength());
            for (int i = 0; i < items.size(); i++) {
                Element figure = (Element) figures.item(i);
                assertEquals("chart-options-" + items.get(i), figure.getAttribute("id"));
                assertEquals("chart", figure.getAttribute("class"));
                Element svg = (Element) figure.getElementsByTagNameNS(SVG, "svg").item(0);
                assertFalse(svg.getElementsByTagNameNS(SVG, "title").item(0).getTextContent().isBlank());
                assertFalse(svg.getElementsByTagNameNS(SVG, "desc").item(0).getTextContent().isBlank());
                assertFalse(figure.getElementsByTagNameNS(XHTML, "figcaption").item(0).getTextContent().isBlank());
            }
            // The wording in the page's language and the role.
            String text = section.getTextContent();
            assertTrue(text.contains(SIPAS_2023.item("N1_4").text().in(lang)));
            assertTrue(text.contains(SIPAS_2023.item("N2").text().in(lang)));
            assertTrue(text.contains(lang.equals("vi") ? "Nhận định · chọn nhiều phương án"
                    : "Perception · multi-select"));
            assertTrue(text.contains(lang.equals("vi") ? "Rất quan tâm theo dõi" : "Very interested"));
            // Multi-select: the caption says that the shares do not add up to 100.
            String caption = byId(doc, "chart-options-N2").getElementsByTagNameNS(XHTML, "figcaption").item(0)
                    .getTextContent();
            assertTrue(caption.contains(lang.equals("vi") ? "không cộng lại thành 100 %"
                    : "do not add up to 100 %"), caption);
            // Shares, as computed here, weighted, one decimal in the page's notation.
            for (String unit : List.of(UNITS_2023[0], UNITS_2023[1])) {
                for (String[] check : new String[][] {{"N1_1", "1"}, {"N1_1", "4"}, {"N1_5", "3"}, {"N2", "2"},
                    {"N2", "7"}}) {
                    int code = Integer.parseInt(check[1]);
                    double expected = expectedShare(rows, unit, check[0], code);
                    Element row = optionsRow(optionsTable(doc, check[0]), unit);
                    assertNotNull(row, check[0] + " " + unit);
                    assertEquals(HtmlReportFormat.num(expected, 1, lang), cell(row, 1 + code), check[0] + " " + unit);
                    ItemOptions scored = result.unit(unit).options().stream().filter(o -> o.id().equals(check[0]))
                            .findFirst().orElseThrow();
                    assertEquals(expected, scored.options().get(code - 1).share(), 1e-9);
                    assertEquals(HtmlReportFormat.count(scored.answered(), lang), cell(row, 1));
                    assertEquals(String.valueOf(scored.dontKnow()), cell(row, 2 + scored.options().size()));
                    assertEquals(String.valueOf(scored.unanswered()), cell(row, 3 + scored.options().size()));
                }
            }
            // Weighted, not counted: the weights change the shares.
            Response any = rows.get(0);
            assertTrue(any.weight().isPresent());
            // Single-choice shares add up to 100; multi-select ones need not.
            ItemOptions n2 = result.unit(UNITS_2023[0]).options().stream().filter(o -> o.id().equals("N2"))
                    .findFirst().orElseThrow();
            assertTrue(n2.options().stream().mapToDouble(OptionShare::share).sum() > 100);
            assertTrue(n2.unanswered() > 0);
            // N2 was not asked in the third unit; N1_9 was answered "don't know" by all its forms there.
            assertEquals(2, rowsOf(optionsTable(doc, "N2")));
            assertNull(optionsRow(optionsTable(doc, "N2"), UNITS_2023[2]));
            Element allDontKnow = optionsRow(optionsTable(doc, "N1_9"), UNITS_2023[2]);
            assertEquals("0", cell(allDontKnow, 1));
            assertEquals("–", cell(allDontKnow, 2));
            assertEquals("100", cell(allDontKnow, 6));
            assertTrue(byId(doc, "chart-options-N1_9").getTextContent().contains("– "
                    + (lang.equals("vi") ? "không xác định" : "undefined")));
            // The methods say how the shares are computed; the later tables are renumbered.
            assertTrue(byId(doc, "methods-section").getTextContent().contains(lang.equals("vi")
                    ? "Nhận định và mong đợi: với mỗi câu hỏi" : "Perceptions and expectations: for each question"));
            assertTrue(html.contains(lang.equals("vi") ? "Bảng 6. Hệ số Cronbach" : "Table 6. Cronbach"));
        }
    }

    @Test
    void numbersOfTheOptionSharesUseTheLanguagesNotation() throws Exception {
        List<Response> rows = forms2023();
        ScoreResult result = result2023(rows);
        double share = expectedShare(rows, UNITS_2023[0], "N1_2", 2);
        Document vi = parse(HtmlReport.builder(SIPAS_2023).build().toHtml(result));
        Document en = parse(HtmlReport.builder(SIPAS_2023).language("en").build().toHtml(result));
        String v = cell(optionsRow(optionsTable(vi, "N1_2"), UNITS_2023[0]), 3);
        String e = cell(optionsRow(optionsTable(en, "N1_2"), UNITS_2023[0]), 3);
        assertEquals(HtmlReportFormat.num(share, 1, "en"), e);
        assertTrue(v.contains(",") && e.contains("."), v + " " + e);
        assertEquals(e.replace('.', ','), v);
    }

    @Test
    void sipas2017PageHasNoPerceptionsSection() throws Exception {
        String html = HtmlReport.builder(SURVEY).build().toHtml(laocai());
        Document doc = parse(html);
        assertNull(byId(doc, "options-section"));
        assertFalse(html.contains("chart-options-"));
        assertFalse(html.contains("#options-section"));
        assertFalse(html.contains("Nhận định và mong đợi"));
        assertTrue(html.contains("Bảng 5. Hệ số Cronbach"));
    }

    @Test
    void writesASipas2023PageForTheBrowserCheck() throws IOException {
        ScoreResult result = result2023(forms2023());
        Files.createDirectories(OUT);
        for (String lang : List.of("vi", "en")) {
            Path file = OUT.resolve("sipas2023-" + lang + ".html");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                HtmlReport.builder(SIPAS_2023).language(lang).findings(List.of()).build().write(result, w);
            }
            assertTrue(Files.size(file) > 10_000);
        }
    }

    // ---------------------------------------------------------------- disclosure (PersonalFieldsFixture)

    /** The table of a class, e.g. {@code "elements"} or {@code "reliability"}. */
    static Element tableOf(Document doc, String cls) {
        NodeList tables = doc.getElementsByTagNameNS(XHTML, "table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            if (t.getAttribute("class").equals(cls)) {
                return t;
            }
        }
        throw new AssertionError("no table of class " + cls);
    }

    /** The row of a table whose first cell is the text. */
    static Element rowNamed(Element table, String first) {
        NodeList trs = table.getElementsByTagNameNS(XHTML, "tr");
        for (int i = 0; i < trs.getLength(); i++) {
            Element tr = (Element) trs.item(i);
            NodeList tds = tr.getElementsByTagNameNS(XHTML, "td");
            if (tds.getLength() > 0 && tds.item(0).getTextContent().equals(first)) {
                return tr;
            }
        }
        throw new AssertionError("no row " + first);
    }

    static int cells(Element row) {
        return row.getElementsByTagNameNS(XHTML, "td").getLength();
    }

    @Test
    void aSuppressedUnitShowsTheTextInPlaceOfItsFiguresInEveryTable() throws Exception {
        ScoreResult result = PersonalFieldsFixture.result(false, Disclosure.defaults());
        String small = PersonalFieldsFixture.SMALL_UNIT;
        for (String lang : List.of("vi", "en")) {
            String text = lang.equals("vi") ? "không công bố (n < 10)" : "suppressed (n < 10)";
            String html = HtmlReport.builder(SURVEY).language(lang).findings(List.of()).build().toHtml(result);
            assertNoNonNumbers(html);
            Document doc = parse(html);
            List<Element> rows = unitRows(doc);
            assertEquals(4, rows.size(), "every unit keeps its ranking row");
            Element row = rows.get(3);
            assertEquals(small, row.getAttribute("data-unit"));
            assertEquals("small-cell", row.getAttribute("data-suppressed"));
            assertEquals("–", cell(row, 0), "rank");
            assertEquals("5", cell(row, 2), "forms are shown");
            assertEquals(text, cell(row, 3), "in place of the index and its interval");
            assertEquals("2", ((Element) row.getElementsByTagNameNS(XHTML, "td").item(3)).getAttribute("colspan"));
            assertEquals("–", cell(row, 5), "tier");
            assertTrue(cell(row, 6).contains(lang.equals("vi") ? "không công bố số liệu" : "suppressed"));
            for (String table : List.of("elements", "reliability")) {
                Element r = rowNamed(tableOf(doc, table), small);
                assertEquals(2, cells(r), table);
                assertEquals(text, cell(r, 1), table);
            }
            assertTrue(html.contains("<div class=\"unit-block suppressed\" data-unit=\"" + small + "\">"));
            assertTrue(byId(doc, "summary").getTextContent().contains(lang.equals("vi")
                    ? "3 được xếp hạng, 1 không xếp hạng, trong đó 1 không công bố số liệu"
                    : "3 ranked, 1 not ranked, of which 1 suppressed"));
            assertTrue(byId(doc, "methods-section").getTextContent().contains(lang.equals("vi")
                    ? "ít hơn 10 phiếu" : "fewer than 10 forms"));
        }
    }

    @Test
    void aSuppressedUnitIsLeftOutOfTheChartsWithANote() throws Exception {
        ScoreResult result = PersonalFieldsFixture.result(false, Disclosure.defaults());
        String small = PersonalFieldsFixture.SMALL_UNIT;
        Document doc = parse(HtmlReport.builder(SURVEY).build().toHtml(result));
        NodeList figures = doc.getElementsByTagNameNS(XHTML, "figure");
        for (int i = 0; i < figures.getLength(); i++) {
            Element f = (Element) figures.item(i);
            assertFalse(f.getTextContent().contains(small), f.getAttribute("id"));
        }
        assertNotNull(byId(doc, "chart-unit-3"));
        assertNull(byId(doc, "chart-unit-4"), "three published units, three charts");
        for (String section : List.of("index-section", "elements-section", "distribution-section")) {
            String text = byId(doc, section).getTextContent();
            assertTrue(text.contains("Không gồm 1 đơn vị không công bố số liệu (ít hơn 10 phiếu, hoặc ẩn bổ sung): "
                    + small), section);
        }
    }

    @Test
    void theMeanOfUnitsAndThePooledDistributionsLeaveSuppressedUnitsOut() throws Exception {
        ScoreResult result = PersonalFieldsFixture.result(false, Disclosure.defaults());
        List<UnitScore> published = result.scorecard().units().stream()
                .filter(u -> !u.unit().equals(PersonalFieldsFixture.SMALL_UNIT)).toList();
        double mean = published.stream().mapToDouble(u -> u.index().value()).average().orElseThrow();
        long validA1 = published.stream().mapToLong(u -> u.item("A1").valid()).sum();
        long allA1 = result.scorecard().units().stream().mapToLong(u -> u.item("A1").valid()).sum();
        assertTrue(allA1 > validA1, "Mường Khương answered A1");
        Document doc = parse(HtmlReport.builder(SURVEY).language("en").build().toHtml(result));
        assertTrue(byId(doc, "summary").getTextContent().contains("Mean of units" + HtmlReportFormat.num(mean, 2, "en")
                + " ("), "the mean of the three published units' indices, computed here");
        Element a1 = rowNamed(tableOf(doc, "distribution"), "A1 " + SURVEY.item("A1").text().in("en"));
        assertEquals(String.valueOf(validA1), cell(a1, 1));
    }

    @Test
    void noFigureOfTheSuppressedUnitIsOnThePage() throws Exception {
        ScoreResult result = PersonalFieldsFixture.result(false, Disclosure.defaults());
        UnitScore small = result.unit(PersonalFieldsFixture.SMALL_UNIT);
        for (String lang : List.of("vi", "en")) {
            String html = HtmlReport.builder(SURVEY).language(lang).build().toHtml(result);
            String all = HtmlReport.builder(SURVEY).language(lang).build().toHtml(result.withDisclosure(
                    Disclosure.none()));
            // Its index and interval, as the page writes them, are on the page that publishes it, not on this one.
            for (String figure : List.of(HtmlReportFormat.num(small.index().value(), 2, lang),
                    HtmlReportFormat.interval(small.index().lower(), small.index().upper(), 2, lang))) {
                assertTrue(all.contains(figure), figure);
                assertFalse(html.contains(figure), figure);
            }
        }
    }

    @Test
    void byUnitAndGenderTheComplementIsShownAsComplementary() throws Exception {
        ScoreResult result = PersonalFieldsFixture.result(true, Disclosure.defaults());
        for (String lang : List.of("vi", "en")) {
            Document doc = parse(HtmlReport.builder(SURVEY).language(lang).build().toHtml(result));
            Element row = unitRows(doc).stream().filter(r -> r.getAttribute("data-unit")
                    .equals(PersonalFieldsFixture.COMPLEMENT)).findFirst().orElseThrow();
            assertEquals("complementary", row.getAttribute("data-suppressed"));
            assertEquals("20", cell(row, 2));
            assertEquals(lang.equals("vi") ? "không công bố (ẩn bổ sung)" : "suppressed (complementary)", cell(row, 3));
            assertEquals(6, unitRows(doc).stream().filter(r -> !r.getAttribute("data-suppressed").isEmpty())
                    .count());
        }
    }

    @Test
    void withRuleOneTheSummaryAndMethodsSayNothingIsSuppressed() throws Exception {
        ScoreResult result = PersonalFieldsFixture.result(false, Disclosure.none());
        String html = HtmlReport.builder(SURVEY).language("en").build().toHtml(result);
        assertFalse(html.contains("data-suppressed"));
        assertFalse(html.contains("suppressed-note"));
        Document doc = parse(html);
        assertTrue(byId(doc, "summary").getTextContent().contains("none: the figures of every unit are published"));
        assertTrue(byId(doc, "methods-section").getTextContent().contains("No publication threshold was applied"));
        assertNotNull(byId(doc, "chart-unit-4"));
    }

    @Test
    void betaIntervalsAreNamedInTheSummaryAndMethodsInBothLanguages() throws Exception {
        ReadResult read = CsvResponseReader.builder(SURVEY).build().readAll(LAOCAI);
        Scorecard card = Scorer.builder(SURVEY).interval(IntervalMethod.BETA).build().score(read.responses());
        ScoreResult result = new ScoreResult(card, Ranking.of(card),
                read.report().rowsRead(), read.report().rejected());
        Document en = parse(HtmlReport.builder(SURVEY).language("en").build().toHtml(result));
        Document vi = parse(HtmlReport.builder(SURVEY).build().toHtml(result));
        assertTrue(byId(en, "summary").getTextContent()
                .contains("Korn–Graubard (beta) for criteria; Wald for elements"));
        assertTrue(byId(vi, "summary").getTextContent().contains("Korn–Graubard (beta) cho từng tiêu chí; Wald cho"));
        String methodsEn = byId(en, "methods-section").getTextContent();
        assertTrue(methodsEn.contains("interval of a criterion: Korn–Graubard (as svyciprop with method = "
                + "\"beta\" in R's survey package)"), methodsEn);
        assertTrue(methodsEn.contains("n.eff = p(1 − p) / SE²"), methodsEn);
        assertTrue(methodsEn.contains("The interval of element and overall indices: Wald"), methodsEn);
        assertTrue(byId(vi, "methods-section").getTextContent().contains("của tiêu chí: Korn–Graubard (như svyciprop "
                + "với method = \"beta\""));
    }

    @Test
    void aFindingOfASuppressedUnitIsLeftOutAndTheCaptionSaysSo() throws Exception {
        ScoreResult result = PersonalFieldsFixture.result(false, Disclosure.defaults());
        List<QualityFinding> findings = List.of(
                new QualityFinding("straight-lining", PersonalFieldsFixture.SMALL_UNIT, null, null, 3,
                        List.of(68L, 69L, 70L), "3 of 5 forms give the same answer to every criterion"),
                new QualityFinding("straight-lining", "Bảo Yên", null, null, 7, List.of(2L, 3L),
                        "7 of 30 forms give the same answer to every criterion"));
        for (String lang : List.of("vi", "en")) {
            String html = HtmlReport.builder(SURVEY).language(lang).findings(findings).build().toHtml(result);
            assertFalse(html.contains("3 of 5 forms"));
            assertTrue(html.contains("7 of 30 forms"));
            Element body = byId(parse(html), "findings");
            assertEquals(1, body.getElementsByTagNameNS(XHTML, "tr").getLength(), "not even that it had a finding");
            assertFalse(body.getTextContent().contains(PersonalFieldsFixture.SMALL_UNIT), body.getTextContent());
            assertTrue(html.contains(lang.equals("vi") ? "Không nêu phát hiện nào về đơn vị hoặc nhóm bị ẩn"
                    : "No finding about a suppressed unit or group (fewer than 10 forms, or complementary) is shown"));
        }
    }

    @Test
    void thePersonalGroupOfAFindingIsWithheld() throws Exception {
        // Bảo Yên: 20 forms of one interviewer all satisfied, 20 of another all dissatisfied; the column that names
        // them, "Tên điều tra viên", contains "tên" (a name), so the names are not published.
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int code = i < 20 ? 5 : 1;
            Response.Builder b = Response.builder("q" + i).unit("Bảo Yên")
                    .attribute("Tên điều tra viên", i < 20 ? "Nguyễn Văn Bình" : "Lò Thị Hoa")
                    .attribute("interviewer", i < 20 ? "ĐTV07" : "ĐTV08");
            SURVEY.criteria().forEach(item -> b.answer(item.id(), Answer.point(code)));
            rows.add(b.build());
        }
        List<QualityFinding> findings = io.github.sipas.core.quality.QualityChecks.builder(SURVEY)
                .groupColumns(List.of("Tên điều tra viên", "interviewer")).build().check(rows).findings().stream()
                .filter(f -> f.check().equals("group-effect")).toList();
        assertEquals(4, findings.size(), "each interviewer against the other, by both columns: " + findings);
        assertTrue(findings.stream().noneMatch(f -> f.message().contains("Nguyễn Văn Bình")), "the check withholds them");
        assertTrue(findings.stream().anyMatch(f -> f.group().equals("Tên điều tra viên=" + PersonalFields.WITHHELD)));
        Scorecard card = Scorer.of(SURVEY).score(rows);
        ScoreResult result = new ScoreResult(card, Ranking.of(card), 40, 0);
        for (String lang : List.of("vi", "en")) {
            String html = HtmlReport.builder(SURVEY).language(lang).findings(findings).build().toHtml(result);
            assertFalse(html.contains("Nguyễn Văn Bình"));
            assertFalse(html.contains("Lò Thị Hoa"));
            String withheld = lang.equals("vi") ? "[không công bố]" : "[withheld]";
            assertTrue(html.contains("Tên điều tra viên=" + withheld), "the column is shown, not the value");
            assertTrue(html.contains("Tên điều tra viên " + withheld + (lang.equals("vi") ? ": 20 phiếu" : ": 20 forms")),
                    "and so in the message");
            assertTrue(html.contains("interviewer=ĐTV07"), "an interviewer's code is not personal");
        }
    }

    @Test
    void noPersonalValueOfTheResponsesIsWritten() {
        ReadResult read = PersonalFieldsFixture.read();
        List<QualityFinding> findings = io.github.sipas.core.quality.QualityChecks.builder(SURVEY)
                .groupColumns(PersonalFieldsFixture.PERSONAL).build().check(read.responses()).findings();
        for (boolean byGender : List.of(false, true)) {
            for (Disclosure rule : List.of(Disclosure.defaults(), Disclosure.none())) {
                for (String lang : List.of("vi", "en")) {
                    PersonalFieldsFixture.assertNoPersonalValue(HtmlReport.builder(SURVEY).language(lang)
                            .findings(findings).build().toHtml(PersonalFieldsFixture.result(byGender, rule)));
                }
            }
        }
    }

    @Test
    void aSuppressedUnitKeepsItsRowInTheOptionsTablesAndLeavesTheCharts() throws Exception {
        // The 300 forms of forms2023() and three more in a fourth unit: 3 < 10.
        List<Response> rows = new ArrayList<>(forms2023());
        for (int i = 0; i < 3; i++) {
            Response.Builder b = Response.builder("tiny" + i).unit("Xã Ít Phiếu");
            SIPAS_2023.criteria().forEach(item -> b.answer(item.id(), Answer.point(4)));
            for (int q = 1; q <= 9; q++) {
                b.answer("N1_" + q, Answer.point(1 + i));
            }
            b.answer("N2", Answer.choices(1 + i));
            rows.add(b.build());
        }
        ScoreResult result = result2023(rows);
        assertEquals(Map.of("Xã Ít Phiếu", Suppression.SMALL_CELL), result.suppressed());
        for (String lang : List.of("vi", "en")) {
            String html = HtmlReport.builder(SIPAS_2023).language(lang).findings(List.of()).build().toHtml(result);
            assertNoNonNumbers(html);
            Document doc = parse(html);
            for (String item : List.of("N1_1", "N2")) {
                Element row = optionsRow(optionsTable(doc, item), "Xã Ít Phiếu");
                assertNotNull(row, item);
                assertEquals(2, cells(row), item);
                assertEquals(lang.equals("vi") ? "không công bố (n < 10)" : "suppressed (n < 10)", cell(row, 1));
                assertFalse(byId(doc, "chart-options-" + item).getTextContent().contains("Xã Ít Phiếu"), item);
            }
        }
    }

    // ---------------------------------------------------------------- rank sets

    /** The texts of the cells of a unit row. */
    static List<String> texts(Element row) {
        List<String> out = new ArrayList<>();
        NodeList tds = row.getElementsByTagNameNS(XHTML, "td");
        for (int i = 0; i < tds.getLength(); i++) {
            out.add(tds.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void rankSetsAreShownInTheRankingTableAChartAndWords() throws Exception {
        ScoreResult result = UncertaintyFixtures.withSets(UncertaintyFixtures.separated());
        String html = HtmlReport.builder(SURVEY).language("en").build().toHtml(result);
        assertNoNonNumbers(html);
        Document doc = parse(html);
        List<Element> rows = unitRows(doc);
        assertEquals(3, rows.size());
        for (int i = 0; i < 3; i++) {
            // rank, unit, forms, index, interval, rank set: the sets of UncertaintyFixtures.separated()
            assertEquals(Integer.toString(i + 1), texts(rows.get(i)).get(5));
        }
        Element chart = byId(doc, "chart-ranksets");
        assertNotNull(chart, "no chart of the rank sets");
        assertEquals("figure", chart.getLocalName());
        assertEquals("chart", chart.getAttribute("class"));
        Element svg = (Element) chart.getElementsByTagNameNS(SVG, "svg").item(0);
        assertNotNull(svg);
        assertTrue(svg.getElementsByTagNameNS(SVG, "title").item(0).getTextContent()
                .startsWith("95\u00a0% rank set of every unit"));
        assertTrue(svg.getElementsByTagNameNS(SVG, "desc").item(0).getTextContent().contains("3 units"));
        assertEquals(1, chart.getElementsByTagNameNS(XHTML, "figcaption").getLength());
        assertEquals(3, svg.getElementsByTagNameNS(SVG, "rect").getLength() - 1,
                "one bar per unit, and the stripe of every second row");
        assertTrue(html.contains("Statistically tied with the leader (" + UncertaintyFixtures.HIGH + "): "
                + UncertaintyFixtures.HIGH + "."), "the group in words");
        assertTrue(html.contains("Statistically tied with the laggard (" + UncertaintyFixtures.LOW + "): "
                + UncertaintyFixtures.LOW + "."));
        assertTrue(html.contains("href=\"#ranksets-section\""), "in the contents");
    }

    @Test
    void rankSetsAreInVietnameseByDefault() throws Exception {
        ScoreResult result = UncertaintyFixtures.withSets(UncertaintyFixtures.identical());
        String html = HtmlReport.builder(SURVEY).build().toHtml(result);
        Document doc = parse(html);
        for (Element row : unitRows(doc)) {
            assertEquals("1–3", texts(row).get(5), "identical units: the full range");
        }
        assertTrue(html.contains("Ngang nhau về mặt thống kê với đơn vị dẫn đầu"), "tied with the leader, in words");
        assertTrue(html.contains("Tập hạng 95\u00a0%"));
    }

    @Test
    void previousPeriodAndFayHerriotAddColumnsToTheRankingTable() throws Exception {
        ScoreResult result = UncertaintyFixtures.everything();
        for (String lang : List.of("vi", "en")) {
            String html = HtmlReport.builder(SURVEY).language(lang).build().toHtml(result);
            assertNoNonNumbers(html);
            Element middle = unitRows(parse(html)).get(1);
            List<String> cells = texts(middle);
            // rank, unit, forms, index, interval, rank set, Fay-Herriot, change, change range, index change, p
            assertEquals("2", cells.get(5));
            double eb = result.uncertainty().fayHerriot(UncertaintyFixtures.MIDDLE).orElseThrow().estimate();
            assertTrue(cells.get(6).startsWith(HtmlReportFormat.num(eb, 2, lang) + " ("), cells.get(6));
            assertEquals("=", cells.get(7));
            assertEquals("en".equals(lang) ? "[0, 0]" : "[0; 0]", cells.get(8));
            assertTrue(cells.get(9).startsWith("en".equals(lang) ? "+10.00 [" : "+10,00 ["), cells.get(9));
            assertTrue(html.contains("en".equals(lang) ? "Fay–Herriot estimate" : "Ước lượng Fay–Herriot"));
        }
    }

    @Test
    void aSuppressedUnitSpansTheRankSetColumnAndIsLeftOutOfTheChart() throws Exception {
        ScoreResult result = UncertaintyFixtures.withSets(UncertaintyFixtures.withSmallUnit());
        String html = HtmlReport.builder(SURVEY).language("en").build().toHtml(result);
        Document doc = parse(html);
        Element small = unitRows(doc).stream().filter(r -> r.getAttribute("data-unit")
                .equals(UncertaintyFixtures.SMALL)).findFirst().orElseThrow();
        Element cell = (Element) small.getElementsByTagNameNS(XHTML, "td").item(3);
        assertEquals("suppressed", cell.getAttribute("class"));
        assertEquals("3", cell.getAttribute("colspan"), "index, interval and rank set");
        Element chart = byId(doc, "chart-ranksets");
        NodeList groups = chart.getElementsByTagNameNS(SVG, "g");
        assertEquals(3, groups.getLength(), "a bar for each published unit only");
        assertFalse(chart.getTextContent().contains(UncertaintyFixtures.SMALL));
    }

    @Test
    void withoutRankSetsThePageHasNoRankSetSection() {
        String html = HtmlReport.builder(SURVEY).build().toHtml(UncertaintyFixtures.separated());
        assertFalse(html.contains("ranksets-section") || html.contains("chart-ranksets"));
    }

    @Test
    void anUncertaintyThatAsksNothingLeavesThePageAsItWas() {
        ScoreResult plain = laocai();
        ScoreResult empty = plain.withUncertainty(Uncertainty.builder());
        for (String lang : List.of("vi", "en")) {
            HtmlReport report = HtmlReport.builder(SURVEY).language(lang).build();
            assertEquals(report.toHtml(plain), report.toHtml(empty), "byte for byte");
        }
        assertEquals(ScoreJson.toString(plain), ScoreJson.toString(empty));
        assertEquals(ScoreCsvTest.text(plain), ScoreCsvTest.text(empty));
    }

    @Test
    void writesRankSetPagesForTheBrowserCheck() throws IOException {
        ScoreResult laocai = laocai();
        ScoreResult result = laocai.withUncertainty(Uncertainty.builder()
                .simultaneous(RankSetType.TWO_SIDED, RankSetOptions.defaults())
                .previous(laocai.estimates()).fayHerriot(FayHerriot.builder().build()));
        Files.createDirectories(OUT);
        for (String lang : List.of("vi", "en")) {
            Path file = OUT.resolve("sipas2017-laocai-ranksets-" + lang + ".html");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                HtmlReport.builder(SURVEY).language(lang).build().write(result, w);
            }
            assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("id=\"chart-ranksets\""));
        }
    }
}
