package io.github.sipas.scoring.estimate;

import java.util.List;
import java.util.Objects;

/**
 * The scorecard of one unit (or group): its overall index, its elements and its criteria.
 *
 * @param unit the unit, or null when grouping by an attribute alone
 * @param group the value of the grouping attribute, or null when grouping by unit alone
 * @param respondents the number of forms
 * @param index the overall index, in percent
 * @param undefinedReason why the overall index is undefined, or null when it is defined
 * @param elements the elements, in the survey's order
 * @param items the criteria, in the survey's order
 * @param variants the variant indices requested from the scorer, in the order of {@link Variant}
 * @param options the shares choosing each option of the survey's other questions (perception, expectation…) that
 *     were asked in the unit, in the survey's order
 * @param reliability the reliability of all the survey's criteria as one scale, over the forms with a valid answer to
 *     every criterion; {@link ScaleReliability#none()} when not computed
 * @since 0.1
 */
public record UnitScore(String unit, String group, long respondents, Estimate index, String undefinedReason,
        List<ElementScore> elements, List<ItemScore> items, List<VariantScore> variants, List<ItemOptions> options,
        ScaleReliability reliability) {

    /**
     * Copies the lists.
     *
     * @param unit the unit, or null
     * @param group the group, or null
     * @param respondents the number of forms
     * @param index the overall index
     * @param undefinedReason why the index is undefined, or null
     * @param elements the elements
     * @param items the criteria
     * @param variants the variant indices
     * @param options the option shares of the other questions
     * @param reliability the reliability of all the criteria
     * @throws NullPointerException if the index, a list or the reliability is null
     * @throws IllegalArgumentException if both unit and group are null
     */
    public UnitScore {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(reliability, "reliability");
        elements = List.copyOf(elements);
        items = List.copyOf(items);
        variants = List.copyOf(variants);
        options = List.copyOf(options);
        if (unit == null && group == null) {
            throw new IllegalArgumentException("a unit score needs a unit, a group, or both");
        }
    }

    /**
     * Returns a unit score without the reliability of all its criteria ({@link ScaleReliability#none()}).
     *
     * @param unit the unit, or null
     * @param group the group, or null
     * @param respondents the number of forms
     * @param index the overall index
     * @param undefinedReason why the index is undefined, or null
     * @param elements the elements
     * @param items the criteria
     * @param variants the variant indices
     * @param options the option shares of the other questions
     */
    public UnitScore(String unit, String group, long respondents, Estimate index, String undefinedReason,
            List<ElementScore> elements, List<ItemScore> items, List<VariantScore> variants,
            List<ItemOptions> options) {
        this(unit, group, respondents, index, undefinedReason, elements, items, variants, options,
                ScaleReliability.none());
    }

    /**
     * Returns a unit score without variant indices.
     *
     * @param unit the unit, or null
     * @param group the group, or null
     * @param respondents the number of forms
     * @param index the overall index
     * @param undefinedReason why the index is undefined, or null
     * @param elements the elements
     * @param items the criteria
     */
    public UnitScore(String unit, String group, long respondents, Estimate index, String undefinedReason,
            List<ElementScore> elements, List<ItemScore> items) {
        this(unit, group, respondents, index, undefinedReason, elements, items, List.of(), List.of());
    }

    /**
     * Returns a unit score without option shares.
     *
     * @param unit the unit, or null
     * @param group the group, or null
     * @param respondents the number of forms
     * @param index the overall index
     * @param undefinedReason why the index is undefined, or null
     * @param elements the elements
     * @param items the criteria
     * @param variants the variant indices
     */
    public UnitScore(String unit, String group, long respondents, Estimate index, String undefinedReason,
            List<ElementScore> elements, List<ItemScore> items, List<VariantScore> variants) {
        this(unit, group, respondents, index, undefinedReason, elements, items, variants, List.of());
    }

    /**
     * Returns a variant index.
     *
     * @param variant the variant
     * @return its score, or empty when the scorer was not asked for it
     */
    public java.util.Optional<VariantScore> variant(Variant variant) {
        return variants.stream().filter(v -> v.variant() == variant).findFirst();
    }

    /**
     * Returns the label of the unit or group: the unit, the group, or both joined by {@code " / "}.
     *
     * @return the label
     */
    public String label() {
        return unit == null ? group : group == null ? unit : unit + " / " + group;
    }

    /**
     * Returns what the outputs write as a row's {@code unit}: the unit, or with a grouping by an attribute alone (no
     * unit) the group's value, so that it is never empty.
     *
     * @return the unit, else the group
     */
    public String unitOrGroup() {
        return unit != null ? unit : group;
    }

    /**
     * Returns an element's score.
     *
     * @param id the element's id
     * @return the score
     * @throws IllegalArgumentException if there is no such element
     */
    public ElementScore element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no element '" + id + "'"));
    }

    /**
     * Returns a criterion's score.
     *
     * @param id the criterion's id
     * @return the score
     * @throws IllegalArgumentException if there is no such criterion
     */
    public ItemScore item(String id) {
        return items.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion '" + id + "'"));
    }
}
