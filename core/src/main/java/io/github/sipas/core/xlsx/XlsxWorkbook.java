package io.github.sipas.core.xlsx;

import io.github.sipas.core.FileKind;
import io.github.sipas.core.InputException;
import io.github.sipas.core.RowRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An Excel workbook ({@code .xlsx}, {@code .xlsm}) read as rows of text, streaming: a sheet's rows are parsed from its
 * XML part one at a time (Apache POI's event API: {@link XSSFReader}, {@link ReadOnlySharedStringsTable}, a SAX
 * handler on a secure parser with external entities and DTDs off), so memory does not grow with the rows; only the
 * workbook's shared strings, its styles and a sheet's merged ranges are held. Formulas are never evaluated: a formula
 * cell reads as the value Excel cached when it saved the file; one with no cached value (a workbook written by a
 * program that does not compute formulas) stops the read with an {@link InputException} naming the cell, rather than
 * being read as empty.
 *
 * <p>A cell reads as the text a person sees, with these rules:
 * <ul>
 * <li>text (shared or inline strings) as it is, without phonetic runs;</li>
 * <li>a number as its plain decimal, rounded to 15 significant digits as Excel shows it, without trailing zeros and
 * without exponent (but a whole number up to 2<sup>53</sup> with all its digits, as a 16-digit id written by a
 * program): {@code 4} (not {@code 4.0}), {@code 0.1}, {@code 0.3} for a sum stored as
 * {@code 0.30000000000000004}, {@code 1234567} for {@code 1.234567E6}; the cell's number format (decimals, percent,
 * thousands) is ignored, so that a code formatted {@code 0.00} still reads {@code 4};</li>
 * <li>a number in a date or time format as ISO 8601 text: {@code 2024-05-17} when it has no time of day,
 * {@code 2024-05-17T08:30:00} otherwise (to the second), {@code 08:30:00} for a time format without a date
 * ({@code h:mm}, {@code [h]:mm:ss}; hours may pass 24 for a duration); the workbook's 1904 date system is honoured;</li>
 * <li>a boolean as {@code TRUE} or {@code FALSE}, an error as its text ({@code #N/A}, {@code #DIV/0!});</li>
 * <li>a cell inside a merged range as the text of the range's top-left cell, so that a header or a unit name
 * merged over several cells is read in each of them;</li>
 * <li>a missing cell as the empty string: a row's cells are dense from column A up to its last cell with text
 * (trailing empty cells are dropped), and a row with no text of its own (none, or only the text of ranges merged
 * from a row above) is not delivered.</li>
 * </ul>
 *
 * <p>Limits, so that a hostile file gives an {@link InputException}, never an {@link OutOfMemoryError}: the zip is
 * opened with POI's {@link ZipSecureFile} protections (an entry inflating more than 100 times its compressed size, or
 * past {@value #MAX_ENTRY_SIZE} bytes, stops the read); at most {@value #MAX_SHEETS} sheets, a shared-strings part of
 * at most {@value #MAX_SHARED_STRINGS_BYTES} bytes, {@value #MAX_MERGED_RANGES} merged ranges per sheet, cells in
 * columns A to XFD ({@value #MAX_COLUMNS} columns, Excel's limit), {@value #MAX_CELL_LENGTH} characters in a cell
 * (Excel's limit) and {@link RowRules#MAX_LENGTH} characters in a row. Rows and cells must come in order, as Excel
 * writes them.
 *
 * <p>Messages name the file, the sheet and the cell as {@code phieu.xlsx!Sheet1!D17} and never echo a cell's text.
 * An instance is not thread-safe; close it to release the file.
 *
 * @since 0.9
 */
public final class XlsxWorkbook implements AutoCloseable {

    /** The most sheets a workbook may have. */
    public static final int MAX_SHEETS = 1_000;
    /** The most columns a row may reach: A to XFD, Excel's limit. */
    public static final int MAX_COLUMNS = 16_384;
    /** The most characters in a cell: Excel's limit. */
    public static final int MAX_CELL_LENGTH = 32_767;
    /** The most merged ranges a sheet may have. */
    public static final int MAX_MERGED_RANGES = 100_000;
    /** The largest shared-strings part, in bytes once inflated (it is held in memory). */
    public static final long MAX_SHARED_STRINGS_BYTES = 256L << 20;
    /** The largest part of the zip, in bytes once inflated (a sheet is streamed, so this is generous). */
    public static final long MAX_ENTRY_SIZE = 4L << 30;
    /** The smallest ratio of compressed to inflated size of a zip entry (POI's default, kept on). */
    static final double MIN_INFLATE_RATIO = 0.01;

    private final Path file;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final WorkbookPart workbook;
    private final CellText cellText;
    /** The merged ranges of each sheet read, found once: a second read of a sheet does not scan it for them again. */
    private final java.util.Map<String, List<MergedRange>> merges = new java.util.HashMap<>();

    private XlsxWorkbook(Path file, OPCPackage pkg, XSSFReader reader, WorkbookPart workbook, CellText cellText) {
        this.file = file;
        this.pkg = pkg;
        this.reader = reader;
        this.workbook = workbook;
        this.cellText = cellText;
    }

    /**
     * Opens a workbook. Its kind is told by its content ({@link FileKind#of(Path)}), not by its name.
     *
     * @param file the {@code .xlsx} or {@code .xlsm} file
     * @return the open workbook; close it
     * @throws InputException naming the file if it is not an Excel workbook (an {@code .xls}, an {@code .ods}, a CSV
     *     file…), is damaged, or passes a limit
     * @throws UncheckedIOException if the file cannot be read
     */
    public static XlsxWorkbook open(Path file) {
        Objects.requireNonNull(file, "file");
        FileKind kind = FileKind.of(file);
        String source = file.toString();
        if (kind != FileKind.XLSX) {
            throw new InputException(source, 0, null, null, null, "this is " + kind.description()
                    + ", not an Excel workbook (.xlsx or .xlsm)", null);
        }
        secureZip();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | IllegalArgumentException e) {
            throw damaged(source, e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookPart workbook = WorkbookPart.parse(source, reader);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = sharedStrings(source, pkg);
            return new XlsxWorkbook(file, pkg, reader, workbook,
                    new CellText(strings, styles, workbook.date1904()));
        } catch (IOException e) {
            pkg.revert();
            throw zipLimitOr(source, e);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | SAXException
                | IllegalArgumentException e) {
            pkg.revert();
            throw damaged(source, e);
        } catch (RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    /**
     * Returns the names of the sheets, in the workbook's order (hidden sheets included).
     *
     * @return the names, at least one
     */
    public List<String> sheetNames() {
        return workbook.sheets().stream().map(WorkbookPart.Sheet::name).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Resolves a sheet as a user names it ({@code --sheet NAME|N}): the sheet of that exact name; else the one whose
     * name matches in Unicode NFC, ignoring case and surrounding spaces (a name typed with composed Vietnamese letters
     * matches one written decomposed); else, for a whole number N, the N-th sheet (1-based, hidden sheets counted). A
     * null or blank choice is the first sheet that is not hidden (the first sheet when all are).
     *
     * @param nameOrNumber a sheet name or a 1-based number, or null
     * @return the sheet's name
     * @throws InputException naming the file and listing its sheets if there is no such sheet
     */
    public String sheet(String nameOrNumber) {
        List<String> names = sheetNames();
        if (nameOrNumber == null || nameOrNumber.isBlank()) {
            return workbook.sheets().stream().filter(s -> !s.hidden()).findFirst()
                    .orElse(workbook.sheets().get(0)).name();
        }
        if (names.contains(nameOrNumber)) {
            return nameOrNumber;
        }
        String wanted = comparable(nameOrNumber);
        for (String name : names) {
            if (comparable(name).equals(wanted)) {
                return name;
            }
        }
        if (wanted.matches("[0-9]{1,9}")) {
            int n = Integer.parseInt(wanted);
            if (n >= 1 && n <= names.size()) {
                return names.get(n - 1);
            }
        }
        throw new InputException(file.toString(), 0, null, null, null, "there is no sheet '" + nameOrNumber
                + "'; give a name or a number from 1 to " + names.size() + ": " + sheetList(), null);
    }

    /**
     * Returns the sheets' names quoted for a message, a hidden one marked: {@code 'Hướng dẫn' (hidden), 'Phiếu'}.
     *
     * @return the list
     */
    public String sheetList() {
        return workbook.sheets().stream().map(s -> "'" + s.name() + "'" + (s.hidden() ? " (hidden)" : ""))
                .collect(Collectors.joining(", "));
    }

    private static String comparable(String name) {
        return java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a sheet's rows in order, streaming, as the class comment says. The sheet is parsed twice the first time,
     * once for its merged ranges (which Excel writes after the rows) and once for its rows, unless a scan of its bytes
     * finds no merged range in it; a second read of the same sheet (after reading its header, say) parses it once.
     *
     * @param sheet the sheet's exact name, as {@link #sheet(String)} returns it
     * @param handler receives each row with text; an exception it throws stops the read and is passed on
     * @throws InputException naming the file, sheet and cell if the sheet is damaged or passes a limit, or naming the
     *     file if there is no such sheet
     * @throws UncheckedIOException if the file cannot be read
     */
    public void read(String sheet, RowHandler handler) {
        Objects.requireNonNull(handler, "handler");
        WorkbookPart.Sheet s = find(sheet);
        String source = file + "!" + s.name();
        List<MergedRange> ranges = merges.get(s.name());
        if (ranges == null) {
            ranges = mayHoldMerges(source, s) ? parse(source, s, new MergeScan(source)).ranges() : List.of();
            merges.put(s.name(), ranges);
        }
        parse(source, s, new SheetHandler(source, cellText, ranges, handler));
    }

    /**
     * Reads a small sheet whole (a form definition, a list): element {@code i} of the result is the sheet's row
     * {@code i + 1} (an empty list for a row with no text), up to its last row with text.
     *
     * @param sheet the sheet's exact name
     * @param maxRows the most rows the sheet may reach
     * @return the rows, unmodifiable
     * @throws InputException naming the file and sheet if a row with text lies past {@code maxRows}, or as
     *     {@link #read(String, RowHandler)}
     */
    public List<List<String>> readAll(String sheet, int maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must be at least 0, not " + maxRows);
        }
        List<List<String>> rows = new ArrayList<>();
        read(sheet, (rowNumber, cells) -> {
            if (rowNumber > maxRows) {
                throw new InputException(file + "!" + sheet + "!" + cellName(rowNumber, 0), 0, null, null, null,
                        "the sheet has more than " + maxRows + " rows, the most allowed here", null);
            }
            while (rows.size() < rowNumber - 1) {
                rows.add(List.of());
            }
            rows.add(cells);
        });
        return List.copyOf(rows);
    }

    /**
     * Returns a cell's name in Excel's A1 style.
     *
     * @param rowNumber the 1-based row
     * @param columnIndex0 the 0-based column: 0 is A, 3 is D, 26 is AA
     * @return the name, e.g. {@code D17}
     */
    public static String cellName(int rowNumber, int columnIndex0) {
        if (rowNumber < 1 || columnIndex0 < 0) {
            throw new IllegalArgumentException("a cell needs a row from 1 and a column from 0, not row " + rowNumber
                    + ", column " + columnIndex0);
        }
        return CellReference.convertNumToColString(columnIndex0) + rowNumber;
    }

    /** Releases the file; nothing is written to it. */
    @Override
    public void close() {
        pkg.revert();
    }

    /** Receives a sheet's rows. */
    @FunctionalInterface
    public interface RowHandler {
        /**
         * Receives a row.
         *
         * @param rowNumber the sheet's 1-based row, increasing (rows without text are skipped)
         * @param cells the cells' text, dense from column A, unmodifiable, not empty
         */
        void row(int rowNumber, List<String> cells);

        /**
         * Receives a row and which of its cells are number cells shown as numbers (not dates or times), whose text is
         * then a plain decimal with a point ({@code 1.234}, {@code 1000}) in every locale; by default, passes the
         * row to {@link #row(int, List)}.
         *
         * @param rowNumber the sheet's 1-based row, increasing (rows without text are skipped)
         * @param cells the cells' text, dense from column A, unmodifiable, not empty
         * @param numbers the 0-based columns holding a number cell's text; valid during the call only, not to be
         *     changed
         */
        default void row(int rowNumber, List<String> cells, BitSet numbers) {
            row(rowNumber, cells);
        }
    }

    private WorkbookPart.Sheet find(String sheet) {
        for (WorkbookPart.Sheet s : workbook.sheets()) {
            if (s.name().equals(sheet)) {
                return s;
            }
        }
        throw new InputException(file.toString(), 0, null, null, null, "there is no sheet '" + sheet
                + "'; the sheets are " + quoted(sheetNames()), null);
    }

    private boolean mayHoldMerges(String source, WorkbookPart.Sheet sheet) {
        try (InputStream in = reader.getSheet(sheet.relationId())) {
            return MergeScan.mayHold(in);
        } catch (IOException e) {
            throw zipLimitOr(source, e);
        } catch (OpenXML4JException | IllegalArgumentException e) {
            throw damaged(source, e);
        }
    }

    private <H extends org.xml.sax.ContentHandler> H parse(String source, WorkbookPart.Sheet sheet, H handler) {
        try (InputStream in = reader.getSheet(sheet.relationId())) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
            return handler;
        } catch (IOException e) {
            throw zipLimitOr(source, e);
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException | OpenXML4JException
                | IllegalArgumentException e) {
            throw damaged(source, e);
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(String source, OPCPackage pkg)
            throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        PackagePart part = parts.get(0);
        if (part.getSize() > MAX_SHARED_STRINGS_BYTES) {
            throw new InputException(source, 0, null, null, null, "its shared strings take " + part.getSize()
                    + " bytes, more than the " + MAX_SHARED_STRINGS_BYTES + " allowed", null);
        }
        return new ReadOnlySharedStringsTable(part, false);
    }

    /** Turns POI's zip protections on, at least as strict as this class states, for every zip POI opens. */
    private static synchronized void secureZip() {
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        }
    }

    private static InputException zipLimitOr(String source, IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Zip bomb") || m.contains("ratio") || m.contains("exceeds the max")
                || m.contains("maximum")) {
            return new InputException(source, 0, null, null, null, "a part of the workbook inflates past the limits"
                    + " (more than 100 times its compressed size, or more than " + MAX_ENTRY_SIZE + " bytes)", e);
        }
        throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }

    private static InputException damaged(String source, Exception e) {
        if (e.getCause() instanceof InputException) {
            return (InputException) e.getCause();
        }
        return new InputException(source, 0, null, null, null, "the workbook is damaged and cannot be read ("
                + e.getClass().getSimpleName() + "); open it in Excel and save it again as .xlsx", e);
    }

    static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
