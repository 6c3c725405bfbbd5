package io.github.sipas.scoring.uncertainty;

/**
 * The scale on which {@link FayHerriot} fits its model, with p = index / 100 and s = SE / 100 (the SE being
 * {@link UnitEstimate#inferenceSe()}, with its small-sample floor). Indices near 100 have
 * skewed, bounded errors; the logit and arcsine scales make the normal model fit better there (emdi's
 * {@code transformation = "logit"} and {@code "arcsin"}). For an index of 95 with SE 2: identity y = 95, D = 4;
 * logit y = 2.944, D = 0.1773; arcsine y = 1.345, D = 0.002105.
 *
 * @since 0.1
 */
public enum FayHerriotScale {

    /**
     * The index itself, in percent: y = index, D = SE²; back: θ held in [0, 100], root MSE √MSE. No unit is left out
     * for its value.
     */
    IDENTITY,

    /**
     * The log-odds: y = ln(p / (1 − p)), D = s² / (p (1 − p))² (delta method); back: 100 · expit(θ), root MSE
     * 100 · (expit(θ + √MSE) − expit(θ − √MSE)) / 2, about 100 · q (1 − q) · √MSE with q = expit(θ). An index of 0
     * or 100 is taken at the add-half proportion (x + ½)/(n + 1) of its n forms for both y and D (Cox's empirical
     * logit; see {@link FayHerriot}). Its D is then about 2 whatever n (Cox's variance 1/(n + ½) + 2), five times that of an index of 80 from 15 forms (0.42): on this scale a unit at 100 is
     * shrunk about as much with 350 forms as with 18. The arcsine scale has no such flaw.
     */
    LOGIT,

    /**
     * The arcsine square root: y = asin(√p), D = s² / (4 p (1 − p)), which is 1 / (4 n_eff) with Kish's effective
     * size n_eff = p (1 − p) / s² (emdi's {@code arcsin} with {@code eff_smpsize}); back: 100 · sin²(θ) with θ held in
     * [0, π/2], root MSE 100 · (sin²(θ + √MSE) − sin²(θ − √MSE)) / 2 with both limits held in [0, π/2], about
     * 100 · |sin 2θ| · √MSE inside, and 100 · sin²(√MSE) / 2 (not 0) at π/2. For an index of 0 or 100, y is 0 or
     * π/2 and D is taken at the add-half proportion of its n forms: 1 / (4 (n + 2)) with the floor of
     * {@link UnitEstimate}.
     */
    ARCSINE
}
