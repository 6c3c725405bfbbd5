package io.github.sipas.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void idsWhoseHashesCollideAreToldApartByTheirText() {
        IdIndex index = new IdIndex(id -> 42L);
        for (int i = 0; i < 300; i++) {
            assertEquals(0, index.putIfAbsent(id(i), i + 2L), "every hash the same, every id new: " + id(i));
        }
        for (int i = 0; i < 300; i++) {
            assertEquals(i + 2L, index.putIfAbsent(id(i), 9_000), id(i));
        }
        assertEquals(300, index.size());
    }

    @Test
    void idsOfEqualLengthAndHashButOneCharacterApartAreDifferent() {
        IdIndex index = new IdIndex(id -> id.length());
        assertEquals(0, index.putIfAbsent("Lê-01", 2));
        assertEquals(0, index.putIfAbsent("Le-01", 3));
        assertEquals(0, index.putIfAbsent("Lê-02", 4));
        assertEquals(2, index.putIfAbsent("Lê-01", 5));
        assertEquals(3, index.putIfAbsent("Le-01", 6));
    }

    @Test
    void aTableOfIdsTakesNoBareKeysAndTheOtherWayRound() {
        IdIndex ids = new IdIndex();
        ids.putIfAbsent("R1", 2);
        assertThrows(IllegalStateException.class, () -> ids.putIfAbsent(7L, 3));
        IdIndex keys = new IdIndex();
        keys.putIfAbsent(7L, 3);
        assertThrows(IllegalStateException.class, () -> keys.putIfAbsent("R1", 2));
    }

    @Test
    void idsLongerThanAPageGetAPageOfTheirOwnAndStayExact() {
        IdIndex index = new IdIndex(id -> 7L);
        String wide = "Đ".repeat(700_000);
        String latin = "x".repeat(2_000_000);
        assertEquals(0, index.putIfAbsent("R1", 2));
        assertEquals(0, index.putIfAbsent(wide, 3));
        assertEquals(0, index.putIfAbsent(latin, 4));
        assertEquals(0, index.putIfAbsent("R2", 5));
        assertEquals(0, index.putIfAbsent(latin.substring(1) + "y", 6), "same length, same hash, other text");
        assertEquals(3, index.putIfAbsent(wide, 7));
        assertEquals(4, index.putIfAbsent(latin, 8));
        assertEquals(2, index.putIfAbsent("R1", 9));
        assertEquals(5, index.putIfAbsent("R2", 10));
    }

    @Test
    void memoryGrowsWithTheIdsAndTheirText() {
        IdIndex index = new IdIndex();
        long empty = index.bytes();
        for (int i = 0; i < 10_000; i++) {
            index.putIfAbsent(id(i), i + 2L);
        }
        assertTrue(index.bytes() > empty + 10_000 * 16, index.bytes() + " bytes");
    }
}
