package io.github.sipas.scoring.estimate;

import java.util.Map;
import java.util.Objects;

/**
 * A variant index of one unit (see {@link Variant}): its overall value and, except for {@link Variant#ALL_SATISFIED},
 * its element and criterion values, each with its linearized standard error and interval, in percent.
 *
 * @param variant the variant
 * @param index the overall value
 * @param elements the element values by element id; empty for {@link Variant#ALL_SATISFIED}
 * @param items the criterion values by criterion id; empty for {@link Variant#ALL_SATISFIED}
 * @since 0.1
 */
public record VariantScore(Variant variant, Estimate index, Map<String, Estimate> elements,
        Map<String, Estimate> items) {

    /**
     * Copies the maps, keeping their order.
     *
     * @param variant the variant
     * @param index the overall value
     * @param elements the element values
     * @param items the criterion values
     * @throws NullPointerException if a field is null
     */
    public VariantScore {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(index, "index");
        elements = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(elements));
        items = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(items));
    }
}
