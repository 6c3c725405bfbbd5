package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sipas.core.UnitList;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.format.ScoreCsv;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import io.github.sipas.scoring.uncertainty.IndexDifference;
import io.github.sipas.scoring.uncertainty.RankSetType;
import io.github.sipas.scoring.rank.Tier;
import io.github.sipas.core.Unit;

/**
 * {@code sipas score}, run in-process: the table, JSON and CSV outputs, rejected rows, the previous period, interval
 * methods and levels, grouping, variants, unit lists, unreliable units and usage errors.
 *
 * <p>Inputs: the bundled sample (1,800 synthetic SIPAS 2017 forms, examples/src/main/resources), the shared fixtures
 * copied into core/src/test/resources/fixtures (sipas2017-laocai.csv: 1,500 forms, 9 units; sipas2017-bad-rows.csv:
 * 200 forms, 12 malformed, listed in sipas2017-bad-rows.lines.csv). Reference figures: R 4.2.2, survey 4.1-1, psych
 * 2.2.9 via shared/tools/sipas_reference.R, in scoring/src/test/resources/fixtures/sipas2017-laocai.expected.csv
 * (copied unchanged from shared/fixtures), to 1e-9 absolute as estimation.md requires.
 */
class ScoreCommandTest {

    static final Path LAOCAI = io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-laocai.csv");
    static final Path BAD_ROWS = io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-bad-rows.csv");
    static final Path BAD_LINES = io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-bad-rows.lines.csv");
    static final Path EXPECTED = io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-laocai.expected.csv");
    static final double TOL = 1e-9;
    /** The sample's size: InputOptions.SAMPLE, and the README ("1,800 synthetic SIPAS 2017 forms"). */
    static final int SAMPLE_FORMS = 1800;

    /**
     * A row of the table: rank, unit, forms, index (two decimals, "-" when undefined, "n&lt;K" or "x" when
     * suppressed).
     */
    private static final Pattern ROW = Pattern.compile(
            "^\\s*(\\d+|-)  (.+?)\\s+(\\d+)\\s+(\\d+\\.\\d\\d|-|n<\\d+|x)(\\s.*)?$");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    static CommandLineRun score(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "score";
        System.arraycopy(args, 0, all, 1, args.length);
        return CommandLineRun.of(all);
    }

    /** Runs {@code score} with {@code --format json}, expects the exit code and parses standard output. */
    static JsonNode json(int exit, String... args) throws IOException {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--format";
        all[args.length + 1] = "json";
        CommandLineRun run = score(all);
        assertEquals(exit, run.code(), run.err());
        return MAPPER.readTree(run.out());
    }

    static JsonNode json(String... args) throws IOException {
        return json(0, args);
    }

