package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.UnitList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitsCommandTest {

    static final Path HAND_KEYED = io.github.sipas.core.testing.Fixtures.path("fixtures/lookalike/hand-keyed.csv");

    @TempDir
    Path dir;

    @Test
    void listsTheBundledUnitListsWithTheirSizesAndLevels() {
        CommandLineRun run = CommandLineRun.of("units");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("(?s)id\\s+units\\s+levels\\s+name\\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*laocai-2023\\s+10\\s+1 province, 9 district\\s+Lào Cai province.*"),
                run.out());
    }

    @Test
    void printsABundledListAsTheCsvThatUnitsReadsBack() throws IOException {
        CommandLineRun run = CommandLineRun.of("units", "laocai-2023");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("id,name,aliases,level,parent\nlaocai,Tỉnh Lào Cai,"), run.out());
        Path file = Files.writeString(dir.resolve("units.csv"), run.out(), StandardCharsets.UTF_8);
        assertEquals(UnitList.bundled("laocai-2023").units(), UnitList.read(file).units());
    }

    @Test
    void writesTheCsvToOutThroughOutputFile() throws IOException {
        Path file = dir.resolve("laocai.csv");
        CommandLineRun run = CommandLineRun.of("units", "laocai-2023", "--out", file.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals(UnitList.bundled("laocai-2023").units(), UnitList.read(file).units());
    }

    @Test
    void anUnknownListIsAnErrorNamingTheBundledOnes() {
        CommandLineRun run = CommandLineRun.of("units", "hanoi-2023");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("sipas: no bundled unit list 'hanoi-2023'; bundled: laocai-2023"), run.err());
    }

    @Test
    void scoringAHandKeyedFileWithoutUnitsWarnsOnStandardErrorOfTheNamesItMerged() {
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", HAND_KEYED.toString(),
                "--min-respondents", "1", "--min-cell", "1");
        assertTrue(run.err().contains("units that look alike were merged: 'SaPa' (4), 'TX. Sa Pa' (2), 'Sa Pa' (4) as "
                + "'SaPa'; 'bát xát' (2), 'H. Bát Xát' (3) as 'bát xát' — give --units to check them"), run.err());
        assertTrue(run.out().contains("SaPa") && !run.out().contains("TX. Sa Pa"), run.out());
    }

    @Test
    void scoringWithTheUnitListWarnsOfNothing() {
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", HAND_KEYED.toString(),
                "--units",
                "laocai-2023", "--min-respondents", "1", "--min-cell", "1");
        assertFalse(run.err().contains("look alike"), run.err());
        assertTrue(run.out().contains("Thị xã Sa Pa"), run.out());
    }
}
