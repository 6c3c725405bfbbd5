package io.github.sipas.scoring.uncertainty;

import io.github.sipas.core.Answer;
import io.github.sipas.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.report.HtmlReportTest;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;

/**
 * Hand-made results whose rank sets can be worked out by hand. Every form answers all 22 criteria of sipas-2017 alike,
 * 5 (satisfied) or 1 (not), so that each criterion, each element and the overall index of a unit are all the share of
 * its forms answering 5: 36 of 40 forms give 90, 20 of 40 give 50, 4 of 40 give 10.
 */
public final class UncertaintyFixtures {

    public static final String HIGH = "Cao";
    public static final String MIDDLE = "Giữa";
    public static final String LOW = "Thấp";
    public static final String SMALL = "Nhỏ";

    private UncertaintyFixtures() {
    }

    /** {@code satisfied} of 40 forms of a unit answer 5 to every criterion, the others 1. */
    static void unit(List<Response> rows, String unit, int satisfied) {
        for (int i = 0; i < 40; i++) {
            int answer = i < satisfied ? 5 : 1;
            rows.add(HtmlReportTest.form(unit + "-" + i, unit, j -> Answer.point(answer)));
        }
    }

    static ScoreResult result(List<Response> rows) {
        Scorecard card = Scorer.of(HtmlReportTest.SURVEY).score(rows);
        return new ScoreResult(card, Ranking.of(card), rows.size(), 0, Map.of(), Disclosure.defaults());
    }

    /**
     * Three units 40 points apart: 90, 50 and 10. Their standard errors are about 4.8, 8.0 and 4.8 points (for a share
     * p of n = 40 forms, √(p (1 − p) / (n − 1))), so neighbours differ by about 40 / √(4.8² + 8.0²) = 4.3 standard
     * errors, far above the largest critical value three units can have: the Bonferroni bound z(1 − 0.05 / 6) = 2.39
     * for their 6 directed pairs. Every pair is established: the sets are [1, 1], [2, 2], [3, 3].
     */
    public static ScoreResult separated() {
        List<Response> rows = new ArrayList<>();
        unit(rows, HIGH, 36);
        unit(rows, MIDDLE, 20);
        unit(rows, LOW, 4);
        return result(rows);
    }

    /**
     * The same three units a period before, the middle one at 40 (16 of 40 forms): its index rose by 10 points. Still
     * well separated: 30 points from the lowest, √(4.8² + 7.7²) = 9.1 points of standard error, 3.3 standard errors,
     * above the Bonferroni bound z(1 − 0.05 / 12) = 2.64 for the 12 directed pairs of the two periods' sets computed
     * together ({@link RankChanges}); so the sets are the ranks in both periods and every change range is [0, 0].
     */
    static ScoreResult separatedBefore() {
        List<Response> rows = new ArrayList<>();
        unit(rows, HIGH, 36);
        unit(rows, MIDDLE, 16);
        unit(rows, LOW, 4);
        return result(rows);
    }

    /**
     * Three units with the same answers, all at 50: equal estimates are never established as ordered (RankSets'
     * Javadoc), so every set is the full range [1, 3].
     */
    public static ScoreResult identical() {
        List<Response> rows = new ArrayList<>();
        unit(rows, "Một", 20);
        unit(rows, "Hai", 20);
        unit(rows, "Ba", 20);
        return result(rows);
    }

    /** {@link #separated()} and a unit of 5 forms, which the default rule (10 forms) suppresses. */
    public static ScoreResult withSmallUnit() {
        List<Response> rows = new ArrayList<>();
        unit(rows, HIGH, 36);
        unit(rows, MIDDLE, 20);
        unit(rows, LOW, 4);
        for (int i = 0; i < 5; i++) {
            rows.add(HtmlReportTest.form(SMALL + "-" + i, SMALL, j -> Answer.point(5)));
        }
        return result(rows);
    }

    /** Two-sided simultaneous sets with the defaults (0.95, 1,000 draws, seed 1). */
    static Uncertainty.Builder sets() {
        return Uncertainty.builder().simultaneous(RankSetType.TWO_SIDED, RankSetOptions.defaults());
    }

    /** {@link #separated()} with rank sets, {@link #separatedBefore()} as its previous period, and Fay–Herriot. */
    public static ScoreResult everything() {
        ScoreResult before = separatedBefore();
        ScoreResult now = separated();
        ScoreResult result = new ScoreResult(now.scorecard(), now.ranking().withPrevious(before.ranking().ranks()),
                now.rowsRead(), now.rejected(), Map.of(), Disclosure.defaults());
        return result.withUncertainty(sets().previous(before.estimates())
                .fayHerriot(FayHerriot.builder().build()));
    }

    /** A result with two-sided simultaneous sets and nothing else. */
    public static ScoreResult withSets(ScoreResult result) {
        return result.withUncertainty(sets());
    }
}
