package io.github.sipas.scoring.report;

import java.util.List;

/**
 * A chart: an inline SVG in a {@code <figure class="chart">} with its {@code <title>}, {@code <desc>} and
 * {@code <figcaption>}; the primitives it is drawn with, whose coordinates are written by {@link Html#number(double)}
 * and whose texts are escaped like every other.
 */
abstract class Chart extends ReportPart {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    /** The grey of axes' labels and notes. */
    static final String GREY = "#57606a";
    /** The light grey of grid lines. */
    static final String GRID = "#e1e4e8";

    Chart(ReportData d, Html h) {
        super(d, h);
    }

    /** Opens {@code <figure class="chart" id="…">}. */
    final void figure(String id) {
        h.open("figure", "class", "chart", "id", id).newline();
    }

    /** Writes the caption and closes the figure. */
    final void caption(String text) {
        h.element("figcaption", text).newline();
        h.close("figure").newline();
    }

    /** Opens the SVG of a chart, with its title and description, labelling it for assistive technology. */
    final void svgOpen(String id, double width, double height, String titleText, String descText) {
        h.open("svg", "xmlns", SVG_NAMESPACE, "class", "chart-svg", "viewBox",
                "0 0 " + Html.number(width) + " " + Html.number(height)).attr("width", width).attr("height", height)
                .attrs("role", "img", "aria-labelledby", id + "-title " + id + "-desc").newline();
        h.element("title", titleText, "id", id + "-title").newline();
        h.element("desc", descText, "id", id + "-desc").newline();
    }

    final void svgClose() {
        h.close("svg").newline();
    }

    /** A text at (x, y), anchored as given (null for the start), with attributes as name, value pairs. */
    final void text(double x, double y, String anchor, String content, String... attributes) {
        h.open("text").attr("x", x).attr("y", y).attr("text-anchor", anchor).attrs(attributes).text(content)
                .close("text").newline();
    }

    final void line(double x1, double y1, double x2, double y2, String... attributes) {
        h.open("line").attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2).attrs(attributes).closeEmpty()
                .newline();
    }

    /** A rectangle; a negative width or height is drawn as 0. */
    final void rect(double x, double y, double w, double height, String... attributes) {
        h.open("rect").attr("x", x).attr("y", y).attr("width", Math.max(0, w)).attr("height", Math.max(0, height))
                .attrs(attributes).closeEmpty().newline();
    }

    /** A dot of radius 5 with a white edge. */
    final void dot(double cx, double cy, String fill) {
        h.open("circle").attr("cx", cx).attr("cy", cy).attrs("r", "5", "fill", fill, "stroke", "#fff").closeEmpty()
                .newline();
    }

    /** Opens a group of marks with its tooltip, {@code <g class="…"><title>…</title>}; a null class adds none. */
    final void group(String cls, String tooltip) {
        h.open("g", "class", cls).element("title", tooltip);
    }

    final void groupClose() {
        h.close("g").newline();
    }

    /** An axis range covering the values, on multiples of the step, within [0, 100]. */
    static double[] range(List<Double> values, double step, double minSpan) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return new double[] {0, 100};
        }
        lo = Math.max(0, Math.floor(lo / step) * step);
        hi = Math.min(100, Math.ceil(hi / step) * step);
        while (hi - lo < minSpan) {
            if (hi < 100) {
                hi = Math.min(100, hi + step);
            }
            if (hi - lo < minSpan && lo > 0) {
                lo = Math.max(0, lo - step);
            }
            if (lo == 0 && hi == 100) {
                break;
            }
        }
        return new double[] {lo, hi};
    }

    static double tickStep(double span) {
        return span <= 20 ? 2 : span <= 50 ? 5 : 10;
    }
}
