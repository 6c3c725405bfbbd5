package io.github.sipas.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.estimate.Grouping;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.format.ScoreJson;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.uncertainty.FayHerriot;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import io.github.sipas.scoring.uncertainty.RankSetType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreRunTest {

    static final Survey SURVEY = Surveys.bundled("sipas-2017");

    private static ScoreRun.Builder laocai() {
        return ScoreRun.builder(SURVEY).responses(ResponseSource.of(Golden.LAOCAI));
    }

    @Test
    void aPlainRunGivesTheResultThatSipasScorePrinted() {
        ScoreRun.Outcome out = laocai().build().run();
        assertTrue(out.isRead());
        assertEquals(1500, out.report().accepted());
        Golden.assertSame("laocai.json", ScoreJson.toString(out.result()));
    }

    @Test
    void rankSetsPreviousPeriodAndFayHerriotAreAppliedAsSipasScoreAppliedThem() {
        ScoreRun.Outcome out = laocai().rankSets(RankSetType.TWO_SIDED, RankSetOptions.defaults())
                .previous(Golden.LAOCAI_WEIGHTED).fayHerriot(FayHerriot.builder().build()).build().run();
        Golden.assertSame("laocai-rank-sets.json", ScoreJson.toString(out.result()));
        assertEquals(600, out.previousReport().orElseThrow().accepted(), "the previous period was read as responses");
    }

    @Test
    void aPreviousPeriodSpelledOtherwiseWithoutAUnitListKeepsItsRanks(@TempDir Path dir) throws IOException {
        // the same 1,500 forms, Thị xã Sa Pa written SaPa then TX. Sa Pa, Bát Xát as H. Bát Xát: read as SaPa and
        // H. Bát Xát (the first spellings), while the previous period (the file as it is) names them as published
        List<String> lines = new ArrayList<>(Files.readAllLines(Golden.LAOCAI, StandardCharsets.UTF_8));
        boolean[] first = {true};
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains(",Thị xã Sa Pa,")) {
                line = line.replace(",Thị xã Sa Pa,", first[0] ? ",SaPa," : ",TX. Sa Pa,");
                first[0] = false;
            }
            lines.set(i, line.replace(",Bát Xát,", ",H. Bát Xát,"));
        }
        Path now = Files.write(dir.resolve("now.csv"), lines, StandardCharsets.UTF_8);
        List<String> messages = new ArrayList<>();
        ScoreRun.Outcome out = ScoreRun.builder(SURVEY).responses(ResponseSource.of(now)).previous(Golden.LAOCAI)
                .messages(messages::add).build().run();
        ScoreResult before = laocai().build().run().result();
        assertEquals(9, out.result().ranking().ranked().size());
        for (RankedUnit r : out.result().ranking().ranked()) {
            String published = r.label().equals("SaPa") ? "Thị xã Sa Pa" : r.label().equals("H. Bát Xát") ? "Bát Xát"
                    : r.label();
            assertEquals(before.ranking().unit(published).orElseThrow().rank(), r.previousRank(), r.label());
        }
        assertTrue(messages.stream().noneMatch(m -> m.contains("absent now")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("similar-units")), messages.toString());
    }

    @Test
    void aSavedResultServesAsThePreviousPeriod(@TempDir Path dir) throws IOException {
        Path saved = Files.writeString(dir.resolve("last-year.json"), Golden.text("laocai.json"));
        ScoreRun.Outcome out = laocai().previous(saved).rankSets(RankSetType.TWO_SIDED, RankSetOptions.defaults())
                .build().run();
        assertTrue(out.previousReport().isEmpty(), "a saved result is not read as responses");
        for (RankedUnit r : out.result().ranking().ranked()) {
            assertEquals(r.rank(), r.previousRank(), r.label());
            assertEquals(0, r.rankChange(), r.label());
            assertEquals(0.0, out.result().uncertainty().indexChange(r.label()).orElseThrow().difference(), 1e-12);
        }
    }

    @Test
    void aFileWithAHeaderAndNoFormsIsSaidToHoldNone(@TempDir Path dir) throws IOException {
        Path header = Files.write(dir.resolve("header.csv"),
                List.of(Files.readAllLines(Golden.LAOCAI, StandardCharsets.UTF_8).get(0)), StandardCharsets.UTF_8);
        List<String> messages = new ArrayList<>();
        ScoreRun.Outcome out = ScoreRun.builder(SURVEY).responses(ResponseSource.of(header)).messages(messages::add)
                .build().run();
        assertEquals(0, out.result().ranking().units().size());
        assertTrue(messages.contains("warning: " + header + " holds no forms, only a header: nothing was scored"),
                messages.toString());
        List<String> none = new ArrayList<>();
        laocai().messages(none::add).build().run();
        assertTrue(none.stream().noneMatch(m -> m.contains("holds no forms")), none.toString());
    }

    @Test
    void messagesGiveEveryProblemAndTheSuppressedCellsInOrder() {
        List<String> messages = new ArrayList<>();
        ScoreRun.Outcome out = ScoreRun.builder(Scorer.builder(SURVEY).grouping(Grouping.byUnitAnd("gender")).build())
                .responses(ResponseSource.of(Golden.BAD_ROWS)).disclosure(Disclosure.of(5))
                .messages(messages::add).build().run();
        assertEquals(12, out.report().rejected());
        String expected = Golden.text("bad-rows-by-gender.messages.txt").replace("{F}", Golden.BAD_ROWS.toString());
        assertEquals(expected, String.join("\n", messages) + "\n");
    }

    @Test
    void aFileUnreadablePastItsHeaderGivesNoResult() {
        ScoreRun.Outcome out = ScoreRun.builder(SURVEY).responses(ResponseSource.csv("upload:empty.csv",
                () -> new ByteArrayInputStream("nothing,here\n1,2\n".getBytes(StandardCharsets.UTF_8))))
                .build().run();
        assertFalse(out.isRead());
        assertTrue(out.report().fatal());
        IllegalStateException e = assertThrows(IllegalStateException.class, out::result);
        assertTrue(e.getMessage().startsWith("no result: upload:empty.csv"), e.getMessage());
    }

    @Test
    void aGroupingByAColumnTheFileLacksNamesTheColumnsItHas() {
        ScoreRun run = ScoreRun.builder(Scorer.builder(SURVEY).grouping(Grouping.byAttribute("channel")).build())
                .responses(ResponseSource.of(Golden.LAOCAI)).build();
        ScoreRun.SettingException e = assertThrows(ScoreRun.SettingException.class, run::run);
        assertEquals(ScoreRun.Setting.GROUPING, e.setting());
        assertTrue(e.getMessage().startsWith("no column 'channel' in " + Golden.LAOCAI + "; its columns are "
                + "response_id, unit, period, gender, age_group, A1"), e.getMessage());
    }

    /** {@code n} forms of one unit, each with its own {@code code}, all answering 4 to every criterion. */
    private static ResponseSource distinctCodes(int n) {
        StringBuilder csv = new StringBuilder("response_id,unit,code");
        SURVEY.criteria().forEach(c -> csv.append(',').append(c.id()));
        csv.append('\n');
        for (int i = 0; i < n; i++) {
            csv.append('R').append(i).append(",Xã A,MP-").append(i);
            SURVEY.criteria().forEach(c -> csv.append(",4"));
            csv.append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        return ResponseSource.csv("codes.csv", () -> new ByteArrayInputStream(bytes));
    }

    /** Found by review: 200,000 units ranked last year and absent now made one message of 1.7 MB. */
    @Test
    void unitsRankedLastPeriodButAbsentNowAreNamedTenAtMostInTheMessage(@TempDir Path dir) throws IOException {
        StringBuilder json = new StringBuilder("{\"units\": [");
        for (int i = 0; i < 25; i++) {
            json.append(i == 0 ? "" : ", ").append("{\"unit\": \"X").append(i).append("\", \"rank\": ").append(i + 1)
                    .append('}');
        }
        Path saved = Files.writeString(dir.resolve("last-year.json"), json.append("]}\n"));
        List<String> messages = new ArrayList<>();
        laocai().previous(saved).messages(messages::add).build().run();
        assertTrue(messages.contains("ranked in the previous period but absent now: X0, X1, X10, X11, X12, X13, X14, "
                + "X15, X16, X17 and 15 more"), messages.toString()); // in the ranking's order of labels
    }

    @Test
    void aGroupingWhoseValuesAreAlmostAllDistinctIsASettingErrorThatNamesNoValue() {
        ScoreRun run = ScoreRun.builder(Scorer.builder(SURVEY).grouping(Grouping.byAttribute("code")).build())
                .responses(distinctCodes(50)).build();
        ScoreRun.SettingException e = assertThrows(ScoreRun.SettingException.class, run::run);
        assertEquals(ScoreRun.Setting.GROUPING, e.setting());
        assertTrue(e.getMessage().startsWith("column 'code' has 50 distinct values in the 50 forms that have one, "
                + "more than forms ÷ 10 = 5.0"), e.getMessage());
        assertFalse(e.getMessage().contains("MP-"), e.getMessage());
    }

    @Test
    void aGroupingStopsTheReadAtItsMaximumNumberOfGroups() {
        // With k = 1 the ratio rule would let half the forms be groups: the cap stops the read first.
        List<Long> seen = new ArrayList<>();
        ScoreRun run = ScoreRun.builder(Scorer.builder(SURVEY).grouping(Grouping.byAttribute("code")).build())
                .responses(distinctCodes(ScoreRun.MAX_GROUPS + 500)).disclosure(Disclosure.none())
                .listener((r, line) -> seen.add(line)).build();
        ScoreRun.SettingException e = assertThrows(ScoreRun.SettingException.class, run::run);
        assertEquals(ScoreRun.Setting.GROUPING, e.setting());
        assertEquals("column 'code' has more than 10000 distinct values: its values are almost all distinct (an "
                + "identifier, a phone number or a name?), and a grouping holds at most 10000 groups; group by a "
                + "column with fewer values", e.getMessage());
        assertEquals(ScoreRun.MAX_GROUPS, seen.size(), "stopped at the 10,001st value, not at the end of the file");
    }

    @Test
    void aGroupingByPeriodNeedsNoColumn() {
        ScoreResult r = ScoreRun.builder(Scorer.builder(SURVEY).grouping(Grouping.byAttribute("period")).build())
                .responses(ResponseSource.of(Golden.LAOCAI)).build().run().result();
        assertFalse(r.scorecard().units().isEmpty());
    }

    @Test
    void aFayHerriotFitWithoutPublishedUnitsIsASettingError() {
        ScoreRun run = laocai().disclosure(Disclosure.of(1000)).fayHerriot(FayHerriot.builder().build()).build();
        ScoreRun.SettingException e = assertThrows(ScoreRun.SettingException.class, run::run);
        assertEquals(ScoreRun.Setting.FAY_HERRIOT, e.setting());
        assertTrue(e.getMessage().contains("Fay-Herriot fit"), e.getMessage());
    }

    @Test
    void theListenerSeesEveryAcceptedResponseWithItsLine() {
        List<Long> lines = new ArrayList<>();
        ScoreRun.Outcome out = ScoreRun.builder(SURVEY).responses(ResponseSource.of(Golden.BAD_ROWS))
                .listener((r, line) -> lines.add(line)).build().run();
        assertEquals(out.report().accepted(), lines.size());
        assertEquals(2L, lines.get(0), "the header is line 1");
    }

    @Test
    void unitsOfAUnitListAreShownByName() {
        ScoreResult r = ScoreRun.builder(Surveys.bundled("laocai-2023"))
                .units(io.github.sipas.core.UnitList.bundled("laocai-2023"))
                .responses(ResponseSource.of(Golden.LAOCAI)).build().run().result();
        assertEquals(9, r.scorecard().units().size());
        assertEquals("Thị xã Sa Pa", r.nameOf("sapa"), "units are read as the list's ids and shown by its names");
        r.scorecard().units().forEach(u -> assertFalse(r.nameOf(u.unit()).equals(u.unit()), u.unit()));
    }

    @Test
    void responsesAreRequired() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> ScoreRun.builder(SURVEY).build());
        assertTrue(e.getMessage().startsWith("responses"), e.getMessage());
    }

    @Test
    void aJournalServesAsThePreviousPeriod(@TempDir Path dir) throws IOException {
        Path journal = dir.resolve("last-year");
        List<io.github.sipas.core.Response> forms = io.github.sipas.core.csv.CsvResponseReader.builder(SURVEY).build()
                .readAll(Golden.LAOCAI_WEIGHTED).responses();
        try (io.github.sipas.core.collect.ResponseCollector c = io.github.sipas.core.collect.ResponseCollector
                .builder(SURVEY).store(io.github.sipas.core.collect.Journal.builder(journal, SURVEY).open()).build()) {
            c.submitAll(forms);
        }
        ScoreResult fromJournal = laocai().previous(journal).build().run().result();
        ScoreResult fromCsv = laocai().previous(Golden.LAOCAI_WEIGHTED).build().run().result();
        assertEquals(fromCsv.ranking(), fromJournal.ranking(), "the same previous ranks from the journal");
    }

    @Test
    void aPreviousPeriodUnreadablePastItsHeaderSaysWhy(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("prev.csv"), "id;name\n1;2\n");
        ScoreRun run = laocai().previous(bad).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, run::run);
        assertTrue(e.getMessage().startsWith("the previous period " + bad + " could not be read: "), e.getMessage());
        assertTrue(e.getMessage().contains("; first error: " + bad + ":1:"), e.getMessage());
    }

    @Test
    void noResultSaysWhyTheReadStopped() {
        ScoreRun.Outcome out = ScoreRun.builder(SURVEY).responses(ResponseSource.csv("upload:x.csv",
                () -> new ByteArrayInputStream("a,b\n".getBytes(StandardCharsets.UTF_8)))).build().run();
        IllegalStateException e = assertThrows(IllegalStateException.class, out::result);
        assertTrue(e.getMessage().contains("; first error: upload:x.csv:1:"), e.getMessage());
    }

    @Test
    void aMissingPreviousFileIsNoSuchFile(@TempDir Path dir) {
        ScoreRun run = laocai().previous(dir.resolve("gone.csv")).build();
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, run::run);
        assertEquals("no such file: " + dir.resolve("gone.csv"), e.getMessage());
        assertTrue(e.getCause() instanceof java.nio.file.NoSuchFileException);
    }

    @Test
    void runningTwiceGivesTheSameResult() {
        ScoreRun run = laocai().rankSets(RankSetType.TWO_SIDED, RankSetOptions.defaults()).build();
        assertEquals(ScoreJson.toString(run.run().result()), ScoreJson.toString(run.run().result()));
    }

    /** A CSV of forms satisfied on every criterion, one per period and weight given, in unit X. */
    private static ResponseSource forms(String... periodAndWeight) {
        List<String> criteria = SURVEY.criteria().stream().map(io.github.sipas.core.Item::id).toList();
        StringBuilder csv = new StringBuilder("response_id,unit,period,weight," + String.join(",", criteria) + "\n");
        for (int i = 0; i < periodAndWeight.length; i += 2) {
            csv.append("F").append(i).append(",X,").append(periodAndWeight[i]).append(',')
                    .append(periodAndWeight[i + 1]).append(",4".repeat(criteria.size())).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        return ResponseSource.csv("mixed.csv", () -> new ByteArrayInputStream(bytes));
    }

    @Test
    void responsesOfSeveralPeriodsAreWarnedOfAndListedOnTheOutcome() {
        List<String> messages = new ArrayList<>();
        ScoreRun.Outcome out = ScoreRun.builder(SURVEY).responses(forms("2023", "1", "2024", "1", "2023", "1",
                "2023.0", "1", "", "1")).disclosure(Disclosure.of(1)).messages(messages::add).build().run();
        assertEquals(java.util.Map.of("2023", 2L, "2024", 1L, "2023.0", 1L), out.periods());
        assertEquals(List.of("2023", "2024", "2023.0"), List.copyOf(out.periods().keySet()));
        assertEquals(List.of("mixed.csv: warning: the responses hold 3 periods, scored together as one: '2023' "
                + "(2 forms), '2024' (1 form), '2023.0' (1 form); '2023' and '2023.0' may be one period written two "
                + "ways, but are not merged; score each period on its own, or group by period (--by period)"),
                messages);
        assertEquals(5, out.result().scorecard().units().get(0).respondents(), "pooled, as the warning says");
    }

    @Test
    void onePeriodOrAGroupingByPeriodGivesNoWarning() {
        List<String> messages = new ArrayList<>();
        ScoreRun.Outcome one = ScoreRun.builder(SURVEY).responses(forms("2023", "1", "2023", "2", "", "1"))
                .disclosure(Disclosure.of(1)).messages(messages::add).build().run();
        assertEquals(java.util.Map.of("2023", 2L), one.periods());
        ScoreRun.Outcome byPeriod = ScoreRun.builder(Scorer.builder(SURVEY).grouping(Grouping.byUnitAnd("period"))
                .build()).responses(forms("2023", "1", "2023", "1", "2024", "1", "2024", "1"))
                .disclosure(Disclosure.of(1)).messages(messages::add).build().run(); // 2 periods of 2 forms: not
                // almost all distinct (Disclosure.checkGroups)
        assertEquals(2, byPeriod.periods().size());
        assertEquals(2, byPeriod.result().scorecard().units().size());
        assertEquals(List.of(), messages);
    }

    @Test
    void thePreviousPeriodsResponsesMixingPeriodsAreWarnedOfToo(@TempDir Path dir) throws IOException {
        List<String> criteria = SURVEY.criteria().stream().map(io.github.sipas.core.Item::id).toList();
        Path prev = Files.writeString(dir.resolve("prev.csv"), "response_id,unit,period," + String.join(",", criteria)
                + "\n" + "P1,X,2022" + ",4".repeat(criteria.size()) + "\n" + "P2,X,2021" + ",4".repeat(criteria.size())
                + "\n");
        List<String> messages = new ArrayList<>();
        ScoreRun.builder(SURVEY).responses(forms("2023", "1")).previous(prev).disclosure(Disclosure.of(1)).messages(messages::add).build().run();
        assertEquals(List.of(prev + ": warning: the previous period's responses hold 2 periods, scored together as "
                + "one: '2022' (1 form), '2021' (1 form); score each period on its own, or group by period (--by "
                + "period)"), messages);
    }

    @Test
    void theDecimalMarkReachesTheReader() {
        ScoreRun.Outcome either = ScoreRun.builder(SURVEY).responses(forms("2023", "\"1,000\"", "2023", "2"))
                .build().run();
        assertEquals(1, either.report().rejected(), "1,000 is ambiguous unless the decimal mark is named");
        ScoreRun.Outcome comma = ScoreRun.builder(SURVEY).responses(forms("2023", "\"1,000\"", "2023", "2"))
                .decimalMark(io.github.sipas.core.csv.DecimalMark.COMMA).build().run();
        assertEquals(0, comma.report().rejected());
    }

    @Test
    void aJournalWeightTooFarFromTheFirstOfItsUnitIsRefusedNamingTheJournalAndLine(@TempDir Path dir)
            throws IOException {
        Path journal = dir.resolve("j");
        List<io.github.sipas.core.Response> forms = io.github.sipas.core.csv.CsvResponseReader.builder(SURVEY).build()
                .readAll(Golden.LAOCAI_WEIGHTED).responses();
        io.github.sipas.core.Response first = forms.get(0);
        io.github.sipas.core.Response same = forms.stream().filter(r -> r != first && r.unit().equals(first.unit()))
                .findFirst().orElseThrow();
        try (io.github.sipas.core.collect.ResponseCollector c = io.github.sipas.core.collect.ResponseCollector
                .builder(SURVEY).store(io.github.sipas.core.collect.Journal.builder(journal, SURVEY).open()).build()) {
            c.submit(new io.github.sipas.core.Response(first.id(), first.unit(), null, java.util.OptionalDouble.of(1e300),
                    first.answers(), java.util.Map.of()));
            c.submit(new io.github.sipas.core.Response(same.id(), same.unit(), null, java.util.OptionalDouble.of(1e-300),
                    same.answers(), java.util.Map.of()));
        }
        ScoreRun run = ScoreRun.builder(SURVEY).responses(ResponseSource.of(journal)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, run::run);
        assertTrue(e.getMessage().startsWith(journal + ", line 2: response '" + same.id() + "' has weight 1.0E-300, "
                + "more than 2^210 times (or less than 2^-210 of) the first weight of its group, 1.0E300"),
                e.getMessage());
    }
}
