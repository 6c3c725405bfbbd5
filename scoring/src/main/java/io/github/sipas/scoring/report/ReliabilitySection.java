package io.github.sipas.scoring.report;

import io.github.sipas.scoring.estimate.ElementScore;
import io.github.sipas.scoring.estimate.UnitScore;
import java.util.Optional;

/**
 * Draws the reliability of each element per unit: Cronbach's alpha, weak ones marked, its Feldt interval and the
 * forms it is computed on.
 */
final class ReliabilitySection extends ReportSection {

    /** Below this, an alpha is marked weak. */
    private static final double WEAK_ALPHA = 0.70;

    ReliabilitySection(ReportData d, Html h) {
        super(d, h);
    }

    @Override
    String id() {
        return "reliability-section";
    }

    @Override
    HtmlReportText title() {
        return HtmlReportText.RELIABILITY_SECTION;
    }

    @Override
    void body() {
        h.open("table", "class", "reliability").newline();
        h.element("caption", t(HtmlReportText.RELIABILITY_CAPTION, "level", d.level, "t", d.hasOptions ? 6 : 5))
                .newline();
        h.open("thead").open("tr");
        th(d.unitHeading(), null);
        d.elementIds.forEach(this::elementHeader);
        h.close("tr").close("thead").newline();
        h.open("tbody").newline();
        for (int i = 0; i < d.units.size(); i++) {
            UnitScore u = d.units.get(i);
            h.open("tr");
            nameCell(d.name(u));
            if (d.rows.get(i).isSuppressed()) {
                suppressedCells(d.rows.get(i), Math.max(1, d.elementIds.size()));
            } else {
                for (String c : d.elementIds) {
                    alpha(ReportData.element(u, c));
                }
            }
            h.close("tr").newline();
        }
        h.close("tbody").newline().close("table").newline();
        p("note", t(HtmlReportText.RELIABILITY_NOTE));
    }

    /** The cell of an element's alpha, with its interval and forms when the unit has the element. */
    private void alpha(Optional<ElementScore> e) {
        double alpha = e.map(ElementScore::alpha).orElse(Double.NaN);
        boolean weak = Double.isFinite(alpha) && alpha < WEAK_ALPHA;
        h.open("td", "class", weak ? "num weak" : "num").text(num(alpha));
        if (e.isPresent()) {
            h.empty("br").open("span", "class", "small").text(HtmlReportFormat.interval(e.get().alphaLower(),
                    e.get().alphaUpper(), 2, d.lang)).empty("br").text("n = " + count(e.get().alphaForms()))
                    .close("span");
        }
        h.close("td");
    }
}
