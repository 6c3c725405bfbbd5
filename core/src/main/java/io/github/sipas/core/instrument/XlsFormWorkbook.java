package io.github.sipas.core.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import io.github.sipas.core.InputException;

/**
 * Reads the sheets of an XLSForm workbook that {@link XlsForm} needs ({@code survey}, {@code choices},
 * {@code settings}) as rows of text, streaming with Apache POI's event API (POI's SAX parser, external entities and
 * DTDs off; POI's zip-bomb limits), each sheet stopped at its row limit. The other sheets are not read.
 *
 * <p>Stands in until the shared workbook reader ({@code core.xlsx.XlsxWorkbook}) is on main; it does only what a form
 * needs: cells as their formatted text, formulas as their cached values (never evaluated).
 */
final class XlsFormWorkbook {

    private XlsFormWorkbook() {
    }

    static Map<String, List<List<String>>> read(Path file) {
        String source = file.toString();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Map<String, List<List<String>>> out = new LinkedHashMap<>();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            int count = 0;
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (++count > 1_000) {
                        throw new InputException(source, 0, null, null, null, "the workbook has more than 1,000 "
                                + "sheets; a form has three", null);
                    }
                    String key = name.strip().toLowerCase(Locale.ROOT);
                    int max = key.equals("survey") ? XlsForm.MAX_SURVEY_ROWS : key.equals("choices")
                            ? XlsForm.MAX_CHOICE_ROWS : key.equals("settings") ? XlsForm.MAX_SETTINGS_ROWS : -1;
                    if (max < 0 || out.get(name) != null) {
                        out.putIfAbsent(name, null);
                        continue;
                    }
                    out.put(name, rows(source + "!" + name, reader, strings, in, max));
                }
            }
            return out;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new InputException(source, 0, null, null, null, "not an Excel workbook (.xlsx): an XLSForm is "
                    + "the .xlsx file of the form; save an .xls or .ods form as .xlsx first", e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new InputException(source, 0, null, null, null, "the workbook cannot be read: " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    private static List<List<String>> rows(String where, XSSFReader reader, ReadOnlySharedStringsTable strings,
            InputStream in, int maxRows) throws IOException, SAXException, ParserConfigurationException,
            InvalidFormatException {
        List<List<String>> rows = new ArrayList<>();
        XSSFSheetXMLHandler.SheetContentsHandler handler = new XSSFSheetXMLHandler.SheetContentsHandler() {
            private List<String> row;

            @Override
            public void startRow(int rowNum) {
                if (rowNum >= maxRows) {
                    throw new InputException(where, 0, null, null, null, "the sheet has more than " + maxRows
                            + " rows, the most a form's sheet may have", null);
                }
                while (rows.size() < rowNum) {
                    rows.add(new ArrayList<>());
                }
                row = new ArrayList<>();
                rows.add(row);
            }

            @Override
            public void endRow(int rowNum) {
            }

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
                int column = new CellReference(ref).getCol();
                if (column >= XlsForm.MAX_COLUMNS) {
                    throw new InputException(where + "!" + ref, 0, null, null, null, "a form's sheet has at most "
                            + XlsForm.MAX_COLUMNS + " columns", null);
                }
                if (value != null && value.length() > XlsForm.MAX_CELL_LENGTH) {
                    throw new InputException(where + "!" + ref, 0, null, null, null, "the cell holds more than "
                            + XlsForm.MAX_CELL_LENGTH + " characters", null);
                }
                while (row.size() < column) {
                    row.add("");
                }
                row.add(value == null ? "" : value);
            }
        };
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, handler,
                new DataFormatter(Locale.ROOT), false));
        parser.parse(new InputSource(in));
        return rows;
    }
}
