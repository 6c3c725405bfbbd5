package io.github.sipas.core.csv;

import static io.github.sipas.core.csv.CsvResponseReaderTest.CRITERIA_2017;
import static io.github.sipas.core.csv.CsvResponseReaderTest.QUIRKY;
import static io.github.sipas.core.csv.CsvResponseReaderTest.SIPAS_2017;
import static io.github.sipas.core.csv.CsvResponseReaderTest.answers;
import static io.github.sipas.core.csv.CsvResponseReaderTest.attributes;
import static io.github.sipas.core.csv.CsvResponseReaderTest.nfd;
import static io.github.sipas.core.csv.CsvResponseReaderTest.plainResponses;
import static io.github.sipas.core.csv.CsvResponseReaderTest.readQuirky;
import static io.github.sipas.core.csv.CsvResponseReaderTest.reader;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import io.github.sipas.core.Answer;
import io.github.sipas.core.ColumnMapping;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Item;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.Response;
import io.github.sipas.core.Rule;
import io.github.sipas.core.instrument.Surveys;

/**
 * Tests of {@link HeaderResolver}: what each column of a header holds, and the header's problems, read through the
 * public {@link CsvResponseReader} on the quirky fixtures and on headers as form tools write them; and the splitting of
 * an option column's header.
 */
class HeaderResolverTest {

    // ---------------------------------------------------------------------------------------------------------------
    // Headers and columns

    @Nested
    class Columns {

        @Test
        void readsKoboToolboxExportWithColumnMapping() {
            ColumnMapping mapping = ColumnMapping.read(QUIRKY.resolve("kobo-mapping.csv"));
            ReadResult r = CsvResponseReader.builder(SIPAS_2017).mapping(mapping).build()
                    .readAll(QUIRKY.resolve("kobo.csv"));
            List<Response> plain = plainResponses();
            assertEquals(List.of(), r.report().problems());
            assertEquals(4, r.responses().size());
            for (int i = 0; i < 4; i++) {
                Response got = r.responses().get(i);
                Response want = plain.get(i);
                int n = i + 1;
                assertAll(want.id(),
                        () -> assertEquals(want.id(), got.id()),
                        () -> assertEquals(want.unit(), got.unit()),
                        () -> assertEquals(want.answers(), got.answers()),
                        () -> assertNull(got.period()),
                        () -> assertEquals(OptionalDouble.empty(), got.weight()),
                        () -> assertEquals(attributes("start", "2023-10-0" + n + "T08:00:00.000+07:00",
                                "_submission_time", "2023-10-0" + n + "T09:30:00",
                                "gender", want.attributes().get("gender"),
                                "age_group", want.attributes().get("age_group")), got.attributes()));
            }
        }

        @Test
        void koboToolboxExportWithoutMappingFindsItsIdAndUnitAsTheMappingDoes() {
            ReadResult unmapped = readQuirky("kobo.csv");
            ReadResult mapped = CsvResponseReader.builder(SIPAS_2017)
                    .mapping(ColumnMapping.read(QUIRKY.resolve("kobo-mapping.csv"))).build()
                    .readAll(QUIRKY.resolve("kobo.csv"));
            assertEquals(List.of(), unmapped.report().problems());
            assertEquals(mapped.responses().stream().map(r -> r.id() + " " + r.unit() + " " + r.answers())
                    .collect(Collectors.toList()), unmapped.responses().stream().map(r -> r.id() + " " + r.unit()
                    + " " + r.answers()).collect(Collectors.toList()));
        }

