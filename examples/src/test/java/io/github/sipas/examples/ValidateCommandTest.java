package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    /** The shared fixture with 12 malformed rows among 200 (shared/fixtures, copied into core's test resources). */
    static final Path BAD_ROWS = io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-bad-rows.csv");
    static final Path BAD_LINES = io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-bad-rows.lines.csv");

    @TempDir
    Path dir;

    @Test
    void bundledSampleIsValid() {
        CommandLineRun run = CommandLineRun.of("validate", "--sample");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("1800 rows read, 1800 accepted, 0 rejected"), run.out());
    }

    @Test
    void badRowsFixtureExitsOneAndReportsTheTwelveLines() throws IOException {
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                BAD_ROWS.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("200 rows read, 188 accepted, 12 rejected"), run.out());
        List<String> errors = run.out().lines().filter(l -> l.contains(": error: ")).collect(Collectors.toList());
        List<String> expected = Files.readAllLines(BAD_LINES).subList(1, 13);
        assertEquals(12, errors.size(), run.out());
        for (int i = 0; i < 12; i++) {
            String[] lineKind = expected.get(i).split(",");
            String rule = lineKind[1].split(":")[0];
            assertTrue(errors.get(i).startsWith(BAD_ROWS + ":" + lineKind[0] + ":"), errors.get(i));
            assertTrue(errors.get(i).contains(": error: " + rule), errors.get(i));
            if (lineKind[1].contains(":")) {
                assertTrue(errors.get(i).contains("[" + lineKind[1].split(":")[1] + "]"), errors.get(i));
            }
        }
    }

    @Test
    void rejectsFileHoldsTheRejectedRowsWithTheirLines() throws IOException {
        Path rejects = dir.resolve("rejects.csv");
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                BAD_ROWS.toString(), "--rejects", rejects.toString());
        assertEquals(1, run.code());
        List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertEquals(13, lines.size());
        assertTrue(lines.get(0).startsWith("line,problems,response_id,unit,period"), lines.get(0));
        assertTrue(lines.get(1).startsWith("26,duplicate-id 'R00000000',R00000000,Mường Khương"), lines.get(1));
    }

    @Test
    void failFastStopsAtTheFirstBadLine() {
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                BAD_ROWS.toString(), "--fail-fast");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("stopped at the first error"), run.out());
        assertTrue(run.out().contains(BAD_ROWS + ":26:1: error: duplicate-id"), run.out());
    }

    @Test
    void unitListRejectsUnknownUnits() throws IOException {
        Path file = dir.resolve("units.csv");
        Files.writeString(file, "response_id,unit,A1,A2,A3,A4,B1,B2,B3,B4,B5,C1,C2,C3,C4,C5,C6,D1,D2,D3\n"
                + "1,TX Sa Pa,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5\n"
                + "2,Hà Nội,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5\n", StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "laocai-2023", "--units", "laocai-2023",
                "--responses", file.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains(":3:2: error: unknown-unit [unit] 'Hà Nội'"), run.out());
    }

    @Test
    void missingFileIsOneLineOnStandardErrorAndExitTwo() {
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                dir.resolve("nope.csv").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("sipas: no such file: "), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void fileThatIsNotUtf8IsUnreadableInput() throws IOException {
        Path file = dir.resolve("latin.csv");
        byte[] head = ("response_id,unit,A1,A2,A3,A4,B1,B2,B3,B4,B5,C1,C2,C3,C4,C5,C6,D1,D2,D3\n"
                + "1,Bac Ha,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5\n2,B").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE1;  // 'á' in ISO-8859-1 and Windows-1258: not UTF-8 on its own
        bytes[head.length + 1] = 't';
        bytes[head.length + 2] = ',';
        byte[] tail = "5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[bytes.length + tail.length];
        System.arraycopy(bytes, 0, all, 0, bytes.length);
        System.arraycopy(tail, 0, all, bytes.length, tail.length);
        Files.write(file, all);
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "laocai-2023", "--responses",
                file.toString());
        assertEquals(2, run.code(), run.out());
        assertTrue(run.err().contains("not UTF-8"), run.err());
        assertTrue(run.err().contains("line 3, column unit"), run.err());
    }

    @Test
    void badSurveyFileNamesTheJsonPath() throws IOException {
        Path file = dir.resolve("survey.json");
        Files.writeString(file, "{\"id\": \"x\", \"version\": \"1\", \"title\": {\"vi\": \"x\", \"en\": \"x\"},"
                + "\"source\": {\"document\": \"d\", \"confidence\": \"inferred\"},"
                + "\"scales\": [], \"elements\": [{\"id\": \"A\", \"title\": {\"vi\": \"a\", \"en\": \"a\"}}],"
                + "\"items\": [{\"id\": \"A1\", \"element\": \"A\", \"scale\": \"sat5\","
                + "\"text\": {\"vi\": \"a\", \"en\": \"a\"}}]}", StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.of("validate", "--survey", file.toString(), "--responses",
                BAD_ROWS.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("at $.items[0].scale"), run.err());
        assertTrue(run.err().contains("'sat5'"), run.err());
    }

    @Test
    void dataQualityFindingsAreListedWithTheirLines() {
        // core/src/test/resources/quality/planted.csv: 5 copies of one form, 10 straight-lined forms, 3 forms with no
        // valid answer, an item with 40 % don't know, an interviewer whose forms are all 5s (QualityChecksTest)
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                io.github.sipas.core.testing.Fixtures.path("quality/planted.csv").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("data quality: 5 flags, 1 note over 180 accepted forms"), run.out());
        assertTrue(run.out().contains("quality: duplicate-pattern [Xã Sao Chép]: 5 of 45 forms"), run.out());
        assertTrue(run.out().contains("(lines 6, 13, 22, 33, 36)"), run.out());
        assertTrue(run.out().contains("quality: no-valid-answer [Xã Bỏ Trống]: 3 of 35 forms"), run.out());
        CommandLineRun quiet = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                io.github.sipas.core.testing.Fixtures.path("quality/planted.csv").toString(), "--no-quality");
        assertTrue(!quiet.out().contains("data quality"), quiet.out());
    }

    @Test
    void cleanFixtureRaisesNoQualityFlag() {
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-laocai.csv").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("data quality: 0 flags, 9 notes"), run.out());
        assertTrue(!run.out().contains(": quality: "), run.out());
    }

    @Test
    void neitherResponsesNorSampleIsAUsageError() {
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("give either --responses FILE or --sample"), run.err());
    }

    @Test
    void badDelimiterIsAUsageError() {
        CommandLineRun run = CommandLineRun.of("validate", "--sample", "--delimiter", "|");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--delimiter must be ',', ';' or 'tab'"), run.err());
    }
}
