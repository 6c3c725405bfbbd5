package io.github.sipas.scoring.report;

import io.github.sipas.core.Survey;
import io.github.sipas.core.quality.QualityFinding;
import io.github.sipas.scoring.result.ScoreResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders one {@link HtmlReport} page; used once. Assembles the page from its sections, in the order of
 * {@link HtmlReport}'s description: the head with the inlined style sheet, the header and the contents, each
 * section numbered, the footer.
 */
final class HtmlReportPage {

    private final ReportData d;
    private final Html h = new Html();

    HtmlReportPage(Survey survey, String lang, String title, List<QualityFinding> findings, List<String> sources,
            ScoreResult result) {
        this.d = new ReportData(survey, lang, title, findings, sources, result);
    }

    /** The sections the page has, in order: the rank sets' and the options' only when there are some. */
    private List<ReportSection> sections() {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new SummarySection(d, h));
        sections.add(new RankingSection(d, h));
        sections.add(new IndexSection(d, h));
        if (d.hasSets) {
            sections.add(new RankSetSection(d, h));
        }
        sections.add(new ElementSection(d, h));
        sections.add(new UnitSection(d, h));
        sections.add(new DistributionSection(d, h));
        if (d.hasOptions) {
            sections.add(new OptionsSection(d, h));
        }
        sections.add(new ReliabilitySection(d, h));
        sections.add(new QualitySection(d, h));
        sections.add(new MethodsSection(d, h));
        return sections;
    }

    String render() {
        List<ReportSection> sections = sections();
        head();
        h.open("body").newline();
        header(sections);
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).write(i + 1);
        }
        h.open("footer").element("p", d.t(HtmlReportText.M_SOFTWARE)).close("footer").newline();
        h.close("body").newline();
        h.close("html").newline();
        return h.finish();
    }

    /** The doctype, the root element and the head: metadata, a policy that forbids loading anything, the style. */
    private void head() {
        h.rawTrustedMarkup("<!DOCTYPE html>").newline();
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", d.lang, "xml:lang", d.lang).newline();
        h.open("head").newline();
        h.empty("meta", "charset", "utf-8").newline();
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        h.empty("meta", "http-equiv", "Content-Security-Policy", "content",
                "default-src 'none'; style-src 'unsafe-inline'").newline();
        h.empty("meta", "name", "generator", "content", "sipas HtmlReport").newline();
        h.element("title", d.pageTitle()).newline();
        h.open("style").newline().rawTrustedMarkup(ReportStyle.css(d.hasSets || d.hasFayHerriot)).close("style")
                .newline();
        h.close("head").newline();
    }

    /** The page's title, the survey's, and the contents: a link to each section. */
    private void header(List<ReportSection> sections) {
        h.open("header").newline();
        h.element("h1", d.pageTitle()).newline();
        h.element("p", d.survey.title().in(d.lang) + " · " + d.survey.id(), "class", "subtitle").newline();
        h.close("header").newline();
        String contents = d.t(HtmlReportText.CONTENTS);
        h.open("nav", "aria-label", contents).element("strong", contents).newline();
        h.open("ol").newline();
        for (ReportSection s : sections) {
            h.open("li").element("a", d.t(s.title()), "href", "#" + s.id()).close("li").newline();
        }
        h.close("ol").newline();
        h.close("nav").newline();
    }
}
