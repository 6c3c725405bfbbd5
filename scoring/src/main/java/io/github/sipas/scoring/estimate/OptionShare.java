package io.github.sipas.scoring.estimate;

import java.util.Objects;

/**
 * How many respondents chose one option of a perception, expectation or other non-criterion question in one unit, and
 * their share, as the Ministry publishes those blocks.
 *
 * @param code the option's code
 * @param label the option's label, in Vietnamese
 * @param count the number of forms choosing it (unweighted)
 * @param share the weighted share of the forms that answered the question, in percent; NaN when none answered
 * @since 0.1
 */
public record OptionShare(int code, String label, long count, double share) {

    /**
     * Validates the fields.
     *
     * @param code the option's code
     * @param label the option's label
     * @param count the number of forms choosing it
     * @param share the weighted share, in percent
     * @throws NullPointerException if the label is null
     * @throws IllegalArgumentException if the count is negative
     */
    public OptionShare {
        Objects.requireNonNull(label, "label");
        if (count < 0) {
            throw new IllegalArgumentException("count must be zero or positive, not " + count);
        }
    }
}
