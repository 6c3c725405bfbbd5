package io.github.sipas.core.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.sipas.core.AnswerParser;
import io.github.sipas.core.ColumnMapping;
import io.github.sipas.core.ColumnTarget;
import io.github.sipas.core.Item;
import io.github.sipas.core.ItemType;
import io.github.sipas.core.RowRules;
import io.github.sipas.core.Rule;
import io.github.sipas.core.Survey;
import io.github.sipas.core.internal.Texts;

/**
 * Finds what each column of a header holds, in the order {@link CsvResponseReader} documents: the column mapping; the
 * fields by name, ignoring case, or by a Vietnamese synonym when the file lacks the field's own column; an item by its
 * id, group path, bracket, number or text; one option of a multi-select item; else an attribute. Then checks the
 * header as a whole: no two columns for one target, the id, the unit and every criterion present.
 *
 * <p>Built once per reader and immutable; {@link #resolve} keeps the state of one header in locals.
 */
final class HeaderResolver {

    /** The fields, which have a column of their own name or of a synonym. */
    private static final List<ColumnTarget> FIELDS = List.of(ColumnTarget.RESPONSE_ID, ColumnTarget.UNIT,
            ColumnTarget.PERIOD, ColumnTarget.WEIGHT);

    /** Vietnamese and spelled-out headers of the fields, folded; used when the file lacks the field's own column. */
    private static final Map<String, ColumnTarget> FIELD_SYNONYMS = Map.ofEntries(
            Map.entry("response id", ColumnTarget.RESPONSE_ID), Map.entry("ma phieu", ColumnTarget.RESPONSE_ID),
            Map.entry("so phieu", ColumnTarget.RESPONSE_ID), Map.entry("ma phieu khao sat", ColumnTarget.RESPONSE_ID),
            Map.entry("don vi", ColumnTarget.UNIT), Map.entry("ten don vi", ColumnTarget.UNIT),
            Map.entry("don vi duoc danh gia", ColumnTarget.UNIT), Map.entry("co quan", ColumnTarget.UNIT),
            Map.entry("ky khao sat", ColumnTarget.PERIOD), Map.entry("nam khao sat", ColumnTarget.PERIOD),
            Map.entry("dot khao sat", ColumnTarget.PERIOD), Map.entry("trong so", ColumnTarget.WEIGHT));

    /** A question numbered by its item id: {@code "A1. Nơi ngồi chờ…"}, {@code "A1 - …"}, {@code "A1) …"}. */
    private static final Pattern NUMBERED =
            Pattern.compile("^([\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])\\s*[.:)\\-\u2013]\\s+\\S.*$");

    private final Survey survey;
    private final RowRules rules;
    private final ColumnMapping mapping;
    /** The known attributes, folded. */
    private final Set<String> knownAttributes;
    /** Items by folded text (Vietnamese and English); texts shared by two items are left out. */
    private final Map<String, Item> itemsByText;
    /** The answer values, applied to each item column and to the unit column. */
    private final ValueRules values;

    /**
     * @param rules the survey's rules, which hold the parser of each item's cells
     * @param knownAttributes the attributes kept without a warning, folded
     */
    HeaderResolver(RowRules rules, ColumnMapping mapping, Set<String> knownAttributes) {
        this(rules, mapping, knownAttributes, ValueRules.NONE);
    }

