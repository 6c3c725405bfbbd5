package io.github.sipas.scoring.report;

import static io.github.sipas.scoring.report.HtmlReportFormat.UNDEFINED;

import io.github.sipas.scoring.estimate.UnitScore;
import io.github.sipas.scoring.format.ScoreJson;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.rank.RankingFlag;
import io.github.sipas.scoring.uncertainty.FayHerriotFit;
import io.github.sipas.scoring.uncertainty.IndexDifference;
import io.github.sipas.scoring.uncertainty.RankSets;
import io.github.sipas.scoring.uncertainty.SmallAreaEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws the ranking table ({@code <tbody id="ranking">}, one {@code <tr class="unit-row">} per unit): rank, unit,
 * forms, index, interval, rank set and Fay–Herriot estimate when computed, change of rank, its range, the change of
 * index and its p-value when computed, tier and notes; and the notes under it.
 */
final class RankingSection extends ReportSection {

    RankingSection(ReportData d, Html h) {
        super(d, h);
    }

    @Override
    String id() {
        return "ranking-section";
    }

    @Override
    HtmlReportText title() {
        return HtmlReportText.RANKING;
    }

    @Override
    void body() {
        boolean previous = !d.ranking.previousRanks().isEmpty();
        h.open("table", "class", d.hasSets || d.hasFayHerriot ? "ranking wide" : "ranking").newline();
        h.element("caption", t(d.grouped() ? HtmlReportText.RANKING_CAPTION_GROUPS : HtmlReportText.RANKING_CAPTION))
                .newline();
        h.open("thead").open("tr");
        th(t(HtmlReportText.RANK), "num");
        th(d.unitHeading(), null);
        th(t(HtmlReportText.RESPONDENTS), "num");
        th(t(HtmlReportText.INDEX), "num");
        th(t(HtmlReportText.INTERVAL, "level", d.level), "num");
        if (d.hasSets) {
            th(t(HtmlReportText.RANK_SET, "level", d.level), "center");
        }
        if (d.hasFayHerriot) {
            th(t(HtmlReportText.FAY_HERRIOT), "num");
        }
        th(t(HtmlReportText.CHANGE), "center");
        if (d.hasChanges) {
            th(t(HtmlReportText.RANK_CHANGE_SET), "center");
            th(t(HtmlReportText.INDEX_CHANGE, "level", d.level), "num");
            th(t(HtmlReportText.P_VALUE), "num");
        }
        th(t(HtmlReportText.TIER), null);
        th(t(HtmlReportText.FLAGS), null);
        h.close("tr").close("thead").newline();
        h.open("tbody", "id", "ranking").newline();
        for (int i = 0; i < d.rows.size(); i++) {
            row(d.rows.get(i), d.units.get(i), previous);
        }
        h.close("tbody").newline().close("table").newline();
        notes(previous);
    }

    private void row(RankedUnit r, UnitScore u, boolean previous) {
        h.open("tr", "class", "unit-row", "data-unit", r.label(), "data-rank",
                r.rank() == null ? "" : r.rank().toString());
        if (r.isSuppressed()) {
            h.attr("data-suppressed", ScoreJson.name(r.suppression()));
        }
        td(ReportData.rank(r), "num");
        nameCell(d.name(u));
        td(count(r.respondents()), "num");
        if (r.isSuppressed()) {
            suppressedCells(r, 2 + (d.hasSets ? 1 : 0) + (d.hasFayHerriot ? 1 : 0));
        } else {
            td(d.published(r), "num");
            td(d.interval(u.index()), "num");
            if (d.hasSets) {
                td(d.un.rankSet(r.label()).map(ReportData::rankSet).orElse(UNDEFINED), "center");
            }
            if (d.hasFayHerriot) {
                td(d.un.fayHerriot(r.label()).filter(SmallAreaEstimate::isEstimated).map(e -> num(e.estimate())
                        + " (" + num(e.rmse()) + ")").orElse(UNDEFINED), "num");
            }
        }
        change(r, previous);
        if (d.hasChanges) {
            changeSets(r);
        }
        h.open("td");
        if (r.tier() != null) {
            h.element("span", d.tierName(r.tier()), "class", "tier tier-" + r.tier().name());
        } else {
            h.text(UNDEFINED);
        }
        h.close("td");
        td(String.join("; ", notes(r)), "flag");
        h.close("tr").newline();
    }

