package io.github.sipas.core.csv;

import static io.github.sipas.core.csv.CsvResponseReaderTest.CRITERIA_2017;
import static io.github.sipas.core.csv.CsvResponseReaderTest.FIXTURES;
import static io.github.sipas.core.csv.CsvResponseReaderTest.QUIRKY;
import static io.github.sipas.core.csv.CsvResponseReaderTest.SIPAS_2017;
import static io.github.sipas.core.csv.CsvResponseReaderTest.nfd;
import static io.github.sipas.core.csv.CsvResponseReaderTest.onlyProblemOf;
import static io.github.sipas.core.csv.CsvResponseReaderTest.readQuirky;
import static io.github.sipas.core.csv.CsvResponseReaderTest.reader;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.RejectedRow;
import io.github.sipas.core.Response;
import io.github.sipas.core.Rule;
import io.github.sipas.core.UnitList;

/**
 * Tests of {@link RowChecks}, read through the public {@link CsvResponseReader}: units, ids, weights, and every
 * problem of a row in order.
 */
class RowChecksTest {

    // ---------------------------------------------------------------------------------------------------------------
    // Missing-value marks

    @Nested
    class MissingValueMarks {

        /**
         * 200 forms of sipas2017-laocai.csv as R's write.csv writes them: quoted header, row names, NA
         * (make_write_csv.R).
         */
        private final java.nio.file.Path rFile = FIXTURES.resolve("r/write-csv.csv");

        private static String row(String id, String a1, String e3) {
            List<String> cells = new ArrayList<>(List.of(id, "Bắc Hà"));
            for (String c : CRITERIA_2017) {
                cells.add(c.equals("A1") ? a1 : c.equals("E3") ? e3 : "4");
            }
            return String.join(",", cells) + "\n";
        }

        private static String csv(String... rows) {
            return "response_id,unit," + String.join(",", CRITERIA_2017) + "\n" + String.join("", rows);
        }

        private static List<Problem> marks(ReadReport report) {
            return report.warnings().stream().filter(p -> p.rule() == Rule.MISSING_TOKEN).toList();
        }

        @Test
        void anRWriteCsvFileScoresEveryRowWithTheAnswersOfTheFileItWasMadeFrom() {
            ReadResult r = CsvResponseReaderTest.reader().readAll(rFile);
            assertEquals(200, r.report().rowsRead());
            assertEquals(200, r.report().accepted(), r.report().problems().toString());
            List<Response> original = new ArrayList<>();
            CsvResponseReaderTest.reader().read(FIXTURES.resolve("sipas2017-laocai.csv"), x -> {
                if (original.size() < 200) {
                    original.add(x);
                }
            });
            for (int i = 0; i < 200; i++) {
                assertEquals(original.get(i).id(), r.responses().get(i).id());
                assertEquals(original.get(i).answers(), r.responses().get(i).answers(), original.get(i).id());
            }
            List<Problem> w = marks(r.report());
            assertEquals(1, w.size(), "one warning for the read");
            // 96: the blank answers of the first 200 forms of sipas2017-laocai.csv (awk), each written NA by R
            assertTrue(w.get(0).message().startsWith("96 cells held only a missing-value mark and were read as "
                    + "unanswered: "), w.get(0).message());
            assertTrue(w.get(0).message().endsWith("; give --missing-tokens refuse to refuse them"));
            assertEquals(0, w.get(0).columnNumber(), "several columns: the warning is the file's");
        }

        @Test
        void underRefuseEveryRowWithAnNaIsRejectedNamingTheOption() {
            ReadReport report = CsvResponseReader.builder(SIPAS_2017).missingTokens(
                    io.github.sipas.core.MissingTokens.REFUSE).build().readAll(rFile).report();
            assertTrue(report.rejected() > 0);
            assertEquals(200, report.accepted() + report.rejected());
            assertTrue(marks(report).isEmpty());
            Problem p = report.errors().get(0);
            assertEquals(Rule.NOT_A_CODE, p.rule());
            assertEquals("NA", p.value());
            assertTrue(p.message().contains("R's NA") && p.message().contains("--missing-tokens refuse"),
                    p.message());
        }

