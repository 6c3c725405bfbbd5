package io.github.sipas.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rule that makes a unit's overall index from its criteria: a method and, for
 * {@link AggregationMethod#WEIGHTED_ELEMENTS}, a weight per element id.
 *
 * @param method the method
 * @param weights the weight of each element, for {@link AggregationMethod#WEIGHTED_ELEMENTS}; empty otherwise. Weights
 *     are finite and non-negative and sum to more than zero; they are normalized when applied.
 * @since 0.1
 */
public record Aggregation(AggregationMethod method, Map<String, Double> weights) {

    /** The mean of element indices. */
    public static final Aggregation MEAN_OF_ELEMENTS = new Aggregation(AggregationMethod.MEAN_OF_ELEMENTS, Map.of());
    /** The mean of item indices. */
    public static final Aggregation MEAN_OF_ITEMS = new Aggregation(AggregationMethod.MEAN_OF_ITEMS, Map.of());
    /** The mean of domain indices. */
    public static final Aggregation MEAN_OF_DOMAINS = new Aggregation(AggregationMethod.MEAN_OF_DOMAINS, Map.of());

    /**
     * Validates the rule.
     *
     * @param method the method
     * @param weights the weight of each element, for {@link AggregationMethod#WEIGHTED_ELEMENTS}; empty otherwise. Weights are finite and non-negative and sum to more than zero; they are normalized when applied.
     * @throws NullPointerException if the method or the weights are null
     * @throws IllegalArgumentException if weights are given with a method other than
     *     {@link AggregationMethod#WEIGHTED_ELEMENTS}, are missing for it, are negative or not finite, or sum to zero
     */
    public Aggregation {
        Objects.requireNonNull(method, "method");
        weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(weights, "weights")));
        if (method != AggregationMethod.WEIGHTED_ELEMENTS && !weights.isEmpty()) {
            throw new IllegalArgumentException("weights are only allowed with WEIGHTED_ELEMENTS, not with " + method);
        }
        if (method == AggregationMethod.WEIGHTED_ELEMENTS) {
            if (weights.isEmpty()) {
                throw new IllegalArgumentException("WEIGHTED_ELEMENTS needs a weight for every element");
            }
            double sum = 0;
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                Objects.requireNonNull(e.getKey(), "element id");
                double w = Objects.requireNonNull(e.getValue(), "weight of " + e.getKey());
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("weight of element '" + e.getKey()
                            + "' must be finite and zero or positive, not " + w);
                }
                sum += w;
            }
            if (!(sum > 0) || Double.isInfinite(sum)) {
                throw new IllegalArgumentException("element weights must sum to more than zero, and to a finite number, not "
                        + sum);
            }
        }
    }

    /**
     * Returns a rule that weights element indices.
     *
     * @param weights the weight of each element id; every element of the survey must have one
     * @return the rule
     */
    public static Aggregation weightedElements(Map<String, Double> weights) {
        return new Aggregation(AggregationMethod.WEIGHTED_ELEMENTS, weights);
    }

    /**
     * Returns the rule for a method without weights.
     *
     * @param method any method but {@link AggregationMethod#WEIGHTED_ELEMENTS}
     * @return the rule
     * @throws IllegalArgumentException for {@link AggregationMethod#WEIGHTED_ELEMENTS}, which needs weights
     */
    public static Aggregation of(AggregationMethod method) {
        return new Aggregation(method, Map.of());
    }
}
