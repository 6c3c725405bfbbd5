package io.github.sipas.examples;

import io.github.sipas.core.OutputFile;
import io.github.sipas.core.Survey;
import io.github.sipas.core.TerminalText;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.scoring.ResponseSource;
import io.github.sipas.scoring.ScoreRun;
import io.github.sipas.scoring.format.ScoreJson;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import io.github.sipas.scoring.uncertainty.RankSetType;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The README's embedding example: what {@code sipas score --survey sipas-2017 --responses FILE --rank-sets --format
 * json --out OUT} writes, from an application.
 *
 * @since 0.1
 */
public final class ScoreJsonExample {

    private ScoreJsonExample() {
    }

    /**
     * Scores the responses named by the first argument into the JSON file named by the second.
     *
     * @param args a CSV export or a journal of SIPAS 2017 responses, and the JSON file to write
     * @throws IOException if the JSON file cannot be written
     */
    public static void main(String[] args) throws IOException {
        // README: begin
        Survey survey = Surveys.bundled("sipas-2017");
        ScoreRun.Outcome run = ScoreRun.builder(survey)
                .responses(ResponseSource.of(Path.of(args[0])))              // a CSV export or a journal
                .rankSets(RankSetType.TWO_SIDED, RankSetOptions.defaults())  // as --rank-sets
                .messages(m -> System.err.println(TerminalText.escape(m)))  // problems, escaped as sipas prints them
                .build().run();
        OutputFile.write(Path.of(args[1]), out -> ScoreJson.write(run.result(), out));  // whole or not at all
        // README: end
    }
}
