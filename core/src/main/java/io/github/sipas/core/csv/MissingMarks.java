package io.github.sipas.core.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import io.github.sipas.core.MissingTokens;
import io.github.sipas.core.internal.Texts;

/**
 * Counts, in one read, the item cells read as unanswered because they held only a missing-value mark
 * ({@link MissingTokens}), by column and mark, for the one {@link io.github.sipas.core.Rule#MISSING_TOKEN} warning of
 * the read: nothing is taken as unanswered silently. Used on the reading thread only.
 */
final class MissingMarks {

    /** The columns a warning names in full; it counts the others. */
    static final int MAX_LISTED_COLUMNS = 30;

    /** Per column of the file: the cells counted. */
    private final long[] counts;
    /** Per column of the file: the marks seen, a bit per {@link MissingTokens#TOKENS} entry. */
    private final int[] seen;
    /** The columns with a count. */
    private int columnsCounted;
    /** The last column counted. */
    private int lastColumn = -1;
    private long total;

    MissingMarks(int columns) {
        counts = new long[columns];
        seen = new int[columns];
    }

    /** Counts a cell of column {@code j} (0-based) that was read as unanswered for being a mark. */
    void count(int j, String cell) {
        if (counts[j]++ == 0) {
            columnsCounted++;
            lastColumn = j;
        }
        int t = MissingTokens.TOKENS.indexOf(Texts.clean(cell).toUpperCase(Locale.ROOT));
        // another spelling of N/A (N.A., N / A) is counted apart from the four tokens
        seen[j] |= 1 << (t < 0 ? MissingTokens.TOKENS.size() : t);
        total++;
    }

    /** The one column that held marks, or -1 when none or several did. */
    int onlyColumn() {
        return columnsCounted == 1 ? lastColumn : -1;
    }

    /**
     * The warning: {@code 376 cells held only a missing-value mark and were read as unanswered: A1 12 ('NA', '.'), E3
     * 364 ('NA'); give --missing-tokens refuse to refuse them}; the columns in file order, the first
     * {@value #MAX_LISTED_COLUMNS} named and the others counted.
     *
     * @param header the file's header, cleaned
     * @return the message, or empty when no cell was counted
     */
    Optional<String> warning(List<String> header) {
        if (total == 0) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder().append(total).append(total == 1 ? " cell" : " cells")
                .append(" held only a missing-value mark and ").append(total == 1 ? "was" : "were")
                .append(" read as unanswered: ");
        int listed = 0;
        for (int j = 0; j < counts.length && listed < MAX_LISTED_COLUMNS; j++) {
            if (counts[j] == 0) {
                continue;
            }
            out.append(listed++ == 0 ? "" : ", ").append(header.get(j)).append(' ').append(counts[j]).append(" (");
            boolean first = true;
            for (int t = 0; t < MissingTokens.TOKENS.size(); t++) {
                if ((seen[j] & 1 << t) != 0) {
                    out.append(first ? "" : ", ").append('\'').append(MissingTokens.TOKENS.get(t)).append('\'');
                    first = false;
                }
            }
            if ((seen[j] & 1 << MissingTokens.TOKENS.size()) != 0) {
                out.append(first ? "" : ", ").append("other spellings of N/A");
            }
            out.append(')');
        }
        if (columnsCounted > MAX_LISTED_COLUMNS) {
            out.append(" and ").append(columnsCounted - MAX_LISTED_COLUMNS).append(" more columns");
        }
        return Optional.of(out.append("; give --missing-tokens refuse to refuse them").toString());
    }
}
