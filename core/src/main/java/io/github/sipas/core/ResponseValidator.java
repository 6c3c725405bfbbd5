package io.github.sipas.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a {@link Response} built in code against the survey with the {@link RowRules rules} the CSV reader applies to
 * a row, and normalizes it the way the reader does: a unit written by name or alias becomes its id when a unit list is
 * given, and a special code given as a point (e.g. {@code Answer.point(0)} on a scale where 0 means don't know) becomes
 * {@link Answer#dontKnow()} or {@link Answer#notAsked()}.
 *
 * <p>Rules (see {@link RowRules}): every answered item is an item of the survey ({@link Rule#UNKNOWN_ITEM}); a
 * single-choice item takes a point of its scale ({@link Rule#OUT_OF_RANGE} for another whole number), a multi-select
 * item takes choices among its scale's codes, a text item takes text (else {@link Rule#NOT_A_CODE}); don't know only
 * where the scale has a don't-know code; the unit, when a unit list is given, is one of its units
 * ({@link Rule#UNKNOWN_UNIT}); the text of the response is at most {@link #MAX_LENGTH} characters
 * ({@link Rule#TOO_LONG}), and a response that is too long is checked no further.
 * Unanswered and not-asked are always allowed, and an item absent from the response was not asked, as a blank cell is
 * unanswered. A blank attribute is dropped, as the reader keeps none for a blank cell. The id, unit and weight were
 * checked when the response was built. Each problem names the response; its line and column number are 0.
 *
 * <p>Where typed answers differ from cells (both deliberate, and described in {@link RowRules}): a single code given
 * for a multi-select item is refused (the reader reads a cell {@code "3"} as the choice of option 3; in code, say
 * {@code Answer.choices(3)}), and text is taken as Java gives it (the reader refuses U+FFFD, the mark of a failed
 * decoding, which Java strings can hold legitimately).
 *
 * <p>Immutable and thread-safe: a collector checks every submission with one validator.
 *
 * @since 0.1
 */
public final class ResponseValidator {

    /**
     * The most characters a response may hold, counted as in a CSV record (its fields and their separators): 4 M, the
     * longest record the CSV reader reads by default; the same as {@link RowRules#MAX_LENGTH}.
     */
    public static final long MAX_LENGTH = RowRules.MAX_LENGTH;

    private final RowRules rules;
    private final String source;

    /**
     * Builds the validator of a survey.
     *
     * @param survey the survey
     * @param units the unit list the responses' units must be in, or null to accept any unit
     * @param source the name that problems give as the file (e.g. the journal's directory)
     */
    public ResponseValidator(Survey survey, UnitList units, String source) {
        this.rules = new RowRules(survey, units);
        this.source = source;
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
        Optional<AnswerParser.Failure> tooLong = rules.tooLong(r);
        if (tooLong.isPresent()) {
            found.add(problem(r, null, null, tooLong.get()));
            return new Outcome(null, List.copyOf(found));
        }
        String unit = rules.unitId(r.unit());
        if (unit == null) {
            unit = r.unit();
            found.add(problem(r, "unit", unit, new AnswerParser.Failure(Rule.UNKNOWN_UNIT, "no unit of the unit list "
                    + "has this id, name or alias; known: " + rules.knownUnits())));
        }
        Map<String, Answer> answers = null;
        for (Map.Entry<String, Answer> e : r.answers().entrySet()) {
            String itemId = e.getKey();
            Answer a = e.getValue();
            Object checked = rules.answer(itemId, a);
            if (checked instanceof AnswerParser.Failure f) {
                found.add(problem(r, itemId, describe(a), f));
                continue;
            }
            Answer normal = (Answer) checked;
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

    private Problem problem(Response r, String column, String value, AnswerParser.Failure f) {
        return new Problem(source, 0, 0, column, value, f.rule(), "response '" + Problem.shorten(r.id()) + "': "
                + f.message());
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
