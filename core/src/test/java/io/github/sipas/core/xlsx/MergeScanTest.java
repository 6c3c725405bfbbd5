package io.github.sipas.core.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MergeScanTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet><sheetData>";

    private static boolean mayHold(byte[] bytes) throws IOException {
        return MergeScan.mayHold(new ByteArrayInputStream(bytes));
    }

    /** A sheet part of {@code rows} rows of text, then {@code tail}. */
    private static byte[] sheet(int rows, String tail) {
        StringBuilder b = new StringBuilder(HEAD);
        for (int i = 1; i <= rows; i++) {
            b.append("<row r=\"").append(i).append("\"><c r=\"A").append(i).append("\" t=\"inlineStr\"><is><t>Bảo Yên")
                    .append("</t></is></c></row>");
        }
        return b.append("</sheetData>").append(tail).append("</worksheet>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSheetWithoutMergedRangesIsToldFromItsBytes() throws IOException {
        assertFalse(mayHold(sheet(5000, "")));
        assertFalse(mayHold(new byte[0]));
    }

    @Test
    void theNameIsFoundWhereverItFallsAcrossTheReadsIncludingPrefixed() throws IOException {
        // spaces before the range move its name along the reads of 64 KiB: some split it between two of them (the
        // name is written once here, without its mergeCells parent, which would hold it again)
        int split = 0;
        for (int pad = 0; pad < 200; pad++) {
            String spaces = " ".repeat(pad);
            byte[] bytes = sheet(873, spaces + "<extLst><mergeCell ref=\"A1:A3\"/></extLst>");
            int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("mergeCell ");
            split += at < 1 << 16 && at + 9 > 1 << 16 ? 1 : 0;
            assertTrue(mayHold(bytes), "spaces " + pad);
            assertTrue(mayHold(sheet(873, spaces + "<x:extLst><x:mergeCell ref=\"A1:A3\"/></x:extLst>")),
                    "spaces " + pad);
        }
        assertTrue(split > 0, "some name fell across two reads");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16"})
    void aPartNotInAnAsciiCompatibleEncodingIsLeftToTheParser(String charset) throws IOException {
        byte[] bytes = new String(sheet(3, ""), StandardCharsets.UTF_8).replace("UTF-8", charset)
                .getBytes(java.nio.charset.Charset.forName(charset));
        assertTrue(mayHold(bytes), charset);
        assertTrue(mayHold(new byte[] {'<', '?'}), "too short to tell");
    }

    @Test
    void theRangesAreCollectedByTopRowThenColumn() throws Exception {
        MergeScan scan = new MergeScan("f.xlsx!S");
        javax.xml.parsers.SAXParserFactory f = javax.xml.parsers.SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.newSAXParser().parse(new ByteArrayInputStream(sheet(1, "<mergeCells><mergeCell ref=\"B3:C3\"/>"
                + "<mergeCell ref=\"A1:A3\"/><mergeCell ref=\"D4:D4\"/></mergeCells>")), scan);
        assertEquals(List.of(new MergedRange(1, 3, 0, 0), new MergedRange(3, 3, 1, 2)), scan.ranges(),
                "a range of one cell is no merge");
    }
}
