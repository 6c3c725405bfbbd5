package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The commands of docs/exports.md, run in-process on the exports of examples/src/test/resources/exports-240/ (240
 * synthetic SIPAS 2017 forms for Lào Cai's nine districts, written by examples/src/test/fixtures/make_exports.py as a
 * clean CSV and as KoboToolbox, Google Forms, LimeSurvey, Excel and hand-keyed files): each scores the same forms to
 * the same figures as the clean CSV.
 *
 * <p>The expected figures, clean.expected.json, are {@code sipas score --survey sipas-2017 --responses clean.csv --units
 * laocai-2023 --format json} as committed with the fixtures; make_exports.py --check recomputes the nine units' SIPAS
 * and element indices from the forms by estimation.md's formulas and agrees to 3.6e-14. Every number of the JSON must
 * agree to {@link #TOL} (absolute, on the 0–100 scale: the forms are the same in the same order, so only the order of
 * floating-point sums could differ); every other value exactly.
 */
class ExportsEndToEndTest {

    static final Path DIR = Path.of("src", "test", "resources", "exports-240");
    static final Path DOC = Path.of("..", "docs", "exports.md");
    /** Tolerance on every number of the JSON: the same sums in the same order, to a few units in the last place. */
    static final double TOL = 1e-12;
    /** The exports the "Done when" names, each scored by a command of the page (kobo-xml.csv twice). */
    static final List<String> EXPORTS = List.of("kobo-xml.csv --values", "kobo-xml.csv --xlsform", "kobo-labels.csv",
            "google-forms.csv", "limesurvey-full.csv", "limesurvey-codes.csv", "phieu-khao-sat.xlsx", "hand-keyed.csv");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The {@code sipas score} lines of the page's {@code sh} blocks, as arguments (double quotes group words). */
    static List<List<String>> pageCommands() throws IOException {
        List<List<String>> commands = new ArrayList<>();
        boolean inBlock = false;
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                inBlock = line.equals("```sh");
            } else if (inBlock && line.startsWith("sipas score ")) {
                commands.add(words(line.substring("sipas ".length())));
            }
        }
        return commands;
    }

    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        assertFalse(quoted, line);
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    static String responses(List<String> command) {
        int at = command.indexOf("--responses");
        assertTrue(at >= 0 && at + 1 < command.size(), command::toString);
        return command.get(at + 1);
    }

    /** The page's commands whose files are the fixtures (the ODK Central and SurveyCTO ones name a user's files). */
    static List<List<String>> fixtureCommands() throws IOException {
        return pageCommands().stream().filter(c -> Files.exists(DIR.resolve(responses(c))))
                .collect(Collectors.toList());
    }

    /** Runs a command of the page with {@code --format json}, its file names resolved in the fixtures' directory. */
    static CommandLineRun run(List<String> command) {
        List<String> args = new ArrayList<>();
        for (String word : command) {
            boolean file = !word.startsWith("-") && word.matches(".+\\.(csv|xlsx)") && Files.exists(DIR.resolve(word));
            args.add(file ? DIR.resolve(word).toString() : word);
        }
        args.add("--format");
        args.add("json");
        return CommandLineRun.of(args.toArray(String[]::new));
    }

    static String key(List<String> command) {
        String file = responses(command);
        if (command.contains("--values") && file.equals("kobo-xml.csv")) {
            return file + " --values";
        }
        return command.contains("--xlsform") ? file + " --xlsform" : file;
    }

    @Test
    void pageHasACommandForEveryExportAndTheCleanFile() throws IOException {
        Set<String> shown = fixtureCommands().stream().filter(c -> c.contains("--units"))
                .map(ExportsEndToEndTest::key).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String export : EXPORTS) {
            assertTrue(shown.contains(export), () -> "docs/exports.md has no command for " + export + ": " + shown);
        }
        assertTrue(shown.contains("clean.csv"), shown::toString);
        assertTrue(fixtureCommands().stream().anyMatch(c -> key(c).equals("hand-keyed.csv") && !c.contains("--units")),
                "docs/exports.md has no command for hand-keyed.csv without a unit list");
    }

    @Test
    void cleanCsvScoresToTheCommittedFigures() throws IOException {
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                DIR.resolve("clean.csv").toString(), "--units", "laocai-2023", "--format", "json");
        assertEquals(0, run.code(), run.err());
        assertSameFigures(expected(), MAPPER.readTree(run.out()), "$");
    }

    /** One test per command of the page naming a fixture with the unit list: the clean CSV's figures. */
    @TestFactory
    Stream<DynamicTest> everyExportScoresLikeTheCleanCsv() throws IOException {
        JsonNode expected = expected();
        return fixtureCommands().stream().filter(c -> c.contains("--units"))
                .map(c -> DynamicTest.dynamicTest(String.join(" ", c), () -> {
                    CommandLineRun run = run(c);
                    assertEquals(0, run.code(), () -> String.join(" ", c) + "\n" + run.err());
                    assertSameFigures(expected, MAPPER.readTree(run.out()), key(c) + ": $");
                }));
    }

    /**
     * Without a unit list the hand-keyed file's 31 spellings of nine districts are either merged to nine units or
     * named on standard error, never split silently.
     */
    @Test
    void handKeyedNamesWithoutUnitListAreMergedOrNamed() throws IOException {
        List<String> command = fixtureCommands().stream()
                .filter(c -> key(c).equals("hand-keyed.csv") && !c.contains("--units")).findFirst().orElseThrow();
        CommandLineRun run = run(command);
        assertEquals(0, run.code(), run.err());
        JsonNode units = MAPPER.readTree(run.out()).get("units");
        boolean merged = units.size() == 9;
        boolean named = run.err().contains("'SaPa'") && run.err().contains("'Sa Pa'")
                && run.err().contains("'TX. Sa Pa'") && run.err().contains("--units");
        assertTrue(merged || named, () -> units.size() + " units, and standard error: " + run.err());
    }

    static Set<String> names(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static JsonNode expected() throws IOException {
        return MAPPER.readTree(Files.readString(DIR.resolve("clean.expected.json"), StandardCharsets.UTF_8));
    }

    /** Same structure and values; numbers to {@link #TOL}; the path of the first difference in the message. */
    static void assertSameFigures(JsonNode expected, JsonNode actual, String path) {
        if (expected.isNumber() && actual.isNumber()) {
            double e = expected.doubleValue();
            double a = actual.doubleValue();
            if (!(Math.abs(e - a) <= TOL)) {
                fail(path + ": expected " + e + ", got " + a);
            }
        } else if (expected.isObject() && actual.isObject()) {
            assertEquals(names(expected), names(actual), path);
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                assertSameFigures(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey());
            }
        } else if (expected.isArray() && actual.isArray()) {
            assertEquals(expected.size(), actual.size(), path + " size");
            for (int i = 0; i < expected.size(); i++) {
                assertSameFigures(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }
}
