package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Test;
import io.github.sipas.core.InputException;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.instrument.Surveys;

/** A hostile or broken file (a huge field, an unclosed quote) is reported at its line instead of filling memory. */
class RecordLimitTest {

    static final String HEADER = "response_id,unit,A1,A2,A3,A4,B1,B2,B3,B4,B5,C1,C2,C3,C4,C5,C6,D1,D2,D3\n";
    static final String ROW = ",Sa Pa,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5\n";

    static CsvResponseReader reader(long limit) {
        return CsvResponseReader.builder(Surveys.bundled("laocai-2023")).maxRecordLength(limit).build();
    }

    @Test
    void aHugeFieldStopsTheReadAtItsLine() {
        String text = HEADER + "1" + ROW + "2" + ROW + "3,\"" + "x".repeat(300_000) + "\"" + ROW.substring(6);
        InputException e = assertThrows(InputException.class,
                () -> reader(4096).readAll(new StringReader(text), "huge.csv"));
        assertTrue(e.getMessage().contains("longer than 4096 characters"), e.getMessage());
        assertEquals(4, e.line(), e.getMessage());
    }

    @Test
    void anUnclosedQuoteOverARestOfAFileIsReportedNotHeldWhole() {
        StringBuilder sb = new StringBuilder(HEADER).append("1,\"Sa Pa,5\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append(i).append(ROW);
        }
        InputException e = assertThrows(InputException.class,
                () -> reader(8192).readAll(new StringReader(sb.toString()), "unclosed.csv"));
        assertTrue(e.getMessage().contains("unclosed quote"), e.getMessage());
    }

