package io.github.sipas.scoring.uncertainty;

import java.util.Objects;

/**
 * One unit's Fay–Herriot empirical-Bayes estimate beside its direct estimate, from {@link FayHerriot}. The direct
 * estimate stays the unit's published index; this one borrows strength from the other units for small samples.
 *
 * <p>On the model's scale ({@link FayHerriotScale}) with direct value y, sampling variance D, model variance A and
 * regression fit x'β: the estimate is θ̃ = x'β + (1 − B)(y − x'β), with the shrinkage factor B = D / (A + D) (0:
 * the direct estimate is kept; 1: the regression fit replaces it). Its MSE is g1 + g2 + 2 g3 (Prasad–Rao, REML; see
 * {@link FayHerriot}). {@code estimate} and {@code rmse} are θ̃ and √MSE brought back to the index scale: the estimate
 * held in [0, 100], the RMSE as half the width of the back-transformed one-RMSE interval (never 0 when the MSE is
 * positive).
 *
 * <p>A unit left out of the fit (see {@link FayHerriot}'s edge cases: an exact value, an index outside [0, 100] on
 * the logit or arcsine scale, an index of 0 or 100 there without its number of forms, or no convergence) has NaN in every model
 * figure and a {@code reason}; its direct estimate stands.
 *
 * @param unit the unit's label
 * @param direct the direct index, in percent
 * @param directSe its standard error, as given ({@link UnitEstimate#se()}; the model uses
 *     {@link UnitEstimate#inferenceSe()}, in {@code samplingVariance})
 * @param estimate the empirical-Bayes index, in percent, in [0, 100]; NaN when left out
 * @param rmse the root MSE of {@code estimate}, in percentage points; NaN when left out
 * @param shrinkage B = D / (A + D), in [0, 1]; NaN when left out
 * @param y the direct estimate on the model's scale; NaN when left out
 * @param samplingVariance D, on the model's scale, from the standard error with its floor; NaN when left out
 * @param theta θ̃, the estimate on the model's scale; NaN when left out
 * @param mse the MSE of θ̃, on the model's scale; NaN when left out
 * @param reason why the unit has no model estimate; null when it has one
 * @since 0.1
 */
public record SmallAreaEstimate(String unit, double direct, double directSe, double estimate, double rmse,
        double shrinkage, double y, double samplingVariance, double theta, double mse, String reason) {

    /**
     * Validates the estimate.
     *
     * @param unit the unit's label
     * @param direct the direct index
     * @param directSe its standard error
     * @param estimate the empirical-Bayes index
     * @param rmse its root MSE
     * @param shrinkage the shrinkage factor
     * @param y the direct estimate on the model's scale
     * @param samplingVariance D on the model's scale
     * @param theta the estimate on the model's scale
     * @param mse its MSE on the model's scale
     * @param reason why there is no model estimate, or null
     * @throws NullPointerException if the unit is null
     * @throws IllegalArgumentException if a reason is given with a model estimate, or none without one; or if the
     *     shrinkage is outside [0, 1]
     */
    public SmallAreaEstimate {
        Objects.requireNonNull(unit, "unit");
        if ((reason == null) == Double.isNaN(estimate)) {
            throw new IllegalArgumentException(reason == null
                    ? "a unit without a model estimate needs a reason (" + unit + ")"
                    : "a unit with a model estimate has no reason, not '" + reason + "' (" + unit + ")");
        }
        if (!Double.isNaN(shrinkage) && !(shrinkage >= 0 && shrinkage <= 1)) {
            throw new IllegalArgumentException("shrinkage of '" + unit + "' must be in [0, 1], not " + shrinkage);
        }
    }

    /**
     * Returns whether the unit has a model estimate.
     *
     * @return true when {@link #reason()} is null
     */
    public boolean isEstimated() {
        return reason == null;
    }
}
