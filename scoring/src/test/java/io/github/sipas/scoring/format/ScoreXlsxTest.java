package io.github.sipas.scoring.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.scoring.Golden;
import io.github.sipas.scoring.ResponseSource;
import io.github.sipas.scoring.ScoreRun;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.estimate.ElementScore;
import io.github.sipas.scoring.estimate.Grouping;
import io.github.sipas.scoring.estimate.ItemScore;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.estimate.UnitScore;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.uncertainty.FayHerriot;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import io.github.sipas.scoring.uncertainty.RankSetType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The workbook of {@code sipas score --format xlsx}, read back with POI: numeric cells with their number formats and
 * the result's doubles, headings in the workbook's language, suppressed units without figures, and a text dump of
 * every sheet held to golden files (scoring/src/test/resources/golden/*.xlsx.txt, written by this test with
 * {@code -Dsipas.golden.update=true}). Inputs: core's fixtures sipas2017-laocai.csv (previous period
 * sipas2017-laocai-weighted.csv) and sipas2017-bad-rows.csv, as in golden/README.md.
 */
class ScoreXlsxTest {

    static final Survey SURVEY = Surveys.bundled("sipas-2017");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path ACTUAL = Path.of("target/golden-actual");

    static ScoreResult laocai() {
        return ScoreRun.builder(SURVEY).responses(ResponseSource.of(Golden.LAOCAI)).build().run().result();
    }

    static ScoreResult rankSets() {
        return ScoreRun.builder(SURVEY).responses(ResponseSource.of(Golden.LAOCAI))
                .rankSets(RankSetType.TWO_SIDED, RankSetOptions.defaults()).previous(Golden.LAOCAI_WEIGHTED)
                .fayHerriot(FayHerriot.builder().build()).build().run().result();
    }

    static ScoreResult byGender() {
        return ScoreRun.builder(Scorer.builder(SURVEY).grouping(Grouping.byUnitAnd("gender")).build())
                .responses(ResponseSource.of(Golden.BAD_ROWS)).disclosure(Disclosure.of(5)).build().run().result();
    }

    static byte[] bytes(ScoreResult result, String language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreXlsx.write(result, SURVEY, language, out);
        return out.toByteArray();
    }

    static Workbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The headings of a sheet's first row. */
    private static List<String> header(Sheet s) {
        List<String> h = new ArrayList<>();
        s.getRow(0).forEach(c -> h.add(c.getStringCellValue()));
        return h;
    }

    private static int column(Sheet s, String heading) {
        int i = header(s).indexOf(heading);
        assertTrue(i >= 0, () -> heading + " not in " + header(s));
        return i;
    }

    /** Every sheet as text: its name, then each row's cells as COLUMN=TYPE:VALUE [FORMAT]. */
    static String dump(Workbook wb) {
        StringBuilder b = new StringBuilder();
        for (Sheet s : wb) {
            b.append("## ").append(s.getSheetName()).append('\n');
            for (Row r : s) {
                b.append(r.getRowNum() + 1).append(':');
                for (Cell c : r) {
                    b.append(' ').append(c.getAddress().formatAsString().replaceAll("[0-9]", "")).append('=');
                    switch (c.getCellType()) {
                        case NUMERIC -> b.append("n:").append(c.getNumericCellValue()).append(" [")
                                .append(c.getCellStyle().getDataFormatString()).append(']');
                        case STRING -> b.append("s:").append(c.getStringCellValue().replace("\n", "\\n"));
                        default -> b.append(c.getCellType());
                    }
                    b.append(" |");
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static void golden(String name, byte[] bytes) throws IOException {
        try (Workbook wb = read(bytes)) {
            Golden.assertFile(GOLDEN.resolve(name), dump(wb).getBytes(StandardCharsets.UTF_8), ACTUAL);
        }
    }

    @Test
    void theWorkbookHasTheRankingElementsCriteriaAndMethodSheets() throws IOException {
        try (Workbook wb = read(bytes(laocai(), "en"))) {
            assertEquals(List.of("Ranking", "Elements", "Criteria", "Method"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            assertEquals(List.of("Rank", "Unit", "Forms", "Index (%)", "Standard error", "95 % lower",
                    "95 % upper", "Tier", "Notes"), header(wb.getSheet("Ranking")));
            assertEquals(1, wb.getSheet("Ranking").getPaneInformation().getHorizontalSplitPosition(),
                    "the header row is frozen");
        }
    }

    @Test
    void theMethodSheetNamesTheReverseKeyedCriteria() throws IOException {
        io.github.sipas.core.Survey scales = io.github.sipas.core.instrument.SurveyJson.read(
                java.nio.file.Path.of("src/test/resources/scales/scales.json"));
        String reversed = scales.criteria().stream().filter(io.github.sipas.core.Item::reverse)
                .map(io.github.sipas.core.Item::id).collect(java.util.stream.Collectors.joining(", "));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ScoreXlsx.write(ScoreJsonTest.unkeyedScales(), scales, "en", out);
        try (Workbook wb = read(out.toByteArray())) {
            String dump = dump(wb);
            assertTrue(dump.contains("Reverse-keyed criteria (scored on mirrored codes)") && dump.contains(reversed),
                    dump);
        }
        try (Workbook wb = read(bytes(laocai(), "en"))) {
            assertFalse(dump(wb).contains("Reverse-keyed"), "the bundled instrument has none");
        }
    }

    @Test
    void rankingNumbersAreNumericCellsWithTheResultsFiguresAndFormats() throws IOException {
        ScoreResult result = laocai();
        try (Workbook wb = read(bytes(result, "en"))) {
            Sheet s = wb.getSheet("Ranking");
            List<RankedUnit> units = result.ranking().units();
            assertEquals(units.size() + 1, s.getPhysicalNumberOfRows());
            for (int i = 0; i < units.size(); i++) {
                RankedUnit r = units.get(i);
                UnitScore u = result.unit(r.label());
                Row row = s.getRow(i + 1);
                assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
                assertEquals(r.rank().doubleValue(), row.getCell(0).getNumericCellValue());
                assertEquals("0", row.getCell(0).getCellStyle().getDataFormatString());
                assertEquals(result.nameOf(u.unit()), row.getCell(1).getStringCellValue());
                assertEquals(r.respondents(), row.getCell(2).getNumericCellValue());
                Cell index = row.getCell(3);
                assertEquals(CellType.NUMERIC, index.getCellType());
                assertEquals("0.00", index.getCellStyle().getDataFormatString());
                assertEquals(r.rounded().doubleValue(), index.getNumericCellValue(), 1e-9, "the index as ranked");
                assertEquals(u.index().value(), index.getNumericCellValue(), 0.005 + 1e-9, "rounded to 2 decimals");
                assertEquals(u.index().se(), row.getCell(4).getNumericCellValue(), 1e-9);
                assertEquals(u.index().lower(), row.getCell(5).getNumericCellValue(), 1e-9);
                assertEquals(u.index().upper(), row.getCell(6).getNumericCellValue(), 1e-9);
                assertEquals("0.00", row.getCell(6).getCellStyle().getDataFormatString());
            }
        }
    }

    @Test
    void elementAndCriterionSheetsHoldEachUnitsFiguresAtFullPrecision() throws IOException {
        ScoreResult result = laocai();
        try (Workbook wb = read(bytes(result, "en"))) {
            Sheet el = wb.getSheet("Elements");
            Sheet cr = wb.getSheet("Criteria");
            List<RankedUnit> units = result.ranking().units();
            for (int i = 0; i < units.size(); i++) {
                UnitScore u = result.unit(units.get(i).label());
                assertEquals(u.unit(), el.getRow(i + 1).getCell(0).getStringCellValue());
                for (ElementScore e : u.elements()) {
                    Cell c = el.getRow(i + 1).getCell(column(el, e.id()));
                    assertEquals(CellType.NUMERIC, c.getCellType());
                    assertEquals(e.estimate().value(), c.getNumericCellValue(), 1e-9);
                    assertEquals("0.00", c.getCellStyle().getDataFormatString());
                }
                for (ItemScore it : u.items()) {
                    Cell c = cr.getRow(i + 1).getCell(column(cr, it.id()));
                    if (Double.isFinite(it.estimate().value())) {
                        assertEquals(it.estimate().value(), c.getNumericCellValue(), 1e-9);
                    } else {
                        assertNull(c, "an undefined figure is an empty cell");
                    }
                }
            }
            assertEquals(SURVEY.criteria().size() + 4, header(cr).size(), "unit id, name, forms, criteria, notes");
        }
    }

    @Test
    void vietnameseWorkbookHasVietnameseSheetsHeadingsAndTiers() throws IOException {
        try (Workbook wb = read(bytes(laocai(), "vi"))) {
            Sheet s = wb.getSheet("Xếp hạng");
            assertEquals(List.of("Hạng", "Đơn vị", "Số phiếu", "Chỉ số (%)", "Sai số chuẩn", "Cận dưới 95 %",
                    "Cận trên 95 %", "Nhóm", "Ghi chú"), header(s));
            assertEquals("Cao", s.getRow(1).getCell(7).getStringCellValue(), "the leader is in the top tier");
            assertTrue(wb.getSheet("Chỉ số thành phần") != null && wb.getSheet("Tiêu chí") != null
                    && wb.getSheet("Phương pháp") != null);
        }
    }

    @Test
    void groupColumnsAreHeadedByTheAttributeAndUnitColumnsAppearOnlyWhenUnitsArePartOfTheGrouping()
            throws IOException {
        Map<Grouping, List<String>> expected = new LinkedHashMap<>();
        expected.put(Grouping.BY_UNIT, List.of("Rank", "Unit", "Forms"));
        expected.put(Grouping.byAttribute("gender"), List.of("Rank", "gender", "Forms"));
        expected.put(Grouping.byUnitAnd("gender"), List.of("Rank", "Unit", "gender", "Forms"));
        Map<Grouping, List<String>> matrix = Map.of(Grouping.BY_UNIT, List.of("Unit id", "Unit", "Forms"),
                Grouping.byAttribute("gender"), List.of("gender", "Forms"),
                Grouping.byUnitAnd("gender"), List.of("Unit id", "Unit", "gender", "Forms"));
        for (Map.Entry<Grouping, List<String>> e : expected.entrySet()) {
            ScoreResult result = ScoreJsonTest.groupedSix(e.getKey());
            try (Workbook wb = read(bytes(result, "en"))) {
                Sheet s = wb.getSheet("Ranking");
                List<String> h = e.getValue();
                assertEquals(h, header(s).subList(0, h.size()));
                List<String> m = matrix.get(e.getKey());
                assertEquals(m, header(wb.getSheet("Elements")).subList(0, m.size()));
                assertEquals(m, header(wb.getSheet("Criteria")).subList(0, m.size()));
                for (int i = 1; i <= s.getLastRowNum(); i++) {
                    UnitScore u = result.unit(result.ranking().units().get(i - 1).label());
                    int c = 1;
                    if (u.unit() != null) {
                        assertEquals(u.unit(), s.getRow(i).getCell(c++).getStringCellValue());
                    }
                    if (u.group() != null) {
                        assertEquals(u.group(), s.getRow(i).getCell(c++).getStringCellValue());
                    }
                    assertEquals(u.respondents(), s.getRow(i).getCell(c).getNumericCellValue());
                }
            }
        }
    }

    @Test
    void suppressedUnitsKeepLabelFormsAndReasonWithoutAnyFigure() throws IOException {
        ScoreResult result = byGender();
        assertTrue(!result.ranking().suppressed().isEmpty(), "the fixture has cells of fewer than 5 forms");
        try (Workbook wb = read(bytes(result, "en"))) {
            Sheet s = wb.getSheet("Ranking");
            int notes = column(s, "Notes");
            int checked = 0;
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                Row row = s.getRow(i);
                RankedUnit r = result.ranking().units().get(i - 1);
                if (!r.isSuppressed()) {
                    continue;
                }
                checked++;
                assertEquals(r.respondents(), row.getCell(column(s, "Forms")).getNumericCellValue());
                for (int c = column(s, "Index (%)"); c < notes; c++) {
                    assertNull(row.getCell(c), "no figure of a suppressed cell, column " + c);
                }
                assertTrue(row.getCell(notes).getStringCellValue().startsWith("suppressed"));
                Row el = wb.getSheet("Elements").getRow(i);
                for (int c = 4; c < el.getLastCellNum() - 1; c++) {
                    assertNull(el.getCell(c), "no element figure of a suppressed cell");
                }
            }
            assertEquals(result.ranking().suppressed().size(), checked);
        }
    }

    @Test
    void rankSetsChangesAndFayHerriotAddTheirNumericColumns() throws IOException {
        ScoreResult result = rankSets();
        try (Workbook wb = read(bytes(result, "en"))) {
            Sheet s = wb.getSheet("Ranking");
            RankedUnit first = result.ranking().units().get(0);
            Row row = s.getRow(1);
            assertEquals(result.uncertainty().rankSet(first.label()).orElseThrow().lower(),
                    row.getCell(column(s, "Rank set from")).getNumericCellValue());
            assertEquals(result.uncertainty().fayHerriot(first.label()).orElseThrow().estimate(),
                    row.getCell(column(s, "Fay–Herriot estimate")).getNumericCellValue(), 1e-9);
            Cell change = row.getCell(column(s, "Change of rank"));
            assertEquals("+0;-0;0", change.getCellStyle().getDataFormatString());
            assertEquals(first.rankChange().doubleValue(), change.getNumericCellValue());
        }
    }

    @Test
    void namesThatLookLikeFormulasStayTextAndControlCharactersDoNotBreakTheFile() throws IOException {
        List<io.github.sipas.core.Response> forms = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            int i = k;
            forms.add(ScoreJsonTest.form("f" + i, "=1+2", j -> io.github.sipas.core.Answer.point(1 + (i + j) % 5)));
        }
        io.github.sipas.scoring.estimate.Scorecard card = Scorer.of(SURVEY).score(forms);
        ScoreResult formula = new ScoreResult(card, io.github.sipas.scoring.rank.Ranking.of(card), 12, 0);
        try (Workbook wb = read(bytes(formula, "en"))) {
            Cell c = wb.getSheet("Ranking").getRow(1).getCell(1);
            assertEquals(CellType.STRING, c.getCellType());
            assertEquals("=1+2", c.getStringCellValue());
        }
        try (Workbook wb = read(bytes(ScoreJsonTest.hostileNames(), "en"))) {
            for (Row r : wb.getSheet("Ranking")) {
                assertEquals(CellType.STRING, r.getCell(1).getCellType());
            }
        }
    }

    @Test
    void sheetsAreHeldToTheirGoldenDumps() throws IOException {
        golden("laocai.xlsx.txt", bytes(laocai(), "vi"));
        golden("laocai-rank-sets.xlsx.txt", bytes(rankSets(), "en"));
        golden("bad-rows-by-gender.xlsx.txt", bytes(byGender(), "vi"));
    }

    @Test
    void anUnknownLanguageIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoreXlsx.write(laocai(), SURVEY, "fr", OutputStream.nullOutputStream()));
        assertEquals("language must be vi or en, not 'fr'", e.getMessage());
    }

    @Test
    void aStreamThatFailsIsReported() {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThrows(UncheckedIOException.class, () -> ScoreXlsx.write(laocai(), SURVEY, "en", failing));
    }
}
