package io.github.sipas.scoring.estimate;

/**
 * Per unit, the sums of the non-criterion questions: for each question the forms that answered it (count and Σ w),
 * the don't-know and blank answers, and for each option the forms choosing it (count and Σ w). Sums only; they merge
 * by addition.
 */
final class OptionSums {

    final long[] answered;
    final double[] answeredWeight;
    final long[] dontKnow;
    final long[] unanswered;
    /** Per question q and option p, at [q * points + p]. */
    final long[] chosen;
    final double[] chosenWeight;
    final int points;

    OptionSums(int questions, int points) {
        this.points = points;
        answered = new long[questions];
        answeredWeight = new double[questions];
        dontKnow = new long[questions];
        unanswered = new long[questions];
        chosen = new long[questions * points];
        chosenWeight = new double[questions * points];
    }

    /** Adds o's sums, its sums of weights multiplied by f (1 for sums of the same scale). */
    void combine(OptionSums o, double f) {
        for (int q = 0; q < answered.length; q++) {
            answered[q] += o.answered[q];
            answeredWeight[q] += f * o.answeredWeight[q];
            dontKnow[q] += o.dontKnow[q];
            unanswered[q] += o.unanswered[q];
        }
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] += o.chosen[i];
            chosenWeight[i] += f * o.chosenWeight[i];
        }
    }

    /** Multiplies the sums of weights by f. */
    void multiply(double f) {
        UnitSums.multiply(answeredWeight, f);
        UnitSums.multiply(chosenWeight, f);
    }
}
