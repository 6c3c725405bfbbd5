package io.github.sipas.core.csv;

/**
 * The rule every CSV file the project writes applies to its text cells, so that a cell a respondent or an export
 * wrote cannot run as a formula when the file is opened in a spreadsheet (CSV injection): a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe ({@code '=1+2}),
 * which Excel and LibreOffice show as text. So does one that begins with their full-width forms ({@code ＝ ＋ － ＠},
 * U+FF1D, U+FF0B, U+FF0D, U+FF20, which an input method may turn into the ASCII ones) or with any of these after
 * invisible byte-order marks (U+FEFF). Used by the rejects file ({@link RejectsCsv}) and the score CSV.
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
     * @return the cell, with a leading apostrophe when it begins, after any U+FEFF, with {@code = + - @}, their
     *     full-width forms, a tab or a carriage return
     * @throws NullPointerException if the cell is null
     */
    public static String neutralize(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        int i = 0;
        while (i < cell.length() - 1 && cell.charAt(i) == '\uFEFF') {
            i++;
        }
        char c = cell.charAt(i);
        boolean formula = switch (c) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
        return formula ? "'" + cell : cell;
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
