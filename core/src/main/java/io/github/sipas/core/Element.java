package io.github.sipas.core;

import java.util.Objects;
import io.github.sipas.core.internal.Texts;

/**
 * An element (yếu tố) of an instrument, such as "A. Tiếp cận dịch vụ hành chính công"; it groups criteria, and the
 * element index is the mean of its criteria's indices.
 *
 * @param id the element's id, e.g. {@code "A"}
 * @param title the element's title
 * @param domain the id of the {@link Domain} the element belongs to, or null when the instrument has no domains
 * @since 0.1
 */
public record Element(String id, LocalizedText title, String domain) {

    /**
     * Validates the fields.
     *
     * @param id the element's id, e.g. {@code "A"}
     * @param title the element's title
     * @param domain the id of the {@link Domain} the element belongs to, or null when the instrument has no domains
     * @throws NullPointerException if the id or title is null
     * @throws IllegalArgumentException if the id or the domain id is blank or malformed
     */
    public Element {
        id = Require.requireId(id, "element id", "id");
        Objects.requireNonNull(title, "title");
        if (domain != null) {
            domain = Require.requireId(domain, "domain of element '" + id + "'", "domain");
        }
    }

    /**
     * Returns an element that belongs to no domain.
     *
     * @param id the element's id
     * @param title the element's title
     * @return the element
     */
    public static Element of(String id, LocalizedText title) {
        return new Element(id, title, null);
    }
}
