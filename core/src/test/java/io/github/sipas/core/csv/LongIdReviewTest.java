package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Response;

/**
 * Review of issue 14: an id of more than 65,535 characters (within the record limit of 4 MB) was registered by its
 * hash before the change; now IdIndex refuses it with an IllegalArgumentException, which ends the read as a crash
 * (not an InputException naming the line), on the byte path and the text path alike.
 */
class LongIdReviewTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/sipas2017-laocai.csv");

    @Test
    void anIdOf65536CharactersDoesNotCrashTheRead() throws IOException {
        List<String> lines = Files.readAllLines(FIXTURE, StandardCharsets.UTF_8);
        String row = lines.get(1).replaceFirst("^[^,]*", "R" + "0".repeat(65_535));
        byte[] content = (lines.get(0) + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
        CsvResponseReader reader = CsvResponseReader.builder(CsvResponseReaderTest.SIPAS_2017).build();
        List<Response> out = new ArrayList<>();
        ReadReport report = reader.read(new ByteArrayInputStream(content), "f.csv", out::add);
        assertEquals(1, report.rowsRead());
    }
}
