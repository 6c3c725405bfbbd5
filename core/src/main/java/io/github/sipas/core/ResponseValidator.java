package io.github.sipas.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import io.github.sipas.core.internal.Ids;

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
 * unanswered. A blank attribute is dropped, as the reader keeps none for a blank cell. The unit and weight were
 * checked when the response was built. Each problem names the response; its line and column number are 0.
 *
 * <p><b>Ids.</b> A response id, as given (before any trimming), must not hold a character that does not show: a
 * control character (NUL, CR, LF, tab, ESC, C1 controls), a format character (zero-width space U+200B, zero-width
 * joiner U+200D, the byte-order mark U+FEFF, the bidi controls U+200E, U+200F, U+202A–U+202E and U+2066–U+2069, soft
 * hyphen…), a line or paragraph separator (U+2028, U+2029), a lone surrogate, another Unicode default-ignorable code
 * point (U+034F COMBINING GRAPHEME JOINER, the variation selectors U+FE00–U+FE0F and U+E0100–U+E01EF, the Hangul
 * fillers U+115F, U+1160, U+3164 and U+FFA0, the tags U+E0000–U+E0FFF, U+061C, U+17B4, U+17B5, U+180B–U+180F,
 * U+2060–U+206F, U+1BCA0–U+1BCA3, U+1D173–U+1D17A) or U+2800 BRAILLE PATTERN BLANK ({@link Rule#BAD_ID}): two ids
 * that look the same could otherwise differ, and such a character can reorder or hide text on a terminal. The problem
 * names the first such character by its code point, name and position
 * ({@code "the response id holds U+200B ZERO WIDTH SPACE at position 2"}) and gives the id with those characters
 * escaped (<code>K&#92;u200B-0001</code>), never raw. An id whose letters are of more than one script (a Latin
 * {@code K} with a Cyrillic {@code О}; scripts as {@link Character.UnicodeScript} gives them, COMMON and INHERITED
 * ignored, kana and hangul counted as Han) is refused too, naming the first letter of each script by code point and
 * name. An id wholly in another script (Cyrillic {@code К-0001}) is accepted and differs from the Latin
 * {@code K-0001}: lookalikes across whole scripts are not detected. A valid id is then stored in its
 * {@link #normalizeId(String) normalized form} (NFKC, dashes as {@code -}, trimmed of spaces), so that ids that
 * differ only by compatibility characters (full-width {@code Ｋ-0001}), the kind of dash or surrounding spaces are
 * one id.
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
        Optional<Problem> badId = checkId(r.id());
        if (badId.isPresent()) {
            return new Outcome(null, List.of(badId.get()));
        }
        String id = normalizeId(r.id());
        String unit = rules.unitId(r.unit());
        if (unit == null) {
            unit = r.unit();
            found.add(problem(r, "unit", unit, new AnswerParser.Failure(Rule.UNKNOWN_UNIT,
                    rules.unknownUnit(r.unit()))));
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
        if (answers == null && id.equals(r.id()) && unit.equals(r.unit()) && attributes == r.attributes()) {
            return new Outcome(r, List.of());
        }
        return new Outcome(new Response(id, unit, r.period(), r.weight(), answers == null ? r.answers() : answers,
                attributes), List.of());
    }

    /**
     * Returns the form under which a response id is stored and compared: Unicode NFKC (compatibility characters such
     * as full-width letters and digits become their plain forms, ligatures are spelled out), then every dash (Unicode
     * category Pd: hyphen U+2010, en dash U+2013, em dash U+2014…) and U+2212 MINUS SIGN written as {@code -}, then
     * trimmed of spaces (category Zs, no-break and ideographic spaces included; a tab or a line break is no space,
     * and {@link #checkId} refuses it). So {@code "Ｋ-0001"}, {@code "K-0001 "}, {@code "K‐0001"} (U+2010) and
     * {@code "K-0001"} are one id. An id of printable ASCII only is its own normal form but for the trimming, and
     * skips NFKC. Normalization removes no character that does not show (a zero-width space stays); {@link #check}
     * refuses ids that hold them. The CSV reader compares ids in the same form.
     *
     * @param id the id as given
     * @return the normalized id; empty if nothing but spaces remain
     * @throws NullPointerException if the id is null
     */
    public static String normalizeId(String id) {
        return Ids.normalize(id);
    }

    /**
     * Checks the characters of a response id, as given (before any trimming), as the class documentation describes.
     *
     * @param id the id as given
     * @return a {@link Rule#BAD_ID} problem (column {@code response_id}, value the escaped id), or empty if the id is
     *     acceptable
     * @throws NullPointerException if the id is null
     */
    public Optional<Problem> checkId(String id) {
        String reason = Ids.fault(id);
        return reason == null ? Optional.empty()
                : Optional.of(new Problem(source, 0, 0, "response_id", Ids.escape(id), Rule.BAD_ID, reason));
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
