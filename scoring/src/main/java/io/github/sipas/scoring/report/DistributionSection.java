package io.github.sipas.scoring.report;

import static io.github.sipas.scoring.report.HtmlReportFormat.UNDEFINED;

import io.github.sipas.core.Scale;
import io.github.sipas.core.ScalePoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the answer distributions: for each element, the answers to its criteria over the published units as a chart
 * and as a table with the criteria's wording.
 */
final class DistributionSection extends ReportSection {

    DistributionSection(ReportData d, Html h) {
        super(d, h);
    }

    @Override
    String id() {
        return "distribution-section";
    }

    @Override
    HtmlReportText title() {
        return HtmlReportText.DISTRIBUTION_SECTION;
    }

    @Override
    void body() {
        p("note", t(HtmlReportText.DISTRIBUTION_INTRO));
        leftOutNote();
        int n = 0;
        for (String element : d.elementIds) {
            List<String> items = d.itemsOf(element);
            if (items.isEmpty()) {
                continue;
            }
            n++;
            block(n, element, items.stream().map(i -> PooledAnswers.of(i, d.shown)).toList());
        }
    }

    /** The n-th element's block: its heading, chart and table. */
    private void block(int n, String element, List<PooledAnswers> items) {
        int points = items.stream().mapToInt(p -> p.counts().length).max().orElse(0);
        List<String> labels = pointLabels(items.get(0).id(), points);
        String elementLabel = element + " · " + d.elementTitle(element);
        h.open("div", "class", "dist-block").newline();
        h.element("h3", elementLabel).newline();
        new DistributionChart(d, h).write(n, element, elementLabel, items, labels);
        h.open("table", "class", "distribution").newline();
        h.element("caption", t(HtmlReportText.DIST_TABLE_CAPTION, "n", n, "element", elementLabel)).newline();
        h.open("thead").open("tr");
        th(t(HtmlReportText.CRITERION), null);
        th(t(HtmlReportText.VALID), "num");
        for (String label : labels) {
            th(label, "num");
        }
        th(t(HtmlReportText.DONT_KNOW), "num");
        th(t(HtmlReportText.UNANSWERED), "num");
        h.close("tr").close("thead").newline();
        h.open("tbody").newline();
        for (PooledAnswers p : items) {
            h.open("tr").open("td").element("strong", p.id()).text(" " + d.itemText(p.id())).close("td");
            td(count(p.valid()), "num");
            for (int k = 0; k < points; k++) {
                td(k < p.counts().length ? num(p.share(k), 1) : UNDEFINED, "num");
            }
            td(count(p.dontKnow()), "num");
            td(count(p.unanswered()), "num");
            h.close("tr").newline();
        }
        h.close("tbody").newline().close("table").newline();
        h.close("div").newline();
    }

    /** The labels of the points of a criterion's scale, "1 Rất không hài lòng", or the point's number. */
    private List<String> pointLabels(String item, int n) {
        List<String> labels = new ArrayList<>();
        List<ScalePoint> points = d.scaleOf(item).map(Scale::points).orElse(List.of());
        for (int k = 0; k < n; k++) {
            labels.add(k < points.size() ? points.get(k).code() + " " + points.get(k).label().in(d.lang)
                    : String.valueOf(k + 1));
        }
        return labels;
    }
}
