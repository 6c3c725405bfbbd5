package io.github.sipas.scoring.disclose;

import io.github.sipas.core.PersonalFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import io.github.sipas.scoring.estimate.Grouping;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.UnitScore;

/**
 * What a published result may show: the small-cell rule that every writer ({@link
 * io.github.sipas.scoring.format.ScoreJson}, {@link io.github.sipas.scoring.format.ScoreCsv}, {@link
 * io.github.sipas.scoring.report.HtmlReport} and the command line's table) applies through {@link
 * io.github.sipas.scoring.result.ScoreResult#disclosure()}, and the attributes that are personal and never written.
 *
 * <pre>{@code
 * ScoreResult result = new ScoreResult(card, Ranking.of(card), rowsRead, rejected, names, Disclosure.of(10));
 * result.suppressed();   // {"Mường Khương": SMALL_CELL}
 * }</pre>
 *
 * <h2>Small cells</h2>
 * A <em>cell</em> is one unit (or group) of the scorecard: a unit when scoring by unit; a unit crossed with a group
 * such as sex or age group when scoring by unit and attribute ({@link Grouping#byUnitAnd(String)}); a group when
 * scoring by an attribute alone. A cell with fewer than {@link #minRespondents()} respondents (k, 10 unless set) is
 * suppressed ({@link Suppression#SMALL_CELL}); respondents are forms, unweighted ({@link UnitScore#respondents()}),
 * since it is the number of people that protects them, not their weights. Everything derived from a suppressed cell's
 * forms is withheld: its index, interval, rank, tier and change of rank, its elements, criteria, answer counts and
 * shares, option shares, variants and reliability. Its label and its number of forms are published: the number of
 * forms is the sample's size, which the survey's plan makes public anyway, and it tells the reader why the figures
 * are missing. A suppressed cell is not ranked and does not take up a rank (the others are ranked among themselves, so
 * that a gap in the ranks cannot place it), and it is left out of the charts and of the means of units of the HTML
 * report. k = 1 suppresses nothing.
 *
 * <h2>Complementary suppression</h2>
 * The cells of one unit crossed with a group add up to the unit, whose own figures are published when it is scored
 * by unit; the groups scored by an attribute alone add up to every form. The answer counts of a suppressed cell could
 * then be worked out as the total minus the other cells. So, within each such set of cells (the cells of one unit, or
 * all groups), while exactly one cell is suppressed or the suppressed cells together hold fewer than k forms, the
 * published cell with the fewest forms (ties by label) is suppressed too ({@link Suppression#COMPLEMENTARY}). With
 * k = 10, Bắc Hà with 20 men and 4 women loses both cells; Si Ma Cai with 6 and 6 loses both as small cells and no
 * other; Bảo Yên with 3, 2 and 30 in three age groups loses the 3 and the 2 as small cells and, since 3 + 2 &lt; 10,
 * the 30 as complementary. Scored by unit alone, the cells add up to no total that these writers publish (the HTML
 * report's pooled distributions and means of units leave suppressed units out), so only small cells are suppressed.
 * This protects against subtraction from the totals of the same data; it cannot protect against totals published
 * from other data (another period's, another office's).
 *
 * <h2>Personal fields</h2> A response's attributes are never written by the writers, except as the group of a
 * scorecard grouped by an attribute and as the interviewer or batch of a data-quality finding. An attribute is
 * personal when its name, folded as the CSV reader folds headers (case, diacritics and punctuation ignored), contains
 * one of the {@link PersonalFields#NAMES}, folded, as whole words: {@code Số điện thoại}, {@code so_dien_thoai} and
 * {@code Phone number} all contain {@code điện thoại} or {@code phone}. {@link Grouping} refuses to group by a
 * personal attribute, and the {@link io.github.sipas.scoring.report.HtmlReport} withholds the value of a finding's
 * personal group column.
 *
 * @param minRespondents k: cells with fewer respondents (forms) are suppressed; at least 1, and 1 suppresses nothing
 * @since 0.1
 */
