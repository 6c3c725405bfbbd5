package io.github.sipas.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.sipas.core.InputException;

class XlsFormWorkbookTest {

    @TempDir
    Path dir;

    /** The rows a workbook reads to: trailing blank cells are not stored in a sheet, so they are dropped. */
    private static Map<String, List<List<String>>> trimmed(Map<String, List<List<String>>> sheets) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        sheets.forEach((name, rows) -> {
            List<List<String>> t = new ArrayList<>();
            for (List<String> r : rows) {
                List<String> row = new ArrayList<>(r);
                while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
                    row.remove(row.size() - 1);
                }
                t.add(row);
            }
            out.put(name, t);
        });
        return out;
    }

    @Test
    void committedFixtureReadsToTheFixtureRows() throws IOException {
        if (Boolean.getBoolean("sipas.fixture.update")) {
            Files.createDirectories(XlsFormRowsFixture.WORKBOOK.getParent());
            XlsFormRowsFixture.write(XlsFormRowsFixture.sheets(), XlsFormRowsFixture.WORKBOOK);
        }
        assertEquals(trimmed(XlsFormRowsFixture.sheets()), XlsFormWorkbook.read(XlsFormRowsFixture.WORKBOOK));
        XlsForm f = XlsForm.read(XlsFormRowsFixture.WORKBOOK);
        assertEquals(XlsFormRowsFixture.form().questions(), f.questions());
        assertEquals(XlsFormRowsFixture.form().choices(), f.choices());
    }

    @Test
    void otherSheetsAreListedButNotRead() throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>(XlsFormRowsFixture.sheets());
        sheets.put("notes", List.of(List.of("anything")));
        Path file = dir.resolve("form.xlsx");
        XlsFormRowsFixture.write(sheets, file);
        Map<String, List<List<String>>> read = XlsFormWorkbook.read(file);
        assertEquals(List.of("survey", "choices", "settings", "notes"), List.copyOf(read.keySet()));
        assertNull(read.get("notes"));
    }

    @Test
    void aFileThatIsNotAWorkbookSaysSo() throws IOException {
        Path file = dir.resolve("form.xlsx");
        Files.writeString(file, "type,name,label\ntext,q,Q\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> XlsForm.read(file));
        assertTrue(e.getMessage().contains("not an Excel workbook"), e.getMessage());
    }

    @Test
    void aDataWorkbookIsNotAnXlsForm() throws IOException {
        Path file = dir.resolve("export.xlsx");
        XlsFormRowsFixture.write(Map.of("Sheet1", List.of(List.of("_uuid", "A1"), List.of("x", "4"))), file);
        InputException e = assertThrows(InputException.class, () -> XlsForm.read(file));
        assertTrue(e.getMessage().contains("not an XLSForm"), e.getMessage());
    }

    @Test
    void rowsPastTheLimitGiveAnInputException() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("list_name", "name", "label"));
        for (int i = 0; i < XlsForm.MAX_SETTINGS_ROWS + 1; i++) {
            rows.add(List.of("x"));
        }
        Path file = dir.resolve("big.xlsx");
        XlsFormRowsFixture.write(Map.of("settings", rows), file);
        InputException e = assertThrows(InputException.class, () -> XlsFormWorkbook.read(file));
        assertTrue(e.getMessage().contains("more than " + XlsForm.MAX_SETTINGS_ROWS + " rows"), e.getMessage());
    }
}
