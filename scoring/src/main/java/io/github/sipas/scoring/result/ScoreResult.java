package io.github.sipas.scoring.result;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.rank.RankingOptions;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.disclose.Suppression;
import io.github.sipas.scoring.uncertainty.Uncertainty;
import io.github.sipas.scoring.uncertainty.UnitEstimate;
import io.github.sipas.scoring.estimate.UnitScore;

/**
 * What a scoring run publishes: the scorecard, its ranking, how many rows were read and rejected, so that no
 * output hides rows that were left out, and the {@link Disclosure} rule that says which cells may be published.
 *
 * <p>The scorecard keeps every figure, for the caller's own analysis; the writers ({@link
 * io.github.sipas.scoring.format.ScoreJson}, {@link io.github.sipas.scoring.format.ScoreCsv}, {@link
 * io.github.sipas.scoring.report.HtmlReport}) publish a cell's figures only when the rule allows it ({@link
 * #suppressed()}). The ranking is that of the published cells: the constructor leaves the suppressed ones unranked,
 * without their index, and ranks the others among themselves (see {@link Ranking#of(Scorecard, RankingOptions,
 * Disclosure)}), whether or not the ranking given was made with the rule. The constructors without a rule apply {@link
 * Disclosure#defaults()} (cells of fewer than 10 forms suppressed); pass {@link Disclosure#none()} to publish every
 * cell.
 *
 * @param scorecard the scores of every unit
 * @param ranking the ranking of the units, with their change of rank when a previous period was given
 * @param rowsRead the number of data rows read from the input
 * @param rejected the number of rows rejected by validation, not scored
 * @param unitNames the display name of each unit id, when the units were matched against a unit list; units not in
 *     it are shown as they are
 * <p>A result may also carry its {@link Uncertainty} (rank sets, changes of rank and index with their intervals,
 * Fay–Herriot estimates; {@link #withUncertainty(Uncertainty)}), which the writers then publish beside the ranking.
 * It must hold no figure of a suppressed cell.
 *
 * @param disclosure the small-cell rule the writers apply
 * @param uncertainty the rank sets and other figures published beside the ranking; null when none were computed
 * @since 0.1
 */
