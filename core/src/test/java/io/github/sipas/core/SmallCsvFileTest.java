package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmallCsvFileTest {

    @TempDir
    Path dir;

    private Path units(String name) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Đơn vị");
            String[][] rows = {{"id", "name", "aliases", "level"}, {"BY", "Huyện Bảo Yên", "Bao Yen", "district"},
                {}, {"BH", "Huyện\nBắc Hà", "", "district"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = s.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    if (!rows[i][j].isEmpty()) {
                        row.createCell(j).setCellValue(rows[i][j]);
                    }
                }
            }
            wb.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("not read");
            wb.write(out);
        }
        return file;
    }

    @Test
    void aUnitListKeptInExcelIsRefusedSayingHowToSaveItAsCsv() throws IOException {
        Path file = units("units.xlsx");
        InputException e = assertThrows(InputException.class, () -> UnitList.read(file));
        assertEquals(file + ": this is an Excel workbook (.xlsx); a unit list is read from CSV: in Excel, save its "
                + "sheet as \"CSV UTF-8 (Comma delimited) (.csv)\"", e.getMessage());
    }

    @Test
    void anXlsIsRefusedSayingHowToSaveIt() throws IOException {
        Path xls = io.github.sipas.core.testing.OtherFiles.xls(dir.resolve("units.csv"));
        InputException e = assertThrows(InputException.class, () -> UnitList.read(xls));
        assertTrue(e.getMessage().startsWith(xls + ": this is an Excel 97-2003 workbook (.xls)"), e.getMessage());
        assertThrows(InputException.class, () -> ColumnMapping.read(xls));
    }

    @Test
    void textThatIsNotUtf8IsStillRefusedAsSuch() throws IOException {
        Path file = Files.write(dir.resolve("units.csv"), "id,name\nBY,B\u1EA3o Y\u00EAn\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1258")));
        InputException e = assertThrows(InputException.class, () -> UnitList.read(file));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.csv");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "x,y\n".getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n <= SmallCsvFile.MAX_BYTES / line.length; n++) {
                out.write(line);
            }
        }
        InputException e = assertThrows(InputException.class, () -> SmallCsvFile.open(big, "unit list"));
        assertTrue(e.getMessage().contains("at most " + SmallCsvFile.MAX_BYTES), e.getMessage());
    }
}
