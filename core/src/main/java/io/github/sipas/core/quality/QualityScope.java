package io.github.sipas.core.quality;

/**
 * Which findings of {@link QualityChecks} a published report may show, so that a quality finding never gives away the
 * figures of a cell that the report suppresses: {@link QualityChecks.Accumulator#result(QualityScope)} leaves out the
 * findings about units and groups that the scope does not show, and computes the findings over all units (the
 * don't-know share of an item over every form) over the units that the scope counts in totals only, saying so in
 * their message ({@code "over the 2 published units"}).
 *
 * <p>Without it, a suppressed unit of 9 forms beside two published units of 50 could be recovered: "item A1: 27 don't
 * know of 109 asked over all units", less the 9 don't-knows published for each of the two others, leaves 9 of 9 for
 * the suppressed one.
 *
 * <p>The scoring module gives the scope of a result (its {@code ScoreResult.qualityScope()}); {@link #all()} shows
 * everything, for the data manager's own checks ({@code sipas validate}), which are not a publication.
 *
 * @since 0.1
 */
public interface QualityScope {

    /**
     * Tells whether the findings about one unit's forms may be shown: straight-lining, duplicate patterns, forms
     * with no valid answer, its don't-know shares, and its interviewer or batch effects (which
     * {@link #showsGroup} must also allow).
     *
     * @param unit the unit, as in the forms
     * @param forms the number of the unit's forms checked
     * @return true when they may be shown
     */
    boolean showsUnit(String unit, long forms);

    /**
     * Tells whether a unit's forms count in the findings over all units.
     *
     * @param unit the unit, as in the forms
     * @param forms the number of the unit's forms checked
     * @return true when they count
     */
    boolean countsInTotal(String unit, long forms);

    /**
     * Tells whether an interviewer or batch finding may be shown, which states the mean satisfied share of the group's
     * forms in a unit and that of the unit's other forms; asked only when {@link #showsUnit} allows the unit.
     *
     * @param unit the unit
     * @param column the attribute column naming the group, e.g. {@code interviewer}
     * @param value the group, e.g. {@code ĐTV2}
     * @param groupForms the group's forms with a valid answer in the unit
     * @param otherForms the unit's other forms with a valid answer
     * @return true when it may be shown
     */
    boolean showsGroup(String unit, String column, String value, long groupForms, long otherForms);

    /**
     * Returns the scope that shows every finding and counts every unit, for checks that are not published.
     *
     * @return the scope
     */
    static QualityScope all() {
        return AllUnitsScope.INSTANCE;
    }
}
