package io.github.sipas.scoring.format;

import static io.github.sipas.scoring.format.ScoreJsonTest.ALL_DONT_KNOW;
import static io.github.sipas.scoring.format.ScoreJsonTest.ONE_FORM;
import static io.github.sipas.scoring.format.ScoreJsonTest.SURVEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Answer;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.estimate.ElementScore;
import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.estimate.Grouping;
import io.github.sipas.scoring.uncertainty.IndexDifference;
import io.github.sipas.scoring.estimate.ItemScore;
import io.github.sipas.scoring.disclose.PersonalFieldsFixture;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.estimate.ScorerFixtureTest;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.scoring.uncertainty.Uncertainty;
import io.github.sipas.scoring.uncertainty.UncertaintyFixtures;
import io.github.sipas.scoring.estimate.UnitScore;
import io.github.sipas.scoring.estimate.Variant;
import io.github.sipas.scoring.estimate.VariantScore;

/**
 * The flat CSV of a scoring run: its header, one row per unit and index id, full-precision values that read back as
 * the scorecard's doubles, empty cells for undefined figures, rank columns on the overall row only, and quoting.
 * Inputs: core/src/test/resources/fixtures/sipas2017-laocai.csv and the hand-made units of
 * {@link ScoreJsonTest#edgeResponses()}.
 */
public class ScoreCsvTest {

    /** The columns that only the overall (SIPAS) row of the satisfaction index fills. */
    private static final List<String> RANK_COLUMNS = List.of("rank", "previous_rank", "rank_change", "tier", "flags");

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    public static String text(ScoreResult result) {
        StringBuilder sb = new StringBuilder();
        ScoreCsv.write(result, sb);
        return sb.toString();
    }

    static List<CSVRecord> records(String text) throws IOException {
        return records(text, ScoreCsv.HEADER);
    }

    /** The records of a table whose header must be the one given. */
    static List<CSVRecord> records(String text, List<String> header) throws IOException {
        try (CSVParser p = READ.parse(new StringReader(text))) {
            assertEquals(header, p.getHeaderNames());
            return p.getRecords();
        }
    }

    /** {@link ScoreCsv#HEADER} with {@code group_by} after {@code group}, as a grouping by an attribute writes it. */
    static List<String> groupedHeader(List<String> header) {
        List<String> h = new ArrayList<>(header);
        h.add(h.indexOf("group") + 1, ScoreCsv.GROUP_BY);
        return h;
    }

    /** The rows of one unit (by its unit column) and index. */
    private static Map<String, CSVRecord> rowsOf(List<CSVRecord> rows, String unit, String index) {
        Map<String, CSVRecord> m = new LinkedHashMap<>();
        for (CSVRecord r : rows) {
            if (r.get("unit").equals(unit) && r.get("index").equals(index)) {
                m.put(r.get("id"), r);
            }
        }
        return m;
    }

    /** A cell as written: empty when the double is undefined, else text that parses back to the same double. */
    private static void assertCell(double expected, CSVRecord row, String column, String where) {
        String cell = row.get(column);
        if (Double.isNaN(expected)) {
            assertEquals("", cell, where + " " + column);
        } else {
            assertEquals(expected, Double.parseDouble(cell), where + " " + column + " '" + cell + "'");
        }
    }

    private static void assertEstimate(Estimate e, CSVRecord row, String where) {
        assertCell(e.value(), row, "value", where);
        assertCell(e.se(), row, "se", where);
        assertCell(e.lower(), row, "lower", where);
        assertCell(e.upper(), row, "upper", where);
    }

    @Test
    void headerIsTheDocumentedHeader() throws IOException {
        String text = text(ScoreJsonTest.laocai());
        assertEquals(String.join(",", ScoreCsv.HEADER), text.lines().findFirst().orElseThrow());
        records(text);
        assertEquals(23, ScoreCsv.HEADER.size());
    }