    private List<String> notes(RankedUnit r) {
        int threshold = d.ranking.options().reliabilityThreshold();
        List<String> notes = new ArrayList<>();
        if (r.flags().contains(RankingFlag.FEW_RESPONDENTS) && r.isRanked()) {
            notes.add(t(HtmlReportText.FLAG_FEW, "n", threshold));
        }
        if (!r.isRanked()) {
            if ("en".equals(d.lang)) {
                notes.add("not ranked: " + r.reason());
            } else if (r.isSuppressed()) {
                notes.add(t(HtmlReportText.NOT_RANKED_SUPPRESSED));
            } else if (Double.isFinite(r.value())) {
                notes.add(t(HtmlReportText.NOT_RANKED_FEW, "n", threshold));
            } else {
                notes.add(t(HtmlReportText.NOT_RANKED_UNDEFINED));
            }
        }
        return notes;
    }

    /** The cell of the change of rank: ▲ +2, ▼ −1, =, "new", or "–" without a previous period. */
    private void change(RankedUnit r, boolean previous) {
        if (!r.isRanked() || !previous) {
            td(UNDEFINED, "center");
        } else if (r.rankChange() == null) {
            td(t(HtmlReportText.NEW), "center");
        } else if (r.rankChange() > 0) {
            td("▲ +" + r.rankChange(), "center up");
        } else if (r.rankChange() < 0) {
            td("▼ " + HtmlReportFormat.MINUS + (-r.rankChange()), "center down");
        } else {
            td("=", "center");
        }
    }

    /** The cells of the range of the change of rank, the change of index and its p-value. */
    private void changeSets(RankedUnit r) {
        if (r.isSuppressed()) {
            td(UNDEFINED, "center");
            td(UNDEFINED, "num");
            td(UNDEFINED, "num");
            return;
        }
        td(d.un.rankChange(r.label()).map(c -> "[" + ReportData.signed(c.changeLower())
                + ("en".equals(d.lang) ? ", " : "; ") + ReportData.signed(c.changeUpper()) + "]").orElse(UNDEFINED),
                "center");
        Optional<IndexDifference> change = d.un.indexChange(r.label());
        if (change.isEmpty()) {
            td(UNDEFINED, "num");
            td(UNDEFINED, "num");
            return;
        }
        IndexDifference x = change.get();
        String cls = !x.isSignificant() ? "num" : x.difference() > 0 ? "num up" : "num down";
        td(d.signed(x.difference()) + " " + HtmlReportFormat.interval(x.lower(), x.upper(), 2, d.lang)
                .replace(" ", "\u00a0"), cls + " wrap");
        td(x.pValue() < 0.001 ? "< " + num(0.001, 3) : num(x.pValue(), 3), "num");
    }

    private void notes(boolean previous) {
        if (d.units.isEmpty()) {
            p("note", t(HtmlReportText.NO_UNITS));
        }
        p("note", previous ? t(HtmlReportText.CHANGE_NOTE) : t(HtmlReportText.NO_PREVIOUS));
        if (d.hasSets) {
            RankSets sets = d.un.rankSets().orElseThrow();
            p("note", t(HtmlReportText.RANK_SET_NOTE, "level", d.level, "kind", d.setKind(sets), "joint",
                    d.joint(sets)));
        }
        if (d.hasChanges) {
            p("note", t(HtmlReportText.CHANGE_SET_NOTE, "level", d.level));
        }
        if (d.hasFayHerriot) {
            FayHerriotFit fit = d.un.fayHerriot().orElseThrow();
            p("note", fit.converged() ? t(HtmlReportText.FAY_HERRIOT_NOTE, "scale", ReportData.scaleName(fit.scale()))
                    : t(HtmlReportText.FAY_HERRIOT_NONE));
        }
        p("note", t(HtmlReportText.UNDEFINED_NOTE));
        if (!d.hiddenRows.isEmpty()) {
            p("note suppressed-note", t(HtmlReportText.SUPPRESSED_NOTE, "k", d.minCell));
        }
    }
}
