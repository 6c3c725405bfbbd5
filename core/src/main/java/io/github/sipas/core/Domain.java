package io.github.sipas.core;

import java.util.Objects;
import io.github.sipas.core.internal.Texts;

/**
 * A domain groups elements; SIPAS 2023–2026 has two, public policies and administrative services, and the overall index
 * may be the mean of the domains ({@link AggregationMethod#MEAN_OF_DOMAINS}).
 *
 * @param id the domain's id, e.g. {@code "policy"}
 * @param title the domain's title
 * @since 0.1
 */
public record Domain(String id, LocalizedText title) {

    /**
     * Validates the fields.
     *
     * @param id the domain's id, e.g. {@code "policy"}
     * @param title the domain's title
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the id is blank, has surrounding white space or control characters
     */
    public Domain {
        id = Require.requireId(id, "domain id", "id");
        Objects.requireNonNull(title, "title");
    }
}
