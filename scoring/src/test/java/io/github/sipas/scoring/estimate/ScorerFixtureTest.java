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
        return score(name, method, 1);
    }

    /** Scores a fixture with every weight multiplied by a factor. */
    static Scorecard score(String name, IntervalMethod method, double factor) {
        ReadResult read = CsvResponseReader.builder(Surveys.bundled("sipas-2017")).build()
                .readAll(io.github.sipas.core.testing.Fixtures.path("fixtures/" + name + ".csv"));
        assertTrue(read.report().isValid(), read.report().summary());
        List<io.github.sipas.core.Response> responses = read.responses().stream()
                .map(r -> factor == 1 ? r : new io.github.sipas.core.Response(r.id(), r.unit(), r.period(),
                        java.util.OptionalDouble.of(r.weightOrOne() * factor), r.answers(), r.attributes()))
                .toList();
        return Scorer.builder(Surveys.bundled("sipas-2017")).interval(method).build().score(responses);
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
        reproducesEveryReferenceFigure(name, 1);
    }

    /**
     * The weighted fixture's weights times 1e-308 (whose squares underflow), 1e-300, 1e300 (whose squares overflow) or
     * 4e307 (whose sums overflow): every reference figure all the same, to the same 1e-9, as the sums rescale the
     * weights by a power of two (issue 11, finding 8).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(doubles = {1e-308, 1e-300, 1e300, 4e307})
    void weightsTimesAFarFactorReproduceEveryReferenceFigure(double factor) throws IOException {
        reproducesEveryReferenceFigure("sipas2017-laocai-weighted", factor);
    }

    private void reproducesEveryReferenceFigure(String name, double factor) throws IOException {
        Scorecard wilson = score(name, IntervalMethod.WILSON, factor);
        Scorecard cp = score(name, IntervalMethod.CLOPPER_PEARSON, factor);
        Scorecard logit = score(name, IntervalMethod.LOGIT, factor);
        Scorecard wald = score(name, IntervalMethod.WALD, factor);
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

    static Stream<Arguments> betaCases() {
        return Stream.of(Arguments.of("sipas2017-laocai", 0.95), Arguments.of("sipas2017-laocai", 0.90),
                Arguments.of("sipas2017-laocai-weighted", 0.95), Arguments.of("sipas2017-laocai-weighted", 0.90));
    }

    /**
     * BETA's limits of every unit and criterion: R 4.2.2 survey 4.1.1 {@code svyciprop(method = "beta", df = Inf)}, by
     * src/test/resources/intervals/beta_reference.R into beta.expected.csv, to 1e-9 (absolute, percent scale). Where R
     * gives NaN (p = 0 or 1) the file's limits are the documented Clopper–Pearson ones on Kish's n*.
     */
    @ParameterizedTest
    @MethodSource("betaCases")
    void betaReproducesSvycipropBeta(String name, double level) throws IOException {
        ReadResult read = CsvResponseReader.builder(Surveys.bundled("sipas-2017")).build()
                .readAll(io.github.sipas.core.testing.Fixtures.path("fixtures/" + name + ".csv"));
        Scorecard card = Scorer.builder(Surveys.bundled("sipas-2017")).interval(IntervalMethod.BETA).level(level)
                .build().score(read.responses());
        int checked = 0;
        int withoutR = 0;
        try (Reader r = Files.newBufferedReader(Path.of("src/test/resources/intervals/beta.expected.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (!row.get("fixture").equals(name) || Double.parseDouble(row.get("level")) != level) {
                    continue;
                }
                String where = name + " " + level + " " + row.get("unit") + " " + row.get("id");
                ItemScore i = card.unit(row.get("unit")).orElseThrow().item(row.get("id"));
                assertEquals(Long.parseLong(row.get("valid")), i.valid(), where);
                assertEquals(Long.parseLong(row.get("satisfied")), i.satisfied(), where);
                check(row, "value", i.estimate().value(), where);
                check(row, "se", i.estimate().se(), where);
                check(row, "lower", i.estimate().lower(), where);
                check(row, "upper", i.estimate().upper(), where);
                if (row.get("r_lower").isEmpty()) {
                    withoutR++;
                    assertTrue(i.satisfied() == 0 || i.satisfied() == i.valid(), where);
                } else {
                    check(row, "r_lower", i.estimate().lower(), where);
                    check(row, "r_upper", i.estimate().upper(), where);
                }
                checked++;
            }
        }
        assertEquals(9 * 22, checked);
        assertEquals(name.endsWith("weighted") ? 3 : 2, withoutR);
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