        @Test
        void readsLimeSurveyExportWithColumnMapping() {
            ColumnMapping mapping = ColumnMapping.read(QUIRKY.resolve("limesurvey-mapping.csv"));
            ReadResult r = CsvResponseReader.builder(SIPAS_2017).mapping(mapping).build()
                    .readAll(QUIRKY.resolve("limesurvey.csv"));
            List<Response> plain = plainResponses();
            assertEquals(List.of(), r.report().problems());
            assertEquals("Q1[SQ001]", r.report().header().get(6));
            assertEquals(4, r.responses().size());
            for (int i = 0; i < 4; i++) {
                Response got = r.responses().get(i);
                Response want = plain.get(i);
                assertEquals(Integer.toString(i + 1), got.id());
                assertEquals(want.unit(), got.unit());
                assertEquals(want.answers(), got.answers());
                assertEquals(Set.of("submitdate", "lastpage", "startlanguage", "seed"), got.attributes().keySet());
            }
        }

        @Test
        void warnsOfUnknownColumnAndKeepsItAsAttribute() {
            ReadResult r = readQuirky("unknown-column.csv");
            ReadReport report = r.report();
            Problem w = report.problems().get(0);
            assertAll(
                    () -> assertEquals(1, report.problems().size()),
                    () -> assertEquals(Rule.UNKNOWN_COLUMN, w.rule()),
                    () -> assertFalse(w.isError()),
                    () -> assertEquals(1, w.line()),
                    () -> assertEquals(30, w.columnNumber()),
                    () -> assertEquals("cột_lạ", w.column()),
                    () -> assertTrue(report.isValid()),
                    () -> assertEquals(4, report.accepted()),
                    () -> assertEquals("Bưu điện", r.responses().get(0).attributes().get("cột_lạ")),
                    () -> assertFalse(r.responses().get(1).attributes().containsKey("cột_lạ")),
                    () -> assertTrue(report.summary().endsWith("4 rows read, 4 accepted, 0 rejected, 1 warning"),
                            report.summary()));
        }

        @Test
        void knownAttributesCanBeReplaced() {
            ReadReport report = CsvResponseReader.builder(SIPAS_2017).knownAttributes(Set.of("GENDER")).build()
                    .readAll(QUIRKY.resolve("plain.csv")).report();
            assertEquals(List.of("age_group", "note"), report.warnings().stream().map(Problem::column)
                    .collect(Collectors.toList()));
        }

        @Test
        void missingUnitColumnIsFatal() {
            ReadReport report = readQuirky("missing-unit-column.csv").report();
            assertTrue(report.fatal());
            assertFalse(report.isValid());
            assertEquals(0, report.rowsRead());
            Problem p = report.errors().get(0);
            assertEquals(Rule.MISSING_COLUMN, p.rule());
            assertEquals(1, p.line());
            assertEquals("unit", p.column());
            assertTrue(report.summary().endsWith("(stopped at the header)"), report.summary());
        }

        @Test
        void missingCriterionColumnIsFatalAndNamesTheCriterion() {
            ReadReport report = readQuirky("missing-criterion.csv").report();
            assertTrue(report.fatal());
            assertEquals(1, report.errors().size());
            assertEquals(Rule.MISSING_COLUMN, report.errors().get(0).rule());
            assertTrue(report.errors().get(0).message().contains("no column for criterion B3 of survey sipas-2017"),
                    report.errors().get(0).message());
        }

        @Test
        void fatalHeaderThrowsUnderFailFast() {
            CsvResponseReader failFast = CsvResponseReader.builder(SIPAS_2017).policy(ErrorPolicy.FAIL_FAST).build();
            InputException e = assertThrows(InputException.class,
                    () -> failFast.readAll(QUIRKY.resolve("missing-unit-column.csv")));
            assertEquals(1, e.line());
        }

        @Test
        void laoCaiSurveyReadsAFileWithoutElementE() {
            ReadResult r = CsvResponseReader.builder(Surveys.bundled("laocai-2023")).build()
                    .readAll(QUIRKY.resolve("laocai-2023-no-e.csv"));
            assertTrue(r.report().isValid(), () -> r.report().problems().toString());
            assertEquals(4, r.responses().size());
            for (int i = 0; i < 4; i++) {
                Map<String, Answer> want = new LinkedHashMap<>(plainResponses().get(i).answers());
                want.keySet().removeIf(k -> k.startsWith("E"));
                assertEquals(want, r.responses().get(i).answers());
            }
        }

