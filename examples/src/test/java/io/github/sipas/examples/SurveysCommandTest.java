package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.instrument.SurveyJson;
import io.github.sipas.core.instrument.Surveys;
import org.junit.jupiter.api.Test;

class SurveysCommandTest {

    @Test
    void listsTheThreeBundledInstrumentsWithTheirCounts() {
        CommandLineRun run = CommandLineRun.of("surveys");
        assertEquals(0, run.code());
        assertTrue(run.out().matches("(?s).*sipas-2017\\s+2017\\s+5\\s+22\\s+29\\s+Chỉ số hài lòng.*"), run.out());
        assertTrue(run.out().matches("(?s).*sipas-2023\\s+2023\\s+9\\s+39\\s+.*"), run.out());
        assertTrue(run.out().matches("(?s).*laocai-2023\\s+2023\\s+4\\s+18\\s+.*"), run.out());
        assertTrue(run.out().contains("Quyết định 2640/QĐ-BNV"), run.out());
        assertTrue(run.out().contains("22 criteria"), run.out());
    }

    @Test
    void jsonPrintsAnInstrumentThatReadsBackEqual() {
        CommandLineRun run = CommandLineRun.of("surveys", "--json", "sipas-2023");
        assertEquals(0, run.code());
        assertEquals(Surveys.bundled("sipas-2023"), SurveyJson.fromString(run.out(), "stdout"));
    }

    @Test
    void jsonOfAnUnknownSurveyIsAUsageErrorNamingTheBundledOnes() {
        CommandLineRun run = CommandLineRun.of("surveys", "--json", "sipas-1999");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("sipas: 'sipas-1999' is neither a bundled survey"), run.err());
        assertTrue(run.err().contains("sipas-2017, sipas-2023, laocai-2023"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
