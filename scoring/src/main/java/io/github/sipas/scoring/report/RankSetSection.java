package io.github.sipas.scoring.report;

import io.github.sipas.scoring.uncertainty.RankSets;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the rank sets section, only when the result has rank sets: what they are, the units tied with the leader and
 * the laggard and those that may be first or last, in words; the chart of the sets; the units without one.
 */
final class RankSetSection extends ReportSection {

    RankSetSection(ReportData d, Html h) {
        super(d, h);
    }

    @Override
    String id() {
        return "ranksets-section";
    }

    @Override
    HtmlReportText title() {
        return HtmlReportText.RANKSETS_SECTION;
    }

    @Override
    void body() {
        RankSets sets = d.un.rankSets().orElseThrow();
        p(null, t(HtmlReportText.RANKSETS_INTRO, "level", d.level, "kind", d.setKind(sets), "joint", d.joint(sets)));
        List<String> tied = new ArrayList<>();
        d.un.tiedWithLeader().ifPresent(g -> tied.add(t(HtmlReportText.TIED_LEADER, "anchor", d.names(g.anchors()),
                "units", d.names(g.units()))));
        d.un.tiedWithLaggard().ifPresent(g -> tied.add(t(HtmlReportText.TIED_LAGGARD, "anchor",
                d.names(g.anchors()), "units", d.names(g.units()))));
        if (!tied.isEmpty()) {
            h.open("ul", "class", "tied").newline();
            tied.forEach(this::li);
            h.close("ul").newline();
        }
        List<String> extremes = new ArrayList<>();
        d.un.mayBeFirst().ifPresent(x -> extremes.add(t(HtmlReportText.MAY_BE_FIRST, "level", d.level, "units",
                d.names(x.units()))));
        d.un.mayBeLast().ifPresent(x -> extremes.add(t(HtmlReportText.MAY_BE_LAST, "level", d.level, "units",
                d.names(x.units()))));
        if (!extremes.isEmpty()) {
            p("note", String.join(" ", extremes));
        }
        new RankSetChart(d, h).write(String.join(" ", tied));
        leftOutNote();
        List<String> without = d.shownRows.stream().filter(r -> d.un.rankSet(r.label()).isEmpty())
                .map(d::rowName).toList();
        if (!without.isEmpty()) {
            p("note", t(HtmlReportText.NO_RANK_SET, "units", String.join(", ", without)));
        }
    }
}
