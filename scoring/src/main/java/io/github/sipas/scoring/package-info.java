/**
 * SIPAS indices per unit: item, element and overall indices with Taylor-linearized standard errors, confidence
 * intervals, design effects and summaries, computed in one pass over the responses from mergeable sums
 * ({@link io.github.sipas.scoring.Scorer}, {@link io.github.sipas.scoring.ScoreAccumulator}), also live as a collector
 * stores responses ({@link io.github.sipas.scoring.LiveScores}); rankings with ties, change of rank, reliability flags
 * and quartile tiers ({@link io.github.sipas.scoring.Ranking}); the uncertainty of ranks and of their changes
 * ({@link io.github.sipas.scoring.RankSets}, {@link io.github.sipas.scoring.RankChanges}), of index changes and gaps
 * ({@link io.github.sipas.scoring.IndexDifference}), and Fay–Herriot estimates for small units
 * ({@link io.github.sipas.scoring.FayHerriot}); the reliability of each element as a scale
 * ({@link io.github.sipas.scoring.Reliability}); and the JSON and CSV forms of a result
 * ({@link io.github.sipas.scoring.ScoreJson}, {@link io.github.sipas.scoring.ScoreCsv}) and the HTML report
 * ({@link io.github.sipas.scoring.HtmlReport}), which publish small cells without their figures and never a personal
 * field ({@link io.github.sipas.scoring.Disclosure}), with the rank sets and other figures of an
 * {@link io.github.sipas.scoring.Uncertainty} beside the ranking when a result carries one. The estimators are those of the project's {@code estimation.md},
 * checked against R's {@code survey} and {@code psych} packages.
 */
package io.github.sipas.scoring;
