package io.github.sipas.core.xlsx;

/**
 * A merged range of cells, 1-based rows and 0-based columns, inclusive.
 *
 * @param firstRow the top row
 * @param lastRow the bottom row
 * @param firstColumn the left column
 * @param lastColumn the right column
 */
record MergedRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    MergedRange {
        if (firstRow < 1 || lastRow < firstRow || firstColumn < 0 || lastColumn < firstColumn) {
            throw new IllegalArgumentException("not a range: rows " + firstRow + "-" + lastRow + ", columns "
                    + firstColumn + "-" + lastColumn);
        }
    }
}
