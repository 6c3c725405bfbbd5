package io.github.sipas.core.xlsx;

import io.github.sipas.core.InputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects a sheet's {@code <mergeCell ref="B1:D1"/>} elements, which Excel writes after the rows, in one pass over
 * the sheet part before its rows are read; at most {@link XlsxWorkbook#MAX_MERGED_RANGES}.
 */
final class MergeScan extends DefaultHandler {

    private final String source;
    private final List<MergedRange> ranges = new ArrayList<>();

    MergeScan(String source) {
        this.source = source;
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
