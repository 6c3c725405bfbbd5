package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's scoring example is the body of {@link ScoreExample}, and it reproduces R's figures. */
class ScoreExampleTest {

    @Test
    void docsShowTheScoringExampleAsCompiled() throws IOException {
        ReadResponsesExampleTest.assertPageShows("docs/README.md", 2, "ScoreExample");
    }

    @Test
    void scoringExampleScoresTheFixtureAsR() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            ScoreExample.main(new String[] {
                io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-laocai.csv").toString()});
        } finally {
            System.setOut(old);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        // R 4.2.2 survey 4.1-1, shared/fixtures/sipas2017-laocai.expected.csv: Bắc Hà SIPAS 85.617045859757, rank 3
        // (Wald limits 81.6115866763061, 89.6225050432079), printed to two decimals.
        assertTrue(out.contains("Bắc Hà                85.62  [ 81.61,  89.62]  rank 3"), out);
        assertEquals(9, out.lines().count(), out);
    }

}
