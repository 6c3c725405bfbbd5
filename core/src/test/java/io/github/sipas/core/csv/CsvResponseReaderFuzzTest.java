package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.core.UnitList;

/**
 * Coverage-guided fuzz test of {@link CsvResponseReader}: any bytes give either a report or an {@link InputException}
 * that names the source and a line; never another exception, a hang or an out-of-memory.
 *
 * <p>In a plain {@code mvn verify} this runs the saved inputs under
 * {@code CsvResponseReaderFuzzTestInputs/anyBytes/} (real exports and past findings) as ordinary tests; with
 * {@code -Pfuzz} Jazzer fuzzes it for {@code fuzz.time} seconds (see the README, "Fuzzing").
 *
 * <p>The reader's configuration comes from the last bytes of the input (Jazzer's {@link FuzzedDataProvider} takes
 * numbers from the end), the CSV from the rest. Read from the end, one byte each: the survey (byte mod 3: sipas-2017,
 * sipas-2023, laocai-2023), the delimiter (mod 4: comma, semicolon, tab, found from the header), fail-fast, the unit
 * list, a small {@code maxRecordLength} (then two more bytes), the entry point (bytes, or text already decoded), and
 * whether to pad the CSV with a repeated piece of itself (14 mod 16, or 31; then more bytes). So the saved exports end
 * in seven characters: {@code 0000030} reads the export against sipas-2017 with the defaults, {@code 0000031} against
 * sipas-2023, {@code 0000130} with fail-fast, {@code 0001030} with the unit list, {@code 0100030} as decoded text.
 */
@org.junit.jupiter.api.Tag("slow")
class CsvResponseReaderFuzzTest {

    private static final String SOURCE = "fuzz.csv";
    private static final Survey[] SURVEYS = {
        Surveys.bundled("sipas-2017"), Surveys.bundled("sipas-2023"), Surveys.bundled("laocai-2023")};
    private static final UnitList UNITS = UnitList.bundled("laocai-2023");
    private static final char[] DELIMITERS = {',', ';', '\t'};

    @FuzzTest
    void anyBytes(FuzzedDataProvider data) {
        CsvResponseReader.Builder b = CsvResponseReader.builder(data.pickValue(SURVEYS));
        int delimiter = data.consumeInt(0, DELIMITERS.length);
        if (delimiter < DELIMITERS.length) {
            b.delimiter(DELIMITERS[delimiter]);
        }
        b.policy(data.consumeBoolean() ? ErrorPolicy.FAIL_FAST : ErrorPolicy.REJECT_ROW);
        if (data.consumeBoolean()) {
            b.units(UNITS);
        }
        if (data.consumeBoolean()) {
            b.maxRecordLength(data.consumeInt(1024, 4096));
        }
        boolean decoded = data.consumeBoolean();
        int pad = data.consumeInt(0, 255);
        byte[] csv = pad == 31 ? padded(data, (1 << 20) + 1, 1_100_000, 1)
                : pad % 16 == 14 ? padded(data, 1, 80_000, 16) : data.consumeRemainingAsBytes();
        CsvResponseReader reader = b.build();
        AtomicLong handed = new AtomicLong();
        try {
            ReadReport report = decoded
                    ? reader.read(new StringReader(new String(csv, StandardCharsets.UTF_8)), SOURCE,
                            r -> handed.incrementAndGet())
                    : reader.read(new ByteArrayInputStream(csv), SOURCE, r -> handed.incrementAndGet());
            assertEquals(report.accepted(), handed.get(), "responses handed on");
            for (Problem p : report.problems()) {
                assertEquals(SOURCE, p.source(), p.toString());
                assertTrue(p.line() >= 1, p.toString());
            }
        } catch (InputException e) {
            assertEquals(SOURCE, e.source(), e.getMessage());
            assertTrue(e.line() >= 1, () -> "no line: " + e.getMessage());
        }
    }

    /**
     * The rest of the input with {@code min..max} bytes inserted at a point: the next 1 to {@code piece} bytes after
     * it, repeated (or one byte, at the end). So a small input can make a huge field, a long unclosed quote, a long run
     * of spaces, thousands of columns or rows: what {@code maxRecordLength} (here at most 4,096 and a 64 K block) and
     * the delimiter peek (1 M characters) are for, and where work that grows faster than the input shows. One input in
     * sixteen is padded to 80 K with pieces of up to 16 bytes; one in 256 past the 1 M of the peek with one byte (a
     * million columns is linear work, but too slow under the fuzzer's instrumentation for its timeout, and a million
     * characters slow enough there that more of them held the fuzzer to a few dozen inputs a second).
     */
    private static byte[] padded(FuzzedDataProvider data, int min, int max, int piece) {
        int count = data.consumeInt(min, max);
        int length = data.consumeInt(1, piece);
        byte fill = data.consumeByte();
        int at = data.consumeInt(0, Integer.MAX_VALUE);
        byte[] rest = data.consumeRemainingAsBytes();
        at = at % (rest.length + 1);
        byte[] unit = at + length <= rest.length ? Arrays.copyOfRange(rest, at, at + length) : new byte[] {fill};
        byte[] out = new byte[rest.length + count];
        System.arraycopy(rest, 0, out, 0, at);
        for (int i = 0; i < count; i++) {
            out[at + i] = unit[i % unit.length];
        }
        System.arraycopy(rest, at, out, at + count, rest.length - at);
        return out;
    }
}
