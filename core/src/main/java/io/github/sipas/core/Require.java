package io.github.sipas.core;

import java.text.Normalizer;
import java.util.Objects;
import io.github.sipas.core.internal.Ids;
import io.github.sipas.core.internal.Texts;

/** The checks of names and identifiers that the survey model's constructors share. */
final class Require {

    private Require() {
    }

    /** Checks that a text is present and not blank, and returns it in NFC, trimmed. */
    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        String clean = Texts.clean(value);
        if (clean.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return clean;
    }

    /**
     * Checks a response id: not blank (white space and no-break spaces counted as blank); returns it in NFC, trimmed
     * of spaces (category Zs) only, so that a tab or line break at either end stays for the id check to refuse.
     */
    static String requireResponseId(String value) {
        Objects.requireNonNull(value, "response id");
        if (Ids.plain(value)) {
            String t = Ids.trimSpaces(value);
            if (t.isEmpty()) {
                throw new IllegalArgumentException("response id must not be blank");
            }
            return t;
        }
        if (Texts.clean(value).isEmpty()) {
            throw new IllegalArgumentException("response id must not be blank");
        }
        return Ids.trimSpaces(
                Normalizer.normalize(value, Normalizer.Form.NFC));
    }

    /**
     * Checks an identifier: non-blank, no surrounding white space (no-break spaces included), no control characters,
     * at most 100 characters. A fault is a {@link DefinitionException} at {@code where}.
     */
    static String requireId(String value, String name, String where) {
        Objects.requireNonNull(value, name);
        if (Texts.clean(value).isEmpty()) {
            throw new DefinitionException(where, name + " must not be blank");
        }
        if (Texts.isSpace(value.charAt(0)) || Texts.isSpace(value.charAt(value.length() - 1))) {
            throw new DefinitionException(where, name + " '" + value + "' must not begin or end with white space");
        }
        if (value.length() > 100) {
            throw new DefinitionException(where, name + " '" + value.substring(0, 20)
                    + "...' is longer than 100 characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new DefinitionException(where, name + " '" + value + "' contains a control character");
            }
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }
}
