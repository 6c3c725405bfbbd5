package io.github.sipas.core.csv;

import io.github.sipas.core.internal.IdIndex;

/**
 * Tells, for each response id of a read in file order, the line where it was first seen: from the ids held in memory
 * as they come ({@link #inMemory}), or, for a file too large for that, from the pass over its ids made before the read
 * ({@link IdPass}).
 */
@FunctionalInterface
interface IdCheck {

    /**
     * Registers an id met on a line, lines asked in increasing order.
     *
     * @return 0 if no earlier line has the id, else the first line that has it
     */
    long firstLine(String id, long line);

    /**
     * Called when the read has ended without a failure: checks that what it asked matches what the check was built
     * from (for a pass over a file, that the read's bytes were the file's).
     *
     * @throws io.github.sipas.core.InputException if they do not
     */
    default void finish() {
    }

    /** The ids held in memory, exactly ({@link IdIndex}): memory grows with the ids. */
    static IdCheck inMemory() {
        IdIndex index = new IdIndex();
        return index::putIfAbsent;
    }
}
