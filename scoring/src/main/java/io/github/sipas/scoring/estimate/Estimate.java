package io.github.sipas.scoring.estimate;

/**
 * An index with its standard error and confidence interval, in percent (0–100).
 *
 * <p>Any field is {@code NaN} when undefined: the value when no valid answer was given, the standard error with fewer
 * than two respondents, the limits when the standard error is undefined for a method that needs it.
 *
 * @param value the index, in percent
 * @param se its standard error, in percentage points
 * @param lower the lower confidence limit, in percent
 * @param upper the upper confidence limit, in percent
 * @since 0.1
 */
public record Estimate(double value, double se, double lower, double upper) {

    /** An estimate whose every field is undefined. */
    public static final Estimate UNDEFINED = new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /**
     * Returns whether the value is defined.
     *
     * @return true when the value is a finite number
     */
    public boolean isDefined() {
        return Double.isFinite(value);
    }
}
