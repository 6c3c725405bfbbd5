package io.github.sipas.scoring.report;

import io.github.sipas.scoring.estimate.ItemOptions;
import io.github.sipas.scoring.estimate.UnitScore;
import java.util.List;

/**
 * What the charts of a question's options share: the figure around them, the legend's layout, the counts beside a
 * unit's bar and the key under the chart.
 */
abstract class OptionsChart extends Chart {

    static final double WIDTH = 760;
    static final double LEFT = 176;
    static final double ROW = 20;

    OptionsChart(ReportData d, Html h) {
        super(d, h);
    }

    /** Writes the figure of a question: the chart and its caption. */
    final void write(String id, String title, String desc, String caption, List<String> labels,
            List<UnitScore> asked, List<ItemOptions> answers) {
        figure(id);
        svg(id, title, desc, labels, asked, answers);
        caption(caption);
    }

    /** Writes the SVG. */
    abstract void svg(String id, String title, String desc, List<String> labels, List<UnitScore> asked,
            List<ItemOptions> answers);

    /** Counts beside a unit's bar: forms that answered, don't know, blank. */
    final String answeredNote(ItemOptions a) {
        return "n " + count(a.answered()) + " · " + t(HtmlReportText.DONT_KNOW_SHORT) + " " + count(a.dontKnow())
                + " · " + t(HtmlReportText.UNANSWERED_SHORT) + " " + count(a.unanswered());
    }

    /** The key of the counts, under the last unit's row at y. */
    final void key(double y) {
        text(WIDTH - 10, y + 14, "end", t(HtmlReportText.OPTIONS_KEY), "font-size", "9", "fill", GREY);
    }

    /** Lays out legend entries of the given widths from (x0, 4), wrapping at the right edge; returns the height. */
    static double legend(double[] widths, double x0, double right, double[] xs, double[] ys) {
        double lx = x0;
        double ly = 4;
        for (int j = 0; j < widths.length; j++) {
            if (lx + widths[j] > right && lx > x0) {
                lx = x0;
                ly += 18;
            }
            xs[j] = lx;
            ys[j] = ly;
            lx += widths[j];
        }
        return ly + 18;
    }
}
