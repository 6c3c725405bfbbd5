package io.github.sipas.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Coverage of {@link RankSets} and {@link RankChanges} by simulation, with fixed seeds: units with known true
 * indices, 500 simulated surveys (estimates drawn as true index + SE × N(0, 1)), 1,000 bootstrap draws each, level
 * 0.95.
 *
 * <p>The bar is 0.95 minus simulation error: 0.95 − 2.33 √(0.95 · 0.05 / 500) = 0.927 (a one-sided 99 % margin on
 * the observed share). A set covers a unit's true rank range [1 + #{θ_k &gt; θ_j}, p − #{θ_k &lt; θ_j}] (a single
 * rank unless true indices tie: two of the units below tie). "Not trivially wide": the mean size of the sets must be
 * well below p, and a good share of the sets must exclude some ranks. The observed figures are printed.
 */
class RankSetsCoverageTest {

    static final int SURVEYS = 500;
    static final double BAR = 0.95 - 2.33 * Math.sqrt(0.95 * 0.05 / SURVEYS);

    /** True indices of 12 units, like a province's districts: some close, one exact tie (88, 88), some far. */
    static final double[] THETA = {96, 95.2, 94, 92.5, 90, 88, 88, 86.5, 83, 80, 76, 70};
    static final double[] SE = {0.9, 1.1, 1.4, 1.0, 1.8, 1.2, 1.5, 2.0, 1.3, 2.5, 1.6, 3.0};

    static int[][] trueRange(double[] theta) {
        int p = theta.length;
        int[][] r = new int[p][2];
        for (int j = 0; j < p; j++) {
            int above = 0;
            int below = 0;
            for (double t : theta) {
                above += t > theta[j] ? 1 : 0;
                below += t < theta[j] ? 1 : 0;
            }
            r[j][0] = 1 + above;
            r[j][1] = p - below;
        }
        return r;
    }

    static List<UnitEstimate> survey(ZigguratSampler.NormalizedGaussian g, double[] theta, double[] se) {
        List<UnitEstimate> out = new ArrayList<>();
        for (int j = 0; j < theta.length; j++) {
            out.add(new UnitEstimate("U" + j, theta[j] + se[j] * g.sample(), se[j]));
        }
        return out;
    }

    static boolean covers(RankSet s, int[] range) {
        return s.lower() <= range[0] && range[1] <= s.upper();
    }

