package io.github.sipas.scoring.report;

import io.github.sipas.scoring.estimate.UnitScore;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the heat map of the published units × elements and the overall index, with the mean of units as its last
 * row and its colour legend ({@code id="chart-heatmap"}).
 */
final class HeatMapChart extends Chart {

    private static final String ID = "chart-heatmap";
    private static final double LEFT = 210;
    private static final double CELL_W = 74;
    private static final double CELL_H = 24;
    private static final double TOP = 34;

    HeatMapChart(ReportData d, Html h) {
        super(d, h);
    }

    void write() {
        List<String> cols = d.elementIds;
        int nc = cols.size() + 1;
        int nr = d.shown.size() + 1;
        double width = Math.max(600, LEFT + nc * CELL_W + 10);
        double gridBottom = TOP + nr * CELL_H + 4;
        double height = gridBottom + 56;
        List<Double> all = new ArrayList<>();
        for (UnitScore u : d.shown) {
            cols.forEach(c -> all.add(ReportData.elementValue(u, c)));
            all.add(u.index().value());
        }
        cols.forEach(c -> all.add(d.elementMean.get(c)));
        all.add(d.overallMean);
        double[] dom = range(all, 5, 10);
        figure(ID);
        svgOpen(ID, width, height, t(HtmlReportText.CHART_HEATMAP_TITLE), t(HtmlReportText.CHART_HEATMAP_DESC,
                "units", d.shown.size(), "elements", cols.size(), "low", num(dom[0], 0), "high", num(dom[1], 0)));
        h.open("defs").open("linearGradient", "id", "heat-gradient", "x1", "0", "x2", "1", "y1", "0", "y2", "0");
        for (int i = 0; i < Palette.HEAT.length; i++) {
            h.open("stop").attr("offset", (double) i / (Palette.HEAT.length - 1)).attr("stop-color", Palette.HEAT[i])
                    .closeEmpty();
        }
        h.close("linearGradient").close("defs").newline();
        for (int c = 0; c < nc; c++) {
            String head = c < cols.size() ? cols.get(c) : t(HtmlReportText.OVERALL);
            group(null, c < cols.size() ? head + ": " + d.elementTitle(head) : head);
            text(LEFT + c * CELL_W + CELL_W / 2, TOP - 10, "middle", head, "font-size", "12", "font-weight", "600");
            groupClose();
        }
        for (int r = 0; r < nr; r++) {
            row(r, nc, dom);
        }
        legend(gridBottom + 16, Math.min(300, nc * CELL_W), dom);
        svgClose();
        caption(t(HtmlReportText.CHART_HEATMAP_CAPTION));
    }

    /** The r-th row: a published unit's, or after them the mean of units. */
    private void row(int r, int nc, double[] dom) {
        List<String> cols = d.elementIds;
        boolean meanRow = r == d.shown.size();
        double y = TOP + r * CELL_H + (meanRow ? 4 : 0);
        if (meanRow) {
            text(LEFT - 10, y + CELL_H / 2 + 4, "end", d.meanOfUnits(), "font-size", "12",
                    "font-style", "italic");
        } else {
            text(LEFT - 10, y + CELL_H / 2 + 4, "end", HtmlReportFormat.clip(d.name(d.shown.get(r)), 30),
                    "font-size", "12");
        }
        for (int c = 0; c < nc; c++) {
            double v;
            if (meanRow) {
                v = c < cols.size() ? d.elementMean.get(cols.get(c)) : d.overallMean;
            } else {
                UnitScore u = d.shown.get(r);
                v = c < cols.size() ? ReportData.elementValue(u, cols.get(c)) : u.index().value();
            }
            double cx = LEFT + c * CELL_W;
            boolean overall = c == nc - 1;
            String fill = Double.isFinite(v) ? HtmlReportFormat.colour(Palette.HEAT, (v - dom[0]) / (dom[1] - dom[0]))
                    : "#eeeeee";
            if (overall) {
                rect(cx + 1, y + 1, CELL_W - 2, CELL_H - 2, "fill", fill, "stroke", "#1f2328", "stroke-width", "0.5");
            } else {
                rect(cx + 1, y + 1, CELL_W - 2, CELL_H - 2, "fill", fill);
            }
            text(cx + CELL_W / 2, y + CELL_H / 2 + 4, "middle", num(v), "font-size", "12", "fill", Palette.ink(fill),
                    "font-weight", overall || meanRow ? "600" : null);
        }
    }

    /** The colour scale under the grid, from the range's low end to its high end. */
    private void legend(double ly, double lw, double[] dom) {
        text(LEFT - 10, ly + 11, "end", t(HtmlReportText.LEGEND_SCALE), "font-size", "12");
        rect(LEFT, ly, lw, 14, "fill", "url(#heat-gradient)", "stroke", "#8c959f", "stroke-width", "0.5");
        double legendStep = dom[1] - dom[0] <= 25 ? 5 : 10;
        List<Double> ticks = new ArrayList<>(List.of(dom[0]));
        for (double v = Math.floor(dom[0] / legendStep) * legendStep + legendStep; v < dom[1] - 1e-9;
                v += legendStep) {
            if (v - dom[0] >= legendStep / 2) {
                ticks.add(v);
            }
        }
        ticks.add(dom[1]);
        for (double v : ticks) {
            double lx = LEFT + lw * (v - dom[0]) / (dom[1] - dom[0]);
            line(lx, ly + 14, lx, ly + 19, "stroke", GREY);
            text(lx, ly + 31, "middle", num(v, 0), "font-size", "11", "fill", GREY);
        }
    }
}
