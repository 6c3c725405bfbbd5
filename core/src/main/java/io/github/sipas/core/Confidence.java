package io.github.sipas.core;

/**
 * How sure we are of a fact, such as the wording of an instrument, following the tags of the project's methodology
 * notes.
 *
 * @since 0.1
 */
public enum Confidence {
    /** Confirmed by a public primary source (a decision, the Ministry's own publication); tag [C]. */
    CONFIRMED,
    /** Taken from a secondary source: a local implementation, the press; tag [S]. */
    SECONDARY,
    /** Our inference, documented and configurable; tag [I]. */
    INFERRED
}
