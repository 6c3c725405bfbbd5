package io.github.sipas.core.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWorkbookTest {

    @TempDir
    Path dir;

    private Path save(XSSFWorkbook wb, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); wb) {
            wb.write(out);
        }
        return file;
    }

    /** Rewrites one part of a saved workbook, as another program might have written it. */
    private static Path rewrite(Path file, String part, UnaryOperator<String> edit) throws IOException {
        return rewrite(file, part, edit, StandardCharsets.UTF_8);
    }

    private static Path rewrite(Path file, String part, UnaryOperator<String> edit, java.nio.charset.Charset charset)
            throws IOException {
        Path out = file.resolveSibling("edited-" + file.getFileName());
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(part)) {
                    String edited = edit.apply(new String(bytes, StandardCharsets.UTF_8));
                    assertTrue(!edited.equals(new String(bytes, StandardCharsets.UTF_8)), "the edit changes " + part);
                    bytes = edited.getBytes(charset);
                    found = true;
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        assertTrue(found, part);
        return out;
    }

    @Test
    void numbersReadAsExcelShowsThemWithoutFloatNoiseOrTrailingZeros() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Row r = wb.createSheet("Sheet1").createRow(0);
        CellStyle twoDecimals = wb.createCellStyle();
        twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        r.createCell(0).setCellValue(4.0);
        r.createCell(1).setCellValue(0.1);
        r.createCell(2).setCellValue(0.1 + 0.2); // stored as 0.30000000000000004, shown 0.3
        r.createCell(3).setCellValue(1234567.0);
        r.createCell(4).setCellValue(-2.5);
        Cell coded = r.createCell(5);
        coded.setCellValue(3.0);
        coded.setCellStyle(twoDecimals); // a code formatted 0.00 still reads as the code
        r.createCell(6).setCellValue(1e20);
        try (XlsxWorkbook x = XlsxWorkbook.open(save(wb, "n.xlsx"))) {
            assertEquals(List.of(List.of("4", "0.1", "0.3", "1234567", "-2.5", "3", "100000000000000000000")),
                    x.readAll("Sheet1", 10));
        }
    }

    @Test
    void dateFormattedNumbersReadAsIsoDatesAndTimes() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        CreationHelper h = wb.getCreationHelper();
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(h.createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle dateTime = wb.createCellStyle();
        dateTime.setDataFormat(h.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        CellStyle time = wb.createCellStyle();
        time.setDataFormat(h.createDataFormat().getFormat("h:mm"));
        Row r = wb.createSheet("S").createRow(0);
        Cell a = r.createCell(0);
        a.setCellValue(LocalDateTime.of(2024, 5, 17, 0, 0));
        a.setCellStyle(date);
        Cell b = r.createCell(1);
        b.setCellValue(LocalDateTime.of(2024, 5, 17, 8, 30));
        b.setCellStyle(dateTime);
        Cell c = r.createCell(2);
        c.setCellValue(8.5 / 24);
        c.setCellStyle(time);
        try (XlsxWorkbook x = XlsxWorkbook.open(save(wb, "d.xlsx"))) {
            assertEquals(List.of(List.of("2024-05-17", "2024-05-17T08:30:00", "08:30:00")), x.readAll("S", 10));
        }
    }

    @Test
    void textBooleansErrorsFormulasAndGapsReadAsTheirVisibleText() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("S");
        Row r = s.createRow(0);
        r.createCell(0).setCellValue("Hài lòng");
        r.createCell(2).setCellValue(true);
        r.createCell(3).setCellErrorValue(FormulaError.NA.getCode());
        Cell f = r.createCell(4);
        f.setCellFormula("1+1");
        f.setCellValue(2.0); // the cached value; formulas are never evaluated
        r.createCell(5).setCellValue(new XSSFRichTextString("rich"));
        r.createCell(7).setBlank(); // trailing empty cell dropped
        s.createRow(2).createCell(1).setCellValue("x");
        try (XlsxWorkbook x = XlsxWorkbook.open(save(wb, "t.xlsx"))) {
            assertEquals(List.of(List.of("Hài lòng", "", "TRUE", "#N/A", "2", "rich"), List.of(), List.of("", "x")),
                    x.readAll("S", 10));
        }
    }

    @Test
    void inlineStringsOfAStreamedWorkbookAreRead() throws IOException {
        Path file = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Data");
            for (int i = 0; i < 300; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("row " + (i + 1));
                r.createCell(1).setCellValue(i);
            }
            wb.write(out);
        }
        List<Integer> numbers = new ArrayList<>();
        try (XlsxWorkbook x = XlsxWorkbook.open(file)) {
            x.read("Data", (n, cells) -> {
                assertEquals(List.of("row " + n, String.valueOf(n - 1)), cells);
                numbers.add(n);
            });
        }
        assertEquals(300, numbers.size());
        assertEquals(300, numbers.get(299));
    }

    @Test
    void aMergedHeaderIsReadInEachOfItsCells() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("S");
        s.createRow(0).createCell(1).setCellValue("Đánh giá");
        s.getRow(0).createCell(0).setCellValue("id");
        Row second = s.createRow(1);
        second.createCell(1).setCellValue("A1");
        second.createCell(2).setCellValue("A2");
        s.addMergedRegion(new CellRangeAddress(0, 0, 1, 2)); // B1:C1
        s.addMergedRegion(new CellRangeAddress(0, 1, 0, 0)); // A1:A2
        try (XlsxWorkbook x = XlsxWorkbook.open(save(wb, "m.xlsx"))) {
            assertEquals(List.of(List.of("id", "Đánh giá", "Đánh giá"), List.of("id", "A1", "A2")),
                    x.readAll("S", 10));
        }
    }

    @Test
    void theMergedRangesOfASheetWrittenInUtf16AreReadToo() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("S");
        s.createRow(0).createCell(0).setCellValue("Đánh giá");
        s.getRow(0).createCell(2).setCellValue("x");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 1)); // A1:B1
        Path file = rewrite(save(wb, "u16.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> "\uFEFF" + xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\""), StandardCharsets.UTF_16LE);
        try (XlsxWorkbook x = XlsxWorkbook.open(file)) {
            assertEquals(List.of(List.of("Đánh giá", "Đánh giá", "x")), x.readAll("S", 10),
                    "a scan of the bytes cannot tell, so the ranges are parsed");
        }
    }

    @Test
    void sheetsResolveByNameIgnoringCaseOrByNumberAndAnUnknownOneListsThem() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Phiếu");
        wb.createSheet("Đơn vị");
        try (XlsxWorkbook x = XlsxWorkbook.open(save(wb, "s.xlsx"))) {
            assertEquals(List.of("Phiếu", "Đơn vị"), x.sheetNames());
            assertEquals("Phiếu", x.sheet(null));
            assertEquals("Đơn vị", x.sheet("2"));
            assertEquals("Đơn vị", x.sheet(" đơn VỊ "));
            InputException e = assertThrows(InputException.class, () -> x.sheet("3"));
            assertTrue(e.getMessage().contains("'Phiếu', 'Đơn vị'"), e.getMessage());
        }
    }

    @Test
    void readAllRefusesASheetLongerThanAllowedNamingTheCell() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("S");
        for (int i = 0; i < 5; i++) {
            s.createRow(i).createCell(0).setCellValue(i);
        }
        try (XlsxWorkbook x = XlsxWorkbook.open(save(wb, "l.xlsx"))) {
            InputException e = assertThrows(InputException.class, () -> x.readAll("S", 4));
            assertTrue(e.getMessage().startsWith(dir.resolve("l.xlsx") + "!S!A5"), e.getMessage());
        }
    }

    @Test
    void cellNamesAreInExcelsA1Style() {
        assertEquals("A1", XlsxWorkbook.cellName(1, 0));
        assertEquals("D17", XlsxWorkbook.cellName(17, 3));
        assertEquals("AA3", XlsxWorkbook.cellName(3, 26));
        assertEquals("XFD1", XlsxWorkbook.cellName(1, XlsxWorkbook.MAX_COLUMNS - 1));
    }

    @Test
    void aWholeNumberUpToTwoToThe53IsReadWithAllItsDigits() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Row r = wb.createSheet("S").createRow(0);
        r.createCell(0).setCellValue(1234567890123456.0); // a 16-digit id written by a program
        r.createCell(1).setCellValue(9007199254740992.0); // 2^53, the last whole number held exactly
        r.createCell(2).setCellValue(12345678901234567.0); // past 2^53: 15 significant digits, as Excel shows it
        r.createCell(3).setCellValue(-4.0);
        try (XlsxWorkbook x = XlsxWorkbook.open(save(wb, "ids.xlsx"))) {
            assertEquals(List.of(List.of("1234567890123456", "9007199254740992", "12345678901234600", "-4")),
                    x.readAll("S", 10));
        }
    }

    @Test
    void aFormulaWithoutItsCachedValueStopsTheReadNamingTheCell() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Row r = wb.createSheet("S").createRow(1);
        r.createCell(0).setCellValue("R1");
        Cell f = r.createCell(2);
        f.setCellFormula("1+1");
        f.setCellValue(2.0);
        // a program that writes formulas without computing them leaves out the <v> of the cell
        Path file = rewrite(save(wb, "f.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceAll("<v>2(\\.0)?</v>", ""));
        try (XlsxWorkbook x = XlsxWorkbook.open(file)) {
            InputException e = assertThrows(InputException.class, () -> x.readAll("S", 10));
            assertTrue(e.getMessage().startsWith(file + "!S!C2"), e.getMessage());
            assertTrue(e.getMessage().contains("formula without its value")
                    && e.getMessage().contains("LibreOffice Calc"), e.getMessage());
        }
    }

    @Test
    void theColumnsHoldingNumbersAreMarkedButNotDatesOrTextAndAMergedNumberIsANumberThroughout() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle twoDecimals = wb.createCellStyle();
        twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        Sheet s = wb.createSheet("S");
        Row r = s.createRow(0);
        r.createCell(0).setCellValue("R1");
        r.createCell(1).setCellValue(1.234);
        r.createCell(2).setCellValue("1.234");
        r.createCell(3).setCellValue(45000);
        r.getCell(3).setCellStyle(date);
        r.createCell(4).setCellValue(2.5);
        r.getCell(4).setCellStyle(twoDecimals);
        r.createCell(5).setCellValue(7);
        s.createRow(1).createCell(0).setCellValue("R2");
        s.addMergedRegion(new CellRangeAddress(0, 1, 5, 5));
        Path file = save(wb, "numbers.xlsx");
        List<String> marked = new ArrayList<>();
        try (XlsxWorkbook x = XlsxWorkbook.open(file)) {
            x.read("S", new XlsxWorkbook.RowHandler() {
                @Override
                public void row(int rowNumber, List<String> cells) {
                    throw new AssertionError("the three-argument row is called");
                }

                @Override
                public void row(int rowNumber, List<String> cells, BitSet numbers) {
                    marked.add(rowNumber + ":" + numbers + ":" + cells);
                }
            });
        }
        assertEquals(List.of("1:{1, 4, 5}:[R1, 1.234, 1.234, 2023-03-15, 2.5, 7]", "2:{5}:[R2, , , , , 7]"), marked,
                "number cells in B, E and F, and F2 filled from F1; the text and the date are not numbers");
    }

        /** Regression (new-user trial): openpyxl writes a formula as {@code <f>2+2</f><v/>}, an empty value. */
    @Test
    void aFormulaWithAnEmptyValueStopsTooButATextFormulaThatReturnedNothingIsEmpty() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Row r = wb.createSheet("S").createRow(0);
        r.createCell(0).setCellValue("R1");
        Cell f = r.createCell(1);
        f.setCellFormula("2+2");
        f.setCellValue(4.0);
        Path saved = save(wb, "openpyxl.xlsx");
        Path empty = rewrite(saved, "xl/worksheets/sheet1.xml", xml -> xml.replaceAll("<v>4(\\.0)?</v>", "<v/>"));
        try (XlsxWorkbook x = XlsxWorkbook.open(empty)) {
            InputException e = assertThrows(InputException.class, () -> x.readAll("S", 10));
            assertTrue(e.getMessage().startsWith(empty + "!S!B1") && e.getMessage().contains("formula without"),
                    e.getMessage());
        }
        Path text = rewrite(saved, "xl/worksheets/sheet1.xml", xml -> xml.replaceAll(
                "<c r=\"B1\"([^>]*)><f>2\\+2</f><v>4(\\.0)?</v>", "<c r=\"B1\" t=\"str\"><f>2+2</f><v/>"));
        try (XlsxWorkbook x = XlsxWorkbook.open(text)) {
            assertEquals(List.of(List.of("R1")), x.readAll("S", 10), "a text formula that returned \"\"");
        }
    }

    @Test
    void aRowHoldingOnlyTheTextOfARangeMergedFromAboveIsNotDelivered() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("S");
        Row first = s.createRow(0);
        first.createCell(0).setCellValue("Bảo Yên");
        first.createCell(1).setCellValue("4");
        s.createRow(1); // a blank row under the unit's merged name
        s.createRow(2).createCell(1).setCellValue("5");
        s.addMergedRegion(new CellRangeAddress(0, 2, 0, 0)); // A1:A3
        List<Integer> rows = new ArrayList<>();
        try (XlsxWorkbook x = XlsxWorkbook.open(save(wb, "blank.xlsx"))) {
            x.read("S", (n, cells) -> rows.add(n));
            assertEquals(List.of(List.of("Bảo Yên", "4"), List.of(), List.of("Bảo Yên", "5")), x.readAll("S", 10),
                    "readAll keeps the rows' places");
        }
        assertEquals(List.of(1, 3), rows, "row 2 is empty to the eye");
    }

    @Test
    void theFirstSheetThatIsNotHiddenIsTheDefaultAndHiddenSheetsAreMarkedInTheList() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Danh mục");
        wb.createSheet("Phiếu");
        wb.createSheet("Cũ");
        wb.setSheetHidden(0, true);
        wb.setSheetVisibility(2, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        try (XlsxWorkbook x = XlsxWorkbook.open(save(wb, "h.xlsx"))) {
            assertEquals("Phiếu", x.sheet(null));
            assertEquals("Danh mục", x.sheet("1"), "numbers count the hidden sheets, as Excel's order shows them");
            assertEquals("'Danh mục' (hidden), 'Phiếu', 'Cũ' (hidden)", x.sheetList());
            InputException e = assertThrows(InputException.class, () -> x.sheet("Data"));
            assertTrue(e.getMessage().contains("'Danh mục' (hidden), 'Phiếu'"), e.getMessage());
        }
    }

    @Test
    void aSheetNameTypedComposedMatchesOneWrittenDecomposed() throws IOException {
        String decomposed = java.text.Normalizer.normalize("Phiếu khảo sát", java.text.Normalizer.Form.NFD);
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Khác");
        wb.createSheet(decomposed);
        try (XlsxWorkbook x = XlsxWorkbook.open(save(wb, "nfd.xlsx"))) {
            assertEquals(decomposed, x.sheet("phiếu khảo sát"));
        }
    }

    @Test
    void sharedStringsWithoutTheirOptionalCountsAreReadAndAMissingOneNamesTheCell() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Row r = wb.createSheet("S").createRow(0);
        r.createCell(0).setCellValue("Hài lòng");
        r.createCell(1).setCellValue("Rất hài lòng");
        Path file = save(wb, "ss.xlsx");
        Path uncounted = rewrite(file, "xl/sharedStrings.xml",
                xml -> xml.replaceAll(" (count|uniqueCount)=\"[0-9]+\"", ""));
        try (XlsxWorkbook x = XlsxWorkbook.open(uncounted)) {
            assertEquals(List.of(List.of("Hài lòng", "Rất hài lòng")), x.readAll("S", 10));
        }
        Path dangling = rewrite(file, "xl/worksheets/sheet1.xml", xml -> xml.replace("<v>1</v>", "<v>7</v>"));
        try (XlsxWorkbook x = XlsxWorkbook.open(dangling)) {
            InputException e = assertThrows(InputException.class, () -> x.readAll("S", 10));
            assertTrue(e.getMessage().startsWith(dangling + "!S!B1"), e.getMessage());
            assertTrue(e.getMessage().contains("shared string 7"), e.getMessage());
        }
    }

    @Test
    void aWorkbookCutShortIsReportedAsDamaged() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("S");
        for (int i = 0; i < 2000; i++) {
            s.createRow(i).createCell(0).setCellValue("phiếu " + i);
        }
        byte[] whole = Files.readAllBytes(save(wb, "whole.xlsx"));
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        InputException e = assertThrows(InputException.class, () -> {
            try (XlsxWorkbook x = XlsxWorkbook.open(cut)) {
                x.readAll(x.sheet(null), 10_000);
            }
        });
        assertTrue(e.getMessage().startsWith(cut.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void aCsvFileOrAnXlsIsNotAWorkbookAndTheMessageSaysWhatItIs() throws IOException {
        Path csv = Files.writeString(dir.resolve("f.xlsx"), "a,b\n1,2\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> XlsxWorkbook.open(csv));
        assertTrue(e.getMessage().contains("this is a text file, not an Excel workbook"), e.getMessage());
        Path xls = Files.write(dir.resolve("old.xlsx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
        e = assertThrows(InputException.class, () -> XlsxWorkbook.open(xls));
        assertTrue(e.getMessage().contains("Excel 97-2003 workbook (.xls)"), e.getMessage());
    }
}
