package io.github.sipas.scoring.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** One sheet of the workbook, written and read back: header, number formats, empty cells, text that stays text. */
class XlsxSheetTest {

    private static Sheet written(java.util.function.Consumer<XlsxSheet> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            XlsxSheet s = new XlsxSheet(wb, new XlsxSheet.Styles(wb), "S");
            s.header(List.of("a", "b", "c"), List.of(5, 300));
            rows.accept(s);
            wb.write(out);
        }
        Workbook back = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        return back.getSheet("S");
    }

    @Test
    void theHeaderIsBoldFrozenFilteredAndItsWidthsCapped() throws IOException {
        Sheet s = written(x -> { });
        assertEquals("a", s.getRow(0).getCell(0).getStringCellValue());
        assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
        assertEquals(5 * 256, s.getColumnWidth(0));
        assertEquals(255 * 256, s.getColumnWidth(2), "the last width repeats, capped at Excel's 255 characters");
        assertEquals("A1:C1", s.getWorkbook().getName("_xlnm._FilterDatabase").getRefersToFormula()
                .replace("'S'!", "").replace("S!", "").replace("$", ""));
    }

    @Test
    void numbersAreNumericWithTheirFormatAndUndefinedOnesAreNoCell() throws IOException {
        Sheet s = written(x -> x.newRow().number(85.236, XlsxSheet.Format.DECIMAL).number(Double.NaN,
                XlsxSheet.Format.DECIMAL).integer(-2, XlsxSheet.Format.SIGNED).integer(null, XlsxSheet.Format.INTEGER)
                .number(Double.POSITIVE_INFINITY, XlsxSheet.Format.PROBABILITY));
        Row r = s.getRow(1);
        assertEquals(CellType.NUMERIC, r.getCell(0).getCellType());
        assertEquals(85.236, r.getCell(0).getNumericCellValue(), 0.0, "stored at full precision");
        assertEquals("0.00", r.getCell(0).getCellStyle().getDataFormatString());
        assertNull(r.getCell(1));
        assertEquals(-2.0, r.getCell(2).getNumericCellValue());
        assertEquals("+0;-0;0", r.getCell(2).getCellStyle().getDataFormatString());
        assertNull(r.getCell(3));
        assertNull(r.getCell(4));
    }

    @Test
    void textThatLooksLikeAFormulaIsAStringCell() throws IOException {
        Sheet s = written(x -> x.newRow().text("=SUM(A1:A9)").text("").text(null).text("+1"));
        Row r = s.getRow(1);
        assertEquals(CellType.STRING, r.getCell(0).getCellType());
        assertEquals("=SUM(A1:A9)", r.getCell(0).getStringCellValue());
        assertNull(r.getCell(1));
        assertNull(r.getCell(2));
        assertEquals("+1", r.getCell(3).getStringCellValue());
    }
}
