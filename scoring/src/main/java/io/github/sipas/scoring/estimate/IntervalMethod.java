package io.github.sipas.scoring.estimate;

import io.github.sipas.core.Element;

/**
 * How the confidence interval of an item index is computed. With z the standard normal quantile
 * 1 − (1 − level)/2, p the item index as a proportion, SE its linearized standard error and n* the Kish effective number
 * of valid answers, (Σ w v)² / Σ w² v:
 *
 * <p>Worked example, unweighted, 45 satisfied of 50 valid answers, level 0.95: WILSON gives [78.64, 95.65] %,
 * CLOPPER_PEARSON [78.19, 96.67] %, WALD [81.60, 98.40] % (its SE is √(p(1 − p)/(n − 1)) unweighted).
 *
 * <p>Element and overall indices use WALD on their linearized SE, or LOGIT when LOGIT is chosen.
 *
 * @since 0.1
 */
public enum IntervalMethod {
    /**
     * Wilson's score interval on the effective size: (p + z²/(2n*) ± z·√(p(1−p)/n* + z²/(4n*²))) / (1 + z²/n*).
     * Unweighted, this is R's {@code prop.test(x, n, correct = FALSE)}. The default.
     */
    WILSON,
    /**
     * Clopper–Pearson on the effective size, with x* = p·n*: lower = Beta⁻¹(α/2; x*, n* − x* + 1) (0 when x* = 0),
     * upper = Beta⁻¹(1 − α/2; x* + 1, n* − x*) (1 when x* = n*). Unweighted, this is R's {@code binom.test}.
     */
    CLOPPER_PEARSON,
    /**
     * expit(logit p ± z·SE / (p(1 − p))) when 0 &lt; p &lt; 1, else the Clopper–Pearson limits; R's
     * {@code svyciprop(method = "xlogit", df = Inf)}.
     */
    LOGIT,
    /** p ± z·SE, clipped to [0, 1]. */
    WALD
}
