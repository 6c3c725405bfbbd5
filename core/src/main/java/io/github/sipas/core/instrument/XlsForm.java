package io.github.sipas.core.instrument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Survey;
import io.github.sipas.core.internal.Texts;

/**
 * A KoboToolbox / ODK form definition in the XLSForm standard (<a href="https://xlsform.org">xlsform.org</a>), as much
 * of it as scoring needs: the questions of its {@code survey} sheet, the choice lists of its {@code choices} sheet and
 * the {@code settings}.
 *
 * <h2>What is read</h2>
 * <ul>
 * <li>{@code survey}: the columns {@code type} and {@code name} (required), every {@code label} column, and an optional
 *     {@code sipas} column saying which item of the instrument a question answers (an item id, or a mapping target
 *     such as {@code unit}, {@code response_id}, {@code attribute:NAME}, {@code ignore}, see
 *     {@link io.github.sipas.core.ColumnTarget#parse}). Other columns ({@code required}, {@code relevant},
 *     {@code hint}, {@code constraint}, {@code appearance}…) are accepted and not used. {@code begin_group} /
 *     {@code end_group} and {@code begin_repeat} / {@code end_repeat} (also written with a space, as older forms do)
 *     nest the questions between them; a question's {@link Question#groups() group path} is the names of its groups,
 *     outermost first, as Kobo writes them in export headers ({@code group_access/A1}). Rows with a blank type are
 *     skipped, as pyxform skips them.</li>
 * <li>Types: {@code select_one LIST} and {@code select_multiple LIST} (also {@code select one LIST},
 *     {@code select all that apply LIST}), with an optional trailing {@code or_other}, which adds the choice
 *     {@code other} (label "Other") to the question, as the standard does; {@code select_one_from_file FILE} and
 *     {@code select_multiple_from_file FILE}, whose choices are in a file that is not in the workbook (their list
 *     name is the file name and they have no choices here); every other type ({@code text}, {@code integer},
 *     {@code decimal}, {@code date}, {@code calculate}, {@code note}, {@code start}, {@code end}, {@code deviceid}…) is
 *     kept as written, in lower case.</li>
 * <li>{@code choices}: {@code list_name} (also {@code list name}), {@code name}, the label columns and an optional
 *     {@code sipas} column (a scale code, {@code dont-know}, {@code not-applicable} or {@code unanswered}).</li>
 * <li>{@code settings}: the first row names the settings, the second gives their values ({@code form_title},
 *     {@code form_id}, {@code version}, {@code default_language}…).</li>
 * </ul>
 * Sheet and column names are matched ignoring case and surrounding spaces.
 *
 * <h2>Languages</h2>
 * A label column is {@code label} (the form's default language) or {@code label::LANGUAGE}; the language is the code in
 * parentheses when there is one ({@code label::Vietnamese (vi)} is {@code vi}, as the standard writes it), else the
 * suffix: {@code label::vi}, or a language name, of which {@code English} is {@code en} and {@code Vietnamese} /
 * {@code Tiếng Việt} are {@code vi}; other names are kept in lower case. The unqualified {@code label} is language
 * {@value #DEFAULT_LANGUAGE}. {@link Question#label(String)} falls back from the language asked for to the default, to
 * the {@code default_language} of the settings, then to the first label of the row.
 *
 * <h2>Errors and limits</h2>
 * An {@link InputException} names the file, sheet and cell ({@code form.xlsx!choices!B7}) and the value: a
 * workbook with no {@code survey} sheet (it lists the sheets it has: it is not an XLSForm), a survey sheet without {@code type} or
 * {@code name}, a question without a name, two questions with the same name, a select question whose list is not in
 * {@code choices}, a choice without a name or repeated in its list, an {@code end_group} without a group, a group left
 * open. At most {@value #MAX_SURVEY_ROWS} rows in {@code survey}, {@value #MAX_CHOICE_ROWS} in {@code choices},
 * {@value #MAX_COLUMNS} columns in a sheet and {@value #MAX_CELL_LENGTH} characters in a cell (Excel's own limit).
 *
 * @param source the file the form was read from, for messages
 * @param questions the questions and other rows of the survey sheet, in order, group rows left out
 * @param groups the groups, in the order they begin
 * @param choices the choices by list name, each list in order
 * @param settings the settings by name (lower case)
 * @since 0.2
 */
