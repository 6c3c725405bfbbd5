package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void countsRowsAndTheShareOfBytesRead() throws IOException {
        try (Progress p = Progress.forFile(200)) {
            InputStream in = p.count(new ByteArrayInputStream(new byte[100]));
            assertEquals(100, in.readAllBytes().length);
            p.row();
            p.row();
            String line = p.line();
            assertTrue(line.startsWith("2 rows, "), line);
            assertTrue(line.endsWith(", 50% of the file"), line);
        }
    }

    @Test
    void commandOutputCarriesNoProgressWithoutATerminal() {
        // under the test runner there is no console, so nothing but the table reaches standard error or output
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-laocai.csv").toString(),
                "--format", "json");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("{"), run.out());
    }
}
