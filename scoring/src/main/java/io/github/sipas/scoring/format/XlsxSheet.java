package io.github.sipas.scoring.format;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of {@link ScoreXlsx}'s workbook, written row by row: a bold header row that stays in view (frozen) with an
 * autofilter, then rows of cells. Numbers are numeric cells with a number format, text is a string cell (never a
 * formula, so a name such as {@code =1+2} stays text), and an undefined number is an empty cell.
 */
final class XlsxSheet {

    /** The number formats of the workbook. */
    enum Format {
        /** An integer: forms, ranks. */
        INTEGER("0"),
        /** A figure in percent shown with two decimals. */
        DECIMAL("0.00"),
        /** A change shown with its sign: {@code +2}, {@code -1}, {@code 0}. */
        SIGNED("+0;-0;0"),
        /** A signed figure with two decimals: {@code +1.25}. */
        SIGNED_DECIMAL("+0.00;-0.00;0.00"),
        /** A probability: three decimals. */
        PROBABILITY("0.000");

        private final String pattern;

        Format(String pattern) {
            this.pattern = pattern;
        }
    }

    /** The styles of a workbook, made once: a workbook holds at most 64,000 of them. */
    static final class Styles {
        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle[] numbers = new CellStyle[Format.values().length];

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setAlignment(HorizontalAlignment.CENTER);
            text = wb.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            DataFormat df = wb.createDataFormat();
            for (Format f : Format.values()) {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(df.getFormat(f.pattern));
                s.setVerticalAlignment(VerticalAlignment.TOP);
                numbers[f.ordinal()] = s;
            }
        }
    }

    private final SXSSFSheet sheet;
    private final Styles styles;
    private Row row;
    private int next;
    private int rows;

    XlsxSheet(SXSSFWorkbook wb, Styles styles, String name) {
        this.sheet = wb.createSheet(name);
        this.styles = styles;
    }

    /**
     * Writes the header row, freezes it and sets the columns' widths, in characters.
     *
     * @param headers the column headings
     * @param widths each column's width; the last one repeats for columns beyond the list
     */
    void header(List<String> headers, List<Integer> widths) {
        newRow();
        for (String h : headers) {
            Cell c = row.createCell(next++);
            c.setCellValue(h);
            c.setCellStyle(styles.header);
        }
        for (int i = 0; i < headers.size(); i++) {
            int w = widths.get(Math.min(i, widths.size() - 1));
            sheet.setColumnWidth(i, Math.min(255, w) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!headers.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        }
    }

    /** Starts a new row. */
    XlsxSheet newRow() {
        row = sheet.createRow(rows++);
        next = 0;
        return this;
    }

    /** A text cell, or an empty cell when null. */
    XlsxSheet text(String value) {
        if (value == null || value.isEmpty()) {
            return empty();
        }
        Cell c = row.createCell(next++);
        c.setCellValue(value);
        c.setCellStyle(styles.text);
        return this;
    }

    /** A numeric cell with a format, or an empty cell when the value is NaN or infinite. */
    XlsxSheet number(double value, Format format) {
        if (!Double.isFinite(value)) {
            return empty();
        }
        Cell c = row.createCell(next++);
        c.setCellValue(value);
        c.setCellStyle(styles.numbers[format.ordinal()]);
        return this;
    }

    /** A numeric integer cell, or an empty cell when null. */
    XlsxSheet integer(Number value, Format format) {
        return value == null ? empty() : number(value.doubleValue(), format);
    }

    /** An empty cell: none is written, the next cell goes one column further. */
    XlsxSheet empty() {
        next++;
        return this;
    }
}
