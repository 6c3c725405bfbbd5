package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, finding 9: "A unit list whose parents form a long chain takes quadratic time: 10k units 12.9 s, 40k
 * 65.7 s, 200k over 150 s (the 16 MiB cap allows about 600k)."
 *
 * <p>The parents are now checked in one pass ({@link UnitList#cycleMember}): a chain of 600,000 units, written as a
 * unit list file of about 13 MB (under the 16 MiB cap), loads in seconds; the walk from every unit it replaced would
 * take hours. The fast tests check the structure of the answer at a scale the old walk could not reach either.
 */
class Issue11Finding09Test {

    /** Units {@code u0} (a province) to {@code u(n-1)}, each the parent of the next. */
    private static List<Unit> chain(int n) {
        List<Unit> units = new ArrayList<>(n);
        units.add(new Unit("u0", "Unit 0", List.of(), UnitLevel.PROVINCE, null));
        for (int i = 1; i < n; i++) {
            units.add(new Unit("u" + i, "Unit " + i, List.of(), UnitLevel.COMMUNE, "u" + (i - 1)));
        }
        return units;
    }

    @Test
    void aChainOfOneHundredThousandUnitsIsAcceptedAndKeepsItsParents() {
        UnitList list = UnitList.of(chain(100_000));
        assertEquals(100_000, list.units().size());
        assertEquals("u99998", list.unit("u99999").parent());
    }

    @Test
    void aCycleAtTheEndOfALongChainIsFoundAtAUnitOnTheCycle() {
        // u0 ← u1 ← … ← u99999, then u0's parent is u50000: u0 … u50000 form a cycle, u50001 … hang from it
        List<Unit> units = chain(100_000);
        units.set(0, new Unit("u0", "Unit 0", List.of(), UnitLevel.PROVINCE, "u50000"));
        DefinitionException e = assertThrows(DefinitionException.class, () -> UnitList.of(units));
        int at = Integer.parseInt(e.where().replaceAll("^units\\[(\\d+)\\]\\.parent$", "$1"));
        assertTrue(at <= 50_000, e.where() + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("'u" + at + "' is its own ancestor"), e.getMessage());
    }

    @Test
    void cycleMemberFindsTheCycleOfARhoOfAMillionAndNoneInAForest() {
        int n = 1_000_000;
        int[] parents = new int[n];
        for (int i = 0; i < n; i++) {
            parents[i] = i - 1; // a chain: 0 is the root
        }
        assertEquals(-1, UnitList.cycleMember(parents));
        parents[0] = n - 1; // now one cycle of all
        assertEquals(0, UnitList.cycleMember(parents), "the walk from 0 comes back to 0");
        parents[0] = -1;
        parents[10] = n - 1; // 10 … n-1 is a cycle; 0 … 9 are a chain of their own, down to the root 0
        assertEquals(10, UnitList.cycleMember(parents), "the first walk to come back is the one from 10");
    }

    @Test
    @Tag("slow")
    void aUnitListFileOfSixHundredThousandChainedUnitsLoadsInSeconds(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("chain.csv");
        int n = 600_000;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,name,parent\n0,U0,\n");
            for (int i = 1; i < n; i++) {
                w.write(i + ",U" + i + "," + (i - 1) + "\n");
            }
        }
        assertTrue(Files.size(file) < 16L << 20, "within the cap: " + Files.size(file));
        long start = System.nanoTime();
        UnitList list = UnitList.read(file);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(n, list.units().size());
        // generous: a few seconds here; the quadratic walk it replaced would take hours (40k units took 65.7 s)
        assertTrue(seconds < 60, seconds + " s");
    }
}
