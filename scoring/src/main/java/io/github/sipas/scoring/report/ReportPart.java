package io.github.sipas.scoring.report;

import io.github.sipas.scoring.rank.RankedUnit;

/**
 * A part of the page, a section or a chart: writes to the page's {@link Html} from its {@link ReportData}, with the
 * paragraphs, list items and table cells every part uses; every text goes through {@link Html#text(String)}.
 */
abstract class ReportPart {

    final ReportData d;
    final Html h;

    ReportPart(ReportData d, Html h) {
        this.d = d;
        this.h = h;
    }

    final String t(HtmlReportText key, Object... pairs) {
        return d.t(key, pairs);
    }

    final String num(double v) {
        return d.num(v);
    }

    final String num(double v, int decimals) {
        return d.num(v, decimals);
    }

    final String count(long n) {
        return d.count(n);
    }

    /** A paragraph, of a class or (null) none, on its own line. */
    final void p(String cls, String text) {
        h.element("p", text, "class", cls).newline();
    }

    final void li(String text) {
        h.element("li", text).newline();
    }

    /** A column's header cell, of a class or (null) none. */
    final void th(String text, String cls) {
        h.element("th", text, "scope", "col", "class", cls);
    }

    /** A cell, of a class or (null) none. */
    final void td(String text, String cls) {
        h.element("td", text, "class", cls);
    }

    /**
     * A cell holding a name from the input (a unit's, a group's), in {@code <bdi>} so that right-to-left letters or a
     * bidirectional override in it cannot reorder what is around it.
     */
    final void nameCell(String name) {
        h.open("td").open("bdi").text(name).close("bdi").close("td");
    }

    /** A column's header cell for an element: its id, with its title as a tooltip. */
    final void elementHeader(String element) {
        h.element("th", element, "scope", "col", "class", "num", "title", d.elementTitle(element));
    }

    /** A cell with the suppression text spanning the given number of columns. */
    final void suppressedCells(RankedUnit r, int columns) {
        h.open("td", "class", "suppressed");
        if (columns > 1) {
            h.attr("colspan", columns);
        }
        h.text(d.suppressedText(r)).close("td");
    }

    /** A note under a chart naming the suppressed units it leaves out, when there are some. */
    final void leftOutNote() {
        String note = d.leftOutText();
        if (note != null) {
            p("note suppressed-note", note);
        }
    }
}
