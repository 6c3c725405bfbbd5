package io.github.sipas.scoring.report;

import static io.github.sipas.scoring.report.HtmlReportFormat.UNDEFINED;

import io.github.sipas.core.ItemType;
import io.github.sipas.scoring.estimate.ItemOptions;
import io.github.sipas.scoring.estimate.OptionShare;
import io.github.sipas.scoring.estimate.UnitScore;
import io.github.sipas.scoring.rank.RankedUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the perceptions and expectations, only when some unit has answers to the survey's other questions: for each
 * question, its wording and role, a chart of the units' shares of its options, and the table of units × options.
 */
final class OptionsSection extends ReportSection {

    OptionsSection(ReportData d, Html h) {
        super(d, h);
    }

    @Override
    String id() {
        return "options-section";
    }

    @Override
    HtmlReportText title() {
        return HtmlReportText.OPTIONS_SECTION;
    }

    @Override
    void body() {
        p("note", t(HtmlReportText.OPTIONS_INTRO));
        int n = 0;
        for (String id : d.questionIds) {
            List<UnitScore> asked = new ArrayList<>();
            List<ItemOptions> answers = new ArrayList<>();
            for (UnitScore u : d.shown) {
                for (ItemOptions o : u.options()) {
                    if (o.id().equals(id)) {
                        asked.add(u);
                        answers.add(o);
                        break;
                    }
                }
            }
            n++;
            question(n, id, asked, answers);
        }
    }

    /** The label of an option in the page's language, from the question's scale, else the scorer's (Vietnamese). */
    private String optionLabel(String item, OptionShare o) {
        return d.scaleOf(item).flatMap(s -> s.point(o.code())).map(p -> p.label().in(d.lang)).orElse(o.label());
    }

    /** The n-th question's block, asked of the given published units with the given answers. */
    private void question(int n, String item, List<UnitScore> asked, List<ItemOptions> answers) {
        ItemOptions first = answers.get(0);
        boolean multiple = first.type() == ItemType.MULTIPLE;
        List<OptionShare> opts = first.options();
        int k = opts.size();
        List<String> labels = opts.stream().map(o -> o.code() + " " + optionLabel(item, o)).toList();
        String id = "chart-options-" + HtmlReportFormat.idPart(item);
        // The option chosen most often, as the mean of the units' shares.
        int top = -1;
        double topMean = Double.NaN;
        for (int j = 0; j < k; j++) {
            int c = j;
            double m = HtmlReportFormat.meanOfFinite(answers.stream().map(a -> c < a.options().size()
                    ? a.options().get(c).share() : Double.NaN).toList());
            if (Double.isFinite(m) && (top < 0 || m > topMean)) {
                top = j;
                topMean = m;
            }
        }
        String topText = top < 0 ? UNDEFINED + " " + t(HtmlReportText.UNDEFINED)
                : labels.get(top) + " (" + num(topMean, 1) + " %)";
        String choice = t(multiple ? HtmlReportText.MULTIPLE_CHOICE : HtmlReportText.SINGLE_CHOICE);
        h.open("div", "class", "options-block").newline();
        h.open("h3").element("span", item, "class", "qid").text(" " + d.itemText(item) + " ")
                .element("span", d.roleName(first.role()) + " · " + choice, "class", "role").close("h3").newline();
        String title = t(HtmlReportText.CHART_OPTIONS_TITLE, "item", item + " · " + d.itemText(item));
        String desc = t(multiple ? HtmlReportText.CHART_OPTIONS_MULTIPLE_DESC
                : HtmlReportText.CHART_OPTIONS_SINGLE_DESC, "count", asked.size(), "options", String.join("; ", labels),
                "top", topText);
        String caption = t(multiple ? HtmlReportText.CHART_OPTIONS_MULTIPLE_CAPTION
                : HtmlReportText.CHART_OPTIONS_SINGLE_CAPTION, "n", n, "item", item);
        if (multiple) {
            new MultipleChoiceChart(d, h).write(id, title, desc, caption, labels, asked, answers);
        } else {
            new SingleChoiceChart(d, h).write(id, title, desc, caption, labels, asked, answers);
        }
        table(n, item, k, labels, asked, answers);
        leftOutNote();
        h.close("div").newline();
    }

    /** The table of the units' shares of each option; a suppressed unit asked the question keeps its row. */
    private void table(int n, String item, int k, List<String> labels, List<UnitScore> asked,
            List<ItemOptions> answers) {
        h.open("table", "class", "options", "data-item", item).newline();
        h.element("caption", t(HtmlReportText.OPTIONS_TABLE_CAPTION, "n", n, "item", item)).newline();
        h.open("thead").open("tr");
        th(d.unitHeading(), null);
        th(t(HtmlReportText.ANSWERED), "opt");
        for (String label : labels) {
            th(label, "opt");
        }
        th(t(HtmlReportText.DONT_KNOW), "opt");
        th(t(HtmlReportText.UNANSWERED), "opt");
        h.close("tr").close("thead").newline();
        h.open("tbody").newline();
        for (int i = 0; i < asked.size(); i++) {
            ItemOptions a = answers.get(i);
            h.open("tr", "data-unit", asked.get(i).label());
            nameCell(d.name(asked.get(i)));
            td(count(a.answered()), "num");
            for (int j = 0; j < k; j++) {
                td(j < a.options().size() ? num(a.options().get(j).share(), 1) : UNDEFINED, "num");
            }
            td(count(a.dontKnow()), "num");
            td(count(a.unanswered()), "num");
            h.close("tr").newline();
        }
        for (RankedUnit r : d.hiddenRows) {
            if (d.result.unit(r.label()).options().stream().noneMatch(o -> o.id().equals(item))) {
                continue;
            }
            h.open("tr", "data-unit", r.label());
            nameCell(d.rowName(r));
            suppressedCells(r, k + 3);
            h.close("tr").newline();
        }
        h.close("tbody").newline().close("table").newline();
    }
}
