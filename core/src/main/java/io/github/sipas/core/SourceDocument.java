package io.github.sipas.core;

import java.util.Objects;
import io.github.sipas.core.internal.Texts;

/**
 * The document an instrument comes from, and how sure we are that its wording is that document's.
 *
 * @param document the document, e.g. {@code "Quyết định 2640/QĐ-BNV ngày 10/10/2017"}; not blank
 * @param confidence how sure we are of the instrument's wording
 * @param note what is known and what was reconstructed; may be empty, never null
 * @since 0.1
 */
public record SourceDocument(String document, Confidence confidence, String note) {

    /**
     * Validates the fields.
     *
     * @param document the document, e.g. {@code "Quyết định 2640/QĐ-BNV ngày 10/10/2017"}; not blank
     * @param confidence how sure we are of the instrument's wording
     * @param note what is known and what was reconstructed; may be empty, never null
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the document is blank
     */
    public SourceDocument {
        document = Require.requireText(document, "document");
        Objects.requireNonNull(confidence, "confidence");
        note = Texts.clean(Objects.requireNonNull(note, "note"));
    }
}
