package io.github.sipas.scoring.report;

import io.github.sipas.scoring.estimate.ElementScore;
import io.github.sipas.scoring.estimate.NegativeItem;
import io.github.sipas.scoring.estimate.ScaleReliability;
import io.github.sipas.scoring.estimate.UnitScore;
import java.util.Optional;

/**
 * Draws the reliability of each element, and of all the criteria together, per unit: Cronbach's alpha, weak ones
 * marked, its Feldt interval and the forms it is computed on; under the table, a warning for each criterion that
 * correlates negatively with the rest of its scale over the units pooled ({@link NegativeItem}).
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
        th(t(HtmlReportText.ALL_CRITERIA), "num");
        h.close("tr").close("thead").newline();
        h.open("tbody").newline();
        for (int i = 0; i < d.units.size(); i++) {
            UnitScore u = d.units.get(i);
            h.open("tr");
            nameCell(d.name(u));
            if (d.rows.get(i).isSuppressed()) {
                suppressedCells(d.rows.get(i), d.elementIds.size() + 1);
            } else {
                for (String c : d.elementIds) {
                    Optional<ElementScore> e = ReportData.element(u, c);
                    alpha(e.map(ElementScore::alpha).orElse(Double.NaN), e.map(ElementScore::alphaLower),
                            e.map(ElementScore::alphaUpper).orElse(Double.NaN), e.map(ElementScore::alphaForms));
                }
                ScaleReliability all = u.reliability();
                alpha(all.alpha(), Optional.of(all.alphaLower()), all.alphaUpper(), Optional.of(all.alphaForms()));
            }
            h.close("tr").newline();
        }
        h.close("tbody").newline().close("table").newline();
        p("note", t(HtmlReportText.RELIABILITY_NOTE));
        for (NegativeItem n : d.card.negativeItems()) {
            p("note weak", t(n.reversed() ? HtmlReportText.NEGATIVE_REVERSED_ITEM : HtmlReportText.NEGATIVE_ITEM,
                    "item", n.item(), "scale", n.element() == null ? t(HtmlReportText.NEGATIVE_ALL)
                    : t(HtmlReportText.NEGATIVE_ELEMENT, "element", n.element()),
                    "r", num(n.itemRest(), 3), "n", count(n.forms())));
        }
    }

    /**
     * The cell of an alpha, with its interval and forms when the unit has the scale (lower and forms present): an
     * element's, or all the criteria's.
     */
    private void alpha(double alpha, Optional<Double> lower, double upper, Optional<Long> forms) {
        boolean weak = Double.isFinite(alpha) && alpha < WEAK_ALPHA;
        h.open("td", "class", weak ? "num weak" : "num").text(num(alpha));
        if (lower.isPresent()) {
            h.empty("br").open("span", "class", "small").text(HtmlReportFormat.interval(lower.get(), upper, 2,
                    d.lang)).empty("br").text("n = " + count(forms.orElse(0L))).close("span");
        }
        h.close("td");
    }
}
