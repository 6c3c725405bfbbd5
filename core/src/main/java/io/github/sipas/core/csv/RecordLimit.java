package io.github.sipas.core.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds how much text one CSV record may take and how many fields it may have, so that a broken or hostile file (an
 * unclosed quote, a field of a gigabyte, a header of a million empty names) is reported instead of filling the memory
 * before the parser hands the record on. It sits between the parser and the buffered text:
 * <ul>
 * <li>it counts the characters the parser read since it last finished a record; the parser reads ahead in blocks, so
 * the bound holds within 64 K characters. The header (the first record) has a bound of its own,
 * {@link CsvResponseReader#MAX_HEADER_LENGTH};</li>
 * <li>it follows the CSV syntax (fields, quotes, doubled quotes, line breaks inside quotes) to count the fields of each
 * record as the text passes, and stops at the first record of more than {@link CsvResponseReader#MAX_COLUMNS} fields,
 * naming the line where that record starts.</li>
 * </ul>
 */
final class RecordLimit extends FilterReader {

    /** Thrown when a record is longer than the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        /** The line the record starts on, or 0 when the reader does not know it. */
        final long line;

        TooLong(String message, long line) {
            super(message);
            this.line = line;
        }
    }

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    /** A quote seen inside a quoted field: the field's end, or the first of a doubled quote. */
    private static final int QUOTE_IN_QUOTED = 3;

    private final long limit;
    private final long headerLimit;
    private final char delimiter;
    private final int maxFields;
    // touched only by the thread that reads and ends records (the parser's; the header is read before that thread
    // starts, which orders it before), so plain fields: a record ends a million times a read
    private long sinceRecord;
    private boolean inHeader = true;
    // the lexer's state
    private int state = FIELD_START;
    private int fields = 1;
    private long line = 1;
    private long recordLine = 1;
    private boolean afterCr;

    /** A limit of records only, the header's the same, for comma-separated text of any width. */
    RecordLimit(Reader in, long limit) {
        this(in, limit, limit, ',', Integer.MAX_VALUE);
    }

    /**
     * @param limit the longest record after the header, in characters
     * @param headerLimit the longest header
     * @param delimiter the delimiter, to count fields
     * @param maxFields the most fields a record may have
     */
    RecordLimit(Reader in, long limit, long headerLimit, char delimiter, int maxFields) {
        super(in);
        this.limit = limit;
        this.headerLimit = headerLimit;
        this.delimiter = delimiter;
        this.maxFields = maxFields;
    }

    /** Starts counting at a record after the header, on a line of a text this reader holds the rest of. */
    void startAt(long firstLine) {
        inHeader = false;
        line = firstLine;
        recordLine = firstLine;
    }

    /** Marks the end of a record. */
    void recordEnded() {
        sinceRecord = 0;
        inHeader = false;
    }

    private void count(long n) throws TooLong {
        long now = sinceRecord + n;
        sinceRecord = now;
        boolean header = inHeader;
        if (now > (header ? headerLimit : limit) + (1 << 16)) {
            throw header && headerLimit != limit
                    ? new TooLong("the header is longer than " + headerLimit + " characters; a header may hold at most "
                            + headerLimit + " characters and " + maxFields + " columns (is it the right file?)", 1)
                    : new TooLong("a record is longer than " + limit + " characters (an unclosed quote, or a huge "
                            + "field); the limit is CsvResponseReader.Builder.maxRecordLength", 0);
        }
    }

    /**
     * Follows the syntax over some characters, counting the fields of each record. Outside quotes, a tight loop
     * counts the delimiters and stops only at a quote or a line break; inside quotes, one skips to the next quote,
     * counting line breaks. A record past the bound is reported at the end of the run where its count passed it, before
     * this read returns, so before the parser can build it.
     */
    private void lex(char[] buf, int off, int len) throws TooLong {
        int s = state;
        int f = fields;
        long ln = line;
        boolean cr = afterCr;
        char d = delimiter;
        int i = off;
        int end = off + len;
        while (i < end) {
            char c = buf[i];
            if (s == QUOTED) {
                // inside quotes only a quote ends the run; a line break inside is text, counted as a line
                while (c != '"') {
                    if (c == '\n' || c == '\r') {
                        if (c == '\r' || !cr) {
                            ln++;
                        }
                        cr = c == '\r';
                    } else {
                        cr = false;
                    }
                    if (++i == end) {
                        break;
                    }
                    c = buf[i];
                }
                if (i < end) {
                    s = QUOTE_IN_QUOTED;
                    cr = false;
                    i++;
                }
                continue;
            }
            if (s == QUOTE_IN_QUOTED) {
                if (c == '"') {
                    // a doubled quote: still inside
                    s = QUOTED;
                    cr = false;
                    i++;
                    continue;
                }
                // after the closing quote, a delimiter, a line break or other text: as after unquoted text
                s = UNQUOTED;
            }
            // outside quotes (FIELD_START or UNQUOTED): count delimiters up to a quote or a line break
            // (without a branch on the delimiter, which half the characters of a file of codes are)
            int run = i;
            while (c > '"' || c != '"' && c != '\n' && c != '\r') {
                f += c == d ? 1 : 0;
                if (++i == end) {
                    break;
                }
                c = buf[i];
            }
            if (f > maxFields) {
                state = s;
                throw tooWide();
            }
            if (i > run) {
                s = buf[i - 1] == d ? FIELD_START : UNQUOTED;
                cr = false;
            }
            if (i == end) {
                break;
            }
            if (c == '"') {
                // opens a quoted field at its start; within unquoted text it is text
                s = s == FIELD_START ? QUOTED : UNQUOTED;
                cr = false;
            } else {
                if (c == '\r' || !cr) {
                    ln++;
                }
                cr = c == '\r';
                s = FIELD_START;
                f = 1;
                recordLine = ln;
            }
            i++;
        }
        state = s;
        fields = f;
        line = ln;
        afterCr = cr;
    }

    private TooLong tooWide() {
        return new TooLong((recordLine == 1 ? "the header has more than " + maxFields + " columns"
                : "the record has more than " + maxFields + " fields") + "; a file may have at most " + maxFields
                + " columns (Excel's limit)", recordLine);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
            lex(new char[] {(char) c}, 0, 1);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
            lex(buf, off, n);
        }
        return n;
    }
}
