package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --missing-tokens unanswered|refuse} of score, validate and report, on core's {@code fixtures/r/write-csv.csv}:
 * 200 forms as R's {@code write.csv} writes them, 96 answers {@code NA}.
 */
class MissingTokensOptionTest {

    private static final Path R_FILE = io.github.sipas.core.testing.Fixtures.path("fixtures/r/write-csv.csv");

    private static CommandLineRun run(String command, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(command, "--survey", "sipas-2017", "--responses",
                R_FILE.toString()));
        args.addAll(List.of(more));
        return CommandLineRun.of(args.toArray(String[]::new));
    }

    @Test
    void scoreReadsEveryFormOfAnRFileAndSaysHowManyNasItReadAsUnanswered() {
        CommandLineRun r = run("score", "--min-cell", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("200 forms read, 200 scored, 0 rejected"), r.out());
        assertTrue(r.err().contains("warning: missing-token: 96 cells held only a missing-value mark and were read "
                + "as unanswered"), r.err());
    }

    @Test
    void scoreWithRefuseRejectsTheFormsWithAnNa() {
        CommandLineRun r = run("score", "--min-cell", "1", "--missing-tokens", "refuse");
        assertTrue(r.err().contains("not-a-code") && r.err().contains("R's NA"), r.err());
        assertFalse(r.out().contains("200 scored"), r.out());
        assertFalse(r.err().contains("missing-token:"), r.err());
    }

    @Test
    void validateReportsTheWarningAndWithRefuseTheErrors() {
        CommandLineRun ok = run("validate");
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue((ok.out() + ok.err()).contains("missing-token"), ok.out() + ok.err());
        CommandLineRun refused = run("validate", "--missing-tokens", "REFUSE");
        assertTrue(refused.code() != 0, refused.out() + refused.err());
        assertTrue((refused.out() + refused.err()).contains("--missing-tokens refuse"), refused.out() + refused.err());
    }

    @Test
    void reportTakesTheOption(@TempDir Path dir) {
        Path html = dir.resolve("r.html");
        CommandLineRun r = run("report", "--min-cell", "1", "--missing-tokens", "unanswered", "--out",
                html.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("missing-token"), r.err());
    }

    @Test
    void anUnknownPolicyNamesTheAllowedOnes() {
        CommandLineRun r = run("score", "--missing-tokens", "drop");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--missing-tokens must be unanswered or refuse, not 'drop'"), r.err());
    }
}
