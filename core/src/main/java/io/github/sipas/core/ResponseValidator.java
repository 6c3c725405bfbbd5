package io.github.sipas.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import io.github.sipas.core.csv.CsvResponseReader;

/**
 * Checks a {@link Response} built in code against the survey with the rules the {@link CsvResponseReader} applies to
 * a row, and normalizes it the way the reader does: a unit written by name or alias becomes its id when a unit list is
 * given, and a special code given as a point (e.g. {@code Answer.point(0)} on a scale where 0 means don't know) becomes
 * {@link Answer#dontKnow()} or {@link Answer#notAsked()}.
 *
 * <p>Rules: every answered item is an item of the survey ({@link Rule#UNKNOWN_ITEM}); a single-choice item takes a
 * point of its scale ({@link Rule#OUT_OF_RANGE} for another whole number), a multi-select item takes choices among its
 * scale's codes, a text item takes text (else {@link Rule#NOT_A_CODE}); don't know only where the scale has a
 * don't-know code; the unit, when a unit list is given, is one of its units ({@link Rule#UNKNOWN_UNIT}); the text of
 * the response is at most {@link #MAX_LENGTH} characters ({@link Rule#TOO_LONG}).
 * Unanswered and not-asked are always allowed, and an item absent from the response was not asked, as a blank cell is
 * unanswered. A blank attribute is dropped, as the reader keeps none for a blank cell. The id, unit and weight were
 * checked when the response was built.
 *
 * <p>Where typed answers differ from cells: a single code given for a multi-select item is refused (the reader reads
 * a cell {@code "3"} as the choice of option 3; in code, say {@code Answer.choices(3)}), and text is taken as Java
 * gives it (the reader refuses U+FFFD, the mark of a failed decoding, which Java strings can hold legitimately).
 *
 * <p>Immutable and thread-safe: a collector checks every submission with one validator.
 *
 * @since 0.1
 */
public final class ResponseValidator {

    /**
     * The most characters a response may hold, counted as in a CSV record (its fields and their separators): 4 M, the
     * longest record the CSV reader reads by default.
     */
    public static final long MAX_LENGTH = 4L << 20;

    private final Survey survey;
    private final UnitList units;
    private final String source;
    /** Special codes written as numbers, by scale id: code to answer. */
    private final Map<String, Map<Integer, Answer>> specials = new HashMap<>();

    /**
     * Builds the validator of a survey.
     *
     * @param survey the survey
     * @param units the unit list the responses' units must be in, or null to accept any unit
     * @param source the name that problems give as the file (e.g. the journal's directory)
     */
    public ResponseValidator(Survey survey, UnitList units, String source) {
        this.survey = survey;
        this.units = units;
        this.source = source;
        for (Scale s : survey.scales()) {
            Map<Integer, Answer> bySpecial = new HashMap<>();
            for (SpecialCode c : s.special()) {
                String code = c.code().strip();
                if (!code.isEmpty() && code.chars().allMatch(ch -> ch >= '0' && ch <= '9') && code.length() <= 9) {
                    bySpecial.put(Integer.parseInt(code), c.kind() == SpecialKind.DONT_KNOW ? Answer.dontKnow()
                            : Answer.notAsked());
                }
            }
            specials.put(s.id(), bySpecial);
        }
    }

    /**
     * The outcome of a check.
     *
     * @param response the normalized response when there is no problem, else null
     * @param problems the problems; empty when the response is valid
     */
    public record Outcome(Response response, List<Problem> problems) {
    }

