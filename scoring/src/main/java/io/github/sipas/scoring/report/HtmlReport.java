package io.github.sipas.scoring.report;

import io.github.sipas.core.PersonalFields;
import io.github.sipas.core.quality.QualityFinding;
import io.github.sipas.core.Survey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.uncertainty.Uncertainty;
import io.github.sipas.scoring.estimate.UnitScore;

/**
 * Writes a {@link ScoreResult} as one self-contained HTML page that a provincial office can open, print on A4 and
 * attach to an announcement: no script, no external font, image or style sheet, and a content security policy that
 * forbids the page to load anything, so that it reads the same without a network.
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.builder(survey).language("en").findings(findings)
 *         .sources(List.of("responses.csv")).build();
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *     report.write(result, out);
 * }
 * }</pre>
 *
 * <p>The page holds, in this order:
 * <ol>
 *   <li>a summary: the survey's title and id, the data files, forms read, accepted and rejected, the units (ranked
 *       and not), the confidence level, the interval method and the rule of the overall index;</li>
 *   <li>the ranking table ({@code <tbody id="ranking">}, one {@code <tr class="unit-row">} per unit, ranked units
 *       first): rank, unit, forms, index to two decimals, interval, change of rank ({@code ▲ +2}, {@code ▼ −1},
 *       {@code =}, or "new" when the unit was not ranked in the previous period), tier and notes; when the result
 *       carries an {@link Uncertainty}, also each unit's rank set ({@code 2–4}) and Fay–Herriot estimate with its
 *       RMSE after the interval, and after the change of rank its range ({@code [−1; +5]}), the change of index
 *       with its interval and its p-value, with notes on what they mean;</li>
 *   <li>a chart of every unit's index with its interval, in ranking order, with the mean of the units' indices
 *       (not the province's index, which this library does not compute from units) as a dashed line
 *       ({@code id="chart-index"});</li>
 *   <li>only when the result has rank sets, "rank sets": what they are, the units statistically tied with the
 *       leader and the laggard and those that may be first or last, in words, and a chart of every published unit's
 *       set as a bar from its best to its worst rank with its rank as a dot ({@code id="chart-ranksets"}, Figure 1b,
 *       whose figures are in the ranking table); the summary names the kind of sets and the tied groups, and the
 *       methods say how the sets, the changes and the Fay–Herriot estimates were computed;</li>
 *   <li>a heat map of units × elements with its colour legend ({@code id="chart-heatmap"}) and the same figures as a
 *       table;</li>
 *   <li>for each unit, its criteria against the mean of the units (ids {@code chart-unit-1}, {@code chart-unit-2},
 *       … in ranking order), chart and table;</li>
 *   <li>for each element, the distribution of the answers to its criteria over all units as 100 % stacked bars,
 *       don't-know and blank answers shown apart and kept out of the shares ({@code id="chart-distribution-A"} for
 *       element A), and as a table with the criteria's wording;</li>
 *   <li>only when some unit has answers to the survey's other questions (the perception and expectation blocks of
 *       {@code sipas-2023}, see {@link UnitScore#options()}), "perceptions and expectations": for each question, in
 *       the survey's order, with its wording and role, a table of units × options with the weighted share choosing
 *       each option (percent, one decimal) among the forms that answered, the forms that answered and the
 *       don't-know and blank answers; and a chart ({@code id="chart-options-N1_1"} for question N1_1) of 100 %
 *       stacked bars per unit for a single-choice question, or of one bar per option and unit for a multi-select
 *       question, whose shares do not add up to 100;</li>
 *   <li>the reliability of each element per unit: Cronbach's alpha, its Feldt interval and the forms it is
 *       computed on;</li>
 *   <li>the data-quality findings: check, unit, item, group, forms, the first lines, and what was seen;</li>
 *   <li>the methods: the formulas of the item, element and overall indices, the linearized standard error, the
 *       interval method and level, the ranking rule and the tiers, in plain words.</li>
 * </ol>
 * Every chart is an inline SVG inside a {@code <figure class="chart">} carrying the chart's id, with a
 * {@code <title>} and {@code <desc>} and a {@code <figcaption>}; its numbers are also in a table, so the page reads
 * without the charts. Labels are in Vietnamese (the default) or English; numbers are written with the decimal comma in
 * Vietnamese ({@code 85,23}) and the decimal point in English ({@code 85.23}); an undefined figure is written "–",
 * never "NaN". Every text taken from the data (unit names, titles, messages) is escaped. The markup is also
 * well-formed XML (XHTML syntax), so that it can be checked by an XML parser.
 *
 * <p>The page applies the result's {@link Disclosure} rule ({@link ScoreResult#suppressed()}): a suppressed unit keeps
 * its row in every table of units (ranking, elements, reliability, each question's options), with its name and
 * forms and the text "không công bố (n &lt; 10)" / "suppressed (n &lt; 10)", or "(ẩn bổ sung)" / "(complementary)",
 * in place of its figures (the ranking row gets {@code data-suppressed="small-cell"} or {@code "complementary"}); it is
 * left out of every chart, of the means of units and of the pooled answer distributions, with a note naming it under
 * each; its place among the units says the same without a chart; the summary and the methods state the threshold.
 * Data-quality findings are published figures too: the page shows only those that the result's {@link
 * ScoreResult#qualityScope()} shows, leaving out every finding about a suppressed unit, about a unit when the
 * scorecard is grouped by an attribute alone, and every interviewer or batch finding whose group or rest has fewer
 * than k forms or is a suppressed cell (see {@link Disclosure}); the caption says so. A finding over all units (a
 * null unit) cannot be checked here: compute the findings with {@code accumulator.result(result.qualityScope())}, as
 * {@code sipas report} does, so that it counts the published units only. The value of a finding's group whose column is
 * personal ({@link PersonalFields#isPersonal(String)}, e.g. {@code Số điện thoại=0912…}) is replaced by "[không công
 * bố]" / "[withheld]", in the group and in the message. The same holds for the criteria that correlate negatively
 * with the rest of their scale, shown under the reliability table: give the scorecard those over the published units,
 * {@code card.withNegativeItems(accumulator.negativeItems(disclosure.qualityScope(card)))}, as {@code ScoreRun} does.
 *
 * <p>A report is immutable and thread-safe; build one with {@link #builder(Survey)}.
 *
 * @since 0.1
 */
