package io.github.sipas.scoring.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.estimate.Reliability;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.UnitScore;

/**
 * One unit's estimated index, its standard error and the number of forms it rests on: the plain input of
 * {@link RankSets}, {@link RankChanges}, {@link IndexDifference} and {@link FayHerriot}. The estimates of different
 * units are taken to come from independent samples (SIPAS samples each unit separately), so their covariance matrix is
 * diagonal.
 *
 * <pre>{@code
 * List<UnitEstimate> units = List.of(new UnitEstimate("Bát Xát", 100, 0, 18),   // 18 of 18 forms satisfied
 *         new UnitEstimate("Sa Pa", 88.05, 1.42, 240));
 * List<UnitEstimate> fromCard = UnitEstimate.of(scorecard);   // with each unit's number of forms
 * UnitEstimate benchmark = UnitEstimate.exact("Target", 90);   // a value known without error
 * }</pre>
 *
 * <h2>A standard error of 0 from a sample: the floor</h2>
 * A unit where every form was satisfied on every criterion has an index of 100 and a linearized standard error of
 * exactly 0 (every term of the linearization vanishes at p = 1), however few its forms: 18 forms give the same 0 as
 * 1,800. Taken at face value, that 0 would rank the unit above every other for sure and make every gap to it
 * significant. The uncertainty used for inference, {@link #inferenceSe()}, is therefore never below a floor that
 * depends on the number of forms n:
 * <pre>
 *   floorSe(n) = 100 √[ p̃ (1 − p̃) / (n + 2) ],  p̃ = (n + ½) / (n + 1),
 * </pre>
 * the standard deviation of the posterior Beta(n + ½, ½) of a proportion after n successes in n trials under Jeffreys'
 * prior Beta(½, ½), whose mean is the add-half proportion (x + ½)/(n + 1) at x = n. It is the smallest that
 * posterior's standard deviation gets for any count x of n (the same at x = 0). For 18 forms it is 3.58 points, for
 * 100 forms 0.69, for 350 forms 0.20 (about 70.7 / n). It binds at and near 0 and 100, where the linearized (Wald)
 * variance is known to understate, down to 0 at the boundary (Brown, Cai and DasGupta 2001, "Interval estimation for a
 * binomial proportion", <i>Statistical Science</i> 16(2), 101–133, who recommend the Jeffreys interval for this
 * reason); an SE just above 0 (one dissatisfied answer among hundreds) gets the same floor as an SE of 0, so nothing
 * jumps at the boundary. Away from it, the floor binds only for a small unit whose SE is already small for its size (an
 * SE of 1.1 points from 40 forms, whose floor is 1.69: criteria that vary almost independently); there it errs on the
 * side of uncertainty.
 *
 * <p>Why the variance of one proportion, when the index is a mean of the criteria's proportions over the same forms:
 * at 100 every criterion's proportion is 1. If the criteria moved together (a respondent satisfied with one criterion
 * satisfied with all), the index would behave exactly as one proportion over the n forms; with weaker correlation its
 * variance would be smaller, never larger (the variance of a weighted mean of terms of equal variance is at most that
 * variance). Where the criteria are strongly correlated within a respondent, as a high {@link Reliability} of the
 * elements shows, the single-proportion floor is the right size; otherwise it errs on the side of more uncertainty.
 * The same floor gives the sampling variances of the logit and arcsine scales of {@link FayHerriot}: on the arcsine
 * scale it is 1 / (4 (n + 2)), close to the usual 1 / (4 n) of a proportion.
 *
 * <p>The direct estimate is never changed: {@link #value()} and {@link #se()} stay as given and are what reports
 * publish; only the uncertainty used for inference gets the floor. An estimate known without error (a census, a
 * target, a benchmark) is declared with {@link #exact(String, double)}; its standard error of 0 is then taken at face
 * value by rank sets and differences (and {@link FayHerriot} leaves it out of the fit, as it has no sampling error).
 * A standard error of 0 with neither the number of forms nor that declaration is refused, since it cannot be
 * told apart from the small-sample case.
 *
 * @param unit the unit's label ({@link UnitScore#label()}), unique among the units compared
 * @param value the index, in percent (any finite number is accepted; indices lie in [0, 100])
 * @param se its standard error, in percentage points, as estimated
 * @param forms the number of forms the estimate rests on ({@link UnitScore#respondents()}); 0 when not known, which
 *     leaves the standard error without a floor
 * @param exact whether the value is known without error; then the standard error is 0 and taken as such
 * @since 0.1
 */
public record UnitEstimate(String unit, double value, double se, long forms, boolean exact) {