public record ScoreResult(Scorecard scorecard, Ranking ranking, long rowsRead, long rejected,
        Map<String, String> unitNames, Disclosure disclosure, Uncertainty uncertainty) {

    /**
     * Validates the counts.
     *
     * @param scorecard the scores
     * @param ranking the ranking
     * @param rowsRead the rows read
     * @param rejected the rows rejected
     * @param unitNames the display name of each unit id
     * @param disclosure the small-cell rule
     * @param uncertainty the rank sets and other figures published beside the ranking, or null
     * @throws NullPointerException if the scorecard, ranking, names or rule are null
     * @throws IllegalArgumentException if a count is negative, more rows were rejected than read, the ranking's
     *     units are not the scorecard's, the scorecard is grouped by an attribute whose values are almost all distinct
     *     ({@link Disclosure#checkGroups}), the ranking suppresses a unit that the rule does not, or the uncertainty
     *     holds figures of a unit that is suppressed or not in the scorecard
     */
    public ScoreResult {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(disclosure, "disclosure");
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
        disclosure.checkGroups(scorecard, "the grouping attribute");
        Map<String, Suppression> cells = disclosure.suppressed(scorecard);
        ranking = ranking.withSuppressed(cells, disclosure);
        for (RankedUnit r : ranking.suppressed()) {
            if (cells.get(r.label()) != r.suppression()) {
                throw new IllegalArgumentException("the ranking suppresses '" + r.label() + "' (" + r.suppression()
                        + "), which a rule of " + disclosure.minRespondents() + " respondents does not; rank the "
                        + "scorecard with the same rule");
            }
        }
        if (uncertainty != null) {
            for (String unit : uncertainty.units()) {
                if (!labels.contains(unit) || cells.containsKey(unit)) {
                    throw new IllegalArgumentException("the uncertainty holds figures of '" + unit + "', which is "
                            + (labels.contains(unit) ? "suppressed" : "not in the scorecard")
                            + "; compute it from this result");
                }
            }
        }
    }

    /**
     * Returns a result without {@link Uncertainty}.
     *
     * @param scorecard the scores
     * @param ranking the ranking
     * @param rowsRead the rows read
     * @param rejected the rows rejected
     * @param unitNames the display name of each unit id
     * @param disclosure the small-cell rule
     */
    public ScoreResult(Scorecard scorecard, Ranking ranking, long rowsRead, long rejected,
            Map<String, String> unitNames, Disclosure disclosure) {
        this(scorecard, ranking, rowsRead, rejected, unitNames, disclosure, null);
    }

    /**
     * Returns a result whose units are shown by the given names, with the {@link Disclosure#defaults()}.
     *
     * @param scorecard the scores
     * @param ranking the ranking
     * @param rowsRead the rows read
     * @param rejected the rows rejected
     * @param unitNames the display name of each unit id
     */
    public ScoreResult(Scorecard scorecard, Ranking ranking, long rowsRead, long rejected,
            Map<String, String> unitNames) {
        this(scorecard, ranking, rowsRead, rejected, unitNames, Disclosure.defaults());
    }

    /**
     * Returns a result whose units are shown by their ids (or names as written, without a unit list), with the
     * {@link Disclosure#defaults()}.
     *
     * @param scorecard the scores
     * @param ranking the ranking
     * @param rowsRead the rows read
     * @param rejected the rows rejected
     */
    public ScoreResult(Scorecard scorecard, Ranking ranking, long rowsRead, long rejected) {
        this(scorecard, ranking, rowsRead, rejected, Map.of(), Disclosure.defaults());
    }

    /**
     * Returns a copy with another small-cell rule, its ranking made again accordingly from the scorecard with the
     * same options and previous ranks, and without the {@link #uncertainty()}, which was computed on the units the
     * former rule published.
     *
     * @param rule the rule
     * @return the copy
     * @throws NullPointerException if the rule is null
     */
    public ScoreResult withDisclosure(Disclosure rule) {
        Objects.requireNonNull(rule, "rule");
        Ranking fresh = Ranking.of(scorecard, ranking.options());
        if (!ranking.previousRanks().isEmpty()) {
            fresh = fresh.withPrevious(ranking.previousRanks());
        }
        return new ScoreResult(scorecard, fresh, rowsRead, rejected, unitNames, rule);
    }

    /**
     * Returns a copy that publishes rank sets and the other figures of an {@link Uncertainty} beside the ranking.
     *
     * @param value the uncertainty, computed from this result's scorecard and ranking
     *     ({@link Uncertainty.Builder#build(Scorecard, Ranking)}, or {@link #withUncertainty(Uncertainty.Builder)});
     *     null for none
     * @return the copy
     * @throws IllegalArgumentException if it holds figures of a unit that this result suppresses or does not have
     */
    public ScoreResult withUncertainty(Uncertainty value) {
        return new ScoreResult(scorecard, ranking, rowsRead, rejected, unitNames, disclosure, value);
    }

    /**
     * Returns a copy that publishes what an uncertainty builder computes on this result's published units: the same
     * as {@code withUncertainty(builder.build(scorecard(), ranking()))}.
     *
     * @param builder what to compute
     * @return the copy
     * @throws NullPointerException if the builder is null
     */
    public ScoreResult withUncertainty(Uncertainty.Builder builder) {
        return withUncertainty(builder.build(scorecard, ranking));
    }

    /**
     * Returns the estimates that rank sets are computed on: {@link Uncertainty#estimates(Scorecard, Ranking)} of this
     * result's scorecard and ranking, so every ranked unit with a defined index and standard error, never a
     * suppressed one. A previous period's result gives these to {@link Uncertainty.Builder#previous(List)}.
     *
     * @return the estimates, immutable
     */
    public List<UnitEstimate> estimates() {
        return Uncertainty.estimates(scorecard, ranking);
    }

    /**
     * Returns the cells whose figures the writers suppress, by label, in the scorecard's order: those of
     * {@link Disclosure#suppressed(Scorecard)}, which the ranking lists as {@link Ranking#suppressed()}.
     *
     * @return the suppressed cells and why, immutable; empty when every cell is published
     */
    public Map<String, Suppression> suppressed() {
        Map<String, Suppression> map = new java.util.LinkedHashMap<>();
        for (UnitScore u : scorecard.units()) {
            ranking.unit(u.label()).filter(RankedUnit::isSuppressed).ifPresent(r -> map.put(r.label(),
                    r.suppression()));
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * Returns which data-quality findings may be published beside this result, so that none gives away a suppressed
     * cell's figures: {@link Disclosure#qualityScope(Scorecard)} of its scorecard. Compute the findings to publish
     * with {@code accumulator.result(result.qualityScope())}.
     *
     * @return the scope
     */
    public io.github.sipas.core.quality.QualityScope qualityScope() {
        return disclosure.qualityScope(scorecard);
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
