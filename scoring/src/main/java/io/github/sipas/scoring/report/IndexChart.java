package io.github.sipas.scoring.report;

import static io.github.sipas.scoring.report.HtmlReportFormat.UNDEFINED;

import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.estimate.UnitScore;
import io.github.sipas.scoring.rank.RankedUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Draws every published unit's index with its interval, in ranking order, coloured by tier, with the mean of the
 * units as a dashed line ({@code id="chart-index"}).
 */
final class IndexChart extends Chart {

    private static final String ID = "chart-index";
    private static final double WIDTH = 760;
    private static final double LEFT = 210;
    private static final double RIGHT = 70;
    private static final double TOP = 40;
    private static final double ROW = 24;

    IndexChart(ReportData d, Html h) {
        super(d, h);
    }

    void write() {
        int n = d.shown.size();
        double plotW = WIDTH - LEFT - RIGHT;
        double height = TOP + Math.max(1, n) * ROW + 40;
        List<Double> values = new ArrayList<>();
        for (UnitScore u : d.shown) {
            values.add(u.index().value());
            values.add(u.index().lower());
            values.add(u.index().upper());
        }
        double[] dom = range(values, 10, 20);
        double span = dom[1] - dom[0];
        DoubleUnaryOperator x = v -> LEFT + (Math.max(dom[0], Math.min(dom[1], v)) - dom[0]) / span * plotW;
        String meanText = num(d.overallMean);
        figure(ID);
        svgOpen(ID, WIDTH, height, t(HtmlReportText.CHART_INDEX_TITLE, "level", d.level), description(n, meanText));
        double bottomY = TOP + Math.max(1, n) * ROW;
        double step = tickStep(span);
        for (double v = dom[0]; v <= dom[1] + 1e-9; v += step) {
            line(x.applyAsDouble(v), TOP - 4, x.applyAsDouble(v), bottomY, "stroke", GRID);
            text(x.applyAsDouble(v), bottomY + 14, "middle", num(v, 0), "font-size", "11", "fill", GREY);
        }
        text(LEFT + plotW / 2, bottomY + 32, "middle", t(HtmlReportText.AXIS_INDEX), "font-size", "12", "fill", GREY);
        for (int i = 0; i < n; i++) {
            unit(i, x);
        }
        if (Double.isFinite(d.overallMean)) {
            double xm = x.applyAsDouble(d.overallMean);
            line(xm, TOP - 8, xm, bottomY, "stroke", "#1f2328", "stroke-width", "1.5", "stroke-dasharray", "5 4");
            String anchor = xm > LEFT + plotW * 0.7 ? "end" : xm < LEFT + plotW * 0.3 ? "start" : "middle";
            text(xm, TOP - 14, anchor, d.meanOfUnits() + ": " + meanText, "font-size", "12");
        }
        svgClose();
        caption(t(HtmlReportText.CHART_INDEX_CAPTION, "level", d.level, "mean", meanText));
    }

    private String description(int n, String meanText) {
        List<RankedUnit> ranked = d.ranking.ranked();
        if (ranked.isEmpty()) {
            return t(HtmlReportText.NO_UNITS);
        }
        RankedUnit top = ranked.get(0);
        RankedUnit bottom = ranked.get(ranked.size() - 1);
        return t(HtmlReportText.CHART_INDEX_DESC, "count", n, "top", d.rowName(top), "topValue", d.published(top),
                "bottom", d.rowName(bottom), "bottomValue", d.published(bottom), "mean", meanText);
    }

    /** The row of the i-th published unit: its label, interval, dot and published index. */
    private void unit(int i, DoubleUnaryOperator x) {
        RankedUnit r = d.shownRows.get(i);
        UnitScore u = d.shown.get(i);
        Estimate e = u.index();
        double y = TOP + i * ROW + ROW / 2;
        String colour = Palette.of(r);
        group("unit", d.name(u) + ": " + num(e.value()) + " " + d.interval(e));
        h.newline();
        if (i % 2 == 1) {
            rect(0, y - ROW / 2, WIDTH, ROW, "fill", "#f6f8fa");
        }
        text(LEFT - 10, y + 4, "end", ReportData.rank(r) + ". " + HtmlReportFormat.clip(d.name(u), 30),
                "font-size", "12");
        if (Double.isFinite(e.lower()) && Double.isFinite(e.upper())) {
            double x1 = x.applyAsDouble(e.lower());
            double x2 = x.applyAsDouble(e.upper());
            line(x1, y, x2, y, "stroke", colour, "stroke-width", "2");
            line(x1, y - 5, x1, y + 5, "stroke", colour, "stroke-width", "2");
            line(x2, y - 5, x2, y + 5, "stroke", colour, "stroke-width", "2");
        }
        if (Double.isFinite(e.value())) {
            dot(x.applyAsDouble(e.value()), y, colour);
            text(WIDTH - RIGHT + 8, y + 4, null, d.published(r), "font-size", "12", "font-weight", "600");
        } else {
            text(LEFT + 6, y + 4, null, UNDEFINED + " " + t(HtmlReportText.UNDEFINED), "font-size", "12", "fill",
                    GREY);
        }
        groupClose();
    }
}
