package io.github.sipas.core.instrument;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.github.sipas.core.InputException;
import io.github.sipas.core.internal.Texts;

/** Reads the rows of an XLSForm's sheets into an {@link XlsForm}, with the rules its documentation lists. */
final class XlsFormRows {

    private final String source;
    private final Map<String, List<List<String>>> sheets;
    private final Map<String, String> sheetNames = new LinkedHashMap<>();

    XlsFormRows(String source, Map<String, List<List<String>>> sheets) {
        this.source = source;
        this.sheets = sheets;
        for (String name : sheets.keySet()) {
            sheetNames.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), name);
        }
    }

    XlsForm form() {
        String survey = sheetNames.get("survey");
        if (survey == null || sheets.get(survey) == null) {
            throw new InputException(source, 0, null, null, null, "not an XLSForm: a form definition has a sheet "
                    + "named 'survey' (and 'choices' for its choice lists), and this workbook has "
                    + (sheets.isEmpty() ? "no sheets" : "the sheets " + String.join(", ", sheets.keySet().stream()
                    .map(s -> "'" + s + "'").toList())) + "; give --xlsform the form you uploaded to Kobo or ODK, "
                    + "not an export of its data", null);
        }
        Map<String, String> settings = settings();
        String defaultLanguage = settings.containsKey("default_language")
                ? XlsForm.language(settings.get("default_language")) : null;
        Map<String, List<XlsForm.Choice>> choices = choices(defaultLanguage);
        List<XlsForm.Question> questions = new ArrayList<>();
        List<XlsForm.Group> groups = new ArrayList<>();
        List<List<String>> rows = sheets.get(survey);
        Header h = header(survey, rows, true);
        int type = h.required("type");
        int name = h.required("name");
        int sipas = h.optional("sipas");
        Deque<XlsForm.Group> open = new ArrayDeque<>();
        Map<String, Integer> names = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int rowNumber = r + 1;
            String t = Texts.clean(cell(row, type, survey, rowNumber)).toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " ");
            if (t.isEmpty()) {
                continue;
            }
            String n = Texts.clean(cell(row, name, survey, rowNumber));
            String s = sipas < 0 ? "" : Texts.clean(cell(row, sipas, survey, rowNumber));
            Map<String, String> labels = h.labels(row, survey, rowNumber);
            List<String> path = new ArrayList<>();
            open.descendingIterator().forEachRemaining(g -> path.add(g.name()));
            String compact = t.replace(' ', '_');
            if (compact.equals("begin_group") || compact.equals("begin_repeat")) {
                requireName(survey, rowNumber, name, h, n, t);
                XlsForm.Group g = new XlsForm.Group(rowNumber, n, labels, path, compact.equals("begin_repeat"),
                        defaultLanguage);
                open.push(g);
                groups.add(g);
                continue;
            }
            if (compact.equals("end_group") || compact.equals("end_repeat")) {
                if (open.isEmpty()) {
                    throw error(survey, rowNumber, type, h, t, "'" + t + "' closes no group: there is no "
                            + "begin_group or begin_repeat before it that is still open");
                }
                open.pop();
                continue;
            }
            requireName(survey, rowNumber, name, h, n, t);
            Integer before = names.put(n, rowNumber);
            if (before != null) {
                throw error(survey, rowNumber, name, h, n, "two questions are named '" + n + "' (rows " + before
                        + " and " + rowNumber + "); names must be unique, as Kobo and ODK require");
            }
            String[] words = t.split(" ");
            String kind = words[0];
            int rest = 1;
            if (t.startsWith("select one ") || t.startsWith("select_one ")) {
                kind = "select_one";
                rest = t.startsWith("select one ") ? 2 : 1;
            } else if (t.startsWith("select all that apply ")) {
                kind = "select_multiple";
                rest = 4;
            } else if (t.startsWith("select multiple ")) {
                kind = "select_multiple";
                rest = 2;
            }
            String listName = null;
            boolean orOther = false;
            if (kind.startsWith("select_one") || kind.startsWith("select_multiple") || kind.equals("rank")) {
                if (words.length <= rest) {
                    throw error(survey, rowNumber, type, h, t, "a select question names its choice list: '"
                            + kind + " LIST'");
                }
                listName = words[rest];
                orOther = words.length > rest + 1 && words[rest + 1].equals("or_other");
                if (!kind.endsWith("_from_file") && !choices.containsKey(listName)) {
                    throw error(survey, rowNumber, type, h, t, "the choice list '" + listName + "' is not in the "
                            + "choices sheet" + (choices.isEmpty() ? " (the workbook has no choices)"
                            : " (lists: " + shortList(choices.keySet()) + ")"));
                }
            }
            questions.add(new XlsForm.Question(rowNumber, t, kind, n, labels, listName, orOther, path,
                    s.isEmpty() ? null : s, defaultLanguage));
        }
        if (!open.isEmpty()) {
            XlsForm.Group g = open.peek();
            throw error(survey, g.row(), name, h, g.name(), "the group '" + g.name() + "' is never closed: add an "
                    + (g.repeat() ? "end_repeat" : "end_group") + " row after its last question");
        }
        return new XlsForm(source, questions, groups, choices, settings);
    }

    private static String shortList(java.util.Collection<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (out.size() == 10) {
                out.add("… " + (names.size() - 10) + " more");
                break;
            }
            out.add(n);
        }
        return String.join(", ", out);
    }

    private void requireName(String sheet, int rowNumber, int name, Header h, String n, String type) {
        if (n.isEmpty()) {
            throw error(sheet, rowNumber, name, h, null, "the row of type '" + type + "' has no name");
        }
    }

    private Map<String, String> settings() {
        String sheet = sheetNames.get("settings");
        Map<String, String> out = new LinkedHashMap<>();
        if (sheet == null || sheets.get(sheet) == null || sheets.get(sheet).size() < 2) {
            return out;
        }
        List<List<String>> rows = sheets.get(sheet);
        Header h = header(sheet, rows, false);
        List<String> values = rows.get(1);
        for (int c = 0; c < h.names.size(); c++) {
            String key = h.names.get(c);
            String v = Texts.clean(cell(values, c, sheet, 2));
            if (!key.isEmpty() && !v.isEmpty()) {
                out.putIfAbsent(key, v);
            }
        }
        return out;
    }

    private Map<String, List<XlsForm.Choice>> choices(String defaultLanguage) {
        String sheet = sheetNames.get("choices");
        Map<String, List<XlsForm.Choice>> out = new LinkedHashMap<>();
        if (sheet == null || sheets.get(sheet) == null || sheets.get(sheet).isEmpty()) {
            return out;
        }
        List<List<String>> rows = sheets.get(sheet);
        Header h = header(sheet, rows, false);
        int list = h.optional("list_name");
        if (list < 0) {
            list = h.optional("list name");
        }
        if (list < 0) {
            throw error(sheet, 1, -1, h, null, "the choices sheet has no 'list_name' column (its header: "
                    + shortList(h.names) + ")");
        }
        int name = h.required("name");
        int sipas = h.optional("sipas");
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int rowNumber = r + 1;
            String l = Texts.clean(cell(row, list, sheet, rowNumber));
            String n = Texts.clean(cell(row, name, sheet, rowNumber));
            if (l.isEmpty() && n.isEmpty()) {
                continue;
            }
            if (l.isEmpty()) {
                throw error(sheet, rowNumber, list, h, null, "the choice '" + n + "' has no list_name");
            }
            if (n.isEmpty()) {
                throw error(sheet, rowNumber, name, h, null, "a choice of list '" + l + "' has no name");
            }
            Integer before = seen.computeIfAbsent(l, k -> new HashMap<>()).put(n, rowNumber);
            if (before != null) {
                throw error(sheet, rowNumber, name, h, n, "list '" + l + "' has the choice '" + n + "' twice (rows "
                        + before + " and " + rowNumber + ")");
            }
            String s = sipas < 0 ? "" : Texts.clean(cell(row, sipas, sheet, rowNumber));
            out.computeIfAbsent(l, k -> new ArrayList<>()).add(new XlsForm.Choice(rowNumber, l, n,
                    h.labels(row, sheet, rowNumber), s.isEmpty() ? null : s, defaultLanguage));
        }
        return out;
    }

    private String cell(List<String> row, int column, String sheet, int rowNumber) {
        if (column < 0 || column >= row.size() || row.get(column) == null) {
            return "";
        }
        String v = row.get(column);
        if (v.length() > XlsForm.MAX_CELL_LENGTH) {
            throw new InputException(where(sheet, rowNumber, column), 0, null, null, null, "the cell holds "
                    + v.length() + " characters; a cell holds at most " + XlsForm.MAX_CELL_LENGTH, null);
        }
        return v;
    }

    private String where(String sheet, int rowNumber, int column) {
        return source + "!" + sheet + (column >= 0 ? "!" + cellName(rowNumber, column) : "");
    }

    /** The cell's name, as Excel writes it: column letters and the row, {@code D17}. */
    static String cellName(int rowNumber, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + rowNumber;
    }

    private InputException error(String sheet, int rowNumber, int column, Header h, String value, String reason) {
        String columnName = column >= 0 && column < h.names.size() ? h.names.get(column) : null;
        // the column goes into the source: a form's 'name' column holds field names, not a person's (PersonalFields)
        return new InputException(where(sheet, rowNumber, column) + (column < 0 ? " row " + rowNumber : "")
                + (columnName == null ? "" : ", column " + columnName), 0, null, value, null, reason, null);
    }

    private Header header(String sheet, List<List<String>> rows, boolean required) {
        if (rows.isEmpty()) {
            if (required) {
                throw new InputException(source + "!" + sheet, 0, null, null, null, "the sheet is empty; its first "
                        + "row names the columns (type, name, label…)", null);
            }
            return new Header(this, sheet, List.of());
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() > XlsForm.MAX_COLUMNS) {
                throw new InputException(where(sheet, r + 1, XlsForm.MAX_COLUMNS), 0, null, null, null, "the row "
                        + "has " + rows.get(r).size() + " columns; a sheet of a form has at most "
                        + XlsForm.MAX_COLUMNS, null);
            }
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < rows.get(0).size(); c++) {
            names.add(Texts.clean(cell(rows.get(0), c, sheet, 1)).toLowerCase(Locale.ROOT));
        }
        return new Header(this, sheet, names);
    }

    /** The header of a sheet: its column names in lower case, and its label columns by language. */
    private static final class Header {
        final XlsFormRows rows;
        final String sheet;
        final List<String> names;
        final Map<String, Integer> labels = new LinkedHashMap<>();

        Header(XlsFormRows rows, String sheet, List<String> names) {
            this.rows = rows;
            this.sheet = sheet;
            this.names = names;
            for (int c = 0; c < names.size(); c++) {
                String n = names.get(c);
                if (n.equals("label")) {
                    labels.putIfAbsent(XlsForm.DEFAULT_LANGUAGE, c);
                } else if (n.startsWith("label::") && n.length() > "label::".length()) {
                    labels.putIfAbsent(XlsForm.language(rows.sheets.get(sheet).get(0).get(c).strip()
                            .substring("label::".length())), c);
                }
            }
        }

        int optional(String name) {
            return names.indexOf(name);
        }

        int required(String name) {
            int c = names.indexOf(name);
            if (c < 0) {
                throw new InputException(rows.source + "!" + sheet, 0, null, null, null, "the sheet has no '" + name
                        + "' column (its header: " + shortList(names) + "); an XLSForm's " + sheet + " sheet has "
                        + (sheet.equalsIgnoreCase("survey") ? "type, name and label" : "list_name, name and label")
                        + " columns", null);
            }
            return c;
        }

        Map<String, String> labels(List<String> row, String sheet, int rowNumber) {
            Map<String, String> out = new LinkedHashMap<>();
            labels.forEach((language, c) -> {
                String v = Texts.clean(rows.cell(row, c, sheet, rowNumber));
                if (!v.isEmpty()) {
                    out.put(language, v);
                }
            });
            return out;
        }
    }
}