        @Test
        void theWarningCountsTheCellsOfEachColumnAndNamesTheMarks() {
            ReadResult r = CsvResponseReader.builder(SIPAS_2017).build().readAll(new StringReader(csv(
                    row("R1", "4", "NA"), row("R2", ".", "NA"), row("R3", "NA", "na"), row("R4", ".5", "4"))), "m.csv");
            assertEquals(3, r.report().accepted());
            assertEquals(1, r.report().rejected(), ".5 is a decimal, not the mark '.'");
            List<Problem> w = marks(r.report());
            assertEquals(List.of("5 cells held only a missing-value mark and were read as unanswered: "
                    + "A1 2 ('NA', '.'), "
                    + "E3 3 ('NA'); give --missing-tokens refuse to refuse them"),
                    w.stream().map(Problem::message).toList());
            assertEquals("m.csv:1: warning: missing-token: " + w.get(0).message(), w.get(0).toString());
        }

        @Test
        void aWarningOfOneColumnNamesIt() {
            ReadReport report = CsvResponseReader.builder(SIPAS_2017).build().readAll(new StringReader(csv(
                    row("R1", "4", "#N/A"))), "m.csv").report();
            Problem w = marks(report).get(0);
            assertEquals("1 cell held only a missing-value mark and was read as unanswered: E3 1 ('#N/A'); give "
                    + "--missing-tokens refuse to refuse them", w.message());
            assertEquals("E3", w.column());
            assertEquals(2 + CRITERIA_2017.indexOf("E3") + 1, w.columnNumber());
        }

        @Test
        void aValuesFileRuleWinsAndIsNotCounted() {
            AnswerValues values = AnswerValues.builder().add("*", "NA", "dont-know").build();
            ReadResult r = CsvResponseReader.builder(SIPAS_2017).values(values).build().readAll(new StringReader(
                    csv(row("R1", ".", "NA"))), "v.csv");
            assertEquals(io.github.sipas.core.Answer.dontKnow(), r.responses().get(0).answers().get("E3"));
            assertEquals(io.github.sipas.core.Answer.unanswered(), r.responses().get(0).answers().get("A1"));
            assertEquals("1 cell held only a missing-value mark and was read as unanswered: A1 1 ('.'); give "
                    + "--missing-tokens refuse to refuse them", marks(r.report()).get(0).message());
        }

