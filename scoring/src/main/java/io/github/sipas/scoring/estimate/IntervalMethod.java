package io.github.sipas.scoring.estimate;

import io.github.sipas.core.Element;

/**
 * How the confidence interval of an item index is computed. With z the standard normal quantile
 * 1 − (1 − level)/2, p the item index as a proportion, SE its linearized standard error and n* the Kish effective number
 * of valid answers, (Σ w v)² / Σ w² v:
 *
 * <p>Worked example, unweighted, 45 satisfied of 50 valid answers, level 0.95: WILSON gives [78.64, 95.65] %,
 * CLOPPER_PEARSON [78.19, 96.67] %, WALD [81.60, 98.40] % (its SE is √(p(1 − p)/(n − 1)) unweighted), BETA
 * [78.03, 96.72] % (its n.eff is n − 1 = 49 there).
 *
 * <p>Element and overall indices use WALD on their linearized SE, or LOGIT when LOGIT is chosen (so WILSON,
 * CLOPPER_PEARSON and BETA, which are built for a single proportion, give WALD there).
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
    WALD,
    /**
     * Korn and Graubard's interval: Clopper–Pearson on the design's effective size n.eff = p(1 − p)/SE², with the
     * linearized SE, and x = p·n.eff: lower = Beta⁻¹(α/2; x, n.eff − x + 1), upper = Beta⁻¹(1 − α/2; x + 1, n.eff − x),
     * α = 1 − level. This is R survey 4.1.1's {@code svyciprop(~s, subset(design, v == 1), method = "beta",
     * df = Inf)} for a unit's criterion, with the design of the reference ({@code svydesign(ids = ~1, weights = ~w)} on
     * the unit's forms, or {@code strata = ~unit} on the whole file subset to the unit): its code is
     * {@code n.eff <- coef(m) * (1 - coef(m)) / vcov(m)} on {@code svymean}, times
     * {@code (qt(alpha/2, nrow(design) - 1) / qt(alpha/2, degf(design)))^2}, then the two {@code qbeta} calls above.
     * That factor is exactly 1 here: for an uncalibrated design {@code subset} keeps only the unit's valid answers, so
     * {@code nrow(design)} is their number and {@code degf(design)} one less (one stratum, every form its own cluster,
     * weights positive). survey's {@code df} argument is not read by this method ({@code df = Inf} and the default
     * give the same limits). Unweighted with every form valid, n.eff = n − 1.
     *
     * <p>Edge cases. At p = 0 or p = 1 the SE is 0 and R's n.eff is 0/0, so {@code svyciprop} returns NaN limits
     * (so it does with one valid answer, where also {@code qt(·, 0)} is NaN); sipas gives the CLOPPER_PEARSON limits
     * on Kish's effective size instead (0 and 1 − ((1 − level)/2)^(1/n*) at p = 0, ((1 − level)/2)^(1/n*) and 1 at
     * p = 1), as LOGIT does: this is where sipas differs from R. With fewer than 2 forms the SE is undefined but p is
     * then 0 or 1, so the same rule applies. An SE of 0 with 0 &lt; p &lt; 1, which the scorer never passes (with
     * positive weights the SE is 0 only at p = 0 or 1), gives the point [p, p], the limit as n.eff grows; an undefined
     * SE with 0 &lt; p &lt; 1 gives undefined limits. Element and overall indices use WALD.
     *
     * <p>Sources: R survey 4.1.1's {@code svyciprop} (its code, and its help page, which says that {@code df} applies
     * to every method but "beta"); E. L. Korn and B. I. Graubard (1998), "Confidence intervals for proportions with
     * small expected number of positive counts estimated from survey data", Survey Methodology, 193–201.
     */
    BETA
}
