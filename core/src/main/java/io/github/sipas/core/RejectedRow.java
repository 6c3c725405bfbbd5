package io.github.sipas.core;

import java.util.List;

/**
 * A row that was rejected, with its fields as read and every problem found in it.
 *
 * @param line the 1-based line where the row starts
 * @param fields the row's fields, as read
 * @param problems the errors that rejected it, in column order
 * @since 0.1
 */
public record RejectedRow(long line, List<String> fields, List<Problem> problems) {

    /**
     * Copies the lists.
     *
     * @param line the 1-based line where the row starts
     * @param fields the row's fields, as read
     * @param problems the errors that rejected it, in column order
     * @throws NullPointerException if a list or an element is null
     * @throws IllegalArgumentException if the line is not positive or there is no problem
     */
    public RejectedRow {
        fields = List.copyOf(fields);
        problems = List.copyOf(problems);
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive, not " + line);
        }
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejected row needs at least one problem");
        }
    }
}
