package io.github.sipas.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Aggregation;
import io.github.sipas.core.Answer;
import io.github.sipas.core.CsvResponseReader;
import io.github.sipas.core.Item;
import io.github.sipas.core.QualityFinding;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.Surveys;
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

/**
 * The HTML report: well-formed (parsed as XML by the JDK's parser), one ranking row per unit, every chart with its
 * title, description and caption, escaped text, labels in both languages, "–" for undefined figures and never NaN.
 * The pages of the Lào Cai fixture are also written to {@code target/html-report/} for the browser check
 * ({@code .ci/browser-check.sh}).
 */
class HtmlReportTest {

    static final Survey SURVEY = Surveys.bundled("sipas-2017");
    static final Path LAOCAI = Path.of("../core/src/test/resources/fixtures/sipas2017-laocai.csv");
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

    /** A form answering every criterion of sipas-2017 with the given answer per criterion index. */
    static Response form(String id, String unit, IntFunction<Answer> answer) {
        Response.Builder b = Response.builder(id).unit(unit);
        List<Item> criteria = SURVEY.criteria();
        for (int j = 0; j < criteria.size(); j++) {
            b.answer(criteria.get(j).id(), answer.apply(j));
        }
        return b.build();
    }

    static final String ODD_NAME = "Xã <b>Tả & \"Van\"</b> 'mới'";
    static final String ALL_DONT_KNOW = "Không biết";

    /** Three hand-made units: an ordinary one with an awkward name, one of a single form, one all don't-know. */
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
        return new ScoreResult(card, Ranking.of(card), rows.size() + 2, 2);
    }

    static void assertNoNonNumbers(String html) {
        assertFalse(html.contains("NaN"), "NaN in the page");
        assertFalse(html.contains("Infinity"), "Infinity in the page");
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
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", HtmlReportFormat.esc("<a href=\"x\">&'"));
        assertEquals("a\uFFFDb", HtmlReportFormat.esc("a\u0001b"));
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
}