    /**
     * Checks and normalizes a response, as the class documentation describes.
     *
     * @param r the response
     * @return the normalized response, or every problem found
     */
    public Outcome check(Response r) {
        List<Problem> found = new ArrayList<>(2);
        long length = length(r);
        if (length > MAX_LENGTH) {
            found.add(problem(r, null, null, Rule.TOO_LONG, "the response's text is " + length + " characters; at "
                    + "most " + MAX_LENGTH + " are allowed, as in a CSV record"));
            return new Outcome(null, List.copyOf(found));
        }
        String unit = r.unit();
        if (units != null) {
            var u = units.find(unit);
            if (u.isPresent()) {
                unit = u.get().id();
            } else {
                List<String> known = units.units().stream().map(Unit::name).collect(Collectors.toList());
                found.add(problem(r, "unit", unit, Rule.UNKNOWN_UNIT, "no unit of the unit list has this id, name or "
                        + "alias; known: " + (known.size() <= 15 ? String.join(", ", known)
                        : String.join(", ", known.subList(0, 15)) + ", …")));
            }
        }
        Map<String, Answer> answers = null;
        for (Map.Entry<String, Answer> e : r.answers().entrySet()) {
            String itemId = e.getKey();
            Answer a = e.getValue();
            var item = survey.findItem(itemId);
            if (item.isEmpty()) {
                found.add(problem(r, itemId, describe(a), Rule.UNKNOWN_ITEM, "survey '" + survey.id()
                        + "' has no item '" + itemId + "'"));
                continue;
            }
            Answer normal = check(r, item.get(), a, found);
            if (normal != a) {
                if (answers == null) {
                    answers = new LinkedHashMap<>(r.answers());
                }
                answers.put(itemId, normal);
            }
        }
        if (!found.isEmpty()) {
            return new Outcome(null, List.copyOf(found));
        }
        Map<String, String> attributes = r.attributes();
        if (attributes.values().stream().anyMatch(String::isBlank)) {
            // The reader keeps no attribute for a blank cell.
            attributes = new LinkedHashMap<>(attributes);
            attributes.values().removeIf(String::isBlank);
        }
        if (answers == null && unit.equals(r.unit()) && attributes == r.attributes()) {
            return new Outcome(r, List.of());
        }
        return new Outcome(new Response(r.id(), unit, r.period(), r.weight(), answers == null ? r.answers() : answers,
                attributes), List.of());
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

    /** Returns the answer, or its normal form, or the same answer after adding a problem. */
    private Answer check(Response r, Item item, Answer a, List<Problem> found) {
        if (a instanceof Answer.Unanswered || a instanceof Answer.NotAsked) {
            return a;
        }
        Scale scale = survey.scaleOf(item).orElse(null);
        if (item.type() == ItemType.TEXT || scale == null) {
            if (!(a instanceof Answer.Text)) {
                found.add(problem(r, item.id(), describe(a), Rule.NOT_A_CODE, "item " + item.id()
                        + " takes text, not " + kind(a)));
            }
            return a;
        }
        if (a instanceof Answer.DontKnow) {
            if (scale.special().stream().noneMatch(s -> s.kind() == SpecialKind.DONT_KNOW)) {
                found.add(problem(r, item.id(), describe(a), Rule.NOT_A_CODE, "the scale of item " + item.id()
                        + " has no don't-know code; allowed: " + scale.describeCodes()));
            }
            return a;
        }
        if (item.type() == ItemType.SINGLE) {
            if (a instanceof Answer.Point p) {
                if (scale.hasCode(p.code())) {
                    return a;
                }
                Answer special = specials.get(scale.id()).get(p.code());
                if (special != null) {
                    return special;
                }
                found.add(problem(r, item.id(), describe(a), Rule.OUT_OF_RANGE, "item " + item.id()
                        + " takes " + scale.describeCodes()));
                return a;
            }
            found.add(problem(r, item.id(), describe(a), Rule.NOT_A_CODE, "item " + item.id()
                    + " takes one code (" + scale.describeCodes() + "), not " + kind(a)));
            return a;
        }
        if (a instanceof Answer.Choices c) {
            List<Integer> bad = c.codes().stream().filter(code -> !scale.hasCode(code)).toList();
            if (!bad.isEmpty()) {
                found.add(problem(r, item.id(), describe(a), Rule.OUT_OF_RANGE, "item " + item.id()
                        + " takes choices among " + scale.describeCodes() + "; not " + bad.stream()
                        .map(String::valueOf).collect(Collectors.joining(", "))));
            }
            return a;
        }
        if (a instanceof Answer.Point p && specials.get(scale.id()).containsKey(p.code())) {
            return specials.get(scale.id()).get(p.code());
        }
        found.add(problem(r, item.id(), describe(a), Rule.NOT_A_CODE, "item " + item.id()
                + " is multi-select and takes choices (Answer.choices), not " + kind(a)));
        return a;
    }

    private Problem problem(Response r, String column, String value, Rule rule, String message) {
        return new Problem(source, 0, 0, column, value, rule, "response '" + Problem.shorten(r.id()) + "': "
                + message);
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

    /** The answer as a CSV cell would have shown it. */
    static String describe(Answer a) {
        if (a instanceof Answer.Point p) {
            return Integer.toString(p.code());
        } else if (a instanceof Answer.Choices c) {
            return c.codes().stream().map(String::valueOf).collect(Collectors.joining(","));
        } else if (a instanceof Answer.Text t) {
            return t.text();
        } else if (a instanceof Answer.DontKnow) {
            return "don't know";
        }
        return "";
    }
}
