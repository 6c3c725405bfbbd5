package io.github.sipas.core;

import java.util.Objects;

/**
 * How many problems of one rule at one column a read found but did not list: past the first
 * {@link ReadReport#MAX_LISTED_PROBLEMS} problems, a read counts the others by rule and column instead of keeping
 * each, so that a wide or broken file cannot fill the memory or the terminal with its problems.
 *
 * @param rule the rule broken
 * @param column the column's header, or null for problems of whole rows or of columns with no name
 * @param count how many, at least 1
 * @since 0.1
 */
public record ProblemCount(Rule rule, String column, long count) {

    /**
     * Validates the fields.
     *
     * @param rule the rule broken
     * @param column the column's header, or null for problems of whole rows or of columns with no name
     * @param count how many, at least 1
     * @throws NullPointerException if the rule is null
     * @throws IllegalArgumentException if the count is below 1
     */
    public ProblemCount {
        Objects.requireNonNull(rule, "rule");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
    }

    /**
     * Returns whether these problems rejected rows (or the file).
     *
     * @return true for rules of severity {@link Rule.Severity#ERROR}
     */
    public boolean isError() {
        return rule.severity() == Rule.Severity.ERROR;
    }

    /**
     * Formats the count as the summary of a read shows it: {@code "unnamed-column ×95000"} or
     * {@code "out-of-range [B3] ×12"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return rule.code() + (column == null ? "" : " [" + column + "]") + " \u00d7" + count;
    }
}
