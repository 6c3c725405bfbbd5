package io.github.sipas.core.csv;

import java.util.ArrayList;
import java.util.EnumMap;
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
import io.github.sipas.core.Element;
import io.github.sipas.core.Item;
import io.github.sipas.core.ItemType;
import io.github.sipas.core.RowRules;
import io.github.sipas.core.Rule;
import io.github.sipas.core.Survey;
import io.github.sipas.core.TerminalText;
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

    /** A header that may name a field when the file lacks the field's own column; the lowest rank wins. */
    private record Synonym(ColumnTarget field, int rank) {
    }

    /**
     * Vietnamese, English and ASCII headers of the fields, folded (so {@code don_vi} is {@code don vi}); matched to the
     * whole header or to its last part after a group path ({@code group_thongtin/huyen}). A unit is first an agency
     * ({@code Đơn vị}, {@code Cơ quan}), then a district ({@code Huyện}, {@code Quận/Huyện}), then a commune
     * ({@code Xã}, {@code Phường}): a file with both {@code Huyện} and {@code Xã} is scored by district.
     */
    private static final Map<String, Synonym> FIELD_SYNONYMS = Map.ofEntries(
            Map.entry("response id", new Synonym(ColumnTarget.RESPONSE_ID, 0)),
            Map.entry("ma phieu", new Synonym(ColumnTarget.RESPONSE_ID, 0)),
            Map.entry("so phieu", new Synonym(ColumnTarget.RESPONSE_ID, 0)),
            Map.entry("ma phieu khao sat", new Synonym(ColumnTarget.RESPONSE_ID, 0)),
            Map.entry("don vi", new Synonym(ColumnTarget.UNIT, 0)),
            Map.entry("ten don vi", new Synonym(ColumnTarget.UNIT, 0)),
            Map.entry("don vi duoc danh gia", new Synonym(ColumnTarget.UNIT, 0)),
            Map.entry("co quan", new Synonym(ColumnTarget.UNIT, 0)),
            Map.entry("ten co quan", new Synonym(ColumnTarget.UNIT, 0)),
            Map.entry("agency", new Synonym(ColumnTarget.UNIT, 0)),
            Map.entry("unit name", new Synonym(ColumnTarget.UNIT, 0)),
            Map.entry("donvi", new Synonym(ColumnTarget.UNIT, 0)),
            Map.entry("huyen", new Synonym(ColumnTarget.UNIT, 1)),
            Map.entry("quan huyen", new Synonym(ColumnTarget.UNIT, 1)),
            Map.entry("huyen thi xa thanh pho", new Synonym(ColumnTarget.UNIT, 1)),
            Map.entry("district", new Synonym(ColumnTarget.UNIT, 1)),
            Map.entry("xa", new Synonym(ColumnTarget.UNIT, 2)),
            Map.entry("phuong", new Synonym(ColumnTarget.UNIT, 2)),
            Map.entry("xa phuong", new Synonym(ColumnTarget.UNIT, 2)),
            Map.entry("phuong xa", new Synonym(ColumnTarget.UNIT, 2)),
            Map.entry("xa phuong thi tran", new Synonym(ColumnTarget.UNIT, 2)),
            Map.entry("commune", new Synonym(ColumnTarget.UNIT, 2)),
            Map.entry("ky khao sat", new Synonym(ColumnTarget.PERIOD, 0)),
            Map.entry("nam khao sat", new Synonym(ColumnTarget.PERIOD, 0)),
            Map.entry("dot khao sat", new Synonym(ColumnTarget.PERIOD, 0)),
            Map.entry("trong so", new Synonym(ColumnTarget.WEIGHT, 0)));

    /** The id columns of the form tools, in the order tried when the tool is not known (after the synonyms). */
    static final List<String> TOOL_ID_COLUMNS = List.of("_uuid", "meta/instanceID", "meta-instanceID", "instanceID",
            "KEY", "_id", "id");

    /** The headers looked for, for the message of a missing id or unit column. */
    private static final String ID_NAMES = "response_id, Mã phiếu, Số phiếu, Response ID";
    private static final String UNIT_NAMES = "unit, Đơn vị, Tên đơn vị, Cơ quan, agency, unit_name, Huyện, Quận/Huyện, district, "
            + "Xã, Phường, commune (also after a group path, as group_thongtin/huyen)";

    /** A question numbered by its item id: {@code "A1. Nơi ngồi chờ…"}, {@code "A1 - …"}, {@code "A1) …"}. */
    private static final Pattern NUMBERED =
            Pattern.compile("^([\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])\\s*[.:)\\-\u2013]\\s+\\S.*$");

    /** A question numbered by its place on the form: {@code "Câu 1. Nơi ngồi chờ…?"}, {@code "Question 3: …"}. */
    private static final Pattern QUESTION_NUMBER = Pattern.compile(
            "^(?:c\u00e2u|cau|question|q)\\s*\\d{1,4}\\s*[.:)\\-\u2013]?\\s+(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A LimeSurvey array's row: {@code Q1[SQ001]}, {@code A[SQ002]}. */
    private static final Pattern LIME_ROW = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*)\\s*\\[SQ(\\d{1,4})\\]$",
            Pattern.CASE_INSENSITIVE);

    private final Survey survey;
    private final RowRules rules;
    private final ColumnMapping mapping;
    /** The known attributes, folded. */
    private final Set<String> knownAttributes;
    /** Items by folded text (Vietnamese and English); texts shared by two items are left out. */
    private final Map<String, Item> itemsByText;
    /** The answer values, applied to each item column and to the unit column. */
    private final ValueRules values;
    /** The preset, the id and unit columns named, row ids. */
    private final HeaderOptions options;
    /** The known attributes and each tool's metadata columns, folded. */
    private final Map<ExportPreset, Set<String>> knownWithMetadata = new EnumMap<>(ExportPreset.class);

    /**
     * @param rules the survey's rules, which hold the parser of each item's cells
     * @param knownAttributes the attributes kept without a warning, folded
     */
    HeaderResolver(RowRules rules, ColumnMapping mapping, Set<String> knownAttributes) {
        this(rules, mapping, knownAttributes, ValueRules.NONE, HeaderOptions.NONE);
    }

    /**
     * @param values the answer values
     * @param options the preset and the columns named
     */
    HeaderResolver(RowRules rules, ColumnMapping mapping, Set<String> knownAttributes, ValueRules values,
            HeaderOptions options) {
        this.values = values;
        this.options = options;
        for (ExportPreset p : ExportPreset.values()) {
            Set<String> known = new HashSet<>(knownAttributes);
            p.metadataColumns().forEach(m -> known.add(Texts.fold(m)));
            knownWithMetadata.put(p, Set.copyOf(known));
        }
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
        ExportPreset preset = options.preset() != null ? options.preset() : ExportPreset.detect(names).orElse(null);
        Set<String> known = preset == null ? knownAttributes : knownWithMetadata.get(preset);
        // once, not per column: a header of many synonyms (thousands of "Đơn vị") took time quadratic in its width
        Map<Integer, ColumnTarget> chosen = new HashMap<>();
        boolean ok = choose(names, preset, chosen, problems);
        boolean rowIds = options.rowIds() || preset == ExportPreset.GOOGLE_FORMS
                && !chosen.containsValue(ColumnTarget.RESPONSE_ID) && !mapped(names, ColumnTarget.RESPONSE_ID);
        if (options.rowIds()) {
            chosen.values().remove(ColumnTarget.RESPONSE_ID);
        }
        ColumnTarget[] targets = new ColumnTarget[names.size()];
        AnswerParser[] columnParsers = new AnswerParser[names.size()];
        Map<String, List<int[]>> choiceColumns = new LinkedHashMap<>();
        int idColumn = -1;
        int unitColumn = -1;
        int periodColumn = -1;
        int weightColumn = -1;
        Map<ColumnTarget, Integer> seen = new HashMap<>();
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            ColumnTarget t = target(name, j, chosen, known, rowIds, problems);
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
        if (idColumn < 0 && !rowIds) {
            List<String> tools = preset == null ? TOOL_ID_COLUMNS : preset.idColumns();
            problems.add(1, 0, "response_id", null, Rule.MISSING_COLUMN, "no response id column: looked for "
                    + ID_NAMES + (tools.isEmpty() ? "" : ", " + String.join(", ", tools)) + "; name it with "
                    + "--id-column NAME, number the rows with --row-ids, name the tool with --preset "
                    + "kobo|odk|google-forms|limesurvey|surveycto, or give a --map file; the header's columns: "
                    + listed(names));
            ok = false;
        }
        if (unitColumn < 0) {
            problems.add(1, 0, "unit", null, Rule.MISSING_COLUMN, "no unit column: looked for " + UNIT_NAMES
                    + "; name it with --unit-column NAME or give a --map file; the header's columns: "
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
                choiceColumns, absent, ok, unitValues, rowIds);
    }

    /** Whether the column mapping sends one of the header's columns to a field. */
    private boolean mapped(List<String> names, ColumnTarget field) {
        for (String n : names) {
            if (mapping.targetOf(n).filter(field::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Chooses the column of each field, by rank: the column named by {@code --id-column} or {@code --unit-column};
     * the field's own name, ignoring case (every such column, so that two are an error); the first column of the best
     * synonym; for the id, the tool's id columns in order. A field the column mapping gives is left to it.
     *
     * @return false if a column named by an option is not in the header
     */
    private boolean choose(List<String> names, ExportPreset preset, Map<Integer, ColumnTarget> chosen,
            ProblemLog problems) {
        boolean ok = true;
        List<String> tools = preset == null ? TOOL_ID_COLUMNS : preset.idColumns();
        for (ColumnTarget field : FIELDS) {
            String option = field == ColumnTarget.RESPONSE_ID ? options.idColumn()
                    : field == ColumnTarget.UNIT ? options.unitColumn() : null;
            if (option != null) {
                int j = named(names, option);
                if (j < 0) {
                    problems.add(1, 0, option, null, Rule.MISSING_COLUMN, "the header has no column '"
                            + TerminalText.escape(option) + "' (--" + (field == ColumnTarget.RESPONSE_ID ? "id"
                            : "unit") + "-column); the header's columns: " + listed(names));
                    ok = false;
                } else {
                    chosen.put(j, field);
                }
                continue;
            }
            int best = Integer.MAX_VALUE;
            int bestColumn = -1;
            for (int j = 0; j < names.size(); j++) {
                String h = names.get(j);
                if (h.equalsIgnoreCase(field.name())) {
                    chosen.put(j, field);
                    best = -1;
                    continue;
                }
                if (best < 0 || mapping.targetOf(h).isPresent()) {
                    continue;
                }
                int rank = synonymRank(h, field);
                if (rank < 0 && field == ColumnTarget.RESPONSE_ID) {
                    for (int t = 0; t < tools.size(); t++) {
                        if (h.equalsIgnoreCase(tools.get(t))) {
                            rank = 10 + t;
                        }
                    }
                }
                if (rank >= 0 && rank < best) {
                    best = rank;
                    bestColumn = j;
                }
            }
            if (best >= 0 && bestColumn >= 0 && !mapped(names, field)) {
                chosen.put(bestColumn, field);
            }
        }
        return ok;
    }

    /** The column an option names: the same name ignoring case, else folded; -1 when none. */
    private static int named(List<String> names, String option) {
        for (int j = 0; j < names.size(); j++) {
            if (names.get(j).equalsIgnoreCase(option.strip())) {
                return j;
            }
        }
        String folded = Texts.fold(option);
        for (int j = 0; j < names.size(); j++) {
            if (!folded.isEmpty() && Texts.fold(names.get(j)).equals(folded)) {
                return j;
            }
        }
        return -1;
    }

    /** The rank of a header as a synonym of a field, itself or its last part after {@code /} or {@code -}; -1 if none. */
    private static int synonymRank(String header, ColumnTarget field) {
        Synonym s = FIELD_SYNONYMS.get(Texts.fold(header));
        if (s == null) {
            int cut = Math.max(header.lastIndexOf('/'), header.lastIndexOf('-'));
            if (cut >= 0 && cut < header.length() - 1) {
                s = FIELD_SYNONYMS.get(Texts.fold(header.substring(cut + 1)));
            }
        }
        return s != null && s.field() == field ? s.rank() : -1;
    }

    /** At most the first ten names of a header, escaped and cut to 40 characters, and how many there are. */
    static String listed(List<String> names) {
        int shown = Math.min(10, names.size());
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < shown; j++) {
            String n = names.get(j);
            n = n.length() > 40 ? n.substring(0, 39) + "…" : n;
            sb.append(j == 0 ? "" : ", ").append('\'').append(TerminalText.escape(n)).append('\'');
        }
        return names.size() > shown ? sb + ", … (" + names.size() + " in all)" : sb.toString();
    }

    /**
     * What one column holds: the mapping's target, the field {@link #choose} chose for it, an item, an option of a
     * multi-select item, else an attribute (with a warning unless known, a column the values name, or a synonym of
     * the id or unit that another column won). With row ids no column is the id.
     */
    private ColumnTarget target(String name, int j, Map<Integer, ColumnTarget> chosen, Set<String> known,
            boolean rowIds, ProblemLog problems) {
        if (name.isEmpty()) {
            problems.add(1, j + 1, null, null, Rule.UNNAMED_COLUMN, "column " + (j + 1)
                    + " has no name; its values are ignored");
            return ColumnTarget.IGNORE;
        }
        var mapped = mapping.targetOf(name);
        if (mapped.isPresent()) {
            return mapped.get();
        }
        ColumnTarget field = chosen.get(j);
        if (field != null && !(rowIds && field == ColumnTarget.RESPONSE_ID)) {
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
        if (!isKnown(name, known) && !values.names(name) && synonymRank(name, ColumnTarget.UNIT) < 0
                && synonymRank(name, ColumnTarget.RESPONSE_ID) < 0) {
            problems.add(1, j + 1, name, null, Rule.UNKNOWN_COLUMN, "column '" + name + "' is neither a field, nor an "
                    + "item of survey " + survey.id() + ", nor a known attribute; it is kept as attribute '"
                    + name + "'");
        }
        return ColumnTarget.attribute(name);
    }

    /** Whether a header is a known attribute, itself or its last part after a group path. */
    private static boolean isKnown(String name, Set<String> known) {
        if (known.contains(Texts.fold(name))) {
            return true;
        }
        int cut = name.lastIndexOf('/');
        return cut >= 0 && known.contains(Texts.fold(name.substring(cut + 1)));
    }

    /**
     * Finds the item a header names: as {@link #itemOfPart} the whole header, then its parts after each of the last
     * four {@code /} of a group path ({@code group_access/A1}, {@code Đánh giá dịch vụ/A1. Nơi ngồi chờ…}); the id
     * after the last {@code -} of an ODK Central group path ({@code group_access-A1}); a LimeSurvey array row.
     */
    private Item itemOfHeader(String name) {
        Item item = itemOfPart(name);
        for (int cut = name.lastIndexOf('/'), n = 0; item == null && cut >= 0 && n < 4; n++) {
            item = itemOfPart(name.substring(cut + 1).strip());
            cut = cut == 0 ? -1 : name.lastIndexOf('/', cut - 1);
        }
        if (item == null && name.indexOf('-') > 0) {
            item = itemIgnoringCase(name.substring(name.lastIndexOf('-') + 1).strip());
        }
        if (item == null) {
            item = limeSurveyRow(name);
        }
        return item;
    }

    /**
     * Finds the item one part of a header names: its id, ignoring case; the id or text in a trailing bracket
     * ({@code Mức độ hài lòng [A1]}, as Google Forms writes grid rows); the id numbering a question
     * ({@code A1. Nơi ngồi chờ…}); the text after a question's number on the form ({@code Câu 1. Nơi ngồi chờ…?}: by
     * its text, never by the number, as a province's form may number its questions its own way); or the item's text
     * in either language, folded.
     */
    private Item itemOfPart(String name) {
        Item item = itemIgnoringCase(name);
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
        if (item == null && name.length() <= 4_000) {
            Matcher m = QUESTION_NUMBER.matcher(name);
            if (m.matches()) {
                String rest = m.group(1);
                item = itemsByText.get(Texts.fold(rest));
                Matcher numbered = NUMBERED.matcher(rest);
                if (item == null && numbered.matches()) {
                    item = itemIgnoringCase(numbered.group(1));
                }
            }
        }
        if (item == null) {
            item = itemsByText.get(Texts.fold(name));
        }
        return item;
    }

    /**
     * The item of a LimeSurvey array row, {@code G[SQn]}, as LimeSurvey's "question code" headings write it when the
     * subquestions keep their default codes: the n-th criterion of an element, the element being {@code G} when it is
     * an element's id ({@code A[SQ002]} is A2), or an element's id followed by digits ({@code A1[SQ002]}), or
     * {@code Q}k for the k-th element ({@code Q2[SQ001]} is B1 in SIPAS 2017); null otherwise.
     */
    private Item limeSurveyRow(String name) {
        if (name.length() > 200) {
            return null;
        }
        Matcher m = LIME_ROW.matcher(name);
        if (!m.matches()) {
            return null;
        }
        String group = m.group(1);
        int row = Integer.parseInt(m.group(2));
        Element element = null;
        List<Element> elements = survey.elements();
        for (Element e : elements) {
            if (e.id().equalsIgnoreCase(group)) {
                element = e;
            }
        }
        Matcher q = Pattern.compile("^[Qq](\\d{1,3})$").matcher(group);
        if (element == null && q.matches()) {
            int k = Integer.parseInt(q.group(1));
            element = k >= 1 && k <= elements.size() ? elements.get(k - 1) : null;
        }
        if (element == null) {
            String letters = group.replaceFirst("\\d+$", "");
            for (Element e : elements) {
                if (e.id().equalsIgnoreCase(letters)) {
                    element = e;
                }
            }
        }
        if (element == null) {
            return null;
        }
        List<Item> criteria = survey.criteriaOf(element.id());
        return row >= 1 && row <= criteria.size() ? criteria.get(row - 1) : null;
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
