package io.github.sipas.core.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records after the header, split from the file's bytes rather than from decoded text: the common case of an
 * export (one line per record, fields unquoted or quoted without a line break inside) costs a scan of the bytes and one
 * {@code String} per field, a one-byte field (most cells: a code) a shared one. Text that is not ASCII is decoded per
 * field, as UTF-8 with every malformed sequence replaced by U+FFFD, as the stream's decoder does, so that
 * {@link ParseAhead#notUtf8} finds it at its column. Every field and line is what Commons CSV gives for the same bytes
 * (checked by {@code ByteRecordsTest} on seeded random texts).
 *
 * <p>At the first record it does not handle, from its first byte, the rest of the file goes to the Commons CSV path
 * ({@link Fallback}): a quoted field holding a line break, a quote inside an unquoted field, text after a closing
 * quote, a line ended by a lone CR, a record of more than {@link CsvResponseReader#MAX_COLUMNS} fields or longer than
 * the record limit or than the buffer. So the syntax, the limits and their messages stay those of that path.
 */
final class ByteRecords implements ParseAhead.Source {

    /** The buffer: records longer than this go to the Commons CSV path. */
    static final int BUFFER = 1 << 20;

    /** Where the rest of a file goes from the first record this source does not handle. */
    @FunctionalInterface
    interface Fallback {
        /**
         * Returns the Commons CSV source of the rest of the file.
         *
         * @param rest the bytes from the first byte of the record not handled
         * @param line the line that record starts on
         */
        ParseAhead.Source rest(InputStream rest, long line);
    }

    private static final int NEED_MORE = -1;
    private static final int FALLBACK = -2;
    private static final String[] ONE_BYTE = new String[128];

    static {
        for (int c = 0; c < ONE_BYTE.length; c++) {
            ONE_BYTE[c] = String.valueOf((char) c);
        }
    }

    private final InputStream in;
    private final byte delimiter;
    private final long maxRecordBytes;
    private final Fallback fallback;
    private byte[] buf;
    private int pos;
    private int end;
    private boolean eof;
    private long line;
    private String[] scratch = new String[64];

    /**
     * @param head the bytes already read after the header (may be empty)
     * @param in the rest of the stream
     * @param delimiter the delimiter, an ASCII character
     * @param line the line the first record starts on
     * @param maxRecordBytes a record of more bytes goes to the Commons CSV path, which applies the limit
     */
    ByteRecords(byte[] head, int headOffset, int headLength, InputStream in, char delimiter, long line,
            long maxRecordBytes, Fallback fallback) {
        this(head, headOffset, headLength, in, delimiter, line, maxRecordBytes, fallback, BUFFER);
    }

    /** As above with a buffer of {@code bufferSize} bytes (tests: small buffers, to refill within records). */
    ByteRecords(byte[] head, int headOffset, int headLength, InputStream in, char delimiter, long line,
            long maxRecordBytes, Fallback fallback, int bufferSize) {
        this.in = in;
        this.delimiter = (byte) delimiter;
        this.line = line;
        this.maxRecordBytes = Math.min(maxRecordBytes, bufferSize);
        this.fallback = fallback;
        this.buf = new byte[Math.max(bufferSize, headLength)];
        System.arraycopy(head, headOffset, buf, 0, headLength);
        this.end = headLength;
    }

    @Override
    public void produce(RecordSink into) throws InterruptedException {
        try {
            while (true) {
                into.at(line);
                if (pos == end && !fill()) {
                    return;
                }
                int n = scan();
                if (n == NEED_MORE) {
                    if (!fill()) {
                        throw new IllegalStateException("no more bytes where the scan wanted more");
                    }
                    continue;
                }
                if (n == FALLBACK) {
                    InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buf, pos, end - pos), in);
                    buf = null;
                    fallback.rest(rest, line).produce(into);
                    return;
                }
                long at = line++;
                if (!into.add(Arrays.copyOf(scratch, n), at)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads more bytes after those of the record being scanned, moving them to the buffer's start.
     *
     * @return false at the end of the stream with no byte left to scan
     */
    private boolean fill() throws IOException {
        if (eof) {
            return pos < end;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        if (end == buf.length) {
            // a record longer than the buffer: scan() sees it past maxRecordBytes and falls back
            return true;
        }
        int got = in.read(buf, end, buf.length - end);
        if (got < 0) {
            eof = true;
        } else {
            end += got;
        }
        return pos < end;
    }

    /**
     * Splits the record at {@link #pos} into {@link #scratch}.
     *
     * @return its number of fields, with {@link #pos} after its line break; {@link #NEED_MORE} when the buffer ends
     *     within it; {@link #FALLBACK} when this source does not handle it
     */
    private int scan() {
        byte[] b = buf;
        int e = end;
        byte d = delimiter;
        int i = pos;
        int n = 0;
        while (true) {
            String field;
            if (i < e && b[i] == '"') {
                int j = i + 1;
                boolean ascii = true;
                boolean doubled = false;
                while (true) {
                    if (j == e) {
                        return more(e);
                    }
                    byte c = b[j];
                    if (c == '"') {
                        if (j + 1 == e && !eof) {
                            return more(e);
                        }
                        if (j + 1 < e && b[j + 1] == '"') {
                            doubled = true;
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n' || c == '\r') {
                        return FALLBACK;
                    }
                    ascii &= c >= 0;
                    j++;
                }
                field = text(b, i + 1, j, ascii);
                if (doubled) {
                    field = field.replace("\"\"", "\"");
                }
                i = j + 1;
            } else {
                int j = i;
                boolean ascii = true;
                while (j < e) {
                    byte c = b[j];
                    if (c == d || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c == '"') {
                        return FALLBACK;
                    }
                    ascii &= c >= 0;
                    j++;
                }
                if (j == e && !eof) {
                    return more(e);
                }
                field = text(b, i, j, ascii);
                i = j;
            }
            if (i - pos > maxRecordBytes) {
                // checked at each field's end, so that a record of one long field falls back too
                return FALLBACK;
            }
            if (n == scratch.length) {
                if (n >= CsvResponseReader.MAX_COLUMNS) {
                    return FALLBACK;
                }
                scratch = Arrays.copyOf(scratch, Math.min(2 * n, CsvResponseReader.MAX_COLUMNS));
            }
            scratch[n++] = field;
            if (i == e) {
                // the last record, without a line break
                pos = i;
                return n;
            }
            byte c = b[i];
            if (c == d) {
                i++;
                continue;
            }
            if (c == '\n') {
                pos = i + 1;
                return n;
            }
            if (c == '\r') {
                if (i + 1 == e) {
                    return eof ? FALLBACK : more(e);
                }
                if (b[i + 1] == '\n') {
                    pos = i + 2;
                    return n;
                }
            }
            // a lone CR, or text after a closing quote
            return FALLBACK;
        }
    }

    /** The buffer ends within a record: more bytes, unless the stream has ended (an unclosed quote) or it is full. */
    private int more(int e) {
        if (eof || pos == 0 && e == buf.length) {
            return FALLBACK;
        }
        return NEED_MORE;
    }

    private static String text(byte[] b, int from, int to, boolean ascii) {
        int len = to - from;
        if (len == 0) {
            return "";
        }
        if (ascii) {
            return len == 1 ? ONE_BYTE[b[from]] : new String(b, from, len, StandardCharsets.ISO_8859_1);
        }
        return new String(b, from, len, StandardCharsets.UTF_8);
    }
}
