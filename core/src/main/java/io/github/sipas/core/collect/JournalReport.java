package io.github.sipas.core.collect;

import java.util.List;
import java.util.Objects;

/**
 * What reading a {@link Journal} found: its files, the records read, an incomplete last line (a write that a crash or
 * a power cut cut short; ignored) and the corrupt lines skipped when told to skip them.
 *
 * @param files the journal files read, in order (file names)
 * @param records the records read
 * @param lastSequence the sequence number of the last record, or 0 if there is none
 * @param torn the incomplete or corrupt lines at the end of the last file, or null if it ends cleanly; these were
 *     never acknowledged (an acknowledged record was flushed, and everything written before it), so they are ignored,
 *     and cut off when the journal is opened for writing
 * @param skipped damage passed over because the journal was read with
 *     {@link Journal.Builder#skipCorrupt(boolean) skipCorrupt}: lines skipped, and gaps in the numbering (the line
 *     after the gap, which was read); empty otherwise
 * @since 0.1
 */
public record JournalReport(List<String> files, long records, long lastSequence, BadLine torn, List<BadLine> skipped) {

    /**
     * Validates the fields and copies the lists.
     *
     * @param files the journal files read, in order (file names)
     * @param records the records read
     * @param lastSequence the sequence number of the last record, or 0 if there is none
     * @param torn the incomplete or corrupt lines at the end of the last file, or null if it ends cleanly
     * @param skipped corrupt lines followed by valid records that were skipped
     * @throws NullPointerException if a list is null
     * @throws IllegalArgumentException if a count is negative
     */
    public JournalReport {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        if (records < 0 || lastSequence < 0) {
            throw new IllegalArgumentException("records and lastSequence must be zero or more, not " + records
                    + " and " + lastSequence);
        }
    }

    /**
     * A line of a journal file that is not a valid record.
     *
     * @param file the file name
     * @param line the 1-based line (the header is line 1)
     * @param offset the byte offset where the line starts
     * @param bytes the number of bytes from that line to the end of the file, for a torn end; the line's length,
     *     newline included, for a skipped line
     * @param reason what is wrong with it
     * @since 0.1
     */
    public record BadLine(String file, long line, long offset, long bytes, String reason) {

        /**
         * Validates the fields.
         *
         * @param file the file name
         * @param line the 1-based line (the header is line 1)
         * @param offset the byte offset where the line starts
         * @param bytes the number of bytes concerned
         * @param reason what is wrong with it
         * @throws NullPointerException if the file or reason is null
         * @throws IllegalArgumentException if the line is below 1, or the offset or byte count negative
         */
        public BadLine {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
            if (line < 1 || offset < 0 || bytes < 0) {
                throw new IllegalArgumentException("line must be 1 or more and offset and bytes zero or more, not "
                        + line + ", " + offset + ", " + bytes);
            }
        }

        @Override
        public String toString() {
            return file + ", line " + line + " (byte " + offset + "): " + reason;
        }
    }
}
