package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example is the body of {@link ScoreJsonExample}, and it writes what the CLI writes. */
class ScoreJsonExampleTest {

    @Test
    void readmeShowsTheEmbeddingExampleAsCompiled() throws IOException {
        ReadResponsesExampleTest.assertReadmeShows(0, "ScoreJsonExample");
    }

    @Test
    void theExampleWritesTheJsonOfSipasScoreWithRankSets(@TempDir Path dir) throws IOException {
        Path laocai = ScoreCommandTest.LAOCAI;
        Path mine = dir.resolve("example.json");
        ScoreJsonExample.main(new String[] {laocai.toString(), mine.toString()});
        Path cli = dir.resolve("cli.json");
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", laocai.toString(),
                "--rank-sets", "--format", "json", "--out", cli.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(Files.readString(cli, StandardCharsets.UTF_8), Files.readString(mine, StandardCharsets.UTF_8));
    }
}