public record XlsForm(String source, List<Question> questions, List<Group> groups, Map<String, List<Choice>> choices,
        Map<String, String> settings) {

    /** The language of the unqualified {@code label} column. */
    public static final String DEFAULT_LANGUAGE = "default";
    /** The most rows of the {@code survey} sheet: 10,000. */
    public static final int MAX_SURVEY_ROWS = 10_000;
    /** The most rows of the {@code choices} sheet: 200,000 (lists of villages can be long). */
    public static final int MAX_CHOICE_ROWS = 200_000;
    /** The most rows of the {@code settings} sheet that are read: 100. */
    public static final int MAX_SETTINGS_ROWS = 100;
    /** The most columns of a sheet: 1,024. */
    public static final int MAX_COLUMNS = 1_024;
    /** The longest cell: 32,767 characters, Excel's limit. */
    public static final int MAX_CELL_LENGTH = 32_767;

    /**
     * Copies the collections.
     *
     * @param source the file the form was read from, for messages
     * @param questions the questions and other rows of the survey sheet, in order, group rows left out
     * @param groups the groups, in the order they begin
     * @param choices the choices by list name, each list in order
     * @param settings the settings by name (lower case)
     * @throws NullPointerException if a field is null
     */
    public XlsForm {
        Objects.requireNonNull(source, "source");
        questions = List.copyOf(questions);
        groups = List.copyOf(groups);
        Map<String, List<Choice>> lists = new LinkedHashMap<>();
        choices.forEach((k, v) -> lists.put(Objects.requireNonNull(k, "list name"), List.copyOf(v)));
        choices = Collections.unmodifiableMap(lists);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /**
     * A row of the survey sheet that is not a group's beginning or end.
     *
     * @param row the sheet's 1-based row
     * @param type the type as written, trimmed and in lower case ({@code select_one hailong})
     * @param kind the first word of the type, normalized ({@code select_one}, {@code select_multiple},
     *     {@code select_one_from_file}, {@code text}, {@code integer}, {@code calculate}…)
     * @param name the question's name
     * @param labels the labels by language (see the class documentation); empty when the row has none
     * @param listName the choice list of a select question (the file name for {@code _from_file}), else null
     * @param orOther whether the type ends in {@code or_other}
     * @param groups the names of the groups the question is in, outermost first
     * @param sipas the {@code sipas} column's value, or null when blank or absent
     * @param defaultLanguage the form's {@code default_language}, or null
     */
    public record Question(int row, String type, String kind, String name, Map<String, String> labels,
            String listName, boolean orOther, List<String> groups, String sipas, String defaultLanguage) {

        /**
         * Copies the collections.
         *
         * @param row the sheet's 1-based row
         * @param type the type as written, trimmed and in lower case
         * @param kind the first word of the type, normalized
         * @param name the question's name
         * @param labels the labels by language
         * @param listName the choice list of a select question, else null
         * @param orOther whether the type ends in {@code or_other}
         * @param groups the names of the groups the question is in, outermost first
         * @param sipas the {@code sipas} column's value, or null
         * @param defaultLanguage the form's {@code default_language}, or null
         */
        public Question {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
            groups = List.copyOf(groups);
        }

        /**
         * Returns whether the question is answered with one choice of its list ({@code select_one},
         * {@code select_one_from_file}).
         *
         * @return true for a single-select question
         */
        public boolean isSelectOne() {
            return kind.equals("select_one") || kind.equals("select_one_from_file");
        }

        /**
         * Returns whether the question is answered with any number of choices of its list.
         *
         * @return true for a multi-select question
         */
        public boolean isSelectMultiple() {
            return kind.equals("select_multiple") || kind.equals("select_multiple_from_file");
        }

        /**
         * Returns the header Kobo writes for the question in an export with group names: the group path and the
         * name, joined by {@code /} ({@code group_access/A1}).
         *
         * @return the header
         */
        public String path() {
            return groups.isEmpty() ? name : String.join("/", groups) + "/" + name;
        }

        /**
         * Returns the question's label in a language, with the fallbacks of the class documentation.
         *
         * @param language a language code such as {@code vi}
         * @return the label, or empty when the row has no label at all
         */
        public Optional<String> label(String language) {
            return pick(labels, language, defaultLanguage);
        }
    }

    /**
     * A group of the survey sheet ({@code begin_group} or {@code begin_repeat}).
     *
     * @param row the sheet's 1-based row of its beginning
     * @param name the group's name
     * @param labels the labels by language
     * @param parents the names of the groups it is in, outermost first
     * @param repeat whether it is a repeat
     * @param defaultLanguage the form's {@code default_language}, or null
     */
    public record Group(int row, String name, Map<String, String> labels, List<String> parents, boolean repeat,
            String defaultLanguage) {

        /**
         * Copies the collections.
         *
         * @param row the sheet's 1-based row of its beginning
         * @param name the group's name
         * @param labels the labels by language
         * @param parents the names of the groups it is in, outermost first
         * @param repeat whether it is a repeat
         * @param defaultLanguage the form's {@code default_language}, or null
         */
        public Group {
            Objects.requireNonNull(name, "name");
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
            parents = List.copyOf(parents);
        }

        /**
         * Returns the group's label in a language, with the fallbacks of the class documentation.
         *
         * @param language a language code such as {@code vi}
         * @return the label, or empty when the row has no label at all
         */
        public Optional<String> label(String language) {
            return pick(labels, language, defaultLanguage);
        }
    }

    /**
     * A choice of a list.
     *
     * @param row the {@code choices} sheet's 1-based row; 0 for the {@code other} choice that {@code or_other} adds
     * @param listName the list's name
     * @param name the choice's name, which is what a Kobo export in "XML values" writes
     * @param labels the labels by language
     * @param sipas the {@code sipas} column's value, or null when blank or absent
     * @param defaultLanguage the form's {@code default_language}, or null
     */
    public record Choice(int row, String listName, String name, Map<String, String> labels, String sipas,
            String defaultLanguage) {

        /**
         * Copies the labels.
         *
         * @param row the {@code choices} sheet's 1-based row; 0 for the {@code other} choice of {@code or_other}
         * @param listName the list's name
         * @param name the choice's name
         * @param labels the labels by language
         * @param sipas the {@code sipas} column's value, or null
         * @param defaultLanguage the form's {@code default_language}, or null
         */
        public Choice {
            Objects.requireNonNull(listName, "listName");
            Objects.requireNonNull(name, "name");
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        }

        /**
         * Returns whether the choice means don't know / not applicable: its {@code sipas} cell says
         * {@code dont-know} or {@code not-applicable}, or, without one, its name or a label is a usual spelling
         * ({@code khong_biet}, {@code Không biết}, {@code Không áp dụng}, {@code KB}, {@code KBT}, {@code dont_know},
         * {@code Don't know}, {@code Not applicable}, {@code NA}, {@code DK}), compared folded.
         *
         * @return true for a don't-know choice
         */
        public boolean readsAsDontKnow() {
            return XlsFormSurvey.isDontKnow(this);
        }

        /**
         * Returns the choice's label in a language, with the fallbacks of the class documentation.
         *
         * @param language a language code such as {@code vi}
         * @return the label, or empty when the row has no label at all
         */
        public Optional<String> label(String language) {
            return pick(labels, language, defaultLanguage);
        }
    }

    /**
     * Reads a form from an Excel workbook ({@code .xlsx}), streaming; only its {@code survey}, {@code choices} and
     * {@code settings} sheets are read, each up to its row limit.
     *
     * @param file the workbook
     * @return the form
     * @throws InputException if the file is not an xlsx workbook, is not an XLSForm or breaks a rule of the class
     *     documentation; the message names the file, sheet and cell
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static XlsForm read(java.nio.file.Path file) {
        Objects.requireNonNull(file, "file");
        return of(file.toString(), XlsFormWorkbook.read(file));
    }

    /**
     * Reads a form from the rows of its sheets, as {@code XlsxWorkbook.readAll} gives them (each row dense from
     * column A, the first row the header).
     *
     * @param source the file, for messages
     * @param sheets the rows of each sheet by the sheet's name, in the workbook's order; a sheet that is not
     *     {@code survey}, {@code choices} or {@code settings} may map to null (it is not read)
     * @return the form
     * @throws InputException if the sheets are not an XLSForm or break a rule of the class documentation
     */
    public static XlsForm of(String source, Map<String, List<List<String>>> sheets) {
        return new XlsFormRows(source, sheets).form();
    }

    /**
     * Returns the languages of the form's labels, in the order their columns come in the survey sheet, then the
     * choices sheet.
     *
     * @return the languages, {@value #DEFAULT_LANGUAGE} for the unqualified {@code label}
     */
    public Set<String> languages() {
        Set<String> out = new LinkedHashSet<>();
        questions.forEach(q -> out.addAll(q.labels().keySet()));
        groups.forEach(g -> out.addAll(g.labels().keySet()));
        choices.values().forEach(l -> l.forEach(c -> out.addAll(c.labels().keySet())));
        return out;
    }

    /**
     * Returns the question with a name.
     *
     * @param name the name, as written
     * @return the question, or empty
     */
    public Optional<Question> question(String name) {
        return questions.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /**
     * Returns the choices of a question: its list's, with {@code other} added for {@code or_other}; empty for a
     * question that is not a select question or whose choices are in a file.
     *
     * @param q the question
     * @return the choices
     */
    public List<Choice> choicesOf(Question q) {
        if (q.listName() == null || !choices.containsKey(q.listName())) {
            return List.of();
        }
        List<Choice> list = choices.get(q.listName());
        if (!q.orOther()) {
            return list;
        }
        List<Choice> out = new ArrayList<>(list);
        if (list.stream().noneMatch(c -> c.name().equals("other"))) {
            out.add(new Choice(0, q.listName(), "other", Map.of("en", "Other", "vi", "Khác"), null,
                    q.defaultLanguage()));
        }
        return out;
    }

    /**
     * Returns the group with a name.
     *
     * @param name the name
     * @return the group, or empty
     */
    public Optional<Group> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /**
     * Returns an instrument made from the form, to start from: see {@link XlsFormSurvey}.
     *
     * @return the instrument
     * @throws io.github.sipas.core.DefinitionException if the form has no question that can be a criterion
     */
    public Survey toSurvey() {
        return XlsFormSurvey.of(this);
    }

    /**
     * Returns whether a question's name is one a unit column usually has: {@code don_vi}, {@code donvi},
     * {@code ten_don_vi}, {@code unit}, {@code unit_name}, {@code huyen}, {@code district}, {@code agency},
     * {@code co_quan}, {@code xa}, {@code phuong}, {@code xa_phuong} (compared folded), or a reserved column name
     * ({@link Survey#RESERVED_COLUMNS}).
     *
     * @param name the question's name
     * @return true when the name is a unit column's or reserved
     */
    public static boolean isUnitName(String name) {
        return XlsFormSurvey.mayBeUnit(name);
    }

    /** The label in a language, else the default, else the default language, else the first. */
    static Optional<String> pick(Map<String, String> labels, String language, String defaultLanguage) {
        String v = labels.get(language);
        if (v == null) {
            v = labels.get(DEFAULT_LANGUAGE);
        }
        if (v == null && defaultLanguage != null) {
            v = labels.get(defaultLanguage);
        }
        if (v == null && !labels.isEmpty()) {
            v = labels.values().iterator().next();
        }
        return Optional.ofNullable(v);
    }

    /**
     * Returns the language of a label column's suffix (the text after {@code label::}), as the class documentation
     * says.
     *
     * @param suffix the suffix, e.g. {@code Vietnamese (vi)}
     * @return the language, e.g. {@code vi}
     */
    static String language(String suffix) {
        String s = Texts.clean(suffix);
        int open = s.lastIndexOf('(');
        if (open >= 0 && s.endsWith(")")) {
            String code = s.substring(open + 1, s.length() - 1).strip();
            if (!code.isEmpty()) {
                return code.toLowerCase(Locale.ROOT);
            }
        }
        Map<String, String> names = new HashMap<>();
        names.put("english", "en");
        names.put("vietnamese", "vi");
        names.put("tieng viet", "vi");
        names.put("tieng anh", "en");
        String folded = Texts.fold(s);
        return names.getOrDefault(folded, s.toLowerCase(Locale.ROOT));
    }
}
