package io.github.sipas.core.xlsx;

import io.github.sipas.core.InputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/** Turns a cell's stored value, type and style into the text a person sees (the rules of {@link XlsxWorkbook}). */
final class CellText {

    /** Excel shows 15 significant digits; more is the noise of binary floating point. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss",
            Locale.ROOT);

    /** How a style shows a number. */
    enum Shown { NUMBER, DATE, TIME }

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<String, Shown> byStyle = new HashMap<>();
    private boolean lastNumber;

    CellText(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** The text of a cell; {@code raw} is its {@code <v>} or inline text. */
    String text(String type, String style, CharSequence raw, String source, int row, int column) {
        lastNumber = false;
        String v = raw.toString();
        if (type == null || "n".equals(type)) {
            return v.isEmpty() ? "" : number(v.strip(), style, source, row, column);
        }
        switch (type) {
            case "s" -> {
                return shared(v.strip(), source, row, column);
            }
            case "inlineStr", "str", "e" -> {
                return v;
            }
            case "b" -> {
                String b = v.strip();
                return "1".equals(b) || "true".equalsIgnoreCase(b) ? "TRUE"
                        : "0".equals(b) || "false".equalsIgnoreCase(b) ? "FALSE" : b;
            }
            case "d" -> {
                String d = v.strip();
                return d.endsWith("T00:00:00") ? d.substring(0, d.length() - 9) : d;
            }
            default -> throw new InputException(at(source, row, column), 0, null, null, null, "the cell has the type '"
                    + type + "'; Excel's types are s, inlineStr, str, n, b, e and d", null);
        }
    }

    private String shared(String index, String source, int row, int column) {
        int i = SheetHandler.parseNumber(index);
        // the counts of the part are optional and may be wrong: the strings themselves are the bound
        if (strings == null || i < 0) {
            throw new InputException(at(source, row, column), 0, null, null, null, "the cell points at shared string "
                    + index + ", which the workbook does not have", null);
        }
        RichTextString s;
        try {
            s = strings.getItemAt(i);
        } catch (IndexOutOfBoundsException | IllegalStateException e) {
            // POI reports an index past the strings it read as either, by version
            throw new InputException(at(source, row, column), 0, null, null, null, "the cell points at shared string "
                    + index + ", which the workbook does not have", e);
        }
        String text = s == null ? "" : s.getString();
        if (text.length() > XlsxWorkbook.MAX_CELL_LENGTH) {
            throw new InputException(at(source, row, column), 0, null, null, null, "the cell holds more than "
                    + XlsxWorkbook.MAX_CELL_LENGTH + " characters, the most allowed (Excel's limit)", null);
        }
        return text;
    }

    private String number(String v, String style, String source, int row, int column) {
        BigDecimal d;
        try {
            d = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new InputException(at(source, row, column), 0, null, null, null,
                    "the cell is a number cell whose value is not a number", null);
        }
        Shown shown = shown(style);
        if (shown != Shown.NUMBER) {
            double x = d.doubleValue();
            if (shown == Shown.TIME && x >= 0 && x < 1e7) {
                return time(x);
            }
            if (DateUtil.isValidExcelDate(x)) {
                LocalDateTime t = DateUtil.getLocalDateTime(x, date1904, true);
                if (t != null) {
                    return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : DATE_TIME.format(t);
                }
            }
        }
        lastNumber = true;
        return plain(d);
    }

    /**
     * Whether the last cell read was a number shown as a number (not a date or time), its text then {@link #plain}:
     * a decimal with a point, whatever the workbook's locale.
     */
    boolean lastWasNumber() {
        return lastNumber;
    }

    /** The largest whole number a double holds exactly: 2^53. */
    private static final BigDecimal EXACT_WHOLE = BigDecimal.valueOf(1L << 53);

    /**
     * A number as Excel shows it in General format, to 15 significant digits, in plain decimals; but a whole number up
     * to 2<sup>53</sup> as all its digits, which the double holds exactly (an id of 16 digits, written by a program
     * rather than typed, stays itself).
     */
    static String plain(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal whole = d.stripTrailingZeros();
        if (whole.scale() <= 0 && whole.abs().compareTo(EXACT_WHOLE) <= 0) {
            return whole.toBigIntegerExact().toString();
        }
        return d.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** A fraction of a day (or a duration of days) as {@code HH:mm:ss}, hours past 24 for a duration. */
    static String time(double days) {
        long seconds = Math.round(days * 86_400);
        long h = seconds / 3600;
        return String.format(Locale.ROOT, "%02d:%02d:%02d", h, seconds / 60 % 60, seconds % 60);
    }

    private Shown shown(String style) {
        if (styles == null || style == null || style.isEmpty()) {
            return Shown.NUMBER;
        }
        return byStyle.computeIfAbsent(style, this::classify);
    }

    private Shown classify(String style) {
        int i = SheetHandler.parseNumber(style);
        if (i < 0 || i >= styles.getNumCellStyles()) {
            return Shown.NUMBER;
        }
        XSSFCellStyle cs = styles.getStyleAt(i);
        if (cs == null) {
            return Shown.NUMBER;
        }
        int index = cs.getDataFormat();
        String format = cs.getDataFormatString();
        if (format == null || !DateUtil.isADateFormat(index, format)) {
            return Shown.NUMBER;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
        return bare.contains("y") || bare.contains("d") || !bare.contains("h") && !bare.contains("s")
                ? Shown.DATE : Shown.TIME;
    }

    private static String at(String source, int row, int column) {
        return source + "!" + XlsxWorkbook.cellName(row, column);
    }
}
