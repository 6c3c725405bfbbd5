package io.github.sipas.core.collect;

import io.github.sipas.core.InputException;

/**
 * The {@link InputException} of a journal that holds a damaged line followed by valid ones, or a record that breaks
 * the survey's rules: no crash of the writer leaves such a line, so the journal is refused unless opened or read with
 * {@code skipCorrupt} ({@link Journal.Builder#skipCorrupt(boolean)}, {@link Journal#read}). The message names the
 * file and line, says what is wrong and ends with what to do, worded for this library:
 * {@value #ADVICE}. An application that offers the choice in its own words (the command line's
 * {@code --skip-corrupt}) takes {@link #damage()} and adds its own.
 *
 * @since 0.1
 */
public final class CorruptJournalException extends InputException {

    private static final long serialVersionUID = 1L;

    /** What the message advises, after the damage. */
    public static final String ADVICE = "restore the file from a copy, or open the journal with skipCorrupt to skip "
            + "the line";

    /** What is wrong, without the advice. */
    private final String damage;

    CorruptJournalException(String file, long line, String damage) {
        super(file, line, null, null, null, damage + "; " + ADVICE, null);
        this.damage = damage;
    }

    /**
     * Returns what is wrong with the line, without the location and without the advice.
     *
     * @return the damage, e.g. {@code "checksum mismatch …; valid records follow, so this is damage, not a write cut
     *     short by a crash"}
     */
    public String damage() {
        return damage;
    }
}
