package io.github.sipas.core.csv;

/**
 * Where the records of a {@link ParseAhead.Source} go, in file order: the parsing thread ({@link ParseAhead}), or the
 * pass over a large file's ids before its read ({@link IdPass}).
 */
interface RecordSink {

    /** Notes the line of the record about to be parsed, so that a failure names it. */
    void at(long recordLine);

    /**
     * Takes a record.
     *
     * @param r the record's fields, not copied
     * @param recordLine the line (the sheet's row) where it starts
     * @return false when no more records are wanted
     */
    boolean add(String[] r, long recordLine) throws InterruptedException;
}