public final class HtmlReport {

    private final Survey survey;
    private final String language;
    private final String title;
    private final List<QualityFinding> findings;
    private final List<String> sources;

    private HtmlReport(Builder b) {
        this.survey = b.survey;
        this.language = b.language;
        this.title = b.title;
        this.findings = b.findings == null ? null : List.copyOf(b.findings);
        this.sources = List.copyOf(b.sources);
    }

    /**
     * Starts configuring a report on results of a survey: Vietnamese, the default title, no data files named and no
     * data-quality findings (the page then says the checks were not run).
     *
     * @param survey the survey the results were scored with, for the titles of its elements, the wording of its
     *     criteria and the labels of its scales
     * @return a builder
     * @throws NullPointerException if the survey is null
     */
    public static Builder builder(Survey survey) {
        return new Builder(survey);
    }

    /**
     * Writes the page of a result.
     *
     * @param result the result, scored with this report's survey
     * @param out where to write the page, as characters (to be encoded as UTF-8, which the page declares); flushed,
     *     not closed
     * @throws NullPointerException if the result or the writer is null
     * @throws IllegalArgumentException if the result is of another survey than the report's
     * @throws UncheckedIOException if writing fails
     */
    public void write(ScoreResult result, Writer out) {
        Objects.requireNonNull(out, "out");
        String page = toHtml(result);
        try {
            out.write(page);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the page of a result as text.
     *
     * @param result the result, scored with this report's survey
     * @return the page, a complete HTML document
     * @throws NullPointerException if the result is null
     * @throws IllegalArgumentException if the result is of another survey than the report's
     */
    public String toHtml(ScoreResult result) {
        Objects.requireNonNull(result, "result");
        String id = result.scorecard().survey();
        if (!id.equals(survey.id())) {
            throw new IllegalArgumentException("the result is of survey '" + id + "', but the report's survey is '"
                    + survey.id() + "'");
        }
        return new HtmlReportPage(survey, language, title, findings, sources, result).render();
    }

    /**
     * Returns the language of the page.
     *
     * @return {@code "vi"} or {@code "en"}
     */
    public String language() {
        return language;
    }

    /**
     * Returns the title of the page.
     *
     * @return the title given to the builder, or null for the default: "Báo cáo chỉ số hài lòng về sự phục vụ hành
     *     chính" or "Satisfaction index report" for a bundled instrument (or one with a bundled instrument's id), the
     *     instrument's own title for any other
     */
    public String title() {
        return title;
    }

    /**
     * Returns the data-quality findings shown on the page.
     *
     * @return the findings, immutable; null when none were given, in which case the page says the checks were not
     *     run
     */
    public List<QualityFinding> findings() {
        return findings;
    }

    /**
     * Returns the names of the data files shown in the summary.
     *
     * @return the names, immutable; possibly empty
     */
    public List<String> sources() {
        return sources;
    }

    /**
     * Configures an {@link HtmlReport}. Not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final Survey survey;
        private String language = "vi";
        private String title;
        private List<QualityFinding> findings;
        private final List<String> sources = new ArrayList<>();

        private Builder(Survey survey) {
            this.survey = Objects.requireNonNull(survey, "survey");
        }

        /**
         * Sets the language of the page's labels and numbers.
         *
         * @param language {@code "vi"} (the default) or {@code "en"}
         * @return this builder
         * @throws NullPointerException if the language is null
         * @throws IllegalArgumentException if the language is neither
         */
        public Builder language(String language) {
            Objects.requireNonNull(language, "language");
            if (!language.equals("vi") && !language.equals("en")) {
                throw new IllegalArgumentException("language must be 'vi' or 'en', not '" + language + "'");
            }
            this.language = language;
            return this;
        }

        /**
         * Sets the title of the page, for instance the name of the announcement it goes with.
         *
         * @param title the title, or null for the default
         * @return this builder
         * @throws IllegalArgumentException if the title is blank
         */
        public Builder title(String title) {
            if (title != null && title.isBlank()) {
                throw new IllegalArgumentException("title must not be blank; pass null for the default title");
            }
            this.title = title;
            return this;
        }

        /**
         * Sets the data-quality findings to show. An empty list says that the checks ran and found nothing; without
         * a call, the page says that they were not run. Give the findings computed for publication, {@code
         * accumulator.result(result.qualityScope()).findings()}: the page leaves out those about suppressed units and
         * groups, but cannot tell what a finding over all units counted.
         *
         * @param findings the findings, in the order to show them
         * @return this builder
         * @throws NullPointerException if the list or a finding is null
         */
        public Builder findings(List<QualityFinding> findings) {
            this.findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
            return this;
        }

        /**
         * Sets the names of the data files the result was read from, shown in the summary; replaces any names given
         * before.
         *
         * @param names the names, e.g. {@code List.of("responses.csv")}
         * @return this builder
         * @throws NullPointerException if the list or a name is null
         */
        public Builder sources(List<String> names) {
            List<String> copy = List.copyOf(Objects.requireNonNull(names, "names"));
            sources.clear();
            sources.addAll(copy);
            return this;
        }

        /**
         * Returns the report.
         *
         * @return the report
         */
        public HtmlReport build() {
            return new HtmlReport(this);
        }
    }
}
