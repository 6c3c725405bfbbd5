package io.github.sipas.core.csv;

/**
 * How a {@link CsvResponseReader} reads the decimal mark of a weight. A weight is a plain decimal number: digits, at
 * most one decimal mark, optionally an exponent ({@code 2.5}, {@code 0.75}, {@code 1e-3}, {@code +4}); it never groups
 * its digits. A space of any kind between digits (the space, no-break space U+00A0, figure space U+2007, thin space
 * U+2009, narrow no-break space U+202F), an apostrophe or an underscore, two marks ({@code 1.000.000},
 * {@code 1.000,5}) or a mark the convention does not take is a {@link io.github.sipas.core.Rule#BAD_WEIGHT} problem at
 * its line and column, never a silently different number.
 *
 * @since 0.1
 */
public enum DecimalMark {
    /**
     * A point or a comma ({@code 2.5}, {@code 2,5}), one mark at most; the default. A value that reads as a whole
     * number grouped by thousands just as well as a decimal, namely one to three digits not starting with 0, the
     * mark, and exactly three digits ({@code 1.000}, {@code 1,000}, {@code 12.345}, as Vietnamese and many European
     * exports write thousands with a point and English ones with a comma), is refused as ambiguous: write
     * {@code 1000}, or the decimal with another number of decimals ({@code 1.0}, {@code 12.3450}), or choose
     * {@link #POINT} or {@link #COMMA}. {@code 0.125} and {@code 1.2345} are not ambiguous.
     */
    EITHER,
    /** The point is the decimal mark: {@code 1.000} is 1.0; a comma anywhere is refused (it would group thousands). */
    POINT,
    /**
     * The comma is the decimal mark, as Excel writes numbers in Vietnamese: {@code 1,5} is 1.5 and {@code 1,000} is
     * 1.0; a point anywhere is refused (it would group thousands, as in {@code 1.000,5}).
     */
    COMMA
}
