package io.github.sipas.scoring.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example of {@link RankingMethod}'s Javadoc, which must stay true. R 4.2.2 on the rounded values x:
 * {@code rank(-x, ties.method = "min")} gives 3 1 3 5 2 and {@code as.integer(factor(-x))} gives 3 1 3 4 2.
 */
class RankingMethodTest {

    private static List<Integer> ranks(RankingMethod method) {
        Ranking r = Ranking.of(RankingFixtures.cardOf(85.004, 90.00, 85.00, 70.5, 85.005),
                RankingOptions.builder().method(method).build());
        return List.of("u00", "u01", "u02", "u03", "u04").stream()
                .map(l -> r.unit(l).orElseThrow().rank()).toList();
    }

    @Test
    void competitionExampleOfTheJavadoc() {
        assertEquals(List.of(3, 1, 3, 5, 2), ranks(RankingMethod.COMPETITION));
    }

    @Test
    void denseExampleOfTheJavadoc() {
        assertEquals(List.of(3, 1, 3, 4, 2), ranks(RankingMethod.DENSE));
    }
}
