package io.github.sipas.scoring.report;

import static io.github.sipas.scoring.report.HtmlReportFormat.UNDEFINED;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Draws the answers to one element's criteria over the published units as 100 % stacked bars, with the don't-know
 * and blank answers beside them, outside the shares ({@code id="chart-distribution-A"} for element A).
 */
final class DistributionChart extends Chart {

    private static final double WIDTH = 760;
    private static final double LEFT = 50;
    private static final double BAR_W = 470;
    private static final double GAP = 16;
    private static final double DK_LEFT = LEFT + BAR_W + GAP;
    private static final double ROW = 26;

    DistributionChart(ReportData d, Html h) {
        super(d, h);
    }

    /** Writes the chart of the n-th element, whose criteria's answers are given, with its scale's point labels. */
    void write(int n, String element, String elementLabel, List<PooledAnswers> items, List<String> labels) {
        String id = "chart-distribution-" + HtmlReportFormat.idPart(element);
        int points = labels.size();
        String satisfiedCodes = d.scaleOf(items.get(0).id()).map(s -> s.satisfied().stream().sorted()
                .map(String::valueOf).collect(Collectors.joining(", "))).orElse("");
        Comparator<PooledAnswers> bySatisfied = Comparator.comparingDouble(p -> Double.isFinite(p.satisfiedShare())
                ? p.satisfiedShare() : -1);
        PooledAnswers best = items.stream().max(bySatisfied).orElseThrow();
        PooledAnswers worst = items.stream().min(bySatisfied).orElseThrow();
        // Legend: the scale's points, laid out first so that the height is known.
        double[] legendX = new double[points];
        double[] legendY = new double[points];
        double lx = LEFT;
        double ly = 4;
        for (int k = 0; k < points; k++) {
            double w = labels.get(k).length() * 6.6 + 34;
            if (lx + w > WIDTH - 10 && lx > LEFT) {
                lx = LEFT;
                ly += 20;
            }
            legendX[k] = lx;
            legendY[k] = ly;
            lx += w;
        }
        double top = ly + 40;
        double height = top + items.size() * ROW + 8;
        figure(id);
        svgOpen(id, WIDTH, height, t(HtmlReportText.CHART_DIST_TITLE, "element", elementLabel),
                t(HtmlReportText.CHART_DIST_DESC, "count", items.size(), "satisfied", satisfiedCodes, "top",
                        best.id() + " (" + num(best.satisfiedShare(), 1) + " %)", "bottom",
                        worst.id() + " (" + num(worst.satisfiedShare(), 1) + " %)"));
        for (int k = 0; k < points; k++) {
            rect(legendX[k], legendY[k], 12, 12, "fill", Palette.answer(k, points));
            text(legendX[k] + 16, legendY[k] + 10, null, labels.get(k), "font-size", "11");
        }
        for (double v = 0; v <= 100; v += 25) {
            text(LEFT + BAR_W * v / 100, top - 6, "middle", num(v, 0) + " %", "font-size", "9", "fill", GREY);
        }
        text(DK_LEFT, top - 6, null, t(HtmlReportText.DONT_KNOW_SHORT) + " = " + t(HtmlReportText.DONT_KNOW) + " · "
                + t(HtmlReportText.UNANSWERED_SHORT) + " = " + t(HtmlReportText.UNANSWERED), "font-size", "9", "fill",
                GREY);
        double y = top;
        for (PooledAnswers p : items) {
            criterion(p, y);
            y += ROW;
        }
        svgClose();
        caption(t(HtmlReportText.CHART_DIST_CAPTION, "n", n, "element", elementLabel));
    }

    /** The row of a criterion at y: its stacked bar, and its don't-know and blank answers beside it. */
    private void criterion(PooledAnswers p, double y) {
        group(null, p.id() + ": " + d.itemText(p.id()));
        text(LEFT - 6, y + ROW / 2 + 4, "end", p.id(), "font-size", "11", "font-weight", "600");
        if (p.valid() == 0) {
            rect(LEFT, y + 3, BAR_W, ROW - 6, "fill", "#eeeeee");
            text(LEFT + BAR_W / 2, y + ROW / 2 + 4, "middle", UNDEFINED + " " + t(HtmlReportText.UNDEFINED),
                    "font-size", "11", "fill", GREY);
        } else {
            double bx = LEFT;
            for (int k = 0; k < p.counts().length; k++) {
                double share = p.share(k);
                double w = BAR_W * share / 100;
                String fill = Palette.answer(k, p.counts().length);
                rect(bx, y + 3, w, ROW - 6, "fill", fill);
                if (w >= 26) {
                    text(bx + w / 2, y + ROW / 2 + 4, "middle", num(share, 0), "font-size", "10", "fill",
                            Palette.ink(fill));
                }
                bx += w;
            }
            rect(LEFT, y + 3, BAR_W, ROW - 6, "fill", "none", "stroke", GREY, "stroke-width", "0.5");
        }
        // Don't know and blank: beside the bar, as counts and their share of the forms, outside the shares.
        double forms = p.forms();
        double dkShare = forms == 0 ? Double.NaN : 100.0 * p.dontKnow() / forms;
        double blankShare = forms == 0 ? Double.NaN : 100.0 * p.unanswered() / forms;
        double dkW = Double.isFinite(dkShare) ? Math.min(40, 40 * dkShare / 20) : 0;
        rect(DK_LEFT, y + 7, 40, ROW - 14, "fill", "#f6f8fa", "stroke", "#d0d7de", "stroke-width", "0.5");
        rect(DK_LEFT, y + 7, dkW, ROW - 14, "fill", "#8c959f");
        text(DK_LEFT + 46, y + ROW / 2 + 4, null, t(HtmlReportText.DONT_KNOW_SHORT) + " " + count(p.dontKnow()) + " ("
                + num(dkShare, 1) + " %) · " + t(HtmlReportText.UNANSWERED_SHORT) + " " + count(p.unanswered()) + " ("
                + num(blankShare, 1) + " %)", "font-size", "10");
        groupClose();
    }
}
