package io.github.sipas.scoring.report;

import static io.github.sipas.scoring.report.HtmlReportFormat.UNDEFINED;

import io.github.sipas.scoring.estimate.ItemOptions;
import io.github.sipas.scoring.estimate.UnitScore;
import java.util.List;

/**
 * Draws a single-choice question's answers as a 100 % stacked bar per published unit, with the counts beside it
 * ({@code id="chart-options-N1_1"} for question N1_1).
 */
final class SingleChoiceChart extends OptionsChart {

    private static final double BAR_W = 420;

    SingleChoiceChart(ReportData d, Html h) {
        super(d, h);
    }

    @Override
    void svg(String id, String title, String desc, List<String> labels, List<UnitScore> asked,
            List<ItemOptions> answers) {
        int k = labels.size();
        double[] widths = new double[k];
        for (int j = 0; j < k; j++) {
            widths[j] = labels.get(j).length() * 6.2 + 30;
        }
        double[] xs = new double[k];
        double[] ys = new double[k];
        double top = legend(widths, 10, WIDTH - 10, xs, ys) + 18;
        double height = top + asked.size() * ROW + 20;
        svgOpen(id, WIDTH, height, title, desc);
        for (int j = 0; j < k; j++) {
            rect(xs[j], ys[j], 12, 12, "fill", Palette.option(j, k));
            text(xs[j] + 16, ys[j] + 10, null, labels.get(j), "font-size", "11");
        }
        for (double v = 0; v <= 100; v += 25) {
            text(LEFT + BAR_W * v / 100, top - 5, "middle", num(v, 0) + " %", "font-size", "9", "fill", GREY);
        }
        double y = top;
        for (int i = 0; i < asked.size(); i++) {
            unit(d.name(asked.get(i)), answers.get(i), k, y);
            y += ROW;
        }
        key(y);
        svgClose();
    }

    /** A unit's row at y: its name, its stacked bar of the k options, its counts. */
    private void unit(String unit, ItemOptions a, int k, double y) {
        group(null, unit);
        text(LEFT - 6, y + ROW / 2 + 4, "end", HtmlReportFormat.clip(unit, 28), "font-size", "11");
        boolean defined = a.answered() > 0 && a.options().stream().allMatch(o -> Double.isFinite(o.share()));
        if (!defined) {
            rect(LEFT, y + 3, BAR_W, ROW - 6, "fill", "#eeeeee");
            text(LEFT + BAR_W / 2, y + ROW / 2 + 4, "middle", UNDEFINED + " " + t(HtmlReportText.UNDEFINED),
                    "font-size", "10", "fill", GREY);
        } else {
            double bx = LEFT;
            for (int j = 0; j < a.options().size(); j++) {
                double share = a.options().get(j).share();
                double w = BAR_W * share / 100;
                String fill = Palette.option(j, k);
                rect(bx, y + 3, w, ROW - 6, "fill", fill);
                if (w >= 24) {
                    text(bx + w / 2, y + ROW / 2 + 3.5, "middle", num(share, 0), "font-size", "9.5", "fill",
                            Palette.ink(fill));
                }
                bx += w;
            }
            rect(LEFT, y + 3, BAR_W, ROW - 6, "fill", "none", "stroke", GREY, "stroke-width", "0.5");
        }
        text(LEFT + BAR_W + 8, y + ROW / 2 + 4, null, answeredNote(a), "font-size", "10", "fill", GREY);
        groupClose();
    }
}
