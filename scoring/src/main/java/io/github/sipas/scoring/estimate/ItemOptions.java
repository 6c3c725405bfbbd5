package io.github.sipas.scoring.estimate;

import io.github.sipas.core.ItemRole;
import io.github.sipas.core.ItemType;
import java.util.List;
import java.util.Objects;

/**
 * The answers to one non-criterion question (perception, expectation, "in general", demographic) in one unit, as the
 * share choosing each option. For a single-choice question the shares are of the forms that chose a point of the scale
 * and sum to 100; for a multi-select question they are of the forms that answered it (an empty choice counts as
 * answered), and each lies in [0, 100]. Don't know and unanswered are counted apart and kept out of the shares;
 * weights are honoured.
 *
 * @param id the question's item id
 * @param role what the question is for
 * @param type single or multiple choice
 * @param answered the number of forms that answered it (unweighted)
 * @param dontKnow the number of "don't know / not applicable" answers
 * @param unanswered the number of blank answers
 * @param options each option of the scale, in the scale's order
 * @since 0.1
 */
public record ItemOptions(String id, ItemRole role, ItemType type, long answered, long dontKnow, long unanswered,
        List<OptionShare> options) {

    /**
     * Validates and copies.
     *
     * @param id the item id
     * @param role the role
     * @param type the type
     * @param answered the forms that answered
     * @param dontKnow the don't-know answers
     * @param unanswered the blank answers
     * @param options the options
     * @throws NullPointerException if a field is null
     */
    public ItemOptions {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
    }
}