    @Test
    void simultaneousAndMarginalSetsCoverTheTrueRanks() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(6L);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        int p = THETA.length;
        int[][] truth = trueRange(THETA);
        int allSimul = 0;
        int allLower = 0;
        int[] marg = new int[p];
        int[] margLower = new int[p];
        double simulSize = 0;
        double margSize = 0;
        int simulNotFull = 0;
        for (int s = 0; s < SURVEYS; s++) {
            List<UnitEstimate> units = survey(g, THETA, SE);
            RankSetOptions options = RankSetOptions.builder().seed(1000L + s).build();
            RankSets simul = RankSets.simultaneous(units, RankSetType.TWO_SIDED, options);
            RankSets lower = RankSets.simultaneous(units, RankSetType.LOWER, options);
            RankSets m = RankSets.marginal(units, RankSetType.TWO_SIDED, options);
            RankSets ml = RankSets.marginal(units, RankSetType.LOWER, options);
            boolean all = true;
            boolean allL = true;
            for (int j = 0; j < p; j++) {
                String u = "U" + j;
                RankSet a = simul.unit(u).orElseThrow();
                all &= covers(a, truth[j]);
                allL &= lower.unit(u).orElseThrow().lower() <= truth[j][0];
                RankSet b = m.unit(u).orElseThrow();
                marg[j] += covers(b, truth[j]) ? 1 : 0;
                margLower[j] += ml.unit(u).orElseThrow().lower() <= truth[j][0] ? 1 : 0;
                simulSize += a.size();
                margSize += b.size();
                simulNotFull += a.size() < p ? 1 : 0;
            }
            allSimul += all ? 1 : 0;
            allLower += allL ? 1 : 0;
        }
        double cover = (double) allSimul / SURVEYS;
        double coverLower = (double) allLower / SURVEYS;
        double meanSimul = simulSize / (SURVEYS * p);
        double meanMarg = margSize / (SURVEYS * p);
        double notFull = (double) simulNotFull / (SURVEYS * p);
        StringBuilder m = new StringBuilder();
        double minMarg = 1;
        double minMargLower = 1;
        for (int j = 0; j < p; j++) {
            m.append(String.format(" %.3f", (double) marg[j] / SURVEYS));
            minMarg = Math.min(minMarg, (double) marg[j] / SURVEYS);
            minMargLower = Math.min(minMargLower, (double) margLower[j] / SURVEYS);
        }
        System.out.printf("RankSets coverage over %d surveys of %d units (bar %.3f): simultaneous two-sided %.3f,"
                + " simultaneous lower %.3f; marginal two-sided by unit%s (lowest %.3f), marginal lower lowest %.3f;"
                + " mean size simultaneous %.2f, marginal %.2f; simultaneous sets narrower than [1, %d]: %.3f%n",
                SURVEYS, p, BAR, cover, coverLower, m, minMarg, minMargLower, meanSimul, meanMarg, p, notFull);
        assertTrue(cover >= BAR, "simultaneous coverage " + cover);
        assertTrue(coverLower >= BAR, "simultaneous lower coverage " + coverLower);
        assertTrue(minMarg >= BAR, "marginal coverage by unit:" + m);
        assertTrue(minMargLower >= BAR, "marginal lower coverage " + minMargLower);
        assertTrue(meanSimul < 0.5 * p, "simultaneous sets are trivially wide: mean size " + meanSimul);
        assertTrue(meanMarg <= meanSimul, "marginal sets are narrower: " + meanMarg + " vs " + meanSimul);
        assertTrue(notFull > 0.9, "most simultaneous sets exclude some rank: " + notFull);
    }

    @Test
    void coverageIsNearTheLevelWhenAllTrueIndicesAreEqual() {
        // The least favourable case: every pair has a true difference of 0, so any established pair is an error and
        // the family-wise error is as large as it gets; coverage should be near 0.95, not far above.
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(8L);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        int p = THETA.length;
        double[] theta = new double[p];
        java.util.Arrays.fill(theta, 90);
        int simul = 0;
        int[] marg = new int[p];
        for (int s = 0; s < SURVEYS; s++) {
            List<UnitEstimate> units = survey(g, theta, SE);
            RankSetOptions options = RankSetOptions.builder().seed(9000L + s).build();
            RankSets a = RankSets.simultaneous(units, RankSetType.TWO_SIDED, options);
            RankSets m = RankSets.marginal(units, RankSetType.TWO_SIDED, options);
            simul += a.units().stream().allMatch(x -> x.lower() == 1 && x.upper() == p) ? 1 : 0;
            for (int j = 0; j < p; j++) {
                RankSet b = m.unit("U" + j).orElseThrow();
                marg[j] += b.lower() == 1 && b.upper() == p ? 1 : 0;
            }
        }
        double cover = (double) simul / SURVEYS;
        int minMarg = java.util.Arrays.stream(marg).min().orElseThrow();
        System.out.printf("RankSets coverage with %d equal true indices over %d surveys (bar %.3f): simultaneous"
                + " %.3f, marginal lowest %.3f%n", p, SURVEYS, BAR, cover, (double) minMarg / SURVEYS);
        assertTrue(cover >= BAR, "simultaneous coverage " + cover);
        assertTrue((double) minMarg / SURVEYS >= BAR, "marginal coverage " + minMarg);
        assertTrue(cover <= 0.98, "the simultaneous sets are calibrated, not trivially wide: " + cover);
    }

    @Test
    void rankChangeIntervalsCoverTheTrueChanges() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        int p = THETA.length;
        // The second period: the same units, some moved (U11 climbs from last to the middle, U0 falls a little).
        double[] theta2 = THETA.clone();
        theta2[11] = 89;
        theta2[0] = 93;
        theta2[4] = 97;
        int[][] r1 = trueRange(THETA);
        int[][] r2 = trueRange(theta2);
        int covered = 0;
        double width = 0;
        for (int s = 0; s < SURVEYS; s++) {
            RankChanges changes = RankChanges.of(survey(g, THETA, SE), survey(g, theta2, SE),
                    RankSetOptions.builder().seed(5000L + s).build());
            boolean all = true;
            for (RankChange c : changes.changes()) {
                int j = Integer.parseInt(c.unit().substring(1));
                // The true change range: previous true range minus current true range.
                all &= c.changeLower() <= r1[j][0] - r2[j][1] && r1[j][1] - r2[j][0] <= c.changeUpper();
                width += c.changeUpper() - c.changeLower() + 1;
            }
            covered += all ? 1 : 0;
        }
        double cover = (double) covered / SURVEYS;
        System.out.printf("RankChanges coverage over %d pairs of surveys of %d units (bar %.3f): %.3f; mean interval"
                + " size %.2f of %d possible%n", SURVEYS, p, BAR, cover, width / (SURVEYS * p), 2 * p - 1);
        assertTrue(cover >= BAR, "rank change coverage " + cover);
        assertTrue(width / (SURVEYS * p) < 0.6 * (2 * p - 1), "intervals are trivially wide");
    }
}
