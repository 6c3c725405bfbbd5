package io.github.sipas.core;

import io.github.sipas.core.internal.Texts;
import java.util.List;
import java.util.Locale;

/**
 * What a reader does with a cell that holds nothing but the mark another program writes for a missing value:
 * {@code NA} (R's {@code write.csv}), {@code N/A}, {@code #N/A} (Excel's "no value available", also a lookup that found
 * nothing) or {@code .} (the missing value of SPSS, Stata and SAS). See {@link #TOKENS}.
 *
 * <p>A cell is such a mark when its whole text, trimmed of white space (the no-break spaces included), is one of the
 * tokens ignoring case, or another spelling of "not available" ({@link #key}): {@code NA}, {@code na}, {@code n/a},
 * {@code #n/a}, {@code N.A.}, {@code N / A} are marks, {@code .5}, {@code ..}, {@code NaN} and {@code NA NA} are not.
 * Three things win over the default reading: a rule of a values file for the column or {@code *} ({@code --values},
 * {@link io.github.sipas.core.csv.AnswerValues}), and a code, a label or a
 * special code of the item's own scale that reads the same ignoring case (a scale whose special code is {@code NA}
 * keeps it). A typed {@link Answer} given in code (the collector, a journal) is never read as a mark: it says what
 * it is.
 *
 * @since 0.2
 */
public enum MissingTokens {
    /**
     * The marks are unanswered, for every item, text items included; the default. The read counts them and warns
     * once ({@link Rule#MISSING_TOKEN}), naming the columns and how many cells of each held a mark.
     */
    UNANSWERED,
    /**
     * The marks are refused in an item with a scale ({@link Rule#NOT_A_CODE}, with a message saying what the mark is
     * and naming this option), and taken as text by a text item, as any other text.
     */
    REFUSE;

    /** The marks, as their programs write them; matched ignoring case. */
    public static final List<String> TOKENS = List.of("NA", "N/A", "#N/A", ".");

    /**
     * Returns whether a text, already trimmed, is one of the {@link #TOKENS} ignoring case.
     *
     * @param trimmed the text, trimmed of white space
     * @return true for a mark
     */
    public static boolean isToken(String trimmed) {
        return key(trimmed) != null;
    }

    /**
     * Returns whether a cell as read, with its spaces of any kind around it (no-break spaces too), holds nothing but a
     * missing-value mark ({@link #isToken} once trimmed): for the unit, period and grouping columns and the attributes
     * that the quality checks group by.
     *
     * @param cell the cell's text
     * @return true for a mark
     */
    public static boolean isMark(String cell) {
        return cell != null && isToken(Texts.clean(cell));
    }

    /**
     * Returns the mark a text spells, or null: {@code "."} for {@code .}, and {@code "NA"} for the spellings of "not
     * available" — the letters N and A in that order, in any case, with at most a {@code #} before them and slashes,
     * dots and spaces between and after them ({@code NA}, {@code N/A}, {@code #N/A}, {@code N.A.}, {@code N / A},
     * {@code n/a.}), eight characters at most.
     *
     * @param trimmed the text, trimmed of white space
     * @return {@code "."}, {@code "NA"} or null
     */
    static String key(String trimmed) {
        int n = trimmed.length();
        if (n == 0 || n > 8 || trimmed.charAt(n - 1) == ' ') {
            return null;
        }
        if (trimmed.equals(".")) {
            return ".";
        }
        StringBuilder letters = new StringBuilder(2);
        for (int i = 0; i < n; i++) {
            char c = trimmed.charAt(i);
            if (c == '#' && i == 0) {
                continue;
            }
            if (c == 'N' || c == 'n' || c == 'A' || c == 'a') {
                letters.append(Character.toUpperCase(c));
            } else if (!(c == '/' || c == '.' || c == ' ') || letters.length() == 0) {
                return null;
            }
        }
        return letters.toString().equals("NA") ? "NA" : null;
    }

    /**
     * Says what program writes a mark, for messages: {@code "R's NA"}, {@code "Excel's #N/A"}…
     *
     * @param token a mark ({@link #isToken} true)
     * @return the words
     */
    static String describe(String token) {
        switch (token.toUpperCase(Locale.ROOT)) {
            case "NA":
                return "R's NA, as write.csv writes a missing value";
            case "#N/A":
                return "Excel's #N/A, no value available or a lookup that found nothing";
            case ".":
                return "the missing value of SPSS, Stata and SAS";
            default:
                return "not available";
        }
    }
}
