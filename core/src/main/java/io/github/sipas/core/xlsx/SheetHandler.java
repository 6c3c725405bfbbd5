package io.github.sipas.core.xlsx;

import io.github.sipas.core.InputException;
import io.github.sipas.core.RowRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a sheet part's rows ({@code <row><c r="D17" t="s" s="3"><v>…</v></c></row>}) and hands each row with text
 * to a {@link XlsxWorkbook.RowHandler}, cells dense from column A, merged ranges filled from their top-left cell.
 */
final class SheetHandler extends DefaultHandler {

    private final String source;
    private final CellText cellText;
    private final List<MergedRange> merges;
    private final XlsxWorkbook.RowHandler handler;

    /** The next merged range (by top row) not yet active. */
    private int nextMerge;
    /** Ranges covering the current row, with the text of their top-left cell. */
    private final List<ActiveMerge> active = new ArrayList<>();

    private int rowNumber;
    private String[] cells = new String[16];
    private int width;
    private long rowLength;

    /** Whether the current row has text of its own, not only the text merged ranges above it bring. */
    private boolean ownText;
    /** The columns of this row holding a number cell's text. */
    private final BitSet numbers = new BitSet();
    private boolean inCell;
    private boolean formula;
    private boolean value;
    private int column;
    private String type;
    private String style;
    private boolean inValue;
    private boolean inInline;
    private int phonetic;
    private final StringBuilder text = new StringBuilder();

