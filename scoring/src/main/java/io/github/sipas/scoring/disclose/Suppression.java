package io.github.sipas.scoring.disclose;

/**
 * Why a cell of a published result (a unit, or a unit crossed with a group) has its figures suppressed; see
 * {@link Disclosure} for the rule.
 *
 * <p>With the default threshold of 10 and a scorecard grouped by unit and sex in which Bắc Hà has 20 men and 4 women:
 * {@code Bắc Hà / Nữ} is suppressed {@link #SMALL_CELL} (4 &lt; 10) and {@code Bắc Hà / Nam}
 * {@link #COMPLEMENTARY}, since Bắc Hà's own figures, published by unit, minus the men's would give the women's.
 *
 * @since 0.1
 */
public enum Suppression {

    /** Primary suppression: the cell has fewer respondents (forms, unweighted) than the threshold. */
    SMALL_CELL,

    /**
     * Secondary (complementary) suppression: the cell has enough respondents, but it is suppressed too so that a
     * smaller suppressed cell of the same total cannot be worked out by subtracting the published cells from the total.
     */
    COMPLEMENTARY;

    /**
     * Returns the reason given in place of the figures, in English, as the ranking's other reasons are.
     *
     * @param respondents the cell's number of respondents (forms)
     * @param minRespondents the rule's k
     * @return the reason
     */
    public String reason(long respondents, int minRespondents) {
        return this == SMALL_CELL
                ? "suppressed: " + respondents + " respondents, fewer than the " + minRespondents
                        + " needed to publish a figure"
                : "suppressed to protect a smaller suppressed cell of the same total (complementary suppression)";
    }
}