public record Disclosure(int minRespondents) {

    /** The default threshold: cells with fewer than 10 respondents are suppressed. */
    public static final int DEFAULT_MIN_RESPONDENTS = 10;

    private static final Disclosure DEFAULTS = new Disclosure(DEFAULT_MIN_RESPONDENTS);
    private static final Disclosure NONE = new Disclosure(1);

    /**
     * Validates the threshold.
     *
     * @param minRespondents k, at least 1
     * @throws IllegalArgumentException if k is below 1
     */
    public Disclosure {
        if (minRespondents < 1) {
            throw new IllegalArgumentException("minRespondents must be at least 1 (1 suppresses nothing), not "
                    + minRespondents);
        }
    }

    /**
     * Returns the default rule: cells with fewer than {@value #DEFAULT_MIN_RESPONDENTS} respondents are suppressed.
     *
     * @return the default rule
     */
    public static Disclosure defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the rule that suppresses no cell (k = 1), for analysis that is not published. Personal attributes are
     * still never written.
     *
     * @return the rule
     */
    public static Disclosure none() {
        return NONE;
    }

    /**
     * Returns the rule with a threshold.
     *
     * @param minRespondents k: cells with fewer respondents are suppressed; 1 suppresses nothing
     * @return the rule
     * @throws IllegalArgumentException if k is below 1
     */
    public static Disclosure of(int minRespondents) {
        return minRespondents == DEFAULT_MIN_RESPONDENTS ? DEFAULTS : new Disclosure(minRespondents);
    }

    /**
     * Returns whether a cell with this many respondents is too small to publish.
     *
     * @param respondents the number of forms
     * @return true when {@code respondents < minRespondents()}
     */
    public boolean isSmall(long respondents) {
        return respondents < minRespondents;
    }

    /**
     * Returns the cells of a scorecard to suppress, small and complementary, by label, in the scorecard's order (see
     * the class documentation for the rule).
     *
     * @param scorecard the scorecard
     * @return the suppressed cells' labels and why, immutable; empty when none (always with k = 1)
     * @throws NullPointerException if the scorecard is null
     */
    public Map<String, Suppression> suppressed(Scorecard scorecard) {
        Objects.requireNonNull(scorecard, "scorecard");
        if (minRespondents == 1) {
            return Map.of();
        }
        Map<String, Suppression> marks = new LinkedHashMap<>();
        // The sets of cells that add up to a published total: the groups of one unit, or all groups of an attribute.
        Map<String, List<UnitScore>> totals = new LinkedHashMap<>();
        for (UnitScore u : scorecard.units()) {
            if (isSmall(u.respondents())) {
                marks.put(u.label(), Suppression.SMALL_CELL);
            }
            if (u.group() != null) {
                totals.computeIfAbsent(u.unit() == null ? "" : "unit:" + u.unit(), k -> new ArrayList<>()).add(u);
            }
        }
        for (List<UnitScore> cells : totals.values()) {
            int count = 0;
            long forms = 0;
            for (UnitScore c : cells) {
                if (marks.containsKey(c.label())) {
                    count++;
                    forms += c.respondents();
                }
            }
            if (count == 0) {
                continue;
            }
            List<UnitScore> open = new ArrayList<>(cells.stream().filter(c -> !marks.containsKey(c.label())).toList());
            open.sort(Comparator.comparingLong(UnitScore::respondents).thenComparing(UnitScore::label));
            for (UnitScore c : open) {
                if (count >= 2 && forms >= minRespondents) {
                    break;
                }
                marks.put(c.label(), Suppression.COMPLEMENTARY);
                count++;
                forms += c.respondents();
            }
        }
        Map<String, Suppression> ordered = new LinkedHashMap<>();
        for (UnitScore u : scorecard.units()) {
            Suppression s = marks.get(u.label());
            if (s != null) {
                ordered.put(u.label(), s);
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

}
