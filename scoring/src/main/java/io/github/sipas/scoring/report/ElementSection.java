package io.github.sipas.scoring.report;

import io.github.sipas.scoring.estimate.UnitScore;
import java.util.List;

/**
 * Draws the section of the elements: the heat map, and its figures as a table of units × elements (a suppressed
 * unit's row with the suppression text), the mean of units, and the elements' titles.
 */
final class ElementSection extends ReportSection {

    ElementSection(ReportData d, Html h) {
        super(d, h);
    }

    @Override
    String id() {
        return "elements-section";
    }

    @Override
    HtmlReportText title() {
        return HtmlReportText.ELEMENTS_SECTION;
    }

    @Override
    void body() {
        new HeatMapChart(d, h).write();
        leftOutNote();
        List<String> cols = d.elementIds;
        h.open("table", "class", "elements").newline();
        h.element("caption", t(HtmlReportText.ELEMENTS_CAPTION)).newline();
        h.open("thead").open("tr");
        th(d.unitHeading(), null);
        cols.forEach(this::elementHeader);
        th(t(HtmlReportText.OVERALL), "num");
        h.close("tr").close("thead").newline();
        h.open("tbody").newline();
        for (int i = 0; i < d.units.size(); i++) {
            UnitScore u = d.units.get(i);
            h.open("tr");
            nameCell(d.name(u));
            if (d.rows.get(i).isSuppressed()) {
                suppressedCells(d.rows.get(i), cols.size() + 1);
            } else {
                cols.forEach(c -> td(num(ReportData.elementValue(u, c)), "num"));
                td(num(u.index().value()), "num");
            }
            h.close("tr").newline();
        }
        h.open("tr");
        td(d.meanOfUnits(), null);
        cols.forEach(c -> td(num(d.elementMean.get(c)), "num"));
        td(num(d.overallMean), "num");
        h.close("tr").newline();
        h.close("tbody").newline().close("table").newline();
        h.open("p", "class", "note");
        for (int i = 0; i < cols.size(); i++) {
            h.text(i == 0 ? "" : " · ").element("strong", cols.get(i)).text(": " + d.elementTitle(cols.get(i)));
        }
        h.close("p").newline();
    }
}
