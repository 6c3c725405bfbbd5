package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, finding 4:
 *
 * <blockquote>A unit suppressed as n &lt; 10 can be recovered: three units (50, 50 and 9 forms); the report's
 * data-quality table says "item A1: 27 don't know of 109 asked over all units" while the JSON publishes
 * {@code dontKnow: 9} for each of the two published units, so the suppressed unit had 9 of 9. The finding exists only
 * because of the suppressed unit.</blockquote>
 *
 * <p>Now the findings of {@code sipas report} are computed over the published cells only: the don't-know share of A1
 * over the two published units is 18 of 100 (18 %, under the 20 % threshold), so there is no finding; when it does
 * cross the threshold, it says "over the 2 published units"; and no finding names the suppressed unit.
 */
class Issue11Finding04Test {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> CRITERIA = List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "B5", "C1",
            "C2", "C3", "C4", "C5", "C6", "D1", "D2", "D3", "E1", "E2", "E3", "E4");

    @TempDir
    Path dir;

    /**
     * Xã A and Xã B with 50 forms each, of which the first {@code dontKnow} answer A1 with 0 (don't know), and Xã C
     * with 9 forms that all do; the other answers are drawn at random (seeded, so always the same), so that no two
     * forms share a pattern.
     */
    private Path file(int dontKnow) throws IOException {
        Random random = new Random(11);
        List<String> lines = new ArrayList<>();
        lines.add("response_id,unit," + String.join(",", CRITERIA));
        int n = 0;
        for (String unit : List.of("Xã A", "Xã B", "Xã C")) {
            int size = unit.equals("Xã C") ? 9 : 50;
            for (int i = 0; i < size; i++) {
                StringBuilder row = new StringBuilder(String.format("R%04d,%s", ++n, unit));
                for (int j = 0; j < CRITERIA.size(); j++) {
                    boolean dk = j == 0 && (unit.equals("Xã C") || i < dontKnow);
                    row.append(',').append(dk ? 0 : 1 + random.nextInt(5));
                }
                lines.add(row.toString());
            }
        }
        Path file = dir.resolve("dk-" + dontKnow + ".csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** The rows of the findings table, with the apostrophes the page escapes as {@code &#39;} given back. */
    private static String findings(Path html) throws IOException {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        int from = page.indexOf("<tbody id=\"findings\">");
        return from < 0 ? "" : page.substring(from, page.indexOf("</tbody>", from)).replace("&#39;", "'");
    }

    @Test
    void theReportHasNoFindingOverAllUnitsThatCountsTheSuppressedUnit() throws IOException {
        Path in = file(9);
        CommandLineRun json = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", in.toString(),
                "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode units = MAPPER.readTree(json.out()).get("units");
        int published = 0;
        for (JsonNode u : units) {
            if (!u.get("suppressed").booleanValue()) {
                published++;
                JsonNode a1 = null;
                for (JsonNode item : u.get("items")) {
                    a1 = item.get("id").textValue().equals("A1") ? item : a1;
                }
                assertEquals(9, a1.get("dontKnow").intValue(), u.toString());
            }
        }
        assertEquals(2, published, "Xã C, with 9 forms, is suppressed");

        Path html = dir.resolve("report.html");
        CommandLineRun run = CommandLineRun.of("report", "--survey", "sipas-2017", "--responses", in.toString(),
                "--lang", "en", "--out", html.toString());
        assertEquals(0, run.code(), run.err());
        String findings = findings(html);
        assertFalse(findings.contains("27 don't know of 109"), findings);
        assertFalse(findings.contains("item A1"), "18 of 100 over the published units is under 20 %: " + findings);
        assertFalse(findings.contains("Xã C"), "no finding about the suppressed unit: " + findings);
    }

    @Test
    void aFindingOverThePublishedUnitsSaysSo() throws IOException {
        Path html = dir.resolve("report.html");
        CommandLineRun run = CommandLineRun.of("report", "--survey", "sipas-2017", "--responses",
                file(11).toString(), "--lang", "en", "--out", html.toString());
        assertEquals(0, run.code(), run.err());
        String findings = findings(html);
        // 11 + 11 of 50 + 50; Xã C's 9 of 9 are not counted (31 of 109 would be the figure with them).
        assertTrue(findings.contains("item A1: 22 don't know of 100 asked (22.0 %) over the 2 published units"),
                findings);
        assertFalse(findings.contains("over all units"), findings);
        assertFalse(findings.contains("Xã C"), findings);
    }

    @Test
    void validateIsNotAPublicationAndCountsEveryUnit() throws IOException {
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                file(9).toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("item A1: 27 don't know of 109 asked (24.8 %) over all units"), run.out());
    }
}
