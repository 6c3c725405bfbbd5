package io.github.sipas.core.csv;

/**
 * Reads the weight cells of one read, in file order, by the rules of {@link DecimalMark}: a plain decimal number,
 * finite and positive, and within a factor {@link #MAX_RATIO} of the first weight of the file, so that the scorer's
 * sums of weights and squared weights, once rescaled, stay in the range of a double.
 */
final class WeightCells {

    /**
     * How far a weight may lie from the file's first weight: 2<sup>100</sup> (about 1.27 × 10<sup>30</sup>) times it
     * or 2<sup>−100</sup> of it. Two accepted weights thus differ by at most 2<sup>200</sup>, which the scorer's sums
     * hold (see {@code ScoreAccumulator}).
     */
    static final double MAX_RATIO = 0x1p100;

    private final DecimalMark mark;
    private double first = Double.NaN;
    private long firstLine;
    private double value;

    WeightCells(DecimalMark mark) {
        this.mark = mark;
    }

    /**
     * The text of a workbook's number cell ({@code 1.234}: a plain decimal with a point, whatever the workbook's
     * locale) written so that {@link #read} takes its value under {@code mark}: with the decimal comma, the point
     * becomes a comma ({@code 1,234}); with either mark, exactly three decimals gain a zero ({@code 1.2340}) so that
     * they cannot be taken for a thousands group; with the decimal point, the text as it is.
     */
    static String numberCell(String text, DecimalMark mark) {
        int point = text.indexOf('.');
        if (point < 0) {
            return text;
        }
        return switch (mark) {
            case COMMA -> text.replace('.', ',');
            case EITHER -> text.length() - point - 1 == 3 ? text + "0" : text;
            case POINT -> text;
        };
    }

    /** The weight of the last cell read without a problem. */
    double value() {
        return value;
    }