    /**
     * Validates the estimate.
     *
     * @param unit the unit's label
     * @param value the index
     * @param se its standard error
     * @param forms the number of forms, or 0 when not known
     * @param exact whether the value is known without error
     * @throws NullPointerException if the unit is null
     * @throws IllegalArgumentException if the unit is blank, the value is not finite, the standard error is negative
     *     or not finite, the number of forms is negative; if an exact estimate has a standard error other than 0; or
     *     if the standard error is 0 while the estimate is neither exact nor has its number of forms
     */
    public UnitEstimate {
        Objects.requireNonNull(unit, "unit");
        if (unit.isBlank()) {
            throw new IllegalArgumentException("unit must not be blank");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of '" + unit + "' must be a finite number, not " + value);
        }
        if (!(se >= 0) || se == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("se of '" + unit + "' must be a finite number at least 0, not " + se);
        }
        if (forms < 0) {
            throw new IllegalArgumentException("forms of '" + unit + "' must be at least 0 (0: not known), not "
                    + forms);
        }
        if (exact && se != 0) {
            throw new IllegalArgumentException("se of exact '" + unit + "' must be 0, not " + se);
        }
        if (se == 0 && !exact && forms == 0) {
            throw new IllegalArgumentException("se of '" + unit + "' is 0 but its number of forms is not known: give"
                    + " the forms (an SE of 0 from a sample gets a floor from them) or use UnitEstimate.exact for a"
                    + " value known without error");
        }
    }

    /**
     * Returns an estimate from a sample of a known number of forms.
     *
     * @param unit the unit's label
     * @param value the index, in percent
     * @param se its standard error, in percentage points
     * @param forms the number of forms, at least 1 (0: not known)
     * @throws NullPointerException if the unit is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public UnitEstimate(String unit, double value, double se, long forms) {
        this(unit, value, se, forms, false);
    }

    /**
     * Returns an estimate whose number of forms is not known; its standard error must then be positive, and gets no
     * floor.
     *
     * @param unit the unit's label
     * @param value the index, in percent
     * @param se its standard error, in percentage points, above 0
     * @throws NullPointerException if the unit is null
     * @throws IllegalArgumentException as the canonical constructor; in particular if the standard error is 0
     */
    public UnitEstimate(String unit, double value, double se) {
        this(unit, value, se, 0, false);
    }

    /**
     * Returns a value known without error (a census, a target, a benchmark): its standard error of 0 is taken at face
     * value by rank sets and differences; Fay–Herriot leaves it out of the fit.
     *
     * @param unit the unit's label
     * @param value the value, in percent
     * @return the estimate, with se 0, forms 0 and exact true
     * @throws NullPointerException if the unit is null
     * @throws IllegalArgumentException if the unit is blank or the value is not finite
     */
    public static UnitEstimate exact(String unit, double value) {
        return new UnitEstimate(unit, value, 0, 0, true);
    }

    /**
     * Returns the floor of the standard error of an index over n forms, in percentage points:
     * 100 √[p̃ (1 − p̃) / (n + 2)] with p̃ = (n + ½)/(n + 1), the least standard deviation of a proportion's Jeffreys
     * posterior after n trials (see the class description).
     *
     * @param forms the number of forms n, at least 1
     * @return the floor, in percentage points; 3.58 for 18 forms
     * @throws IllegalArgumentException if the number of forms is below 1
     */
    public static double floorSe(long forms) {
        if (forms < 1) {
            throw new IllegalArgumentException("forms must be at least 1, not " + forms);
        }
        double n = forms;
        return 100 * Math.sqrt((n + 0.5) * 0.5 / ((n + 1) * (n + 1) * (n + 2)));
    }

    /**
     * Returns the standard error used for inference: 0 for an exact estimate; the standard error as given when the
     * number of forms is not known; otherwise the larger of the standard error and {@link #floorSe(long)} of the
     * forms.
     *
     * @return the standard error for rank sets, differences and Fay–Herriot, in percentage points
     */
    public double inferenceSe() {
        if (exact) {
            return 0;
        }
        return forms == 0 ? se : Math.max(se, floorSe(forms));
    }

    /**
     * Returns the overall index of every unit of a scorecard whose value and standard error are both defined, with its
     * number of forms ({@link UnitScore#respondents()}), in the scorecard's order; the others (an undefined index, or
     * a single respondent) are left out.
     *
     * @param scorecard the scores
     * @return the estimates, immutable
     * @throws NullPointerException if the scorecard is null
     */
    public static List<UnitEstimate> of(Scorecard scorecard) {
        Objects.requireNonNull(scorecard, "scorecard");
        List<UnitEstimate> out = new ArrayList<>();
        for (UnitScore u : scorecard.units()) {
            Estimate e = u.index();
            if (Double.isFinite(e.value()) && Double.isFinite(e.se()) && u.respondents() > 0) {
                out.add(new UnitEstimate(u.label(), e.value(), e.se(), u.respondents()));
            }
        }
        return List.copyOf(out);
    }
}
