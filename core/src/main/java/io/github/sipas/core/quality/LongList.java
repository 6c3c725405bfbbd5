package io.github.sipas.core.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A growable list of longs, the lines of a finding's forms; 0 or a negative ordinal stands for a form of unknown line. */
final class LongList {
    long[] values = new long[0];
    int size;

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(4, size * 2));
        }
        values[size++] = v;
    }

    void addAll(LongList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    /** The known (positive) lines, ascending. */
    List<Long> sortedKnown() {
        long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        List<Long> out = new ArrayList<>(size);
        for (long v : copy) {
            if (v > 0) {
                out.add(v);
            }
        }
        return out;
    }
}
