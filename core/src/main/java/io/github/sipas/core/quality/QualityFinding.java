package io.github.sipas.core.quality;

import java.util.List;
import java.util.Objects;

/**
 * One finding of a data-quality check: which check, where (a unit, an item, an interviewer or batch, when they
 * apply), how many forms, the lines of the forms involved, and what was seen. Checks flag; they never delete.
 *
 * @param check the check's code, e.g. {@code "straight-lining"}
 * @param unit the unit concerned, or null when the finding is not about one unit
 * @param item the item concerned, or null
 * @param group the interviewer or data-entry batch concerned, or null
 * @param count the number of forms involved
 * @param lines the 1-based lines of the forms involved, in file order (all of them; may be empty when forms were not
 *     read from a file)
 * @param message what was seen and the threshold it crossed, in plain words
 * @since 0.1
 */
public record QualityFinding(String check, String unit, String item, String group, long count, List<Long> lines,
        String message) {

    /**
     * Validates and copies.
     *
     * @param check the check's code
     * @param unit the unit, or null
     * @param item the item, or null
     * @param group the interviewer or batch, or null
     * @param count the number of forms involved
     * @param lines the lines involved
     * @param message what was seen
     * @throws NullPointerException if the check, lines or message are null
     * @throws IllegalArgumentException if the count is negative
     */
    public QualityFinding {
        Objects.requireNonNull(check, "check");
        lines = List.copyOf(lines);
        Objects.requireNonNull(message, "message");
        if (count < 0) {
            throw new IllegalArgumentException("count must be zero or positive, not " + count);
        }
    }
}
