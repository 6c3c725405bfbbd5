package io.github.sipas.scoring.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.instrument.Surveys;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.sipas.scoring.rank.Ranking;

/**
 * Every figure of the reference files, reproduced to 1e-9 (absolute, percent scale; alpha and sd on their own scale).
 * Reference: R 4.2.2, survey 4.1-1, psych 2.2.9 via shared/tools/sipas_reference.R, in
 * scoring/src/test/resources/fixtures/*.expected.csv, from the inputs in core/src/test/resources/fixtures/.
 */
public class ScorerFixtureTest {

    static final double TOL = 1e-9;

    static Stream<Arguments> fixtures() {
        return Stream.of(Arguments.of("sipas2017-laocai"), Arguments.of("sipas2017-laocai-weighted"));
    }

    static Scorecard score(String name, IntervalMethod method) {
        ReadResult read = CsvResponseReader.builder(Surveys.bundled("sipas-2017")).build()
                .readAll(io.github.sipas.core.testing.Fixtures.path("fixtures/" + name + ".csv"));
        assertTrue(read.report().isValid(), read.report().summary());
        return Scorer.builder(Surveys.bundled("sipas-2017")).interval(method).build().score(read.responses());
    }

    public static List<CSVRecord> expected(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(Path.of("src/test/resources/fixtures/" + name + ".expected.csv"),
                StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(r).getRecords());
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void reproducesEveryReferenceFigure(String name) throws IOException {
        Scorecard wilson = score(name, IntervalMethod.WILSON);
        Scorecard cp = score(name, IntervalMethod.CLOPPER_PEARSON);
        Scorecard logit = score(name, IntervalMethod.LOGIT);
        Scorecard wald = score(name, IntervalMethod.WALD);
        Ranking ranking = Ranking.of(wilson);
        List<CSVRecord> rows = expected(name);
        assertEquals(9 * 28, rows.size());
        int checked = 0;
        for (CSVRecord row : rows) {
            String unit = row.get("unit");
            String id = row.get("id");
            String where = name + " " + unit + " " + id;
            UnitScore u = wilson.unit(unit).orElseThrow();
            assertEquals(Long.parseLong(row.get("respondents")), u.respondents(), where);
            if (id.equals("SIPAS")) {
                check(row, "value", u.index().value(), where);
                check(row, "se", u.index().se(), where);
                check(row, "wald_lower", u.index().lower(), where);
                check(row, "wald_upper", u.index().upper(), where);
                assertEquals(Integer.valueOf(row.get("rank")), ranking.unit(unit).orElseThrow().rank(), where);
            } else if (id.length() == 1) {
                ElementScore e = u.element(id);
                check(row, "value", e.estimate().value(), where);
                check(row, "se", e.estimate().se(), where);
                check(row, "wald_lower", e.estimate().lower(), where);
                check(row, "wald_upper", e.estimate().upper(), where);
                check(row, "alpha", e.alpha(), where);
            } else {
                ItemScore i = u.item(id);
                assertEquals(Long.parseLong(row.get("valid")), i.valid(), where);
                assertEquals(Long.parseLong(row.get("satisfied")), i.satisfied(), where);
                check(row, "value", i.estimate().value(), where);
                check(row, "se", i.estimate().se(), where);
                check(row, "wilson_lower", i.estimate().lower(), where);
                check(row, "wilson_upper", i.estimate().upper(), where);
                ItemScore c = cp.unit(unit).orElseThrow().item(id);
                check(row, "cp_lower", c.estimate().lower(), where);
                check(row, "cp_upper", c.estimate().upper(), where);
                ItemScore l = logit.unit(unit).orElseThrow().item(id);
                check(row, "logit_lower", l.estimate().lower(), where);
                check(row, "logit_upper", l.estimate().upper(), where);
                ItemScore w = wald.unit(unit).orElseThrow().item(id);
                check(row, "wald_lower", w.estimate().lower(), where);
                check(row, "wald_upper", w.estimate().upper(), where);
                check(row, "mean", i.mean(), where);
                check(row, "sd", i.sd(), where);
            }
            checked++;
        }
        assertEquals(252, checked);
    }

    public static void check(CSVRecord row, String column, double actual, String where) {
        String text = row.get(column);
        if (text.isEmpty()) {
            assertTrue(Double.isNaN(actual), where + " " + column + ": expected undefined, got " + actual);
            return;
        }
        assertEquals(Double.parseDouble(text), actual, TOL, where + " " + column);
    }
}
