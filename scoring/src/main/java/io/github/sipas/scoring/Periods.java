package io.github.sipas.scoring;

import io.github.sipas.core.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The periods of the responses of one read, with their numbers of forms, in order of first appearance; a response
 * without a period is not counted. At most {@link #LIMIT} distinct periods are kept, each by at most its first
 * {@link #MAX_LENGTH} characters; the forms of any further ones are counted together.
 */
final class Periods {

    /** The most distinct periods kept. */
    static final int LIMIT = 1_000;
    /** The most characters of a period kept. */
    static final int MAX_LENGTH = 200;
    /** The most periods a warning names. */
    static final int NAMED = 5;

    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private String last;
    private long[] lastCount;
    private long otherForms;

    /** Counts a response's period, null when it has none. */
    void add(String period) {
        if (period == null) {
            return;
        }
        if (period.equals(last)) {
            lastCount[0]++;
            return;
        }
        if (period.length() > MAX_LENGTH) {
            int end = Character.isHighSurrogate(period.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            period = period.substring(0, end) + "\u2026";
            if (period.equals(last)) {
                lastCount[0]++;
                return;
            }
        }
        long[] c = counts.get(period);
        if (c == null) {
            if (counts.size() >= LIMIT) {
                otherForms++;
                return;
            }
            c = new long[1];
            counts.put(period, c);
        }
        c[0]++;
        last = period;
        lastCount = c;
    }

    /** The periods and their forms, in order of first appearance; unmodifiable. */
    Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, v[0]));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The warning that the responses of {@code what} mix periods scored as one, or null when they hold at most one.
     * It names the first {@link #NAMED} periods with their forms and counts the others, and points out periods that
     * differ only by a trailing {@code .0} ({@code 2023} and {@code 2023.0}), which are not merged.
     */
    String warning(String what) {
        if (counts.size() + (otherForms > 0 ? 1 : 0) < 2) {
            return null;
        }
        StringBuilder sb = new StringBuilder(what).append(" hold ")
                .append(otherForms > 0 ? "more than " + String.format("%,d", LIMIT) : String.valueOf(counts.size()))
                .append(" periods, scored together as one: ");
        List<String> named = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            if (named.size() == NAMED) {
                break;
            }
            long n = e.getValue()[0];
            named.add("'" + Problem.shorten(e.getKey()) + "' (" + String.format("%,d", n) + (n == 1 ? " form)"
                    : " forms)"));
        }
        sb.append(String.join(", ", named));
        long rest = counts.size() - named.size();
        if (rest > 0 || otherForms > 0) {
            sb.append(" and ").append(otherForms > 0 ? "more" : String.format("%,d", rest) + " more");
        }
        String alike = alike();
        if (alike != null) {
            sb.append("; ").append(alike).append(" may be one period written two ways, but are not merged");
        }
        return sb.append("; score each period on its own, or group by period (--by period)").toString();
    }

    /** The first two periods that are the same number but for a trailing point and zeros, quoted; or null. */
    private String alike() {
        Map<String, String> byNumber = new LinkedHashMap<>();
        for (String p : counts.keySet()) {
            String n = p.replaceFirst("[.,]0+$", "");
            String before = byNumber.putIfAbsent(n, p);
            if (before != null) {
                return "'" + Problem.shorten(before) + "' and '" + Problem.shorten(p) + "'";
            }
        }
        return null;
    }
}
