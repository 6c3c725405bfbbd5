package io.github.sipas.examples;

import io.github.sipas.core.Answer;
import io.github.sipas.core.collect.Journal;
import io.github.sipas.core.collect.Receipt;
import io.github.sipas.core.Response;
import io.github.sipas.core.collect.ResponseCollector;
import io.github.sipas.core.collect.SamplePlan;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.core.UnitList;
import io.github.sipas.scoring.LiveScores;
import io.github.sipas.scoring.estimate.Scorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The README's collection example: a kiosk records one form in a journal, with the Ministry's quota for the unit and
 * live scores; run it twice on the same directory and the second run finds the form already stored.
 *
 * @since 0.1
 */
public final class CollectExample {

    private CollectExample() {
    }

    /**
     * Records one form in the journal in the directory named by the first argument.
     *
     * @param args the journal's directory
     * @throws IOException if the journal cannot be written
     */
    public static void main(String[] args) throws IOException {
        // README: begin
        Survey survey = Surveys.bundled("sipas-2017");
        LiveScores live = LiveScores.of(Scorer.of(survey));                   // scores as responses arrive
        try (ResponseCollector collector = ResponseCollector.builder(survey).units(UnitList.bundled("laocai-2023"))
                .store(Journal.builder(Path.of(args[0]), survey).open())      // JSON Lines, forced to disk
                .quotas(Map.of("sapa", SamplePlan.sampleSize(12_000, 0.05))).listener(live).build()) {  // 388 forms
            Response.Builder form = Response.builder("K-0001").unit("Sa Pa");
            survey.criteria().forEach(c -> form.answer(c.id(), 4));            // 4: hài lòng (satisfied)
            Receipt r = collector.submit(form.answer("B2", 2).answer("A3", Answer.dontKnow()).build());
            System.out.println(r.status() + " #" + r.sequence() + " " + collector.progress());  // ACCEPTED #1 [...]
            System.out.printf("%.2f%n", live.snapshot().units().get(0).index().value());     // 96.00
        }
        // README: end
    }
}
