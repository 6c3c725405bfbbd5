package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ByteRecords} against Commons CSV: the records after a header, split from the bytes (with the Commons CSV
 * fallback built as {@link CsvRead} builds it), equal the records Commons CSV parses from the decoded text, header
 * included, with the same lines; where Commons CSV fails, the byte path fails too, after the same records.
 */
class ByteRecordsTest {

    private static final int CASES = 500;
    private static final long SEED = 0xB17E_5EC0L;
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int[] BUFFERS = {7, 64, 4096, ByteRecords.BUFFER};
    private static final long LIMIT = CsvResponseReader.DEFAULT_MAX_RECORD_LENGTH;

    /** The pieces random texts are made of: the syntax, text of one to four bytes, bytes that are not UTF-8. */
    private static final byte[][] PIECES = {
        {'"'}, {'"'}, {'"', '"'}, {'\n'}, {'\n'}, {'\r'}, {'\r', '\n'}, {'\r', '\n'}, {' '}, {'a'}, {'b'}, {'7'},
        {'4', '2'}, {'x', 'y', 'z'}, "ữ".getBytes(StandardCharsets.UTF_8), "Đ".getBytes(StandardCharsets.UTF_8),
        "😀".getBytes(StandardCharsets.UTF_8), {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xE1, (byte) 0xBB},
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
    };

    /** One record collected: its line and fields. */
    record Rec(long line, List<String> fields) {
    }

    /** The records of a parse, and its failure (null when none). */
    record Outcome(List<Rec> records, Throwable failure) {
    }

