package io.github.sipas.consumer;

import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.UnitList;
import io.github.sipas.core.collect.Collected;
import io.github.sipas.core.collect.Journal;
import io.github.sipas.core.collect.JournalReport;
import io.github.sipas.core.collect.Receipt;
import io.github.sipas.core.collect.ResponseCollector;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.scoring.ResponseSource;
import io.github.sipas.scoring.ScoreRun;
import io.github.sipas.scoring.estimate.ScoreAccumulator;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.estimate.UnitScore;
import io.github.sipas.scoring.format.ScoreJson;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.uncertainty.RankSet;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import io.github.sipas.scoring.uncertainty.RankSetType;
import io.github.sipas.scoring.uncertainty.RankSets;
import io.github.sipas.scoring.uncertainty.UnitEstimate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a project that declares only sipas-scoring can do: score the sample (1,800 synthetic SIPAS 2017 forms, a copy
 * of sipas-examples' laocai-2023-sample.csv) with rank sets, collect some of its forms into a journal, and read the
 * journal back and score it, through the library's pipeline ({@link ScoreRun}) and its parts. Exits with 1 on any mismatch (figures as {@code sipas score --sample --rank-sets}).
 * The journal goes into a new directory in the directory of the first argument, or in the temporary directory; with
 * a second argument {@code modules}, it also checks that sipas runs as named modules.
 */
public final class ConsumerCheck {

    private static final List<String> FAILURES = new ArrayList<>();

    private static void check(boolean ok, String what) {
        System.out.println((ok ? "ok   " : "FAIL ") + what);
        if (!ok) {
            FAILURES.add(what);
        }
    }

    public static void main(String[] args) throws Exception {
        Survey survey = Surveys.bundled("sipas-2017");
        Scorer scorer = Scorer.of(survey);

        // (a) the sample through the pipeline of sipas score, with simultaneous rank sets
        List<Response> forms = new ArrayList<>();
        ScoreRun.Outcome run = ScoreRun.builder(scorer)
                .responses(ResponseSource.csv("sample", () -> ConsumerCheck.class.getResourceAsStream(
                        "/laocai-2023-sample.csv")))
                .rankSets(RankSetType.TWO_SIDED, RankSetOptions.defaults()).listener((r, line) -> forms.add(r))
                .build().run();
        check(run.report().rowsRead() == 1800 && run.report().rejected() == 0, "read: " + run.report().summary());
        ScoreResult result = run.result();
        Scorecard card = result.scorecard();
        check(card.units().size() == 9, "sample: 9 units, got " + card.units().size());
        UnitScore sapa = card.unit("Thị xã Sa Pa").orElseThrow();
        check(String.format("%.2f", sapa.index().value()).equals("95.62"), "Sa Pa's index 95.62: "
                + sapa.index().value());
        check(result.ranking().unit("Thị xã Sa Pa").orElseThrow().rank() == 1, "Sa Pa ranks first");
        RankSets sets = result.uncertainty().rankSets().orElseThrow();
        check(sets.units().size() == 9, "a rank set per unit");
        for (RankSet s : sets.units()) {
            check(s.lower() <= s.rank() && s.rank() <= s.upper(), "rank set of " + s.unit() + ": rank " + s.rank()
                    + " in [" + s.lower() + ", " + s.upper() + "]");
        }
        RankSet batXat = sets.unit("Bát Xát").orElseThrow();
        check(batXat.lower() == 2 && batXat.upper() == 5, "Bát Xát's rank set 2–5");
        check(ScoreJson.toString(result).contains("\"rankSet\""), "the JSON has the rank sets");

        // (b) the first 60 forms collected into a journal; a form sent twice is stored once
        Path dir = Files.createTempDirectory(Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir")),
                "journal-");
        List<Response> sent = forms.subList(0, 60);
        try (ResponseCollector collector = ResponseCollector.builder(survey)
                .store(Journal.builder(dir, survey).open()).build()) {
            for (Response r : sent) {
                Receipt receipt = collector.submit(r);
                if (receipt.status() != Receipt.Status.ACCEPTED) {
                    check(false, r.id() + " accepted: " + receipt);
                }
            }
            check(collector.submit(sent.get(0)).status() == Receipt.Status.DUPLICATE, "a form sent twice: DUPLICATE");
            check(collector.stored() == 60, "60 forms stored, got " + collector.stored());
        }

        // (c) the journal read back and scored: the same figures as scoring the same forms directly
        ScoreAccumulator direct = scorer.accumulator();
        sent.forEach(direct::add);
        ScoreAccumulator fromJournal = scorer.accumulator();
        List<String> ids = new ArrayList<>();
        JournalReport jr = Journal.read(dir, survey, false, (Collected c) -> {
            fromJournal.add(c.response());
            ids.add(c.response().id());
        });
        check(jr.records() == 60 && jr.torn() == null, "journal: " + jr.records() + " records, no torn end");
        check(ids.equals(sent.stream().map(Response::id).toList()), "journal: the forms in the order sent");
        Scorecard a = direct.result();
        Scorecard b = fromJournal.result();
        check(a.equals(b), "journal: the same scorecard as the forms scored directly");
        check(Ranking.of(a).ranks().equals(Ranking.of(b).ranks()), "journal: the same ranking");
        check(RankSets.simultaneous(UnitEstimate.of(b)).units().equals(RankSets.simultaneous(UnitEstimate.of(a))
                .units()), "journal: the same rank sets");
        ScoreResult scored = ScoreRun.builder(scorer).responses(ResponseSource.of(dir)).build().run().result();
        check(scored.scorecard().equals(a), "journal: sipas score's pipeline reads it alike");
        check(UnitList.bundled("laocai-2023").units().size() >= 9, "the bundled unit list loads");

        if (args.length > 1 && args[1].equals("modules")) {
            check(ScoreRun.class.getModule().isNamed() && ScoreRun.class.getModule().getName()
                    .equals("io.github.sipas.scoring"), "sipas-scoring is the named module io.github.sipas.scoring");
            check(!Survey.class.getModule().isExported("io.github.sipas.core.internal"),
                    "io.github.sipas.core.internal is not exported");
        }
        if (!FAILURES.isEmpty()) {
            System.out.println(FAILURES.size() + " check(s) failed");
            System.exit(1);
        }
        System.out.println("consumer check: all passed");
    }
}
