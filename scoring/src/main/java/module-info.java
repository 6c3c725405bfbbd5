/**
 * sipas-scoring: SIPAS indices per unit with their standard errors and intervals, small-cell suppression, rankings,
 * rank uncertainty and the writers (JSON, CSV, text table, Excel workbook, HTML report), and
 * {@link io.github.sipas.scoring.ScoreRun}, the whole run of {@code sipas score} in one call.
 *
 * <p>The packages follow the path of the data: {@code .estimate} (one-pass sums and the estimators), {@code .disclose}
 * (small cells), {@code .rank} (ranking and tiers), {@code .uncertainty} (rank sets, changes, Fay–Herriot),
 * {@code .result} (what is published), {@code .format} and {@code .report} (the writers), and
 * {@code io.github.sipas.scoring} itself (the pipeline and live scores).
 */
module io.github.sipas.scoring {
    requires transitive io.github.sipas.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.csv;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.commons.rng.api;
    requires org.apache.commons.rng.simple;
    requires org.apache.commons.rng.sampling;
    requires org.apache.commons.statistics.distribution;

    exports io.github.sipas.scoring;
    exports io.github.sipas.scoring.estimate;
    exports io.github.sipas.scoring.disclose;
    exports io.github.sipas.scoring.rank;
    exports io.github.sipas.scoring.uncertainty;
    exports io.github.sipas.scoring.result;
    exports io.github.sipas.scoring.format;
    exports io.github.sipas.scoring.report;
}
