package io.github.sipas.scoring.uncertainty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Fay–Herriot model fitted by {@link FayHerriot}, with every unit's empirical-Bayes estimate beside its direct one.
 *
 * @param scale the model's scale
 * @param areas the number of units in the fit (m)
 * @param modelVariance A, the REML estimate of the variance of the area effects (sae's {@code refvar}), at least 0;
 *     NaN when the fit did not converge
 * @param coefficients β: the intercept, then one per covariate, on the model's scale; NaN when not converged
 * @param coefficientSes the standard errors of β, √diag((X'V⁻¹X)⁻¹); NaN when not converged
 * @param iterations the Fisher-scoring iterations run
 * @param converged whether REML converged (sae's {@code convergence})
 * @param units every unit given, in the order given
 * @since 0.1
 */
public record FayHerriotFit(FayHerriotScale scale, int areas, double modelVariance, List<Double> coefficients,
        List<Double> coefficientSes, int iterations, boolean converged, List<SmallAreaEstimate> units) {

    /**
     * Validates the fit and copies the lists.
     *
     * @param scale the model's scale
     * @param areas the number of units in the fit
     * @param modelVariance A
     * @param coefficients β
     * @param coefficientSes the standard errors of β
     * @param iterations the iterations run
     * @param converged whether REML converged
     * @param units the units
     * @throws NullPointerException if the scale or a list is null
     * @throws IllegalArgumentException if the two coefficient lists differ in length, or a count is negative
     */
    public FayHerriotFit {
        Objects.requireNonNull(scale, "scale");
        coefficients = List.copyOf(coefficients);
        coefficientSes = List.copyOf(coefficientSes);
        units = List.copyOf(units);
        if (coefficients.size() != coefficientSes.size()) {
            throw new IllegalArgumentException("coefficients and coefficientSes must have the same length, not "
                    + coefficients.size() + " and " + coefficientSes.size());
        }
        if (areas < 0 || iterations < 0) {
            throw new IllegalArgumentException("areas and iterations must be at least 0, not " + areas + " and "
                    + iterations);
        }
    }

    /**
     * Returns a unit's estimate.
     *
     * @param unit the unit's label
     * @return the estimate, or empty when there is no such unit
     */
    public Optional<SmallAreaEstimate> unit(String unit) {
        return units.stream().filter(u -> u.unit().equals(unit)).findFirst();
    }
}
