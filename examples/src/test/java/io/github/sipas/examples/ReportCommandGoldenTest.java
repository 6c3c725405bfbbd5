package io.github.sipas.examples;

import io.github.sipas.scoring.Golden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reports of {@code sipas report} held byte for byte: the sample's page plain, in English, and with
 * {@code --rank-sets --previous sample.json --fay-herriot} (the previous period being the sample's own
 * {@code sipas score --format json}), and Lào Cai against the weighted fixture as its previous period. Each must equal
 * its file in {@code src/test/resources/report/golden/}, written by the report as it was before it was rebuilt from
 * sections; a page that differs is written to {@code target/golden-actual/} and the failure names the first line that
 * differs. To rewrite the files after an intended change, run with {@code -Dsipas.golden.update=true} and list every
 * difference in the commit message.
 */
class ReportCommandGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/report/golden");
    static final Path ACTUAL = Path.of("target/golden-actual");

    @TempDir
    Path dir;

    /** The arguments of {@code sipas report} (without {@code --out}) that write a golden file. */
    List<String> arguments(String golden) throws IOException {
        return switch (golden) {
            case "sample-vi.html" -> List.of("--sample");
            case "sample-en.html" -> List.of("--sample", "--lang", "en");
            case "sample-ranksets-vi.html" -> List.of("--sample", "--rank-sets", "--previous", sampleJson(),
                    "--fay-herriot");
            case "sample-ranksets-en.html" -> List.of("--sample", "--rank-sets", "--previous", sampleJson(),
                    "--fay-herriot", "--lang", "en");
            case "laocai-changes-en.html" -> List.of("--survey", "sipas-2017", "--responses",
                    ScoreCommandTest.LAOCAI.toString(), "--previous", weightedJson(), "--rank-sets", "--fay-herriot",
                    "--lang", "en");
            default -> throw new IllegalArgumentException(golden);
        };
    }

    String sampleJson() {
        return score(List.of("--sample"), "sample.json");
    }

    String weightedJson() {
        return score(List.of("--survey", "sipas-2017", "--responses", ScoreCommandTest.WEIGHTED.toString()),
                "weighted.json");
    }

    String score(List<String> input, String name) {
        Path saved = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("score"));
        args.addAll(input);
        args.addAll(List.of("--format", "json", "--out", saved.toString()));
        CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return saved.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sample-vi.html", "sample-en.html", "sample-ranksets-vi.html", "sample-ranksets-en.html",
        "laocai-changes-en.html"})
    void reportIsByteIdenticalToItsGoldenFile(String golden) throws IOException {
        Path out = dir.resolve(golden);
        List<String> args = new ArrayList<>(List.of("report"));
        args.addAll(arguments(golden));
        args.addAll(List.of("--out", out.toString()));
        CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        // The page names its data files; core's fixture is read from its test-jar, whose path depends on the build,
        // so the golden file names it {LAOCAI}.
        byte[] actual = Files.readString(out, StandardCharsets.UTF_8).replace(ScoreCommandTest.LAOCAI.toString(),
                "{LAOCAI}").getBytes(StandardCharsets.UTF_8);
        Golden.assertFile(GOLDEN.resolve(golden), actual, ACTUAL);
    }
}
