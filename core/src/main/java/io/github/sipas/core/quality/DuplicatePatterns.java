package io.github.sipas.core.quality;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.github.sipas.core.Item;
import io.github.sipas.core.internal.IdIndex;

/**
 * The duplicate-pattern check ({@link QualityCheck#DUPLICATE_PATTERN}): the symbols and hash of a form's pattern, the
 * table of a unit's patterns, and the chance that a repeated pattern is a coincidence, as {@link QualityChecks}
 * documents.
 */
final class DuplicatePatterns {

    /** Symbols of a pattern: a point with code c is {@code c + POINT}. */
    static final int DONT_KNOW = 1;
    static final int UNANSWERED = 2;
    static final int NOT_ASKED = 3;
    static final int POINT = 4;

    private final List<Item> criteria;
    private final QualityThresholds thresholds;

    DuplicatePatterns(List<Item> criteria, QualityThresholds thresholds) {
        this.criteria = criteria;
        this.thresholds = thresholds;
    }

    /** Adds a finding for each of the unit's repeated patterns whose repeat is too unlikely to be chance. */
    void findings(String unit, UnitTally u, List<QualityFinding> out) {
        long n = u.forms;
        int distinct = u.patterns.size;
        int m = criteria.size();
        for (Repeat r : u.patterns.repeats.values()) {
            int c = r.lines.size;
            double logInd = 0;
            for (int j = 0; j < m; j++) {
                logInd += Math.log((double) u.countOf(j, r.symbols[j]) / n);
            }
            double logPerm = -logMultinomial(r.symbols);
            double q = Math.exp(Math.max(logInd, logPerm));
            double chance = Math.min(1.0, distinct * binomialUpperTail(n - 1, q, c - 1));
            if (chance < thresholds.duplicateSignificance()) {
                out.add(Findings.finding(QualityCheck.DUPLICATE_PATTERN, unit, null, null, c, r.lines,
                        c + " of " + n + " forms share one answer pattern over all criteria ("
                                + describe(r.symbols) + "); chance of such a repeat in the unit "
                                + String.format(Locale.ROOT, "%.2g", chance) + ", below "
                                + String.format(Locale.ROOT, "%.2g", thresholds.duplicateSignificance())));
            }
        }
    }

    private String describe(int[] symbols) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < symbols.length; j++) {
            if (j > 0) {
                b.append(' ');
            }
            int s = symbols[j];
            b.append(criteria.get(j).id()).append('=').append(s >= POINT ? String.valueOf(s - POINT)
                    : s == DONT_KNOW ? "DK" : s == UNANSWERED ? "blank" : s == NOT_ASKED ? "-" : "?");
        }
        return b.toString();
    }

    /** The murmur3 64-bit finalizer; never returns 0, which marks an empty slot. */
    static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** log(m! / Π m_s!), the number of orders of a pattern's symbols. */
    static double logMultinomial(int[] symbols) {
        int[] sorted = symbols.clone();
        Arrays.sort(sorted);
        double log = logFactorial(sorted.length);
        int run = 1;
        for (int i = 1; i <= sorted.length; i++) {
            if (i < sorted.length && sorted[i] == sorted[i - 1]) {
                run++;
            } else {
                log -= logFactorial(run);
                run = 1;
            }
        }
        return log;
    }

    private static double logFactorial(int k) {
        double s = 0;
        for (int i = 2; i <= k; i++) {
            s += Math.log(i);
        }
        return s;
    }

    /**
     * P(X ≥ k) for X ~ Binomial(n, q), summed term by term in logs so that tiny tails do not vanish in a subtraction.
     */
    static double binomialUpperTail(long n, double q, long k) {
        if (k <= 0 || q >= 1) {
            return 1;
        }
        if (k > n || q <= 0) {
            return 0;
        }
        double logQ = Math.log(q);
        double log1mQ = Math.log1p(-q);
        double logTerm = 0;
        for (long i = 0; i < k; i++) {
            logTerm += Math.log((double) (n - i) / (i + 1));
        }
        logTerm += k * logQ + (n - k) * log1mQ;
        double logSum = logTerm;
        double mean = n * q;
        for (long i = k; i < n; i++) {
            logTerm += Math.log((double) (n - i) / (i + 1)) + logQ - log1mQ;
            logSum = logTerm > logSum ? logTerm + Math.log1p(Math.exp(logSum - logTerm))
                    : logSum + Math.log1p(Math.exp(logTerm - logSum));
            if (i > mean && logTerm < logSum - 40) {
                break;
            }
        }
        return Math.min(1.0, Math.exp(logSum));
    }

    /** A pattern seen more than once: its symbols and the lines of its forms. */
    static final class Repeat {
        final int[] symbols;
        final LongList lines = new LongList();

        Repeat(int[] symbols) {
            this.symbols = symbols;
        }
    }

    /**
     * From pattern hash to the line of its first form (an {@link IdIndex}, 16 bytes a distinct pattern); a pattern's
     * symbols are kept only once it repeats.
     */
    static final class Table {
        final IdIndex first = new IdIndex();
        int size;
        final Map<Long, Repeat> repeats = new LinkedHashMap<>();

        void add(long hash, long line, int[] symbols) {
            long firstLine = first.putIfAbsent(hash, line);
            if (firstLine == 0) {
                size++;
                return;
            }
            Repeat r = repeats.get(hash);
            if (r == null) {
                r = new Repeat(symbols);
                r.lines.add(firstLine);
                repeats.put(hash, r);
            }
            r.lines.add(line);
        }
    }
}
