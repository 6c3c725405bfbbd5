package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --responses FILE.xlsx} and {@code --sheet} on the command line, on the workbook of exports-240 (the 240 forms
 * of clean.csv, on the second sheet), and the files refused.
 */
class WorkbookInputCommandTest {

    static final Path DIR = ExportsEndToEndTest.DIR;

    @TempDir
    Path dir;

    private static CommandLineRun score(String... more) {
        List<String> args = new ArrayList<>(List.of("score", "--survey", "sipas-2017", "--units", "laocai-2023"));
        args.addAll(List.of(more));
        return CommandLineRun.of(args.toArray(String[]::new));
    }

    private static List<String> ranking(CommandLineRun run) {
        return run.out().lines().skip(1).collect(Collectors.toList());
    }

    @Test
    void theWorkbooksSecondSheetScoresAsTheCleanCsvByNameOrNumber() {
        List<String> clean = ranking(score("--responses", DIR.resolve("clean.csv").toString()));
        for (String sheet : List.of("Phiếu khảo sát", "2", " phiếu khảo sát ")) {
            CommandLineRun r = score("--responses", DIR.resolve("phieu-khao-sat.xlsx").toString(), "--sheet", sheet);
            assertEquals(0, r.code(), sheet + ": " + r.err());
            assertTrue(r.out().startsWith("Chỉ số hài lòng") && r.out().contains("240 forms read, 240 scored"),
                    r.out());
            assertEquals(clean, ranking(r), sheet);
        }
    }

    @Test
    void theFirstSheetWithoutTheFormsNamesTheSheetsAndTheOptionWithoutBinaryOnTheTerminal() {
        CommandLineRun r = score("--responses", DIR.resolve("phieu-khao-sat.xlsx").toString());
        assertEquals(1, r.code(), "as for a CSV file whose header lacks the columns: " + r.err());
        assertTrue(r.err().contains("phieu-khao-sat.xlsx!Hướng dẫn") && r.err().contains("'Phiếu khảo sát'")
                && r.err().contains("--sheet"), r.err());
        assertFalse(r.err().contains("PK") || r.err().contains("UTF-8"), r.err());
    }

    @Test
    void anUnknownSheetListsTheSheets() {
        CommandLineRun r = score("--responses", DIR.resolve("phieu-khao-sat.xlsx").toString(), "--sheet", "7");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("there is no sheet '7'") && r.err().contains("from 1 to 2"), r.err());
    }

    @Test
    void aBadCellIsNamedByItsSheetAndCellOnStandardError() throws IOException {
        Path file = dir.resolve("phieu.xlsx");
        List<String> criteria = List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "B5", "C1", "C2", "C3", "C4",
                "C5", "C6", "D1", "D2", "D3", "E1", "E2", "E3", "E4");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Sheet1");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Mã phiếu");
            h.createCell(1).setCellValue("Huyện");
            for (int j = 0; j < criteria.size(); j++) {
                h.createCell(2 + j).setCellValue(criteria.get(j));
            }
            for (int i = 1; i <= 16; i++) {
                Row row = s.createRow(i);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue("H. Bảo Yên");
                for (int j = 0; j < criteria.size(); j++) {
                    row.createCell(2 + j).setCellValue(i == 16 && j == 1 ? 7 : 4);
                }
            }
            wb.write(out);
        }
        CommandLineRun r = score("--responses", file.toString(), "--min-cell", "1");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(file + "!Sheet1!D17: error: out-of-range [A2] '7'"), r.err());
        assertTrue(r.out().contains("16 forms read, 15 scored, 1 rejected"), r.out());
    }

    @Test
    void anXlsForTheResponsesOrTheUnitsIsRefusedInOneLine() throws IOException {
        Path xls = io.github.sipas.core.testing.OtherFiles.xls(dir.resolve("phieu.xls"));
        CommandLineRun r = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", xls.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("this is an Excel 97-2003 workbook (.xls)") && r.err().contains(".xlsx"),
                r.err());
        CommandLineRun u = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                DIR.resolve("clean.csv").toString(), "--units", xls.toString());
        assertEquals(2, u.code(), u.err());
        assertTrue(u.err().contains("this is an Excel 97-2003 workbook (.xls)"), u.err());
    }
}
