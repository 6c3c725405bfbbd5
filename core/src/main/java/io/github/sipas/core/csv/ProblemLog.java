package io.github.sipas.core.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ProblemCount;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Rule;

/**
 * The problems of one read, in the order found. Under {@link ErrorPolicy#FAIL_FAST} an error in a row throws at once;
 * errors of the header (line 1) are all collected first, and the read then throws the first of them.
 *
 * <p>Bounded: it lists the first {@value ReadReport#MAX_LISTED_PROBLEMS} problems, whose values hold at most
 * {@value #MAX_LISTED_VALUE_CHARACTERS} characters in all, and every error of the header (which has at most
 * {@link CsvResponseReader#MAX_COLUMNS} columns); it counts the others by rule and column.
 */
final class ProblemLog {

    /** The characters the values of the listed problems may hold in all: 4 M. */
    static final long MAX_LISTED_VALUE_CHARACTERS = 4L << 20;

    /** The key of a count: a rule and a column (null for a whole row or a column with no name). */
    private record Key(Rule rule, String column) {
    }

    private final String source;
    private final ErrorPolicy policy;
    private final List<Problem> problems = new ArrayList<>();
    /** The problems left out of the list, counted by rule and column in the order first met. */
    private final Map<Key, long[]> leftOut = new LinkedHashMap<>();
    private long valueCharacters;
    private Problem firstError;

    /** The line (the sheet's row) of the header: 1 in a text file, the row after any title rows in a sheet. */
    private final long headerLine;
    private final boolean inSheet;

    ProblemLog(String source, ErrorPolicy policy) {
        this(source, policy, 1, false);
    }

    /**
     * @param headerLine the line of the header; problems of the header are added at line 1 and recorded at it
     * @param inSheet whether the source is a sheet of a workbook ({@link Problem#inSheet()})
     */
    /** The policy of the read. */
    ErrorPolicy policy() {
        return policy;
    }

    /** Whether the source is a sheet of a workbook. */
    boolean inSheet() {
        return inSheet;
    }

    ProblemLog(String source, ErrorPolicy policy, long headerLine, boolean inSheet) {
        this.source = source;
        this.policy = policy;
        this.headerLine = headerLine;
        this.inSheet = inSheet;
    }

    /**
     * Records a problem, or throws it as an {@link io.github.sipas.core.InputException} when it is an error after the
     * header and the policy is to fail fast. A problem past the limits is counted, not listed.
     *
     * @return the problem
     */
    Problem add(long line, int column, String name, String value, Rule rule, String message) {
        // the header's problems come at line 1 (no row of data is on or above the header's line)
        boolean header = line <= headerLine;
        Problem p = new Problem(source, line == 1 ? headerLine : line, column, name, value, rule, message, inSheet);
        if (p.isError()) {
            if (policy == ErrorPolicy.FAIL_FAST && !header) {
                throw p.toException();
            }
            if (firstError == null) {
                firstError = p;
            }
        }
        long chars = value == null ? 0 : value.length();
        if (problems.size() < ReadReport.MAX_LISTED_PROBLEMS && valueCharacters + chars <= MAX_LISTED_VALUE_CHARACTERS
                || header && p.isError()) {
            problems.add(p);
            valueCharacters += chars;
        } else {
            Key key = new Key(rule, name);
            leftOut.computeIfAbsent(key, k -> new long[1])[0]++;
        }
        return p;
    }

    boolean failFast() {
        return policy == ErrorPolicy.FAIL_FAST;
    }

    /** The first error recorded; there must be one. */
    Problem firstError() {
        return Objects.requireNonNull(firstError, "no error");
    }

    /** The problems listed. */
    List<Problem> all() {
        return problems;
    }

    /** The problems left out, counted, in the order their rule and column were first left out. */
    List<ProblemCount> leftOut() {
        List<ProblemCount> out = new ArrayList<>(leftOut.size());
        leftOut.forEach((k, n) -> out.add(new ProblemCount(k.rule(), k.column(), n[0])));
        return out;
    }
}
