package io.github.sipas.core.instrument;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.github.sipas.core.InputException;
import io.github.sipas.core.xlsx.XlsxWorkbook;

/**
 * Reads the sheets of an XLSForm workbook that {@link XlsForm} needs ({@code survey}, {@code choices},
 * {@code settings}) as rows of text through {@link XlsxWorkbook} (streaming, formulas as their cached values, never
 * evaluated; its zip and XML limits), each sheet stopped at its row limit and its cells held to the form's column and
 * length limits. The other sheets are listed but not read.
 */
final class XlsFormWorkbook {

    private XlsFormWorkbook() {
    }

    /**
     * @return each sheet's rows by name, in the workbook's order; null for a sheet a form does not use
     */
    static Map<String, List<List<String>>> read(Path file) {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            Map<String, List<List<String>>> out = new LinkedHashMap<>();
            for (String name : workbook.sheetNames()) {
                String key = name.strip().toLowerCase(Locale.ROOT);
                int max = key.equals("survey") ? XlsForm.MAX_SURVEY_ROWS : key.equals("choices")
                        ? XlsForm.MAX_CHOICE_ROWS : key.equals("settings") ? XlsForm.MAX_SETTINGS_ROWS : -1;
                if (max < 0 || out.get(name) != null) {
                    out.putIfAbsent(name, null);
                    continue;
                }
                List<List<String>> rows = workbook.readAll(name, max);
                for (int r = 0; r < rows.size(); r++) {
                    check(file + "!" + name, r + 1, rows.get(r));
                }
                out.put(name, rows);
            }
            return out;
        }
    }

    private static void check(String where, int rowNumber, List<String> cells) {
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isEmpty()) {
            last--;
        }
        if (last >= XlsForm.MAX_COLUMNS) {
            throw new InputException(where + "!" + XlsxWorkbook.cellName(rowNumber, last), 0, null, null, null,
                    "a form's sheet has at most " + XlsForm.MAX_COLUMNS + " columns", null);
        }
        for (int c = 0; c <= last; c++) {
            if (cells.get(c).length() > XlsForm.MAX_CELL_LENGTH) {
                throw new InputException(where + "!" + XlsxWorkbook.cellName(rowNumber, c), 0, null, null, null,
                        "the cell holds more than " + XlsForm.MAX_CELL_LENGTH + " characters", null);
            }
        }
    }
}
