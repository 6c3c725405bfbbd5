package io.github.sipas.scoring.report;

/**
 * A numbered section of the page: {@code <section id="…">}, its heading "n. title", its body; listed in the
 * page's contents.
 */
abstract class ReportSection extends ReportPart {

    ReportSection(ReportData d, Html h) {
        super(d, h);
    }

    /** The id of the {@code <section>}, the target of its link in the contents. */
    abstract String id();

    /** The section's title, in the heading and the contents. */
    abstract HtmlReportText title();

    /** Writes what follows the heading. */
    abstract void body();

    /** Writes the section, numbered. */
    final void write(int number) {
        h.open("section", "id", id()).newline();
        h.element("h2", number + ". " + t(title())).newline();
        body();
        h.close("section").newline();
    }
}
