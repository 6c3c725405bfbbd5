package io.github.sipas.core;

import java.util.Objects;

/**
 * One point of a scale: its code as written in data files and its label, e.g. {@code 4 "Hài lòng" / "Satisfied"}.
 *
 * @param code the code; for a rating scale the codes are ordered, 1 the lowest
 * @param label the label
 * @since 0.1
 */
public record ScalePoint(int code, LocalizedText label) {

    /**
     * Validates the fields.
     *
     * @param code the code; for a rating scale the codes are ordered, 1 the lowest
     * @param label the label
     * @throws NullPointerException if the label is null
     * @throws IllegalArgumentException if the code is negative
     */
    public ScalePoint {
        if (code < 0) {
            throw new IllegalArgumentException("code must be zero or positive, not " + code);
        }
        Objects.requireNonNull(label, "label");
    }

    /**
     * Returns a scale point.
     *
     * @param code the code
     * @param vi the Vietnamese label
     * @param en the English label
     * @return the point
     */
    public static ScalePoint of(int code, String vi, String en) {
        return new ScalePoint(code, LocalizedText.of(vi, en));
    }
}
