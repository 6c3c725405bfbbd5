package io.github.sipas.core.csv;

/**
 * The rule every CSV file the project writes applies to its text cells, so that a cell a respondent or an export
 * wrote cannot run as a formula when the file is opened in a spreadsheet (CSV injection): a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe ({@code '=1+2}),
 * which Excel and LibreOffice show as text. Used by the rejects file ({@link RejectsCsv}) and the score CSV.
 *
 * @since 0.1
 */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * Neutralizes a text cell that a spreadsheet would run as a formula, as described in the class documentation;
     * other cells, and the empty cell, are returned as they are.
     *
     * @param cell the text
     * @return the cell, with a leading apostrophe when it begins with {@code = + - @}, a tab or a carriage return
     * @throws NullPointerException if the cell is null
     */
    public static String neutralize(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    /**
     * Returns whether a cell would be changed by {@link #neutralize(String)}.
     *
     * @param cell the text
     * @return true when it begins with {@code = + - @}, a tab or a carriage return
     * @throws NullPointerException if the cell is null
     */
    public static boolean isUnsafe(String cell) {
        return !cell.isEmpty() && !neutralize(cell).equals(cell);
    }
}