        @Test
        void sipas2017SurveyRefusesAFileWithoutElementE() {
            ReadReport report = readQuirky("laocai-2023-no-e.csv").report();
            assertTrue(report.fatal());
            assertTrue(report.errors().get(0).message().contains("criteria E1, E2, E3, E4"),
                    report.errors().get(0).message());
        }

        @Test
        void twoColumnsForOneItemAreFatal() {
            String csv = "response_id,unit," + String.join(",", CRITERIA_2017) + ",group_access/A1\n";
            ReadReport report = reader().readAll(new StringReader(csv), "dup").report();
            assertTrue(report.fatal());
            Problem p = report.errors().get(0);
            assertEquals(Rule.DUPLICATE_COLUMN, p.rule());
            assertEquals(25, p.columnNumber());
        }

        @Test
        void unnamedColumnIsIgnoredWithAWarning() {
            String csv = "response_id,unit,," + String.join(",", CRITERIA_2017) + "\n"
                    + "X1,Bắc Hà,whatever" + ",4".repeat(22) + "\n";
            ReadResult r = reader().readAll(new StringReader(csv), "unnamed");
            assertEquals(List.of(Rule.UNNAMED_COLUMN), r.report().problems().stream().map(Problem::rule)
                    .collect(Collectors.toList()));
            assertEquals(3, r.report().problems().get(0).columnNumber());
            assertEquals(Map.of(), r.responses().get(0).attributes());
        }

        @Test
        void fieldColumnsAndItemColumnsMatchIgnoringCase() {
            String csv = "Response_ID,UNIT,Period,WEIGHT," + CRITERIA_2017.stream().map(s -> s.toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(",")) + "\n"
                    + "X1,Bắc Hà,2024,2" + ",4".repeat(22) + "\n";
            ReadResult r = reader().readAll(new StringReader(csv), "case");
            assertEquals(List.of(new Response("X1", "Bắc Hà", "2024", OptionalDouble.of(2),
                    answers(CRITERIA_2017, "4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4"), Map.of())), r.responses());
        }
    }

    /** Headers as form tools write them, each checked against the plain read of the same rows. */
    @Nested
    class FormToolHeaders {

        /** Reads plain.csv with its header replaced: the fields by {@code fields}, each criterion by {@code item}. */
        private ReadResult readWithHeader(String fields, Function<Item, String> item) throws IOException {
            List<String> lines = Files.readAllLines(QUIRKY.resolve("plain.csv"));
            String header = fields + "," + SIPAS_2017.criteria().stream().map(item)
                    .map(h -> h.contains(",") ? "\"" + h + "\"" : h).collect(Collectors.joining(","));
            lines.set(0, header);
            return reader().readAll(new StringReader(String.join("\n", lines) + "\n"), "forms.csv");
        }

        private void assertSameAnswersAsPlain(ReadResult r) {
            assertEquals(List.of(), r.report().problems());
            List<Response> plain = plainResponses();
            assertEquals(plain.size(), r.responses().size());
            for (int i = 0; i < plain.size(); i++) {
                assertEquals(plain.get(i).id(), r.responses().get(i).id());
                assertEquals(plain.get(i).unit(), r.responses().get(i).unit());
                assertEquals(plain.get(i).answers(), r.responses().get(i).answers());
            }
        }

        @Test
        void readsVietnameseFieldHeaders() throws IOException {
            ReadResult r = readWithHeader("Mã phiếu,Đơn vị,Kỳ khảo sát,Giới tính,Nhóm tuổi,Trọng số,Ghi chú", Item::id);
            assertSameAnswersAsPlain(r);
            assertEquals(plainResponses().stream().map(Response::weight).collect(Collectors.toList()),
                    r.responses().stream().map(Response::weight).collect(Collectors.toList()));
            assertEquals("2023", r.responses().get(0).period());
            assertEquals(attributes("Giới tính", "Nữ", "Nhóm tuổi", "30-44", "Ghi chú", "Đông người, chờ lâu"),
                    r.responses().get(0).attributes());
        }