        @Test
        void blankCellsAreNotCounted() {
            ReadReport report = CsvResponseReader.builder(SIPAS_2017).build().readAll(new StringReader(csv(
                    row("R1", "", " "))), "b.csv").report();
            assertEquals(1, report.accepted());
            assertTrue(marks(report).isEmpty(), report.warnings().toString());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Units

    @Nested
    class Units {

        @Test
        void aPeriodWrittenAsAMissingValueMarkIsNoPeriod() {
            // found by review: R's NA in the period column was a period 'NA' in the mixed-period warning
            String csv = "response_id,unit,period," + String.join(",", CRITERIA_2017) + "\n"
                    + "A,Bắc Hà,NA" + ",4".repeat(22) + "\n"
                    + "B,Bắc Hà,2023" + ",4".repeat(22) + "\n"
                    + "C,Bắc Hà," + ",4".repeat(22) + "\n";
            List<Response> r = reader().readAll(new StringReader(csv), "periods").responses();
            assertEquals(java.util.Arrays.asList(null, "2023", null), r.stream().map(Response::period)
                    .collect(Collectors.toList()));
        }

        @Test
        void aUnitWrittenAsAMissingValueMarkIsMissingNotAUnitNamedNa() {
            // found in a trial: R's write.csv wrote NA in the unit column, which became a unit "NA" and was ranked
            String csv = "response_id,unit," + String.join(",", CRITERIA_2017) + "\n"
                    + "A,NA" + ",4".repeat(22) + "\n"
                    + "B, n/a " + ",4".repeat(22) + "\n"
                    + "C,Bắc Hà" + ",4".repeat(22) + "\n";
            ReadResult r = reader().readAll(new StringReader(csv), "units");
            assertEquals(List.of("C"), r.responses().stream().map(Response::id).collect(Collectors.toList()));
            List<Problem> problems = r.report().problems();
            assertEquals(List.of("missing-unit", "missing-unit"), problems.stream().map(Problem::kind)
                    .collect(Collectors.toList()));
            assertEquals("the unit is a missing-value mark ('NA'), as blank", problems.get(0).message());
        }

        @Test
        void mapsEveryWritingOfSaPaToItsUnitIdAndRejectsUnknownUnits() {
            ReadResult r = CsvResponseReader.builder(SIPAS_2017).units(UnitList.bundled("laocai-2023")).build()
                    .readAll(QUIRKY.resolve("units.csv"));
            Map<String, String> units = new LinkedHashMap<>();
            r.responses().forEach(x -> units.put(x.id(), x.unit()));
            assertEquals(Map.of("U001", "sapa", "U002", "sapa", "U003", "sapa", "U004", "sapa", "U005", "sapa",
                    "U006", "sapa"), units, "Thành phố Sa Pa: prefixes are ignored (UnitList), so the thị xã");
            List<RejectedRow> rejected = r.report().rejectedRows();
            assertEquals(List.of(8L), rejected.stream().map(RejectedRow::line).collect(Collectors.toList()));
            Problem p = onlyProblemOf(rejected.get(0));
            assertAll(
                    () -> assertEquals("unknown-unit", p.kind()),
                    () -> assertEquals(2, p.columnNumber()),
                    () -> assertEquals("unit", p.column()),
                    () -> assertEquals("Hà Nội", p.value()),
                    () -> assertTrue(p.message().contains("Thị xã Sa Pa"), p.message()));
        }

        @Test
        void unitsFileHoldsTheNfdWriting() throws IOException {
            assertTrue(Files.readString(QUIRKY.resolve("units.csv")).contains(nfd("Thị xã Sa Pa")));
        }

        @Test
        void keepsUnitAsNfcTextWithoutUnitListMergingThoseThatLookAlikeUnderTheFirst() {
            ReadResult r = readQuirky("units.csv");
            assertEquals(7, r.report().accepted());
            assertEquals(List.of("TX Sa Pa", "TX Sa Pa", "TX Sa Pa", "TX Sa Pa", "TX Sa Pa", "TX Sa Pa", "Hà Nội"),
                    r.responses().stream().map(Response::unit).collect(Collectors.toList()));
            Problem w = r.report().warnings().stream().filter(p -> p.rule() == Rule.SIMILAR_UNITS).findFirst()
                    .orElseThrow();
            assertEquals("units that look alike were merged: 'TX Sa Pa' (1), 'Thị xã Sa Pa' (2), 'Sa Pa' (1), "
                    + "'thi xa sa pa' (1), 'Thành phố Sa Pa' (1) as 'TX Sa Pa' — give --units to check them",
                    w.message());
            assertEquals("unit", w.column());
        }

        @Test
        void mergesTheHandKeyedDistrictsAndCountsEachSpelling() {
            ReadResult r = CsvResponseReaderTest.reader().readAll(FIXTURES.resolve("lookalike/hand-keyed.csv"));
            assertEquals(17, r.report().accepted());
            Map<String, Long> forms = r.responses().stream()
                    .collect(Collectors.groupingBy(Response::unit, LinkedHashMap::new, Collectors.counting()));
            assertEquals(Map.of("SaPa", 10L, "bát xát", 5L, "Bắc Hà", 2L), forms);
            List<Problem> merged = r.report().warnings().stream().filter(p -> p.rule() == Rule.SIMILAR_UNITS)
                    .toList();
            assertEquals(1, merged.size(), "one warning for the read");
            assertEquals("units that look alike were merged: 'SaPa' (4), 'TX. Sa Pa' (2), 'Sa Pa' (4) as 'SaPa'; "
                    + "'bát xát' (2), 'H. Bát Xát' (3) as 'bát xát' — give --units to check them",
                    merged.get(0).message());
            assertEquals("similar-units", merged.get(0).kind());
            assertFalse(merged.get(0).isError());
        }

        @Test
        void aUnitListLeavesNothingToMerge() {
            ReadResult r = CsvResponseReader.builder(SIPAS_2017).units(UnitList.bundled("laocai-2023")).build()
                    .readAll(FIXTURES.resolve("lookalike/hand-keyed.csv"));
            assertEquals(17, r.report().accepted());
            assertEquals(Map.of("sapa", 10L, "batxat", 5L, "bacha", 2L), r.responses().stream()
                    .collect(Collectors.groupingBy(Response::unit, Collectors.counting())));
            assertTrue(r.report().warnings().isEmpty(), r.report().warnings().toString());
        }

        @Test
        void blankUnitAndBlankIdAreRejectedWithTheirOwnRules() {
            String csv = "response_id,unit," + String.join(",", CRITERIA_2017) + "\n"
                    + "A," + ",4".repeat(22) + "\n"
                    + ",Bắc Hà" + ",4".repeat(22) + "\n"
                    + "  ,  " + ",4".repeat(22) + "\n";
            ReadReport report = reader().readAll(new StringReader(csv), "blank").report();
            assertEquals(List.of("missing-unit", "missing-id", "missing-id", "missing-unit"), report.problems().stream()
                    .map(Problem::kind).collect(Collectors.toList()));
            assertEquals(List.of(2L, 3L, 4L, 4L), report.problems().stream().map(Problem::line)
                    .collect(Collectors.toList()));
            assertEquals(3, report.rejected());
        }

        @Test
        void duplicateIdsInExcelsScientificFormSayThatExcelCutTheirDigits() {
            String csv = "response_id,unit," + String.join(",", CRITERIA_2017) + "\n"
                    + "1.23457E+17,Bắc Hà" + ",4".repeat(22) + "\n"
                    + "1.23457E+17,Bắc Hà" + ",4".repeat(22) + "\n"
                    + "K-1,Bắc Hà" + ",4".repeat(22) + "\n"
                    + "K-1,Bắc Hà" + ",4".repeat(22) + "\n";
            List<Problem> problems = reader().readAll(new StringReader(csv), "ids").report().problems();
            assertEquals(2, problems.size(), problems.toString());
            assertTrue(problems.get(0).message().contains("Excel keeps 15 significant digits"), problems.toString());
            assertEquals("response id 'K-1' was first seen on line 4", problems.get(1).message());
        }

        @Test
        void idsThatDifferOnlyInUnicodeFormAreDuplicates() {
            String csv = "response_id,unit," + String.join(",", CRITERIA_2017) + "\n"
                    + "Lê-01,Bắc Hà" + ",4".repeat(22) + "\n"
                    + nfd("Lê-01") + " ,Bắc Hà" + ",4".repeat(22) + "\n";
            ReadReport report = reader().readAll(new StringReader(csv), "ids").report();
            Problem p = onlyProblemOf(report.rejectedRows().get(0));
            assertEquals(Rule.DUPLICATE_ID, p.rule());
            assertEquals(3, p.line());
            assertEquals("Lê-01", p.value());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Weights

    @Test
    void rejectsBlankZeroNegativeNonNumericAndInfiniteWeights() {
        ReadResult r = readQuirky("bad-weights.csv");
        List<RejectedRow> rejected = r.report().rejectedRows();
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), rejected.stream().map(RejectedRow::line)
                .collect(Collectors.toList()));
        List<String> values = new ArrayList<>();
        for (RejectedRow row : rejected) {
            Problem p = onlyProblemOf(row);
            assertEquals("bad-weight", p.kind());
            assertEquals(3, p.columnNumber());
            assertEquals("weight", p.column());
            values.add(p.value());
        }
        assertEquals(List.of("", "0", "-1", "abc", "1e999", "0.0"), values);
        assertEquals(List.of(OptionalDouble.of(2.5), OptionalDouble.of(1)), r.responses().stream()
                .map(Response::weight).collect(Collectors.toList()));
    }

    @Test
    void readsWeightWithDecimalCommaInQuotedCommaSeparatedField() {
        String csv = "response_id,unit,weight," + String.join(",", CRITERIA_2017) + "\n"
                + "X1,Bắc Hà,\"2,5\"" + ",4".repeat(22) + "\n";
        assertEquals(OptionalDouble.of(2.5), reader().readAll(new StringReader(csv), "w").responses().get(0).weight());
    }

    @Test
    void rejectedRowCarriesEveryProblemOfTheRowInColumnOrder() {
        String csv = "response_id,unit,weight," + String.join(",", CRITERIA_2017) + "\n"
                + "X1,,abc,7" + ",4".repeat(20) + ",x\n";
        ReadReport report = reader().readAll(new StringReader(csv), "many").report();
        RejectedRow row = report.rejectedRows().get(0);
        assertEquals(List.of("missing-unit", "bad-weight", "out-of-range:A1", "not-a-code:E4"), row.problems()
                .stream().map(Problem::kind).collect(Collectors.toList()));
        Map<String, Integer> columns = new HashMap<>();
        row.problems().forEach(p -> columns.put(p.kind(), p.columnNumber()));
        assertEquals(Map.of("missing-unit", 2, "bad-weight", 3, "out-of-range:A1", 4, "not-a-code:E4", 25), columns);
    }
    @Test
    void everyRejectedRowGoesToTheSinkWhileTheReportKeepsTheFirstThousandAndCountsTheRest() {
        StringBuilder csv = new StringBuilder("response_id,unit," + String.join(",", CRITERIA_2017) + "\n");
        for (int i = 0; i < 1_500; i++) {
            csv.append('R').append(i).append(",Sa Pa,9").append(",4".repeat(21)).append('\n');
        }
        csv.append("ok,Sa Pa").append(",4".repeat(22)).append('\n');
        List<RejectedRow> streamed = new ArrayList<>();
        List<List<String>> headers = new ArrayList<>();
        RejectedRowSink sink = new RejectedRowSink() {
            @Override
            public void header(String source, List<String> header) {
                headers.add(header);
            }

            @Override
            public void accept(RejectedRow row) {
                streamed.add(row);
            }
        };
        ReadReport report = CsvResponseReader.builder(SIPAS_2017).rejects(sink).build()
                .readAll(new StringReader(csv.toString()), "many.csv").report();
        assertAll(
                () -> assertEquals(1_501, report.rowsRead()),
                () -> assertEquals(1, report.accepted()),
                () -> assertEquals(1_500, report.rejected()),
                () -> assertEquals(ReadReport.MAX_KEPT_REJECTED_ROWS, report.rejectedRows().size()),
                () -> assertEquals(1_500, streamed.size(), "the sink gets every rejected row"),
                () -> assertEquals(List.of(2L, 1_501L), List.of(streamed.get(0).line(), streamed.get(1_499).line())),
                () -> assertEquals(report.rejectedRows(), streamed.subList(0, 1_000), "the report keeps the first"),
                () -> assertEquals(1, headers.size()),
                () -> assertEquals(ReadReport.MAX_LISTED_PROBLEMS, report.problems().size()),
                () -> assertEquals(List.of(new io.github.sipas.core.ProblemCount(Rule.OUT_OF_RANGE, "A1", 500)),
                        report.problemsLeftOut()),
                () -> assertEquals(false, report.isValid()));
    }

    @Test
    void theErrorsOfTheHeaderAreListedEvenPastTheLimitOfProblems() {
        // 1,200 unnamed columns (warnings) before the criteria, and no unit column: the error must still be listed
        String csv = "response_id" + ", ".repeat(1_200) + "," + String.join(",", CRITERIA_2017) + "\n";
        ReadReport report = CsvResponseReader.builder(SIPAS_2017).build()
                .readAll(new StringReader(csv), "h.csv").report();
        assertAll(
                () -> assertTrue(report.fatal()),
                () -> assertEquals(List.of(Rule.MISSING_COLUMN), report.errors().stream().map(Problem::rule)
                        .collect(Collectors.toList())),
                () -> assertEquals(1_001, report.problems().size()),
                () -> assertEquals(200, report.problemsLeftOutCount()),
                () -> assertTrue(report.summary().contains("1200 warnings"), report.summary()));
    }
}
