package io.github.sipas.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import io.github.sipas.core.internal.Texts;

/**
 * Turns the text of a cell into an {@link Answer} for one item: codes, labels with or without diacritics in any case
 * and Unicode form, labels prefixed by their code ({@code "5 - Rất hài lòng"}), special codes and their labels, whole
 * numbers written as decimals ({@code "4.0"}), and for multi-select items lists such as {@code "1,3,6"}.
 *
 * <p>The {@link RowRules rules of a row} as they apply to text, which every reader shares (the CSV reader, and
 * readers of other formats): a blank cell is unanswered, a code outside the scale is {@link Rule#OUT_OF_RANGE}, a
 * special code written as a number stands for don't know or not asked, a text that is neither a code nor a label is
 * {@link Rule#NOT_A_CODE}, a code and label that disagree ({@code "5 - Hài lòng"}) are {@link Rule#NOT_A_CODE}; for a
 * multi-select item a single code is the choice of that option (see {@link RowRules} for where typed answers differ).
 * A cell that holds only a missing-value mark ({@code NA}, {@code N/A}, {@code #N/A}, {@code .}) is unanswered, or
 * refused, as the {@link MissingTokens} policy says; a values rule, and a label or special code of the item's scale
 * that reads the same, win over it.
 *
 * <p>A scale with a don't-know code also takes, unless one of its labels reads the same, the usual spellings of don't
 * know and not applicable ({@link #DONT_KNOW_SPELLINGS}, matched folded, so {@code Không biết}, {@code KHONG BIET},
 * {@code khong_biet} alike), all read as that code: SIPAS asks "Không biết / Không áp dụng" as one answer. No number is
 * among them ({@code 9} and {@code 99} are codes on some scales): give those with {@link #withValues}. The choice names
 * that KoboToolbox writes in its "XML values" exports are the labels with {@code _} between the words
 * ({@code rat_hai_long}), and fold to the label, so they need no rule.
 * Immutable once built, so one parser per item serves every thread; {@link RowRules#parser(String)} holds one per item
 * of a survey.
 *
 * @since 0.1
 */
public final class AnswerParser {

    private static final Pattern CODE_AND_LABEL = Pattern.compile("^(\\d{1,9})\\s*[-\u2013\u2014.:)/]\\s*(\\S.*)$");
    private static final Pattern WHOLE_DECIMAL = Pattern.compile("^(\\d{1,9})[.,]0+$");
    private static final Pattern DECIMAL = Pattern.compile("^-?\\d*[.,]\\d+$|^-\\d+$");
    /** A date or date-time as a workbook's date cell is read (ISO 8601), or as a CSV saved from one may hold it. */
    private static final Pattern DATE = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?$");

    /**
     * A cell, or a typed answer ({@link RowRules#answer(String, Answer)}), that breaks a rule.
     *
     * @param rule the rule
     * @param message what is wrong and what is allowed
     */
    public record Failure(Rule rule, String message) {
    }

    /**
     * The error values a spreadsheet shows for a formula that failed ({@code #DIV/0!}, {@code #VALUE!}…), refused as
     * answers ({@link Rule#NOT_A_CODE}) before any spelling is matched. Matched ignoring case, after the answer values
     * (a values file can still give one a meaning). {@code #N/A}, Excel's "no value available", is not among them: it
     * is a missing-value mark ({@link MissingTokens}), unanswered by default.
     */
    public static final Set<String> EXCEL_ERRORS = Set.of("#DIV/0!", "#VALUE!", "#REF!",
            "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#BUSY!",
            "#CONNECT!", "#UNKNOWN!");

    /**
     * The spellings of don't know and not applicable that a scale with a don't-know code takes by default, folded:
     * Vietnamese with and without diacritics ({@code Không biết}, {@code Không áp dụng}, {@code Không biết/Không trả
     * lời}, {@code Không rõ}), the abbreviations {@code KB}, {@code KBT}, {@code KAD}, and English ({@code don't know},
     * {@code dont_know}, {@code DK}, {@code not applicable}). {@code N/A} and {@code NA} are not among them: they are
     * missing-value marks ({@link MissingTokens}), unanswered by default.
     */
    public static final List<String> DONT_KNOW_SPELLINGS = List.of("khong biet", "khong ap dung",
            "khong biet khong ap dung", "khong biet khong tra loi", "khong ro", "kb", "kbt", "kad", "dont know",
            "don t know", "do not know", "dk", "not applicable", "dont know not applicable",
            "don t know not applicable");

