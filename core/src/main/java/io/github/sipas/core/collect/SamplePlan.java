package io.github.sipas.core.collect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sample planning for a survey round: the Ministry's sample size per unit, the allocation of a province's total across
 * units, and the progress of collection against each unit's quota.
 *
 * @since 0.1
 */
public final class SamplePlan {

    private SamplePlan() {
    }

    /**
     * How a total is shared across units.
     *
     * <p>Worked example, 1,000 forms over populations A = 5,000, B = 3,000, C = 2,000: {@code PROPORTIONAL} gives 500,
     * 300, 200; {@code EQUAL} gives 334, 333, 333.
     *
     * @since 0.1
     */
    public enum Allocation {
        /**
         * In proportion to each unit's population, rounded by largest remainder (Hamilton's method) so that the shares
         * add up to the total exactly; equal remainders go to the unit listed first.
         */
        PROPORTIONAL,
        /** The same number for every unit; the remainder of the division goes one each to the units listed first. */
        EQUAL
    }

    /**
     * The Ministry's 2013 rule for the sample of one unit, n = N / (1 + N·e²), rounded up to a whole form.
     *
     * <p>Worked example: N = 10,000 people served, e = 0.05 gives 10,000 / 26 = 384.6, so 385 forms. For large N the
     * size tends to 1/e² (400 at e = 0.05); it never exceeds N.
     *
     * @param population N, the people served in the period; zero or more
     * @param margin e, the margin of error, in (0, 1); the Ministry uses 0.05
     * @return the number of forms
     * @throws IllegalArgumentException if the population is negative or the margin is not in (0, 1)
     */
    public static long sampleSize(long population, double margin) {
        if (population < 0) {
            throw new IllegalArgumentException("population must be zero or more, not " + population);
        }
        if (!(margin > 0 && margin < 1)) {
            throw new IllegalArgumentException("margin must be in (0, 1), not " + margin);
        }
        double n = population / (1 + population * margin * margin);
        // A relative tolerance keeps a whole result (e.g. 400.0000000001 from rounding) from becoming 401.
        long up = (long) Math.ceil(n - 1e-9 * Math.max(1, n));
        return Math.min(population, up);
    }

    /**
     * Shares a total number of forms across units.
     *
     * @param populations each unit's population, in the order the units are listed; every value zero or more, and
     *     their sum above zero for {@link Allocation#PROPORTIONAL}
     * @param total the number of forms to share; zero or more
     * @param method how to share
     * @return each unit's number of forms, in the same order; they add up to {@code total}
     * @throws IllegalArgumentException if a population or the total is negative, there is no unit, or the
     *     populations sum to zero under {@link Allocation#PROPORTIONAL}
     */
    public static Map<String, Long> allocate(Map<String, Long> populations, long total, Allocation method) {
        Objects.requireNonNull(populations, "populations");
        Objects.requireNonNull(method, "method");
        if (populations.isEmpty()) {
            throw new IllegalArgumentException("populations must name at least one unit");
        }
        if (total < 0) {
            throw new IllegalArgumentException("total must be zero or more, not " + total);
        }
        List<String> units = new ArrayList<>(populations.keySet());
        double sum = 0;
        for (String u : units) {
            long p = Objects.requireNonNull(populations.get(u), "population of " + u);
            if (p < 0) {
                throw new IllegalArgumentException("population of unit '" + u + "' must be zero or more, not " + p);
            }
            sum += p;
        }
        Map<String, Long> out = new LinkedHashMap<>();
        if (method == Allocation.EQUAL) {
            long each = total / units.size();
            long rest = total % units.size();
            for (int i = 0; i < units.size(); i++) {
                out.put(units.get(i), each + (i < rest ? 1 : 0));
            }
            return Collections.unmodifiableMap(out);
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("populations sum to zero; a proportional allocation needs people");
        }
        long given = 0;
        double[] remainder = new double[units.size()];
        for (int i = 0; i < units.size(); i++) {
            double exact = total * (populations.get(units.get(i)) / sum);
            long floor = (long) Math.floor(exact);
            out.put(units.get(i), floor);
            remainder[i] = exact - floor;
            given += floor;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> remainder[a] != remainder[b] ? Double.compare(remainder[b], remainder[a])
                : Integer.compare(a, b));
        for (int k = 0; given < total; k++, given++) {
            String u = units.get(order.get(k % order.size()));
            out.put(u, out.get(u) + 1);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Collection against one unit's quota.
     *
     * @param unit the unit
     * @param target the number of forms planned; zero or more
     * @param collected the number of forms accepted so far; zero or more
     * @since 0.1
     */
    public record Progress(String unit, long target, long collected) {

        /**
         * Validates the fields.
         *
         * @param unit the unit
         * @param target the number planned
         * @param collected the number collected
         * @throws NullPointerException if the unit is null
         * @throws IllegalArgumentException if a count is negative
         */
        public Progress {
            Objects.requireNonNull(unit, "unit");
            if (target < 0 || collected < 0) {
                throw new IllegalArgumentException("target and collected must be zero or more, not " + target
                        + " and " + collected);
            }
        }

        /**
         * Returns the forms still to collect.
         *
         * @return target − collected, or 0 when the quota is met
         */
        public long remaining() {
            return Math.max(0, target - collected);
        }

        /**
         * Returns whether the quota is met.
         *
         * @return true when collected ≥ target
         */
        public boolean met() {
            return collected >= target;
        }

        /**
         * Returns the share of the quota collected, in percent; above 100 when more were collected than planned.
         *
         * @return 100 · collected / target, or 100 when the target is 0
         */
        public double percent() {
            return target == 0 ? 100 : 100.0 * collected / target;
        }
    }

    /**
     * Returns each unit's progress against its quota.
     *
     * @param targets each unit's planned number of forms, in order
     * @param collected each unit's number of forms collected so far; a unit absent here has collected none, and a unit
     *     absent from the targets is listed after them with a target of 0
     * @return the progress of every unit
     */
    public static List<Progress> progress(Map<String, Long> targets, Map<String, Long> collected) {
        List<Progress> out = new ArrayList<>();
        targets.forEach((u, t) -> out.add(new Progress(u, t, collected.getOrDefault(u, 0L))));
        collected.forEach((u, c) -> {
            if (!targets.containsKey(u)) {
                out.add(new Progress(u, 0, c));
            }
        });
        return List.copyOf(out);
    }
}
