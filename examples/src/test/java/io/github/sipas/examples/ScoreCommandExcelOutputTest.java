package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Excel outputs of {@code sipas score}: {@code --format xlsx} (with {@code --lang}), {@code --excel} and
 * {@code --wide} for CSV, and the usage errors of options given to a format they do not apply to. Input: core's
 * fixture sipas2017-laocai.csv (1,500 forms, 9 units; its table is scoring's golden/laocai.txt).
 */
class ScoreCommandExcelOutputTest {

    @TempDir
    Path dir;

    private static CommandLineRun score(String... more) {
        List<String> args = new ArrayList<>(List.of("score", "--survey", "sipas-2017", "--responses",
                ScoreCommandTest.LAOCAI.toString()));
        args.addAll(List.of(more));
        return CommandLineRun.of(args.toArray(String[]::new));
    }

    @Test
    void formatXlsxWritesAWorkbookWhoseRankingHoldsNumbers() throws IOException {
        Path out = dir.resolve("ranking.xlsx");
        CommandLineRun r = score("--format", "xlsx", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet s = wb.getSheet("Xếp hạng");
            assertTrue(s != null, "Vietnamese by default, as sipas report");
            assertEquals("Hạng", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(10, s.getPhysicalNumberOfRows(), "a header and the fixture's 9 units");
            Row first = s.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(0).getCellType());
            assertEquals(1.0, first.getCell(0).getNumericCellValue());
            assertEquals("Bảo Yên", first.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(3).getCellType());
            // golden/laocai.txt ranks Bảo Yên first with 96.87, from 158 forms
            assertEquals(96.87, first.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(158.0, first.getCell(2).getNumericCellValue());
            assertEquals("0.00", first.getCell(3).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void withoutFormatTheExtensionOfOutChoosesIt() throws IOException {
        Path xlsx = dir.resolve("Xep hang.XLSX");
        CommandLineRun r = score("--out", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals("Xếp hạng", wb.getSheetName(0));
        }
        Path json = dir.resolve("r.json");
        assertEquals(0, score("--out", json.toString()).code());
        assertTrue(Files.readString(json, StandardCharsets.UTF_8).startsWith("{"));
        Path csv = dir.resolve("r.csv");
        assertEquals(0, score("--excel", "--out", csv.toString()).code());
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).startsWith("\uFEFFunit;name;"));
        Path txt = dir.resolve("r.txt");
        assertEquals(0, score("--out", txt.toString()).code());
        assertTrue(Files.readString(txt, StandardCharsets.UTF_8).contains("Bảo Yên"), "the table");
    }

    @Test
    void aTextFormatToAWorkbookNameAndAWorkbookToATextNameAreRefusedBeforeReading() {
        CommandLineRun r = score("--format", "csv", "--out", dir.resolve("r.xlsx").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--out r.xlsx names an Excel workbook, but --format csv writes text"), r.err());
        CommandLineRun w = score("--format", "xlsx", "--out", dir.resolve("r.csv").toString());
        assertEquals(2, w.code(), w.err());
        assertTrue(w.err().contains("--out r.csv names a .csv file: name it .xlsx"), w.err());
        assertFalse(Files.exists(dir.resolve("r.xlsx")) || Files.exists(dir.resolve("r.csv")));
    }

    @Test
    void langEnWritesEnglishSheets() throws IOException {
        Path out = dir.resolve("ranking.xlsx");
        CommandLineRun r = score("--format", "xlsx", "--lang", "en", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals(List.of("Ranking", "Elements", "Criteria", "Method"), List.of(wb.getSheetName(0),
                    wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
        }
    }

    @Test
    void aWorkbookWithoutOutIsRefusedBeforeReading() {
        CommandLineRun r = score("--format", "xlsx");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--format xlsx writes a binary workbook") && r.err().contains("--out"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void optionsOfAnotherFormatAreRefusedNamingThem() {
        for (String[] args : List.of(new String[] {"--excel"}, new String[] {"--wide", "--format", "json"},
                new String[] {"--bom", "--format", "table"}, new String[] {"--lang", "en", "--format", "csv"})) {
            CommandLineRun r = score(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains(args[0] + " applies to --format"), r.err());
        }
        CommandLineRun r = score("--format", "xlsx", "--lang", "fr", "--out", dir.resolve("x.xlsx").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--lang must be vi or en, not 'fr'"), r.err());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @Test
    void excelCsvHasAByteOrderMarkSemicolonsAndDecimalCommas() throws IOException {
        Path out = dir.resolve("ranking.csv");
        CommandLineRun r = score("--format", "csv", "--excel", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFunit;name;group;index;id;respondents;"), text.substring(0, 50));
        // golden/laocai.txt: Bảo Yên 96.87 (the full-precision value begins 96.866)
        assertTrue(text.contains("Bảo Yên;Bảo Yên;;satisfaction;SIPAS;158;;;96,866"), text.substring(0, 400));
    }

    @Test
    void wideCsvHasOneRowPerUnitAndAColumnPerElementAndCriterion() throws IOException {
        Path out = dir.resolve("wide.csv");
        CommandLineRun r = score("--format", "csv", "--wide", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(10, lines.size(), "a header and 9 units");
        assertTrue(lines.get(0).startsWith("unit,name,group,respondents,index,se,lower,upper,rank,"), lines.get(0));
        assertTrue(lines.get(0).endsWith(",A,B,C,D,E,A1,A2,A3,A4,B1,B2,B3,B4,B5,C1,C2,C3,C4,C5,C6,D1,D2,D3,E1,E2,E3,"
                + "E4"), lines.get(0));
        CommandLineRun both = score("--format", "csv", "--wide", "--excel", "--out", out.toString());
        assertEquals(0, both.code(), both.err());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).startsWith("\uFEFFunit;name;group;respondents;"));
    }
}