    private final Item item;
    private final Scale scale;
    /** Result for each single-digit cell, an Answer or a Failure. */
    private final Object[] digits;
    /** Folded label or special code, to its answer. */
    private final Map<String, Answer> byKey;
    /** Folded labels of each code. */
    private final Map<Integer, List<String>> labelKeys;
    /** Special codes written as whole numbers, by value, so that "00" reads as "0". */
    private final Map<Integer, Answer> specialByNumber;
    /** Folded labels of each special code, by its folded code. */
    private final Map<String, List<String>> specialLabelKeys;
    private final String allowed;
    /** Folded values given by {@link #withValues}, which win over everything else; empty unless given. */
    private final Map<String, Answer> values;
    /** What a missing-value mark is read as. */
    private final MissingTokens missing;
    /** The missing-value marks, upper case, that a label or special code of the scale reads as; they keep it. */
    private final Set<String> ownTokens;

    /**
     * Builds the parser of one item, reading missing-value marks as unanswered ({@link MissingTokens#UNANSWERED}).
     *
     * @param item the item
     * @param scale its scale; null for a text item, whose cells are taken as they are
     */
    public AnswerParser(Item item, Scale scale) {
        this(item, scale, MissingTokens.UNANSWERED);
    }

    /**
     * Builds the parser of one item.
     *
     * @param item the item
     * @param scale its scale; null for a text item, whose cells are taken as they are (but for the missing-value
     *     marks under {@link MissingTokens#UNANSWERED})
     * @param missing what a cell holding only a missing-value mark is read as
     * @throws NullPointerException if the policy is null
     * @since 0.2
     */
    public AnswerParser(Item item, Scale scale, MissingTokens missing) {
        this.item = item;
        this.scale = scale;
        this.missing = Objects.requireNonNull(missing, "missing");
        this.digits = new Object[10];
        this.byKey = new HashMap<>();
        this.labelKeys = new HashMap<>();
        this.specialLabelKeys = new HashMap<>();
        this.values = Map.of();
        if (scale == null) {
            allowed = "any text";
            specialByNumber = Map.of();
            ownTokens = Set.of();
            return;
        }
        ownTokens = ownTokens(scale);
        for (ScalePoint p : scale.points()) {
            Answer a = Answer.point(p.code());
            String vi = Texts.fold(p.label().vi());
            String en = Texts.fold(p.label().en());
            byKey.put(vi, a);
            byKey.put(en, a);
            labelKeys.put(p.code(), List.of(vi, en));
        }
        for (SpecialCode s : scale.special()) {
            Answer a = s.kind() == SpecialKind.DONT_KNOW ? Answer.dontKnow() : Answer.notAsked();
            byKey.put(Texts.fold(s.code()), a);
            byKey.put(Texts.fold(s.label().vi()), a);
            byKey.put(Texts.fold(s.label().en()), a);
            specialLabelKeys.put(Texts.fold(s.code()), List.of(Texts.fold(s.label().vi()), Texts.fold(s.label().en())));
        }
        if (scale.special().stream().anyMatch(sc -> sc.kind() == SpecialKind.DONT_KNOW)) {
            for (String spelling : DONT_KNOW_SPELLINGS) {
                byKey.putIfAbsent(spelling, Answer.dontKnow());
            }
        }
        specialByNumber = RowRules.specialsByNumber(scale);
        allowed = scale.describeCodes();
        for (int d = 0; d < 10; d++) {
            digits[d] = parseSlow(String.valueOf(d));
        }
    }

    private AnswerParser(AnswerParser base, Map<String, Answer> values) {
        this.item = base.item;
        this.scale = base.scale;
        this.digits = base.digits;
        this.byKey = base.byKey;
        this.labelKeys = base.labelKeys;
        this.specialByNumber = base.specialByNumber;
        this.specialLabelKeys = base.specialLabelKeys;
        this.allowed = base.allowed;
        this.values = values;
        this.missing = base.missing;
        this.ownTokens = base.ownTokens;
    }

