package io.github.sipas.core.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The first bytes of a CSV stream, read up to the end of the header record: its first line break outside quotes (a
 * quoted header name may hold line breaks), so that the header is decoded and parsed as text and the records after it
 * are split from the bytes that follow ({@link ByteRecords}).
 */
final class HeadBytes {

    /** The bytes read, at least through the header's line break. */
    final byte[] bytes;
    /** How many of {@link #bytes} were read. */
    final int length;
    /**
     * Where the header record ends, after its line break (or at the end of a stream of one record); -1 when no line
     * break was found within the bound, or the header ends in a lone CR, which the text path reads.
     */
    final int headerEnd;

    private HeadBytes(byte[] bytes, int length, int headerEnd) {
        this.bytes = bytes;
        this.length = length;
        this.headerEnd = headerEnd;
    }

    /**
     * Reads a stream's first bytes through the header's line break.
     *
     * @param bound the most bytes read while looking for it
     */
    static HeadBytes read(InputStream in, int bound) throws IOException {
        byte[] b = new byte[1 << 16];
        int n = 0;
        int i = 0;
        boolean quoted = false;
        while (true) {
            if (i == n) {
                if (n >= bound) {
                    return new HeadBytes(b, n, -1);
                }
                if (n == b.length) {
                    b = Arrays.copyOf(b, Math.min(2 * b.length, bound));
                }
                int got = in.read(b, n, b.length - n);
                if (got < 0) {
                    return new HeadBytes(b, n, quoted ? -1 : n);
                }
                n += got;
            }
            byte c = b[i++];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                return new HeadBytes(b, n, i);
            } else if (!quoted && c == '\r') {
                if (i == n) {
                    // the byte after the CR is not read yet
                    i--;
                    if (n == b.length) {
                        b = Arrays.copyOf(b, Math.min(2 * b.length, bound + 1));
                    }
                    int got = in.read(b, n, b.length - n);
                    if (got < 0) {
                        return new HeadBytes(b, n, -1);
                    }
                    n += got;
                    i++;
                }
                return new HeadBytes(b, n, b[i] == '\n' ? i + 1 : -1);
            }
        }
    }
}