    @Test
    void oneRowPerUnitForTheIndexEachElementAndEachCriterion() throws IOException {
        List<CSVRecord> rows = records(text(ScoreJsonTest.laocai()));
        // 9 units × (SIPAS + 5 elements + 22 criteria): sipas-2017, core/src/test/resources/fixtures/README.md
        assertEquals(9 * (1 + 5 + 22), rows.size());
        for (CSVRecord r : rows) {
            assertEquals("satisfaction", r.get("index"));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-1+2", "@SUM(A1)"})
    void textCellsThatASpreadsheetWouldRunAsFormulasAreNeutralized(String name) throws IOException {
        List<Response> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(ScoreJsonTest.form("R" + i, name, j -> Answer.point(4)));
        }
        Scorecard card = Scorer.of(io.github.sipas.core.instrument.Surveys.bundled("sipas-2017")).score(rows);
        ScoreResult result = new ScoreResult(card, Ranking.of(card), 3, 0, Map.of(name, name), Disclosure.none());
        List<CSVRecord> records = records(text(result));
        for (CSVRecord r : records) {
            assertEquals("'" + name, r.get("unit"), r.toString());
            assertEquals("'" + name, r.get("name"), r.toString());
        }
        // numbers keep their sign: a value is never prefixed
        assertEquals("100", records.get(0).get("value"));
    }

    @Test
    void cellsBeginningWithTabOrCarriageReturnAreNeutralizedAndOthersKept() {
        // unit names are trimmed when read, so these reach the writer only through other text cells
        assertEquals("'\tx", ScoreCsv.text("\tx"));
        assertEquals("'\rx", ScoreCsv.text("\rx"));
        assertEquals("Sa Pa", ScoreCsv.text("Sa Pa"));
        assertEquals("", ScoreCsv.text(""));
        assertEquals("x=1", ScoreCsv.text("x=1"));
    }

    @Test
    void byteOrderMarkIsWrittenOnRequestOnly() {
        ScoreResult result = ScoreJsonTest.laocai();
        StringBuilder with = new StringBuilder();
        ScoreCsv.write(result, with, true);
        StringBuilder without = new StringBuilder();
        ScoreCsv.write(result, without);
        assertEquals('\uFEFF', with.charAt(0));
        assertEquals(without.toString(), with.substring(1));
        assertEquals('u', without.charAt(0));
    }

    @Test
    void variantRowsFollowWhenVariantsWereComputed() throws IOException {
        ScoreResult result = ScoreJsonTest.laocai(EnumSet.allOf(Variant.class));
        List<CSVRecord> rows = records(text(result));
        // per unit: satisfaction 28 rows, mean-score 28, very-satisfied 28, all-satisfied 1 (overall only)
        assertEquals(9 * (28 + 28 + 28 + 1), rows.size());
        for (UnitScore u : result.scorecard().units()) {
            for (VariantScore v : u.variants()) {
                Map<String, CSVRecord> vr = rowsOf(rows, u.unit(), ScoreJson.name(v.variant()));
                assertEquals(1 + v.elements().size() + v.items().size(), vr.size(), u.label() + " " + v.variant());
                assertEstimate(v.index(), vr.get("SIPAS"), u.label() + " " + v.variant());
                v.elements().forEach((id, e) -> assertEstimate(e, vr.get(id), u.label() + " " + v.variant() + id));
                v.items().forEach((id, e) -> assertEstimate(e, vr.get(id), u.label() + " " + v.variant() + id));
                for (CSVRecord r : vr.values()) {
                    for (String c : RANK_COLUMNS) {
                        assertEquals("", r.get(c), "variant rows carry no rank: " + r);
                    }
                }
            }
        }
        assertEquals(1, rowsOf(rows, "Bắc Hà", "all-satisfied").size());
    }

    @Test
    void valuesReadBackAsTheExactDoublesOfTheScorecard() throws IOException {
        ScoreResult result = ScoreJsonTest.laocai();
        List<CSVRecord> rows = records(text(result));
        int checked = 0;
        for (UnitScore u : result.scorecard().units()) {
            Map<String, CSVRecord> m = rowsOf(rows, u.unit(), "satisfaction");
            assertEquals(28, m.size(), u.label());
            CSVRecord overall = m.get("SIPAS");
            assertEstimate(u.index(), overall, u.label());
            assertEquals(Long.toString(u.respondents()), overall.get("respondents"));
            for (ElementScore e : u.elements()) {
                CSVRecord r = m.get(e.id());
                assertEstimate(e.estimate(), r, u.label() + " " + e.id());
                assertCell(e.alpha(), r, "alpha", u.label() + " " + e.id());
                for (String c : List.of("valid", "satisfied", "mean", "sd", "median")) {
                    assertEquals("", r.get(c), "element rows: " + c);
                }
                checked++;
            }
            for (ItemScore i : u.items()) {
                CSVRecord r = m.get(i.id());
                String w = u.label() + " " + i.id();
                assertEstimate(i.estimate(), r, w);
                assertEquals(i.valid(), Long.parseLong(r.get("valid")), w);
                assertEquals(i.satisfied(), Long.parseLong(r.get("satisfied")), w);
                assertCell(i.mean(), r, "mean", w);
                assertCell(i.sd(), r, "sd", w);
                assertCell(i.median(), r, "median", w);
                assertEquals("", r.get("alpha"), w);
                checked++;
            }
            checked++;
        }
        assertEquals(9 * 28, checked);
    }

    @Test
    void figuresAgreeWithTheReferenceForOneUnit() throws IOException {
        // R 4.2.2, survey 4.1-1, psych 2.2.9: scoring/src/test/resources/fixtures/sipas2017-laocai.expected.csv
        List<CSVRecord> rows = records(text(ScoreJsonTest.laocai()));
        Map<String, CSVRecord> ours = rowsOf(rows, "Bát Xát", "satisfaction");
        int checked = 0;
        for (CSVRecord ref : ScorerFixtureTest.expected("sipas2017-laocai")) {
            if (!ref.get("unit").equals("Bát Xát")) {
                continue;
            }
            String id = ref.get("id");
            CSVRecord r = ours.get(id);
            String where = "CSV Bát Xát " + id;
            ScorerFixtureTest.check(ref, "value", Double.parseDouble(r.get("value")), where);
            ScorerFixtureTest.check(ref, "se", Double.parseDouble(r.get("se")), where);
            boolean item = id.length() == 2;
            String method = item ? "wilson" : "wald";
            ScorerFixtureTest.check(ref, method + "_lower", Double.parseDouble(r.get("lower")), where);
            ScorerFixtureTest.check(ref, method + "_upper", Double.parseDouble(r.get("upper")), where);
            if (item) {
                assertEquals(ref.get("valid"), r.get("valid"), where);
                assertEquals(ref.get("satisfied"), r.get("satisfied"), where);
                ScorerFixtureTest.check(ref, "mean", Double.parseDouble(r.get("mean")), where);
                ScorerFixtureTest.check(ref, "sd", Double.parseDouble(r.get("sd")), where);
            } else if (id.length() == 1) {
                ScorerFixtureTest.check(ref, "alpha", Double.parseDouble(r.get("alpha")), where);
            } else {
                assertEquals(ref.get("rank"), r.get("rank"), where);
            }
            checked++;
        }
        assertEquals(28, checked);
    }

    @Test
    void undefinedFiguresAreEmptyCells() throws IOException {
        ScoreResult result = ScoreJsonTest.edgeCases(EnumSet.allOf(Variant.class));
        String text = text(result);
        assertTrue(!text.contains("NaN") && !text.contains("Infinity"), text);
        List<CSVRecord> rows = records(text);
        Map<String, CSVRecord> dk = rowsOf(rows, ALL_DONT_KNOW, "satisfaction");
        for (String c : List.of("value", "se", "lower", "upper", "rank", "tier")) {
            assertEquals("", dk.get("SIPAS").get(c), c);
        }
        assertEquals("3", dk.get("SIPAS").get("respondents"));
        CSVRecord a1 = dk.get("A1");
        for (String c : List.of("value", "se", "lower", "upper", "mean", "sd", "median")) {
            assertEquals("", a1.get(c), c);
        }
        assertEquals("0", a1.get("valid"));
        assertEquals("0", a1.get("satisfied"));
        Map<String, CSVRecord> one = rowsOf(rows, ONE_FORM, "satisfaction");
        assertEquals("", one.get("SIPAS").get("se"));
        assertEquals("", one.get("A").get("alpha"));
        assertEquals("", one.get("A1").get("sd"));
        assertEquals(result.unit(ONE_FORM).index().value(), Double.parseDouble(one.get("SIPAS").get("value")));
    }

    @Test
    void rankColumnsAreFilledOnTheOverallRowOnly() throws IOException {
        ScoreResult base = ScoreJsonTest.edgeCases();
        Ranking ranking = base.ranking().withPrevious(Map.of(ScoreJsonTest.ORDINARY, 2));
        ScoreResult result = new ScoreResult(base.scorecard(), ranking, base.rowsRead(), base.rejected(), Map.of(),
                base.disclosure());
        List<CSVRecord> rows = records(text(result));
        for (CSVRecord r : rows) {
            boolean overall = r.get("id").equals("SIPAS") && r.get("index").equals("satisfaction");
            if (!overall) {
                for (String c : RANK_COLUMNS) {
                    assertEquals("", r.get(c), c + " of " + r);
                }
            }
        }
        RankedUnit ordinary = ranking.unit(ScoreJsonTest.ORDINARY).orElseThrow();
        CSVRecord o = rowsOf(rows, ScoreJsonTest.ORDINARY, "satisfaction").get("SIPAS");
        assertEquals(ordinary.rank().toString(), o.get("rank"));
        assertEquals("2", o.get("previous_rank"));
        assertEquals(Integer.toString(2 - ordinary.rank()), o.get("rank_change"));
        assertEquals(ScoreJson.name(ordinary.tier()), o.get("tier"));
        assertEquals("", o.get("flags"), "40 forms: not flagged");
        CSVRecord one = rowsOf(rows, ONE_FORM, "satisfaction").get("SIPAS");
        assertEquals("few-respondents", one.get("flags"));
        assertEquals("", one.get("previous_rank"));
        assertEquals("", one.get("rank_change"));
        CSVRecord dk = rowsOf(rows, ALL_DONT_KNOW, "satisfaction").get("SIPAS");
        assertEquals("", dk.get("rank"));
        assertEquals("few-respondents", dk.get("flags"));
    }

    @Test
    void unitsAreInRankingOrder() throws IOException {
        ScoreResult result = ScoreJsonTest.edgeCases();
        List<CSVRecord> rows = records(text(result));
        List<String> order = new ArrayList<>();
        for (CSVRecord r : rows) {
            if (order.isEmpty() || !order.get(order.size() - 1).equals(r.get("unit"))) {
                order.add(r.get("unit"));
            }
        }
        assertEquals(result.ranking().units().stream().map(RankedUnit::label).toList(), order);
        assertEquals(ALL_DONT_KNOW, order.get(order.size() - 1), "the unranked unit comes last");
    }

    @Test
    void unitNameWithACommaOrAQuoteIsQuoted() throws IOException {
        String awkward = "Xã \"Mới\", cũ";
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int k = i;
            rows.add(ScoreJsonTest.form("q" + i, awkward, j -> Answer.point(1 + (k + j) % 5)));
        }
        Scorecard card = Scorer.of(SURVEY).score(rows);
        ScoreResult result = new ScoreResult(card, Ranking.of(card), 3, 0, Map.of(awkward, "Name; with \"both\", too"),
                Disclosure.none());
        String text = text(result);
        assertTrue(text.contains("\"Xã \"\"Mới\"\", cũ\""), text);
        List<CSVRecord> parsed = records(text);
        assertEquals(28, parsed.size());
        for (CSVRecord r : parsed) {
            assertEquals(ScoreCsv.HEADER.size(), r.size(), r.toString());
            assertEquals(awkward, r.get("unit"));
            assertEquals("Name; with \"both\", too", r.get("name"));
        }
    }

