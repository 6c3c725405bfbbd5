/**
 * SIPAS indices per unit: item, element and overall indices with Taylor-linearized standard errors, confidence
 * intervals, design effects and summaries, computed in one pass over the responses from mergeable sums
 * ({@link io.github.sipas.scoring.estimate.Scorer}, {@link io.github.sipas.scoring.estimate.ScoreAccumulator}), also live as a collector
 * stores responses ({@link io.github.sipas.scoring.LiveScores}); rankings with ties, change of rank, reliability flags
 * and quartile tiers ({@link io.github.sipas.scoring.rank.Ranking}); the uncertainty of ranks and of their changes
 * ({@link io.github.sipas.scoring.uncertainty.RankSets}, {@link io.github.sipas.scoring.uncertainty.RankChanges}), of index changes and gaps
 * ({@link io.github.sipas.scoring.uncertainty.IndexDifference}), and Fay–Herriot estimates for small units
 * ({@link io.github.sipas.scoring.uncertainty.FayHerriot}); the reliability of each element as a scale
 * ({@link io.github.sipas.scoring.estimate.Reliability}); and the JSON and CSV forms of a result
 * ({@link io.github.sipas.scoring.format.ScoreJson}, {@link io.github.sipas.scoring.format.ScoreCsv}) and the HTML report
 * ({@link io.github.sipas.scoring.report.HtmlReport}), which publish small cells without their figures and never a personal
 * field ({@link io.github.sipas.scoring.disclose.Disclosure}), with the rank sets and other figures of an
 * {@link io.github.sipas.scoring.uncertainty.Uncertainty} beside the ranking when a result carries one. The estimators are those of the project's {@code estimation.md},
 * checked against R's {@code survey} and {@code psych} packages.
 */
package io.github.sipas.scoring;

import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.uncertainty.FayHerriot;
import io.github.sipas.scoring.report.HtmlReport;
import io.github.sipas.scoring.uncertainty.IndexDifference;
import io.github.sipas.scoring.uncertainty.RankChanges;
import io.github.sipas.scoring.uncertainty.RankSets;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.estimate.Reliability;
import io.github.sipas.scoring.estimate.ScoreAccumulator;
import io.github.sipas.scoring.format.ScoreCsv;
import io.github.sipas.scoring.format.ScoreJson;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.uncertainty.Uncertainty;
