package io.github.sipas.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Tests of {@link DuplicatePatterns}' arithmetic; the check itself, on forms, is tested in {@link QualityChecksTest}.
 */
class DuplicatePatternsTest {

    @Test
    void binomialUpperTailMatchesDirectSums() {
        // direct sums of C(n, i) q^i (1 - q)^(n - i), i >= k
        for (int n : new int[] {1, 5, 30}) {
            for (double q : new double[] {1e-6, 0.01, 0.3, 0.9}) {
                for (int k = 0; k <= n + 1; k++) {
                    double direct = 0;
                    for (int i = k; i <= n; i++) {
                        double c = 1;
                        for (int r = 0; r < i; r++) {
                            c = c * (n - r) / (r + 1);
                        }
                        direct += c * Math.pow(q, i) * Math.pow(1 - q, n - i);
                    }
                    double tail = DuplicatePatterns.binomialUpperTail(n, q, k);
                    assertEquals(Math.min(1, direct), tail, 1e-12 + 1e-9 * direct, n + " " + q + " " + k);
                }
            }
        }
        assertEquals(1.0, DuplicatePatterns.binomialUpperTail(10, 1.0, 3));
        // P(X >= 1) for n = 10^6, q = 1e-20 is 1e-14 and does not vanish in a subtraction
        assertEquals(1e-14, DuplicatePatterns.binomialUpperTail(1_000_000, 1e-20, 1), 1e-20);
    }

    @Test
    void logMultinomialCountsOrders() {
        assertEquals(0, DuplicatePatterns.logMultinomial(new int[] {5, 5, 5}), 1e-12);
        assertEquals(Math.log(3), DuplicatePatterns.logMultinomial(new int[] {5, 4, 5}), 1e-12);
        assertEquals(Math.log(30), DuplicatePatterns.logMultinomial(new int[] {1, 2, 2, 3, 3}), 1e-12);
    }
}
