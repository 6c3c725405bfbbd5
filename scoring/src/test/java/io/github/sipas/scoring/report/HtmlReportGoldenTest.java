package io.github.sipas.scoring.report;

import io.github.sipas.scoring.Golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Aggregation;
import io.github.sipas.core.Answer;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.Response;
import io.github.sipas.core.quality.QualityChecks;
import io.github.sipas.core.quality.QualityFinding;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.disclose.PersonalFieldsFixture;
import io.github.sipas.scoring.estimate.IntervalMethod;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.rank.RankingMethod;
import io.github.sipas.scoring.rank.RankingOptions;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.uncertainty.FayHerriot;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import io.github.sipas.scoring.uncertainty.RankSetType;
import io.github.sipas.scoring.uncertainty.Uncertainty;
import io.github.sipas.scoring.uncertainty.UncertaintyFixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages held byte for byte: each case's page must equal its file in {@code src/test/resources/report/golden/}. The
 * files were written by the report as it was before it was rebuilt from sections, so that the rebuilt one is known to
 * write the same bytes. A page that differs is written to {@code target/golden-actual/} and the failure names the
 * first line that differs.
 *
 * <p>To rewrite the files after an intended change of the page, run this test with
 * {@code -Dsipas.golden.update=true}, look at {@code git diff}, and list every difference in the commit message.
 */
class HtmlReportGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/report/golden");
    static final Path ACTUAL = Path.of("target/golden-actual");
    static final boolean UPDATE = Golden.UPDATE;

    /** A page to hold: its file name and how to write it. */
    record Case(String file, Supplier<String> page) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Case page(String file, HtmlReport.Builder report, Supplier<ScoreResult> result) {
        return new Case(file, () -> {
            StringWriter out = new StringWriter();
            report.build().write(result.get(), out);
            return out.toString();
        });
    }

    static HtmlReport.Builder report(String lang) {
        return HtmlReport.builder(HtmlReportTest.SURVEY).language(lang);
    }

    /** Lào Cai with a previous period in which three units had other ranks. */
    static ScoreResult laocaiWithPrevious() {
        ScoreResult result = HtmlReportTest.laocai();
        Ranking previous = result.ranking().withPrevious(Map.of("Bát Xát", 1, "Sa Pa", 9, "Bắc Hà", 2));
        return new ScoreResult(result.scorecard(), previous, result.rowsRead(), result.rejected());
    }

    /** Lào Cai with simultaneous rank sets, itself as the previous period, and Fay–Herriot estimates. */
    static ScoreResult laocaiWithRankSets() {
        ScoreResult laocai = HtmlReportTest.laocai();
        return laocai.withUncertainty(Uncertainty.builder()
                .simultaneous(RankSetType.TWO_SIDED, RankSetOptions.defaults())
                .previous(laocai.estimates()).fayHerriot(FayHerriot.builder().build()));
    }

    /**
     * Lào Cai scored with every option away from its default: logit intervals at 90 %, weighted elements, dense
     * ranks that leave out units under 250 forms, marginal lower rank sets of 500 draws.
     */
    static ScoreResult laocaiVariant() {
        ReadResult read = io.github.sipas.core.csv.CsvResponseReader.builder(HtmlReportTest.SURVEY).build()
                .readAll(HtmlReportTest.LAOCAI);
        Scorecard card = Scorer.builder(HtmlReportTest.SURVEY).interval(IntervalMethod.LOGIT).level(0.9)
                .aggregation(Aggregation.weightedElements(Map.of("A", 1.0, "B", 2.0, "C", 1.5, "D", 0.5, "E", 1.0)))
                .build().score(read.responses());
        Ranking ranking = Ranking.of(card, RankingOptions.builder().method(RankingMethod.DENSE)
                .reliabilityThreshold(250).excludeUnreliable(true).build());
        ScoreResult result = new ScoreResult(card, ranking, read.report().rowsRead(), read.report().rejected());
        return result.withUncertainty(Uncertainty.builder().marginal(RankSetType.LOWER,
                RankSetOptions.builder().draws(500).build()));
    }

    /** Findings with the text of the data in every field, and one over more lines than the page shows. */
    static List<QualityFinding> oddFindings() {
        return List.of(
                new QualityFinding("straight-<lining>", HtmlReportTest.ODD_NAME, "A1", "batch \"7\"", 2,
                        List.of(3L, 4L), "forms <3> & <4> say 'the same'"),
                new QualityFinding("dont-know-share", null, "E4", null, 25, LongStream.rangeClosed(2, 26).boxed()
                        .toList(), "E4: 25 % don't know"));
    }

    /** The findings of the personal fields' file by its personal columns, and one of the small unit. */
    static List<QualityFinding> personalFindings() {
        ReadResult read = PersonalFieldsFixture.read();
        List<QualityFinding> findings = new ArrayList<>(QualityChecks.builder(HtmlReportTest.SURVEY)
                .groupColumns(PersonalFieldsFixture.PERSONAL).build().check(read.responses()).findings());
        findings.add(new QualityFinding("straight-lining", PersonalFieldsFixture.SMALL_UNIT, null, null, 3,
                List.of(68L, 69L, 70L), "3 of 5 forms give the same answer to every criterion"));
        return findings;
    }

    /** Bảo Yên's 40 forms by two interviewers, named in a personal column, one all satisfied, one not. */
    static List<Response> interviewers() {
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int code = i < 20 ? 5 : 1;
            Response.Builder b = Response.builder("q" + i).unit("Bảo Yên")
                    .attribute("Tên điều tra viên", i < 20 ? "Nguyễn Văn Bình" : "Lò Thị Hoa")
                    .attribute("interviewer", i < 20 ? "ĐTV07" : "ĐTV08");
            HtmlReportTest.SURVEY.criteria().forEach(item -> b.answer(item.id(), Answer.point(code)));
            rows.add(b.build());
        }
        return rows;
    }

    static List<QualityFinding> interviewerFindings() {
        return QualityChecks.builder(HtmlReportTest.SURVEY).groupColumns(List.of("Tên điều tra viên", "interviewer"))
                .build().check(interviewers()).findings();
    }

    static ScoreResult interviewerResult() {
        Scorecard card = Scorer.of(HtmlReportTest.SURVEY).score(interviewers());
        return new ScoreResult(card, Ranking.of(card), 40, 0);
    }

    /** The 300 forms of sipas-2023 and three of a fourth unit, which is suppressed. */
    static ScoreResult sipas2023WithSmallUnit() {
        List<Response> rows = new ArrayList<>(HtmlReportTest.forms2023());
        for (int i = 0; i < 3; i++) {
            Response.Builder b = Response.builder("tiny" + i).unit("Xã Ít Phiếu");
            HtmlReportTest.SIPAS_2023.criteria().forEach(item -> b.answer(item.id(), Answer.point(4)));
            for (int q = 1; q <= 9; q++) {
                b.answer("N1_" + q, Answer.point(1 + i));
            }
            b.answer("N2", Answer.choices(1 + i));
            rows.add(b.build());
        }
        return HtmlReportTest.result2023(rows);
    }

    static ScoreResult empty() {
        Scorecard card = new Scorecard(HtmlReportTest.SURVEY.id(), 0.95, IntervalMethod.WILSON,
                Aggregation.MEAN_OF_ELEMENTS, List.of());
        return new ScoreResult(card, Ranking.of(card), 0, 0);
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        List<String> laocaiFile = List.of("sipas2017-laocai.csv");
        cases.add(page("laocai-vi.html", report("vi").findings(List.of()).sources(laocaiFile),
                HtmlReportTest::laocai));
        cases.add(page("laocai-en.html", report("en"), HtmlReportTest::laocai));
        List<QualityFinding> straight = List.of(new QualityFinding("straight-lining", "Bát Xát", null, null, 12,
                LongStream.rangeClosed(100, 111).boxed().toList(),
                "12 forms give the same answer to all 22 criteria (threshold: 5 % of a unit's forms)."));
        cases.add(page("laocai-previous-vi.html", report("vi").findings(straight).sources(laocaiFile),
                HtmlReportGoldenTest::laocaiWithPrevious));
        for (String lang : List.of("vi", "en")) {
            cases.add(page("laocai-ranksets-" + lang + ".html", report(lang), HtmlReportGoldenTest::laocaiWithRankSets));
        }
        cases.add(page("laocai-variant-en.html", report("en").findings(List.of()),
                HtmlReportGoldenTest::laocaiVariant));
        for (String lang : List.of("vi", "en")) {
            cases.add(page("edge-" + lang + ".html", report(lang).title("<script>alert('x')</script> & \"report\"")
                    .findings(oddFindings()).sources(List.of("a&b <1>.csv", "'quoted' \"file\".csv")),
                    HtmlReportTest::edgeCases));
            cases.add(page("suppressed-" + lang + ".html", report(lang).findings(personalFindings()),
                    () -> PersonalFieldsFixture.result(false, Disclosure.defaults())));
            cases.add(page("personal-group-" + lang + ".html", report(lang).findings(interviewerFindings()),
                    HtmlReportGoldenTest::interviewerResult));
            cases.add(page("sipas2023-" + lang + ".html", HtmlReport.builder(HtmlReportTest.SIPAS_2023)
                    .language(lang).findings(List.of()), HtmlReportGoldenTest::sipas2023WithSmallUnit));
            cases.add(page("uncertainty-" + lang + ".html", report(lang), UncertaintyFixtures::everything));
        }
        cases.add(page("complementary-en.html", report("en").findings(personalFindings()),
                () -> PersonalFieldsFixture.result(true, Disclosure.defaults())));
        cases.add(page("uncertainty-small-unit-en.html", report("en"),
                () -> UncertaintyFixtures.withSets(UncertaintyFixtures.withSmallUnit())));
        cases.add(page("empty-en.html", report("en"), HtmlReportGoldenTest::empty));
        return cases;
    }

    static Stream<Arguments> goldenCases() {
        return cases().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void pageIsByteIdenticalToItsGoldenFile(Case c) throws IOException {
        byte[] actual = c.page().get().getBytes(StandardCharsets.UTF_8);
        Golden.assertFile(GOLDEN.resolve(c.file()), actual, ACTUAL);
    }

    @Test
    void everyGoldenFileHasACase() throws IOException {
        List<String> names = cases().stream().map(Case::file).sorted().toList();
        assertEquals(names.size(), names.stream().distinct().count(), "two cases write one file");
        if (UPDATE) {
            return;
        }
        try (Stream<Path> files = Files.list(GOLDEN)) {
            List<String> held = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .sorted().toList();
            assertEquals(names, held, "a golden file without a case, or a case without a file");
        }
    }

    @Test
    void theDifferenceNamesTheFirstLineThatDiffers() {
        String message = Golden.difference("x.html", "a\nb\nc\n".getBytes(StandardCharsets.UTF_8),
                "a\nb\nC\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(message.contains("line 3, column 1"), message);
        assertTrue(message.contains("expected: c") && message.contains("written:  C"), message);
    }
}