    @Test
    void nameColumnIsTheUnitListNameOrTheUnitAsWritten() throws IOException {
        ScoreResult base = ScoreJsonTest.laocai();
        ScoreResult named = new ScoreResult(base.scorecard(), base.ranking(), base.rowsRead(), base.rejected(),
                Map.of("Bắc Hà", "Huyện Bắc Hà"));
        List<CSVRecord> rows = records(text(named));
        for (CSVRecord r : rows) {
            assertEquals(r.get("unit").equals("Bắc Hà") ? "Huyện Bắc Hà" : r.get("unit"), r.get("name"));
            assertEquals("", r.get("group"));
        }
    }

    @Test
    void withoutByUnitIsTheUnitGroupIsEmptyAndThereIsNoGroupByColumn() throws IOException {
        ScoreResult result = ScoreJsonTest.groupedSix(Grouping.BY_UNIT);
        List<CSVRecord> csv = records(text(result));
        assertEquals(2 * 28, csv.size());
        for (CSVRecord r : csv) {
            assertTrue(Set.of("Bát Xát", "Sa Pa").contains(r.get("unit")), r.toString());
            assertEquals(r.get("unit"), r.get("name"));
            assertEquals("", r.get("group"));
        }
        assertEquals(ScoreCsv.WIDE_HEADER, ScoreCsv.wideHeader(result).subList(0, ScoreCsv.WIDE_HEADER.size()));
    }