    static Stream<Integer> cases() {
        return IntStream.range(0, CASES).boxed();
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void bytesSplitAsCommonsCsvParses(int k) {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(SEED + k);
        char d = DELIMITERS[k % DELIMITERS.length];
        byte[] body = randomBody(rng, d, k);
        int buffer = BUFFERS[(k / 3) % BUFFERS.length];
        assertSame(body, d, buffer, LIMIT, rng.nextInt(Math.min(body.length, buffer) + 1), 1 + rng.nextInt(9),
                "case " + k);
    }

    private static byte[] randomBody(UniformRandomProvider rng, char d, int k) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int records = rng.nextInt(12);
        // most cases mostly well-formed (the byte path's own work), some wholly random (its fallback)
        boolean wild = k % 4 == 0;
        for (int r = 0; r < records; r++) {
            int fields = rng.nextInt(5);
            for (int f = 0; f < fields; f++) {
                if (f > 0) {
                    out.write(d);
                }
                int parts = rng.nextInt(4);
                boolean quote = !wild && rng.nextInt(4) == 0;
                if (quote) {
                    out.write('"');
                }
                for (int p = 0; p < parts; p++) {
                    byte[] piece = wild || rng.nextInt(8) == 0 ? PIECES[rng.nextInt(PIECES.length)]
                            : PIECES[9 + rng.nextInt(PIECES.length - 9)];
                    if (rng.nextInt(6) == 0) {
                        piece = new byte[] {(byte) d};
                    }
                    if (quote && piece.length == 1 && piece[0] == '"') {
                        piece = new byte[] {'"', '"'};
                    }
                    out.writeBytes(piece);
                }
                if (quote) {
                    out.write('"');
                }
            }
            if (rng.nextInt(5) == 0) {
                out.write(d);
            }
            if (r < records - 1 || rng.nextBoolean()) {
                out.writeBytes(rng.nextInt(3) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            }
        }
        return out.toByteArray();
    }

    private static byte[] header(char d) {
        return ("id" + d + "unit" + d + "A1\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Asserts the byte path gives what Commons CSV gives for a body after the header, in each buffer size. */
    static void assertSame(byte[] body, char d, int buffer, long limit, int headBytes, int chunk, String what) {
        Outcome expected = commons(body, d, limit);
        Outcome actual = bytes(body, d, buffer, limit, headBytes, chunk);
        String shown = what + ", buffer " + buffer + ", body " + show(body);
        assertEquals(expected.records, actual.records, shown);
        if (expected.failure == null) {
            assertNull(actual.failure, shown);
        } else {
            assertNotNull(actual.failure, shown + ": Commons CSV failed with " + expected.failure);
            assertEquals(cause(expected.failure).getClass(), cause(actual.failure).getClass(), shown);
        }
    }

    private static Throwable cause(Throwable t) {
        return t.getCause() != null ? t.getCause() : t;
    }

    /** The reference: the text path of {@link CsvRead}, header included, lines as {@link ParseAhead#csv} gives. */
    static Outcome commons(byte[] body, char d, long limit) {
        byte[] all = concat(header(d), body);
        List<Rec> out = new ArrayList<>();
        try {
            RecordLimit rl = new RecordLimit(new InputStreamReader(new ByteArrayInputStream(all), CsvRead.decoder()),
                    limit, CsvResponseReader.MAX_HEADER_LENGTH, d, CsvResponseReader.MAX_COLUMNS);
            CSVParser parser = CSVParser.builder().setReader(rl).setFormat(CsvRead.format(d)).get();
            Iterator<CSVRecord> it = parser.iterator();
            it.next();
            rl.recordEnded();
            long line = parser.getCurrentLineNumber() + 1;
            ParseAhead.csv(parser, it, rl, line, 0).produce(collect(out));
            return new Outcome(out, null);
        } catch (IOException | RuntimeException | InterruptedException e) {
            return new Outcome(out, e);
        }
    }

    /** The byte path: {@code headBytes} of the body as read with the header, the rest in chunks of at most chunk. */
    static Outcome bytes(byte[] body, char d, int buffer, long limit, int headBytes, int chunk) {
        List<Rec> out = new ArrayList<>();
        byte[] head = concat(new byte[] {'x', 'y'}, body);
        InputStream rest = new Chunked(new ByteArrayInputStream(body, headBytes, body.length - headBytes), chunk);
        try {
            new ByteRecords(head, 2, headBytes, rest, d, 2, limit,
                    (r, at) -> CsvRead.commonsCsv(r, d, at, limit), buffer).produce(collect(out));
            return new Outcome(out, null);
        } catch (RuntimeException | InterruptedException e) {
            return new Outcome(out, e);
        }
    }

    private static RecordSink collect(List<Rec> out) {
        return new RecordSink() {
            @Override
            public void at(long recordLine) {
                // only the lines of records are compared
            }

            @Override
            public boolean add(String[] r, long recordLine) {
                out.add(new Rec(recordLine, List.of(r)));
                return true;
            }
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String show(byte[] b) {
        StringBuilder sb = new StringBuilder();
        if (b.length > 300) {
            return b.length + " bytes";
        }
        for (byte c : b) {
            sb.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02X", c & 0xFF));
        }
        return sb.toString();
    }

    /** A stream that returns at most {@code chunk} bytes a read. */
    static final class Chunked extends FilterInputStream {
        private final int chunk;

        Chunked(InputStream in, int chunk) {
            super(in);
            this.chunk = chunk;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, chunk));
        }
    }

    private static void example(String body) {
        example(body.getBytes(StandardCharsets.UTF_8), LIMIT);
    }

    private static void example(byte[] body, long limit) {
        for (char d : DELIMITERS) {
            byte[] b = new String(body, StandardCharsets.ISO_8859_1).replace(',', d)
                    .getBytes(StandardCharsets.ISO_8859_1);
            for (int buffer : BUFFERS) {
                for (int head : new int[] {0, Math.min(b.length, buffer)}) {
                    assertSame(b, d, buffer, limit, head, 3, "delimiter '" + d + "'");
                }
            }
        }
    }

    @Test
    void crlfLineEnds() {
        example("1,a,4\r\n2,b,5\r\n3,c,6\r\n");
        assertEquals(List.of(new Rec(2, List.of("1", "a", "4")), new Rec(3, List.of("2", "b", "5"))),
                bytes("1,a,4\r\n2,b,5\r\n".getBytes(StandardCharsets.UTF_8), ',', 64, LIMIT, 0, 64).records);
    }

    @Test
    void quotedFieldWithDoubledQuote() {
        example("1,\"Nói \"\"cảm ơn\"\"\",4\n2,\"\"\"\",5\n");
        assertEquals(List.of(new Rec(2, List.of("1", "Nói \"cảm ơn\"", "4"))),
                bytes("1,\"Nói \"\"cảm ơn\"\"\",4\n".getBytes(StandardCharsets.UTF_8), ',', 64, LIMIT, 0, 64)
                        .records);
    }

    @Test
    void quotedLineBreakFallsBackWithLinesRight() {
        example("1,a,4\n2,\"Dòng một\nDòng hai\r\nba\",5\n3,c,6\n4,d,7\n");
        Outcome o = bytes("1,a,4\n2,\"x\ny\",5\n3,c,6\n".getBytes(StandardCharsets.UTF_8), ',', 64, LIMIT, 0, 64);
        assertEquals(List.of(new Rec(2, List.of("1", "a", "4")), new Rec(3, List.of("2", "x\ny", "5")),
                new Rec(5, List.of("3", "c", "6"))), o.records);
    }

    @Test
    void loneCr() {
        example("1,a,4\r2,b,5\n3,c,6\r");
        example("1,a,4\n2,b,5\r");
    }

    @Test
    void strayQuoteInUnquotedField() {
        example("1,a\"b,4\n2,b,5\n");
        example("1, \"a\",4\n2,b,5\n");
    }

    @Test
    void textAfterClosingQuote() {
        example("1,a,4\n2,\"a\"b,5\n3,c,6\n");
        example("1,\"a\" ,4\n2,b,5\n");
        Outcome o = bytes("1,a,4\n2,\"a\"b,5\n".getBytes(StandardCharsets.UTF_8), ',', 64, LIMIT, 0, 64);
        assertEquals(1, o.records.size());
        assertNotNull(o.failure);
    }

    @Test
    void emptyLineInTheMiddle() {
        example("1,a,4\n\n2,b,5\n\r\n3,c,6\n");
        assertEquals(new Rec(3, List.of("")),
                bytes("1,a,4\n\n2,b,5\n".getBytes(StandardCharsets.UTF_8), ',', 64, LIMIT, 0, 64).records.get(1));
    }

    @Test
    void noFinalLineBreak() {
        example("1,a,4\n2,b,5");
        example("1,a,4\n2,b,");
        example("1,a,4\n2,b,\"5\"");
        example("1,a,4\n2,b,\"5");
    }

    @Test
    void notUtf8AndMultiByteText() {
        example(new byte[] {'1', ',', (byte) 0xC3, ',', 'x', (byte) 0xFF, '\n', '2', ',', (byte) 0xE1, (byte) 0xBB,
            ',', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, '\n', '3', ',', '"', (byte) 0xC3, '"', '\n'}, LIMIT);
        example("ữ,Đ,😀\n😀😀,\"ữ\",Đ\n");
    }

    @Test
    void recordLongerThanTheLimitFallsBack() {
        long limit = 100;
        // a record well past the limit and the 64 K the Commons CSV path lets it run over
        String huge = "z".repeat(200_000);
        for (String body : List.of("1,a,4\n2," + huge + ",5\n3,c,6\n", "1,a,4\n" + huge + "\n3,c,6\n",
                "1,a,4\n\"" + huge + "\"\n3,c,6\n")) {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            Outcome expected = commons(b, ',', limit);
            assertNotNull(expected.failure);
            assertEquals(RecordLimit.TooLong.class, cause(expected.failure).getClass());
            for (int buffer : new int[] {4096, ByteRecords.BUFFER}) {
                assertSame(b, ',', buffer, limit, 0, 1 << 16, "limit " + limit);
            }
        }
    }
}
