package io.github.sipas.examples;

import io.github.sipas.core.OutputFile;
import io.github.sipas.core.Survey;
import io.github.sipas.core.TerminalText;
import io.github.sipas.core.UnitList;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.scoring.ResponseSource;
import io.github.sipas.scoring.ScoreRun;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.format.ScoreTable;
import io.github.sipas.scoring.report.HtmlReport;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.uncertainty.FayHerriot;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import io.github.sipas.scoring.uncertainty.RankSetType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The docs' pipeline example (docs/README.md): a year scored against the previous one, with Lào Cai's unit list, rank
 * sets and Fay–Herriot estimates; the table of {@code sipas score} on standard output and an English HTML report.
 *
 * @since 0.1
 */
public final class ScoreRunExample {

    private ScoreRunExample() {
    }

    /**
     * Scores this year's responses against last year's.
     *
     * @param args this year's responses, last year's (responses or a saved JSON result), and the HTML file to write
     * @throws IOException if the HTML file cannot be written
     */
    public static void main(String[] args) throws IOException {
        // README: begin
        Survey survey = Surveys.bundled("sipas-2017");
        ScoreResult result = ScoreRun.builder(survey)
                .responses(ResponseSource.of(Path.of(args[0])))              // this year: a CSV export or a journal
                .previous(Path.of(args[1]))                                  // last year: responses or saved JSON
                .units(UnitList.bundled("laocai-2023"))                      // Lào Cai's units, their ids and names
                .disclosure(Disclosure.of(10))                               // cells of fewer than 10 forms hidden
                .rankSets(RankSetType.TWO_SIDED, RankSetOptions.defaults())  // rank sets, ranges of the changes
                .fayHerriot(FayHerriot.builder().build())                    // empirical-Bayes estimates beside
                .messages(m -> System.err.println(TerminalText.escape(m)))   // a unit name may hold escape sequences
                .build().run().result();
        ScoreTable.write(result, survey, new PrintWriter(System.out, true));    // the table of sipas score
        HtmlReport page = HtmlReport.builder(survey).language("en").build();   // the page of sipas report
        OutputFile.write(Path.of(args[2]), out -> page.write(result, out));    // written whole or not at all
        // README: end
    }
}