    @Test
    void byAnAttributeAloneUnitAndNameAreTheGroupsValueAndGroupByNamesTheAttribute() throws IOException {
        ScoreResult result = ScoreJsonTest.groupedSix(Grouping.byAttribute("gender"));
        List<CSVRecord> csv = records(text(result), groupedHeader(ScoreCsv.HEADER));
        assertEquals(2 * 28, csv.size());
        for (CSVRecord r : csv) {
            assertTrue(Set.of("Nam", "Nữ").contains(r.get("unit")), r.toString());
            assertEquals(r.get("unit"), r.get("name"));
            assertEquals(r.get("unit"), r.get("group"));
            assertEquals("gender", r.get("group_by"));
        }
    }

    @Test
    void byUnitAndAnAttributeUnitIsTheUnitGroupTheValueAndGroupByTheAttribute() throws IOException {
        ScoreResult result = ScoreJsonTest.groupedSix(Grouping.byUnitAnd("gender"));
        List<CSVRecord> csv = records(text(result), groupedHeader(ScoreCsv.HEADER));
        assertEquals(4 * 28, csv.size());
        for (CSVRecord r : csv) {
            assertTrue(Set.of("Bát Xát", "Sa Pa").contains(r.get("unit")), r.toString());
            assertEquals(r.get("unit"), r.get("name"));
            assertTrue(Set.of("Nam", "Nữ").contains(r.get("group")), r.toString());
            assertEquals("gender", r.get("group_by"));
        }
    }

