package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("sipas.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(file, actual);
            return;
        }
        assertTrue(Files.exists(file), "no golden file " + file + "; write it with -Dsipas.golden.update=true");
        byte[] expected = Files.readAllBytes(file);
        if (!Arrays.equals(expected, actual)) {
            Files.createDirectories(ACTUAL);
            Path written = ACTUAL.resolve(golden);
            Files.write(written, actual);
            fail(difference(golden, expected, actual) + "\n(the page is in " + written + ")");
        }
    }

    /** Says where two pages first differ: the line, as expected and as written. */
    static String difference(String name, byte[] expected, byte[] actual) {
        String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "<end of file>";
            String y = i < a.length ? a[i] : "<end of file>";
            if (!x.equals(y)) {
                int col = 0;
                while (col < Math.min(x.length(), y.length()) && x.charAt(col) == y.charAt(col)) {
                    col++;
                }
                return name + " differs from its golden file at line " + (i + 1) + ", column " + (col + 1)
                        + " (" + expected.length + " bytes expected, " + actual.length + " written):\n  expected: "
                        + x + "\n  written:  " + y;
            }
        }
        return name + " differs from its golden file in bytes that are not text (" + expected.length
                + " bytes expected, " + actual.length + " written)";
    }
}
