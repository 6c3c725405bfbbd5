package io.github.sipas.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdIndexTest {

    /** {@code "R00000001"} for 1: the fixtures' ids, which differ only in their last digits. */
    private static String id(int i) {
        String digits = Integer.toString(i);
        return "R" + "00000000".substring(digits.length()) + digits;
    }

    @Test
    void idsAreWrittenAsInTheFixtures() {
        assertEquals("R00000001", id(1));
        assertEquals("R00099999", id(99_999));
    }

    @Test
    void newIdReturnsZero() {
        IdIndex index = new IdIndex();
        assertEquals(0, index.putIfAbsent("R00000001", 2));
        assertEquals(1, index.size());
    }

    @Test
    void repeatedIdReturnsTheLineWhereItWasFirstSeen() {
        IdIndex index = new IdIndex();
        index.putIfAbsent("R00000001", 2);
        index.putIfAbsent("R00000002", 3);
        assertEquals(2, index.putIfAbsent("R00000001", 17));
        assertEquals(2, index.putIfAbsent("R00000001", 40), "the first line, not the last repeat");
        assertEquals(3, index.putIfAbsent("R00000002", 41));
        assertEquals(2, index.size());
    }

    @Test
    void idsAreComparedExactly() {
        IdIndex index = new IdIndex();
        for (String s : new String[] {"ab", "ba", "AB", "a", "", " ab", "ab ", "Lê", "Le", "R1", "R01", "R10"}) {
            assertEquals(0, index.putIfAbsent(s, 5), s);
        }
        assertEquals(12, index.size());
        assertEquals(5, index.putIfAbsent("", 6));
    }

    @Test
    void survivesGrowthPastTheFirstTable() {
        IdIndex index = new IdIndex();
        for (int i = 0; i < 1025; i++) {
            assertEquals(0, index.putIfAbsent(id(i), i + 2L), id(i));
        }
        for (int i = 0; i < 1025; i++) {
            assertEquals(i + 2L, index.putIfAbsent(id(i), 5000), id(i));
        }
        assertEquals(1025, index.size());
    }

    @Test
    void hundredThousandDistinctIdsGiveNoFalseDuplicate() {
        IdIndex index = new IdIndex();
        for (int i = 1; i <= 100_000; i++) {
            assertEquals(0, index.putIfAbsent(id(i), i + 1L), id(i));
        }
        assertEquals(100_000, index.size());
        for (int i = 1; i <= 100_000; i++) {
            assertEquals(i + 1L, index.putIfAbsent(id(i), 1_000_000), id(i));
        }
        assertEquals(100_000, index.size());
    }

    @Test
    void linesBeyondIntRangeAreKept() {
        IdIndex index = new IdIndex();
        long line = 3_000_000_000L;
        index.putIfAbsent("big", line);
        assertEquals(line, index.putIfAbsent("big", line + 1));
    }

    @Test
    void hashIsNeverZeroAndSpreadsSimilarIds() {
        Set<Long> hashes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            long h = IdIndex.hash(id(i));
            assertNotEquals(0L, h);
            hashes.add(h);
        }
        assertEquals(100_000, hashes.size());
        assertNotEquals(0L, IdIndex.hash(""));
    }
}
