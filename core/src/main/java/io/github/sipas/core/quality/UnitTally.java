package io.github.sipas.core.quality;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the checks keep of one unit's forms: counts, the lines of the forms that findings list, the table of answer
 * patterns, and the moments of the forms' satisfied shares, overall and by group.
 */
final class UnitTally {
    long forms;
    long straight;
    final LongList straightLines = new LongList();
    long noValid;
    final LongList noValidLines = new LongList();
    /** Per criterion, counts by symbol (see {@link DuplicatePatterns#POINT}). */
    final long[][] counts;
    final DuplicatePatterns.Table patterns = new DuplicatePatterns.Table();
    /** Per item that is not free text: forms asked, don't-know answers, and their lines. */
    final long[] asked;
    final long[] dk;
    final LongList[] dkLines;
    final GroupEffects.Moments all = new GroupEffects.Moments();
    /** By group column, then by group: the moments of the group's forms. */
    final Map<String, Map<String, GroupEffects.Moments>> groups = new LinkedHashMap<>();

    UnitTally(int criteria, int dkItems) {
        counts = new long[criteria][DuplicatePatterns.POINT + 6];
        asked = new long[dkItems];
        dk = new long[dkItems];
        dkLines = new LongList[dkItems];
        for (int i = 0; i < dkLines.length; i++) {
            dkLines[i] = new LongList();
        }
    }

    void count(int j, int symbol) {
        if (symbol >= counts[j].length) {
            counts[j] = Arrays.copyOf(counts[j], symbol + 1);
        }
        counts[j][symbol]++;
    }

    long countOf(int j, int symbol) {
        return symbol < counts[j].length ? counts[j][symbol] : 0;
    }
}
