package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LookalikeUnitsTest {

    @Test
    void namesEachSpellingAsTheFirstThatLooksAlike() {
        LookalikeUnits units = new LookalikeUnits();
        assertEquals("SaPa", units.unit("SaPa"));
        assertEquals("SaPa", units.unit("TX. Sa Pa"));
        assertEquals("Bát Xát", units.unit("Bát Xát"));
        assertEquals("SaPa", units.unit("sa-pa"));
        assertEquals("Bát Xát", units.unit("H. BAT XAT"));
        assertEquals("Bắc Hà", units.unit("Bắc Hà"));
        assertEquals(Optional.of("units that look alike were merged: 'SaPa' (1), 'TX. Sa Pa' (1), 'sa-pa' (1) as "
                + "'SaPa'; 'Bát Xát' (1), 'H. BAT XAT' (1) as 'Bát Xát' — give --units to check them"), units.warning());
    }

    @Test
    void saysNothingWhenEveryUnitIsWrittenOneWay() {
        LookalikeUnits units = new LookalikeUnits();
        for (int i = 0; i < 5; i++) {
            units.unit("Sa Pa");
            units.unit("Bắc Hà");
        }
        assertEquals(Optional.empty(), units.warning());
    }

    @Test
    void keepsNewSpellingsPastTheLimitAsWrittenAndSaysSo() {
        LookalikeUnits units = new LookalikeUnits();
        for (int i = 0; i < LookalikeUnits.MAX_SPELLINGS; i++) {
            units.unit("Xã " + i);
        }
        assertEquals("Sa Pa", units.unit("Sa Pa"), "past the limit: as written");
        assertEquals("TX. Sa Pa", units.unit("TX. Sa Pa"), "not compared with Sa Pa");
        assertEquals("Xã 7", units.unit("Xã 7"), "a spelling met before the limit is still known");
        String warning = units.warning().orElseThrow();
        assertTrue(warning.contains("more than 10000 ways of writing its units: 2 rows"), warning);
    }

    @Test
    void listsTheFirstTwentyGroupsAndCountsTheRest() {
        LookalikeUnits units = new LookalikeUnits();
        for (int i = 0; i < 25; i++) {
            units.unit("Xã " + i);
            units.unit("X. " + i);
        }
        String warning = units.warning().orElseThrow();
        assertTrue(warning.contains("'X. 19' (1) as 'Xã 19'; and 5 more groups — give --units"), warning);
        assertTrue(!warning.contains("'Xã 20'"), warning);
    }
}
