package io.github.sipas.core.xlsx;

import io.github.sipas.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects a sheet's {@code <mergeCell ref="B1:D1"/>} elements, which Excel writes after the rows, in one pass over
 * the sheet part before its rows are read; at most {@link XlsxWorkbook#MAX_MERGED_RANGES}. That pass is parsed as XML
 * only when a scan of the part's bytes ({@link #mayHold(InputStream)}) finds the element's name: a sheet without
 * merged cells, as a tool's export is, costs one inflation of its part rather than a second parse.
 */
final class MergeScan extends DefaultHandler {

    private final String source;
    private final List<MergedRange> ranges = new ArrayList<>();

    MergeScan(String source) {
        this.source = source;
    }

    private static final byte[] NAME = "mergeCell".getBytes(StandardCharsets.US_ASCII);

    /**
     * Whether a sheet part may hold merged ranges: its bytes hold {@code mergeCell} (an element name is never written
     * as character references), or it is not in an ASCII-compatible encoding (a byte-order mark, or a zero byte in its
     * first four bytes, as UTF-16 and UTF-32 have), where bytes cannot tell. A false answer is certain; a true one is
     * settled by parsing. The stream is read to its end or to the name, and not closed.
     *
     * @param in the sheet part's bytes
     * @return false only if the part has no {@code mergeCell} element
     * @throws IOException if the part cannot be read (a zip limit passed, say)
     */
    static boolean mayHold(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int end = in.readNBytes(buffer, 0, 4);
        if (end > 0 && ((buffer[0] & 0xFF) >= 0xFE || end < 4 || buffer[0] == 0 || buffer[1] == 0 || buffer[2] == 0
                || buffer[3] == 0)) {
            return true;
        }
        while (true) {
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                return contains(buffer, end);
            }
            end += n;
            if (contains(buffer, end)) {
                return true;
            }
            // the last bytes may begin the name, which the next read ends
            int carried = Math.min(NAME.length - 1, end);
            System.arraycopy(buffer, end - carried, buffer, 0, carried);
            end = carried;
        }
    }

    private static boolean contains(byte[] b, int end) {
        outer:
        for (int i = 0; i + NAME.length <= end; i++) {
            if (b[i] != 'm') {
                continue;
            }
            for (int j = 1; j < NAME.length; j++) {
                if (b[i + j] != NAME[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The ranges, by top row. */
    List<MergedRange> ranges() {
        ranges.sort(Comparator.comparingInt(MergedRange::firstRow).thenComparingInt(MergedRange::firstColumn));
        return ranges;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (!"mergeCell".equals(SheetHandler.local(localName, qName))) {
            return;
        }
        if (ranges.size() >= XlsxWorkbook.MAX_MERGED_RANGES) {
            throw new InputException(source, 0, null, null, null, "the sheet has more than "
                    + XlsxWorkbook.MAX_MERGED_RANGES + " merged ranges, the most allowed", null);
        }
        String ref = atts.getValue("ref");
        int colon = ref == null ? -1 : ref.indexOf(':');
        long first = colon < 0 ? -1 : SheetHandler.parseRef(ref.substring(0, colon));
        long last = colon < 0 ? -1 : SheetHandler.parseRef(ref.substring(colon + 1));
        if (first < 0 || last < 0 || (first & 0xFFFF) >= XlsxWorkbook.MAX_COLUMNS
                || (last & 0xFFFF) >= XlsxWorkbook.MAX_COLUMNS) {
            throw new InputException(source, 0, null, null, null, "a merged range is not a range of cells: '"
                    + ref + "'", null);
        }
        int r1 = (int) (first >>> 16);
        int r2 = (int) (last >>> 16);
        int c1 = (int) (first & 0xFFFF);
        int c2 = (int) (last & 0xFFFF);
        if (r1 > 0 && r2 > 0 && (r1 != r2 || c1 != c2)) {
            ranges.add(new MergedRange(Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2)));
        }
    }
}
