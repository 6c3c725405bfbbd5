package io.github.sipas.core.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds how much text one CSV record may take, so that a broken or hostile file (an unclosed quote, a field of a
 * gigabyte) is reported instead of filling the memory. Counts the characters read since the parser last finished a
 * record; the parser reads ahead in blocks, so the bound holds within a block (64 K characters).
 */
final class RecordLimit extends FilterReader {

    /** Thrown when a record is longer than the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(String message) {
            super(message);
        }
    }

    private final long limit;
    private volatile long sinceRecord;

    RecordLimit(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Marks the end of a record. */
    void recordEnded() {
        sinceRecord = 0;
    }

    private void count(long n) throws TooLong {
        long now = sinceRecord + n;
        sinceRecord = now;
        if (now > limit + (1 << 16)) {
            throw new TooLong("a record is longer than " + limit + " characters (an unclosed quote, or a huge field); "
                    + "the limit is CsvResponseReader.Builder.maxRecordLength");
        }
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }
}
