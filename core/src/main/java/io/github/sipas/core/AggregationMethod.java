package io.github.sipas.core;

/**
 * How the overall index of a unit is made from its criteria's indices. Every method is a linear combination of item
 * indices, so the same standard-error formula applies to all of them.
 *
 * <p>Worked example: elements A = {A1, A2} and B = {B1} with item indices A1 = 80, A2 = 90, B1 = 60 give element indices
 * A = 85, B = 60; {@code MEAN_OF_ELEMENTS} = (85 + 60) / 2 = 72.5, {@code MEAN_OF_ITEMS} = (80 + 90 + 60) / 3 = 76.67.
 *
 * @since 0.1
 */
public enum AggregationMethod {
    /** The mean over elements of the mean of their item indices; SIPAS 2017–2020's rule. */
    MEAN_OF_ELEMENTS,
    /** The plain mean over all criteria; fits SIPAS 2023–2026's published national figures. */
    MEAN_OF_ITEMS,
    /** The mean over domains of the mean over their elements (policy and service for SIPAS 2023–2026). */
    MEAN_OF_DOMAINS,
    /** A weighted mean of element indices with explicit weights, normalized to sum to one. */
    WEIGHTED_ELEMENTS
}
