package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Item;
import io.github.sipas.core.instrument.Surveys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, finding 12, its last sentence (its ids and clock are tested apart):
 *
 * <blockquote>A file mixing periods ({@code 2023}, {@code 2024}, {@code 2023.0}) is pooled without a
 * warning.</blockquote>
 *
 * <p>Now {@code score} and {@code report} warn on standard error, naming the periods with their forms (the first
 * five, and how many more) and pointing out {@code 2023} and {@code 2023.0}, which are not merged; {@code --by period}
 * scores them apart, without the warning.
 */
class Issue11Finding12PeriodsTest {

    private static final List<String> CRITERIA = Surveys.bundled("sipas-2017").criteria().stream().map(Item::id)
            .collect(Collectors.toList());
    private static final String WARNING = ": warning: the responses hold 3 periods, scored together as one: '2023' "
            + "(12 forms), '2024' (12 forms), '2023.0' (12 forms); '2023' and '2023.0' may be one period written two "
            + "ways, but are not merged; score each period on its own, or group by period (--by period)";

    @TempDir
    Path dir;

    /** 36 forms of unit X, 12 in each of 2023, 2024 and 2023.0, in turn. */
    private Path mixed() throws IOException {
        StringBuilder csv = new StringBuilder("response_id,unit,period," + String.join(",", CRITERIA) + "\n");
        String[] periods = {"2023", "2024", "2023.0"};
        for (int i = 0; i < 36; i++) {
            csv.append("F").append(i).append(",X,").append(periods[i % 3]).append(",4".repeat(CRITERIA.size()))
                    .append('\n');
        }
        return Files.writeString(dir.resolve("mixed.csv"), csv, StandardCharsets.UTF_8);
    }

    @Test
    void scoreWarnsThatTheFileMixesPeriodsNamingThem() throws IOException {
        Path file = mixed();
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", file.toString());
        // Before: exit 0, nothing on standard error, 36 forms pooled in one row.
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains(file + WARNING), run.err());
        assertTrue(run.out().contains(" X "), run.out());
    }

    @Test
    void reportWarnsToo() throws IOException {
        Path file = mixed();
        CommandLineRun run = CommandLineRun.of("report", "--survey", "sipas-2017", "--responses", file.toString(),
                "--out", dir.resolve("report.html").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains(file + WARNING), run.err());
    }

    @Test
    void byPeriodScoresThePeriodsApartWithoutTheWarning() throws IOException {
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", mixed().toString(),
                "--by", "unit,period");
        assertEquals(0, run.code(), run.err());
        assertFalse(run.err().contains("periods"), run.err());
        for (String period : new String[] {"X / 2023 ", "X / 2024 ", "X / 2023.0 "}) {
            assertTrue(run.out().contains(period), run.out());
        }
    }

    @Test
    void oneFilesOnePeriodGivesNoWarning() {
        CommandLineRun run = CommandLineRun.of("score", "--sample");
        assertEquals(0, run.code(), run.err());
        assertFalse(run.err().contains("periods"), run.err());
    }
}