        @Test
        void readsGoogleFormsGridRowsByIdInBrackets() throws IOException {
            assertSameAnswersAsPlain(readWithHeader("response_id,unit,period,gender,age_group,weight,note",
                    i -> "Mức độ hài lòng [" + i.id() + "]"));
        }

        @Test
        void readsGoogleFormsGridRowsByTextInBrackets() throws IOException {
            assertSameAnswersAsPlain(readWithHeader("response_id,unit,period,gender,age_group,weight,note",
                    i -> "Ông/Bà đánh giá [" + i.text().vi() + "]"));
        }

        @Test
        void readsQuestionsNumberedByItemId() throws IOException {
            assertSameAnswersAsPlain(readWithHeader("response_id,unit,period,gender,age_group,weight,note",
                    i -> i.id() + ". " + i.text().vi()));
        }

        @Test
        void readsQuestionsByTheirTextInEitherLanguage() throws IOException {
            assertSameAnswersAsPlain(readWithHeader("response_id,unit,period,gender,age_group,weight,note",
                    i -> i.id().compareTo("C") < 0 ? nfd(i.text().vi()).toUpperCase(Locale.ROOT) : i.text().en()));
        }
    }

    @Test
    void optionColumnsAreSplitAsBefore() {
        assertAll(
                () -> assertEquals(option("N2", 3), HeaderResolver.optionColumn("N2/3")),
                () -> assertEquals(option("N2", 3), HeaderResolver.optionColumn("N2_3")),
                () -> assertEquals(option("N2", 3), HeaderResolver.optionColumn("N2.3")),
                () -> assertEquals(option("N2", 3), HeaderResolver.optionColumn("N2[3]")),
                () -> assertEquals(option("N2", 3), HeaderResolver.optionColumn("N2[3")),
                () -> assertEquals(option("N2", 12), HeaderResolver.optionColumn("N2 \t/  12")),
                () -> assertEquals(option("group/N2", 999999), HeaderResolver.optionColumn("group/N2/999999")),
                () -> assertEquals(option("N2_", 1), HeaderResolver.optionColumn("N2__1")),
                () -> assertNull(HeaderResolver.optionColumn("N2/1234567")),
                () -> assertNull(HeaderResolver.optionColumn("N2/")),
                () -> assertNull(HeaderResolver.optionColumn("/3")),
                () -> assertNull(HeaderResolver.optionColumn("N2-3")),
                () -> assertNull(HeaderResolver.optionColumn("N2/3]]")),
                () -> assertNull(HeaderResolver.optionColumn("N23")),
                () -> assertNull(HeaderResolver.optionColumn("")));
    }

    private static HeaderResolver.OptionColumn option(String item, int code) {
        return new HeaderResolver.OptionColumn(item, code);
    }

    /** Reads a header and one row of fours through a reader set up by {@code options}. */
    private static ReadResult readHeader(String header, java.util.function.UnaryOperator<CsvResponseReader.Builder>
            options) {
        String row = String.join(",", java.util.Collections.nCopies(header.split(",", -1).length, "4"));
        return options.apply(CsvResponseReader.builder(SIPAS_2017)).build()
                .readAll(new java.io.StringReader(header + "\n" + row + "\n"), "t.csv");
    }

    private static final String ITEMS = String.join(",", CRITERIA_2017);

    @Test
    void koboUuidIsTheIdOverItsIndexId() {
        ReadResult r = readHeader("_id,_uuid,unit," + ITEMS, b -> b);
        assertEquals(List.of(), r.report().problems());
        assertEquals("4", r.responses().get(0).id());
        assertEquals(List.of("_id"), List.copyOf(r.responses().get(0).attributes().keySet()));
    }

