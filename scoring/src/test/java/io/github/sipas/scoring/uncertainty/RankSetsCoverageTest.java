package io.github.sipas.scoring.uncertainty;

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
 * well below p, and a good share of the sets must exclude some ranks. The observed figures are printed. The main
 * scenario's well separated units give a simultaneous coverage of 1.000, which says little about the critical value;
 * the scenarios with equal true indices (all equal; three clusters of four) are built so that it decides coverage,
 * which must then be near 0.95 from both sides.
 */
@org.junit.jupiter.api.Tag("slow")
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
    void coverageIsNearTheLevelWithClustersOfEqualTrueIndices() {
        // Three clusters of four equal true indices (95, 80, 65), SE 0.8 to 1.4: pairs across clusters are 7.5 or more
        // SEs of a difference apart and are all established at the first step; the stepdown then studies the 18
        // pairs within clusters alone, all of them true ties, so each is an error if established. The critical value
        // is what decides coverage here, which should be near 0.95: not below it by more than 3 simulation SEs, and
        // at most 0.985. As in csranks, the reverse directions of the established pairs ("a unit at 65 above one at
        // 95") stay in the two-sided stepdown's family, which makes it a little conservative here: 0.974 observed,
        // 0.982 without the stepdown. Checked by scaling the draws: 10 % too wide gives 0.994 (fails the upper
        // bound), 10 % too narrow 0.934 (caught by the test with all indices equal, at 0.894).
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(10L);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] theta = {95, 95, 95, 95, 80, 80, 80, 80, 65, 65, 65, 65};
        double[] se = {0.8, 1.0, 1.2, 1.4, 1.4, 0.8, 1.0, 1.2, 1.2, 1.4, 0.8, 1.0};
        int p = theta.length;
        int[][] truth = trueRange(theta);
        int covered = 0;
        int[] marg = new int[p];
        double size = 0;
        int clusterSized = 0;
        for (int s = 0; s < SURVEYS; s++) {
            List<UnitEstimate> units = survey(g, theta, se);
            RankSetOptions options = RankSetOptions.builder().seed(11000L + s).build();
            RankSets sets = RankSets.simultaneous(units, RankSetType.TWO_SIDED, options);
            RankSets m = RankSets.marginal(units, RankSetType.TWO_SIDED, options);
            boolean all = true;
            for (int j = 0; j < p; j++) {
                RankSet a = sets.unit("U" + j).orElseThrow();
                all &= covers(a, truth[j]);
                marg[j] += covers(m.unit("U" + j).orElseThrow(), truth[j]) ? 1 : 0;
                size += a.size();
                clusterSized += a.lower() >= truth[j][0] && a.upper() <= truth[j][1] ? 1 : 0;
            }
            covered += all ? 1 : 0;
        }
        double simulationSe = Math.sqrt(0.95 * 0.05 / SURVEYS);
        double cover = (double) covered / SURVEYS;
        double minMarg = (double) java.util.Arrays.stream(marg).min().orElseThrow() / SURVEYS;
        double meanSize = size / (SURVEYS * p);
        double withinCluster = (double) clusterSized / (SURVEYS * p);
        System.out.printf("RankSets coverage with 3 clusters of 4 equal true indices over %d surveys: simultaneous"
                + " %.3f (allowed %.3f to 0.985), marginal lowest %.3f; mean size %.2f (a cluster: 4); sets within"
                + " their cluster %.3f%n", SURVEYS, cover, 0.95 - 3 * simulationSe, minMarg, meanSize, withinCluster);
        assertTrue(cover >= 0.95 - 3 * simulationSe, "simultaneous coverage " + cover);
        assertTrue(cover <= 0.985, "simultaneous coverage too high, c too large: " + cover);
        assertTrue(minMarg >= 0.95 - 3 * simulationSe, "marginal coverage " + minMarg);
        assertTrue(meanSize > 3.5 && meanSize <= 4, "sets span their cluster, no more: mean size " + meanSize);
        assertTrue(withinCluster > 0.99, "sets stay within their cluster: " + withinCluster);
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
