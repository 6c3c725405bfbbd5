package io.github.sipas.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * unanswered. A blank attribute is dropped, as the reader keeps none for a blank cell. The unit and weight were
 * checked when the response was built. Each problem names the response; its line and column number are 0.
 *
 * <p><b>Ids.</b> A response id must not hold a character that does not show: a control character (NUL, CR, LF, tab,
 * ESC, C1 controls), a format character (zero-width space U+200B, zero-width joiner U+200D, the byte-order mark
 * U+FEFF, the bidi controls U+200E, U+200F, U+202A–U+202E and U+2066–U+2069, soft hyphen…), a line or paragraph
 * separator (U+2028, U+2029) or a lone surrogate ({@link Rule#BAD_ID}): two ids that look the same could otherwise
 * differ, and such a character can reorder or hide text on a terminal. The problem names the first such character by
 * its code point, name and position ({@code "the response id holds U+200B ZERO WIDTH SPACE at position 2"}) and
 * gives the id with those characters escaped (<code>K&#92;u200B-0001</code>), never raw. A valid id is then stored in its
 * {@link #normalizeId(String) normalized form} (NFKC, trimmed), so that ids that differ only by compatibility
 * characters (full-width {@code Ｋ-0001}) or surrounding spaces are one id.
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
        if (answers == null && id.equals(r.id()) && unit.equals(r.unit()) && attributes == r.attributes()) {
            return new Outcome(r, List.of());
        }
        return new Outcome(new Response(id, unit, r.period(), r.weight(), answers == null ? r.answers() : answers,
                attributes), List.of());
    }

    /**
     * Returns the form under which a response id is stored and compared: Unicode NFKC (compatibility characters such
     * as full-width letters and digits become their plain forms, ligatures are spelled out), then trimmed of white
     * space, no-break and ideographic spaces included. So {@code "Ｋ-0001"}, {@code "K-0001 "} and {@code "K-0001"}
     * are one id. NFKC does not remove characters that do not show (a zero-width space stays); {@link #check} refuses
     * ids that hold them.
     *
     * @param id the id as given
     * @return the normalized id; empty if nothing but white space remains
     * @throws NullPointerException if the id is null
     */
    public static String normalizeId(String id) {
        Objects.requireNonNull(id, "id");
        boolean plain = true;
        for (int i = 0; i < id.length() && plain; i++) {
            char c = id.charAt(i);
            plain = c >= 0x20 && c < 0x7F; // printable ASCII is its own NFKC form
        }
        return (plain ? id : Normalizer.normalize(id, Normalizer.Form.NFKC)).strip();
    }

    /**
     * Checks the characters of a response id, as the class documentation describes.
     *
     * @param id the id as given
     * @return a {@link Rule#BAD_ID} problem (column {@code response_id}, value the escaped id), or empty if the id is
     *     acceptable
     * @throws NullPointerException if the id is null
     */
    public Optional<Problem> checkId(String id) {
        Objects.requireNonNull(id, "id");
        int position = 0;
        int first = -1;
        int firstPosition = 0;
        int more = 0;
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            i += Character.charCount(cp);
            position++;
            if (hides(cp)) {
                if (first < 0) {
                    first = cp;
                    firstPosition = position;
                } else {
                    more++;
                }
            }
        }
        String reason;
        if (first >= 0) {
            reason = "the response id holds " + describe(first) + " at position " + firstPosition
                    + (more > 0 ? " (and " + more + " more such characters)" : "") + ": an id may not hold control "
                    + "or format characters (NUL, CR, LF, zero-width and bidi controls), which do not show";
        } else if (normalizeId(id).isEmpty()) {
            reason = "the response id is blank once normalized (NFKC, trimmed)";
        } else {
            return Optional.empty();
        }
        return Optional.of(new Problem(source, 0, 0, "response_id", escape(id), Rule.BAD_ID, reason));
    }

    /** Whether a character is one an id may not hold: control, format, line or paragraph separator, lone surrogate. */
    private static boolean hides(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return true;
            default:
                return false;
        }
    }

    /** A character by code point and name: {@code U+200B ZERO WIDTH SPACE}, {@code U+D800 (a lone surrogate)}. */
    private static String describe(int cp) {
        String code = String.format("U+%04X", cp);
        if (Character.getType(cp) == Character.SURROGATE) {
            return code + " (a lone surrogate)";
        }
        String name = Character.getName(cp);
        return name == null ? code : code + " " + name;
    }

    /** An id with each character that does not show written as <code>&#92;uXXXX</code>, and a backslash as two. */
    static String escape(String id) {
        StringBuilder out = new StringBuilder(id.length() + 16);
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\\') {
                out.append("\\\\");
            } else if (hides(cp)) {
                for (char c : Character.toChars(cp)) {
                    out.append(String.format("\\u%04X", (int) c));
                }
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
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