    @Test
    void anAgencyIsTheUnitOverADistrictAndADistrictOverACommune() {
        ReadResult r = readHeader("response_id,xã,group_thongtin/huyen,cơ quan," + ITEMS, b -> b);
        assertEquals(List.of(), r.report().problems());
        assertEquals(3, r.report().header().indexOf("cơ quan"));
        assertTrue(r.responses().get(0).attributes().containsKey("group_thongtin/huyen"));
        ReadResult districts = readHeader("response_id,xã,group_thongtin/huyen," + ITEMS, b -> b);
        assertTrue(districts.responses().get(0).attributes().containsKey("xã"));
    }

    @Test
    void aUnitColumnKeepsTheUnitOverAHuyenColumn() {
        ReadResult r = readHeader("response_id,huyen,unit," + ITEMS, b -> b);
        assertEquals(List.of(), r.report().problems());
        assertTrue(r.responses().get(0).attributes().containsKey("huyen"));
    }

    @Test
    void theIdAndUnitColumnsNamedByOptionsWin() {
        ReadResult r = readHeader("response_id,unit,Số thứ tự,Nơi," + ITEMS,
                b -> b.idColumn("số thứ tự").unitColumn("NOI"));
        assertEquals(1, r.responses().size(), r.report().summary());
        assertTrue(r.responses().get(0).attributes().containsKey("response_id"));
        ReadResult missing = readHeader("response_id,unit," + ITEMS, b -> b.idColumn("STT"));
        assertTrue(missing.report().fatal());
        assertTrue(missing.report().errors().get(0).message().contains("'STT' (--id-column)"),
                missing.report().errors().get(0).message());
    }

    @Test
    void rowIdsNumberTheRowsByTheirLineAndKeepTheIdColumnAsAnAttribute() {
        ReadResult r = readHeader("response_id,unit," + ITEMS, b -> b.rowIds(true));
        assertEquals("row-2", r.responses().get(0).id());
        assertTrue(r.responses().get(0).attributes().containsKey("response_id"));
    }

    @Test
    void aMissingIdNamesWhatWasLookedForTheOptionsAndAtMostTenColumns() {
        StringBuilder header = new StringBuilder("unit");
        for (int k = 0; k < 40; k++) {
            header.append(",extra\u001b").append(k);
        }
        ReadResult r = readHeader(header + "," + ITEMS, b -> b);
        String message = r.report().errors().get(0).message();
        assertTrue(message.contains("_uuid") && message.contains("--id-column") && message.contains("--row-ids")
                && message.contains("--preset") && message.contains("--map"), message);
        assertTrue(message.contains("(63 in all)") && !message.contains("extra\\u001b9'")
                && !message.contains("\u001b"), message);
    }

    @Test
    void googleFormsNumberedQuestionsAreMatchedByTheirText() {
        ReadResult r = readHeader("Dấu thời gian,Đơn vị,Câu 7. Nơi ngồi chờ có đủ chỗ ngồi?,"
                + ITEMS.substring(3), b -> b);
        assertEquals(List.of(), r.report().problems());
        assertEquals("row-2", r.responses().get(0).id());
        assertEquals(io.github.sipas.core.Answer.point(4), r.responses().get(0).answer("A1"));
    }

    @Test
    void limeSurveyArrayRowsAreTheCriteriaOfTheElementInOrder() {
        ReadResult r = readHeader("id,submitdate,unit,Q1[SQ001],A[SQ002],A1[SQ003],Q1[SQ004],"
                + ITEMS.substring(12), b -> b);
        assertEquals(List.of(), r.report().problems());
        assertEquals("4", r.responses().get(0).id());
    }

    @Test
    void odkGroupPathsJoinedByADashFindTheItem() {
        ReadResult r = readHeader("KEY,SubmissionDate,group_info-unit_name,group_a-A1,"
                + ITEMS.substring(3), b -> b.preset(ExportPreset.ODK));
        assertEquals(List.of(), r.report().problems());
    }
}
