package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reading options of tool exports on the command line ({@code --preset}, {@code --values}, {@code --row-ids},
 * {@code --id-column}, {@code --unit-column}), on the small exports of core's {@code fixtures/exports/}: each scores to
 * the ranking of the clean file of the same 14 forms.
 */
class ExportOptionsCommandTest {

    /** Each file is asked for by its name: from a packaged test-jar only the files asked for are copied out. */
    private static Path export(String file) {
        return io.github.sipas.core.testing.Fixtures.path("fixtures/exports/" + file);
    }

    private static CommandLineRun score(String file, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("score", "--survey", "sipas-2017", "--responses",
                export(file).toString(), "--units", "laocai-2023", "--min-cell", "1"));
        args.addAll(List.of(more));
        return CommandLineRun.of(args.toArray(String[]::new));
    }

    /** The ranking's lines: everything after the first line, which names the file's counts. */
    private static List<String> ranking(CommandLineRun run) {
        return run.out().lines().skip(1).collect(Collectors.toList());
    }

    @Test
    void eachExportScoresAsTheCleanFile() {
        List<String> clean = ranking(score("clean.csv"));
        for (String[] run : List.of(new String[] {"kobo-xml.csv", "--preset", "kobo"},
                new String[] {"kobo-labels.csv"}, new String[] {"google-forms.csv", "--preset", "google-forms"},
                new String[] {"limesurvey-full.csv", "--unit-column", "DonVi"},
                new String[] {"limesurvey-codes.csv", "--values", export("limesurvey-values.csv").toString()},
                new String[] {"clean.csv", "--row-ids"}, new String[] {"kobo-xml.csv", "--id-column", "_id"})) {
            CommandLineRun r = score(run[0], java.util.Arrays.copyOfRange(run, 1, run.length));
            assertEquals(0, r.code(), String.join(" ", run) + ": " + r.err());
            assertTrue(r.out().contains("14 forms read, 14 scored, 0 rejected"), r.out());
            assertEquals(clean, ranking(r), String.join(" ", run));
        }
    }

    @Test
    void anUnknownPresetNamesTheAllowedOnes() {
        CommandLineRun r = score("clean.csv", "--preset", "qualtrics");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("kobo, surveycto, odk, limesurvey, google-forms") && r.err().contains("qualtrics"),
                r.err());
    }

    @Test
    void rowIdsAndIdColumnTogetherAreRefused() {
        CommandLineRun r = score("clean.csv", "--row-ids", "--id-column", "gender");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--row-ids or --id-column"), r.err());
    }

    @Test
    void answerCodesWithoutTheValuesFileAreRejectedAndTheErrorSaysWhy() {
        CommandLineRun r = score("limesurvey-codes.csv");
        assertTrue(r.err().contains("not-a-code") || r.out().contains("not-a-code")
                || r.err().contains("unknown-unit"), r.out() + r.err());
    }
}