    SheetHandler(String source, CellText cellText, List<MergedRange> merges, XlsxWorkbook.RowHandler handler) {
        this.source = source;
        this.cellText = cellText;
        this.merges = merges;
        this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (local(localName, qName)) {
            case "row" -> startRow(atts.getValue("r"));
            case "c" -> startCell(atts);
            case "v" -> {
                if (inCell) {
                    inValue = true;
                    value = true;
                    text.setLength(0);
                }
            }
            case "f" -> formula |= inCell;
            case "is" -> {
                if (inCell) {
                    inInline = true;
                    text.setLength(0);
                }
            }
            case "rPh" -> phonetic++;
            default -> {
                // other elements (f, sheetPr, cols, mergeCells…) carry no cell text
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (local(localName, qName)) {
            case "row" -> endRow();
            case "c" -> endCell();
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "rPh" -> phonetic--;
            default -> {
                // nothing to finish
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInline && phonetic == 0) {
            if (text.length() + length > XlsxWorkbook.MAX_CELL_LENGTH) {
                throw tooLong();
            }
            text.append(ch, start, length);
        }
    }

    private void startRow(String r) {
        int n;
        if (r == null) {
            n = rowNumber + 1;
        } else {
            n = parseNumber(r);
            if (n < 1 || n > 1 << 20) {
                throw new InputException(source, 0, null, null, null, "a row has the number '" + r
                        + "'; rows are numbered from 1 to 1048576", null);
            }
        }
        if (n <= rowNumber) {
            throw new InputException(source + "!" + XlsxWorkbook.cellName(n, 0), 0, null, null, null,
                    "row " + n + " comes after row " + rowNumber + "; rows must be in order", null);
        }
        rowNumber = n;
        width = 0;
        ownText = false;
        numbers.clear();
        rowLength = 0;
        column = -1;
    }

    private void startCell(Attributes atts) {
        String r = atts.getValue("r");
        int c;
        if (r == null) {
            c = column + 1;
        } else {
            long ref = parseRef(r);
            if (ref < 0 || (ref >>> 16) != 0 && (ref >>> 16) != rowNumber) {
                throw new InputException(source + "!" + XlsxWorkbook.cellName(rowNumber, Math.max(0, column + 1)),
                        0, null, null, null, "a cell of row " + rowNumber + " is named '" + r + "'", null);
            }
            c = (int) (ref & 0xFFFF);
        }
        if (c >= XlsxWorkbook.MAX_COLUMNS) {
            throw new InputException(source + "!" + (r != null ? r : XlsxWorkbook.cellName(rowNumber,
                    XlsxWorkbook.MAX_COLUMNS - 1)), 0, null, null, null, "a cell lies past column XFD ("
                    + XlsxWorkbook.MAX_COLUMNS
                    + " columns, the most allowed)", null);
        }
        if (c <= column) {
            throw new InputException(source + "!" + XlsxWorkbook.cellName(rowNumber, c), 0, null, null, null,
                    "the cell comes twice or out of order in its row", null);
        }
        column = c;
        inCell = true;
        type = atts.getValue("t");
        style = atts.getValue("s");
        formula = false;
        value = false;
        text.setLength(0);
        inValue = false;
        inInline = false;
    }

    private void endCell() {
        if (!inCell) {
            return;
        }
        inCell = false;
        // no <v> at all, or an empty <v/> (as openpyxl writes) where only a text formula may have returned ""
        if (formula && !"inlineStr".equals(type) && (!value || text.length() == 0 && !"str".equals(type))) {
            throw new InputException(source + "!" + XlsxWorkbook.cellName(rowNumber, column), 0, null, null, null,
                    "the cell holds a formula without its value (the workbook was written by a program that does not "
                    + "compute formulas); open it in Excel or LibreOffice Calc and save it, so that the values are "
                    + "saved with the formulas", null);
        }
        String shown = cellText.text(type, style, text, source, rowNumber, column);
        if (shown.isEmpty()) {
            return;
        }
        ownText = true;
        rowLength += shown.length();
        if (rowLength > RowRules.MAX_LENGTH) {
            throw new InputException(source + "!" + XlsxWorkbook.cellName(rowNumber, column), 0, null, null, null,
                    "the row holds more than " + RowRules.MAX_LENGTH + " characters, the most allowed", null);
        }
        put(column, shown);
        if (cellText.lastWasNumber()) {
            numbers.set(column);
        }
    }

    private void put(int c, String value) {
        if (c >= cells.length) {
            cells = Arrays.copyOf(cells, Math.min(XlsxWorkbook.MAX_COLUMNS, Math.max(c + 1, cells.length * 2)));
        }
        if (c >= width) {
            Arrays.fill(cells, width, c, "");
            width = c + 1;
        }
        cells[c] = value;
    }

    private void endRow() {
        fillMerges();
        // a row whose only text is that of ranges merged from above is empty to the eye: not delivered
        if (width > 0 && ownText) {
            List<String> row = Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(cells, width)));
            handler.row(rowNumber, row, numbers);
        }
    }

    private void fillMerges() {
        active.removeIf(m -> m.range.lastRow() < rowNumber);
        while (nextMerge < merges.size() && merges.get(nextMerge).firstRow() <= rowNumber) {
            MergedRange m = merges.get(nextMerge++);
            if (m.lastRow() >= rowNumber) {
                boolean top = m.firstRow() == rowNumber;
                String topLeft = top && m.firstColumn() < width ? cells[m.firstColumn()] : "";
                active.add(new ActiveMerge(m, topLeft, top && numbers.get(m.firstColumn())));
            }
        }
        for (ActiveMerge m : active) {
            if (m.text.isEmpty()) {
                continue;
            }
            for (int c = m.range.firstColumn(); c <= m.range.lastColumn(); c++) {
                if (c < width && !cells[c].isEmpty()) {
                    rowLength -= cells[c].length();
                }
                rowLength += m.text.length();
                put(c, m.text);
                numbers.set(c, m.number); // a copy of the range's top-left cell, a number or not
            }
            if (rowLength > RowRules.MAX_LENGTH) {
                throw new InputException(source + "!" + XlsxWorkbook.cellName(rowNumber, m.range.firstColumn()), 0,
                        null, null, null, "the row holds more than " + RowRules.MAX_LENGTH
                        + " characters once merged cells are filled, the most allowed", null);
            }
        }
    }

    private InputException tooLong() {
        return new InputException(source + "!" + XlsxWorkbook.cellName(rowNumber, Math.max(0, column)), 0, null,
                null, null, "the cell holds more than " + XlsxWorkbook.MAX_CELL_LENGTH
                + " characters, the most allowed (Excel's limit)", null);
    }

    /** A merged range met, with its top-left text and whether that is a number cell's. */
    private record ActiveMerge(MergedRange range, String text, boolean number) {
    }

    /** An element's local name whether or not the parser is namespace-aware. */
    static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /**
     * Parses a cell reference such as {@code D17} or {@code $D$17}.
     *
     * @return {@code row << 16 | column0}, row 0 when the reference has no row; -1 if it is not a reference
     */
    static long parseRef(String ref) {
        int i = 0;
        int n = ref.length();
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        long col = 0;
        int letters = 0;
        while (i < n) {
            char ch = ref.charAt(i);
            char up = ch >= 'a' && ch <= 'z' ? (char) (ch - 32) : ch;
            if (up < 'A' || up > 'Z') {
                break;
            }
            col = col * 26 + (up - 'A' + 1);
            if (++letters > 3) {
                return -1;
            }
            i++;
        }
        if (letters == 0) {
            return -1;
        }
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        long row = 0;
        if (i < n) {
            int r = parseNumber(ref.substring(i));
            if (r < 1 || r > 1 << 20) {
                return -1;
            }
            row = r;
        }
        return row << 16 | (col - 1);
    }

    /** A positive decimal number of at most 9 digits, or -1. */
    static int parseNumber(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }
}
