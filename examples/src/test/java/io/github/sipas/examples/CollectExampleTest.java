package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's collection example is the body of {@link CollectExample}, and a rerun finds its form stored. */
class CollectExampleTest {

    @TempDir
    Path dir;

    @Test
    void readmeShowsTheCollectionExampleAsCompiled() throws IOException {
        ReadResponsesExampleTest.assertReadmeShows(1, "CollectExample");
        ReadResponsesExampleTest.assertPageShows("docs/collecting.md", 0, "CollectExample");
    }

    @Test
    void storesTheFormOnceAcrossRuns() throws IOException {
        // n = 12,000 / (1 + 12,000 · 0.05²) = 387.1 → 388. The form is satisfied (4) on every criterion but B2 (2),
        // and A3 is don't know: elements A, C, D, E are 100 %, B is 4 of 5 = 80 %; the index (mean of the five
        // elements, by hand) is 96.
        assertEquals("ACCEPTED #1 [Progress[unit=sapa, target=388, collected=1]]\n96.00\n", run());
        assertEquals("DUPLICATE #1 [Progress[unit=sapa, target=388, collected=1]]\n96.00\n", run());
    }

    private String run() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            CollectExample.main(new String[] {dir.toString()});
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
