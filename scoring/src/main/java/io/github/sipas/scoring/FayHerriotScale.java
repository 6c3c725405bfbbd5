package io.github.sipas.scoring;

/**
 * The scale on which {@link FayHerriot} fits its model, with p = index / 100 and s = SE / 100. Indices near 100 have
 * skewed, bounded errors; the logit and arcsine scales make the normal model fit better there (emdi's
 * {@code transformation = "logit"} and {@code "arcsin"}). For an index of 95 with SE 2: identity y = 95, D = 4;
 * logit y = 2.944, D = 0.1773; arcsine y = 1.345, D = 0.002105.
 *
 * @since 0.1
 */
public enum FayHerriotScale {

    /** The index itself, in percent: y = index, D = SE². No unit is left out for its value. */
    IDENTITY,

    /**
     * The log-odds: y = ln(p / (1 − p)), D = s² / (p (1 − p))² (delta method); back: 100 · expit(θ), root MSE
     * 100 · p̃ (1 − p̃) · √MSE. Units with an index of 0 or 100 are left out.
     */
    LOGIT,

    /**
     * The arcsine square root: y = asin(√p), D = s² / (4 p (1 − p)), which is 1 / (4 n_eff) with Kish's effective
     * size n_eff = p (1 − p) / s² (emdi's {@code arcsin} with {@code eff_smpsize}); back: 100 · sin²(θ) with θ held in
     * [0, π/2], root MSE 100 · |sin 2θ| · √MSE. Units with an index of 0 or 100 are left out.
     */
    ARCSINE
}
