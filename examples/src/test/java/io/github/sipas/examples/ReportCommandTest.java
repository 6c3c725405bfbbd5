package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;

class ReportCommandTest {

    @TempDir
    Path dir;

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void sampleReportHasOneRankingRowPerUnitAndEveryChart() throws IOException {
        Path out = dir.resolve("report.html");
        CommandLineRun run = CommandLineRun.of("report", "--sample", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("report written to " + out + " (9 units, 1800 forms scored, 0 rejected)"),
                run.out());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(9, count(html, "class=\"unit-row\""));
        assertTrue(html.contains("id=\"chart-index\"") && html.contains("id=\"chart-heatmap\""));
        assertTrue(html.contains("lang=\"vi\""), "Vietnamese by default");
        // self-contained: no script, and no address but the XML namespaces of XHTML and SVG
        String addresses = html.replace("http://www.w3.org/1999/xhtml", "").replace("http://www.w3.org/2000/svg", "");
        assertTrue(!html.contains("<script") && !addresses.contains("http://") && !addresses.contains("https://"),
                "self-contained");
    }

    @Test
    void englishOnRequestAndFindingsOfPlantedProblems() throws IOException {
        Path out = dir.resolve("report-en.html");
        CommandLineRun run = CommandLineRun.of("report", "--survey", "sipas-2017", "--responses",
                io.github.sipas.core.testing.Fixtures.path("quality/planted.csv").toString(), "--lang", "en",
                "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("lang=\"en\""));
        assertTrue(html.contains("duplicate-pattern") || html.contains("Repeated"), "the planted copies are listed");
    }

    @Test
    void badRowsAreCountedAndExitOne() {
        CommandLineRun run = CommandLineRun.of("report", "--survey", "sipas-2017", "--responses",
                ValidateCommandTest.BAD_ROWS.toString(), "--out", dir.resolve("r.html").toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("188 forms scored, 12 rejected"), run.out());
        assertTrue(run.err().contains(":157:12: error: out-of-range [B3] '7'"), run.err());
    }

    @Test
    void unknownLanguageIsAUsageError() {
        CommandLineRun run = CommandLineRun.of("report", "--sample", "--lang", "fr", "--out",
                dir.resolve("r.html").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("sipas: --lang must be vi or en, not 'fr'"), run.err());
    }

    @Test
    void outIsRequired() {
        CommandLineRun run = CommandLineRun.of("report", "--sample");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--out"), run.err());
    }

    @Test
    void smallUnitsAreSuppressedAndNoPersonalValueIsWritten() throws IOException {
        Path out = dir.resolve("personal.html");
        CommandLineRun run = CommandLineRun.of("report", "--survey", "sipas-2017", "--responses",
                ScoreCommandTest.PERSONAL.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("suppressed 1 of 4 cells"), run.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(4, count(html, "class=\"unit-row\""));
        assertEquals(1, count(html, "data-suppressed=\"small-cell\""), "Mường Khương, 5 forms");
        assertTrue(html.contains("không công bố (n &lt; 10)"));
        ScoreCommandTest.assertNoPersonalValue(html);

        Path grouped = dir.resolve("grouped.html");
        run = CommandLineRun.of("report", "--survey", "sipas-2017", "--responses", ScoreCommandTest.PERSONAL.toString(),
                "--by", "unit,gender", "--min-cell", "10", "--lang", "en", "--out", grouped.toString());
        assertEquals(0, run.code(), run.err());
        html = Files.readString(grouped, StandardCharsets.UTF_8);
        assertEquals(5, count(html, "data-suppressed=\"small-cell\""));
        assertEquals(1, count(html, "data-suppressed=\"complementary\""), "Bắc Hà / Nam");
        ScoreCommandTest.assertNoPersonalValue(html);
    }

    @Test
    void helpDocumentsMinCell() {
        CommandLineRun run = CommandLineRun.of("report", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("--min-cell=K"), run.out());
    }

    @Test
    void rankSetsAddAColumnAChartAndTheTiedGroups() throws IOException {
        Path out = dir.resolve("ranksets.html");
        CommandLineRun run = CommandLineRun.of("report", "--sample", "--rank-sets", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(9, count(html, "class=\"unit-row\""));
        assertEquals(1, count(html, "<figure class=\"chart\" id=\"chart-ranksets\">"));
        assertTrue(html.contains("Tập hạng 95\u00a0%"), "the column, in Vietnamese");
        assertTrue(html.contains("Ngang nhau về mặt thống kê với đơn vị dẫn đầu"), "the leader's group in words");
        assertEquals(count(readPlain(), "<figure class=\"chart\"") + 1, count(html, "<figure class=\"chart\""),
                "one chart more");
    }

    private String readPlain() throws IOException {
        Path plain = dir.resolve("plain.html");
        assertEquals(0, CommandLineRun.of("report", "--sample", "--out", plain.toString()).code());
        String html = Files.readString(plain, StandardCharsets.UTF_8);
        assertTrue(!html.contains("ranksets-section") && !html.contains("Fay–Herriot"), "nothing without the options");
        return html;
    }

    @Test
    void previousPeriodAndFayHerriotInEnglish() throws IOException {
        Path saved = dir.resolve("weighted.json");
        CommandLineRun first = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                ScoreCommandTest.WEIGHTED.toString(), "--format", "json", "--out", saved.toString());
        assertEquals(0, first.code(), first.err());
        Path out = dir.resolve("changes.html");
        CommandLineRun run = CommandLineRun.of("report", "--survey", "sipas-2017", "--responses",
                ScoreCommandTest.LAOCAI.toString(), "--previous", saved.toString(), "--rank-sets", "--fay-herriot",
                "--lang", "en", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        for (String text : List.of("95\u00a0% rank set", "Range of the change of rank", "Change of index [95\u00a0% "
                + "interval]", "Fay–Herriot estimate (RMSE)", "Statistically tied with the leader (Bảo Yên)")) {
            assertTrue(html.contains(text), text);
        }
        assertTrue(!html.contains("NaN") && !html.contains("Infinity"));
    }

    @Test
    void helpDocumentsRankSets() {
        CommandLineRun run = CommandLineRun.of("report", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("--rank-sets") && run.out().contains("--fay-herriot[=SCALE]"), run.out());
    }
}
