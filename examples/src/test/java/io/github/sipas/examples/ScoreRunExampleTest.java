package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs' pipeline example is the body of {@link ScoreRunExample}, and it prints what sipas score prints. */
class ScoreRunExampleTest {

    @Test
    void docsShowThePipelineExampleAsCompiled() throws IOException {
        ReadResponsesExampleTest.assertPageShows("docs/README.md", 0, "ScoreRunExample");
    }

    @Test
    void theExamplePrintsTheTableOfSipasScoreAndWritesAReport(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            ScoreRunExample.main(new String[] {ScoreCommandTest.LAOCAI.toString(), ScoreCommandTest.WEIGHTED.toString(),
                html.toString()});
        } finally {
            System.setOut(old);
        }
        CommandLineRun cli = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                ScoreCommandTest.LAOCAI.toString(), "--previous", ScoreCommandTest.WEIGHTED.toString(), "--units",
                "laocai-2023", "--rank-sets", "--fay-herriot");
        assertEquals(0, cli.code(), cli.err());
        assertEquals(cli.out(), bytes.toString(StandardCharsets.UTF_8));
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 40));
        assertTrue(page.contains("Thị xã Sa Pa") && page.contains("lang=\"en\""), "an English page of the units");
    }
}
