package io.github.sipas.examples;

import io.github.sipas.core.InputException;
import io.github.sipas.core.collect.CorruptJournalException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into the one-line messages the command line prints. */
final class Errors {

    private Errors() {
    }

    static String message(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof NoSuchFileException) {
            return "no such file: " + t.getMessage();
        }
        if (t instanceof AccessDeniedException) {
            return "cannot read (permission denied): " + t.getMessage();
        }
        if (t instanceof CorruptJournalException c) {
            return InputOptions.message(c);
        }
        if (t instanceof InputException || t instanceof IllegalArgumentException) {
            return t.getMessage();
        }
        if (t.getClass() == java.io.IOException.class && t.getMessage() != null) {
            return t.getMessage(); // the library's own, e.g. OutputFile's "cannot write FILE: reason"
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