    /**
     * Reads a cell; returns null when it holds a weight ({@link #value()}), else what is wrong with it and what is
     * allowed.
     */
    String read(String raw, long line) {
        double plain = plain(raw);
        if (plain > 0) {
            return accept(plain, line);
        }
        String s = trim(raw);
        int n = s.length();
        if (n == 0) {
            return "the weight is blank; every row needs a finite positive weight when the file has a weight column";
        }
        int points = 0;
        int commas = 0;
        int grouping = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c == '+' || c == '-' || c == 'e' || c == 'E') {
                continue;
            }
            if (c == '.') {
                points++;
            } else if (c == ',') {
                commas++;
            } else if (c == '\'' || c == '\u2019' || c == '_' || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)) {
                if (grouping < 0) {
                    grouping = c;
                }
            } else {
                return notANumber();
            }
        }
        if (grouping >= 0) {
            return "the weight groups its digits with " + describe((char) grouping) + "; a weight is a plain decimal "
                    + "number without grouping: write 1000, not 1 000 or 1'000";
        }
        if (points + commas > 1) {
            return "the weight has " + (points + commas) + " marks ('.' or ','), so one of them groups thousands, "
                    + "which a weight must not do; write a plain decimal number: 1000 or 1234.5"
                    + (mark == DecimalMark.COMMA ? " (1234,5 with the decimal comma)" : "");
        }
        if (mark == DecimalMark.COMMA && points > 0) {
            return "with the decimal comma, a '.' would group thousands, which a weight must not do; write 1,5 for "
                    + "one and a half and 1000 for a thousand";
        }
        if (mark == DecimalMark.POINT && commas > 0) {
            return "with the decimal point, a ',' would group thousands, which a weight must not do; write 1.5 for "
                    + "one and a half and 1000 for a thousand";
        }
        // The structure: [sign] digits [mark digits] [e [sign] digits], with a digit before or after the mark.
        int i = s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
        int intStart = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        int intDigits = i - intStart;
        int fracDigits = 0;
        boolean marked = i < n && (s.charAt(i) == '.' || s.charAt(i) == ',');
        if (marked) {
            i++;
            int fracStart = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            fracDigits = i - fracStart;
        }
        boolean exponent = false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            exponent = true;
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expStart = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == expStart) {
                return notANumber();
            }
        }
        if (i != n || intDigits + fracDigits == 0) {
            return notANumber();
        }
        if (mark == DecimalMark.EITHER && marked && !exponent && fracDigits == 3 && intDigits >= 1 && intDigits <= 3
                && s.charAt(intStart) != '0') {
            return "the weight is ambiguous: '" + s.charAt(intStart + intDigits) + "' followed by exactly three digits "
                    + "may group thousands (" + s.substring(intStart, intStart + intDigits)
                    + s.substring(intStart + intDigits + 1) + ") or mark decimals; write a thousand as 1000 and a "
                    + "decimal with another number of decimals (1.0, 2.5, 1.2340), or name the file's decimal mark: "
                    + (s.charAt(intStart + intDigits) == '.'
                    ? "--decimal-point if '.' marks decimals in it (as R writes weights), --decimal-comma if ',' "
                    + "does and '.' groups thousands (as a Vietnamese Excel writes them)"
                    : "--decimal-comma if ',' marks decimals in it (as a Vietnamese Excel writes weights), "
                    + "--decimal-point if '.' does and ',' groups thousands (as an English Excel writes them)");
        }
        double v = Double.parseDouble(commas > 0 ? s.replace(',', '.') : s);
        if (Double.isInfinite(v)) {
            return "the weight is beyond the range of a double (at most 1.8e308); expected a finite positive number";
        }
        if (!(v > 0)) {
            return v == 0 && hasNonZeroDigit(s) ? "the weight is below the smallest positive double (4.9e-324)"
                    : "the weight must be finite and positive";
        }
        return accept(v, line);
    }

    /** Takes a finite positive weight within {@link #MAX_RATIO} of the first; returns null, or what is wrong. */
    private String accept(double v, long line) {
        if (Double.isNaN(first)) {
            first = v;
            firstLine = line;
        } else {
            double ratio = v / first;
            if (!(ratio <= MAX_RATIO && ratio >= 1 / MAX_RATIO)) {
                return "the weight is " + (ratio > 1 ? "more than 2^100 (1.27e30) times" : "less than 2^-100 of")
                        + " the file's first weight, " + first + " on line " + firstLine + "; weights so far apart "
                        + "cannot be summed in double precision";
            }
        }
        value = v;
        return null;
    }

    /** Exact powers of ten as doubles, 10^0 to 10^15. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    /**
     * The common case read in one pass: digits, optionally a point and digits ({@code 2.7208}), at most 15 digits in
     * all, not zero, the point taken by the mark and not ambiguous; else NaN, for the full reading. The value is the
     * digits as a whole number divided by a power of ten, both exact in a double, and a division is correctly
     * rounded, so it is the very double {@link Double#parseDouble} gives.
     */
    private double plain(String raw) {
        int n = raw.length();
        if (n == 0 || n > 16) {
            return Double.NaN;
        }
        long m = 0;
        int point = -1;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                m = m * 10 + (c - '0');
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return Double.NaN;
            }
        }
        if (point < 0) {
            return n <= 15 ? m : Double.NaN;
        }
        int fraction = n - point - 1;
        if (point == 0 || fraction == 0 || mark == DecimalMark.COMMA
                || mark == DecimalMark.EITHER && fraction == 3 && point <= 3 && raw.charAt(0) != '0') {
            return Double.NaN;
        }
        return m / POWERS_OF_TEN[fraction];
    }

    private static String notANumber() {
        return "the weight is not a number; expected a plain decimal number, finite and positive, such as 2.5, 0,75 "
                + "or 1e-3";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasNonZeroDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String describe(char c) {
        switch (c) {
            case ' ':
                return "a space";
            case '\'':
            case '\u2019':
                return "an apostrophe";
            case '_':
                return "an underscore";
            default:
                return String.format("a space (U+%04X)", (int) c);
        }
    }

    /** The text without the white space and spaces of any kind (U+00A0, U+202F…) at either end. */
    private static String trim(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == raw.length() ? raw : raw.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
