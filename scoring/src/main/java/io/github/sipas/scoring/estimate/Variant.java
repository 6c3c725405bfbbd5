package io.github.sipas.scoring.estimate;

/**
 * Variant indices a scorer computes on request, beside the satisfaction index. Each has item, element and overall values
 * (aggregated like the main index) with linearized standard errors and Wald intervals, except
 * {@link #ALL_SATISFIED}, which is one figure per unit.
 *
 * <p>Worked example, one criterion rated 5, 4, 4, 2 by four forms: the satisfaction index is 75; {@code MEAN_SCORE}
 * is (3.75 − 1)/4 × 100 = 68.75; {@code VERY_SATISFIED} is 25; {@code ALL_SATISFIED} is 75.
 *
 * @since 0.1
 */
public enum Variant {
    /**
     * The mean code rescaled to 0–100: (m − lowest code) / (highest code − lowest code) × 100, where m is the weighted
     * mean of the valid codes; (m − 1)/4 × 100 on the SIPAS scale, as ACSI rescales its items.
     */
    MEAN_SCORE,
    /** The share of valid answers at the top point of the scale ("Rất hài lòng"), in percent. */
    VERY_SATISFIED,
    /**
     * The share of forms satisfied on every criterion they answered validly, among forms with at least one valid
     * answer (the Ministry of Health's "comprehensive" satisfaction index), in percent.
     */
    ALL_SATISFIED
}
