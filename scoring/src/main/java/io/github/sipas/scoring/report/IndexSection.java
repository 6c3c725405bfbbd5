package io.github.sipas.scoring.report;

/** Draws the section of the index chart: the chart, and a note naming the suppressed units it leaves out. */
final class IndexSection extends ReportSection {

    IndexSection(ReportData d, Html h) {
        super(d, h);
    }

    @Override
    String id() {
        return "index-section";
    }

    @Override
    HtmlReportText title() {
        return HtmlReportText.INDEX_SECTION;
    }

    @Override
    void body() {
        new IndexChart(d, h).write();
        leftOutNote();
    }
}
