package io.github.sipas.scoring.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Times simultaneous and marginal rank sets for 700 units and 1,000 draws (the "seconds, not minutes"). A
 * program, not a test: the default build does not run it. From the scoring module, after {@code mvn test-compile}:
 *
 * <pre>
 * mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt):../core/target/classes \
 *     io.github.sipas.scoring.RankSetsBenchmark [units] [draws] [rounds]
 * </pre>
 *
 * The units' indices are spread like SIPAS district indices (75 to 98) with standard errors of 0.8 to 3 points.
 */
public final class RankSetsBenchmark {

    private RankSetsBenchmark() {
    }

    static List<UnitEstimate> units(int p, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<UnitEstimate> out = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            out.add(new UnitEstimate("U" + j, 75 + 23 * rng.nextDouble(), 0.8 + 2.2 * rng.nextDouble()));
        }
        return out;
    }

    /**
     * Runs the benchmark.
     *
     * @param args units (700), draws (1000), rounds (3)
     */
    public static void main(String[] args) {
        int p = args.length > 0 ? Integer.parseInt(args[0]) : 700;
        int draws = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<UnitEstimate> units = units(p, 505);
        RankSetOptions options = RankSetOptions.builder().draws(draws).seed(42).build();
        System.out.printf("%d units, %d draws, %d cores, Java %s%n", p, draws,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            RankSets simul = RankSets.simultaneous(units, RankSetType.TWO_SIDED, options);
            long t1 = System.nanoTime();
            RankSets marg = RankSets.marginal(units, RankSetType.TWO_SIDED, options);
            long t2 = System.nanoTime();
            RankChanges changes = RankChanges.of(units, units(p, 506), options);
            long t3 = System.nanoTime();
            double w1 = simul.units().stream().mapToInt(RankSet::size).average().orElse(0);
            double w2 = marg.units().stream().mapToInt(RankSet::size).average().orElse(0);
            System.out.printf("round %d: simultaneous %.2f s (%d steps, mean size %.1f), marginal %.2f s (mean size"
                    + " %.1f), rank changes of two periods %.2f s (%d units)%n", r + 1, (t1 - t0) / 1e9,
                    simul.criticalValues().size(), w1, (t2 - t1) / 1e9, w2, (t3 - t2) / 1e9,
                    changes.changes().size());
        }
    }
}
