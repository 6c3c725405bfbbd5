package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.github.sipas.core.Answer;
import io.github.sipas.core.ColumnMapping;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.RejectedRow;
import io.github.sipas.core.Response;
import io.github.sipas.core.Rule;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;

/**
 * Golden-file and quirky-file tests of {@link CsvResponseReader}: the shared fixtures (made by
 * {@code shared/tools/gen_sipas.py}) with their list of bad lines, and the small hand-made exports under
 * {@code fixtures/quirky/} (see the README there), each compared with the same data in plain form.
 */
class CsvResponseReaderTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static final Path QUIRKY = FIXTURES.resolve("quirky");
    static final Survey SIPAS_2017 = Surveys.bundled("sipas-2017");
    static final List<String> CRITERIA_2017 = List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "B5",
            "C1", "C2", "C3", "C4", "C5", "C6", "D1", "D2", "D3", "E1", "E2", "E3", "E4");

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    static CsvResponseReader reader() {
        return CsvResponseReader.builder(SIPAS_2017).build();
    }

    static ReadResult readQuirky(String name) {
        return reader().readAll(QUIRKY.resolve(name));
    }

    /** The answers to {@code items}, from codes as in the fixtures: blank unanswered, 0 don't know, else a point. */
    static Map<String, Answer> answers(List<String> items, String codes) {
        String[] c = codes.split(",", -1);
        assertEquals(items.size(), c.length, "codes for " + items);
        Map<String, Answer> m = new LinkedHashMap<>();
        for (int i = 0; i < c.length; i++) {
            m.put(items.get(i), answerOf(c[i]));
        }
        return m;
    }

    static Answer answerOf(String code) {
        if (code.isEmpty()) {
            return Answer.unanswered();
        }
        return code.equals("0") ? Answer.dontKnow() : Answer.point(Integer.parseInt(code));
    }

    static Map<String, String> attributes(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** The four forms of {@code quirky/plain.csv}, written out by hand. */
    static List<Response> plainResponses() {
        return List.of(
                new Response("Q001", "Thị xã Sa Pa", "2023", OptionalDouble.of(2.5),
                        answers(CRITERIA_2017, "5,4,3,2,1,0,,5,4,3,2,1,0,,5,4,3,2,1,0,5,4"),
                        attributes("gender", "Nữ", "age_group", "30-44", "note", "Đông người, chờ lâu")),
                new Response("Q002", "Bát Xát", "2023", OptionalDouble.of(1),
                        answers(CRITERIA_2017, "1,2,3,4,5,0,,1,2,3,4,5,0,,1,2,3,4,5,,0,3"),
                        attributes("gender", "Nam", "age_group", "60+", "note", "Cán bộ nói \"cảm ơn\"")),
                new Response("Q003", "Bảo Yên", "2023", OptionalDouble.of(0.75),
                        answers(CRITERIA_2017, "4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4"),
                        attributes("gender", "Nữ", "age_group", "18-29")),
                new Response("Q004", "Văn Bàn", null, OptionalDouble.of(3),
                        answers(CRITERIA_2017, ",,,,,,,,,,,0,0,0,0,0,3,3,3,3,2,1"),
                        attributes("gender", "Nam", "age_group", "45-59", "note", "Nhanh; gọn")));
    }

    /** Parses a fixture independently of the reader: header = line 1, one record per line (no multi-line records). */
    private static List<CSVRecord> records(Path file) throws IOException {
        try (CSVParser p = CSVParser.builder().setPath(file).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.DEFAULT).get()) {
            return p.getRecords();
        }
    }

    private static List<String> fields(CSVRecord r) {
        List<String> out = new ArrayList<>();
        r.forEach(out::add);
        return out;
    }

    private static Response byId(List<Response> responses, String id) {
        return responses.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no response " + id));
    }

    static Problem onlyProblemOf(RejectedRow row) {
        assertEquals(1, row.problems().size(), () -> "problems of line " + row.line() + ": " + row.problems());
        return row.problems().get(0);
    }

    static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Golden files

    @Nested
    class BadRowsFixture {
        private final Path file = FIXTURES.resolve("sipas2017-bad-rows.csv");

        private Map<Long, String> expectedKinds() throws IOException {
            Map<Long, String> m = new LinkedHashMap<>();
            List<CSVRecord> lines = records(FIXTURES.resolve("sipas2017-bad-rows.lines.csv"));
            assertEquals(List.of("line", "kind"), fields(lines.get(0)));
            for (CSVRecord r : lines.subList(1, lines.size())) {
                m.put(Long.parseLong(r.get(0)), r.get(1));
            }
            assertEquals(12, m.size());
            return m;
        }

        @Test
        void rejectsExactlyTheTwelveListedLinesWithTheListedKinds() throws IOException {
            ReadResult result = reader().readAll(file);
            ReadReport report = result.report();
            Map<Long, String> actual = new LinkedHashMap<>();
            for (RejectedRow row : report.rejectedRows()) {
                actual.put(row.line(), onlyProblemOf(row).kind());
            }
            assertAll(
                    () -> assertEquals(expectedKinds(), actual),
                    () -> assertEquals(200, report.rowsRead()),
                    () -> assertEquals(188, report.accepted()),
                    () -> assertEquals(12, report.rejected()),
                    () -> assertEquals(188, result.responses().size()),
                    () -> assertEquals(0, report.blankLines()),
                    () -> assertEquals(12, report.errors().size()),
                    () -> assertEquals(List.of(), report.warnings()),
                    () -> assertFalse(report.fatal()),
                    () -> assertFalse(report.isValid()),
                    () -> assertEquals(file + ": 200 rows read, 188 accepted, 12 rejected", report.summary()));
        }

        @Test
        void acceptsEveryOtherRowInFileOrder() throws IOException {
            Set<Long> bad = expectedKinds().keySet();
            List<CSVRecord> recs = records(file);
            List<String> expectedIds = new ArrayList<>();
            for (int i = 1; i < recs.size(); i++) {
                if (!bad.contains((long) i + 1)) {
                    expectedIds.add(recs.get(i).get(0));
                }
            }
            List<String> ids = reader().readAll(file).responses().stream().map(Response::id)
                    .collect(Collectors.toList());
            assertEquals(expectedIds, ids);
        }

        @Test
        void namesSourceLineColumnHeaderAndValueOfEveryProblem() throws IOException {
            List<CSVRecord> recs = records(file);
            List<String> header = fields(recs.get(0));
            ReadReport report = reader().readAll(file).report();
            assertEquals(header, report.header());
            for (Problem p : report.problems()) {
                List<String> row = fields(recs.get((int) p.line() - 1));
                assertAll(p.toString(),
                        () -> assertEquals(file.toString(), p.source()),
                        () -> assertTrue(p.columnNumber() >= 1, "column number"),
                        () -> assertEquals(header.get(p.columnNumber() - 1), p.column()),
                        () -> assertEquals(row.get(p.columnNumber() - 1), p.value()),
                        () -> assertTrue(p.toString().startsWith(file + ":" + p.line() + ":" + p.columnNumber()
                                + ": error: " + p.rule().code()), p.toString()));
            }
        }

        @Test
        void reportsOutOfRangeB3OnLine157AtColumn12WithItsValue() {
            Problem p = reader().readAll(file).report().problems().stream().filter(x -> x.line() == 157)
                    .findFirst().orElseThrow();
            assertAll(
                    () -> assertEquals(Rule.OUT_OF_RANGE, p.rule()),
                    () -> assertEquals(12, p.columnNumber()),
                    () -> assertEquals("B3", p.column()),
                    () -> assertEquals("7", p.value()),
                    () -> assertTrue(p.toString().startsWith(file + ":157:12: error: out-of-range [B3] '7': "),
                            p.toString()));
        }

        @Test
        void duplicateIdMessageNamesTheFirstLine() {
            List<Problem> dups = reader().readAll(file).report().problems().stream()
                    .filter(p -> p.rule() == Rule.DUPLICATE_ID).collect(Collectors.toList());
            assertEquals(4, dups.size());
            for (Problem p : dups) {
                assertEquals("R00000000", p.value());
                assertEquals("response_id", p.column());
                assertEquals(1, p.columnNumber());
                assertTrue(p.message().contains("first seen on line 2"), p.message());
            }
        }

        @Test
        void missingUnitIsReportedWithTheBlankCell() {
            List<Problem> missing = reader().readAll(file).report().problems().stream()
                    .filter(p -> p.rule() == Rule.MISSING_UNIT).collect(Collectors.toList());
            assertEquals(List.of(30L, 95L, 152L, 166L), missing.stream().map(Problem::line)
                    .collect(Collectors.toList()));
            for (Problem p : missing) {
                assertEquals(2, p.columnNumber());
                assertEquals("unit", p.column());
                assertEquals("", p.value());
            }
        }

        @Test
        void failFastThrowsAtLine26AfterHandingOnTheRowsBefore() {
            CsvResponseReader failFast = CsvResponseReader.builder(SIPAS_2017).policy(ErrorPolicy.FAIL_FAST).build();
            List<Response> seen = new ArrayList<>();
            InputException e = assertThrows(InputException.class, () -> failFast.read(file, seen::add));
            assertAll(
                    () -> assertEquals(26, e.line()),
                    () -> assertEquals(file.toString(), e.source()),
                    () -> assertEquals("response_id", e.column()),
                    () -> assertEquals("R00000000", e.value()),
                    () -> assertTrue(e.getMessage().contains("duplicate-id"), e.getMessage()),
                    () -> assertTrue(e.getMessage().contains("line 2"), e.getMessage()),
                    () -> assertEquals(24, seen.size(), "lines 2..25 are good"));
        }

        @Test
        void writesRejectsWithLineProblemsAndTheOriginalFields() throws IOException {
            StringBuilder out = new StringBuilder();
            RejectsCsv rejects = RejectsCsv.to(out);
            ReadReport report = CsvResponseReader.builder(SIPAS_2017).rejects(rejects).build().readAll(file).report();
            rejects.flush();
            List<CSVRecord> written;
            try (CSVParser p = CSVParser.builder().setReader(new StringReader(out.toString()))
                    .setFormat(CSVFormat.DEFAULT).get()) {
                written = p.getRecords();
            }
            List<CSVRecord> original = records(file);
            List<String> expectedHeader = new ArrayList<>(List.of("line", "problems"));
            expectedHeader.addAll(fields(original.get(0)));
            assertEquals(expectedHeader, fields(written.get(0)));
            assertEquals(13, written.size());
            Map<Long, String> kinds = expectedKinds();
            List<Long> lines = new ArrayList<>(kinds.keySet());
            for (int i = 1; i < written.size(); i++) {
                List<String> row = fields(written.get(i));
                long line = lines.get(i - 1);
                List<String> source = fields(original.get((int) line - 1));
                Problem p = report.rejectedRows().get(i - 1).problems().get(0);
                assertEquals(Long.toString(line), row.get(0));
                assertEquals(kinds.get(line) + " '" + p.value() + "'", row.get(1));
                assertEquals(source, row.subList(2, row.size()), "fields of line " + line);
            }
        }
    }

    @Nested
    class LaoCaiFixture {
        private final Path file = FIXTURES.resolve("sipas2017-laocai.csv");

        @Test
        void acceptsAll1500FormsWithNoProblem() {
            ReadResult result = reader().readAll(file);
            ReadReport report = result.report();
            assertAll(
                    () -> assertEquals(1500, result.responses().size()),
                    () -> assertEquals(1500, report.rowsRead()),
                    () -> assertEquals(1500, report.accepted()),
                    () -> assertEquals(0, report.rejected()),
                    () -> assertEquals(0, report.blankLines()),
                    () -> assertEquals(List.of(), report.problems()),
                    () -> assertTrue(report.isValid()),
                    () -> assertEquals(List.of("A0", "B0", "C0", "D0", "E0", "Q0", "EXPECT"), report.absentItems()),
                    () -> assertEquals(file + ": 1500 rows read, 1500 accepted, 0 rejected", report.summary()));
        }

        @Test
        void readsSpotCheckedFormsExactly() {
            List<Response> rs = reader().readAll(file).responses();
            // Lines 2, 44 and 1501 of the fixture, written out by hand.
            Response first = new Response("R00000000", "Thành phố Lào Cai", "2023", OptionalDouble.empty(),
                    answers(CRITERIA_2017, "4,3,3,4,4,4,5,4,4,5,4,5,4,,0,5,,3,4,5,5,4"),
                    attributes("gender", "Nữ", "age_group", "30-44"));
            Response r42 = new Response("R00000042", "Mường Khương", "2023", OptionalDouble.empty(),
                    answers(CRITERIA_2017, "4,5,4,4,4,4,4,5,4,5,5,4,5,4,5,5,5,5,5,4,4,"),
                    attributes("gender", "Nam", "age_group", "45-59"));
            Response last = new Response("R00001499", "Si Ma Cai", "2023", OptionalDouble.empty(),
                    answers(CRITERIA_2017, "2,4,0,5,4,4,4,4,3,5,3,4,5,4,3,5,4,4,3,5,4,4"),
                    attributes("gender", "Nữ", "age_group", "18-29"));
            assertAll(
                    () -> assertEquals(first, rs.get(0)),
                    () -> assertEquals(r42, rs.get(42)),
                    () -> assertEquals(last, rs.get(1499)),
                    () -> assertEquals(Answer.unanswered(), rs.get(0).answer("C5")),
                    () -> assertEquals(Answer.dontKnow(), rs.get(0).answer("C6")),
                    () -> assertEquals(Answer.point(5), rs.get(0).answer("D1")),
                    () -> assertEquals(Answer.notAsked(), rs.get(0).answer("Q0")),
                    () -> assertEquals(1.0, rs.get(0).weightOrOne()));
        }

        @Test
        void everyFormEqualsAnIndependentParseOfItsLine() throws IOException {
            List<CSVRecord> recs = records(file);
            List<String> header = fields(recs.get(0));
            List<Response> expected = new ArrayList<>();
            for (CSVRecord r : recs.subList(1, recs.size())) {
                Map<String, Answer> a = new LinkedHashMap<>();
                for (int j = 5; j < header.size(); j++) {
                    a.put(header.get(j), answerOf(r.get(j)));
                }
                expected.add(new Response(r.get(0), r.get(1), r.get(2), OptionalDouble.empty(), a,
                        attributes("gender", r.get(3), "age_group", r.get(4))));
            }
            assertEquals(expected, reader().readAll(file).responses());
        }

        @Test
        void countsPerUnitAgreeWithTheRReference() {
            // respondents, valid (1..5) and satisfied (4, 5) answers per unit, from shared/fixtures/
            // sipas2017-laocai.expected.csv (R 4.2.2, survey 4.1-1, tools/sipas_reference.R); exact counts.
            List<Response> rs = reader().readAll(file).responses();
            record Expected(String unit, String item, int respondents, int valid, int satisfied) {
            }
            List<Expected> reference = List.of(
                    new Expected("Bắc Hà", "A1", 98, 92, 64),
                    new Expected("Bắc Hà", "E4", 98, 95, 88),
                    new Expected("Thị xã Sa Pa", "A1", 227, 212, 150),
                    new Expected("Thị xã Sa Pa", "E4", 227, 221, 191),
                    new Expected("Văn Bàn", "A1", 141, 132, 85),
                    new Expected("Văn Bàn", "E4", 141, 132, 107));
            for (Expected x : reference) {
                List<Response> unit = rs.stream().filter(r -> r.unit().equals(x.unit())).collect(Collectors.toList());
                long valid = unit.stream().filter(r -> r.answer(x.item()).isValid()).count();
                long satisfied = unit.stream().map(r -> r.answer(x.item()))
                        .filter(a -> a instanceof Answer.Point && ((Answer.Point) a).code() >= 4).count();
                assertEquals(List.of(x.respondents(), x.valid(), x.satisfied()),
                        List.of(unit.size(), (int) valid, (int) satisfied), x.toString());
            }
        }
    }

    @Nested
    class WeightedFixture {
        private final Path file = FIXTURES.resolve("sipas2017-laocai-weighted.csv");

        @Test
        void parsesEveryWeightExactly() throws IOException {
            ReadResult result = reader().readAll(file);
            List<CSVRecord> recs = records(file);
            assertEquals(List.of(), result.report().problems());
            assertEquals(600, result.responses().size());
            assertEquals("weight", recs.get(0).get(5));
            for (int i = 0; i < 600; i++) {
                Response r = result.responses().get(i);
                CSVRecord line = recs.get(i + 1);
                assertEquals(line.get(0), r.id());
                assertEquals(OptionalDouble.of(Double.parseDouble(line.get(5))), r.weight(), r.id());
            }
            assertEquals(OptionalDouble.of(2.1025), result.responses().get(0).weight());
            assertEquals(OptionalDouble.of(2.6473), result.responses().get(1).weight());
        }

        @Test
        void weightedMeanOfA1InBacHaAgreesWithTheRReference() {
            // shared/fixtures/sipas2017-laocai-weighted.expected.csv, R 4.2.2 with survey 4.1-1: Bắc Hà, A1:
            // 32 respondents, 30 valid, weighted mean 4.0906117764896 (printed to 15 significant digits).
            List<Response> bacHa = reader().readAll(file).responses().stream()
                    .filter(r -> r.unit().equals("Bắc Hà")).collect(Collectors.toList());
            double sw = 0;
            double swx = 0;
            int valid = 0;
            for (Response r : bacHa) {
                if (r.answer("A1") instanceof Answer.Point) {
                    int code = ((Answer.Point) r.answer("A1")).code();
                    sw += r.weightOrOne();
                    swx += r.weightOrOne() * code;
                    valid++;
                }
            }
            assertEquals(32, bacHa.size());
            assertEquals(30, valid);
            assertEquals(4.0906117764896, swx / sw, 1e-12);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Quirky files: text, delimiters and line ends

    @Nested
    class PlainAndItsVariants {

        @Test
        void readsPlainFileAsWrittenByHand() {
            ReadResult r = readQuirky("plain.csv");
            assertEquals(plainResponses(), r.responses());
            assertEquals(List.of(), r.report().problems());
            assertEquals(4, r.report().rowsRead());
        }

        @ParameterizedTest
        @ValueSource(strings = {"bom.csv", "crlf.csv", "tab.tsv", "semicolon.csv"})
        void readsVariantLikePlain(String name) {
            ReadResult plain = readQuirky("plain.csv");
            ReadResult variant = readQuirky(name);
            assertEquals(plain.responses(), variant.responses());
            assertEquals(plain.report().header(), variant.report().header());
            assertEquals(List.of(), variant.report().problems());
            assertEquals(0, variant.report().blankLines());
        }

        @Test
        void variantsReallyHaveTheirQuirk() throws IOException {
            byte[] bom = Files.readAllBytes(QUIRKY.resolve("bom.csv"));
            String crlf = Files.readString(QUIRKY.resolve("crlf.csv"));
            String tab = Files.readString(QUIRKY.resolve("tab.tsv"));
            String semi = Files.readString(QUIRKY.resolve("semicolon.csv"));
            assertAll(
                    () -> assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                            List.of(bom[0], bom[1], bom[2])),
                    () -> assertEquals(5, crlf.split("\r\n", -1).length - 1),
                    () -> assertTrue(tab.startsWith("response_id\tunit\t")),
                    () -> assertTrue(semi.contains(";2,5;") && semi.contains(";0,75;"), semi));
        }

        @Test
        void parsesDecimalCommaWeightsOfSemicolonFile() {
            List<Response> rs = readQuirky("semicolon.csv").responses();
            assertEquals(List.of(OptionalDouble.of(2.5), OptionalDouble.of(1), OptionalDouble.of(0.75),
                    OptionalDouble.of(3)), rs.stream().map(Response::weight).collect(Collectors.toList()));
        }

        @Test
        void readsSemicolonFileWithDelimiterSetExplicitly() {
            CsvResponseReader semi = CsvResponseReader.builder(SIPAS_2017).delimiter(';').build();
            assertEquals(plainResponses(), semi.readAll(QUIRKY.resolve("semicolon.csv")).responses());
        }

        @Test
        void byteOrderMarkIsIgnoredFromStreamAndFromText() throws IOException {
            byte[] bytes = Files.readAllBytes(QUIRKY.resolve("bom.csv"));
            List<Response> fromStream = new ArrayList<>();
            ReadReport streamReport = reader().read(new ByteArrayInputStream(bytes), "bom.csv", fromStream::add);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertEquals('\uFEFF', text.charAt(0));
            ReadResult fromText = reader().readAll(new StringReader(text), "bom.csv");
            assertAll(
                    () -> assertEquals(plainResponses(), fromStream),
                    () -> assertEquals(List.of(), streamReport.problems()),
                    () -> assertEquals("response_id", streamReport.header().get(0)),
                    () -> assertEquals(plainResponses(), fromText.responses()),
                    () -> assertEquals("response_id", fromText.report().header().get(0)));
        }

        @Test
        void byteOrderMarkBeforeQuotedHeaderIsIgnoredWhenReadingText() throws IOException {
            // LimeSurvey quotes every field; its first column "id" is the response id by the mapping.
            CsvResponseReader lime = CsvResponseReader.builder(SIPAS_2017)
                    .mapping(ColumnMapping.read(QUIRKY.resolve("limesurvey-mapping.csv"))).build();
            ReadResult fromFile = lime.readAll(QUIRKY.resolve("limesurvey.csv"));
            String text = Files.readString(QUIRKY.resolve("limesurvey.csv"));
            assertTrue(text.startsWith("\"id\","));
            ReadResult r = lime.readAll(new StringReader("\uFEFF" + text), "limesurvey.csv");
            assertAll(
                    () -> assertEquals("id", r.report().header().get(0)),
                    () -> assertFalse(r.report().fatal(), () -> r.report().problems().toString()),
                    () -> assertEquals(fromFile.responses(), r.responses()));
        }

        @Test
        void byteOrderMarkBeforeQuotedHeaderIsIgnoredWhenReadingBytes() throws IOException {
            String quotedHeader = Files.readString(QUIRKY.resolve("plain.csv")).replaceFirst("^response_id",
                    "\"response_id\"");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            bytes.write(quotedHeader.getBytes(StandardCharsets.UTF_8));
            List<Response> out = new ArrayList<>();
            reader().read(new ByteArrayInputStream(bytes.toByteArray()), "q", out::add);
            assertEquals(plainResponses(), out);
        }

        @Test
        void readFromStreamDoesNotCloseTheStream() throws IOException {
            boolean[] closed = {false};
            try (InputStream in = new FilterInputStream(Files.newInputStream(QUIRKY.resolve("plain.csv"))) {
                @Override
                public void close() throws IOException {
                    closed[0] = true;
                    super.close();
                }
            }) {
                reader().read(in, "plain.csv", r -> { });
                assertFalse(closed[0]);
            }
            assertTrue(closed[0]);
        }

        @Test
        void readFromPathStreamsEachResponseInFileOrder() {
            List<String> ids = new ArrayList<>();
            ReadReport report = reader().read(QUIRKY.resolve("plain.csv"), r -> ids.add(r.id()));
            assertEquals(List.of("Q001", "Q002", "Q003", "Q004"), ids);
            assertEquals(4, report.accepted());
        }

        @Test
        void missingFileIsAnUncheckedIoException() {
            assertThrows(UncheckedIOException.class, () -> reader().readAll(QUIRKY.resolve("no-such-file.csv")));
        }

        @Test
        void builderRefusesAnyOtherDelimiter() {
            CsvResponseReader.Builder b = CsvResponseReader.builder(SIPAS_2017);
            assertThrows(IllegalArgumentException.class, () -> b.delimiter('|'));
        }

    }

    @Nested
    class LineNumbers {

        @Test
        void reportsProblemsAfterAThreeLineRecordAtTheirTrueStartingLines() {
            ReadResult r = readQuirky("multiline.csv");
            ReadReport report = r.report();
            assertEquals(List.of(5L, 7L), report.rejectedRows().stream().map(RejectedRow::line)
                    .collect(Collectors.toList()));
            Problem outOfRange = onlyProblemOf(report.rejectedRows().get(0));
            Problem duplicate = onlyProblemOf(report.rejectedRows().get(1));
            assertAll(
                    () -> assertEquals("out-of-range:B3", outOfRange.kind()),
                    () -> assertEquals(5, outOfRange.line()),
                    () -> assertEquals(14, outOfRange.columnNumber()),
                    () -> assertEquals("7", outOfRange.value()),
                    () -> assertEquals(Rule.DUPLICATE_ID, duplicate.rule()),
                    () -> assertEquals(7, duplicate.line()),
                    () -> assertTrue(duplicate.message().contains("first seen on line 2"), duplicate.message()),
                    () -> assertEquals(4, report.rowsRead()),
                    () -> assertEquals(List.of("Q001", "Q003"), r.responses().stream().map(Response::id)
                            .collect(Collectors.toList())),
                    () -> assertEquals("Dòng một\nDòng hai, có dấu phẩy\nDòng ba",
                            r.responses().get(0).attributes().get("note")));
        }

        @Test
        void countsLinesOfAMultiLineRecordTheSameWithCrlf() throws IOException {
            String crlf = Files.readString(QUIRKY.resolve("multiline.csv")).replace("\n", "\r\n");
            ReadResult r = reader().readAll(new StringReader(crlf), "multiline-crlf.csv");
            assertEquals(List.of(5L, 7L), r.report().rejectedRows().stream().map(RejectedRow::line)
                    .collect(Collectors.toList()));
            assertEquals("Dòng một\r\nDòng hai, có dấu phẩy\r\nDòng ba", r.responses().get(0).attributes().get("note"));
        }

        @Test
        void countsBlankLinesAndAllBlankRowsApartFromRows() {
            ReadResult r = readQuirky("blank-lines.csv");
            ReadReport report = r.report();
            assertAll(
                    () -> assertEquals(6, report.blankLines()),
                    () -> assertEquals(4, report.rowsRead()),
                    () -> assertEquals(3, report.accepted()),
                    () -> assertEquals(plainResponses().subList(0, 3), r.responses()),
                    () -> assertEquals(1, report.rejectedRows().size()),
                    () -> assertEquals(10, report.rejectedRows().get(0).line()),
                    () -> assertEquals("out-of-range:A1", onlyProblemOf(report.rejectedRows().get(0)).kind()),
                    () -> assertEquals(8, report.problems().get(0).columnNumber()),
                    () -> assertTrue(report.summary().endsWith("4 rows read, 3 accepted, 1 rejected, "
                            + "6 blank lines skipped"), report.summary()));
        }

        @Test
        void rejectsRowsWithTheWrongNumberOfFields() {
            ReadResult r = readQuirky("wrong-field-count.csv");
            ReadReport report = r.report();
            assertEquals(List.of("Q001", "Q004"), r.responses().stream().map(Response::id)
                    .collect(Collectors.toList()));
            assertEquals(List.of(3L, 4L), report.rejectedRows().stream().map(RejectedRow::line)
                    .collect(Collectors.toList()));
            Problem shortRow = onlyProblemOf(report.rejectedRows().get(0));
            Problem longRow = onlyProblemOf(report.rejectedRows().get(1));
            assertAll(
                    () -> assertEquals(Rule.WRONG_FIELD_COUNT, shortRow.rule()),
                    () -> assertEquals(0, shortRow.columnNumber()),
                    () -> assertNull(shortRow.column()),
                    () -> assertNull(shortRow.value()),
                    () -> assertTrue(shortRow.message().startsWith("the row has 28 fields, the header 29"),
                            shortRow.message()),
                    () -> assertEquals(Rule.WRONG_FIELD_COUNT, longRow.rule()),
                    () -> assertTrue(longRow.message().contains("30 fields") && longRow.message()
                            .contains("unquoted delimiter"), longRow.message()),
                    () -> assertEquals(30, report.rejectedRows().get(1).fields().size()));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Answers

    @Nested
    class Labels {

        @Test
        void readsLabelsInsteadOfCodesLikePlain() {
            ReadResult r = readQuirky("labels.csv");
            assertEquals(List.of(), r.report().problems());
            assertEquals(readQuirky("plain.csv").responses(), r.responses());
        }

        @Test
        void labelsFileHoldsEveryPromisedForm() throws IOException {
            String text = Files.readString(QUIRKY.resolve("labels.csv"));
            for (String form : List.of("Rất hài lòng", "rat hai long", "HÀI LÒNG", "hai long", "Very satisfied",
                    "VERY SATISFIED", "5 - Rất hài lòng", "4.0", "2.0", "Don't know / not applicable",
                    "khong biet / khong ap dung", nfd("Bình thường"), nfd("Hài lòng"), nfd("5 - Rất hài lòng"))) {
                assertTrue(text.contains(form), form);
            }
            assertFalse(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        }

        @Test
        void codeAndLabelThatDisagreeIsNotACode() {
            ReadResult r = readQuirky("label-disagrees.csv");
            Problem p = onlyProblemOf(r.report().rejectedRows().get(0));
            assertAll(
                    () -> assertEquals(1, r.report().rejected()),
                    () -> assertEquals("not-a-code:A1", p.kind()),
                    () -> assertEquals(2, p.line()),
                    () -> assertEquals(8, p.columnNumber()),
                    () -> assertEquals("5 - Hài lòng", p.value()),
                    () -> assertTrue(p.message().contains("disagree"), p.message()),
                    () -> assertEquals(List.of("Q005"), r.responses().stream().map(Response::id)
                            .collect(Collectors.toList())),
                    () -> assertEquals(Answer.point(5), r.responses().get(0).answer("A1")));
        }

        @Test
        void readsMultiSelectItemAsChoices() {
            ReadResult r = CsvResponseReader.builder(Surveys.bundled("sipas-2023")).build()
                    .readAll(QUIRKY.resolve("sipas2023-multiselect.csv"));
            Map<String, Answer> n2 = new LinkedHashMap<>();
            r.responses().forEach(x -> n2.put(x.id(), x.answer("N2")));
            Map<String, Answer> expected = new LinkedHashMap<>();
            expected.put("M01", Answer.choices(1, 3, 6));
            expected.put("M02", Answer.choices(1, 3));
            expected.put("M03", Answer.choices(2));
            expected.put("M04", Answer.unanswered());
            expected.put("M05", Answer.choices(1, 6));
            expected.put("M07", Answer.choices(2));
            assertEquals(expected, n2);
            Problem p = onlyProblemOf(r.report().rejectedRows().get(0));
            assertAll(
                    () -> assertEquals(7, p.line()),
                    () -> assertEquals("out-of-range:N2", p.kind()),
                    () -> assertEquals(42, p.columnNumber()),
                    () -> assertEquals("1,9", p.value()),
                    () -> assertTrue(p.message().contains("'9'"), p.message()),
                    () -> assertTrue(r.report().absentItems().contains("N1_1")),
                    () -> assertFalse(r.report().absentItems().contains("N2")));
        }

        @Test
        void readsEveryScaleCodeAndTheSpecialCodeOfEveryCriterion() {
            StringBuilder csv = new StringBuilder("response_id,unit," + String.join(",", CRITERIA_2017) + "\n");
            for (String code : List.of("", "0", "1", "2", "3", "4", "5")) {
                csv.append("C").append(code.isEmpty() ? "blank" : code).append(",Bắc Hà");
                CRITERIA_2017.forEach(i -> csv.append(',').append(code));
                csv.append('\n');
            }
            List<Response> rs = reader().readAll(new StringReader(csv.toString()), "codes").responses();
            assertEquals(7, rs.size());
            for (Response r : rs) {
                String code = r.id().equals("Cblank") ? "" : r.id().substring(1);
                for (String item : CRITERIA_2017) {
                    assertEquals(answerOf(code), r.answer(item), r.id() + " " + item);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Unreadable input

    @Nested
    class Unreadable {

        /** Plain's header and two rows, then a row whose unit is in a legacy encoding (line 4), then a good row. */
        private byte[] legacyBytes() throws IOException {
            List<String> lines = Files.readAllLines(QUIRKY.resolve("plain.csv"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String l : lines.subList(0, 3)) {
                out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
            }
            Charset legacy = Charset.isSupported("windows-1258") ? Charset.forName("windows-1258")
                    : StandardCharsets.ISO_8859_1;
            String unit = legacy.name().equals("windows-1258") ? "Bảo Yên" : "Bát Xát";
            out.write(lines.get(3).replace("Bảo Yên", unit).getBytes(legacy));
            out.write('\n');
            out.write((lines.get(4) + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] bytes = out.toByteArray();
            assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)),
                    "the test bytes must not be UTF-8");
            return bytes;
        }

        @Test
        void refusesTextThatIsNotUtf8NamingALine() throws IOException {
            Path file = Files.createTempFile("sipas-legacy", ".csv");
            try {
                Files.write(file, legacyBytes());
                InputException e = assertThrows(InputException.class, () -> reader().readAll(file));
                assertAll(
                        () -> assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage()),
                        () -> assertTrue(e.getMessage().contains(", line " + e.line()), e.getMessage()),
                        () -> assertEquals(file.toString(), e.source()));
            } finally {
                Files.delete(file);
            }
        }

        @Test
        void namesTheLineAndColumnHoldingTheFirstBytesThatAreNotUtf8() throws IOException {
            byte[] bytes = legacyBytes();
            List<Response> seen = new ArrayList<>();
            InputException e = assertThrows(InputException.class,
                    () -> reader().read(new ByteArrayInputStream(bytes), "legacy.csv", seen::add));
            assertAll(
                    () -> assertEquals(4, e.line(), e.getMessage()),
                    () -> assertEquals("unit", e.column(), e.getMessage()),
                    () -> assertTrue(e.getMessage().startsWith("legacy.csv, line 4, column unit"), e.getMessage()),
                    () -> assertEquals(List.of("Q001", "Q002"), seen.stream().map(Response::id)
                            .collect(Collectors.toList()), "rows before the bad line are handed on"));
        }

        @Test
        void namesLineOneForAHeaderThatIsNotUtf8() {
            byte[] header = "response_id,đơn_vị\n".getBytes(Charset.isSupported("windows-1258")
                    ? Charset.forName("windows-1258") : StandardCharsets.ISO_8859_1);
            InputException e = assertThrows(InputException.class,
                    () -> reader().read(new ByteArrayInputStream(header), "h.csv", r -> { }));
            assertEquals(1, e.line());
            assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
        }

        @Test
        void namesTheStartingLineOfAMultiLineRecordThatIsNotUtf8() throws IOException {
            String text = Files.readString(QUIRKY.resolve("multiline.csv"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int cut = text.indexOf("Dòng ba");
            out.write(text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
            out.write(text.substring(cut).getBytes(StandardCharsets.ISO_8859_1));
            InputException e = assertThrows(InputException.class,
                    () -> reader().read(new ByteArrayInputStream(out.toByteArray()), "m.csv", r -> { }));
            assertEquals(2, e.line(), e.getMessage());
            assertEquals("note", e.column());
        }

        @Test
        void refusesUnclosedQuoteNamingTheLineWhereItOpens() {
            InputException e = assertThrows(InputException.class, () -> readQuirky("unclosed-quote.csv"));
            assertAll(
                    () -> assertEquals(3, e.line()),
                    () -> assertTrue(e.getMessage().contains("not well-formed CSV"), e.getMessage()),
                    () -> assertTrue(e.getMessage().contains(", line 3"), e.getMessage()));
        }

        @Test
        void emptyFileIsFatal() {
            ReadReport report = readQuirky("empty.csv").report();
            assertAll(
                    () -> assertTrue(report.fatal()),
                    () -> assertFalse(report.isValid()),
                    () -> assertEquals(0, report.rowsRead()),
                    () -> assertEquals(List.of(), report.header()),
                    () -> assertEquals(1, report.errors().size()),
                    () -> assertEquals(Rule.MISSING_COLUMN, report.errors().get(0).rule()),
                    () -> assertEquals(1, report.errors().get(0).line()),
                    () -> assertTrue(report.errors().get(0).message().contains("empty"),
                            report.errors().get(0).message()));
        }

        @Test
        void fileOfOnlyAByteOrderMarkIsFatalLikeAnEmptyFile() {
            List<Response> out = new ArrayList<>();
            ReadReport report = reader().read(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB,
                    (byte) 0xBF}), "bom-only.csv", out::add);
            assertTrue(report.fatal());
            assertEquals(0, report.rowsRead());
        }

        @Test
        void emptyFileThrowsUnderFailFast() {
            CsvResponseReader failFast = CsvResponseReader.builder(SIPAS_2017).policy(ErrorPolicy.FAIL_FAST).build();
            InputException e = assertThrows(InputException.class, () -> failFast.readAll(QUIRKY.resolve("empty.csv")));
            assertEquals(1, e.line());
        }

        @Test
        void headerOnlyFileHasNoRowsAndIsValid() {
            ReadResult r = readQuirky("header-only.csv");
            assertAll(
                    () -> assertEquals(List.of(), r.responses()),
                    () -> assertEquals(0, r.report().rowsRead()),
                    () -> assertEquals(0, r.report().blankLines()),
                    () -> assertFalse(r.report().fatal()),
                    () -> assertTrue(r.report().isValid()),
                    () -> assertEquals(29, r.report().header().size()));
        }

        @Test
        void headerWithoutLineEndHasNoRows() {
            String csv = "response_id,unit," + String.join(",", CRITERIA_2017);
            ReadReport report = reader().readAll(new StringReader(csv), "h").report();
            assertEquals(0, report.rowsRead());
            assertTrue(report.isValid());
        }

        @Test
        void readerFailureIsAnUncheckedIoException() {
            Reader failing = new Reader() {
                @Override
                public int read(char[] cbuf, int off, int len) throws IOException {
                    throw new IOException("disk on fire");
                }

                @Override
                public void close() {
                }
            };
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> reader().readAll(failing, "failing"));
            assertTrue(e.getMessage().contains("failing"), e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Policies

    @Test
    void failFastReadsAValidFileWhole() {
        CsvResponseReader failFast = CsvResponseReader.builder(SIPAS_2017).policy(ErrorPolicy.FAIL_FAST).build();
        assertEquals(plainResponses(), failFast.readAll(QUIRKY.resolve("plain.csv")).responses());
    }

    @Test
    void warningsDoNotStopAFailFastRead() {
        CsvResponseReader failFast = CsvResponseReader.builder(SIPAS_2017).policy(ErrorPolicy.FAIL_FAST).build();
        ReadReport report = failFast.readAll(QUIRKY.resolve("unknown-column.csv")).report();
        assertEquals(4, report.accepted());
        assertEquals(1, report.warnings().size());
    }

    @org.junit.jupiter.api.Nested
    class MultiSelectAsOneColumnPerOption {

        /** A sipas-2023 file whose criteria are all 4, with N2 given as columns N2/1 … N2/7 (Kobo) or N2_1 … N2_7. */
        private String file(String separator, String... optionRows) {
            Survey survey = Surveys.bundled("sipas-2023");
            StringBuilder sb = new StringBuilder("response_id,unit");
            survey.criteria().forEach(c -> sb.append(',').append(c.id()));
            for (int k = 1; k <= 7; k++) {
                sb.append(",N2").append(separator).append(k);
            }
            sb.append('\n');
            int n = 0;
            for (String options : optionRows) {
                sb.append("R").append(++n).append(",U");
                survey.criteria().forEach(c -> sb.append(",4"));
                sb.append(',').append(options).append('\n');
            }
            return sb.toString();
        }

        private ReadResult read(String text) {
            return CsvResponseReader.builder(Surveys.bundled("sipas-2023")).build()
                    .readAll(new java.io.StringReader(text), "options.csv");
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"/", "_", ".", "["})
        void optionColumnsMakeOneChoicesAnswer(String separator) {
            String sep = separator;
            String text = file(sep, "1,0,1,0,0,0,x", "0,0,0,0,0,0,0", ",,,,,,", "có,không,yes,no,true,false,");
            if (sep.equals("[")) {
                text = text.replaceAll("N2\\[(\\d)", "N2[$1]");
            }
            ReadResult r = read(text);
            assertTrue(r.report().isValid(), r.report().problems().toString());
            assertTrue(r.report().warnings().isEmpty(), r.report().warnings().toString());
            assertEquals(Answer.choices(1, 3, 7), r.responses().get(0).answer("N2"));
            assertEquals(Answer.choices(), r.responses().get(1).answer("N2"));
            assertEquals(Answer.unanswered(), r.responses().get(2).answer("N2"));
            assertEquals(Answer.choices(1, 3, 5), r.responses().get(3).answer("N2"));
        }

        @Test
        void anotherValueInAnOptionColumnIsReportedAtItsColumn() {
            ReadResult r = read(file("/", "1,0,maybe,0,0,0,0"));
            assertEquals(1, r.report().rejected());
            Problem p = r.report().errors().get(0);
            assertEquals(Rule.NOT_A_CODE, p.rule());
            assertEquals("N2/3", p.column());
            assertEquals("maybe", p.value());
            assertEquals(2 + 39 + 3, p.columnNumber());
        }

        @Test
        void anItemGivenBothWaysIsADuplicateColumn() {
            String text = file("/", "1,0,0,0,0,0,0").replaceFirst("\n", ",N2\n").replaceFirst("0\n", "0,1\n");
            ReadResult r = read(text);
            assertTrue(r.report().fatal());
            assertEquals(Rule.DUPLICATE_COLUMN, r.report().errors().get(0).rule());
        }
    }
}
