package io.github.sipas.core.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any line, however damaged, decodes to a record or fails with {@link JournalCodec.BadLine}: never another exception.
 * Seeded cases mutate real records (flipped bits, deleted, inserted or repeated bytes, cut lines, JSON-significant
 * bytes) and, in half of them, reseal the line with a correct checksum so that the damage reaches the parser.
 */
class JournalCodecTest {

    static final List<byte[]> LINES = JournalTest.collected(JournalTest.fixture().subList(0, 40), 1).stream()
            .map(JournalCodec::encode).toList();
    static final byte[] SIGNIFICANT = "{}[]\":,\\-0123456789.eE tfnul".getBytes(StandardCharsets.US_ASCII);

    static Stream<Long> seeds() {
        return LongStream.range(0, 1500).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aDamagedLineIsABadLineOrARecord(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed * 7919 + 17);
        byte[] line = LINES.get(rng.nextInt(LINES.size()));
        byte[] b = Arrays.copyOf(line, line.length - 1); // without the newline
        int edits = 1 + rng.nextInt(4);
        for (int e = 0; e < edits && b.length > 2; e++) {
            int at = rng.nextInt(b.length);
            switch (rng.nextInt(6)) {
                case 0 -> b[at] ^= (byte) (1 << rng.nextInt(8));
                case 1 -> b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at + 1, b.length));
                case 2 -> b = concat(concat(Arrays.copyOf(b, at), new byte[] {SIGNIFICANT[rng.nextInt(
                        SIGNIFICANT.length)]}), Arrays.copyOfRange(b, at, b.length));
                case 3 -> b = Arrays.copyOf(b, at);
                case 4 -> b[at] = SIGNIFICANT[rng.nextInt(SIGNIFICANT.length)];
                default -> b = concat(concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at,
                        Math.min(b.length, at + 1 + rng.nextInt(30)))), Arrays.copyOfRange(b, at, b.length));
            }
        }
        if (rng.nextBoolean()) {
            b = reseal(b);
        }
        try {
            Collected c = JournalCodec.decode(b, b.length);
            assertEquals(c, JournalCodec.decode(JournalCodec.encode(c), JournalCodec.encode(c).length - 1),
                    "what decodes, re-encodes to the same record");
        } catch (JournalCodec.BadLine expected) {
            assertTrue(!expected.getMessage().isBlank());
        } catch (RuntimeException | Error other) {
            fail("seed " + seed + ": " + new String(b, StandardCharsets.UTF_8) + " threw " + other, other);
        }
    }

    /** Replaces whatever ends the line by a correct checksum of the bytes before the last closing brace. */
    static byte[] reseal(byte[] b) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int crc = s.lastIndexOf(",\"crc32c\"");
        String body = crc > 0 ? s.substring(0, crc) : s.endsWith("}") ? s.substring(0, s.length() - 1) : s;
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        CRC32C c = new CRC32C();
        c.update(bytes);
        return concat(bytes, String.format(",\"crc32c\":\"%08x\"}", c.getValue()).getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
