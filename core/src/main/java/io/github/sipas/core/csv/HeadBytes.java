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

    /**
     * Where the first record ends as Commons CSV reads it with a delimiter, after its line break (LF or CRLF), or at
     * the end of the bytes read when the stream ended there; -1 for anything else (a lone CR, text after a closing
     * quote, an unclosed quote, a record past the bytes read), which the text path reads. The scan of {@link #read}
     * takes every quote for one that opens or closes a field; this one opens a field only at its start, as Commons
     * CSV does, so that a header with a quote inside a name ({@code age"group}) is not cut at the wrong line break.
     */
    int recordEnd(char d) {
        byte[] b = bytes;
        boolean fieldStart = true;
        int i = 0;
        while (i < length) {
            byte c = b[i];
            if (fieldStart && c == '"') {
                // a quoted field: to its closing quote, doubled quotes inside
                int j = i + 1;
                while (true) {
                    if (j >= length) {
                        return -1;
                    }
                    if (b[j] == '"') {
                        if (j + 1 < length && b[j + 1] == '"') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                i = j + 1;
                // Commons CSV skips white space after the closing quote; other text is its error
                while (i < length && (b[i] == ' ' || b[i] == '\t' && d != '\t')) {
                    i++;
                }
                if (i < length && b[i] != d && b[i] != '\n' && b[i] != '\r') {
                    return -1;
                }
                fieldStart = false;
                continue;
            }
            if (c == d) {
                fieldStart = true;
            } else if (c == '\n') {
                return i + 1;
            } else if (c == '\r') {
                return i + 1 < length && b[i + 1] == '\n' ? i + 2 : -1;
            } else {
                fieldStart = false;
            }
            i++;
        }
        // the end of the bytes read: the record's end only if the stream ended there (read's headerEnd says so)
        return headerEnd == length ? length : -1;
    }
}
