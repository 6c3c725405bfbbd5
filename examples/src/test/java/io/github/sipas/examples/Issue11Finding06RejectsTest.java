package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, finding 6 (the rejects file): "The rejects CSV writes cells verbatim: {@code =1+1},
 * {@code =HYPERLINK(...)}, leading {@code + - @}, tab, CR (12 unsafe cells in one probe), and the name and phone
 * columns appear in full."
 *
 * <p>The probe is run through {@code sipas validate --rejects}: every cell of the rejects file that a spreadsheet
 * would run as a formula now begins with an apostrophe, and the name and phone columns keep their place in the header
 * with empty cells, their values appearing nowhere (not in the problems column either); with
 * {@code --rejects-personal} they are written in full, still neutralized.
 */
class Issue11Finding06RejectsTest {

    private static final String CRITERIA = "A1,A2,A3,A4,B1,B2,B3,B4,B5,C1,C2,C3,C4,C5,C6,D1,D2,D3,E1,E2,E3,E4";

    /**
     * Two rejected rows holding 16 unsafe cells (as the finding's probe, every kind: {@code =1+1},
     * {@code =HYPERLINK(…)}, leading {@code + - @}, tab, CR), 2 of them in the personal columns, and a name and a phone
     * number each.
     */
    private static Path probe(Path dir) throws IOException {
        String fours = ",4".repeat(20);
        String text = "response_id,unit,Họ và tên,Số điện thoại,gender,note,channel," + CRITERIA + "\n"
                + "+R1,@Sa Pa,Nguyễn Văn An,0912345678,-x,\"\tcmd\",\"\rz\",=1+1,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
                + fours + "\n"
                + "-R2,=2+3,=Trần Thị Bình,+84912345679,@y,\"\t\",\"\r\",@A,-1" + fours + "\n";
        Path file = dir.resolve("probe.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(Files.readString(file)))
                .setFormat(CSVFormat.DEFAULT).get()) {
            return p.getRecords();
        }
    }

    private static List<String> unsafeCells(List<CSVRecord> records) {
        List<String> unsafe = new ArrayList<>();
        for (CSVRecord r : records) {
            for (String cell : r) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    unsafe.add(cell);
                }
            }
        }
        return unsafe;
    }

    @Test
    void theRejectsFileHasNoUnsafeCellAndNoPersonalValue(@TempDir Path dir) throws IOException {
        Path in = probe(dir);
        Path rejects = dir.resolve("rejects.csv");
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses", in.toString(),
                "--rejects", rejects.toString(), "--no-quality");
        assertEquals(1, run.code(), run.out() + run.err());
        List<CSVRecord> written = records(rejects);
        String text = Files.readString(rejects);
        assertAll(
                () -> assertEquals(3, written.size(), text),
                () -> assertEquals(List.of(), unsafeCells(written), text),
                () -> assertEquals(14, written.stream().skip(1).flatMap(r -> r.stream().skip(2))
                        .filter(c -> c.startsWith("'")).count(), "the 14 unsafe cells of the probe outside the "
                        + "personal columns (7 a row), neutralized: " + text),
                () -> assertEquals(List.of("line", "problems", "response_id", "unit", "Họ và tên", "Số điện thoại"),
                        written.get(0).stream().limit(6).toList()),
                () -> assertEquals(List.of("", ""), List.of(written.get(1).get(4), written.get(1).get(5))),
                () -> assertFalse(text.contains("Nguy") || text.contains("Trần") || text.contains("0912")
                        || text.contains("84912"), text),
                () -> assertTrue(run.out().contains("2 rejected rows written to " + rejects
                        + " (personal columns left empty)"), run.out()));
    }

    @Test
    void rejectsPersonalWritesTheNameAndPhoneColumnsStillNeutralized(@TempDir Path dir) throws IOException {
        Path in = probe(dir);
        Path rejects = dir.resolve("rejects.csv");
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses", in.toString(),
                "--rejects", rejects.toString(), "--rejects-personal", "--no-quality");
        assertEquals(1, run.code(), run.out() + run.err());
        List<CSVRecord> written = records(rejects);
        assertAll(
                () -> assertEquals(List.of(), unsafeCells(written)),
                () -> assertEquals(List.of("Nguyễn Văn An", "0912345678"),
                        List.of(written.get(1).get(4), written.get(1).get(5))),
                () -> assertEquals(List.of("'=Trần Thị Bình", "'+84912345679"),
                        List.of(written.get(2).get(4), written.get(2).get(5))));
    }

    @Test
    void rejectsPersonalWithoutRejectsIsAUsageError(@TempDir Path dir) throws IOException {
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                probe(dir).toString(), "--rejects-personal");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--rejects-personal needs --rejects FILE"), run.err());
    }
}