    /**
     * @param values the answer values
     */
    HeaderResolver(RowRules rules, ColumnMapping mapping, Set<String> knownAttributes, ValueRules values) {
        this.values = values;
        this.survey = rules.survey();
        this.rules = rules;
        this.mapping = mapping;
        this.knownAttributes = knownAttributes;
        Map<String, Item> byText = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Item item : survey.items()) {
            for (String text : List.of(item.text().vi(), item.text().en())) {
                String key = Texts.fold(text);
                Item before = byText.putIfAbsent(key, item);
                if (before != null && before != item) {
                    shared.add(key);
                }
            }
        }
        byText.keySet().removeAll(shared);
        this.itemsByText = byText;
    }

    /**
     * Resolves a header, recording its problems (all on line 1) in the log.
     *
     * @param names the header's names, cleaned
     * @return the columns; not {@link Columns#ok ok} when the header has an error
     */
    Columns resolve(List<String> names, ProblemLog problems) {
        // once, not per column: a header of many synonyms (thousands of "Đơn vị") took time quadratic in its width
        Set<ColumnTarget> named = new HashSet<>();
        for (String h : names) {
            for (ColumnTarget field : FIELDS) {
                if (h.equalsIgnoreCase(field.name())) {
                    named.add(field);
                }
            }
        }
        Set<ColumnTarget> claimed = new HashSet<>();
        ColumnTarget[] targets = new ColumnTarget[names.size()];
        AnswerParser[] columnParsers = new AnswerParser[names.size()];
        Map<String, List<int[]>> choiceColumns = new LinkedHashMap<>();
        int idColumn = -1;
        int unitColumn = -1;
        int periodColumn = -1;
        int weightColumn = -1;
        Map<ColumnTarget, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            ColumnTarget t = target(name, j, named, claimed, problems);
            if (t.kind() == ColumnTarget.Kind.ITEM && survey.findItem(t.name()).isEmpty()) {
                problems.add(1, j + 1, name, null, Rule.MISSING_COLUMN, "the column mapping sends column '" + name
                        + "' to item '" + t.name() + "', which survey " + survey.id() + " does not have");
                ok = false;
                continue;
            }
            targets[j] = t;
            if (t.kind() == ColumnTarget.Kind.IGNORE) {
                continue;
            }
            Integer before = seen.putIfAbsent(t, j);
            if (before != null) {
                problems.add(1, j + 1, name, null, Rule.DUPLICATE_COLUMN, "columns " + (before + 1) + " ('"
                        + names.get(before) + "') and " + (j + 1) + " ('" + name + "') both hold " + t);
                ok = false;
            }
            switch (t.kind()) {
                case RESPONSE_ID:
                    idColumn = j;
                    break;
                case UNIT:
                    unitColumn = j;
                    break;
                case PERIOD:
                    periodColumn = j;
                    break;
                case WEIGHT:
                    weightColumn = j;
                    break;
                case ITEM:
                    columnParsers[j] = values.isEmpty() ? rules.parser(t.name()) : values.parser(name, t.name());
                    break;
                case CHOICE: {
                    String itemId = t.name().substring(0, t.name().lastIndexOf('='));
                    var multi = survey.findItem(itemId);
                    int code = Integer.parseInt(t.name().substring(t.name().lastIndexOf('=') + 1));
                    if (multi.isEmpty() || multi.get().type() != ItemType.MULTIPLE
                            || !survey.scale(multi.get().scale()).hasCode(code)) {
                        problems.add(1, j + 1, name, null, Rule.MISSING_COLUMN, "column '" + name + "' is mapped to "
                                + "option " + code + " of '" + itemId + "', which is not an option of a "
                                + "multi-select item of survey " + survey.id());
                        ok = false;
                    } else {
                        choiceColumns.computeIfAbsent(itemId, k -> new ArrayList<>()).add(new int[] {j, code});
                    }
                    break;
                }
                default:
                    break;
            }
        }
        if (idColumn < 0) {
            problems.add(1, 0, "response_id", null, Rule.MISSING_COLUMN, "no response_id column; the header has: "
                    + listed(names));
            ok = false;
        }
        if (unitColumn < 0) {
            problems.add(1, 0, "unit", null, Rule.MISSING_COLUMN, "no unit column; the header has: "
                    + listed(names));
            ok = false;
        }
        for (String itemId : choiceColumns.keySet()) {
            Integer single = seen.get(ColumnTarget.item(itemId));
            if (single != null) {
                problems.add(1, single + 1, names.get(single), null, Rule.DUPLICATE_COLUMN, "item " + itemId
                        + " is given both as one column ('" + names.get(single) + "') and as one column per "
                        + "option; keep one of the two");
                ok = false;
            }
        }
        List<String> absent = new ArrayList<>();
        List<String> missingCriteria = new ArrayList<>();
        for (Item item : survey.items()) {
            if (!seen.containsKey(ColumnTarget.item(item.id())) && !choiceColumns.containsKey(item.id())) {
                if (item.isCriterion()) {
                    missingCriteria.add(item.id());
                } else {
                    absent.add(item.id());
                }
            }
        }
        if (!missingCriteria.isEmpty()) {
            problems.add(1, 0, null, null, Rule.MISSING_COLUMN, "no column for " + (missingCriteria.size() == 1
                    ? "criterion " : "criteria ") + String.join(", ", missingCriteria) + " of survey "
                    + survey.id() + "; map the export's columns with a column mapping, or use an instrument "
                    + "that has only the criteria asked");
            ok = false;
        }
        Map<String, String> unitValues = unitColumn < 0 ? Map.of() : values.unitValues(names.get(unitColumn));
        return new Columns(names, targets, columnParsers, idColumn, unitColumn, periodColumn, weightColumn,
                choiceColumns, absent, ok, unitValues);
    }

    /** The first 30 names of a header, for a message, and how many more there are. */
    private static String listed(List<String> names) {
        int shown = Math.min(30, names.size());
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < shown; j++) {
            String n = names.get(j);
            sb.append(j == 0 ? "" : ", ").append(n.length() > 60 ? n.substring(0, 57) + "..." : n);
        }
        return names.size() > shown ? sb + ", … (" + (names.size() - shown) + " more)" : sb.toString();
    }

    /**
     * What one column holds. A synonym of a field counts only when the header lacks the field's own name
     * ({@code named}) and no column before claimed the field.
     */
    private ColumnTarget target(String name, int j, Set<ColumnTarget> named, Set<ColumnTarget> claimed,
            ProblemLog problems) {
        if (name.isEmpty()) {
            problems.add(1, j + 1, null, null, Rule.UNNAMED_COLUMN, "column " + (j + 1)
                    + " has no name; its values are ignored");
            return ColumnTarget.IGNORE;
        }
        var mapped = mapping.targetOf(name);
        if (mapped.isPresent()) {
            return mapped.get();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "response_id":
                return ColumnTarget.RESPONSE_ID;
            case "unit":
                return ColumnTarget.UNIT;
            case "period":
                return ColumnTarget.PERIOD;
            case "weight":
                return ColumnTarget.WEIGHT;
            default:
                break;
        }
        ColumnTarget field = FIELD_SYNONYMS.get(Texts.fold(name));
        if (field != null && !named.contains(field) && claimed.add(field)) {
            return field;
        }
        Item item = itemOfHeader(name);
        if (item != null) {
            return ColumnTarget.item(item.id());
        }
        OptionColumn option = optionColumn(name);
        if (option != null) {
            Item multi = itemIgnoringCase(option.item());
            if (multi != null && multi.type() == ItemType.MULTIPLE
                    && survey.scale(multi.scale()).hasCode(option.code())) {
                return ColumnTarget.choice(multi.id(), option.code());
            }
        }
        if (!knownAttributes.contains(Texts.fold(name))) {
            problems.add(1, j + 1, name, null, Rule.UNKNOWN_COLUMN, "column '" + name + "' is neither a field, nor an "
                    + "item of survey " + survey.id() + ", nor a known attribute; it is kept as attribute '"
                    + name + "'");
        }
        return ColumnTarget.attribute(name);
    }

    /**
     * Finds the item a header names: its id, ignoring case; the id after a KoboToolbox group path
     * ({@code group_access/A1}); the id or text in a trailing bracket ({@code Mức độ hài lòng [A1]}, as Google
     * Forms writes grid rows); the id numbering a question ({@code A1. Nơi ngồi chờ…}); or the item's text in
     * either language, folded.
     */
    private Item itemOfHeader(String name) {
        Item item = itemIgnoringCase(name);
        if (item == null && name.indexOf('/') >= 0) {
            item = itemIgnoringCase(name.substring(name.lastIndexOf('/') + 1).strip());
        }
        if (item == null && name.endsWith("]") && name.lastIndexOf('[') > 0) {
            String inner = name.substring(name.lastIndexOf('[') + 1, name.length() - 1).strip();
            item = itemIgnoringCase(inner);
            if (item == null) {
                item = itemsByText.get(Texts.fold(inner));
            }
        }
        if (item == null) {
            Matcher m = NUMBERED.matcher(name);
            if (m.matches()) {
                item = itemIgnoringCase(m.group(1));
            }
        }
        if (item == null) {
            item = itemsByText.get(Texts.fold(name));
        }
        return item;
    }

    private Item itemIgnoringCase(String name) {
        var exact = survey.findItem(name);
        if (exact.isPresent()) {
            return exact.get();
        }
        for (Item i : survey.items()) {
            if (i.id().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return null;
    }

    /** The item and the option code that the header of one option's column names. */
    record OptionColumn(String item, int code) {
    }

    /**
     * Splits the header of one option of a multi-select item, {@code N2/3}, {@code N2_3}, {@code N2.3} or
     * {@code N2[3]} (spaces allowed around the separator, the code of 1 to 6 digits), into the item and the code; null
     * when the header is not of that form. It scans back from the end, in time linear in the header's length; the
     * regular expression it replaces, {@code ^(.+?)\s*[/_.\[]\s*(\d{1,6})\]?$}, took time quadratic in a run of
     * spaces, minutes for a header cell of a few hundred thousand.
     */
    static OptionColumn optionColumn(String name) {
        int end = name.endsWith("]") ? name.length() - 1 : name.length();
        int digits = end;
        while (digits > 0 && name.charAt(digits - 1) >= '0' && name.charAt(digits - 1) <= '9') {
            digits--;
        }
        if (digits == end || end - digits > 6) {
            return null;
        }
        int separator = digits;
        while (separator > 0 && isRegexSpace(name.charAt(separator - 1))) {
            separator--;
        }
        if (separator == 0 || "/_.[".indexOf(name.charAt(separator - 1)) < 0) {
            return null;
        }
        int item = separator - 1;
        while (item > 0 && isRegexSpace(name.charAt(item - 1))) {
            item--;
        }
        return item == 0 ? null : new OptionColumn(name.substring(0, item), Integer.parseInt(name, digits, end, 10));
    }

    /** Whether a character is one of {@code \s} in a regular expression: space, tab, line feed, VT, form feed, CR. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