    @Test
    void theWideAndExcelTablesNameGroupsByTheSameRule() throws IOException {
        for (Grouping g : List.of(Grouping.byAttribute("gender"), Grouping.byUnitAnd("gender"))) {
            ScoreResult result = ScoreJsonTest.groupedSix(g);
            List<String> header = groupedHeader(ScoreCsv.WIDE_HEADER);
            header.addAll(ScoreCsv.wideHeader(result).subList(header.size(), ScoreCsv.wideHeader(result).size()));
            assertEquals(header, ScoreCsv.wideHeader(result));
            StringBuilder wide = new StringBuilder();
            ScoreCsv.writeWide(result, wide, ScoreCsv.Dialect.STANDARD);
            List<CSVRecord> rows = records(wide.toString(), header);
            assertEquals(result.scorecard().units().size(), rows.size());
            for (CSVRecord r : rows) {
                UnitScore u = result.unit(g.byUnit() ? r.get("unit") + " / " + r.get("group") : r.get("group"));
                assertEquals(u.unit() == null ? u.group() : u.unit(), r.get("unit"));
                assertEquals("gender", r.get("group_by"));
            }
            StringBuilder excel = new StringBuilder();
            ScoreCsv.write(result, excel, ScoreCsv.Dialect.EXCEL);
            String first = excel.toString().lines().skip(1).findFirst().orElseThrow();
            CSVRecord r = rows.get(0);
            assertTrue(first.startsWith(r.get("unit") + ";" + r.get("name") + ";" + r.get("group") + ";gender;"
                    + "satisfaction;SIPAS;"), first);
        }
    }