    /** The missing-value marks that a label or special code of a scale reads as, ignoring case. */
    private static Set<String> ownTokens(Scale scale) {
        List<String> texts = new ArrayList<>();
        for (ScalePoint p : scale.points()) {
            texts.add(p.label().vi());
            texts.add(p.label().en());
        }
        for (SpecialCode sc : scale.special()) {
            texts.add(sc.code());
            texts.add(sc.label().vi());
            texts.add(sc.label().en());
        }
        // folded, as the scale's labels are matched: its own "N/A" also reads "N.A." and "n / a"
        return texts.stream().map(Texts::clean).filter(MissingTokens::isToken)
                .map(Texts::fold).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Returns whether this parser reads a cell as unanswered because it holds only a missing-value mark: the policy
     * is {@link MissingTokens#UNANSWERED}, the cell trimmed is one of {@link MissingTokens#TOKENS} ignoring case, and
     * neither a values rule nor a label or special code of the scale gives it another meaning. For the reader's
     * count of such cells ({@link Rule#MISSING_TOKEN}).
     *
     * @param raw the cell's text, as read
     * @return true when {@link #parse} reads it as unanswered for being a mark
     * @since 0.2
     */
    public boolean readsAsMissingMark(String raw) {
        if (missing != MissingTokens.UNANSWERED || raw.isEmpty()) {
            return false;
        }
        String s = Texts.clean(raw);
        return isMark(s) && (scale == null || values.isEmpty() || !values.containsKey(Texts.fold(s)));
    }

    /** Whether a cleaned cell is a missing-value mark that the scale does not read as its own. */
    private boolean isMark(String s) {
        return MissingTokens.isToken(s) && !ownTokens.contains(Texts.fold(s));
    }

    /**
     * Returns a parser that first reads the given values, then as this one: for exports that write choice names or
     * answer codes ({@code A4}, {@code 99}).
     *
     * @param values answers by cell text; each key is matched {@link Texts#fold folded}, and each answer must already
     *     be valid for the item (see {@link RowRules#answer})
     * @return the parser, or this one when there are no values
     * @throws NullPointerException if the map or one of its keys or answers is null
     */
    public AnswerParser withValues(Map<String, Answer> values) {
        if (values.isEmpty()) {
            return this;
        }
        Map<String, Answer> folded = new HashMap<>();
        values.forEach((k, v) -> folded.put(Texts.fold(k), Objects.requireNonNull(v, "answer")));
        return new AnswerParser(this, Map.copyOf(folded));
    }

    /**
     * Parses a cell.
     *
     * @param raw the cell's text, as read (a single space is unanswered, as a blank cell)
     * @return an {@link Answer}, or a {@link Failure} naming the rule broken
     */
    public Object parse(String raw) {
        if (raw.length() == 1 && values.isEmpty()) {
            char c = raw.charAt(0);
            if (c >= '0' && c <= '9' && scale != null && item.type() == ItemType.SINGLE) {
                return digits[c - '0'];
            }
            if (c == ' ') {
                return Answer.unanswered();
            }
        }
        if (raw.isEmpty()) {
            return Answer.unanswered();
        }
        return parseSlow(raw);
    }

    private Object parseSlow(String raw) {
        String s = Texts.clean(raw);
        if (s.isEmpty()) {
            return Answer.unanswered();
        }
        boolean mark = isMark(s);
        if (scale == null) {
            return mark && missing == MissingTokens.UNANSWERED ? Answer.unanswered() : Answer.text(s);
        }
        if (!values.isEmpty()) {
            Answer given = values.get(Texts.fold(s));
            if (given != null) {
                return given;
            }
        }
        if (mark) {
            return missing == MissingTokens.UNANSWERED ? Answer.unanswered() : new Failure(Rule.NOT_A_CODE, "'" + s
                    + "' is a missing-value mark (" + MissingTokens.describe(s) + "), not an answer, and such marks "
                    + "are refused (--missing-tokens refuse): blank the cell, or read without --missing-tokens refuse "
                    + "to take it as unanswered");
        }
        if (EXCEL_ERRORS.contains(s.toUpperCase(Locale.ROOT))) {
            return new Failure(Rule.NOT_A_CODE, "'" + s + "' is a spreadsheet's error value (a formula that failed, "
                    + "such as a lookup that found nothing), not an answer; correct the formula or the cell");
        }
        Object single = parseOne(s);
        if (item.type() == ItemType.SINGLE || !(single instanceof Failure)) {
            if (item.type() == ItemType.MULTIPLE && single instanceof Answer.Point) {
                return Answer.choices(((Answer.Point) single).code());
            }
            return single;
        }
        // A multi-select cell: codes or labels separated by commas, semicolons or white space.
        String[] parts = s.split(s.indexOf(',') >= 0 || s.indexOf(';') >= 0 ? "\\s*[,;]\\s*" : "\\s+");
        List<Integer> codes = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            Object one = parseOne(part);
            if (one instanceof Failure) {
                Failure f = (Failure) one;
                return new Failure(f.rule(), "choice '" + part + "': " + f.message());
            }
            if (!(one instanceof Answer.Point)) {
                return new Failure(Rule.NOT_A_CODE, "choice '" + part
                        + "' is a special code, which cannot be combined with other choices");
            }
            codes.add(((Answer.Point) one).code());
        }
        return new Answer.Choices(codes);
    }

    private Object parseOne(String s) {
        if (!values.isEmpty()) {
            Answer given = values.get(Texts.fold(s));
            if (given instanceof Answer.Choices c && c.codes().size() == 1) {
                return Answer.point(c.codes().get(0));
            }
            if (given != null) {
                return given;
            }
        }
        String digits = s;
        Matcher whole = WHOLE_DECIMAL.matcher(s);
        if (whole.matches()) {
            digits = whole.group(1);
        }
        if (RowRules.isDigits(digits)) {
            int code = Integer.parseInt(digits);
            Answer meant = RowRules.ofNumber(scale, specialByNumber, code);
            if (meant != null) {
                return meant;
            }
            return new Failure(Rule.OUT_OF_RANGE, "code " + code + " is not on scale '" + scale.id()
                    + "' of item " + item.id() + "; allowed: " + allowed);
        }
        if (DECIMAL.matcher(s).matches()) {
            return new Failure(Rule.NOT_A_CODE, "not a whole number; item " + item.id() + " allows " + allowed);
        }
        String key = Texts.fold(s);
        Answer a = byKey.get(key);
        if (a != null) {
            return a;
        }
        if (DATE.matcher(s).matches()) {
            return new Failure(Rule.NOT_A_CODE, "'" + s + "' is a date, not an answer code (a spreadsheet turns an "
                    + "answer typed as 1/5 or 1-5 into a date); item " + item.id() + " allows " + allowed
                    + ": correct the cell, or format the column as text before typing");
        }
        Matcher m = CODE_AND_LABEL.matcher(s);
        if (m.matches()) {
            int code = Integer.parseInt(m.group(1));
            String label = Texts.fold(m.group(2));
            Answer special = specialByNumber.get(code);
            if (special != null) {
                List<String> specialKeys = specialLabelKeys.get(Texts.fold(m.group(1)));
                if (specialKeys != null && specialKeys.contains(label)) {
                    return special;
                }
            }
            List<String> keys = labelKeys.get(code);
            if (keys == null) {
                return new Failure(Rule.OUT_OF_RANGE, "code " + code + " is not on scale '" + scale.id()
                        + "' of item " + item.id() + "; allowed: " + allowed);
            }
            if (keys.contains(label)) {
                return Answer.point(code);
            }
            Answer byLabel = byKey.get(label);
            return new Failure(Rule.NOT_A_CODE, "code " + code + " and label '" + m.group(2).strip() + "' disagree: "
                    + code + " is '" + scale.point(code).orElseThrow().label().vi() + "'"
                    + (byLabel instanceof Answer.Point ? " and the label is code " + ((Answer.Point) byLabel).code()
                    : ""));
        }
        return new Failure(Rule.NOT_A_CODE, "not a code or label of scale '" + scale.id() + "' of item " + item.id()
                + "; allowed: " + allowed + ", or the labels " + scale.points().stream()
                .map(p -> p.code() + " '" + p.label().vi() + "'").collect(Collectors.joining(", ")));
    }
}
