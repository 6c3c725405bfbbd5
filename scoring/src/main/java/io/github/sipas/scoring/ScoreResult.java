package io.github.sipas.scoring;

import java.util.Map;
import java.util.Objects;

/**
 * What a scoring run publishes: the scorecard, its ranking, and how many rows were read and rejected, so that no
 * output hides rows that were left out.
 *
 * @param scorecard the scores of every unit
 * @param ranking the ranking of the units, with their change of rank when a previous period was given
 * @param rowsRead the number of data rows read from the input
 * @param rejected the number of rows rejected by validation, not scored
 * @param unitNames the display name of each unit id, when the units were matched against a unit list; units not in
 *     it are shown as they are
 * @since 0.1
 */
public record ScoreResult(Scorecard scorecard, Ranking ranking, long rowsRead, long rejected,
        Map<String, String> unitNames) {

    /**
     * Validates the counts.
     *
     * @param scorecard the scores
     * @param ranking the ranking
     * @param rowsRead the rows read
     * @param rejected the rows rejected
     * @param unitNames the display name of each unit id
     * @throws NullPointerException if the scorecard, ranking or names are null
     * @throws IllegalArgumentException if a count is negative, more rows were rejected than read, or the ranking's
     *     units are not the scorecard's
     */
    public ScoreResult {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(ranking, "ranking");
        unitNames = Map.copyOf(unitNames);
        java.util.Set<String> labels = new java.util.HashSet<>();
        scorecard.units().forEach(u -> labels.add(u.label()));
        java.util.Set<String> ranked = new java.util.HashSet<>();
        ranking.units().forEach(r -> ranked.add(r.label()));
        if (!labels.equals(ranked)) {
            throw new IllegalArgumentException("the ranking is not of this scorecard: it ranks " + ranked
                    + ", the scorecard has " + labels);
        }
        if (rowsRead < 0 || rejected < 0 || rejected > rowsRead) {
            throw new IllegalArgumentException("counts must satisfy 0 <= rejected <= rowsRead, not rowsRead="
                    + rowsRead + ", rejected=" + rejected);
        }
    }

    /**
     * Returns a result whose units are shown by their ids (or names as written, without a unit list).
     *
     * @param scorecard the scores
     * @param ranking the ranking
     * @param rowsRead the rows read
     * @param rejected the rows rejected
     */
    public ScoreResult(Scorecard scorecard, Ranking ranking, long rowsRead, long rejected) {
        this(scorecard, ranking, rowsRead, rejected, Map.of());
    }

    /**
     * Returns the name to show for a unit.
     *
     * @param unit the unit as in the scorecard
     * @return its display name, or the unit itself when no name is known
     */
    public String nameOf(String unit) {
        return unitNames.getOrDefault(unit, unit);
    }

    /**
     * Returns the score of a ranked or unranked unit by its label.
     *
     * @param label the unit's label
     * @return its score
     * @throws IllegalArgumentException if there is no such unit
     */
    public UnitScore unit(String label) {
        return scorecard.units().stream().filter(u -> u.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no unit '" + label + "'"));
    }
}
