package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.scoring.estimate.ScoreAccumulator;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reading and scoring keep sums, not rows: 400,000 forms generated on the fly are scored in a child JVM whose heap is
 * 64 MB, far less than the rows would take (about 400 bytes each as responses). Nothing is timed.
 */
@org.junit.jupiter.api.Tag("slow")
class ScoreMemoryTest {

    static final int ROWS = 400_000;

    /** Writes a wide SIPAS 2017 file of n rows over 50 units as a stream, never holding it. */
    static final class Generated extends InputStream {
        private final int rows;
        /** Every so many rows, one repeats the id of the row 7 before it; 0 for none. */
        private final int repeatEvery;
        private int row = -1;
        private byte[] line = ("response_id,unit,gender,weight,A1,A2,A3,A4,B1,B2,B3,B4,B5,C1,C2,C3,C4,C5,C6,D1,D2,D3,"
                + "E1,E2,E3,E4\n").getBytes(StandardCharsets.UTF_8);
        private int at;
        private long state = 42;

        Generated(int rows) {
            this(rows, 0);
        }

        Generated(int rows, int repeatEvery) {
            this.rows = rows;
            this.repeatEvery = repeatEvery;
        }

        private int next(int bound) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            return (int) ((state >>> 33) % bound);
        }

        @Override
        public int read() {
            if (at == line.length) {
                if (++row >= rows) {
                    return -1;
                }
                StringBuilder sb = new StringBuilder(80);
                boolean repeat = repeatEvery > 0 && row > 0 && row % repeatEvery == 0;
                sb.append('R').append(repeat ? row - 7 : row).append(",Đơn vị ").append(next(50)).append(',')
                        .append(next(2) == 0 ? "Nam" : "Nữ").append(',').append(1 + next(3)).append(".5");
                for (int j = 0; j < 22; j++) {
                    int x = next(12);
                    sb.append(',').append(x == 0 ? "" : x == 1 ? "0" : Integer.toString(1 + x % 5));
                }
                line = sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            return line[at++] & 0xff;
        }
    }

    /** Run in the child JVM: scores the generated stream, or the file named, and prints the counts. */
    public static void main(String[] args) {
        if (args.length == 1) {
            Scorer scorer = Scorer.of(Surveys.bundled("sipas-2017"));
            ScoreAccumulator acc = scorer.accumulator();
            ReadReport report = CsvResponseReader.builder(scorer.survey()).build().read(Path.of(args[0]), acc::add);
            Scorecard card = acc.result();
            io.github.sipas.core.Problem first = report.problems().stream()
                    .filter(q -> q.rule() == io.github.sipas.core.Rule.DUPLICATE_ID).findFirst().orElseThrow();
            System.out.println(report.accepted() + " " + card.units().size() + " "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " " + report.rejected() + " " + first.line() + " "
                    + first.message());
            return;
        }
        Scorer scorer = Scorer.of(Surveys.bundled("sipas-2017"));
        ScoreAccumulator acc = scorer.accumulator();
        ReadReport report = CsvResponseReader.builder(scorer.survey()).build()
                .read(new Generated(ROWS), "generated", acc::add);
        Scorecard card = acc.result();
        System.out.println(report.accepted() + " " + card.units().size() + " "
                + (Runtime.getRuntime().maxMemory() >> 20));
    }

    @Test
    void scoresFourHundredThousandFormsIn64Megabytes() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-cp",
                System.getProperty("java.class.path"), ScoreMemoryTest.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the child JVM did not end");
        assertEquals(0, p.exitValue(), out);
        String[] parts = out.strip().split(" ");
        assertEquals(Integer.toString(ROWS), parts[0], out);
        assertEquals("50", parts[1], out);
        assertTrue(Integer.parseInt(parts[2]) <= 64, out);
    }

    /**
     * A file of 2,500,000 forms, whose ids in memory would take about 100 MB, is read in a 64 MB heap after the pass
     * over its ids: the 24 repeated ids are found, at their lines, naming the first.
     */
    @Test
    void findsTheDuplicatesOfTwoAndAHalfMillionFormsIn64Megabytes(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException, InterruptedException {
        int rows = 2_500_000;
        Path file = dir.resolve("big.csv");
        try (InputStream in = new Generated(rows, 100_000);
                java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file),
                        1 << 16)) {
            in.transferTo(out);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-Djava.io.tmpdir=" + dir, "-cp",
                System.getProperty("java.class.path"), ScoreMemoryTest.class.getName(), file.toString()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the child JVM did not end");
        assertEquals(0, p.exitValue(), out);
        String[] parts = out.strip().split(" ", 6);
        assertEquals(Integer.toString(rows - 24), parts[0], out);
        assertEquals("50", parts[1], out);
        assertTrue(Integer.parseInt(parts[2]) <= 64, out);
        assertEquals("24", parts[3], out);
        // row 100,000 (line 100,002) repeats the id of row 99,993 (line 99,995)
        assertEquals("100002", parts[4], out);
        assertTrue(parts[5].contains("response id 'R99993' was first seen on line 99995"), out);
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "the pass deleted its runs");
        }
    }
}
