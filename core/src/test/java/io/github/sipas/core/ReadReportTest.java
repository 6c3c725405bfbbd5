package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadReportTest {

    private static final List<String> HEADER = List.of("response_id", "unit", "A1");

    private static Problem error(long line, int column, String header, String value, Rule rule) {
        return new Problem("f.csv", line, column, header, value, rule, rule.code() + " here");
    }

    private static Problem warning() {
        return new Problem("f.csv", 1, 4, "extra", null, Rule.UNKNOWN_COLUMN, "kept as attribute 'extra'");
    }

    private static RejectedRow rejected(long line, Problem... problems) {
        return new RejectedRow(line, List.of("R" + line, "Bắc Hà", "7"), List.of(problems));
    }

    private static ReadReport report(long rows, long accepted, long blank, List<Problem> problems,
            List<RejectedRow> rejected, boolean fatal) {
        return new ReadReport("f.csv", HEADER, rows, accepted, blank, problems, rejected, List.of(), fatal);
    }

    @Test
    void constructorRefusesCountsThatDoNotAddUp() {
        RejectedRow row = rejected(3, error(3, 3, "A1", "7", Rule.OUT_OF_RANGE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> report(5, 3, 0, List.of(row.problems().get(0)), List.of(row), false));
        assertEquals("counts do not add up: read 5, accepted 3, rejected 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> report(3, 3, 0, List.of(), List.of(row), false));
        assertThrows(IllegalArgumentException.class, () -> report(0, 0, -1, List.of(), List.of(), false));
        assertThrows(IllegalArgumentException.class, () -> report(-1, -1, 0, List.of(), List.of(), false));
    }

    @Test
    void constructorRefusesNulls() {
        assertThrows(NullPointerException.class,
                () -> new ReadReport(null, HEADER, 0, 0, 0, List.of(), List.of(), List.of(), false));
        assertThrows(NullPointerException.class,
                () -> new ReadReport("f.csv", null, 0, 0, 0, List.of(), List.of(), List.of(), false));
    }

    @Test
    void copiesItsLists() {
        List<Problem> problems = new ArrayList<>(List.of(warning()));
        ReadReport r = report(0, 0, 0, problems, List.of(), false);
        problems.clear();
        assertEquals(1, r.problems().size());
        assertThrows(UnsupportedOperationException.class, () -> r.problems().clear());
    }

    @Test
    void summaryOfTheJavadocExample() {
        List<RejectedRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        problems.add(warning());
        for (int i = 0; i < 12; i++) {
            Problem p = error(10 + i, 3, "A1", "7", Rule.OUT_OF_RANGE);
            problems.add(p);
            rows.add(rejected(10 + i, p));
        }
        assertEquals("f.csv: 200 rows read, 188 accepted, 12 rejected, 1 warning",
                report(200, 188, 0, problems, rows, false).summary());
    }

    @Test
    void summaryCountsWarningsBlankLinesAndAFatalHeader() {
        assertAll(
                () -> assertEquals("f.csv: 0 rows read, 0 accepted, 0 rejected",
                        report(0, 0, 0, List.of(), List.of(), false).summary()),
                () -> assertEquals("f.csv: 4 rows read, 4 accepted, 0 rejected, 2 warnings, 3 blank lines skipped",
                        report(4, 4, 3, List.of(warning(), warning()), List.of(), false).summary()),
                () -> assertEquals("f.csv: 0 rows read, 0 accepted, 0 rejected (stopped at the header)",
                        report(0, 0, 0, List.of(error(1, 0, "unit", null, Rule.MISSING_COLUMN)), List.of(), true)
                                .summary()));
    }

    @Test
    void splitsErrorsFromWarningsInOrder() {
        Problem e1 = error(2, 3, "A1", "7", Rule.OUT_OF_RANGE);
        Problem e2 = error(3, 1, "response_id", "R2", Rule.DUPLICATE_ID);
        Problem w = warning();
        ReadReport r = report(3, 1, 0, List.of(w, e1, e2), List.of(rejected(2, e1), rejected(3, e2)), false);
        assertEquals(List.of(e1, e2), r.errors());
        assertEquals(List.of(w), r.warnings());
        assertEquals(2, r.rejected());
    }

    @Test
    void isValidOnlyWithoutErrorsRejectsOrFatalHeader() {
        Problem e = error(2, 3, "A1", "7", Rule.OUT_OF_RANGE);
        assertAll(
                () -> assertTrue(report(2, 2, 1, List.of(), List.of(), false).isValid()),
                () -> assertTrue(report(2, 2, 0, List.of(warning()), List.of(), false).isValid(), "warnings allowed"),
                () -> assertFalse(report(2, 1, 0, List.of(e), List.of(rejected(2, e)), false).isValid()),
                () -> assertFalse(report(0, 0, 0, List.of(error(1, 0, "unit", null, Rule.MISSING_COLUMN)), List.of(),
                        true).isValid()),
                () -> assertFalse(report(0, 0, 0, List.of(), List.of(), true).isValid(), "fatal alone"));
    }

    @Test
    void countsRejectedRowsBeyondThoseKeptAndProblemsLeftOut() {
        Problem e = error(2, 3, "A1", "7", Rule.OUT_OF_RANGE);
        List<ProblemCount> leftOut = List.of(new ProblemCount(Rule.UNNAMED_COLUMN, null, 95_000),
                new ProblemCount(Rule.OUT_OF_RANGE, "A1", 4_999), new ProblemCount(Rule.UNKNOWN_COLUMN, "x", 200_000));
        ReadReport r = new ReadReport("f.csv", HEADER, 5_010, 10, 5_000, 0, List.of(e), leftOut,
                List.of(rejected(2, e)), List.of(), false);
        assertAll(
                () -> assertEquals(5_000, r.rejected()),
                () -> assertEquals(1, r.rejectedRows().size()),
                () -> assertEquals(299_999, r.problemsLeftOutCount()),
                () -> assertEquals(List.of(200_000L, 95_000L, 4_999L), r.problemsLeftOut().stream()
                        .map(ProblemCount::count).toList(), "the most frequent first"),
                () -> assertFalse(r.isValid()),
                () -> assertEquals("f.csv: 5010 rows read, 10 accepted, 5000 rejected, 295000 warnings", r.summary()),
                () -> assertEquals("\u2026 and 299999 more problems: unknown-column [x] \u00d7200000, "
                        + "unnamed-column \u00d795000, out-of-range [A1] \u00d74999", r.problemsLeftOutSummary()));
    }

    @Test
    void aLeftOutErrorMakesTheReportInvalidAndTheSummaryLineIsEmptyWhenNothingIsLeftOut() {
        ReadReport warningsOnly = new ReadReport("f.csv", HEADER, 2, 2, 0, 0, List.of(),
                List.of(new ProblemCount(Rule.UNNAMED_COLUMN, null, 3)), List.of(), List.of(), false);
        ReadReport leftOutError = new ReadReport("f.csv", HEADER, 0, 0, 0, 0, List.of(),
                List.of(new ProblemCount(Rule.DUPLICATE_COLUMN, "A1", 1)), List.of(), List.of(), true);
        assertAll(
                () -> assertTrue(warningsOnly.isValid()),
                () -> assertFalse(leftOutError.isValid()),
                () -> assertEquals("\u2026 and 1 more problem: duplicate-column [A1] \u00d71",
                        leftOutError.problemsLeftOutSummary()),
                () -> assertEquals("", report(1, 1, 0, List.of(), List.of(), false).problemsLeftOutSummary()));
    }

    @Test
    void refusesMoreRowsKeptThanRejected() {
        Problem e = error(2, 3, "A1", "7", Rule.OUT_OF_RANGE);
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> new ReadReport("f.csv",
                HEADER, 3, 3, 0, 0, List.of(e), List.of(), List.of(rejected(2, e)), List.of(), false));
        assertEquals("counts do not add up: read 3, accepted 3, rejected 0, rows kept 1", x.getMessage());
    }
}
