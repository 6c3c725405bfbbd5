package io.github.sipas.core.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.github.sipas.core.UnitList;

/**
 * Merges, in a read without a unit list, the unit names that are written differently but alike: the same
 * {@link UnitList#coreKey} ({@code SaPa}, {@code Sa Pa}, {@code TX. Sa Pa}, {@code sa-pa}). Each is read as the
 * spelling of its kind met first in the file, since rows reach the scorer before later spellings are seen, and the merges are
 * described by {@link #warning()}. At most {@value #MAX_SPELLINGS} distinct spellings are compared; later new ones are
 * kept as written, and the warning says so.
 */
final class LookalikeUnits {

    /** The distinct spellings compared: {@link ParseAhead#CACHE_LIMIT}. */
    static final int MAX_SPELLINGS = ParseAhead.CACHE_LIMIT;
    /** The groups of spellings a warning lists in full; it counts the others. */
    static final int MAX_LISTED_GROUPS = 20;

    /** The spellings of one unit, in the order met, with their counts; the first names the unit. */
    private static final class Group {
        final Map<String, long[]> spellings = new LinkedHashMap<>(4);
        final String name;

        Group(String name) {
            this.name = name;
        }
    }

    private final Map<String, Group> bySpelling = new HashMap<>();
    private final Map<String, Group> byKey = new HashMap<>();
    private final List<Group> merged = new ArrayList<>();
    private long notCompared;

    /**
     * Returns the name a unit is read as, counting the spelling.
     *
     * @param spelling the unit as written (cleaned, not blank)
     * @return the first spelling met that is alike, or the spelling itself
     */
    String unit(String spelling) {
        Group g = bySpelling.get(spelling);
        if (g == null) {
            if (bySpelling.size() >= MAX_SPELLINGS) {
                notCompared++;
                return spelling;
            }
            g = byKey.computeIfAbsent(UnitList.coreKey(spelling), k -> new Group(spelling));
            bySpelling.put(spelling, g);
            if (g.spellings.size() == 1) {
                merged.add(g);
            }
        }
        g.spellings.computeIfAbsent(spelling, k -> new long[1])[0]++;
        return g.name;
    }

    /**
     * Describes the merges: {@code units that look alike were merged: 'SaPa' (12), 'Sa Pa' (30), 'TX. Sa Pa' (4) as
     * 'SaPa' — give --units to check them}, one group after another, separated by {@code ; }.
     *
     * @return the message, or empty when no names were merged and all were compared
     */
    Optional<String> warning() {
        if (merged.isEmpty() && notCompared == 0) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        if (!merged.isEmpty()) {
            out.append("units that look alike were merged: ");
            for (int i = 0; i < merged.size() && i < MAX_LISTED_GROUPS; i++) {
                Group g = merged.get(i);
                out.append(i == 0 ? "" : "; ");
                boolean first = true;
                for (Map.Entry<String, long[]> e : g.spellings.entrySet()) {
                    out.append(first ? "" : ", ").append('\'').append(e.getKey()).append("' (").append(e.getValue()[0])
                            .append(')');
                    first = false;
                }
                out.append(" as '").append(g.name).append('\'');
            }
            if (merged.size() > MAX_LISTED_GROUPS) {
                out.append("; and ").append(merged.size() - MAX_LISTED_GROUPS).append(" more groups");
            }
            out.append(" — give --units to check them");
        }
        if (notCompared > 0) {
            out.append(out.length() == 0 ? "" : "; ").append("the file has more than ").append(MAX_SPELLINGS)
                    .append(" ways of writing its units: ").append(notCompared)
                    .append(" rows with later new spellings were read as written, not compared");
        }
        return Optional.of(out.toString());
    }
}
