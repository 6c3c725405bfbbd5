package io.github.sipas.scoring;

/**
 * One form reduced to what the sums need: per criterion its state, code and point index, and the lists of valid and
 * satisfied criteria. Reused from form to form by one accumulator.
 */
final class Row {
    static final byte VALID = 0;
    static final byte UNANSWERED = 1;
    static final byte DONT_KNOW = 2;
    static final byte NOT_ASKED = 3;

    final byte[] state;
    final int[] code;
    final int[] pointIndex;
    final int[] validList;
    final int[] satList;
    final int[] topList;
    /** Per valid criterion, its code as a double, for the mean-score variant. */
    final double[] value;
    int validCount;
    int satCount;
    int topCount;

    Row(int items) {
        state = new byte[items];
        code = new int[items];
        pointIndex = new int[items];
        validList = new int[items];
        satList = new int[items];
        topList = new int[items];
        value = new double[items];
    }
}
