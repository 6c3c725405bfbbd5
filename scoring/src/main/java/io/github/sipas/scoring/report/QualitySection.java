package io.github.sipas.scoring.report;

import static io.github.sipas.scoring.report.HtmlReportFormat.UNDEFINED;

import io.github.sipas.core.PersonalFields;
import io.github.sipas.core.quality.QualityFinding;
import io.github.sipas.scoring.estimate.UnitScore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Draws the data-quality findings: check, unit, item, group, forms, the first lines and the message; a finding of a
 * unit under the publication threshold without its count, lines and message, a personal group's value withheld.
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
        h.element("caption", t(HtmlReportText.QUALITY_CAPTION, "t", d.hasOptions ? 7 : 6)).newline();
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
        for (QualityFinding raw : d.findings) {
            finding(withoutPersonalValue(raw), unitForms);
        }
        h.close("tbody").newline().close("table").newline();
    }

    private void finding(QualityFinding f, Map<String, Long> unitForms) {
        h.open("tr", "class", "finding").open("td").element("code", f.check()).close("td");
        if (f.unit() == null) {
            td(UNDEFINED, "name");
        } else {
            h.open("td", "class", "name").open("bdi").text(d.nameOf(f.unit())).close("bdi").close("td");
        }
        td(f.item() == null ? UNDEFINED : f.item(), null);
        td(f.group() == null ? UNDEFINED : f.group(), null);
        Long forms = f.unit() == null ? null : unitForms.get(f.unit());
        if (forms != null && d.result.disclosure().isSmall(forms)) {
            h.element("td", t(HtmlReportText.SUPPRESSED_SMALL, "k", d.minCell), "class", "suppressed", "colspan", "3");
            h.close("tr").newline();
            return;
        }
        td(count(f.count()), "num");
        List<Long> lines = f.lines();
        String shown = lines.stream().limit(MAX_LINES).map(String::valueOf).collect(Collectors.joining(", "));
        if (lines.size() > MAX_LINES) {
            shown += " … (" + t(HtmlReportText.MORE_LINES, "n", count(lines.size() - MAX_LINES)) + ")";
        }
        td(lines.isEmpty() ? UNDEFINED : shown, null);
        td(f.message(), null);
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