    @Test
    void theOverallRowOfACustomInstrumentWithoutIndexIdIsIndexAndWithOneItsId() throws IOException {
        Survey custom = ScoreJsonTest.custom();
        for (Survey s : List.of(custom, custom.toBuilder().indexId("CSI").build())) {
            ScoreResult result = ScoreJsonTest.customResult(s);
            List<CSVRecord> rows = records(text(result));
            // 2 units × (overall + 2 elements + 3 criteria)
            assertEquals(2 * 6, rows.size());
            List<String> ids = rows.stream().filter(r -> r.get("unit").equals("Trạm A")).map(r -> r.get("id"))
                    .toList();
            assertEquals(List.of(s == custom ? "index" : "CSI", "P", "S", "P1", "P2", "S1"), ids);
            assertTrue(rows.stream().noneMatch(r -> r.get("id").equals("SIPAS")));
        }
    }

    @Test
    void writeFailureIsAnUncheckedIoException() {
        Appendable broken = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThrows(UncheckedIOException.class, () -> ScoreCsv.write(ScoreJsonTest.edgeCases(), broken));
    }

    // ---------------------------------------------------------------- disclosure (PersonalFieldsFixture)

    /** The columns that hold a figure of the cell. */
    private static final List<String> FIGURES = List.of("valid", "satisfied", "value", "se", "lower", "upper", "mean",
            "sd", "median", "alpha", "rank", "rank_change", "tier");

    @Test
    void aSuppressedUnitHasOneRowWithEmptyFiguresAndStatusSuppressed() throws IOException {
        List<CSVRecord> rows = records(text(PersonalFieldsFixture.result(false, Disclosure.defaults())));
        List<CSVRecord> small = rows.stream().filter(r -> r.get("unit").equals(PersonalFieldsFixture.SMALL_UNIT))
                .toList();
        assertEquals(1, small.size(), "no element, criterion or variant rows");
        CSVRecord r = small.get(0);
        assertEquals("suppressed", r.get("status"));
        assertEquals("satisfaction", r.get("index"));
        assertEquals("SIPAS", r.get("id"));
        assertEquals("5", r.get("respondents"));
        assertEquals("few-respondents", r.get("flags"), "5 < 30");
        assertEquals("suppressed: 5 respondents, fewer than the 10 needed to publish a figure", r.get("reason"));
        for (String c : FIGURES) {
            assertEquals("", r.get(c), c);
        }
        // The other three units: 1 + 5 + 22 rows each, all published.
        List<CSVRecord> published = rows.stream().filter(x -> !x.get("unit").equals(PersonalFieldsFixture.SMALL_UNIT))
                .toList();
        assertEquals(3 * 28, published.size());
        for (CSVRecord x : published) {
            assertEquals("published", x.get("status"), x.toString());
            assertEquals(ScoreCsv.HEADER.size(), x.size());
        }
    }

    @Test
    void theStatusIsTheLastColumnAndSaysPublishedWhenNothingIsSuppressed() throws IOException {
        assertEquals("status", ScoreCsv.HEADER.get(ScoreCsv.HEADER.size() - 1));
        for (CSVRecord r : records(text(ScoreJsonTest.laocai()))) {
            assertEquals("published", r.get("status"));
        }
    }

    @Test
    void byUnitAndGenderTheComplementIsSuppressedToo() throws IOException {
        List<CSVRecord> rows = records(text(PersonalFieldsFixture.result(true, Disclosure.defaults())),
                groupedHeader(ScoreCsv.HEADER));
        // Six cells suppressed (see PersonalFieldsFixture), one row each; Bảo Yên's two cells of 15 with 28 rows each.
        List<CSVRecord> suppressed = rows.stream().filter(r -> r.get("status").equals("suppressed")).toList();
        assertEquals(6, suppressed.size());
        assertEquals(6 + 2 * 28, rows.size());
        CSVRecord complement = suppressed.stream().filter(r -> r.get("unit").equals("Bắc Hà")
                && r.get("group").equals("Nam")).findFirst().orElseThrow();
        assertEquals("20", complement.get("respondents"));
        assertTrue(complement.get("reason").contains("complementary"), complement.get("reason"));
        assertEquals("", complement.get("value"));
    }

