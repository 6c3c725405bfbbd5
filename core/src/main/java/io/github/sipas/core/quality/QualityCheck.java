package io.github.sipas.core.quality;

/**
 * The data-quality checks of {@link QualityChecks}: each has the code written in {@link QualityFinding#check()} and
 * says whether its findings flag a problem or only note something worth a look.
 *
 * <p>Checks flag; they never delete. A {@link #isNote() note} lists forms that are usually honest but that a
 * back-check (phúc tra) may want to see, such as a few forms answering 5 everywhere in a unit.
 *
 * @since 0.1
 */
public enum QualityCheck {

    /**
     * A unit where the share of straight-lined forms (one valid answer, the same, to every criterion answered, with at
     * least {@link QualityThresholds#straightLiningMinAnswers()} answered) exceeds
     * {@link QualityThresholds#straightLiningShare()}. Example: 40 of 150 forms answer 5 to all 22 criteria, a share
     * of 26.7 % &gt; 20 %: flagged, with the 40 lines.
     */
    STRAIGHT_LINING("straight-lining", false),

    /**
     * A unit with straight-lined forms whose share does not exceed {@link QualityThresholds#straightLiningShare()}:
     * the forms are listed for a back-check, but the unit is not flagged. Example: 3 of 300 forms answer 5
     * everywhere (1 %).
     */
    STRAIGHT_LINED_FORMS("straight-lined-forms", true),

    /**
     * An answer pattern over all criteria shared by more forms of one unit than chance explains (see
     * {@link QualityChecks} for the rule). Example: 5 forms of one unit with the same varied answers, blanks and
     * don't-knows included.
     */
    DUPLICATE_PATTERN("duplicate-pattern", false),

    /** Forms of a unit that answer no criterion with a point of its scale. */
    NO_VALID_ANSWER("no-valid-answer", false),

    /**
     * An item whose don't-know share among forms that were asked it (valid + don't know + unanswered) exceeds
     * {@link QualityThresholds#dontKnowShare()}, in one unit or, with a null unit, over all units. Example: 8 don't
     * know of 20 asked is 40 % &gt; 20 %.
     */
    DONT_KNOW_SHARE("dont-know-share", false),

    /**
     * An interviewer or data-entry batch whose forms' mean satisfied share differs sharply from the rest of the same
     * unit's forms (see {@link QualityChecks} for the test). Example: an interviewer whose 12 forms are all 5s in a unit
     * whose other forms are 60 % satisfied.
     */
    GROUP_EFFECT("group-effect", false);

    private final String code;
    private final boolean note;

    QualityCheck(String code, boolean note) {
        this.code = code;
        this.note = note;
    }

    /**
     * Returns the code written in {@link QualityFinding#check()}.
     *
     * @return the code, e.g. {@code "duplicate-pattern"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns whether the findings of this check are notes rather than flags.
     *
     * @return true for {@link #STRAIGHT_LINED_FORMS}
     */
    public boolean isNote() {
        return note;
    }

    /**
     * Returns the check with a code.
     *
     * @param code the code, e.g. {@code "straight-lining"}
     * @return the check
     * @throws IllegalArgumentException if no check has that code
     */
    public static QualityCheck ofCode(String code) {
        for (QualityCheck c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no quality check has code '" + code + "' (codes: "
                + java.util.Arrays.stream(values()).map(QualityCheck::code)
                        .collect(java.util.stream.Collectors.joining(", ")) + ")");
    }
}
