package io.github.sipas.scoring.estimate;

/**
 * One form reduced to what the sums need: per criterion its state and point index, and the lists of valid,
 * dissatisfied (valid, not satisfied), missing and top-point criteria. Reused from form to form by one accumulator.
 */
final class Row {
    static final byte VALID = 0;
    static final byte UNANSWERED = 1;
    static final byte DONT_KNOW = 2;
    static final byte NOT_ASKED = 3;

    final byte[] state;
    final int[] pointIndex;
    final int[] validList;
    final int[] dissList;
    final int[] missList;
    final int[] topList;
    /** Per valid criterion, its code as a double, for the mean-score variant. */
    final double[] value;
    /** Per valid criterion, its code minus its scale's top code, for the mean-score variant's sums. */
    final double[] centred;
    int validCount;
    int dissCount;
    int missCount;
    int topCount;

    Row(int items) {
        state = new byte[items];
        pointIndex = new int[items];
        validList = new int[items];
        dissList = new int[items];
        missList = new int[items];
        topList = new int[items];
        value = new double[items];
        centred = new double[items];
    }
}
