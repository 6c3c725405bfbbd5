package io.github.sipas.scoring.report;

import io.github.sipas.scoring.estimate.UnitScore;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.uncertainty.RankSet;
import io.github.sipas.scoring.uncertainty.RankSets;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Draws every published unit's rank set as a bar from its best to its worst rank, with its rank as a dot
 * ({@code id="chart-ranksets"}).
 */
final class RankSetChart extends Chart {

    private static final String ID = "chart-ranksets";
    private static final double WIDTH = 760;
    private static final double LEFT = 210;
    private static final double RIGHT = 70;
    private static final double TOP = 30;
    private static final double ROW = 24;

    RankSetChart(ReportData d, Html h) {
        super(d, h);
    }

    /** Writes the chart; its description ends with the tied groups in words. */
    void write(String tied) {
        RankSets sets = d.un.rankSets().orElseThrow();
        List<RankedUnit> drawn = d.shownRows.stream().filter(r -> d.un.rankSet(r.label()).isPresent()).toList();
        int n = drawn.size();
        int p = sets.units().size();
        double plotW = WIDTH - LEFT - RIGHT;
        double bottomY = TOP + Math.max(1, n) * ROW;
        double height = bottomY + 40;
        DoubleUnaryOperator x = r -> LEFT + (r - 0.5) / Math.max(1, p) * plotW;
        figure(ID);
        svgOpen(ID, WIDTH, height, t(HtmlReportText.CHART_RANKSETS_TITLE, "level", d.level),
                n == 0 ? t(HtmlReportText.NO_UNITS) : t(HtmlReportText.CHART_RANKSETS_DESC, "count", n, "p", p,
                        "tied", tied));
        int step = p <= 20 ? 1 : p <= 50 ? 5 : p <= 200 ? 10 : 50;
        for (int r = 1; r <= Math.max(1, p); r++) {
            if (r == 1 || r % step == 0 || r == p) {
                line(x.applyAsDouble(r), TOP - 4, x.applyAsDouble(r), bottomY, "stroke", GRID);
                text(x.applyAsDouble(r), bottomY + 14, "middle", Integer.toString(r), "font-size", "11", "fill", GREY);
            }
        }
        text(LEFT + plotW / 2, bottomY + 32, "middle", t(HtmlReportText.AXIS_RANK), "font-size", "12", "fill", GREY);
        double cell = plotW / Math.max(1, p);
        for (int i = 0; i < n; i++) {
            RankedUnit r = drawn.get(i);
            RankSet s = d.un.rankSet(r.label()).orElseThrow();
            UnitScore u = d.result.unit(r.label());
            double y = TOP + i * ROW + ROW / 2;
            String colour = Palette.of(r);
            group("unit", d.name(u) + ": " + ReportData.rankSet(s));
            h.newline();
            if (i % 2 == 1) {
                rect(0, y - ROW / 2, WIDTH, ROW, "fill", "#f6f8fa");
            }
            text(LEFT - 10, y + 4, "end", ReportData.rank(r) + ". " + HtmlReportFormat.clip(d.name(u), 30),
                    "font-size", "12");
            double x1 = x.applyAsDouble(s.lower()) - cell / 2 + 1;
            double x2 = x.applyAsDouble(s.upper()) + cell / 2 - 1;
            rect(x1, y - 6, x2 - x1, 12, "rx", "3", "fill", colour, "fill-opacity", "0.35", "stroke", colour);
            if (r.rank() != null) {
                dot(x.applyAsDouble(Math.min(r.rank(), p)), y, colour);
            }
            text(WIDTH - RIGHT + 8, y + 4, null, ReportData.rankSet(s), "font-size", "12", "font-weight", "600");
            groupClose();
        }
        svgClose();
        caption(t(HtmlReportText.CHART_RANKSETS_CAPTION, "level", d.level, "kind", d.setKind(sets)));
    }
}
