package io.github.sipas.scoring.report;

import static io.github.sipas.scoring.report.HtmlReportFormat.UNDEFINED;

import io.github.sipas.core.PersonalFields;
import io.github.sipas.core.quality.QualityFinding;
import io.github.sipas.core.quality.QualityScope;
import io.github.sipas.scoring.estimate.UnitScore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Draws the data-quality findings: check, unit, item, group, forms, the first lines and the message, in the page's
 * language ({@link QualityText}: in Vietnamese the checks are named and their messages written in Vietnamese with
 * decimal commas); a finding that
 * the result's {@link io.github.sipas.core.quality.QualityScope} does not show (about a suppressed unit or group) is
 * left out, and a personal group's value is withheld.
 */
final class QualitySection extends ReportSection {

    /** How many of a finding's lines are listed. */
    private static final int MAX_LINES = 10;

    QualitySection(ReportData d, Html h) {
        super(d, h);
    }

    @Override
    String id() {
        return "quality-section";
    }

    @Override
    HtmlReportText title() {
        return HtmlReportText.QUALITY_SECTION;
    }

    @Override
    void body() {
        if (d.findings == null) {
            p("note", t(HtmlReportText.QUALITY_NOT_RUN));
            return;
        }
        if (d.findings.isEmpty()) {
            p(null, t(HtmlReportText.QUALITY_NONE));
            return;
        }
        h.open("table", "class", "quality").newline();
        String caption = t(HtmlReportText.QUALITY_CAPTION, "t", d.hasOptions ? 7 : 6);
        if (d.result.disclosure().minRespondents() > 1) {
            caption += " " + t(HtmlReportText.QUALITY_PUBLISHED_ONLY, "k", d.minCell);
        }
        h.element("caption", caption).newline();
        h.open("thead").open("tr");
        th(t(HtmlReportText.CHECK), null);
        th(t(HtmlReportText.UNIT), null);
        th(t(HtmlReportText.ITEM), null);
        th(t(HtmlReportText.GROUP), null);
        th(t(HtmlReportText.COUNT), "num");
        th(t(HtmlReportText.LINES), null);
        th(t(HtmlReportText.MESSAGE), null);
        h.close("tr").close("thead").newline();
        h.open("tbody", "id", "findings").newline();
        Map<String, Long> unitForms = new HashMap<>();
        for (UnitScore u : d.card.units()) {
            if (u.unit() != null) {
                unitForms.merge(u.unit(), u.respondents(), Long::sum);
            }
        }
        QualityScope scope = d.result.qualityScope();
        for (QualityFinding raw : d.findings) {
            if (shown(raw, scope, unitForms)) {
                finding(withoutPersonalValue(raw));
            }
        }
        h.close("tbody").newline().close("table").newline();
    }

    /**
     * Whether the scope shows a finding: one about a unit when it shows the unit (its forms taken from the scorecard,
     * none when the scorecard is not by unit); one about a group when it also shows the group, the unit's other forms
     * counted as its forms less the group's. A finding over all units is shown as it is: it must have been computed
     * with the scope ({@link io.github.sipas.core.quality.QualityChecks.Accumulator#result(QualityScope)}).
     */
    private static boolean shown(QualityFinding f, QualityScope scope, Map<String, Long> unitForms) {
        if (f.unit() == null) {
            return true;
        }
        long forms = unitForms.getOrDefault(f.unit(), 0L);
        if (!scope.showsUnit(f.unit(), forms)) {
            return false;
        }
        if (f.group() == null) {
            return true;
        }
        int eq = f.group().indexOf('=');
        String column = eq < 0 ? f.group() : f.group().substring(0, eq);
        String value = eq < 0 ? "" : f.group().substring(eq + 1);
        return scope.showsGroup(f.unit(), column, value, f.count(), Math.max(0, forms - f.count()));
    }

    private void finding(QualityFinding f) {
        h.open("tr", "class", "finding").open("td");
        String name = QualityText.check(f.check(), d.lang);
        if (name != null) {
            h.text(name).text(" ");
        }
        h.element("code", f.check()).close("td");
        if (f.unit() == null) {
            td(UNDEFINED, "name");
        } else {
            h.open("td", "class", "name").open("bdi").text(d.nameOf(f.unit())).close("bdi").close("td");
        }
        td(f.item() == null ? UNDEFINED : f.item(), null);
        td(f.group() == null ? UNDEFINED : f.group(), null);
        td(count(f.count()), "num");
        List<Long> lines = f.lines();
        // line numbers as written in the file, not grouped; "; " between them in Vietnamese, where "," is decimal
        String shown = lines.stream().limit(MAX_LINES).map(String::valueOf)
                .collect(Collectors.joining("en".equals(d.lang) ? ", " : "; "));
        if (lines.size() > MAX_LINES) {
            shown += " … (" + t(HtmlReportText.MORE_LINES, "n", count(lines.size() - MAX_LINES)) + ")";
        }
        td(lines.isEmpty() ? UNDEFINED : shown, null);
        td(QualityText.message(f.message(), d.lang), null);
        h.close("tr").newline();
    }

    /**
     * Returns a finding whose group, when its column is personal ({@link PersonalFields#isPersonal(String)}), shows the
     * column but not the value: {@code "Số điện thoại=0912…"} becomes {@code "Số điện thoại=[không công bố]"}, and the
     * message, which begins with the column and the value, loses the value too; a message that still holds the value
     * is replaced as a whole.
     */
    private QualityFinding withoutPersonalValue(QualityFinding f) {
        String group = f.group();
        if (group == null) {
            return f;
        }
        int eq = group.indexOf('=');
        String column = eq < 0 ? group : group.substring(0, eq);
        if (!PersonalFields.isPersonal(column)) {
            return f;
        }
        String value = eq < 0 ? "" : group.substring(eq + 1);
        String withheld = t(HtmlReportText.WITHHELD);
        String message = f.message();
        String prefix = column + " " + value;
        if (!value.isEmpty() && message.startsWith(prefix)) {
            message = column + " " + withheld + message.substring(prefix.length());
        }
        if (value.isEmpty() || message.contains(value)) {
            message = t(HtmlReportText.WITHHELD_MESSAGE, "column", column);
        }
        return new QualityFinding(f.check(), f.unit(), f.item(), column + "=" + withheld, f.count(), f.lines(),
                message);
    }
}
