package io.github.sipas.core.xlsx;

import io.github.sipas.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The sheets of a workbook's {@code workbook.xml} and its date system, parsed with a secure SAX parser. */
record WorkbookPart(List<Sheet> sheets, boolean date1904) {

    WorkbookPart {
        sheets = List.copyOf(sheets);
    }

    /** A sheet: its name, the relationship id of its part, and whether it is hidden (or very hidden). */
    record Sheet(String name, String relationId, boolean hidden) {
    }

    static WorkbookPart parse(String source, XSSFReader reader)
            throws IOException, SAXException, InvalidFormatException {
        Handler handler = new Handler(source);
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser", e);
        }
        if (handler.sheets.isEmpty()) {
            throw new InputException(source, 0, null, null, null, "the workbook has no sheet", null);
        }
        return new WorkbookPart(handler.sheets, handler.date1904);
    }

    private static final class Handler extends DefaultHandler {
        private final String source;
        private final List<Sheet> sheets = new ArrayList<>();
        private boolean date1904;

        Handler(String source) {
            this.source = source;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String name = SheetHandler.local(localName, qName);
            if ("workbookPr".equals(name)) {
                String v = atts.getValue("date1904");
                date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
            } else if ("sheet".equals(name)) {
                if (sheets.size() >= XlsxWorkbook.MAX_SHEETS) {
                    throw new InputException(source, 0, null, null, null, "the workbook has more than "
                            + XlsxWorkbook.MAX_SHEETS + " sheets, the most allowed", null);
                }
                String sheetName = atts.getValue("name");
                String id = null;
                for (int i = 0; i < atts.getLength(); i++) {
                    if ("id".equals(SheetHandler.local(atts.getLocalName(i), atts.getQName(i)))) {
                        id = atts.getValue(i);
                    }
                }
                if (sheetName == null || id == null) {
                    throw new InputException(source, 0, null, null, null,
                            "the workbook lists a sheet without a name or a part", null);
                }
                String state = atts.getValue("state");
                sheets.add(new Sheet(sheetName, id, "hidden".equals(state) || "veryHidden".equals(state)));
            }
        }
    }
}
