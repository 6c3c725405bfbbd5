package io.github.sipas.core;

import java.util.Objects;

/**
 * Thrown when an instrument or a unit list is inconsistent: a duplicate id, an item that names a missing element or
 * scale, a scale with repeated codes, and the like. The message names the offending id.
 *
 * <p>Besides the message it carries where the fault lies inside the definition, as a path such as
 * {@code items[4].element}, so that a reader of a JSON file can point at the exact place ({@code $.items[4].element}).
 *
 * @since 0.1
 */
public class DefinitionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The place of the fault inside the definition, e.g. {@code items[4].element}; empty when it is the whole. */
    private final String where;

    /**
     * Creates an exception.
     *
     * @param where the place of the fault inside the definition, e.g. {@code items[4].element}, or empty
     * @param message what is wrong, naming the offending id
     */
    public DefinitionException(String where, String message) {
        super(message);
        this.where = Objects.requireNonNull(where, "where");
    }

    /**
     * Returns the place of the fault inside the definition.
     *
     * @return a path such as {@code items[4].element}; empty when the fault concerns the definition as a whole
     */
    public String where() {
        return where;
    }
}
