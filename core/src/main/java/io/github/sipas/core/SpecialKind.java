package io.github.sipas.core;

/**
 * What a special code of a scale means. Both are kept apart from unanswered cells and out of every denominator.
 *
 * @since 0.1
 */
public enum SpecialKind {
    /** The respondent does not know, or the question does not apply ("Không biết / Không áp dụng"): {@link Answer.DontKnow}. */
    DONT_KNOW,
    /** The question was skipped by design (the form's routing did not ask it): {@link Answer.NotAsked}. */
    NOT_ASKED
}
