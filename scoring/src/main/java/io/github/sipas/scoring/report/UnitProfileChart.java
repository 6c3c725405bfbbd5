package io.github.sipas.scoring.report;

import static io.github.sipas.scoring.report.HtmlReportFormat.UNDEFINED;

import io.github.sipas.core.Item;
import io.github.sipas.scoring.estimate.UnitScore;
import java.util.function.DoubleUnaryOperator;

/**
 * Draws one unit's profile: a bar per criterion, grouped by element, against a tick at the mean of units, the
 * criteria far below the mean in orange ({@code id="chart-unit-1"}, … in ranking order).
 */
final class UnitProfileChart extends Chart {

    private static final double WIDTH = 440;
    private static final double LEFT = 46;
    private static final double RIGHT = 50;
    private static final double TOP = 24;
    private static final double ROW = 15;
    private static final double GAP = 5;

    UnitProfileChart(ReportData d, Html h) {
        super(d, h);
    }

    /** Writes the chart of the index-th published unit (from 0) on the axis range dom. */
    void write(int index, UnitScore u, double[] dom, String weak, String strong) {
        String unitName = d.name(u);
        String id = "chart-unit-" + (index + 1);
        double plotW = WIDTH - LEFT - RIGHT;
        int groups = 0;
        String lastElement = null;
        for (String item : d.itemIds) {
            String el = elementOf(item);
            if (!el.equals(lastElement)) {
                groups++;
                lastElement = el;
            }
        }
        double height = TOP + d.itemIds.size() * ROW + Math.max(0, groups - 1) * GAP + 10;
        DoubleUnaryOperator x = v -> LEFT + (Math.max(dom[0], Math.min(dom[1], v)) - dom[0])
                / (dom[1] - dom[0]) * plotW;
        figure(id);
        svgOpen(id, WIDTH, height, t(d.grouped() ? HtmlReportText.CHART_GROUP_TITLE : HtmlReportText.CHART_UNIT_TITLE,
                "unit", unitName),
                t(HtmlReportText.CHART_UNIT_DESC, "weak", weak, "strong", strong));
        double bottom = height - 10;
        for (double v = dom[0]; v <= dom[1] + 1e-9; v += 10) {
            line(x.applyAsDouble(v), TOP - 4, x.applyAsDouble(v), bottom, "stroke", GRID);
            text(x.applyAsDouble(v), TOP - 8, "middle", num(v, 0), "font-size", "9", "fill", GREY);
        }
        double y = TOP;
        lastElement = null;
        for (String item : d.itemIds) {
            String el = elementOf(item);
            if (lastElement != null && !el.equals(lastElement)) {
                y += GAP;
            }
            lastElement = el;
            criterion(item, u, y, x);
            y += ROW;
        }
        svgClose();
        caption(t(d.grouped() ? HtmlReportText.CHART_GROUP_CAPTION : HtmlReportText.CHART_UNIT_CAPTION, "n", index + 1,
                "unit", unitName, "weak", weak));
    }

    private String elementOf(String item) {
        return d.survey.findItem(item).map(Item::element).orElse("");
    }

    /** The row of a criterion at y: its id, its bar and value, and the mean of units as a tick. */
    private void criterion(String item, UnitScore u, double y, DoubleUnaryOperator x) {
        double v = ReportData.itemValue(u, item);
        double m = d.itemMean.get(item);
        group(null, item + ": " + num(v) + " (" + d.meanOfUnits() + " " + num(m) + ")");
        text(LEFT - 6, y + ROW - 4, "end", item, "font-size", "10");
        if (Double.isFinite(v)) {
            boolean below = Double.isFinite(m) && v < m - UnitSection.FAR_BELOW;
            rect(LEFT, y + 2, x.applyAsDouble(v) - LEFT, ROW - 4, "fill", below ? "#e07b39" : "#6a9bc3");
            text(WIDTH - RIGHT + 4, y + ROW - 4, null, num(v, 1), "font-size", "10");
        } else {
            text(LEFT + 4, y + ROW - 4, null, UNDEFINED, "font-size", "10", "fill", GREY);
        }
        if (Double.isFinite(m)) {
            double xm = x.applyAsDouble(m);
            line(xm, y, xm, y + ROW, "stroke", "#1f2328", "stroke-width", "2");
        }
        groupClose();
    }
}
