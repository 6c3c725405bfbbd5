package io.github.sipas.scoring.estimate;

import io.github.sipas.core.Answer;
import io.github.sipas.core.Item;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded random responses for property tests. The cases provably reach the edges: the first seeds give one respondent,
 * a unit whose every answer is missing, a unit where every answer is satisfied (p = 1) and one where none is (p = 0);
 * weights range over four orders of magnitude.
 */
final class RandomResponses {

    private RandomResponses() {
    }

    static List<Response> generate(Survey survey, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int kind = (int) (seed % 6);
        int units = 1 + rng.nextInt(4);
        int rows = kind == 0 ? 1 : 2 + rng.nextInt(120);
        boolean weighted = rng.nextBoolean();
        double missing = rng.nextDouble() * 0.3;
        List<Response> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            int unit = rng.nextInt(units);
            Response.Builder b = Response.builder("R" + seed + "-" + i).unit("U" + unit)
                    .attribute("gender", rng.nextBoolean() ? "Nam" : "Nữ");
            if (weighted) {
                b.weight(kind == 5 ? Math.exp(rng.nextDouble() * 9 - 4.5) : 0.4 + 2.6 * rng.nextDouble());
            }
            double quality = rng.nextDouble();
            for (Item item : survey.criteria()) {
                Answer a;
                double u = rng.nextDouble();
                if (kind == 1 && unit == 0) {
                    a = rng.nextBoolean() ? Answer.unanswered() : Answer.dontKnow();
                } else if (kind == 2 && unit == 0) {
                    a = Answer.point(4 + rng.nextInt(2));
                } else if (kind == 3 && unit == 0) {
                    a = Answer.point(1 + rng.nextInt(3));
                } else if (u < missing / 3) {
                    a = Answer.unanswered();
                } else if (u < 2 * missing / 3) {
                    a = Answer.dontKnow();
                } else if (u < missing) {
                    a = Answer.notAsked();
                } else {
                    double x = quality * 4 + rng.nextDouble() * 2;
                    a = Answer.point(Math.min(5, 1 + (int) x));
                }
                b.answer(item.id(), a);
            }
            out.add(b.build());
        }
        return out;
    }
}