    @Test
    void noPersonalValueIsWritten() {
        for (boolean byGender : List.of(false, true)) {
            PersonalFieldsFixture.assertNoPersonalValue(text(PersonalFieldsFixture.result(byGender,
                    Disclosure.defaults())));
            PersonalFieldsFixture.assertNoPersonalValue(text(PersonalFieldsFixture.result(byGender,
                    Disclosure.none())));
        }
    }

    @Test
    void withoutUncertaintyTheHeaderIsUnchanged() {
        assertEquals(ScoreCsv.HEADER, ScoreCsv.header(UncertaintyFixtures.separated()));
    }

    @Test
    void rankSetChangeAndFayHerriotColumnsFollowStatusOnTheOverallRowOnly() throws IOException {
        ScoreResult result = UncertaintyFixtures.everything();
        List<String> expected = new ArrayList<>(ScoreCsv.HEADER);
        expected.addAll(ScoreCsv.RANK_SET_COLUMNS);
        expected.addAll(ScoreCsv.CHANGE_COLUMNS);
        expected.addAll(ScoreCsv.FAY_HERRIOT_COLUMNS);
        assertEquals(expected, ScoreCsv.header(result));
        List<CSVRecord> rows;
        try (CSVParser p = READ.parse(new StringReader(text(result)))) {
            assertEquals(expected, p.getHeaderNames());
            rows = p.getRecords();
        }
        Uncertainty u = result.uncertainty();
        for (CSVRecord r : rows) {
            assertEquals(expected.size(), r.size(), "every row is as wide as the header");
            boolean overall = r.get("index").equals("satisfaction") && r.get("id").equals("SIPAS");
            String unit = r.get("unit");
            if (!overall) {
                for (String c : List.of("rank_lower", "rank_change_upper", "index_change_p", "fh_estimate")) {
                    assertEquals("", r.get(c), c);
                }
                continue;
            }
            // separated units: the set is the rank itself (UncertaintyFixtures)
            assertEquals(r.get("rank"), r.get("rank_lower"));
            assertEquals(r.get("rank"), r.get("rank_upper"));
            assertEquals("0", r.get("rank_change_lower"));
            IndexDifference d = u.indexChange(unit).orElseThrow();
            assertEquals(d.difference(), Double.parseDouble(r.get("index_change")), 0.0, "full precision");
            assertEquals(d.pValue(), Double.parseDouble(r.get("index_change_p")), 0.0);
            assertEquals(Boolean.toString(d.isSignificant()), r.get("index_change_significant"));
            assertEquals(u.fayHerriot(unit).orElseThrow().estimate(), Double.parseDouble(r.get("fh_estimate")), 0.0);
        }
    }

    @Test
    void aSuppressedUnitHasEveryNewCellEmpty() throws IOException {
        ScoreResult result = UncertaintyFixtures.withSets(UncertaintyFixtures.withSmallUnit());
        try (CSVParser p = READ.parse(new StringReader(text(result)))) {
            for (CSVRecord r : p.getRecords()) {
                if (r.get("unit").equals(UncertaintyFixtures.SMALL)) {
                    assertEquals("suppressed", r.get("status"));
                    assertEquals("", r.get("rank_lower"));
                    assertEquals("", r.get("rank_upper"));
                }
            }
        }
    }

    /** The long and wide tables in both dialects, held to golden files written with -Dsipas.golden.update=true. */
    private static final java.nio.file.Path GOLDEN = java.nio.file.Path.of("src/test/resources/golden");

    private static String text(ScoreResult result, ScoreCsv.Dialect dialect, boolean wide) {
        StringBuilder sb = new StringBuilder();
        if (wide) {
            ScoreCsv.writeWide(result, sb, dialect);
        } else {
            ScoreCsv.write(result, sb, dialect);
        }
        return sb.toString();
    }

