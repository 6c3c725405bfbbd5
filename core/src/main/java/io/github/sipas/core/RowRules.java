package io.github.sipas.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules that a response's answers and unit must keep, in one place for the two ways a response arrives: as the
 * cells of a CSV row, which {@link io.github.sipas.core.csv.CsvResponseReader} reads with the {@link #parser(String)
 * parsers} and the {@link #unitId(String) unit rule} of this class, and as the typed {@link Answer}s of a
 * {@link Response} built in code, which {@link ResponseValidator} (for the collector and the journal reader) checks
 * with {@link #answer(String, Answer)}, {@link #unitId(String)} and {@link #tooLong(Response)}.
 *
 * <h2>The rules</h2>
 * <ul>
 * <li><b>Unknown item</b> ({@link Rule#UNKNOWN_ITEM}): an answer is to an item of the survey. (In a CSV file this is
 * the header's business: a column that names no item is an attribute, and a column mapping that sends a column to an
 * item the survey lacks is a {@link Rule#MISSING_COLUMN} error.)</li>
 * <li><b>Codes</b>: a single-choice item takes one point of its scale; a whole number that is no code of the scale is
 * {@link Rule#OUT_OF_RANGE}. A multi-select item takes choices among its scale's points; a choice that is no point is
 * {@link Rule#OUT_OF_RANGE}. A text item takes text, and an item with a scale takes no text; any other kind of answer
 * is {@link Rule#NOT_A_CODE}.</li>
 * <li><b>Special codes written as numbers</b>: a special code of the scale that is a whole number of at most nine
 * digits ({@code 0} on the SIPAS scales; {@code 00} reads as {@code 0}) given as a number stands for don't know or
 * not asked, as its kind says, for a single-choice item and for a multi-select item alike; it is never one of several
 * choices. A scale's points and its special codes never share a number ({@link Scale} refuses it).</li>
 * <li><b>Don't know</b> only where the scale has a don't-know code ({@link Rule#NOT_A_CODE} elsewhere). A cell can
 * only say don't know through such a code or its label, so this rule is checked for typed answers only.</li>
 * <li><b>Missing answers</b>: unanswered and not asked are always allowed; an item with no answer (no column, or
 * absent from the response) was not asked.</li>
 * <li><b>Unit</b> ({@link Rule#UNKNOWN_UNIT}): with a {@link UnitList}, the unit is one of its units, by id, name or
 * alias after normalization, and is stored as that unit's id; without one, any unit is taken as written.</li>
 * <li><b>Length</b> ({@link Rule#TOO_LONG}): a response holds at most {@link #MAX_LENGTH} characters, the longest
 * record the CSV reader reads by default.</li>
 * </ul>
 * The rules are written once; the messages name what was given, a cell's text or the kind of a typed answer, and so
 * differ in wording between the two.
 *
 * <h2>Where typed answers and cells differ</h2>
 * Three differences are deliberate:
 * <ol>
 * <li>A single code given for a multi-select item: the reader reads a cell {@code "3"} as the choice of option 3 (an
 * export cannot say otherwise), while a typed {@code Answer.point(3)} is refused with {@link Rule#NOT_A_CODE}; in
 * code, say {@code Answer.choices(3)}. (A special code is read as such in both forms.)</li>
 * <li>U+FFFD: the reader refuses a file holding it, as the mark of bytes that are not UTF-8 (it stops the read with an
 * {@link InputException}), while typed text is taken as Java gives it, for a Java string can hold U+FFFD
 * legitimately.</li>
 * <li>Missing-value marks ({@code NA}, {@code N/A}, {@code #N/A}, {@code .}): a cell holding only one is unanswered
 * by default, or refused, as the {@link MissingTokens} policy says; a typed answer is never read as a mark (a typed
 * {@code Answer.text("NA")} to a text item is the text {@code NA}), since code says what it means and has
 * {@link Answer#unanswered()} for a missing answer.</li>
 * </ol>
 * One more follows from the forms themselves: a cell lists choices as text, in which a special code among them is
 * {@link Rule#NOT_A_CODE} ({@code "0,1"}: a special code cannot be combined), while a typed
 * {@code Answer.choices(0, 1)} holds numbers only, and 0, not a point, is {@link Rule#OUT_OF_RANGE}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RowRules {

    /**
     * The most characters a response may hold, counted as in a CSV record (its fields and their separators): 4 M, the
     * longest record the CSV reader reads by default.
     */
    public static final long MAX_LENGTH = 4L << 20;

    private final Survey survey;
    private final UnitList units;
    /** The rules of each item, by id. */
    private final Map<String, ItemRules> items = new HashMap<>();
    /** Up to 15 of the unit list's names, for the message of an unknown unit; null without a list. */
    private final String knownUnits;

    /** One item: its scale (null for a text item), the parser of its cells, its special codes written as numbers. */
    private record ItemRules(Item item, Scale scale, AnswerParser parser, Map<Integer, Answer> specials) {
    }

    /**
     * Builds the rules of a survey, whose parsers read missing-value marks as unanswered
     * ({@link MissingTokens#UNANSWERED}).
     *
     * @param survey the survey
     * @param units the unit list the units must be in, or null to take any unit as written
     * @throws NullPointerException if the survey is null
     */
    public RowRules(Survey survey, UnitList units) {
        this(survey, units, MissingTokens.UNANSWERED);
    }

    /**
     * Builds the rules of a survey.
     *
     * @param survey the survey
     * @param units the unit list the units must be in, or null to take any unit as written
     * @param missing what the {@link #parser(String) parsers} read a cell holding only a missing-value mark as
     * @throws NullPointerException if the survey or the policy is null
     * @since 0.2
     */
    public RowRules(Survey survey, UnitList units, MissingTokens missing) {
        Objects.requireNonNull(missing, "missing");
        this.survey = Objects.requireNonNull(survey, "survey");
        this.units = units;
        Map<String, Map<Integer, Answer>> byScale = new HashMap<>();
        for (Item item : survey.items()) {
            Scale scale = survey.scaleOf(item).orElse(null);
            Map<Integer, Answer> specials = scale == null ? Map.of()
                    : byScale.computeIfAbsent(scale.id(), k -> specialsByNumber(scale));
            items.put(item.id(), new ItemRules(item, scale, new AnswerParser(item, scale, missing), specials));
        }
        if (units == null) {
            knownUnits = null;
        } else {
            List<String> known = units.units().stream().map(Unit::name).collect(Collectors.toList());
            knownUnits = known.size() <= 15 ? String.join(", ", known)
                    : String.join(", ", known.subList(0, 15)) + ", …";
        }
    }

    /**
     * Returns the survey.
     *
     * @return the survey
     */
    public Survey survey() {
        return survey;
    }

    /**
     * Returns the parser of an item's cells, which applies these rules to text: see {@link AnswerParser}.
     *
     * @param itemId the id of an item of the survey
     * @return the item's parser, built once and shared
     * @throws IllegalArgumentException if the survey has no such item
     */
    public AnswerParser parser(String itemId) {
        ItemRules rules = items.get(itemId);
        if (rules == null) {
            throw new IllegalArgumentException("survey '" + survey.id() + "' has no item '" + itemId + "'");
        }
        return rules.parser();
    }

    /**
     * Checks a typed answer to an item and returns it in its normal form: the answer itself, or, for a special code
     * given as a point ({@code Answer.point(0)} on a scale where 0 means don't know), {@link Answer#dontKnow()} or
     * {@link Answer#notAsked()}.
     *
     * @param itemId the item's id
     * @param answer the answer
     * @return the answer in its normal form, or an {@link AnswerParser.Failure} naming the rule broken
     */
    public Object answer(String itemId, Answer answer) {
        ItemRules rules = items.get(itemId);
        if (rules == null) {
            return new AnswerParser.Failure(Rule.UNKNOWN_ITEM, "survey '" + survey.id() + "' has no item '" + itemId
                    + "'");
        }
        Answer a = answer;
        if (a instanceof Answer.Unanswered || a instanceof Answer.NotAsked) {
            return a;
        }
        Item item = rules.item();
        Scale scale = rules.scale();
        if (item.type() == ItemType.TEXT || scale == null) {
            return a instanceof Answer.Text ? a : new AnswerParser.Failure(Rule.NOT_A_CODE, "item " + item.id()
                    + " takes text, not " + kind(a));
        }
        if (a instanceof Answer.DontKnow) {
            return hasDontKnow(scale) ? a : new AnswerParser.Failure(Rule.NOT_A_CODE, "the scale of item "
                    + item.id() + " has no don't-know code; allowed: " + scale.describeCodes());
        }
        if (item.type() == ItemType.SINGLE) {
            if (a instanceof Answer.Point p) {
                Answer meant = ofNumber(scale, rules.specials(), p.code());
                if (meant == null) {
                    return new AnswerParser.Failure(Rule.OUT_OF_RANGE, "item " + item.id() + " takes "
                            + scale.describeCodes());
                }
                return meant instanceof Answer.Point ? a : meant;
            }
            return new AnswerParser.Failure(Rule.NOT_A_CODE, "item " + item.id() + " takes one code ("
                    + scale.describeCodes() + "), not " + kind(a));
        }
        if (a instanceof Answer.Choices c) {
            List<Integer> bad = new ArrayList<>();
            for (int code : c.codes()) {
                if (!scale.hasCode(code)) {
                    bad.add(code);
                }
            }
            return bad.isEmpty() ? a : new AnswerParser.Failure(Rule.OUT_OF_RANGE, "item " + item.id()
                    + " takes choices among " + scale.describeCodes() + "; not " + bad.stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (a instanceof Answer.Point p) {
            Answer meant = ofNumber(scale, rules.specials(), p.code());
            if (meant != null && !(meant instanceof Answer.Point)) {
                return meant;
            }
        }
        // a single code for a multi-select item: the first deliberate difference from cells
        return new AnswerParser.Failure(Rule.NOT_A_CODE, "item " + item.id()
                + " is multi-select and takes choices (Answer.choices), not " + kind(a));
    }

    /**
     * Returns the id a unit is stored under: with a unit list, the id of the unit that the text names by id, name or
     * alias (see {@link UnitList#find}); without one, the text itself.
     *
     * @param unit the unit as given
     * @return the unit's id, or null when the unit list has no such unit ({@link Rule#UNKNOWN_UNIT}; the message
     *     names the {@link #knownUnits() known units})
     */
    public String unitId(String unit) {
        if (units == null) {
            return unit;
        }
        return units.find(unit).map(Unit::id).orElse(null);
    }

    /**
     * Returns whether units are checked against a {@link UnitList}.
     *
     * @return true with a unit list
     */
    public boolean hasUnitList() {
        return units != null;
    }

    /**
     * Says why a unit is not found ({@link #unitId} returned null): a name that fits two units or more names them
     * (id and name) and asks for the full name or the id; else the message lists the {@link #knownUnits() known
     * units}.
     *
     * @param unit the unit as given
     * @return the message of the {@link Rule#UNKNOWN_UNIT} problem
     */
    public String unknownUnit(String unit) {
        List<Unit> fit = units == null ? List.of() : units.candidates(unit);
        if (fit.size() > 1) {
            StringBuilder out = new StringBuilder("the name fits ").append(fit.size()).append(" units: ");
            for (int i = 0; i < fit.size(); i++) {
                out.append(i == 0 ? "" : i == fit.size() - 1 ? " and " : ", ").append('\'').append(fit.get(i).name())
                        .append("' (id ").append(fit.get(i).id()).append(')');
            }
            return out.append("; write the unit's full name or its id").toString();
        }
        return "no unit of the unit list has this id, name or alias; known: " + knownUnits();
    }

    /**
     * Returns the names of the unit list's first 15 units, joined by commas and followed by {@code ", …"} when there
     * are more: what the message of an unknown unit lists.
     *
     * @return the names, or an empty text without a unit list
     */
    public String knownUnits() {
        return knownUnits == null ? "" : knownUnits;
    }

    /**
     * Checks the length of a response: its id, unit, period, attribute names and values, item ids and text answers
     * (codes not counted) must hold at most {@link #MAX_LENGTH} characters in all.
     *
     * @param response the response
     * @return a {@link Rule#TOO_LONG} failure, or empty when the response is short enough
     */
    public Optional<AnswerParser.Failure> tooLong(Response response) {
        long length = length(response);
        if (length <= MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new AnswerParser.Failure(Rule.TOO_LONG, "the response's text is " + length
                + " characters; at most " + MAX_LENGTH + " are allowed, as in a CSV record"));
    }

    /** The characters of a response's text, as a CSV record would hold it (codes not counted). */
    private static long length(Response r) {
        long n = r.id().length() + r.unit().length() + (r.period() == null ? 0 : r.period().length());
        for (Map.Entry<String, String> e : r.attributes().entrySet()) {
            n += e.getKey().length() + e.getValue().length();
        }
        for (Map.Entry<String, Answer> e : r.answers().entrySet()) {
            n += e.getKey().length();
            if (e.getValue() instanceof Answer.Text t) {
                n += t.text().length();
            }
        }
        return n;
    }

    /**
     * A scale's special codes that are whole numbers (at most nine digits once stripped), by value: don't know or
     * not asked, as each code's kind says. Of two codes of one value ({@code 0} and {@code 00}) the later wins.
     */
    static Map<Integer, Answer> specialsByNumber(Scale scale) {
        Map<Integer, Answer> out = new HashMap<>();
        for (SpecialCode s : scale.special()) {
            String code = s.code().strip();
            if (isDigits(code)) {
                out.put(Integer.parseInt(code), s.kind() == SpecialKind.DONT_KNOW ? Answer.dontKnow()
                        : Answer.notAsked());
            }
        }
        return out;
    }

    /**
     * What a whole number means on a scale: the special code written as that number, or the scale's point; null when
     * it is neither ({@link Rule#OUT_OF_RANGE}).
     *
     * @param specials the scale's {@link #specialsByNumber special codes by number}
     */
    static Answer ofNumber(Scale scale, Map<Integer, Answer> specials, int code) {
        Answer special = specials.get(code);
        if (special != null) {
            return special;
        }
        return scale.hasCode(code) ? Answer.point(code) : null;
    }

    /** Whether a scale has a don't-know code. */
    static boolean hasDontKnow(Scale scale) {
        return scale.special().stream().anyMatch(s -> s.kind() == SpecialKind.DONT_KNOW);
    }

    /** Whether a text is one to nine ASCII digits. */
    static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String kind(Answer a) {
        if (a instanceof Answer.Point) {
            return "a single code";
        } else if (a instanceof Answer.Choices) {
            return "choices";
        } else if (a instanceof Answer.Text) {
            return "text";
        }
        return "don't know";
    }
}
