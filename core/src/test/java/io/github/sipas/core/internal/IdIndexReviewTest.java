package io.github.sipas.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Review of issue 14: the pages of ids' text against a map, across pages, wide text, long ids and lines. */
class IdIndexReviewTest {

    private static String id(Random rng, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int c = 0; c < n; c++) {
            int k = rng.nextInt(6);
            sb.append(k == 0 ? (char) 0xFF : k == 1 ? (char) 0x100 : k == 2 ? (char) 0xFFFF : (char) ('a' + k));
        }
        return sb.toString();
    }

    @Test
    void pagesWideTextLongIdsAndLinesPast2To32() {
        Random rng = new Random(14);
        // every id hashed alike: each look-up compares texts along the probe chain
        IdIndex index = new IdIndex(s -> s.length() < 3 ? 7 : s.charAt(0) * 31L + s.length());
        Map<String, Long> map = new HashMap<>();
        long line = (1L << 32) - 5;
        for (int i = 0; i < 3000; i++) {
            int n = rng.nextInt(10) == 0 ? Character.MAX_VALUE - rng.nextInt(2) : rng.nextInt(4);
            String s = id(rng, n);
            long expected = map.containsKey(s) ? map.get(s) : 0;
            map.putIfAbsent(s, line);
            assertEquals(expected, index.putIfAbsent(s, line), "id of " + n + " at " + line);
            // a repeat of an earlier id, with one character made wide or narrow
            if (n > 0 && i % 3 == 0) {
                char[] cs = s.toCharArray();
                int at = rng.nextInt(n);
                cs[at] = cs[at] == (char) 0xFF ? (char) 0x1FF : (char) 0xFF;
                String t = new String(cs);
                long e2 = map.containsKey(t) ? map.get(t) : 0;
                map.putIfAbsent(t, line + 1);
                assertEquals(e2, index.putIfAbsent(t, line + 1));
            }
            line += 3;
        }
        assertEquals(map.size(), index.size());
        // longer ids too (a page of their own): found again exactly
        long before = index.size();
        assertEquals(0, index.putIfAbsent("x".repeat(65_536), 1));
        assertEquals(1, index.putIfAbsent("x".repeat(65_536), 2));
        assertEquals(before + 1, index.size());
    }
}
