package io.github.sipas.core.csv;

import java.util.ArrayList;
import java.util.List;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.Problem;
import io.github.sipas.core.Rule;

/**
 * The problems of one read, in the order found. Under {@link ErrorPolicy#FAIL_FAST} an error in a row throws at once;
 * errors of the header (line 1) are all collected first, and the read then throws the first of them.
 */
final class ProblemLog {

    private final String source;
    private final ErrorPolicy policy;
    private final List<Problem> problems = new ArrayList<>();

    ProblemLog(String source, ErrorPolicy policy) {
        this.source = source;
        this.policy = policy;
    }

    /**
     * Records a problem, or throws it as an {@link io.github.sipas.core.InputException} when it is an error after the
     * header and the policy is to fail fast.
     *
     * @return the problem
     */
    Problem add(long line, int column, String name, String value, Rule rule, String message) {
        Problem p = new Problem(source, line, column, name, value, rule, message);
        if (p.isError() && policy == ErrorPolicy.FAIL_FAST && line > 1) {
            throw p.toException();
        }
        problems.add(p);
        return p;
    }

    boolean failFast() {
        return policy == ErrorPolicy.FAIL_FAST;
    }

    /** The first error recorded; there must be one. */
    Problem firstError() {
        return problems.stream().filter(Problem::isError).findFirst().orElseThrow();
    }

    List<Problem> all() {
        return problems;
    }
}
