package io.github.sipas.core.quality;

import java.util.List;
import java.util.Objects;

/**
 * The thresholds a {@link QualityChecks} run used, kept in its {@link QualityReport} so that every finding can be read
 * against the rule that produced it. Built by {@link QualityChecks.Builder}, whose setters document the defaults and
 * their reasons.
 *
 * @param straightLiningMinAnswers the least number of valid criterion answers a form must give to count as
 *     straight-lined, at least 2
 * @param straightLiningShare the share of a unit's forms, 0 to 1, that straight-lined forms must exceed for the unit
 *     to be flagged
 * @param duplicateSignificance the chance, between 0 and 1 exclusive, below which a repeated answer pattern is judged
 *     not to be a coincidence
 * @param dontKnowShare the don't-know share, 0 to 1, that an item must exceed to be flagged
 * @param dontKnowMinAsked the least number of forms asked an item, in a unit or overall, before its share is judged;
 *     at least 1
 * @param groupColumns the attribute columns naming an interviewer or data-entry batch, matched folded (case and
 *     diacritics ignored)
 * @param groupMinForms the least number of forms a group, and the rest of its unit, must have to be compared; at least 2
 * @param groupMinZ the |z| a group's difference must exceed, positive
 * @param groupMinDifference the difference in mean satisfied share, 0 to 1, a group must reach
 * @since 0.1
 */
public record QualityThresholds(int straightLiningMinAnswers, double straightLiningShare,
        double duplicateSignificance, double dontKnowShare, int dontKnowMinAsked, List<String> groupColumns,
        int groupMinForms, double groupMinZ, double groupMinDifference) {

    /**
     * Validates the thresholds and copies the list.
     *
     * @param straightLiningMinAnswers the least number of valid answers of a straight-lined form, at least 2
     * @param straightLiningShare the share of straight-lined forms that flags a unit, 0 to 1
     * @param duplicateSignificance the chance below which a repeated pattern is flagged, between 0 and 1 exclusive
     * @param dontKnowShare the don't-know share that flags an item, 0 to 1
     * @param dontKnowMinAsked the least number of forms asked before a share is judged, at least 1
     * @param groupColumns the interviewer or batch columns
     * @param groupMinForms the least number of forms of a group and of the rest, at least 2
     * @param groupMinZ the |z| to exceed, positive and finite
     * @param groupMinDifference the difference in mean satisfied share to reach, 0 to 1
     * @throws NullPointerException if the list or a name in it is null
     * @throws IllegalArgumentException if a value is out of its range; the message names it
     */
    public QualityThresholds {
        atLeast(straightLiningMinAnswers, 2, "straightLiningMinAnswers");
        share(straightLiningShare, "straightLiningShare");
        if (!(duplicateSignificance > 0 && duplicateSignificance < 1)) {
            throw new IllegalArgumentException("duplicateSignificance must be between 0 and 1 exclusive, not "
                    + duplicateSignificance);
        }
        share(dontKnowShare, "dontKnowShare");
        atLeast(dontKnowMinAsked, 1, "dontKnowMinAsked");
        groupColumns = List.copyOf(Objects.requireNonNull(groupColumns, "groupColumns"));
        atLeast(groupMinForms, 2, "groupMinForms");
        if (!(groupMinZ > 0 && Double.isFinite(groupMinZ))) {
            throw new IllegalArgumentException("groupMinZ must be positive and finite, not " + groupMinZ);
        }
        share(groupMinDifference, "groupMinDifference");
    }

    private static void atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", not " + value);
        }
    }

    private static void share(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a share from 0 to 1, not " + value);
        }
    }
}
