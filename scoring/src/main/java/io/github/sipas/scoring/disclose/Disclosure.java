package io.github.sipas.scoring.disclose;

import io.github.sipas.core.PersonalFields;
import io.github.sipas.core.quality.QualityScope;
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
 * <h2>Data-quality findings</h2>
 * A published data-quality finding is a figure too: "27 don't know of 109 asked over all units" beside two published
 * units with 9 each gives away a suppressed unit's 9 of 9. {@link #qualityScope(Scorecard)} says which findings a
 * publication may show ({@link io.github.sipas.core.quality.QualityChecks.Accumulator#result(QualityScope)} computes
 * them):
 * <ul>
 * <li>scored by unit, the findings about a published unit, and the findings over all units computed over the
 * published units only (their message says {@code "over the 3 published units"} when a unit is left out);</li>
 * <li>scored by unit and an attribute, the findings about a unit of at least k forms, and over all units those units'
 * forms: a unit's figures cannot give away one cell, since its suppressed cells hold at least k forms together (see
 * complementary suppression above);</li>
 * <li>scored by an attribute alone, whose cells are not units, the findings over all units only (the published groups
 * add up to every form; a finding about one unit could be subtracted from them);</li>
 * <li>an interviewer or batch finding of a shown unit states the mean of the group's forms and of the unit's other
 * forms, so both must hold at least k forms, and when the scorecard is grouped by unit and an attribute the group
 * must not be a suppressed cell's value.</li>
 * </ul>
 * With k = 1 every finding is shown. Figures published from other runs on the same data (a report by unit beside one
 * by sex, each with its own suppression) can still be subtracted from one another; publish one grouping per data set
 * when that matters.
 *
 * <h2>Identifying groupings</h2>
 * A list of names cannot know every header (a column {@code Mobile}, {@code Zalo} or {@code ĐT} of phone numbers), so a
 * grouping is also judged by its values: {@link #checkGroups(Scorecard, String)} refuses a scorecard grouped by an
 * attribute whose values are almost all distinct, namely one with at least two distinct values (the group
 * {@value Grouping#MISSING} not counted) and more of them than {@code forms ÷ max(k, 2)}, counting the forms that have
 * a value, or with more than half of its values held by one form each. Its groups would then hold fewer than k forms
 * on average, or mostly one: they would be suppressed, and their labels, which are published, are the column's
 * values. With k = 10, 1,800 forms may be grouped by up to 180 values (districts, communes, interviewers); a column of
 * phone numbers, names or ids, with about one value per form, is refused; with k = 1, a column is refused when it has
 * more values than half the forms. The check needs no more memory than the scorecard, which already holds one cell
 * per value, and it is made before anything is published ({@link io.github.sipas.scoring.ScoreRun} makes it as soon
 * as the file is read; {@link io.github.sipas.scoring.result.ScoreResult} refuses such a scorecard).
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


    /**
     * Refuses a scorecard grouped by an attribute whose values are almost all distinct (see the class documentation):
     * at least two distinct values, not counting {@value Grouping#MISSING}, and either more of them than
     * {@code valued ÷ max(k, 2)}, where {@code valued} counts the forms that have a value (a column filled on a tenth of
     * the forms is judged on that tenth), or more than half of them held by one form each (free text, names or phone
     * numbers beside one common value such as "no"). A scorecard by unit alone passes.
     *
     * @param scorecard the scorecard
     * @param column the grouping attribute's name, for the message
     * @throws IllegalArgumentException if the grouping is identifying; the message names the column, its number of
     *     distinct values, the forms and the rule, never a value
     * @throws NullPointerException if an argument is null
     */
    public void checkGroups(Scorecard scorecard, String column) {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(column, "column");
        Map<String, Long> formsByValue = new java.util.HashMap<>();
        long valued = 0;
        for (UnitScore u : scorecard.units()) {
            if (u.group() != null && !u.group().equals(Grouping.MISSING)) {
                formsByValue.merge(u.group(), u.respondents(), Long::sum);
                valued += u.respondents();
            }
        }
        int divisor = Math.max(minRespondents, 2);
        long distinct = formsByValue.size();
        long single = formsByValue.values().stream().filter(n -> n == 1).count();
        if (distinct >= 2 && distinct * divisor > valued) {
            throw new IllegalArgumentException("column '" + column + "' has " + distinct + " distinct values in the "
                    + valued + " forms that have one, more than forms ÷ " + divisor + " = "
                    + String.format(java.util.Locale.ROOT, "%.1f", (double) valued / divisor) + ": its values are "
                    + "almost all distinct (an identifier, a phone number or a name?), and its groups would average "
                    + "fewer than " + divisor + " forms, so that publishing them would publish the values as labels; "
                    + "group by a column with fewer values");
        }
        if (distinct >= 2 && single * 2 > distinct) {
            throw new IllegalArgumentException("column '" + column + "' has " + single + " of its " + distinct
                    + " distinct values held by one form each: its values are almost all distinct (free text, a "
                    + "phone number or a name?), so that publishing its groups would publish the values as labels; "
                    + "group by a column with fewer values");
        }
    }

    /**
     * Returns which data-quality findings a publication of a scorecard under this rule may show (see the class
     * documentation); {@link QualityScope#all()} when k = 1.
     *
     * @param scorecard the scorecard published
     * @return the scope, for {@link io.github.sipas.core.quality.QualityChecks.Accumulator#result(QualityScope)}
     * @throws NullPointerException if the scorecard is null
     */
    public QualityScope qualityScope(Scorecard scorecard) {
        Objects.requireNonNull(scorecard, "scorecard");
        if (minRespondents == 1) {
            return QualityScope.all();
        }
        return new PublishedQualityScope(scorecard, suppressed(scorecard), minRespondents);
    }
}
