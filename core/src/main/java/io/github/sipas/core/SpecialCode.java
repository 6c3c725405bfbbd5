package io.github.sipas.core;

import java.util.Objects;
import io.github.sipas.core.internal.Texts;

/**
 * A code that is not a point of the scale but says why there is no rating: {@code 0} for "don't know / not applicable" in
 * the wide CSV convention, or {@code 9}, {@code NA}, {@code Không biết} in other exports.
 *
 * @param code the code as written in data files, matched after {@link Texts#fold folding}
 * @param kind what the code means
 * @param label the label, which is also accepted in place of the code
 * @since 0.1
 */
public record SpecialCode(String code, SpecialKind kind, LocalizedText label) {

    /**
     * Validates the fields.
     *
     * @param code the code as written in data files, matched after {@link Texts#fold folding}
     * @param kind what the code means
     * @param label the label, which is also accepted in place of the code
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the code is blank
     */
    public SpecialCode {
        code = Require.requireText(code, "special code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }
}