    private static void golden(String name, String text) throws IOException {
        io.github.sipas.scoring.Golden.assertFile(GOLDEN.resolve(name),
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.file.Path.of("target/golden-actual"));
    }

    @Test
    void excelDialectHasAByteOrderMarkSemicolonsAndDecimalCommasAndTheSameFigures() throws IOException {
        ScoreResult result = ScoreJsonTest.laocai();
        String excel = text(result, ScoreCsv.Dialect.EXCEL, false);
        assertTrue(excel.startsWith("\uFEFFunit;name;group;index;id;"), excel.substring(0, 40));
        golden("laocai.excel.csv", excel);
        CSVFormat f = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        List<CSVRecord> standard = records(text(result));
        try (CSVParser p = f.parse(new StringReader(excel.substring(1)))) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals(standard.size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                for (String c : List.of("value", "se", "lower", "upper", "alpha", "mean", "sd")) {
                    assertEquals(standard.get(i).get(c), rows.get(i).get(c).replace(',', '.'), c);
                    assertTrue(!rows.get(i).get(c).contains("."), "decimal comma in " + c);
                }
            }
        }
    }

    @Test
    void wideTableHasOneRowPerUnitAndAColumnPerElementAndCriterion() throws IOException {
        ScoreResult result = ScoreJsonTest.laocai();
        String wide = text(result, ScoreCsv.Dialect.STANDARD, true);
        golden("laocai.wide.csv", wide);
        List<String> header = ScoreCsv.wideHeader(result);
        assertEquals(ScoreCsv.WIDE_HEADER.size() + SURVEY.elements().size() + SURVEY.criteria().size(),
                header.size());
        CSVFormat f = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = f.parse(new StringReader(wide))) {
            assertEquals(header, p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(result.ranking().units().size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                UnitScore u = result.unit(result.ranking().units().get(i).label());
                CSVRecord r = rows.get(i);
                assertEquals(u.index().value(), Double.parseDouble(r.get("index")), 0.0, "full precision");
                for (ElementScore e : u.elements()) {
                    assertEquals(e.estimate().value(), Double.parseDouble(r.get(e.id())), 0.0, e.id());
                }
                for (ItemScore it : u.items()) {
                    assertEquals(ScoreCsv.num(it.estimate().value()), r.get(it.id()), it.id());
                }
            }
        }
        golden("laocai.wide.excel.csv", text(result, ScoreCsv.Dialect.EXCEL, true));
    }

    @Test
    void wideTableOfSuppressedCellsKeepsLabelFormsAndReasonOnly() throws IOException {
        ScoreResult result = UncertaintyFixtures.withSets(UncertaintyFixtures.withSmallUnit());
        CSVFormat f = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        int seen = 0;
        try (CSVParser p = f.parse(new StringReader(text(result, ScoreCsv.Dialect.STANDARD, true)))) {
            List<String> header = p.getHeaderNames();
            assertEquals(ScoreCsv.wideHeader(result), header);
            for (CSVRecord r : p.getRecords()) {
                assertEquals(header.size(), r.size());
                if (!r.get("unit").equals(UncertaintyFixtures.SMALL)) {
                    continue;
                }
                seen++;
                assertEquals("suppressed", r.get("status"));
                assertTrue(r.get("reason").startsWith("suppressed"), r.get("reason"));
                for (int c = header.indexOf("index"); c < header.size(); c++) {
                    if (!List.of("previous_rank", "flags", "reason", "status").contains(header.get(c))) {
                        assertEquals("", r.get(c), header.get(c));
                    }
                }
            }
        }
        assertEquals(1, seen);
    }

    @Test
    void wideTableWithRankSetsHasTheirColumnsBeforeTheElements() {
        ScoreResult result = UncertaintyFixtures.withSets(UncertaintyFixtures.withSmallUnit());
        List<String> header = ScoreCsv.wideHeader(result);
        int status = header.indexOf("status");
        assertEquals("rank_lower", header.get(status + 1));
        assertEquals("rank_upper", header.get(status + 2));
    }
}
