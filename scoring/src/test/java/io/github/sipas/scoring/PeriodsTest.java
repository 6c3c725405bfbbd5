package io.github.sipas.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The periods of a read and the warning that they were pooled. */
class PeriodsTest {

    private static Periods of(String... periods) {
        Periods p = new Periods();
        for (String s : periods) {
            p.add(s);
        }
        return p;
    }

    @Test
    void onePeriodOrNoneGivesNoWarning() {
        assertNull(of().warning("the responses"));
        assertNull(of("2023", "2023", null, "2023").warning("the responses"));
        assertNull(of(null, null).warning("the responses"));
    }

    @Test
    void periodsAreCountedAsWrittenInOrderOfFirstAppearance() {
        Periods p = of("2024", "2023", null, "2024", "2023.0", "2024");
        assertEquals(List.of("2024", "2023", "2023.0"), List.copyOf(p.counts().keySet()));
        assertEquals(Map.of("2024", 3L, "2023", 1L, "2023.0", 1L), p.counts());
    }

    @Test
    void warningNamesThePeriodsWithTheirFormsAndPointsOutATrailingPointZero() {
        String w = of("2023", "2023", "2024", "2023.0").warning("the responses");
        assertEquals("the responses hold 3 periods, scored together as one: '2023' (2 forms), '2024' (1 form), "
                + "'2023.0' (1 form); '2023' and '2023.0' may be one period written two ways, but are not merged; "
                + "score each period on its own, or group by period (--by period)", w);
    }

    @Test
    void warningNamesTheFirstFivePeriodsAndCountsTheOthers() {
        Periods p = new Periods();
        for (int i = 0; i < 50; i++) {
            p.add("P" + i);
        }
        String w = p.warning("the responses");
        assertTrue(w.startsWith("the responses hold 50 periods, scored together as one: 'P0' (1 form), 'P1' (1 "
                + "form), 'P2' (1 form), 'P3' (1 form), 'P4' (1 form) and 45 more; score"), w);
    }

    @Test
    void atMostAThousandPeriodsOfTwoHundredCharactersAreKept() {
        Periods p = new Periods();
        for (int i = 0; i < 5000; i++) {
            p.add(i + "x".repeat(10_000));
        }
        assertEquals(Periods.LIMIT, p.counts().size());
        p.counts().keySet().forEach(k -> assertEquals(Periods.MAX_LENGTH + 1, k.length(), k));
        String w = p.warning("the responses");
        assertTrue(w.startsWith("the responses hold more than 1,000 periods"), w);
        assertTrue(w.contains(" and more; score"), w);
        assertTrue(w.length() < 1000, "the warning is bounded: " + w.length());
    }
}