    @Test
    void recordsWithinTheLimitReadAsUsual() {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < 5_000; i++) {
            sb.append(i).append(ROW);
        }
        ReadResult r = reader(1024).readAll(new StringReader(sb.toString()), "ok.csv");
        assertEquals(5_000, r.report().accepted());
    }

    @Test
    void theCountStartsAgainAtEveryRecord() throws IOException {
        RecordLimit limit = new RecordLimit(new StringReader("a".repeat(200_000)), 1024);
        char[] buf = new char[32_768];
        for (int i = 0; i < 6; i++) {
            assertEquals(buf.length, limit.read(buf, 0, buf.length));
            limit.recordEnded();
        }
        Reader again = new RecordLimit(new StringReader("a".repeat(200_000)), 1024);
        assertThrows(RecordLimit.TooLong.class, () -> {
            while (again.read(buf, 0, buf.length) > 0) {
                // read on without a record boundary
            }
        });
    }

    @Test
    void aLimitBelowOneKilobyteIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvResponseReader.builder(Surveys.bundled("laocai-2023")).maxRecordLength(100));
        assertTrue(e.getMessage().contains("maxRecordLength"), e.getMessage());
    }
    @Test
    void quotedDelimitersAndLineBreaksAreNotFieldsAndAWideRecordIsNamedByItsFirstLine() {
        // 20,000 commas inside one quoted field, over two lines: one field, read as usual
        String quoted = HEADER + "1,\"Sa Pa" + ",".repeat(10_000) + "\n" + ",".repeat(10_000) + "\"" + ROW.substring(6)
                + "2" + ROW + "3,Sa Pa" + ",5".repeat(16_400) + "\n";
        InputException e = assertThrows(InputException.class,
                () -> CsvResponseReader.builder(Surveys.bundled("laocai-2023")).build()
                        .readAll(new StringReader(quoted), "wide.csv"));
        assertAll(
                () -> assertEquals(5, e.line(), "the record after the quoted one of two lines and line 4"),
                () -> assertTrue(e.getMessage().contains("the record has more than 16384 fields"), e.getMessage()));
    }

    @Test
    void aRecordOfTheWidestWidthAllowedIsRead() {
        // 16,384 fields: a row of the wrong width, rejected, not a stop
        String text = HEADER + "1,Sa Pa" + ",5".repeat(16_382) + "\n2" + ROW;
        ReadResult r = CsvResponseReader.builder(Surveys.bundled("laocai-2023")).build()
                .readAll(new StringReader(text), "w.csv");
        assertEquals(1, r.report().accepted());
        assertEquals(1, r.report().rejected());
        assertEquals(16_384, r.report().rejectedRows().get(0).fields().size());
    }

    @Test
    void aHeaderPastItsLengthOrWidthStopsTheReadAtLineOne() {
        String wideHeader = "response_id,unit" + ",x".repeat(20_000) + "\n";
        String longHeader = "response_id,unit,\"" + "n".repeat(1_200_000) + "\"\n";
        InputException wide = assertThrows(InputException.class,
                () -> reader(4096).readAll(new StringReader(wideHeader), "wide.csv"));
        InputException longer = assertThrows(InputException.class,
                () -> reader(4096).readAll(new StringReader(longHeader), "long.csv"));
        assertAll(
                () -> assertEquals(1, wide.line()),
                () -> assertTrue(wide.getMessage().contains("the header has more than 16384 columns"),
                        wide.getMessage()),
                () -> assertEquals(1, longer.line()),
                () -> assertTrue(longer.getMessage().contains("the header is longer than 1048576 characters"),
                        longer.getMessage()));
    }

    @Test
    void theFieldCountAgreesWithACharacterByCharacterLexerOnRandomTextInRandomReads() throws IOException {
        // texts of quotes, doubled quotes, delimiters, CR, LF, CRLF and other text, read in reads of 1 to 9
        // characters, with at most 3 fields a record: the first read that throws, and its message (the line of
        // the record), are those of the plain state machine below, the lexer as it was before its fast loops
        Random random = new Random(20261207);
        String alphabet = "a,,\"\"\n\r ữ;";
        int tripped = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int[] reads = new int[text.length() + 1];
            for (int k = 0; k < reads.length; k++) {
                reads[k] = 1 + random.nextInt(9);
            }
            String expected = referenceLex(text, reads, 3);
            String actual;
            RecordLimit limit = new RecordLimit(new StringReader(text), 1 << 20, 1 << 20, ',', 3);
            char[] buf = new char[16];
            int call = 0;
            try {
                while (limit.read(buf, 0, reads[call]) > 0) {
                    call++;
                }
                actual = "none";
            } catch (RecordLimit.TooLong e) {
                actual = call + ": " + e.getMessage() + " @" + e.line;
            }
            assertEquals(expected, actual, () -> "text " + text.replace("\n", "\\n").replace("\r", "\\r"));
            if (!expected.equals("none")) {
                tripped++;
            }
        }
        assertTrue(tripped > 1_000, "the texts trip the bound often enough to compare: " + tripped);
    }

    /** The fields of each record, counted one character at a time; the read (by index) that passes the bound. */
    private static String referenceLex(String text, int[] reads, int maxFields) {
        int s = 0; // 0 field start, 1 unquoted, 2 quoted, 3 a quote in quoted
        int f = 1;
        long ln = 1;
        long recordLine = 1;
        boolean cr = false;
        int pos = 0;
        for (int call = 0; pos < text.length(); call++) {
            int end = Math.min(text.length(), pos + reads[call]);
            for (; pos < end; pos++) {
                char c = text.charAt(pos);
                if (c == ',' && s != 2) {
                    cr = false;
                    s = 0;
                    if (++f > maxFields) {
                        return call + ": " + (recordLine == 1 ? "the header has more than " + maxFields + " columns"
                                : "the record has more than " + maxFields + " fields") + "; a file may have at most "
                                + maxFields + " columns (Excel's limit) @" + recordLine;
                    }
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' || !cr) {
                        ln++;
                    }
                    cr = c == '\r';
                    if (s != 2) {
                        s = 0;
                        f = 1;
                        recordLine = ln;
                    }
                } else {
                    cr = false;
                    if (c == '"') {
                        s = s == 0 ? 2 : s == 2 ? 3 : s == 3 ? 2 : s;
                    } else if (s == 0 || s == 3) {
                        s = 1;
                    }
                }
            }
        }
        return "none";
    }
}
