package io.github.sipas.core.collect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import io.github.sipas.core.Answer;
import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.core.UnitList;

class JournalTest {

    static final Survey SIPAS_2017 = Surveys.bundled("sipas-2017");
    static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

    @TempDir
    Path dir;

    /** The weighted Lào Cai fixture (600 forms with weights, sex, age group, blanks and don't know). */
    static List<Response> fixture() {
        Path file = Path.of("src/test/resources/fixtures/sipas2017-laocai-weighted.csv");
        return CsvResponseReader.builder(SIPAS_2017).build().readAll(file).responses();
    }

    static List<Collected> collected(List<Response> responses, long firstSequence) {
        List<Collected> out = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            out.add(new Collected(firstSequence + i, T0.plusMillis(i * 1500L + i % 7), responses.get(i)));
        }
        return out;
    }

    static List<Collected> replay(Journal j) throws IOException {
        List<Collected> out = new ArrayList<>();
        j.replay(out::add);
        return out;
    }

    static Path firstFile(Path dir) {
        return dir.resolve("journal-000001.jsonl");
    }

    @Test
    void keepsEveryKindOfAnswerExactly() throws IOException {
        List<Response> responses = new ArrayList<>(fixture());
        responses.add(Response.builder("odd \"id\"\n\u0000é").unit("Sa Pa").period("2026").weight(1e-300)
                .answer("A1", Answer.dontKnow()).answer("A2", Answer.notAsked()).answer("A3", Answer.unanswered())
                .answer("EXPECT", Answer.choices(6, 1, 3)).answer("A4", Answer.choices())
                .answer("NOTE", Answer.text("chữ \u2028 \"trích\" \\ {}")).attribute("giới tính", "nữ").build());
        responses.add(Response.builder("max").unit("u").weight(Double.MAX_VALUE).answer("A1", Integer.MAX_VALUE)
                .build());
        List<Collected> written = collected(responses, 1);
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            assertEquals(List.of(), replay(j));
            j.write(written.subList(0, 10));
            j.write(written.subList(10, written.size()));
            j.sync();
        }
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            assertEquals(written, replay(j));
            assertEquals(new JournalReport(List.of("journal-000001.jsonl"), written.size(), written.size(), null,
                    List.of()), j.report());
        }
        List<Collected> read = new ArrayList<>();
        JournalReport report = Journal.read(dir, SIPAS_2017, false, read::add);
        assertEquals(written, read);
        assertEquals(written.size(), report.records());
    }

    @Test
    void writesOneLineARecordWithTheDocumentedFields() throws IOException {
        Response r = Response.builder("K-7").unit("sa-pa").period("2026").weight(1.5).answer("A1", 5)
                .answer("A2", Answer.dontKnow()).answer("B1", Answer.unanswered()).answer("EXPECT", Answer.choices(1, 3))
                .attribute("sex", "nữ").build();
        try (Journal j = Journal.builder(dir, SIPAS_2017).clock(java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC))
                .open()) {
            j.write(List.of(new Collected(7, Instant.parse("2026-11-29T08:15:02.123456Z"), r)));
            j.sync();
        }
        List<String> lines = Files.readAllLines(firstFile(dir), StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).matches("\\{\"format\":\"sipas-journal\",\"version\":1,\"survey\":\"sipas-2017\","
                + "\"file\":1,\"created\":\"2026-11-29T08:00:00Z\",\"crc32c\":\"[0-9a-f]{8}\"}"), lines.get(0));
        assertTrue(lines.get(1).matches("\\{\"seq\":7,\"received\":\"2026-11-29T08:15:02.123456Z\",\"id\":\"K-7\","
                + "\"unit\":\"sa-pa\",\"period\":\"2026\",\"weight\":1.5,\"answers\":\\{\"A1\":5,\"A2\":\"dont-know\","
                + "\"B1\":null,\"EXPECT\":\\[1,3]},\"attributes\":\\{\"sex\":\"nữ\"},\"crc32c\":\"[0-9a-f]{8}\"}"),
                lines.get(1));
    }

    @Test
    void tornLastLineIsReportedThenCutOffBeforeTheNextWrite() throws IOException {
        List<Collected> written = collected(fixture().subList(0, 5), 1);
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            replay(j);
            j.write(written.subList(0, 3));
            j.sync();
        }
        long clean = Files.size(firstFile(dir));
        byte[] line = JournalCodec.encode(written.get(3));
        Files.write(firstFile(dir), java.util.Arrays.copyOf(line, line.length / 2), StandardOpenOption.APPEND);

        List<Collected> read = new ArrayList<>();
        JournalReport readOnly = Journal.read(dir, SIPAS_2017, false, read::add);
        assertEquals(written.subList(0, 3), read);
        JournalReport.BadLine torn = readOnly.torn();
        assertNotNull(torn);
        assertEquals(5, torn.line(), "header, three records, then the torn one");
        assertEquals(clean, torn.offset());
        assertEquals(line.length / 2, torn.bytes());
        assertTrue(torn.reason().contains("incomplete"), torn.reason());
        assertEquals(clean + line.length / 2, Files.size(firstFile(dir)), "reading leaves the file as it is");

        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            assertEquals(written.subList(0, 3), replay(j));
            assertEquals(torn, j.report().torn());
            assertEquals(clean, Files.size(firstFile(dir)), "opening cuts the torn line off");
            j.write(written.subList(3, 5));
            j.sync();
        }
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            assertEquals(written, replay(j));
            assertNull(j.report().torn());
        }
    }

    @Test
    void damagedLinesAtTheEndCountAsTornEvenWhenComplete() throws IOException {
        List<Collected> written = collected(fixture().subList(0, 4), 1);
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            replay(j);
            j.write(written);
        }
        // A power cut can leave zeros, or a line whose bytes never reached the disk, at the end of the file.
        byte[] zeros = new byte[300];
        zeros[299] = '\n';
        Files.write(firstFile(dir), zeros, StandardOpenOption.APPEND);
        Files.write(firstFile(dir), "{\"seq\":5}\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            assertEquals(written, replay(j));
            assertEquals(6, j.report().torn().line());
            assertTrue(j.report().torn().reason().contains("and 1 more line"), j.report().torn().reason());
            assertEquals(310, j.report().torn().bytes());
        }
    }

    @Test
    void damagedLineFollowedByValidOnesIsRefusedWithItsLineUnlessSkipped() throws IOException {
        List<Collected> written = collected(fixture().subList(0, 5), 1);
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            replay(j);
            j.write(written);
        }
        byte[] bytes = Files.readAllBytes(firstFile(dir));
        int lineStart = nthLineStart(bytes, 4); // line 4 holds the third record
        int unit = indexOf(bytes, "\"unit\":\"".getBytes(StandardCharsets.UTF_8), lineStart) + 8;
        bytes[unit] ^= 0x01; // one flipped bit; the line is still valid JSON
        Files.write(firstFile(dir), bytes);

        InputException e = assertThrows(InputException.class, () -> {
            try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
                replay(j);
            }
        });
        assertEquals("journal-000001.jsonl", e.source());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
        assertTrue(e.getMessage().contains("skipCorrupt"), e.getMessage());
        assertThrows(InputException.class, () -> Journal.read(dir, SIPAS_2017, false, c -> { }));

        try (Journal j = Journal.builder(dir, SIPAS_2017).skipCorrupt(true).open()) {
            List<Collected> kept = replay(j);
            assertEquals(List.of(written.get(0), written.get(1), written.get(3), written.get(4)), kept);
            assertEquals(1, j.report().skipped().size());
            JournalReport.BadLine skipped = j.report().skipped().get(0);
            assertEquals(4, skipped.line());
            assertEquals(lineStart, skipped.offset());
            assertNull(j.report().torn());
        }
    }

    @Test
    void aSequenceThatDoesNotIncreaseIsDamage() throws IOException {
        List<Collected> written = collected(fixture().subList(0, 3), 1);
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            replay(j);
            j.write(written);
            j.write(List.of(new Collected(2, T0, fixture().get(5))));
            j.write(List.of(new Collected(9, T0, fixture().get(6))));
        }
        InputException e = assertThrows(InputException.class, () -> Journal.read(dir, SIPAS_2017, false, c -> { }));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("sequence number 2 does not follow 3"), e.getMessage());
    }

    @Test
    void rotatesToANewFileAtTheSizeLimitAndReadsThemInOrder() throws IOException {
        List<Collected> written = collected(fixture().subList(0, 200), 1);
        try (Journal j = Journal.builder(dir, SIPAS_2017).maxFileBytes(4096).open()) {
            replay(j);
            for (Collected c : written) {
                j.write(List.of(c));
                j.sync();
            }
        }
        List<Path> files = Journal.files(dir);
        assertTrue(files.size() > 10, "files: " + files.size());
        for (Path f : files) {
            assertTrue(Files.size(f) < 4096 + 1024, f + " " + Files.size(f));
        }
        try (Journal j = Journal.builder(dir, SIPAS_2017).maxFileBytes(4096).open()) {
            assertEquals(written, replay(j));
            assertEquals(files.size(), j.report().files().size());
            j.write(collected(fixture().subList(200, 201), 201));
        }
        List<Collected> read = new ArrayList<>();
        Journal.read(dir, SIPAS_2017, false, read::add);
        assertEquals(201, read.size());
        List<Collected> one = new ArrayList<>();
        JournalReport second = Journal.read(files.get(1), SIPAS_2017, false, one::add);
        assertEquals(List.of("journal-000002.jsonl"), second.files());
        assertTrue(!one.isEmpty() && one.get(0).sequence() > 1);
    }

    @Test
    void aFileMissingFromTheNumberingIsRefused() throws IOException {
        try (Journal j = Journal.builder(dir, SIPAS_2017).maxFileBytes(4096).open()) {
            replay(j);
            j.write(collected(fixture().subList(0, 100), 1));
            j.write(collected(fixture().subList(100, 200), 101));
            j.write(collected(fixture().subList(200, 300), 201));
        }
        Files.delete(dir.resolve("journal-000002.jsonl"));
        InputException e = assertThrows(InputException.class, () -> Journal.read(dir, SIPAS_2017, false, c -> { }));
        assertTrue(e.getMessage().contains("journal-000002.jsonl is missing"), e.getMessage());
    }

    @Test
    void aJournalOfAnotherSurveyIsRefused() throws IOException {
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            replay(j);
        }
        Survey other = Surveys.bundled("sipas-2023");
        InputException e = assertThrows(InputException.class, () -> {
            try (Journal j = Journal.builder(dir, other).open()) {
                replay(j);
            }
        });
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("belongs to survey 'sipas-2017', not 'sipas-2023'"), e.getMessage());
    }

    @Test
    void aTornHeaderIsRewritten() throws IOException {
        Files.createDirectories(dir);
        Files.write(firstFile(dir), "{\"format\":\"sipas-jou".getBytes(StandardCharsets.UTF_8));
        List<Collected> written = collected(fixture().subList(0, 2), 1);
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            assertEquals(List.of(), replay(j));
            assertEquals(1, j.report().torn().line());
            j.write(written);
        }
        List<Collected> read = new ArrayList<>();
        assertNull(Journal.read(dir, SIPAS_2017, false, read::add).torn());
        assertEquals(written, read);
    }

    @Test
    void anEmptyFileIsGivenAHeader() throws IOException {
        Files.createDirectories(dir);
        Files.write(firstFile(dir), new byte[0]);
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            j.write(collected(fixture().subList(0, 1), 1)); // write reads the journal first when not replayed
        }
        List<Collected> read = new ArrayList<>();
        Journal.read(dir, SIPAS_2017, false, read::add);
        assertEquals(1, read.size());
    }

    @Test
    void oneProcessAtATime() throws IOException {
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            IOException e = assertThrows(IOException.class, () -> Journal.builder(dir, SIPAS_2017).open());
            assertTrue(e.getMessage().contains("open elsewhere"), e.getMessage());
            assertEquals(dir, j.directory());
        }
        Journal.builder(dir, SIPAS_2017).open().close(); // released on close
    }

    @ParameterizedTest
    @EnumSource(Journal.Sync.class)
    void everySyncPolicyKeepsWhatWasWritten(Journal.Sync policy) throws IOException {
        List<Collected> written = collected(fixture().subList(0, 50), 1);
        try (Journal j = Journal.builder(dir, SIPAS_2017).sync(policy)
                .groupWindow(java.time.Duration.ofNanos(policy == Journal.Sync.GROUP ? 100_000 : 0)).open()) {
            replay(j);
            for (Collected c : written) {
                j.write(List.of(c));
                j.sync();
            }
        }
        List<Collected> read = new ArrayList<>();
        Journal.read(dir, SIPAS_2017, false, read::add);
        assertEquals(written, read);
    }

    @Test
    void everyAcknowledgementFollowsAForceCoveringItUnlessToldNotToForce() throws IOException {
        for (Journal.Sync policy : Journal.Sync.values()) {
            Path d = dir.resolve(policy.name());
            try (Journal j = Journal.builder(d, SIPAS_2017).sync(policy).maxFileBytes(4096).open();
                    ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(j).build()) {
                for (Response r : fixture().subList(0, 60)) {
                    c.submit(r);
                    if (policy == Journal.Sync.NONE) {
                        assertTrue(j.syncedBytes() < j.writtenBytes() || Journal.files(d).size() > 1,
                                "NONE forces nothing but headers and rotations");
                    } else {
                        assertEquals(j.writtenBytes(), j.syncedBytes(), policy + ": acknowledged before forced");
                    }
                }
                assertTrue(Journal.files(d).size() > 3, "the files rotated: " + Journal.files(d).size());
            }
        }
    }

    @Test
    void closingForcesWhatWasWrittenAndALateSyncSaysSo() throws IOException {
        Journal j = Journal.builder(dir, SIPAS_2017).open();
        replay(j);
        j.write(collected(fixture().subList(0, 3), 1));
        j.close();
        assertEquals(j.writtenBytes(), j.syncedBytes(), "close forces");
        j.sync(); // everything written was forced by close: nothing to complain about
        Journal k = Journal.builder(dir.resolve("k"), SIPAS_2017).open();
        k.sync(); // before anything is read or written: nothing to force
        k.close();
    }

    @Test
    void aLineLongerThanTheReaderTakesIsRefusedBeforeAnythingIsWritten() throws IOException {
        Response huge = Response.builder("huge").unit("u").answer("A1", 4)
                .attribute("note", "x".repeat(JournalCodec.MAX_LINE)).build();
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            replay(j);
            long before = Files.size(firstFile(dir));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> j.write(List.of(collected(fixture().subList(0, 1), 1).get(0), new Collected(2, T0, huge))));
            assertTrue(e.getMessage().contains("a journal line takes at most"), e.getMessage());
            assertEquals(before, Files.size(firstFile(dir)), "nothing of the batch was written");
        }
    }

    @Test
    void aMissingFirstFileIsRefused() throws IOException {
        try (Journal j = Journal.builder(dir, SIPAS_2017).maxFileBytes(4096).open()) {
            replay(j);
            j.write(collected(fixture().subList(0, 100), 1));
            j.write(collected(fixture().subList(100, 200), 101));
        }
        Files.delete(firstFile(dir));
        InputException e = assertThrows(InputException.class, () -> Journal.read(dir, SIPAS_2017, false, c -> { }));
        assertTrue(e.getMessage().contains("journal-000001.jsonl is missing"), e.getMessage());
    }

    @Test
    void aRemovedRecordIsFoundByTheGapInTheNumbering() throws IOException {
        List<Collected> written = collected(fixture().subList(0, 6), 1);
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            replay(j);
            j.write(written);
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(firstFile(dir), StandardCharsets.UTF_8));
        lines.remove(3); // the record of sequence 3
        Files.write(firstFile(dir), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        InputException e = assertThrows(InputException.class, () -> Journal.read(dir, SIPAS_2017, false, c -> { }));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("sequence number 4 follows 2: record 3 is missing"), e.getMessage());
        List<Collected> read = new ArrayList<>();
        JournalReport report = Journal.read(dir, SIPAS_2017, true, read::add);
        assertEquals(5, read.size(), "the records that are there are read");
        assertEquals(1, report.skipped().size(), "and the gap is reported");
    }

    @Test
    void aRecordThatBreaksTheRulesIsDamageEvenAtTheEnd() throws IOException {
        List<Collected> written = collected(fixture().subList(0, 3), 1);
        Response nowhere = Response.builder("x").unit("Nowhere").answer("A1", 4).build();
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            replay(j);
            j.write(written);
            j.write(List.of(new Collected(4, T0, nowhere)));
        }
        UnitList laocai = UnitList.bundled("laocai-2023");
        InputException e = assertThrows(InputException.class,
                () -> Journal.readChecked(dir, SIPAS_2017, laocai, false, c -> { }));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("unknown-unit"), e.getMessage());
        List<Collected> read = new ArrayList<>();
        JournalReport r = Journal.readChecked(dir, SIPAS_2017, laocai, true, read::add);
        assertNull(r.torn(), "a whole line with a good checksum is never a torn write");
        assertEquals(1, r.skipped().size());
        assertEquals(3, read.size());
        assertEquals(laocai.find(written.get(0).response().unit()).orElseThrow().id(), read.get(0).response().unit(),
                "units come back as ids, as the collector stores them");
    }

    @Test
    void theBytesCutOffAreKeptBesideTheFile() throws IOException {
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            replay(j);
            j.write(collected(fixture().subList(0, 2), 1));
        }
        long clean = Files.size(firstFile(dir));
        Files.write(firstFile(dir), "{\"seq\":3,\"rec".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            replay(j);
        }
        assertEquals("{\"seq\":3,\"rec", Files.readString(dir.resolve("journal-000001.jsonl.torn-" + clean)));
        assertEquals(clean, Files.size(firstFile(dir)));
        assertEquals(List.of(firstFile(dir)), Journal.files(dir), "the copy is not a journal file");
    }

    @Test
    void filesWrittenByWayOfATemporaryKeepTheUsualPermissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews()
                .contains("posix"));
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            replay(j);
            j.write(collected(fixture().subList(0, 2), 1));
        }
        Files.write(firstFile(dir), "{\"seq\":3".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        long clean = Files.size(firstFile(dir)) - 8;
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            replay(j);
        }
        var usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        assertEquals(usual, Files.getPosixFilePermissions(firstFile(dir)), "not the owner-only of a temp file");
        assertEquals(usual, Files.getPosixFilePermissions(dir.resolve("journal-000001.jsonl.torn-" + clean)));
    }

    @Test
    void readingAMissingPathFails() {
        assertThrows(java.nio.file.NoSuchFileException.class,
                () -> Journal.read(dir.resolve("nothing.jsonl"), SIPAS_2017, false, c -> { }));
    }

    @Test
    void refusesUseAfterClose() throws IOException {
        Journal j = Journal.builder(dir, SIPAS_2017).open();
        j.close();
        j.close(); // twice is fine
        assertThrows(IllegalStateException.class, () -> j.write(List.of()));
        assertThrows(IllegalStateException.class, () -> j.replay(c -> { }));
    }

    @Test
    void builderRefusesBadSettings() {
        Journal.Builder b = Journal.builder(dir, SIPAS_2017);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.maxFileBytes(100)).getMessage()
                .contains("4096"));
        assertThrows(IllegalArgumentException.class, () -> b.groupWindow(java.time.Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> b.groupWindow(java.time.Duration.ofSeconds(2)));
        assertThrows(NullPointerException.class, () -> b.sync(null));
    }

    @Test
    void codecRefusesLinesThatAreNotRecords() {
        for (String bad : List.of("", "{}", "[1,2]", "{\"seq\":1,\"crc32c\":\"zzzzzzzz\"}",
                "{\"seq\":1,\"crc32c\":\"00000000\"}")) {
            byte[] b = bad.getBytes(StandardCharsets.UTF_8);
            assertThrows(JournalCodec.BadLine.class, () -> JournalCodec.decode(b, b.length), bad);
        }
        // Valid checksums over invalid records: each reason is named.
        Map<String, String> cases = Map.of(
                "{\"seq\":1}", "needs",
                "{\"seq\":1,\"received\":\"yesterday\",\"id\":\"a\",\"unit\":\"u\",\"answers\":{}}", "ISO-8601",
                "{\"seq\":1,\"received\":\"2026-01-01T00:00:00Z\",\"id\":\"a\",\"unit\":\"u\",\"answers\":{\"A1\":-3}}",
                "not a code",
                "{\"seq\":1,\"received\":\"2026-01-01T00:00:00Z\",\"id\":\" \",\"unit\":\"u\",\"answers\":{}}",
                "not a valid response",
                "{\"seq\":1,\"extra\":true}", "unknown field 'extra'",
                "{\"seq\":1,\"received\":\"2026-01-01T00:00:00Z\",\"id\":\"a\",\"unit\":\"u\",\"answers\":{\"G\":"
                        + "{\"text\":\" \"}}}", "not a valid response",
                "{\"seq\":1,\"received\":\"2026-01-01T00:00:00Z\",\"id\":\"a\",\"unit\":\"u\",\"weight\":\"1\","
                        + "\"answers\":{}}", "weight");
        cases.forEach((body, reason) -> {
            byte[] line = sealed(body);
            JournalCodec.BadLine e = assertThrows(JournalCodec.BadLine.class,
                    () -> JournalCodec.decode(line, line.length), body);
            assertTrue(e.getMessage().contains(reason), body + " -> " + e.getMessage());
        });
    }

    @Test
    void codecRoundTripsARecord() throws JournalCodec.BadLine {
        Collected c = new Collected(3, T0, Response.builder("x").unit("u").answer("A1", 4).build());
        byte[] line = JournalCodec.encode(c);
        assertEquals('\n', line[line.length - 1]);
        assertEquals(c, JournalCodec.decode(line, line.length - 1));
        byte[] again = JournalCodec.encode(JournalCodec.decode(line, line.length - 1));
        assertArrayEquals(line, again);
        assertEquals(OptionalDouble.empty(), JournalCodec.decode(line, line.length - 1).response().weight());
    }

    /** A line with a correct checksum around any JSON object. */
    static byte[] sealed(String object) {
        byte[] body = object.substring(0, object.length() - 1).getBytes(StandardCharsets.UTF_8);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(body);
        return (new String(body, StandardCharsets.UTF_8) + String.format(",\"crc32c\":\"%08x\"}", crc.getValue()))
                .getBytes(StandardCharsets.UTF_8);
    }

    static int nthLineStart(byte[] bytes, int line) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            while (bytes[at] != '\n') {
                at++;
            }
            at++;
        }
        return at;
    }

    static int indexOf(byte[] bytes, byte[] what, int from) {
        outer:
        for (int i = from; i <= bytes.length - what.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (bytes[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
