package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, finding 7: "A unit name containing ESC sequences ({@code \x1b[2J}, {@code \x1b]0;title\x07}, {@code \r})
 * reaches the terminal raw in the table, the error lines and the quality lines: a hostile CSV can clear the screen or
 * overwrite the summary line. Bidi overrides (U+202E) reorder names." Now every text the command line prints shows
 * those characters escaped ({@code \}{@code u001B}), and the HTML report isolates names ({@code <bdi>}).
 */
class Issue11Finding07Test {

    static final String CLEAR = "Bảo\u001B[2JYên";
    static final String TITLE = "Si Ma Cai\u001B]0;title\u0007";
    static final String RETURN = "Bắc\rHà";
    static final String OVERRIDE = "Thị xã Sa\u202EPa";

    @TempDir
    Path dir;

    private Path hostile;

    /** The bundled sample with four units renamed, a bad answer holding ESC, and straight-lined forms in one unit. */
    @BeforeEach
    void hostileCopyOfTheSample() throws IOException {
        List<String> lines;
        try (InputStream s = InputOptions.class.getResourceAsStream(InputOptions.SAMPLE)) {
            lines = new String(s.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        int straight = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            switch (f[1]) {
                case "Bảo Yên" -> {
                    f[1] = CLEAR;
                    if (straight++ < 80) {
                        for (int k = 5; k < f.length; k++) {
                            f[k] = "5";
                        }
                    }
                }
                case "Si Ma Cai" -> f[1] = TITLE;
                case "Bắc Hà" -> f[1] = RETURN;
                case "Thị xã Sa Pa" -> f[1] = OVERRIDE;
                default -> {
                }
            }
            if (i == 7) {
                f[5] = "\u001B[31m9";
            }
            List<String> quoted = new ArrayList<>();
            for (String x : f) {
                quoted.add("\"" + x + "\"");
            }
            out.add(String.join(",", quoted));
        }
        hostile = Files.writeString(dir.resolve("hostile.csv"), String.join("\n", out) + "\n");
    }

    /** No control character but the line feeds, no format character: nothing a terminal acts on. */
    private static void assertInert(String text) {
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            assertTrue(c == '\n' || type != Character.CONTROL && type != Character.FORMAT,
                    () -> "U+" + Integer.toHexString(c) + " in:\n" + text);
        });
    }

    @Test
    void theTableAndItsErrorLinesShowControlCharactersEscaped() {
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", hostile.toString());
        assertEquals(1, run.code(), run.err());
        assertInert(run.out());
        assertInert(run.err());
        assertTrue(run.out().contains("Bảo\\u001B[2JYên"), run.out());
        assertTrue(run.out().contains("Si Ma Cai\\u001B]0;title\\u0007"), run.out());
        assertTrue(run.out().contains("Bắc\\u000DHà"), run.out());
        assertTrue(run.out().contains("Thị xã Sa\\u202EPa"), run.out());
        assertTrue(run.err().contains("\\u001B[31m9"), run.err());
    }

    @Test
    void validateShowsProblemsAndQualityLinesEscaped() {
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                hostile.toString());
        assertEquals(1, run.code(), run.err());
        assertInert(run.out());
        assertInert(run.err());
        assertTrue(run.out().contains("\\u001B[31m9"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.contains(": quality: ") && l.contains("Bảo\\u001B[2JYên")),
                run.out());
    }

    @Test
    void jsonEscapesThemAndReadsBackTheSameNames() throws IOException {
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", hostile.toString(),
                "--format", "json");
        assertInert(run.out());
        assertTrue(run.out().contains("Thị xã Sa\\u202EPa"), run.out());
        String names = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).findValuesAsText("unit")
                .toString();
        assertTrue(names.contains(OVERRIDE) && names.contains(CLEAR) && names.contains(RETURN), names);
    }

    @Test
    void theHtmlReportIsolatesNames() throws IOException {
        Path html = dir.resolve("report.html");
        CommandLineRun run = CommandLineRun.of("report", "--survey", "sipas-2017", "--responses", hostile.toString(),
                "--out", html.toString(), "--lang", "en");
        assertEquals(1, run.code(), run.err());
        String page = Files.readString(html);
        assertTrue(page.contains("<td><bdi>\u2068Thị xã Sa\u202EPa\u2069</bdi></td>"),
                "a name cell is isolated twice over");
        assertTrue(page.contains("<text x=") && page.contains("\u2068Thị xã Sa\u202EPa\u2069</text>"),
                "an SVG label is isolated by U+2068 and U+2069");
        assertTrue(!page.contains("\u001B"), "ESC never reaches the page");
    }

    /** Found by review: a survey file's title reached the terminal raw through {@code surveys --json FILE}. */
    @Test
    void surveysJsonOfAHostileFileIsInertAndStillJson() throws IOException {
        CommandLineRun plain = CommandLineRun.of("surveys", "--json", "sipas-2017");
        String json = plain.out().replaceFirst("\"vi\" : \"([^\"]*)\"", "\"vi\" : \"$1\\\\u202E\\\\u009B\\\\u2028\"");
        Path file = Files.writeString(dir.resolve("hostile-survey.json"), json);
        CommandLineRun run = CommandLineRun.of("surveys", "--json", file.toString());
        assertEquals(0, run.code(), run.err());
        assertInert(run.out());
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        String title = m.readTree(run.out()).at("/title/vi").textValue(); // valid JSON; the loader trims the title
        assertTrue(title.contains("2020\u202E"), title);
    }
}
