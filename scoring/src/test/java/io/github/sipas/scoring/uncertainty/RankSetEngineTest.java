package io.github.sipas.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Tests {@link RankSetEngine}'s bootstrap draws on their own: {@link RankSetsTest}'s agreement with the csranks
 * transcription takes its draws from {@link RankSetEngine#draws}, so a wrong scale of the draws would go unnoticed
 * there.
 */
class RankSetEngineTest {

    @Test
    void drawsHaveMeanZeroAndCovarianceDiagSeSquared() {
        // Z* ~ N(0, diag(se²)). With B draws, for a fixed seed: each mean within 4 se/√B of 0, each variance within
        // 4 √(2/B) (relative) of se², each correlation within 4/√B of 0 (4 standard errors of the estimates).
        double[] se = {0.3, 1, 2.5, 0.8, 7, 0};
        int b = 40_000;
        double[][] z = RankSetEngine.draws(se, b, 20240611L);
        assertEquals(se.length, z.length);
        for (int j = 0; j < se.length; j++) {
            assertEquals(b, z[j].length);
            double mean = mean(z[j]);
            if (se[j] == 0) {
                assertArrayEquals(new double[b], z[j], 0, "an SE of 0 gives draws of 0");
                continue;
            }
            assertEquals(0, mean, 4 * se[j] / Math.sqrt(b), "mean of unit " + j);
            double variance = covariance(z[j], z[j]);
            assertEquals(1, variance / (se[j] * se[j]), 4 * Math.sqrt(2.0 / b), "variance / se² of unit " + j);
            for (int k = j + 1; k < se.length; k++) {
                if (se[k] > 0) {
                    double r = covariance(z[j], z[k]) / Math.sqrt(variance * covariance(z[k], z[k]));
                    assertEquals(0, r, 4 / Math.sqrt(b), "correlation of units " + j + " and " + k);
                }
            }
        }
        // Another seed gives other draws; the same seed the same ones.
        assertArrayEquals(z[1], RankSetEngine.draws(se, b, 20240611L)[1], 0);
        assertTrue(z[1][0] != RankSetEngine.draws(se, b, 20240612L)[1][0]);
    }

    @Test
    void quantileIsRsType7() {
        // R 4.2.2: quantile(c(3, 1, 4, 1, 5), c(0.5, 0.9, 0.95, 1)) = 3.0, 4.6, 4.8, 5.0.
        assertEquals(3.0, RankSetEngine.quantile7(new double[] {3, 1, 4, 1, 5}, 0.5), 1e-15);
        assertEquals(4.6, RankSetEngine.quantile7(new double[] {3, 1, 4, 1, 5}, 0.9), 1e-15);
        assertEquals(4.8, RankSetEngine.quantile7(new double[] {3, 1, 4, 1, 5}, 0.95), 1e-15);
        assertEquals(5.0, RankSetEngine.quantile7(new double[] {3, 1, 4, 1, 5}, 0.999999), 1e-5);
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double covariance(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - mx) * (y[i] - my);
        }
        return s / (x.length - 1);
    }
}
