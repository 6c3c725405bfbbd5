package io.github.sipas.scoring.report;

import io.github.sipas.scoring.estimate.ItemOptions;
import io.github.sipas.scoring.estimate.UnitScore;
import java.util.List;

/**
 * Draws a multi-select question's answers as one bar per option and published unit, the share choosing it, which do
 * not add up to 100 ({@code id="chart-options-N2"} for question N2).
 */
final class MultipleChoiceChart extends OptionsChart {

    private static final double NOTE_W = 120;

    MultipleChoiceChart(ReportData d, Html h) {
        super(d, h);
    }

    @Override
    void svg(String id, String title, String desc, List<String> labels, List<UnitScore> asked,
            List<ItemOptions> answers) {
        int k = labels.size();
        double colW = (WIDTH - LEFT - NOTE_W) / Math.max(1, k);
        double trackW = colW - 8;
        // Legend: the options' codes and labels, as text, since the columns carry only the codes.
        double[] widths = new double[k];
        for (int j = 0; j < k; j++) {
            widths[j] = labels.get(j).length() * 6.2 + 18;
        }
        double[] xs = new double[k];
        double[] ys = new double[k];
        double top = legend(widths, 10, WIDTH - 10, xs, ys) + 22;
        double height = top + asked.size() * ROW + 20;
        svgOpen(id, WIDTH, height, title, desc);
        for (int j = 0; j < k; j++) {
            text(xs[j], ys[j] + 10, null, labels.get(j), "font-size", "11");
        }
        for (int j = 0; j < k; j++) {
            String code = labels.get(j).substring(0, labels.get(j).indexOf(' '));
            text(LEFT + j * colW + trackW / 2, top - 6, "middle", code, "font-size", "11", "font-weight", "600");
        }
        double y = top;
        for (int i = 0; i < asked.size(); i++) {
            ItemOptions a = answers.get(i);
            String unit = d.name(asked.get(i));
            group(null, unit);
            text(LEFT - 6, y + ROW / 2 + 4, "end", HtmlReportFormat.clip(unit, 28), "font-size", "11");
            for (int j = 0; j < k; j++) {
                double x = LEFT + j * colW;
                double share = j < a.options().size() ? a.options().get(j).share() : Double.NaN;
                rect(x, y + 3, trackW, ROW - 6, "fill", "#eef2f6");
                if (Double.isFinite(share)) {
                    rect(x, y + 3, trackW * Math.max(0, Math.min(100, share)) / 100, ROW - 6, "fill", "#6baed6");
                }
                text(x + trackW / 2, y + ROW / 2 + 3.5, "middle", num(share, 0), "font-size", "9.5", "fill",
                        "#1f2328");
            }
            text(LEFT + k * colW + 4, y + ROW / 2 + 4, null, answeredNote(a), "font-size", "10", "fill", GREY);
            groupClose();
            y += ROW;
        }
        key(y);
        svgClose();
    }
}