    static String[] laocai(String... more) {
        List<String> args = new ArrayList<>(List.of("--survey", "sipas-2017", "--responses", LAOCAI.toString()));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    static JsonNode unit(JsonNode root, String label) {
        for (JsonNode u : root.get("units")) {
            JsonNode l = u.has("label") ? u.get("label") : u.get("unit");
            if (label.equals(l.textValue())) {
                return u;
            }
        }
        throw new AssertionError("no unit " + label);
    }

    static JsonNode item(JsonNode unit, String id) {
        for (JsonNode i : unit.get("items")) {
            if (i.get("id").textValue().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no item " + id);
    }

    static List<JsonNode> estimates(JsonNode unit) {
        List<JsonNode> all = new ArrayList<>();
        all.add(unit.get("index"));
        unit.get("elements").forEach(all::add);
        unit.get("items").forEach(all::add);
        return all;
    }

    static long respondents(JsonNode root) {
        long sum = 0;
        for (JsonNode u : root.get("units")) {
            sum += u.get("respondents").longValue();
        }
        return sum;
    }

    static List<CSVRecord> reference(String unit) throws IOException {
        try (Reader r = Files.newBufferedReader(EXPECTED, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords()
                    .stream().filter(x -> x.get("unit").equals(unit)).collect(Collectors.toList());
        }
    }

    static List<Matcher> tableRows(String out) {
        List<String> lines = out.lines().toList();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Rank ")) {
                header = i;
                break;
            }
        }
        assertTrue(header >= 0, out);
        List<Matcher> rows = new ArrayList<>();
        for (String line : lines.subList(header + 1, lines.size())) {
            if (line.isEmpty()) {
                break; // the note on suppressed cells
            }
            Matcher m = ROW.matcher(line);
            assertTrue(m.matches(), "not a table row: '" + line + "'");
            rows.add(m);
        }
        return rows;
    }

    // ---- the sample, three formats -------------------------------------------------------------------------------

    @Test
    void sampleTableListsTheNineUnitsByRankFromOne() throws IOException {
        CommandLineRun run = score("--sample");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains(SAMPLE_FORMS + " forms read, " + SAMPLE_FORMS + " scored, 0 rejected"),
                run.out());
        List<Matcher> rows = tableRows(run.out());
        assertEquals(9, rows.size(), run.out());
        assertEquals("1", rows.get(0).group(1), run.out());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(Integer.toString(i + 1), rows.get(i).group(1), "ranked rows, in rank order: " + run.out());
        }
        // the table rounds the index of the JSON half-up to two decimals, and lists the units in the same order
        JsonNode root = json("--sample");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode u = root.get("units").get(i);
            assertEquals(u.get("unit").textValue(), rows.get(i).group(2));
            assertEquals(u.get("respondents").asText(), rows.get(i).group(3));
            assertEquals(Ranking.round(u.get("index").get("value").doubleValue()).toPlainString(),
                    rows.get(i).group(4));
        }
    }

    @Test
    void sampleJsonHasNineUnitsAndNoRejectedRows() throws IOException {
        JsonNode root = json("--sample");
        assertEquals("sipas-2017", root.get("survey").textValue());
        assertEquals(0.95, root.get("level").doubleValue());
        assertEquals("wilson", root.get("method").textValue());
        assertEquals(0, root.get("rejected").intValue());
        assertTrue(root.get("rejected").isIntegralNumber());
        assertEquals(SAMPLE_FORMS, root.get("rowsRead").intValue());
        assertEquals(9, root.get("units").size());
        assertEquals(SAMPLE_FORMS, respondents(root));
        for (int i = 0; i < 9; i++) {
            assertEquals(i + 1, root.get("units").get(i).get("rank").intValue());
        }
    }

    @Test
    void sampleCsvParsesWithTheHeaderAndARowPerUnitAndIndexId() throws IOException {
        CommandLineRun run = score("--sample", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out()))) {
            assertEquals(ScoreCsv.HEADER, p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            // 9 units × (SIPAS + 5 elements + 22 criteria of sipas-2017)
            assertEquals(9 * 28, rows.size());
            assertEquals("SIPAS", rows.get(0).get("id"));
            assertEquals("1", rows.get(0).get("rank"));
        }
    }

    @Test
    void outWritesTheFileAndNothingOnStandardOutput() throws IOException {
        Path file = dir.resolve("result.json");
        CommandLineRun run = score("--sample", "--format", "json", "--out", file.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(score("--sample", "--format", "json").out(), written);
        assertEquals(9, MAPPER.readTree(written).get("units").size());

        Path csv = dir.resolve("result.csv");
        run = score("--sample", "--format", "csv", "--out", csv.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals(score("--sample", "--format", "csv").out(), Files.readString(csv, StandardCharsets.UTF_8));

        Path table = dir.resolve("table.txt");
        run = score("--sample", "--out", table.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals(9, tableRows(Files.readString(table, StandardCharsets.UTF_8)).size());
    }

    // ---- rejected rows -------------------------------------------------------------------------------------------

    @Test
    void badRowsExitOneListTheTwelveProblemsAndAreCountedInTheJson() throws IOException {
        CommandLineRun run = score("--survey", "sipas-2017", "--responses", BAD_ROWS.toString(), "--format", "json");
        assertEquals(1, run.code(), run.err());
        List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
        List<String> expected = Files.readAllLines(BAD_LINES).subList(1, 13);
        assertEquals(12, errors.size(), run.err());
        for (int i = 0; i < 12; i++) {
            String[] lineKind = expected.get(i).split(",");
            assertTrue(errors.get(i).startsWith(BAD_ROWS + ":" + lineKind[0] + ":"), errors.get(i));
            assertTrue(errors.get(i).contains(": error: " + lineKind[1].split(":")[0]), errors.get(i));
        }
        // 200 forms, 12 malformed: core/src/test/resources/fixtures/README.md and sipas2017-bad-rows.lines.csv
        assertTrue(run.err().contains("200 rows read, 188 accepted, 12 rejected"), run.err());
        JsonNode root = MAPPER.readTree(run.out());
        assertEquals(12, root.get("rejected").intValue());
        assertEquals(200, root.get("rowsRead").intValue());
        assertEquals(188, respondents(root), "the accepted rows, and only they, are scored");
    }

    @Test
    void badRowsAreCountedInTheTableToo() {
        CommandLineRun run = score("--survey", "sipas-2017", "--responses", BAD_ROWS.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("200 forms read, 188 scored, 12 rejected"), run.out());
    }

    // ---- previous period -----------------------------------------------------------------------------------------

    @Test
    void previousSavedJsonOfTheSameDataGivesRankChangeZero() throws IOException {
        Path prev = dir.resolve("prev.json");
        assertEquals(0, score("--sample", "--format", "json", "--out", prev.toString()).code());
        JsonNode root = json("--sample", "--previous", prev.toString());
        assertEquals(9, root.get("units").size());
        for (JsonNode u : root.get("units")) {
            assertEquals(u.get("rank").intValue(), u.get("previousRank").intValue(), u.toString());
            assertEquals(0, u.get("rankChange").intValue(), u.toString());
        }
        CommandLineRun table = score("--sample", "--previous", prev.toString());
        assertEquals(0, table.code(), table.err());
        for (Matcher m : tableRows(table.out())) {
            String afterInterval = m.group(5).substring(m.group(5).indexOf(']') + 1).strip();
            assertTrue(afterInterval.startsWith("0 "), "change 0: " + m.group());
        }
    }

    @Test
    void previousSavedJsonWithoutTheJsonExtensionIsRecognised() throws IOException {
        Path prev = dir.resolve("prev.txt");
        assertEquals(0, score("--sample", "--format", "json", "--out", prev.toString()).code());
        JsonNode root = json("--sample", "--previous", prev.toString());
        for (JsonNode u : root.get("units")) {
            assertEquals(0, u.get("rankChange").intValue(), u.toString());
        }
    }

    @Test
    void previousResponsesOfTheSameDataGiveRankChangeZero() throws IOException {
        JsonNode root = json(laocai("--previous", LAOCAI.toString()));
        assertEquals(9, root.get("units").size());
        for (JsonNode u : root.get("units")) {
            assertEquals(0, u.get("rankChange").intValue(), u.toString());
        }
    }

    @Test
    void previousResponsesGiveThePreviousRanksOfThatPeriod() throws IOException {
        // previous period: the Lào Cai fixture, whose ranks R gives in the "rank" column of the SIPAS rows of
        // scoring/src/test/resources/fixtures/sipas2017-laocai.expected.csv (R 4.2.2, survey 4.1-1)
        Map<String, Integer> previous = new HashMap<>();
        try (Reader r = Files.newBufferedReader(EXPECTED, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (row.get("id").equals("SIPAS")) {
                    previous.put(row.get("unit"), Integer.valueOf(row.get("rank")));
                }
            }
        }
        assertEquals(9, previous.size());
        JsonNode root = json("--sample", "--previous", LAOCAI.toString());
        for (JsonNode u : root.get("units")) {
            String name = u.get("unit").textValue();
            assertTrue(previous.containsKey(name), name);
            int prev = previous.get(name);
            assertEquals(prev, u.get("previousRank").intValue(), name);
            assertEquals(prev - u.get("rank").intValue(), u.get("rankChange").intValue(), name);
        }
    }

    @Test
    void previousFileThatDoesNotExistIsOneLineAndExitTwo() {
        CommandLineRun run = score("--sample", "--previous", dir.resolve("nope.json").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("sipas: no such file: "), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    // ---- intervals -----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"wilson, wilson", "clopper-pearson, cp", "logit, logit", "wald, wald"})
    void ciMethodSetsTheCriteriaLimitsAsTheReference(String method, String column) throws IOException {
        JsonNode root = json(laocai("--ci", method));
        assertEquals(method, root.get("method").textValue());
        JsonNode u = unit(root, "Bát Xát");
        int checked = 0;
        // R 4.2.2 survey 4.1-1, <column>_lower/<column>_upper of sipas2017-laocai.expected.csv
        for (CSVRecord ref : reference("Bát Xát")) {
            String id = ref.get("id");
            if (id.length() != 2) {
                continue;
            }
            JsonNode i = item(u, id);
            assertEquals(Double.parseDouble(ref.get(column + "_lower")), i.get("lower").doubleValue(), TOL,
                    method + " " + id + " lower");
            assertEquals(Double.parseDouble(ref.get(column + "_upper")), i.get("upper").doubleValue(), TOL,
                    method + " " + id + " upper");
            assertEquals(Double.parseDouble(ref.get("value")), i.get("value").doubleValue(), TOL, id);
            checked++;
        }
        assertEquals(22, checked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.95", "0.9"})
    void ciBetaGivesSvycipropBetaLimits(String level) throws IOException {
        JsonNode root = json(laocai("--ci", "beta", "--level", level));
        assertEquals("beta", root.get("method").textValue());
        JsonNode u = unit(root, "Bát Xát");
        int checked = 0;
        // R 4.2.2 survey 4.1.1 svyciprop(method = "beta", df = Inf), scoring's intervals/beta.expected.csv (its script
        // beta_reference.R beside it); 1e-9 on the percent scale
        try (Reader r = Files.newBufferedReader(io.github.sipas.core.testing.Fixtures.path(
                "intervals/beta.expected.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord ref : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (ref.get("fixture").equals("sipas2017-laocai") && ref.get("level").equals(level)
                        && ref.get("unit").equals("Bát Xát")) {
                    JsonNode i = item(u, ref.get("id"));
                    assertEquals(Double.parseDouble(ref.get("lower")), i.get("lower").doubleValue(), TOL,
                            ref.get("id") + " lower");
                    assertEquals(Double.parseDouble(ref.get("upper")), i.get("upper").doubleValue(), TOL,
                            ref.get("id") + " upper");
                    checked++;
                }
            }
        }
        assertEquals(22, checked);
    }

    @Test
    void ciMethodsGiveDifferentCriteriaLimits() throws IOException {
        Set<Double> lowers = new HashSet<>();
        for (String m : List.of("wilson", "clopper-pearson", "logit", "wald", "beta")) {
            lowers.add(item(unit(json(laocai("--ci", m)), "Bát Xát"), "A1").get("lower").doubleValue());
        }
        assertEquals(5, lowers.size(), lowers.toString());
    }

    @Test
    void lowerLevelNarrowsEveryInterval() throws IOException {
        JsonNode wide = json(laocai());
        JsonNode narrow = json(laocai("--level", "0.9"));
        assertEquals(0.9, narrow.get("level").doubleValue());
        int strictly = 0;
        for (JsonNode w : wide.get("units")) {
            JsonNode n = unit(narrow, w.get("unit").textValue());
            List<JsonNode> we = estimates(w);
            List<JsonNode> ne = estimates(n);
            assertEquals(we.size(), ne.size());
            for (int k = 0; k < we.size(); k++) {
                JsonNode a = we.get(k);
                JsonNode b = ne.get(k);
                String where = w.get("unit").textValue() + " " + (a.has("id") ? a.get("id").textValue() : "index");
                assertEquals(a.get("value").doubleValue(), b.get("value").doubleValue(), where);
                assertEquals(a.get("se").doubleValue(), b.get("se").doubleValue(), where);
                // to 1e-9: at p = 1 the Wilson upper limit at 0.95 is 1 ulp below 100 (see ScoreJsonTest)
                assertTrue(b.get("lower").doubleValue() >= a.get("lower").doubleValue() - TOL, where);
                assertTrue(b.get("upper").doubleValue() <= a.get("upper").doubleValue() + TOL, where);
                double wWidth = a.get("upper").doubleValue() - a.get("lower").doubleValue();
                double nWidth = b.get("upper").doubleValue() - b.get("lower").doubleValue();
                if (nWidth < wWidth) {
                    strictly++;
                }
            }
            assertTrue(estimates(n).get(0).get("upper").doubleValue() - estimates(n).get(0).get("lower").doubleValue()
                    < estimates(w).get(0).get("upper").doubleValue() - estimates(w).get(0).get("lower").doubleValue(),
                    "the overall interval is strictly narrower: " + w.get("unit"));
        }
        // 9 units × (index + 5 elements + 22 criteria): Wilson limits always narrow, and no Wald interval of this
        // fixture is clipped at both ends
        assertEquals(9 * 28, strictly);
    }

    // ---- usage errors --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--ci|bogus|--ci must be one of wilson, clopper-pearson, logit, wald, beta, not 'bogus'",
        "--level|1.5|--level must be in (0, 1), not 1.5",
        "--format|xml|--format must be one of table, json, csv, xlsx, not 'xml'",
        "--by|,|--by takes COLUMN or unit,COLUMN, not ','"})
    void badOptionValueIsAUsageErrorNamingTheOptionAndWhatIsAllowed(String option, String value, String message) {
        CommandLineRun run = score("--sample", option, value);
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals("sipas: " + message + " (see: sipas score --help)", run.err().lines().findFirst().orElse(""),
                run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"--ci|bogus", "--level|1.5", "--format|xml", "--by|,"})
    void badOptionValueIsOneLineOnStandardError(String option, String value) {
        CommandLineRun run = score("--sample", option, value);
        assertEquals(2, run.code(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    // ---- grouping ------------------------------------------------------------------------------------------------

    @Test
    void byGenderGivesTwoGroupsWithGroupInTheJson() throws IOException {
        JsonNode root = json("--sample", "--by", "gender");
        assertEquals(2, root.get("units").size());
        assertEquals("{\"unit\":false,\"attribute\":\"gender\"}", root.get("grouping").toString());
        Set<String> groups = new HashSet<>();
        for (JsonNode u : root.get("units")) {
            assertEquals(u.get("group").textValue(), u.get("unit").textValue(), "unit names the group: " + u);
            groups.add(u.get("group").textValue());
            assertEquals(u.get("group").textValue(), u.get("label").textValue());
            assertTrue(u.get("rank").isIntegralNumber());
        }
        // the sample's gender column (examples/src/main/resources/io/github/sipas/examples/laocai-2023-sample.csv)
        assertEquals(Set.of("Nam", "Nữ"), groups);
        assertEquals(SAMPLE_FORMS, respondents(root));
    }

    @Test
    void aCustomInstrumentsCsvNamesItsOverallRowIndexAndByGenderItsGroupsInUnitAndGroupBy() throws IOException {
        Path survey = dir.resolve("clinic.json");
        java.nio.file.Files.writeString(survey, """
                {"id": "clinic", "version": "1", "title": {"vi": "Trạm y tế", "en": "Clinic"},
                 "source": {"document": "Test", "confidence": "inferred"},
                 "scales": [{"id": "sat3", "title": {"vi": "Hài lòng", "en": "Satisfaction"},
                             "points": [{"code": 1, "label": {"vi": "Không", "en": "No"}},
                                        {"code": 2, "label": {"vi": "Vừa", "en": "So-so"}},
                                        {"code": 3, "label": {"vi": "Có", "en": "Yes"}}], "satisfied": [3]}],
                 "elements": [{"id": "P", "title": {"vi": "Tiếp đón", "en": "Reception"}}],
                 "items": [{"id": "P1", "element": "P", "scale": "sat3", "text": {"vi": "Chào", "en": "Welcome"}},
                           {"id": "P2", "element": "P", "scale": "sat3", "text": {"vi": "Chờ", "en": "Wait"}}]}
                """);
        StringBuilder csv = new StringBuilder("response_id,unit,gender,P1,P2\n");
        for (int i = 0; i < 24; i++) {
            csv.append("r").append(i).append(i < 12 ? ",Trạm A," : ",Trạm B,").append(i % 2 == 0 ? "Nam" : "Nữ")
                    .append(',').append(1 + i % 3).append(',').append(1 + (i / 3) % 3).append('\n');
        }
        Path responses = dir.resolve("clinic.csv");
        java.nio.file.Files.writeString(responses, csv);
        CommandLineRun plain = score("--survey", survey.toString(), "--responses", responses.toString(), "--format",
                "csv");
        assertEquals(0, plain.code(), plain.err());
        List<String> lines = plain.out().lines().toList();
        assertTrue(lines.get(0).startsWith("unit,name,group,index,id,"), lines.get(0));
        assertTrue(lines.get(1).matches("Trạm [AB],Trạm [AB],,satisfaction,index,12,.*"), lines.get(1));
        assertTrue(lines.stream().noneMatch(l -> l.contains(",SIPAS,")), plain.out());
        CommandLineRun byGender = score("--survey", survey.toString(), "--responses", responses.toString(),
                "--by", "gender", "--min-cell", "5", "--format", "csv");
        assertEquals(0, byGender.code(), byGender.err());
        lines = byGender.out().lines().toList();
        assertTrue(lines.get(0).startsWith("unit,name,group,group_by,index,id,"), lines.get(0));
        assertTrue(lines.get(1).matches("(Nam,Nam,Nam|Nữ,Nữ,Nữ),gender,satisfaction,index,12,.*"), lines.get(1));
        CommandLineRun table = score("--survey", survey.toString(), "--responses", responses.toString(),
                "--by", "unit,gender", "--min-cell", "5");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("Rank  Unit / gender  ")), table.out());
    }

    @Test
    void byUnitAndGenderGivesEveryUnitTimesGender() throws IOException {
        JsonNode byUnit = json("--sample");
        JsonNode root = json("--sample", "--by", "unit,gender");
        assertEquals(9 * 2, root.get("units").size());
        Set<String> units = new HashSet<>();
        Map<String, Long> forms = new HashMap<>();
        for (JsonNode u : root.get("units")) {
            String unit = u.get("unit").textValue();
            units.add(unit);
            assertTrue(Set.of("Nam", "Nữ").contains(u.get("group").textValue()), u.toString());
            assertEquals(unit + " / " + u.get("group").textValue(), u.get("label").textValue());
            forms.merge(unit, u.get("respondents").longValue(), Long::sum);
        }
        assertEquals(9, units.size());
        for (JsonNode u : byUnit.get("units")) {
            assertEquals(u.get("respondents").longValue(), forms.get(u.get("unit").textValue()), u.toString());
        }
    }

    @Test
    void byUnitAloneIsTheDefaultGrouping() throws IOException {
        assertEquals(json("--sample"), json("--sample", "--by", "unit"));
    }

    @Test
    void byAColumnThatIsNotInTheFileIsAUsageError() {
        CommandLineRun run = score("--sample", "--by", "gendre");
        assertEquals(2, run.code(), run.out());
        assertTrue(run.err().contains("gendre"), run.err());
    }

    // ---- variants, unit lists, unreliable units ------------------------------------------------------------------

    @Test
    void variantsAddTheVariantIndicesToTheJson() throws IOException {
        json("--sample").get("units").forEach(u -> assertFalse(u.has("variants")));
        JsonNode root = json("--sample", "--variants");
        for (JsonNode u : root.get("units")) {
            JsonNode v = u.get("variants");
            assertTrue(v != null && v.isObject(), u.get("unit").toString());
            for (String name : List.of("mean-score", "very-satisfied", "all-satisfied")) {
                assertTrue(v.has(name), name);
                assertTrue(v.get(name).get("value").isNumber(), name);
            }
        }
        CommandLineRun csv = score("--sample", "--variants", "--format", "csv");
        // per unit: 28 satisfaction rows, 28 mean-score, 28 very-satisfied, 1 all-satisfied
        assertEquals(1 + 9 * (28 + 28 + 28 + 1), csv.out().lines().count());
    }

    @Test
    void unitListGivesIdsInUnitAndNamesInName() throws IOException {
        UnitList list = UnitList.bundled("laocai-2023");
        JsonNode plain = json("--sample");
        JsonNode root = json("--sample", "--units", "laocai-2023");
        assertEquals(9, root.get("units").size());
        for (int i = 0; i < 9; i++) {
            JsonNode u = root.get("units").get(i);
            String id = u.get("unit").textValue();
            assertEquals(list.unit(id).name(), u.get("name").textValue(), id);
            assertEquals(plain.get("units").get(i).get("unit").textValue(), u.get("name").textValue(),
                    "the sample writes the units by their list names");
            assertFalse(id.equals(u.get("name").textValue()), id);
        }
        CommandLineRun table = score("--sample", "--units", "laocai-2023");
        List<Matcher> rows = tableRows(table.out());
        for (int i = 0; i < 9; i++) {
            assertEquals(root.get("units").get(i).get("name").textValue(), rows.get(i).group(2),
                    "the table shows names");
        }
    }

    @Test
    void unitListIdsAreTheLabelsOfASavedPreviousPeriod() throws IOException {
        Path prev = dir.resolve("prev.json");
        assertEquals(0, score("--sample", "--units", "laocai-2023", "--format", "json", "--out", prev.toString())
                .code());
        JsonNode root = json("--sample", "--units", "laocai-2023", "--previous", prev.toString());
        for (JsonNode u : root.get("units")) {
            assertEquals(0, u.get("rankChange").intValue(), u.toString());
        }
    }

    @Test
    void excludeUnreliableLeavesSmallUnitsUnrankedWithAReason() throws IOException {
        JsonNode root = json("--sample", "--min-respondents", "200", "--exclude-unreliable");
        assertEquals(200, root.get("ranking").get("reliabilityThreshold").intValue());
        assertTrue(root.get("ranking").get("excludeUnreliable").booleanValue());
        int ranked = 0;
        int unranked = 0;
        for (JsonNode u : root.get("units")) {
            long n = u.get("respondents").longValue();
            if (n < 200) {
                unranked++;
                assertTrue(u.get("rank").isNull(), u.toString());
                assertTrue(u.get("reason").textValue().contains("200"), u.toString());
                assertEquals("few-respondents", u.get("flags").get(0).textValue());
                assertTrue(u.get("index").get("value").isNumber(), "still scored: " + u.get("unit"));
            } else {
                ranked++;
                assertEquals(ranked, u.get("rank").intValue(), "ranked units first, ranks without gaps");
                assertEquals(0, u.get("flags").size());
                assertFalse(u.has("reason"));
            }
        }
        assertEquals(9, ranked + unranked);
        assertTrue(ranked > 0 && unranked > 0, "the threshold splits the sample");
        CommandLineRun table = score("--sample", "--min-respondents", "200", "--exclude-unreliable");
        assertEquals(unranked, table.out().lines().filter(l -> l.contains("not ranked: ")).count(), table.out());
    }

    @Test
    void smallUnitsAreFlaggedButRankedUnlessExcluded() throws IOException {
        JsonNode root = json("--sample", "--min-respondents", "200");
        for (JsonNode u : root.get("units")) {
            assertTrue(u.get("rank").isIntegralNumber(), u.toString());
            assertEquals(u.get("respondents").longValue() < 200 ? 1 : 0, u.get("flags").size(), u.toString());
        }
    }

    // ---- small cells and personal fields -------------------------------------------------------------------------

    /**
     * 71 synthetic forms with personal columns, made by make_personal_fields.py beside it (see its docstring): Bảo Yên
     * 15 + 15 forms (men + women), Bắc Hà 20 + 4, Si Ma Cai 6 + 6, Mường Khương 3 + 2.
     */
    static final Path PERSONAL = io.github.sipas.core.testing.Fixtures.path("privacy/personal-fields.csv");

    static String[] personal(String... more) {
        List<String> args = new ArrayList<>(List.of("--survey", "sipas-2017", "--responses", PERSONAL.toString()));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    /** Every value of the personal columns of {@link #PERSONAL}: 71 forms × 5 columns. */
    static List<String> personalValues() throws IOException {
        List<String> values = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(PERSONAL, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : p) {
                for (String c : List.of("Họ và tên", "Số điện thoại", "Địa chỉ", "Email", "Số CCCD")) {
                    values.add(r.get(c));
                }
            }
        }
        assertEquals(71 * 5, values.size());
        return values;
    }

    static void assertNoPersonalValue(String output) throws IOException {
        for (String v : personalValues()) {
            assertFalse(output.contains(v), "personal value '" + v + "' was written");
        }
    }

    @Test
    void tableShowsTheMarkerInPlaceOfASmallUnitsIndexAndSaysSoOnStandardError() throws IOException {
        CommandLineRun run = score(personal());
        assertEquals(0, run.code(), run.err());
        List<Matcher> rows = tableRows(run.out());
        assertEquals(List.of("1", "2", "3", "-"), rows.stream().map(m -> m.group(1)).toList(), run.out());
        assertEquals("n<10", rows.get(3).group(4));
        assertEquals("5", rows.get(3).group(3));
        String small = run.out().lines().filter(l -> l.contains("Mường Khương")).findFirst().orElseThrow();
        assertTrue(small.matches("^\\s+-  Mường Khương\\s+5\\s+n<10  suppressed\\s+few-respondents not ranked: "
                + "suppressed: 5 respondents, fewer than the 10 needed to publish a figure$"), small);
        assertTrue(run.out().contains("n<10: suppressed, fewer than 10 forms; x: suppressed to protect"), run.out());
        assertTrue(run.err().contains("suppressed 1 of 4 cells (1 with fewer than 10 forms, 0 complementary): "
                + "Mường Khương; their figures are not published and they are not ranked (--min-cell 10)"),
                run.err());
        assertNoPersonalValue(run.out() + run.err());
    }

    @Test
    void tableByUnitAndGenderMarksTheComplementX() throws IOException {
        CommandLineRun run = score(personal("--by", "unit,gender"));
        assertEquals(0, run.code(), run.err());
        String complement = run.out().lines().filter(l -> l.contains("Bắc Hà / Nam")).findFirst().orElseThrow();
        assertTrue(complement.matches("^\\s+-  Bắc Hà / Nam\\s+20\\s+x  suppressed\\s+.*complementary.*$"), complement);
        assertEquals(2, tableRows(run.out()).stream().filter(m -> !m.group(1).equals("-")).count(),
                "Bảo Yên's two cells are ranked: " + run.out());
        assertTrue(run.err().contains("suppressed 6 of 8 cells (5 with fewer than 10 forms, 1 complementary)"),
                run.err());
        assertNoPersonalValue(run.out() + run.err());
    }

    @Test
    void jsonGivesTheSuppressedUnitWithoutFigures() throws IOException {
        JsonNode root = json(personal());
        assertEquals(10, root.get("disclosure").get("minRespondents").intValue());
        assertEquals(1, root.get("disclosure").get("suppressed").intValue());
        JsonNode small = unit(root, "Mường Khương");
        assertTrue(small.get("suppressed").booleanValue());
        assertEquals("small-cell", small.get("suppression").textValue());
        assertEquals(5, small.get("respondents").intValue());
        assertFalse(small.has("index") || small.has("items") || small.has("elements") || small.has("rounded"));
        assertEquals(71, respondents(root), "the forms of a suppressed unit are still counted");
        assertNoPersonalValue(MAPPER.writeValueAsString(root));
        JsonNode grouped = json(personal("--by", "unit,gender"));
        assertEquals(6, grouped.get("disclosure").get("suppressed").intValue());
        assertEquals("complementary", unit(grouped, "Bắc Hà / Nam").get("suppression").textValue());
    }

    @Test
    void csvLeavesTheFiguresEmptyWithStatusSuppressed() throws IOException {
        CommandLineRun run = score(personal("--format", "csv"));
        assertEquals(0, run.code(), run.err());
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out()))) {
            List<CSVRecord> rows = p.getRecords();
            // 3 published units × 28 rows, and one row for Mường Khương.
            assertEquals(3 * 28 + 1, rows.size());
            CSVRecord small = rows.stream().filter(r -> r.get("unit").equals("Mường Khương")).findFirst()
                    .orElseThrow();
            assertEquals("suppressed", small.get("status"));
            assertEquals("5", small.get("respondents"));
            assertEquals("", small.get("value"));
            assertEquals("", small.get("lower"));
            assertEquals("", small.get("rank"));
        }
        assertNoPersonalValue(run.out() + run.err());
    }

    @Test
    void minCellOneSuppressesNothingAndSaysNothing() throws IOException {
        CommandLineRun run = score(personal("--min-cell", "1"));
        assertEquals(0, run.code(), run.err());
        assertEquals(4, tableRows(run.out()).size(), run.out());
        assertFalse(run.err().contains("suppressed"), run.err());
        assertFalse(run.out().contains("n<"), run.out());
        JsonNode root = json(personal("--min-cell", "1", "--by", "unit,gender"));
        assertEquals(0, root.get("disclosure").get("suppressed").intValue());
        assertEquals(8, ranked(root));
    }

    @Test
    void minCellRaisesTheThreshold() throws IOException {
        // 12 forms in Si Ma Cai: suppressed below 13, not at 12.
        assertEquals(2, json(personal("--min-cell", "13")).get("disclosure").get("suppressed").intValue());
        assertEquals(1, json(personal("--min-cell", "12")).get("disclosure").get("suppressed").intValue());
    }

    private static int ranked(JsonNode root) {
        int n = 0;
        for (JsonNode u : root.get("units")) {
            n += u.get("rank").isNull() ? 0 : 1;
        }
        return n;
    }

    @ParameterizedTest
    @CsvSource({"0", "-3"})
    void minCellBelowOneIsAUsageError(String k) {
        CommandLineRun run = score(personal("--min-cell", k));
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--min-cell must be at least 1 (1 suppresses nothing), not " + k), run.err());
    }

    @ParameterizedTest
    @CsvSource({"Số điện thoại", "'unit,Họ và tên'", "Email"})
    void groupingByAPersonalColumnIsAUsageError(String by) throws IOException {
        CommandLineRun run = score(personal("--by", by));
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("is a personal field"), run.err());
        assertEquals("", run.out());
        assertNoPersonalValue(run.err());
    }

    @Test
    void previousSavedWithASuppressedUnitGivesItNoPreviousRank() throws IOException {
        Path prev = dir.resolve("prev.json");
        assertEquals(0, score(personal("--format", "json", "--out", prev.toString())).code());
        // Now everything is published: Mường Khương is ranked, but was not then, so it is new.
        JsonNode root = json(personal("--min-cell", "1", "--previous", prev.toString()));
        JsonNode small = unit(root, "Mường Khương");
        assertTrue(small.get("rank").isInt());
        assertTrue(small.get("previousRank").isNull());
        assertTrue(small.get("rankChange").isNull());
        CommandLineRun table = score(personal("--min-cell", "1", "--previous", prev.toString()));
        String row = table.out().lines().filter(l -> l.contains("Mường Khương")).findFirst().orElseThrow();
        assertTrue(row.contains(" new "), row);
    }

    @Test
    void previousResponsesAreRankedWithTheSameRule() throws IOException {
        // The same responses as the previous period: Mường Khương was suppressed then and is now, the three
        // published units keep their ranks.
        JsonNode root = json(personal("--previous", PERSONAL.toString()));
        for (JsonNode u : root.get("units")) {
            if (u.get("suppressed").booleanValue()) {
                assertTrue(u.get("previousRank").isNull(), u.toString());
            } else {
                assertEquals(0, u.get("rankChange").intValue(), u.toString());
            }
        }
        // With a rule of 1 now and then, Mường Khương's previous rank is its rank among the four.
        JsonNode all = json(personal("--min-cell", "1", "--previous", PERSONAL.toString()));
        assertEquals(0, unit(all, "Mường Khương").get("rankChange").intValue());
    }

    @Test
    void helpDocumentsMinCell() {
        CommandLineRun run = score("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("--min-cell=K"), run.out());
        assertTrue(run.out().contains("1 suppresses nothing (default 10)"), run.out());
    }

    // ---- rank sets, changes and Fay-Herriot (--rank-sets, --previous, --fay-herriot) -------------------------------

    static final Path WEIGHTED = io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-laocai-weighted.csv");

    /**
     * Checks the rank sets of a JSON result against what any critical value c of the run allows. A pair of units
     * whose standardized difference z = |x_j − x_k| / √(se_j² + se_k²) is at most 1.645 (the one-sided 95 % normal
     * quantile: c is the 95 % quantile of a maximum over at least one directed pair, so c ≥ 1.645) is never
     * established; a pair with z above 3.6 always is (c ≤ the Bonferroni bound z(1 − 0.05 / 72) = 3.20 for 9 units'
     * 72 directed pairs, plus a margin for the simulation error of 1,000 draws). So each unit's lower bound lies
     * between 1 + the units surely above it and 1 + the units possibly above it, and its upper bound likewise.
     */
    static void assertSetsAgreeWithTheStandardizedDifferences(JsonNode root) {
        List<JsonNode> ranked = new ArrayList<>();
        root.get("units").forEach(u -> {
            if (u.get("rank").isInt()) {
                ranked.add(u);
            }
        });
        int p = ranked.size();
        assertEquals(p, root.get("rankSets").get("units").intValue());
        for (JsonNode j : ranked) {
            double xj = j.get("index").get("value").doubleValue();
            double sj = j.get("index").get("se").doubleValue();
            int surelyAbove = 0;
            int maybeAbove = 0;
            int surelyBelow = 0;
            int maybeBelow = 0;
            for (JsonNode k : ranked) {
                if (k == j) {
                    continue;
                }
                double xk = k.get("index").get("value").doubleValue();
                double sk = k.get("index").get("se").doubleValue();
                double z = Math.abs(xj - xk) / Math.sqrt(sj * sj + sk * sk);
                if (xk > xj) {
                    surelyAbove += z > 3.6 ? 1 : 0;
                    maybeAbove += z > 1.645 ? 1 : 0;
                } else if (xk < xj) {
                    surelyBelow += z > 3.6 ? 1 : 0;
                    maybeBelow += z > 1.645 ? 1 : 0;
                }
            }
            JsonNode set = j.get("rankSet");
            int lower = set.get("lower").intValue();
            int upper = set.get("upper").intValue();
            String unit = j.get("unit").textValue();
            assertTrue(1 + surelyAbove <= lower && lower <= 1 + maybeAbove, unit + " lower " + lower);
            assertTrue(p - maybeBelow <= upper && upper <= p - surelyBelow, unit + " upper " + upper);
            int rank = j.get("rank").intValue();
            assertTrue(lower <= rank && rank <= upper, unit + ": the set holds the rank " + rank);
        }
    }

    @Test
    void rankSetsOfTheFixtureAgreeWithTheStandardizedDifferences() throws IOException {
        JsonNode root = json(laocai("--rank-sets"));
        JsonNode sets = root.get("rankSets");
        assertEquals("two-sided", sets.get("type").textValue());
        assertTrue(sets.get("simultaneous").booleanValue());
        assertEquals(0.95, sets.get("level").doubleValue(), 0.0, "the run's --level");
        assertEquals(1000, sets.get("draws").intValue(), "the default --draws");
        assertEquals(1, sets.get("seed").longValue(), "the default --seed");
        assertSetsAgreeWithTheStandardizedDifferences(root);
        // the leader's group: the leader and every unit whose set overlaps its set
        JsonNode leader = root.get("units").get(0);
        List<String> tied = new ArrayList<>();
        sets.get("tiedWithLeader").get("units").forEach(n -> tied.add(n.textValue()));
        for (JsonNode u : root.get("units")) {
            boolean overlaps = u.get("rankSet").get("lower").intValue() <= leader.get("rankSet").get("upper")
                    .intValue();
            assertEquals(overlaps, tied.contains(u.get("unit").textValue()), u.get("unit").textValue());
        }
    }

    @Test
    void rankSetsOfTheWeightedFixtureAgreeWithTheStandardizedDifferences() throws IOException {
        JsonNode root = json("--survey", "sipas-2017", "--responses", WEIGHTED.toString(), "--rank-sets");
        assertSetsAgreeWithTheStandardizedDifferences(root);
    }

    @Test
    void tableShowsTheRankSetColumnAndTheTiedGroups() throws IOException {
        CommandLineRun run = score(laocai("--rank-sets"));
        assertEquals(0, run.code(), run.err());
        JsonNode root = json(laocai("--rank-sets"));
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(2).matches("Rank  Unit +Forms   Index  95% interval      Rank set  Change  Tier +Flags"),
                lines.get(2));
        List<Matcher> rows = tableRows(run.out());
        assertEquals(9, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode set = root.get("units").get(i).get("rankSet");
            int lower = set.get("lower").intValue();
            int upper = set.get("upper").intValue();
            String shown = lower == upper ? Integer.toString(lower) : lower + "–" + upper;
            assertTrue(rows.get(i).group(5).strip().startsWith("[") && rows.get(i).group(5).contains("]  " + shown
                    + " "), rows.get(i).group(0));
        }
        StringBuilder leader = new StringBuilder();
        root.get("rankSets").get("tiedWithLeader").get("units").forEach(n -> leader.append(
                leader.length() == 0 ? "" : ", ").append(n.textValue()));
        assertTrue(run.out().contains("Statistically tied with the leader (Bảo Yên): " + leader + ".\n"), run.out());
        assertTrue(run.out().contains("Statistically tied with the laggard (Thành phố Lào Cai): "), run.out());
    }

    @Test
    void withoutRankSetsTheOutputsHaveNoneOfTheirFields() throws IOException {
        CommandLineRun table = score(laocai());
        assertTrue(table.out().lines().anyMatch(l -> l.matches(
                "Rank  Unit +Forms   Index  95% interval      Change  Tier +Flags")), table.out());
        assertFalse(table.out().contains("Rank set") || table.out().contains("tied"), table.out());
        JsonNode root = json(laocai());
        assertFalse(root.has("rankSets") || root.has("fayHerriot"));
        assertFalse(root.get("units").get(0).has("rankSet"));
        CommandLineRun csv = score(laocai("--format", "csv"));
        assertEquals(String.join(",", ScoreCsv.HEADER), csv.out().lines().findFirst().orElseThrow());
    }

    @Test
    void theSameSeedGivesTheSameOutputAndTheDefaultSeedIsOne() {
        CommandLineRun a = score(laocai("--rank-sets", "--seed", "20240611", "--format", "json"));
        CommandLineRun b = score(laocai("--rank-sets", "--seed", "20240611", "--format", "json"));
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        assertTrue(a.out().contains("\"seed\" : 20240611"), "the seed is in the output");
        assertEquals(score(laocai("--rank-sets")).out(), score(laocai("--rank-sets", "--seed", "1")).out());
    }

    /** Scores the weighted fixture and saves it as JSON: the previous period of the unweighted one. */
    private Path weightedSaved() {
        Path saved = dir.resolve("weighted.json");
        CommandLineRun run = score("--survey", "sipas-2017", "--responses", WEIGHTED.toString(), "--format", "json",
                "--out", saved.toString());
        assertEquals(0, run.code(), run.err());
        return saved;
    }

    @Test
    void previousSavedJsonGivesChangeRangesAndIndexChangesInJsonAndCsv() throws IOException {
        Path saved = weightedSaved();
        JsonNode before = MAPPER.readTree(saved.toFile());
        JsonNode root = json(laocai("--rank-sets", "--previous", saved.toString()));
        assertEquals(9, root.get("rankSets").get("changes").get("previousUnits").intValue());
        CommandLineRun csv = score(laocai("--rank-sets", "--previous", saved.toString(), "--format", "csv"));
        Map<String, CSVRecord> overall = new HashMap<>();
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.out()))) {
            for (CSVRecord r : p.getRecords()) {
                if (r.get("id").equals("SIPAS")) {
                    overall.put(r.get("unit"), r);
                }
            }
        }
        double z975 = 1.959963984540054; // the 97.5 % standard normal quantile, for the 95 % interval
        for (JsonNode u : root.get("units")) {
            String name = u.get("unit").textValue();
            JsonNode then = unit(before, name);
            JsonNode range = u.get("rankChangeSet");
            int change = u.get("rankChange").intValue();
            assertTrue(range.get("lower").intValue() <= change && change <= range.get("upper").intValue(),
                    name + ": the range holds the change " + change);
            JsonNode d = u.get("indexChange");
            double x1 = u.get("index").get("value").doubleValue();
            double x0 = then.get("index").get("value").doubleValue();
            double s1 = u.get("index").get("se").doubleValue();
            double s0 = then.get("index").get("se").doubleValue();
            // IndexDifference's definition: current - previous, SE of independent samples, Wald interval
            assertEquals(x1 - x0, d.get("difference").doubleValue(), 1e-12, name);
            assertEquals(Math.sqrt(s0 * s0 + s1 * s1), d.get("se").doubleValue(), 1e-12, name);
            assertEquals(x1 - x0 - z975 * d.get("se").doubleValue(), d.get("lower").doubleValue(), 1e-9, name);
            assertEquals(d.get("lower").doubleValue() > 0 || d.get("upper").doubleValue() < 0,
                    d.get("significant").booleanValue(), name);
            CSVRecord r = overall.get(name);
            assertEquals(range.get("lower").intValue(), Integer.parseInt(r.get("rank_change_lower")), name);
            assertEquals(d.get("pValue").doubleValue(), Double.parseDouble(r.get("index_change_p")), 0.0, name);
            assertEquals(u.get("rankSet").get("upper").intValue(), Integer.parseInt(r.get("rank_upper")), name);
        }
    }

    @Test
    void previousResponsesGiveTheSameChangesAsTheirSavedJson() throws IOException {
        JsonNode fromJson = json(laocai("--rank-sets", "--previous", weightedSaved().toString()));
        JsonNode fromCsv = json(laocai("--rank-sets", "--previous", WEIGHTED.toString()));
        for (int i = 0; i < 9; i++) {
            JsonNode a = fromJson.get("units").get(i);
            JsonNode b = fromCsv.get("units").get(i);
            assertEquals(a.get("rankChangeSet"), b.get("rankChangeSet"));
            assertEquals(a.get("indexChange").get("difference").doubleValue(),
                    b.get("indexChange").get("difference").doubleValue(), 0.0, "the JSON keeps full precision");
        }
    }

    @Test
    void tableWithAPreviousPeriodShowsTheChangeRangeAndIndexChange() {
        CommandLineRun run = score(laocai("--rank-sets", "--previous", weightedSaved().toString()));
        assertEquals(0, run.code(), run.err());
        String header = run.out().lines().filter(l -> l.startsWith("Rank ")).findFirst().orElseThrow();
        assertTrue(header.contains("Change  Change set   Δ index      p  Tier"), header);
        assertTrue(run.out().contains("Change set: the change of rank"), run.out());
        assertEquals(9, tableRows(run.out()).size());
    }

    @Test
    void suppressedUnitsTakeNoPartInTheRankSets() throws IOException {
        // Si Ma Cai (90 forms) and Mường Khương (92) are below 95; every other unit has at least 98
        JsonNode root = json(laocai("--rank-sets", "--min-cell", "95"));
        assertEquals(2, root.get("disclosure").get("suppressed").intValue());
        assertEquals(7, root.get("rankSets").get("units").intValue());
        for (JsonNode u : root.get("units")) {
            if (u.get("suppressed").booleanValue()) {
                assertFalse(u.has("rankSet"), u.toString());
            } else {
                assertTrue(u.get("rankSet").get("upper").intValue() <= 7, u.toString());
            }
        }
        String groups = root.get("rankSets").toString();
        assertFalse(groups.contains("Si Ma Cai") || groups.contains("Mường Khương"), groups);
    }

    @Test
    void marginalAndOneSidedSetsAreSaidAtTheRoot() throws IOException {
        JsonNode marginal = json(laocai("--rank-sets", "--marginal"));
        assertFalse(marginal.get("rankSets").get("simultaneous").booleanValue());
        assertFalse(marginal.get("rankSets").has("tiedWithLeader"), "groups need simultaneous sets");
        JsonNode lower = json(laocai("--rank-sets", "--rank-set-type", "lower"));
        assertEquals("lower", lower.get("rankSets").get("type").textValue());
        // a lower set bounds the best rank only: its upper end is the number of units (RankSetType.LOWER)
        lower.get("units").forEach(u -> assertEquals(9, u.get("rankSet").get("upper").intValue()));
        JsonNode upper = json(laocai("--rank-sets", "--rank-set-type", "upper"));
        upper.get("units").forEach(u -> assertEquals(1, u.get("rankSet").get("lower").intValue()));
    }

    @Test
    void fayHerriotIsBesideTheDirectIndexBetweenItAndTheModelMean() throws IOException {
        JsonNode root = json(laocai("--fay-herriot"));
        assertFalse(root.has("rankSets"), "--fay-herriot alone asks for no rank set");
        JsonNode fh = root.get("fayHerriot");
        assertEquals("arcsine", fh.get("scale").textValue(), "the default scale");
        assertTrue(fh.get("converged").booleanValue());
        // on the arcsine scale the estimate is β + (1 − B)(y − β), between y and β; back on the index scale,
        // 100 sin²(θ) is monotone, so the estimate lies between the direct index and 100 sin²(β)
        double mean = 100 * Math.pow(Math.sin(fh.get("coefficients").get(0).doubleValue()), 2);
        for (JsonNode u : root.get("units")) {
            double direct = u.get("index").get("value").doubleValue();
            double eb = u.get("fayHerriot").get("estimate").doubleValue();
            assertTrue(Math.min(direct, mean) - 1e-9 <= eb && eb <= Math.max(direct, mean) + 1e-9,
                    u.get("unit") + ": " + eb + " not between " + direct + " and " + mean);
            assertTrue(u.get("rounded").isNumber(), "the direct index stays");
        }
        assertEquals("logit", json(laocai("--fay-herriot", "logit")).get("fayHerriot").get("scale").textValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--draws 99|--draws must be from 100 to 100000, not 99",
        "--draws 100001|--draws must be from 100 to 100000, not 100001",
        "--rank-set-type sideways|--rank-set-type must be one of two-sided, lower, upper, not 'sideways'",
        "--fay-herriot probit|--fay-herriot must be one of identity, logit, arcsine, not 'probit'"})
    void badRankSetOptionIsAOneLineUsageError(String option, String message) {
        List<String> args = new ArrayList<>(List.of("--sample", "--rank-sets"));
        args.addAll(List.of(option.split(" ")));
        CommandLineRun run = score(args.toArray(new String[0]));
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals("sipas: " + message + " (see: sipas score --help)", run.err().strip(), run.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"--draws|500", "--seed|7", "--rank-set-type|lower", "--marginal|"})
    void rankSetOptionsWithoutRankSetsAreAUsageError(String option, String value) {
        List<String> args = new ArrayList<>(List.of("--sample", option));
        if (value != null) {
            args.add(value);
        }
        CommandLineRun run = score(args.toArray(new String[0]));
        assertEquals(2, run.code(), run.err());
        assertEquals("sipas: " + option + " applies to rank sets: add --rank-sets (see: sipas score --help)",
                run.err().strip(), run.err());
    }

    @Test
    void helpDocumentsTheRankSetOptions() {
        String help = score("--help").out();
        for (String option : List.of("--rank-sets", "--rank-set-type=TYPE", "--marginal", "--draws=N", "--seed=S",
                "--fay-herriot[=SCALE]")) {
            assertTrue(help.contains(option), option + " in " + help);
        }
        String flat = help.replaceAll("\\s+", " ");
        assertTrue(flat.contains("(default 1000)") && flat.contains("(default 1);"), help);
    }
}
