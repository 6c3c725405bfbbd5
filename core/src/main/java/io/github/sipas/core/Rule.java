package io.github.sipas.core;


/**
 * The rules a response file is checked against. Each has a short code, used in reports and in the rejects file, and a
 * severity: an {@link Severity#ERROR error} rejects the row (or, at line 1, the file), a {@link Severity#WARNING
 * warning} is reported and rejects nothing.
 *
 * @since 0.1
 */
public enum Rule {
    /** An answer that is neither a code of the item's scale, nor one of its labels, nor a special code. */
    NOT_A_CODE("not-a-code", Severity.ERROR),
    /** A whole number that is not a code of the item's scale, e.g. {@code 7} on a 1–5 scale. */
    OUT_OF_RANGE("out-of-range", Severity.ERROR),
    /** A blank response id. */
    MISSING_ID("missing-id", Severity.ERROR),
    /** A blank unit. */
    MISSING_UNIT("missing-unit", Severity.ERROR),
    /** A response id seen on an earlier line; the later occurrence is the bad one. */
    DUPLICATE_ID("duplicate-id", Severity.ERROR),
    /** A unit that matches no unit of the given unit list. */
    UNKNOWN_UNIT("unknown-unit", Severity.ERROR),
    /**
     * A weight that is blank, not a plain decimal number (grouped digits, {@code 1 000} or {@code 1.000.000}; an
     * ambiguous {@code 1.000} or {@code 1,000}; a decimal mark the reader does not take), not finite, not positive, or
     * too far from the file's first weight to be summed with it.
     */
    BAD_WEIGHT("bad-weight", Severity.ERROR),
    /** A row with more or fewer fields than the header. */
    WRONG_FIELD_COUNT("wrong-field-count", Severity.ERROR),
    /** A required column ({@code response_id}, {@code unit}, or a criterion of the survey) absent from the header. */
    MISSING_COLUMN("missing-column", Severity.ERROR),
    /** Two header cells that name the same column. */
    DUPLICATE_COLUMN("duplicate-column", Severity.ERROR),
    /** A column that is neither a field, an item, nor a known attribute; it is kept as an attribute. */
    UNKNOWN_COLUMN("unknown-column", Severity.WARNING),
    /** A header cell with no name; the column's values are ignored. */
    UNNAMED_COLUMN("unnamed-column", Severity.WARNING),
    /**
     * An answer, submitted to a {@link io.github.sipas.core.collect.ResponseCollector}, to an item the survey does not
     * have. (A CSV column that names no item is kept as an attribute instead: {@link #UNKNOWN_COLUMN}.)
     */
    UNKNOWN_ITEM("unknown-item", Severity.ERROR),
    /**
     * A response, submitted to a {@link io.github.sipas.core.collect.ResponseCollector}, whose text (id, unit, period,
     * attributes and text answers) is longer than a CSV record may be: {@value RowRules#MAX_LENGTH} characters.
     */
    TOO_LONG("too-long", Severity.ERROR),
    /**
     * An incomplete or damaged end of a {@link io.github.sipas.core.collect.Journal}'s last file: a write that a crash
     * cut short, never acknowledged, so it is ignored (see {@link io.github.sipas.core.collect.JournalReport#torn()}).
     */
    TORN_LINE("torn-line", Severity.WARNING),
    /**
     * A response id, in a CSV file or submitted to a {@link io.github.sipas.core.collect.ResponseCollector}, that
     * holds, as given, a control or format character (NUL, CR, LF, tab, a zero-width or bidi control, a lone
     * surrogate…), another default-ignorable character (a variation selector, a Hangul filler…) or U+2800, whose
     * letters mix scripts, or that is blank once normalized (see {@link ResponseValidator#checkId(String)} and
     * {@link ResponseValidator#normalizeId(String)}).
     */
    BAD_ID("bad-id", Severity.ERROR),
    /**
     * A damaged line of a {@link io.github.sipas.core.collect.Journal} that was skipped because the journal was read
     * with {@code skipCorrupt} (the command line's {@code --skip-corrupt}); its response, if it held one, is not
     * counted.
     */
    SKIPPED_LINE("skipped-line", Severity.WARNING),
    /**
     * Without a {@link UnitList}, unit names written differently that are alike once case, diacritics, spaces, dots,
     * hyphens and leading administrative prefixes are ignored ({@link UnitList#coreKey}: {@code SaPa}, {@code Sa Pa},
     * {@code TX. Sa Pa}): they were read as one unit, named by the spelling met first, and the warning lists the
     * spellings with their counts.
     */
    SIMILAR_UNITS("similar-units", Severity.WARNING),
    /**
     * Cells that held only a missing-value mark ({@code NA}, {@code N/A}, {@code #N/A}, {@code .}: see
     * {@link MissingTokens}) and were read as unanswered; one warning per read, counting the cells of each column.
     */
    MISSING_TOKEN("missing-token", Severity.WARNING);

    private final String code;
    private final Severity severity;

    Rule(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /**
     * Returns the rule's short code, e.g. {@code "out-of-range"}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns whether breaking the rule rejects the row or only warns.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Whether a problem rejects something or only informs.
     *
     * @since 0.1
     */
    public enum Severity {
        /** The row (or the file, for a header problem) is rejected. */
        ERROR,
        /** Reported; nothing is rejected. */
        WARNING
    }
}
