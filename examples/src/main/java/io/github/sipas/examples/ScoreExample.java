package io.github.sipas.examples;

import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.scoring.estimate.IntervalMethod;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.estimate.ScoreAccumulator;
import io.github.sipas.scoring.format.ScoreJson;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.estimate.UnitScore;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The docs' scoring example (docs/README.md), step by step: reads a SIPAS 2017 export, scores every unit in one pass, ranks the units and prints
 * each one's index with its interval; with a second argument, writes the result as JSON there.
 *
 * @since 0.1
 */
public final class ScoreExample {

    private ScoreExample() {
    }

    /**
     * Scores the file named by the first argument.
     *
     * @param args the path of a wide-format CSV export of SIPAS 2017 responses, and optionally a JSON file to write
     * @throws java.io.IOException if the JSON file cannot be written
     */
    public static void main(String[] args) throws java.io.IOException {
        // README: begin
        Survey survey = Surveys.bundled("sipas-2017");
        Scorer scorer = Scorer.builder(survey).interval(IntervalMethod.WILSON).level(0.95).build();
        ScoreAccumulator sums = scorer.accumulator();                  // sums per unit, never rows
        ReadReport report = CsvResponseReader.builder(survey).build().read(Path.of(args[0]), sums::add);
        Scorecard card = sums.result();
        Ranking ranking = Ranking.of(card);                            // competition ranking on two decimals
        for (UnitScore u : card.units()) {
            System.out.printf("%-20s %6.2f  [%6.2f, %6.2f]  rank %d%n", u.unit(), u.index().value(),
                    u.index().lower(), u.index().upper(), ranking.unit(u.label()).orElseThrow().rank());
        }
        // README: end
        if (args.length > 1) {
            try (PrintWriter out = new PrintWriter(args[1], java.nio.charset.StandardCharsets.UTF_8)) {
                ScoreJson.write(new ScoreResult(card, ranking, report.rowsRead(), report.rejected()), out);
            }
        }
    }
}
