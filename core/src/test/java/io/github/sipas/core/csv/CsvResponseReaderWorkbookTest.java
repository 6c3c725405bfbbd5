package io.github.sipas.core.csv;

import static io.github.sipas.core.csv.CsvResponseReaderTest.SIPAS_2017;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Answer;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.InputException;
import io.github.sipas.core.MissingTokens;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.Response;
import io.github.sipas.core.Rule;
import io.github.sipas.core.testing.OtherFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Responses read from an Excel workbook ({@link CsvResponseReader} given an {@code .xlsx} file): the same forms as
 * their CSV file, cells named in problems, the sheet chosen, title rows and merged cells, and the files refused.
 */
class CsvResponseReaderWorkbookTest {

    @TempDir
    Path dir;

    /** Writes a CSV file's rows into a sheet, numbers as numeric cells (as a person types them in Excel). */
    private Path workbookOf(Path csv, String name) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.builder().setReader(in).setFormat(CSVFormat.DEFAULT).get()) {
            for (CSVRecord r : p) {
                rows.add(r.toList());
            }
        }
        return write(name, "Sheet1", rows, null);
    }

    private Path write(String name, String sheet, List<List<String>> rows, java.util.function.Consumer<Sheet> more)
            throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet(sheet);
            for (int i = 0; i < rows.size(); i++) {
                Row row = s.createRow(i);
                List<String> cells = rows.get(i);
                for (int j = 0; j < cells.size(); j++) {
                    String v = cells.get(j);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (i > 0 && v.matches("-?[0-9]+(\\.[0-9]+)?")) {
                        row.createCell(j).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(j).setCellValue(v);
                    }
                }
            }
            if (more != null) {
                more.accept(s);
            }
            wb.write(out);
        }
        return file;
    }

    /** The header of a SIPAS 2017 file: id, unit and the 22 criteria. */
    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("response_id", "unit"));
        header.addAll(CsvResponseReaderTest.CRITERIA_2017);
        return header;
    }

    /** A form of Bắc Hà answering 4 to every criterion, to be changed by the test. */
    private static List<String> form(String id) {
        List<String> row = new ArrayList<>(List.of(id, "Bắc Hà"));
        for (int i = 0; i < 22; i++) {
            row.add("4");
        }
        return row;
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain.csv", "bad-weights.csv", "labels.csv", "unknown-column.csv",
        "missing-criterion.csv", "sipas2023-multiselect.csv"})
    void aWorkbookOfTheSameRowsReadsToTheSameResponsesAsItsCsvFile(String fixture) throws IOException {
        Path csv = CsvResponseReaderTest.QUIRKY.resolve(fixture);
        io.github.sipas.core.Survey survey = fixture.startsWith("sipas2023")
                ? io.github.sipas.core.instrument.Surveys.bundled("sipas-2023") : SIPAS_2017;
        CsvResponseReader reader = CsvResponseReader.builder(survey).build();
        ReadResult fromCsv = reader.readAll(csv);
        ReadResult fromXlsx = reader.readAll(workbookOf(csv, fixture.replace(".csv", ".xlsx")));
        assertEquals(fromCsv.responses(), fromXlsx.responses());
        ReadReport a = fromCsv.report();
        ReadReport b = fromXlsx.report();
        assertEquals(List.of(a.rowsRead(), a.accepted(), a.rejected(), a.fatal()),
                List.of(b.rowsRead(), b.accepted(), b.rejected(), b.fatal()));
        assertEquals(a.problems().stream().map(Problem::kind).toList(),
                b.problems().stream().map(Problem::kind).toList());
        assertEquals(a.problems().stream().map(Problem::line).toList(),
                b.problems().stream().map(Problem::line).toList(), "the sheet's rows are the file's lines");
    }

    @Test
    void aProblemNamesItsCellInTheSheet() throws IOException {
        List<String> header = header();
        List<String> good = form("R1");
        List<String> bad = form("R2");
        bad.set(3, "7"); // the 2nd criterion, A2
        Path file = write("phieu.xlsx", "Phiếu", List.of(header, good, bad), null);
        ReadResult r = CsvResponseReader.builder(SIPAS_2017).build().readAll(file);
        assertEquals(1, r.responses().size());
        Problem p = r.report().problems().get(0);
        assertEquals(Rule.OUT_OF_RANGE, p.rule());
        assertTrue(p.inSheet());
        assertEquals(file + "!Phiếu!D3", p.location(), "A2 is the 2nd criterion, in column D; row 3");
        assertTrue(p.toString().startsWith(file + "!Phiếu!D3: error: out-of-range [A2] '7'"), p.toString());
        InputException e = assertThrows(InputException.class, () -> CsvResponseReader.builder(SIPAS_2017)
                .policy(ErrorPolicy.FAIL_FAST).build().readAll(file));
        assertTrue(e.getMessage().startsWith(file + "!Phiếu!D3, column A2, value '7': out-of-range"),
                e.getMessage());
    }

    @Test
    void titleRowsAboveTheHeaderAreSkippedAndMergedCellsReadInEachOfTheirCells() throws IOException {
        List<String> header = new ArrayList<>(List.of("Mã phiếu", "Đơn vị", "Ngày"));
        header.addAll(CsvResponseReaderTest.CRITERIA_2017);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("PHIẾU KHẢO SÁT NĂM 2024"));
        rows.add(List.of());
        rows.add(header);
        for (int i = 0; i < 3; i++) {
            List<String> row = new ArrayList<>(List.of("P" + i, i == 0 ? "Bảo Yên" : "", ""));
            for (int k = 0; k < 22; k++) {
                row.add(Integer.toString(1 + (i + k) % 5));
            }
            rows.add(row);
        }
        Path file = write("merged.xlsx", "Sheet1", rows, s -> {
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 10)); // the title, merged across
            s.addMergedRegion(new CellRangeAddress(3, 5, 1, 1)); // the unit, merged down over its three forms
            CellStyle date = s.getWorkbook().createCellStyle();
            date.setDataFormat(s.getWorkbook().getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int i = 3; i <= 5; i++) {
                org.apache.poi.ss.usermodel.Cell c = s.getRow(i).createCell(2);
                c.setCellValue(java.time.LocalDate.of(2024, 5, 17 + i));
                c.setCellStyle(date);
            }
        });
        ReadResult r = CsvResponseReader.builder(SIPAS_2017).build().readAll(file);
        assertTrue(r.report().isValid(), r.report().problems().toString());
        assertEquals(List.of("P0", "P1", "P2"), r.responses().stream().map(Response::id).toList());
        assertEquals(List.of("Bảo Yên", "Bảo Yên", "Bảo Yên"), r.responses().stream().map(Response::unit).toList());
        assertEquals("2024-05-20", r.responses().get(0).attributes().get("Ngày"), "a date as ISO text");
        assertEquals(io.github.sipas.core.Answer.point(1), r.responses().get(0).answers().get("A1"),
                "the number 1 read as the code 1");
    }

    @Test
    void theHeaderOfASheetBelowTitleRowsIsLocatedOnItsRow() throws IOException {
        Path file = write("t.xlsx", "Sheet1", List.of(List.of("Báo cáo"), List.of("Mã phiếu", "Ghi chú")), null);
        ReadReport report = CsvResponseReader.builder(SIPAS_2017).build().readAll(file).report();
        assertTrue(report.fatal());
        Problem missingUnit = report.problems().stream().filter(p -> "unit".equals(p.column())).findFirst()
                .orElseThrow();
        assertEquals(2, missingUnit.line());
        assertEquals(file + "!Sheet1, row 2", missingUnit.location());
    }

    @Test
    void aSheetOfTitleRowsOnlyIsSaidToHaveNoHeaderRowNotToBeEmpty() throws IOException {
        Path titles = write("titles.xlsx", "Sheet1", List.of(List.of("PHIẾU KHẢO SÁT NĂM 2024"), List.of(),
                List.of("Huyện Bảo Yên", "Huyện Bảo Yên")), null);
        Problem p = CsvResponseReader.builder(SIPAS_2017).build().readAll(titles).report().problems().get(0);
        assertEquals(Rule.MISSING_COLUMN, p.rule());
        assertTrue(p.message().startsWith("the sheet has no header row: its only text is 2 title rows, such as "
                + "'PHIẾU KHẢO SÁT NĂM 2024'; expected a header row"), p.message());
        Path empty = write("empty.xlsx", "Sheet1", List.of(), null);
        Problem none = CsvResponseReader.builder(SIPAS_2017).build().readAll(empty).report().problems().get(0);
        assertTrue(none.message().startsWith("the sheet is empty; expected a header row"), none.message());
    }

    @Test
    void idsOfMoreThan15DigitsStoredAsNumbersAreDuplicatesAndTheMessageSaysWhy() throws IOException {
        List<List<String>> rows = List.of(header(), form("123456789012345671"), form("123456789012345672"),
                form("123456789012345"), form("123456789012345"));
        List<Problem> problems = CsvResponseReader.builder(SIPAS_2017).build()
                .readAll(write("long-ids.xlsx", "Sheet1", rows, null)).report().problems();
        assertEquals(List.of(Rule.DUPLICATE_ID, Rule.DUPLICATE_ID), problems.stream().map(Problem::rule).toList());
        assertTrue(problems.get(0).message().contains("Excel keeps 15 significant digits of a number")
                && problems.get(0).message().contains("store the ids as text"), problems.get(0).message());
        assertFalse(problems.get(1).message().contains("Excel"), "15 digits are kept: " + problems.get(1).message());
    }

    @Test
    void theSheetIsChosenByNameOrNumberAndAWrongOneListsTheSheets() throws IOException {
        Path csv = CsvResponseReaderTest.QUIRKY.resolve("plain.csv");
        Path file = dir.resolve("two.xlsx");
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.builder().setReader(in).setFormat(CSVFormat.DEFAULT).get()) {
            for (CSVRecord r : p) {
                rows.add(r.toList());
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("Mã 0 là không biết");
            wb.getSheetAt(0).createRow(1).createCell(1).setCellValue("x");
            Sheet s = wb.createSheet("Phiếu khảo sát");
            for (int i = 0; i < rows.size(); i++) {
                Row row = s.createRow(i);
                for (int j = 0; j < rows.get(i).size(); j++) {
                    row.createCell(j).setCellValue(rows.get(i).get(j));
                }
            }
            wb.write(out);
        }
        List<Response> expected = CsvResponseReader.builder(SIPAS_2017).build().readAll(csv).responses();
        assertEquals(expected, CsvResponseReader.builder(SIPAS_2017).sheet("Phiếu khảo sát").build().readAll(file)
                .responses());
        assertEquals(expected, CsvResponseReader.builder(SIPAS_2017).sheet("2").build().readAll(file).responses());
        ReadReport first = CsvResponseReader.builder(SIPAS_2017).build().readAll(file).report();
        assertTrue(first.fatal());
        assertTrue(first.problems().stream().anyMatch(p -> p.message().contains("'Hướng dẫn', 'Phiếu khảo sát'")
                && p.message().contains("--sheet")), first.problems().toString());
        InputException e = assertThrows(InputException.class, () -> CsvResponseReader.builder(SIPAS_2017)
                .sheet("Data").build().readAll(file));
        assertTrue(e.getMessage().contains("there is no sheet 'Data'")
                && e.getMessage().contains("'Hướng dẫn', 'Phiếu khảo sát'"), e.getMessage());
    }

    @Test
    void textRightOfTheHeaderRejectsTheRowAndNamesTheCell() throws IOException {
        List<String> header = header();
        List<String> row = form("R1");
        row.add("");
        row.add("ghi chú lạc chỗ");
        Path file = write("wide.xlsx", "S", List.of(header, row), null);
        ReadReport report = CsvResponseReader.builder(SIPAS_2017).build().readAll(file).report();
        assertEquals(1, report.rejected());
        Problem p = report.problems().get(0);
        assertEquals(Rule.WRONG_FIELD_COUNT, p.rule());
        assertEquals(file + "!S!Z2", p.location(), "24 columns A..X, an empty Y, the text in Z");
    }

    @Test
    void spacesRightOfTheHeaderAreNothingAndTheRowIsAccepted() throws IOException {
        List<String> header = header();
        List<String> row = form("R1");
        row.add("");
        row.add("   ");
        Path file = write("spaces.xlsx", "S", List.of(header, row), null);
        ReadResult r = CsvResponseReader.builder(SIPAS_2017).build().readAll(file);
        assertTrue(r.report().isValid(), r.report().problems().toString());
        assertEquals(1, r.responses().size());
    }

    /**
     * Regression (new-user trial): a weight typed as a number (1.234) was read as its text and refused as ambiguous,
     * or as grouping thousands under the decimal comma. A number cell holds its value whatever the locale.
     */
    @ParameterizedTest
    @ValueSource(strings = {"EITHER", "COMMA", "POINT"})
    void aWeightInANumberCellIsItsValueUnderAnyDecimalMark(String mark) throws IOException {
        List<String> header = header();
        header.add("weight");
        double[] weights = {1.234, 12.345, 2.5, 1000, 0.125, 123.456};
        List<List<String>> rows = new ArrayList<>(List.of(header));
        for (int i = 0; i < weights.length; i++) {
            List<String> row = form("R" + i);
            row.add(Double.toString(weights[i])); // written as a number cell by write()
            rows.add(row);
        }
        Path file = write("weights.xlsx", "S", rows, null);
        ReadResult r = CsvResponseReader.builder(SIPAS_2017).decimalMark(DecimalMark.valueOf(mark)).build()
                .readAll(file);
        assertTrue(r.report().isValid(), r.report().problems().toString());
        for (int i = 0; i < weights.length; i++) {
            assertEquals(weights[i], r.responses().get(i).weight().getAsDouble(), 0.0, "row " + (i + 2));
        }
    }

    @Test
    void aWeightInATextCellKeepsTheRulesOfItsDecimalMark() throws IOException {
        List<String> header = header();
        header.add("weight");
        List<String> row = form("R1");
        row.add("1.234");
        Path file = write("text-weight.xlsx", "S", List.of(header, row), s -> {
            Row r = s.getRow(1);
            r.createCell(row.size() - 1).setCellValue("1.234"); // typed as text ('1.234)
        });
        ReadResult r = CsvResponseReader.builder(SIPAS_2017).build().readAll(file);
        assertEquals(List.of(Rule.BAD_WEIGHT), r.report().problems().stream().map(Problem::rule).toList());
        assertTrue(r.report().problems().get(0).toString().contains("ambiguous"), r.report().problems().toString());
    }

    @Test
    void aFormulaErrorInAnAnswerCellIsRefused() throws IOException {
        List<String> header = header();
        List<String> row = form("R1");
        Path file = write("div0.xlsx", "S", List.of(header, row), s -> s.getRow(1).getCell(2)
                .setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode()));
        ReadReport report = CsvResponseReader.builder(SIPAS_2017).build().readAll(file).report();
        assertEquals(1, report.rejected());
        Problem p = report.problems().get(0);
        assertEquals(Rule.NOT_A_CODE, p.rule());
        assertEquals(file + "!S!C2", p.location());
        assertTrue(p.message().contains("spreadsheet's error value"), p.message());
    }

    @Test
    void anNaErrorCellIsAMissingValueUnansweredAndCountedOrRefusedOnRequest() throws IOException {
        List<String> header = header();
        List<String> row = form("R1");
        Path file = write("na.xlsx", "S", List.of(header, row), s -> s.getRow(1).getCell(2)
                .setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode()));
        ReadResult read = CsvResponseReader.builder(SIPAS_2017).build().readAll(file);
        assertEquals(1, read.report().accepted());
        assertEquals(Answer.unanswered(), read.responses().get(0).answers().get(header.get(2)));
        Problem w = read.report().warnings().get(0);
        assertEquals(Rule.MISSING_TOKEN, w.rule());
        assertTrue(w.message().startsWith("1 cell held only a missing-value mark and was read as unanswered: "
                + header.get(2) + " 1 ('#N/A')"), w.message());
        ReadReport refused = CsvResponseReader.builder(SIPAS_2017).missingTokens(MissingTokens.REFUSE).build()
                .readAll(file).report();
        assertEquals(1, refused.rejected());
        assertEquals(Rule.NOT_A_CODE, refused.problems().get(0).rule());
        assertEquals(file + "!S!C2", refused.problems().get(0).location());
    }

    /** A file of each kind that is not read, and a word its refusal must hold. */
    @ParameterizedTest
    @ValueSource(strings = {"xls", "ods", "zip", "pdf"})
    void aFileThatIsNeitherCsvNorXlsxIsRefusedInOneLineSayingWhatItIsAndHowToSaveIt(String kind) throws IOException {
        Path name = dir.resolve("phieu." + kind);
        Path file = switch (kind) {
            case "xls" -> OtherFiles.xls(name);
            case "ods" -> OtherFiles.ods(name);
            case "zip" -> OtherFiles.zip(name);
            default -> OtherFiles.pdf(name);
        };
        InputException e = assertThrows(InputException.class,
                () -> CsvResponseReader.builder(SIPAS_2017).build().readAll(file));
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ": this is "), m);
        assertFalse(m.contains("UTF-8") && !m.contains("CSV UTF-8") && !m.contains("Unicode (UTF-8)"),
                "never the encoding diagnosis: " + m);
        assertFalse(m.contains("\n") || m.contains("PK"), m);
        String expected = switch (kind) {
            case "xls" -> "Excel 97-2003 workbook (.xls)";
            case "ods" -> "OpenDocument spreadsheet (.ods)";
            case "zip" -> "extract the file inside it";
            default -> "a binary file";
        };
        assertTrue(m.contains(expected), m);
    }

    @Test
    void aZipOrBinaryStreamIsRefusedRatherThanReadAsText() throws IOException {
        Path xlsx = workbookOf(CsvResponseReaderTest.QUIRKY.resolve("plain.csv"), "p.xlsx");
        CsvResponseReader reader = CsvResponseReader.builder(SIPAS_2017).build();
        InputException e = assertThrows(InputException.class,
                () -> reader.read(new ByteArrayInputStream(Files.readAllBytes(xlsx)), "upload:p.xlsx", r -> { }));
        assertTrue(e.getMessage().startsWith("upload:p.xlsx: this is a zip archive or an Excel workbook"),
                e.getMessage());
        // and a CSV stream is still read from its first byte
        try (java.io.InputStream in = Files.newInputStream(CsvResponseReaderTest.QUIRKY.resolve("plain.csv"))) {
            assertEquals(4, reader.read(in, "plain.csv", r -> { }).accepted());
        }
    }
}
