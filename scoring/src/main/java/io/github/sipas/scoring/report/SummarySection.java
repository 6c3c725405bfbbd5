package io.github.sipas.scoring.report;

import io.github.sipas.scoring.estimate.IntervalMethod;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.uncertainty.FayHerriotFit;
import io.github.sipas.scoring.uncertainty.RankSets;

/**
 * Draws the summary: a table of the survey, the data files, the forms read, accepted and rejected, the units, the
 * publication threshold, the level and methods, the highest and lowest units, the mean of units, and the rank sets'
 * kind and tied groups and the Fay–Herriot fit when there are some.
 */
final class SummarySection extends ReportSection {

    SummarySection(ReportData d, Html h) {
        super(d, h);
    }

    @Override
    String id() {
        return "summary";
    }

    @Override
    HtmlReportText title() {
        return HtmlReportText.SUMMARY;
    }

    @Override
    void body() {
        h.open("table", "class", "summary").newline().open("tbody").newline();
        row(t(HtmlReportText.SURVEY), d.survey.title().in(d.lang) + " (" + d.survey.id() + ")", false);
        if (!d.sources.isEmpty()) {
            row(t(HtmlReportText.SOURCES), String.join(", ", d.sources), false);
        }
        row(t(HtmlReportText.ROWS_READ), count(d.result.rowsRead()), true);
        row(t(HtmlReportText.ACCEPTED), count(d.result.rowsRead() - d.result.rejected()), true);
        row(t(HtmlReportText.REJECTED), count(d.result.rejected()), true);
        int ranked = d.ranking.ranked().size();
        int all = d.units.size();
        row(t(HtmlReportText.UNITS), t(d.hiddenRows.isEmpty() ? HtmlReportText.UNITS_VALUE
                : HtmlReportText.UNITS_VALUE_SUPPRESSED, "units", count(all), "ranked", count(ranked),
                "unranked", count(all - ranked), "suppressed", count(d.hiddenRows.size())), false);
        row(t(HtmlReportText.DISCLOSURE), d.minCell <= 1 ? t(HtmlReportText.DISCLOSURE_NONE)
                : t(HtmlReportText.DISCLOSURE_VALUE, "k", d.minCell, "n", count(d.hiddenRows.size())), false);
        row(t(HtmlReportText.LEVEL), d.level, false);
        row(t(HtmlReportText.INTERVAL_METHOD), t(HtmlReportText.INTERVAL_METHOD_VALUE, "method",
                ReportData.methodName(d.card.method()), "composite",
                d.card.method() == IntervalMethod.LOGIT ? "logit" : "Wald"), false);
        row(t(HtmlReportText.AGGREGATION), d.aggregationName(d.card.aggregation().method()), false);
        if (!d.ranking.ranked().isEmpty()) {
            RankedUnit top = d.ranking.ranked().get(0);
            RankedUnit bottom = d.ranking.ranked().get(d.ranking.ranked().size() - 1);
            row(t(HtmlReportText.HIGHEST), d.rowName(top) + " (" + d.published(top) + ")", false);
            row(t(HtmlReportText.LOWEST), d.rowName(bottom) + " (" + d.published(bottom) + ")", false);
        }
        row(d.meanOfUnits(), num(d.overallMean) + " (" + t(HtmlReportText.MEAN_OF_UNITS_NOTE) + ")",
                false);
        if (d.hasSets) {
            RankSets sets = d.un.rankSets().orElseThrow();
            row(t(HtmlReportText.RANK_SETS), t(HtmlReportText.RANK_SETS_VALUE, "kind", d.setKind(sets), "level",
                    d.level, "draws", count(sets.options().draws()), "seed", sets.options().seed()), false);
            d.un.tiedWithLeader().ifPresent(g -> row(t(HtmlReportText.TIED_LEADER_LABEL), d.names(g.units()),
                    false));
            d.un.tiedWithLaggard().ifPresent(g -> row(t(HtmlReportText.TIED_LAGGARD_LABEL), d.names(g.units()),
                    false));
        }
        if (d.hasFayHerriot) {
            FayHerriotFit fit = d.un.fayHerriot().orElseThrow();
            row(t(HtmlReportText.FAY_HERRIOT_SUMMARY), t(HtmlReportText.FAY_HERRIOT_VALUE, "scale",
                    ReportData.scaleName(fit.scale()), "m", count(fit.areas())), false);
        }
        h.close("tbody").newline().close("table").newline();
    }

    private void row(String label, String value, boolean numeric) {
        h.open("tr").element("th", label, "scope", "row").element("td", value, "class", numeric ? "count" : null)
                .close("tr").newline();
    }
}
