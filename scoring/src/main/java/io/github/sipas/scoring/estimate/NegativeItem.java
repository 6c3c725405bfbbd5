package io.github.sipas.scoring.estimate;

import java.util.Locale;
import java.util.Objects;

/**
 * A criterion that correlates negatively with the rest of its scale over the units of a scorecard pooled: a sign that
 * it may be worded the other way and want {@code "reverse": true} in the instrument, as psych warns ("Some items were
 * negatively correlated with the total scale and probably should be reversed.").
 *
 * <p>The figure is the item–rest correlation ({@code psych::alpha(...)$item.stats$r.drop}, reverse keys applied) over
 * every form of the scorecard with a valid answer to each criterion of the scale, all units and groups together
 * (for a publication, suppressed units left out: {@link ScoreAccumulator#negativeItems}),
 * unweighted: whether an item runs the other way is a property of the item, not of a unit, and a unit's few forms
 * would give chance negatives. Each unit's own figures stay in {@link Reliability#itemRestCorrelations()}.
 *
 * @param element the element whose criteria form the scale, or null for all the criteria of the instrument
 * @param item the criterion's id
 * @param itemRest its item–rest correlation over the forms pooled, negative
 * @param forms the number of complete forms it rests on
 * @param reversed whether the criterion is already reverse-keyed: then its key, or the wording it was keyed for,
 *     may be wrong
 * @since 0.1
 */
public record NegativeItem(String element, String item, double itemRest, long forms, boolean reversed) {

    /**
     * Validates the fields.
     *
     * @param element the element, or null for all the criteria
     * @param item the criterion
     * @param itemRest the correlation, negative
     * @param forms the number of complete forms, 2 or more
     * @param reversed whether the criterion is already reverse-keyed
     * @throws NullPointerException if the item is null
     * @throws IllegalArgumentException if the correlation is not negative or the forms are fewer than 2
     */
    public NegativeItem {
        Objects.requireNonNull(item, "item");
        if (!(itemRest < 0)) {
            throw new IllegalArgumentException("itemRest must be negative, not " + itemRest);
        }
        if (forms < 2) {
            throw new IllegalArgumentException("forms must be 2 or more, not " + forms);
        }
    }

    /**
     * Creates the warning of a criterion that is not reverse-keyed.
     *
     * @param element the element, or null for all the criteria
     * @param item the criterion
     * @param itemRest the correlation, negative
     * @param forms the number of complete forms, 2 or more
     * @throws NullPointerException if the item is null
     * @throws IllegalArgumentException if the correlation is not negative or the forms are fewer than 2
     */
    public NegativeItem(String element, String item, double itemRest, long forms) {
        this(element, item, itemRest, forms, false);
    }

    /**
     * Returns the warning in words, such as {@code item E1 correlates negatively with the rest of element E (r =
     * -0.312 over 2436 forms); is it reverse-keyed?}, or for a criterion already reverse-keyed {@code item E1 is
     * reverse-keyed and still correlates negatively with the rest of element E (r = -0.312 over 2436 forms); is its
     * key right?}.
     *
     * @return the message
     */
    public String message() {
        return String.format(Locale.ROOT, "item %s %s with the rest %s (r = %.3f over %d forms); %s", item,
                reversed ? "is reverse-keyed and still correlates negatively" : "correlates negatively",
                element == null ? "of all criteria" : "of element " + element, itemRest, forms,
                reversed ? "is its key right?" : "is it reverse-keyed?");
    }
}
