package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Rule;

/**
 * Review of issue 14: readWithLines(InputStream, Path, sink) re-reads the path for the id pass. When the path's bytes
 * are not the stream's (here a gzip file, its stream decompressed; likewise a file replaced or rewritten between the
 * read's open and the pass), the pass's failure (the header not found: IllegalStateException) is swallowed as if it
 * were a failure of the text, and the read reports no duplicate at all. It should fail loudly, or fall back to memory.
 */
class IdPassOtherBytesReviewTest {

    @TempDir
    Path tmp;

    @Test
    void aPassOverOtherBytesDoesNotSilentlyDropTheDuplicates() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/fixtures/sipas2017-laocai.csv"),
                StandardCharsets.UTF_8);
        String csv = lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2) + "\n" + lines.get(1) + "\n";
        Path gz = tmp.resolve("f.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        for (long idMemory : new long[] {1L << 26, 0}) {
            CsvResponseReader reader = CsvResponseReader.builder(CsvResponseReaderTest.SIPAS_2017)
                    .idMemory(idMemory).build();
            ReadReport report;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                report = reader.readWithLines(in, gz, (r, l) -> { });
            } catch (RuntimeException e) {
                continue; // a loud failure is acceptable
            }
            assertEquals(1, report.problems().stream().filter(p -> p.rule() == Rule.DUPLICATE_ID).count(),
                    "idMemory " + idMemory + ": " + report.summary());
        }
    }
}
