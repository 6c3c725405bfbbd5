package io.github.sipas.scoring.estimate;

import java.util.List;
import java.util.Objects;

/**
 * The reliability of a set of criteria taken as one scale in one unit, such as all the criteria of the instrument:
 * Cronbach's alpha and its companions ({@link Reliability}) over the forms with a valid answer to every one of them
 * (listwise), unweighted as {@code psych::alpha}, reverse-keyed criteria mirrored, and the Feldt interval at the
 * scorecard's level.
 *
 * @param items the criteria, in the order of the reliability's per-item lists
 * @param reliability the statistics
 * @param alphaLower the lower Feldt limit of alpha, NaN when alpha is
 * @param alphaUpper the upper Feldt limit of alpha, NaN when alpha is
 * @since 0.1
 */
public record ScaleReliability(List<String> items, Reliability reliability, double alphaLower, double alphaUpper) {

    /**
     * Validates and copies.
     *
     * @param items the criteria
     * @param reliability the statistics
     * @param alphaLower the lower Feldt limit
     * @param alphaUpper the upper Feldt limit
     * @throws NullPointerException if the items, one of them, or the reliability is null
     * @throws IllegalArgumentException if the reliability is not of as many items
     */
    public ScaleReliability {
        items = List.copyOf(items);
        Objects.requireNonNull(reliability, "reliability");
        if (reliability.items() != items.size()) {
            throw new IllegalArgumentException("reliability must be of the " + items.size() + " items, not of "
                    + reliability.items());
        }
    }

    /**
     * Returns the reliability of no items, every figure NaN: what a unit score built without one carries.
     *
     * @return the empty reliability
     */
    public static ScaleReliability none() {
        return NONE;
    }

    private static final ScaleReliability NONE = new ScaleReliability(List.of(),
            Reliability.of(0, 0, new double[0], new double[0]), Double.NaN, Double.NaN);

    /**
     * Computes the reliability of the given criteria with its Feldt interval.
     *
     * @param items the criteria
     * @param reliability their statistics
     * @param level the confidence level of the interval, in (0, 1)
     * @return the reliability
     */
    static ScaleReliability of(List<String> items, Reliability reliability, double level) {
        return new ScaleReliability(items, reliability, reliability.feldtLower(level), reliability.feldtUpper(level));
    }

    /**
     * Returns Cronbach's alpha (raw), NaN when undefined.
     *
     * @return alpha
     */
    public double alpha() {
        return reliability.rawAlpha();
    }

    /**
     * Returns the number of complete forms alpha was computed on.
     *
     * @return the count
     */
    public long alphaForms() {
        return reliability.forms();
    }
}
