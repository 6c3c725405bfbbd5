package io.github.sipas.scoring.report;

import static io.github.sipas.scoring.report.HtmlReportFormat.UNDEFINED;

import io.github.sipas.scoring.estimate.UnitScore;
import io.github.sipas.scoring.rank.RankedUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the unit profiles: for each unit in ranking order, its criteria against the mean of units as a chart and a
 * table; a suppressed unit's block gives only its name, forms and why its figures are not shown.
 */
final class UnitSection extends ReportSection {

    /** How far below the mean of units, in points, a criterion is marked. */
    static final double FAR_BELOW = 5.0;

    UnitSection(ReportData d, Html h) {
        super(d, h);
    }

    @Override
    String id() {
        return "units-section";
    }

    @Override
    HtmlReportText title() {
        return d.grouped() ? HtmlReportText.GROUPS_SECTION : HtmlReportText.UNITS_SECTION;
    }

    @Override
    void body() {
        p("note", t(d.grouped() ? HtmlReportText.GROUPS_INTRO : HtmlReportText.UNITS_INTRO));
        if (d.units.isEmpty()) {
            p("note", t(HtmlReportText.NO_UNITS));
        }
        List<Double> all = new ArrayList<>();
        for (UnitScore u : d.shown) {
            u.items().forEach(i -> all.add(i.estimate().value()));
        }
        double[] dom = Chart.range(all, 10, 30);
        dom[1] = 100;
        int next = 0;
        for (RankedUnit r : d.rows) {
            if (r.isSuppressed()) {
                hiddenBlock(r);
            } else {
                unitBlock(next++, dom);
            }
        }
    }

    /** A suppressed unit's place among the units: its name, forms and why its figures are not shown. */
    private void hiddenBlock(RankedUnit r) {
        h.open("div", "class", "unit-block suppressed", "data-unit", r.label()).newline();
        h.open("h3").open("bdi").text(d.rowName(r)).close("bdi").close("h3").newline();
        p("small", d.suppressedText(r) + " · " + t(HtmlReportText.FORMS_COUNT, "n", count(r.respondents())));
        h.close("div").newline();
    }

    /** The block of the index-th published unit (from 0, in ranking order). */
    private void unitBlock(int index, double[] dom) {
        RankedUnit r = d.shownRows.get(index);
        UnitScore u = d.shown.get(index);
        Map<String, Double> diff = new LinkedHashMap<>();
        for (String item : d.itemIds) {
            double x = ReportData.itemValue(u, item) - d.itemMean.get(item);
            if (Double.isFinite(x)) {
                diff.put(item, x);
            }
        }
        List<String> weakest = diff.entrySet().stream().filter(e -> e.getValue() < 0)
                .sorted(Map.Entry.comparingByValue()).limit(3)
                .map(e -> e.getKey() + " (" + d.signed(e.getValue()) + ")").toList();
        List<String> strongest = diff.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(3)
                .map(e -> e.getKey() + " (" + d.signed(e.getValue()) + ")").toList();
        String weak = weakest.isEmpty() ? t(HtmlReportText.NONE) : String.join(", ", weakest);
        String strong = strongest.isEmpty() ? t(HtmlReportText.NONE) : String.join(", ", strongest);
        h.open("div", "class", "unit-block", "id", "unit-" + (index + 1)).newline();
        h.open("h3").open("bdi").text(d.name(u)).close("bdi").close("h3").newline();
        p("small", t(HtmlReportText.UNIT_HEAD, "rank", r.rank() == null ? UNDEFINED : r.rank(), "index",
                d.published(r), "lower", num(u.index().lower()), "upper", num(u.index().upper()), "n",
                count(u.respondents())));
        new UnitProfileChart(d, h).write(index, u, dom, weak, strong);
        h.open("table").newline().open("thead").open("tr");
        th(t(HtmlReportText.CRITERION), null);
        th(d.unitHeading(), "num");
        th(d.meanOfUnits(), "num");
        th(t(HtmlReportText.DIFFERENCE), "num");
        h.close("tr").close("thead").newline();
        h.open("tbody").newline();
        for (String item : d.itemIds) {
            double v = ReportData.itemValue(u, item);
            double m = d.itemMean.get(item);
            double x = v - m;
            h.open("tr").element("td", item, "title", d.itemText(item));
            td(num(v), "num");
            td(num(m), "num");
            td(d.signed(x), Double.isFinite(x) && x < -FAR_BELOW ? "num down" : "num");
            h.close("tr").newline();
        }
        h.close("tbody").newline().close("table").newline();
        h.close("div").newline();
    }
}
