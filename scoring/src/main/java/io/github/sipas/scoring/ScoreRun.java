package io.github.sipas.scoring;

import io.github.sipas.core.ColumnMapping;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.MissingTokens;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Survey;
import io.github.sipas.core.UnitList;
import io.github.sipas.core.csv.AnswerValues;
import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.csv.ExportPreset;
import io.github.sipas.core.csv.DecimalMark;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.disclose.Suppression;
import io.github.sipas.scoring.estimate.ScoreAccumulator;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.format.ScoreJson;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.rank.RankingOptions;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.uncertainty.FayHerriot;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import io.github.sipas.scoring.uncertainty.RankSetType;
import io.github.sipas.scoring.uncertainty.Uncertainty;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A whole scoring run, as {@code sipas score} and {@code sipas report} make it: read the responses, score every unit
 * (or group), apply the small-cell rule, rank, take the previous period's ranks, and compute the rank sets, changes and
 * Fay–Herriot estimates that were asked. Its {@link Outcome#result()} is what the writers publish
 * ({@link io.github.sipas.scoring.format.ScoreJson}, {@link io.github.sipas.scoring.format.ScoreCsv},
 * {@link io.github.sipas.scoring.format.ScoreTable}, {@link io.github.sipas.scoring.report.HtmlReport}).
 *
 * <pre>{@code
 * ScoreRun.Outcome out = ScoreRun.builder(Surveys.bundled("sipas-2017"))
 *         .responses(ResponseSource.of(Path.of("responses.csv")))
 *         .rankSets(RankSetType.TWO_SIDED, RankSetOptions.defaults())
 *         .build().run();
 * ScoreJson.write(out.result(), writer);
 * }</pre>
 *
 * <p>The steps, in order:
 * <ol>
 * <li>The responses are read with a {@link CsvResponseReader} built from the survey, the {@link #builder unit list},
 *     column mapping and delimiter ({@link ErrorPolicy#REJECT_ROW}: a row with a problem is rejected whole and not
 *     scored). Every problem, and a summary when rows were rejected, goes to the {@link Builder#messages messages}.
 *     When the file cannot be read past its header the run stops there: {@link Outcome#isRead()} is false.</li>
 * <li>A grouping by an attribute needs that column in the file (or the attribute {@code period}), and values that
 *     are not almost all distinct ({@link Disclosure#checkGroups}: more distinct values than forms ÷ k is refused,
 *     since the groups' labels would publish the column; more than {@link #MAX_GROUPS} values stop the read at
 *     once).</li>
 * <li>The scorecard is ranked with the {@link RankingOptions} and the {@link Disclosure}: suppressed cells are not
 *     ranked.</li>
 * <li>A previous period, when given, is either a result saved as JSON ({@link ScoreJson#readRanks},
 *     {@link ScoreJson#readEstimates}: chosen when the file name ends in {@code .json} or its text begins with
 *     <code>{</code>) or its responses (a CSV export or a journal), read and scored alike and ranked with the same
 *     rule, so that a unit suppressed then has no previous rank. Its ranks give each unit's change of rank; units ranked then but absent
 *     now are named in a message.</li>
 * <li>Rank sets, changes of rank and index, and Fay–Herriot estimates are computed on the published units
 *     ({@link Uncertainty}).</li>
 * </ol>
 *
 * <p>Unit names come from the unit list (its ids are shown by their names). A run is not thread-safe; build one per
 * call.
 *
 * @since 0.1
 */
public final class ScoreRun {

    /** What caused a {@link SettingException}: the setting of the builder that the data could not satisfy. */
    public enum Setting {
        /**
         * {@link Builder#scorer}'s grouping: its attribute is not a column of the responses, or its values are almost
         * all distinct ({@link Disclosure#checkGroups}).
         */
        GROUPING,
        /** {@link Builder#rankSets}: the rank sets or changes could not be computed. */
        RANK_SETS,
        /** {@link Builder#fayHerriot}: the Fay–Herriot model could not be fitted. */
        FAY_HERRIOT
    }

    /**
     * A setting that the data read cannot satisfy, for example a grouping by a column the file does not have, or a
     * Fay–Herriot fit on fewer than two published units. The message says why, without naming the setting.
     *
     * @since 0.1
     */
    public static final class SettingException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** The setting. */
        private final Setting setting;

        SettingException(Setting setting, String message, Throwable cause) {
            super(message, cause);
            this.setting = setting;
        }

        /**
         * Returns the setting that the data could not satisfy.
         *
         * @return the setting
         */
        public Setting setting() {
            return setting;
        }
    }

    /**
     * The most distinct values a grouping attribute may have; the run stops with a {@link SettingException} as soon as
     * the read finds one more. A grouping with as many groups is refused anyway unless the file holds at least k times
     * as many forms ({@link Disclosure#checkGroups}), which no survey does.
     */
    public static final int MAX_GROUPS = 10_000;

    private final Scorer scorer;
    private final ResponseSource responses;
    private final UnitList units;
    private final ColumnMapping mapping;
    private final Character delimiter;
    private final DecimalMark decimalMark;
    private final RankingOptions rankingOptions;
    private final Disclosure disclosure;
    private final RankSetType setType;
    private final RankSetOptions setOptions;
    private final boolean simultaneous;
    private final FayHerriot fayHerriot;
    private final Path previousFile;
    private final CsvResponseReader.LineSink listener;
    private final Consumer<String> messages;
    private final AnswerValues values;
    private final ExportPreset preset;
    private final String idColumn;
    private final String unitColumn;
    private final boolean rowIds;
    private final String sheet;
    private final MissingTokens missingTokens;

    private ScoreRun(Builder b) {
        this.scorer = b.scorer;
        this.responses = Objects.requireNonNull(b.responses, "responses: call responses(...) before build()");
        this.units = b.units;
        this.mapping = b.mapping;
        this.delimiter = b.delimiter;
        this.decimalMark = b.decimalMark;
        this.rankingOptions = b.rankingOptions;
        this.disclosure = b.disclosure;
        this.setType = b.setType;
        this.setOptions = b.setOptions;
        this.simultaneous = b.simultaneous;
        this.fayHerriot = b.fayHerriot;
        this.previousFile = b.previous;
        this.listener = b.listener;
        this.messages = b.messages;
        this.values = b.values;
        this.preset = b.preset;
        this.idColumn = b.idColumn;
        this.unitColumn = b.unitColumn;
        this.missingTokens = b.missingTokens;
        this.rowIds = b.rowIds;
        this.sheet = b.sheet;
    }

    /**
     * Starts a run of a survey scored with the {@link Scorer#of(Survey) default scorer}.
     *
     * @param survey the survey
     * @return the builder
     * @throws NullPointerException if the survey is null
     */
    public static Builder builder(Survey survey) {
        return new Builder(Scorer.of(Objects.requireNonNull(survey, "survey")));
    }

    /**
     * Starts a run with a configured scorer (interval method, level, grouping, variants); its survey is the run's.
     *
     * @param scorer the scorer
     * @return the builder
     * @throws NullPointerException if the scorer is null
     */
    public static Builder builder(Scorer scorer) {
        return new Builder(Objects.requireNonNull(scorer, "scorer"));
    }

    /**
     * Returns the scorer, whose survey is the run's.
     *
     * @return the scorer
     */
    public Scorer scorer() {
        return scorer;
    }

    /**
     * Reads, scores and ranks, as the class documentation describes.
     *
     * @return the outcome
     * @throws UncheckedIOException if a file cannot be read: no such file (its cause a
     *     {@link java.nio.file.NoSuchFileException}), or another I/O error, each naming the file
     * @throws SettingException if a grouping's column is not in the file or its values are almost all distinct
     *     ({@link Disclosure#checkGroups}, {@link #MAX_GROUPS}), or the rank sets or the Fay–Herriot fit
     *     cannot be computed on the published units
     * @throws IllegalArgumentException if the previous period's responses cannot be read past their header (the
     *     message gives the first error); the current ones then give an outcome that {@link Outcome#isRead() is not
     *     read}, with every problem in its report. Also if a response cannot be scored, naming the source and line:
     *     a journal's response whose weight lies more than 2<sup>210</sup> from the first weight of its unit
     *     ({@link ScoreAccumulator#add}; a CSV reader refuses such a weight as a row problem)
     * @throws io.github.sipas.core.InputException if a file is not UTF-8 text, a journal is of another survey or
     *     damaged, or a saved previous result is not a sipas result; with the file, line and what is wrong
     */
    public Outcome run() {
        ScoreAccumulator acc = scorer.accumulator();
        Periods periods = new Periods();
        ReadReport report = read(responses, acc, periods, listener);
        problems(report, "the rejected rows are not scored");
        if (report.fatal()) {
            return new Outcome(null, report, null, Map.of());
        }
        warnOfPeriods(periods, responses, "the responses");
        if (report.rowsRead() == 0) {
            messages.accept("warning: " + report.source() + " holds no forms" + (responses instanceof ResponseSource.Csv
                    ? ", only a header" : "") + ": nothing was scored");
        }
        String byColumn = scorer.grouping().attribute();
        if (byColumn != null && !"period".equals(byColumn)
                && report.header().stream().noneMatch(h -> h.equalsIgnoreCase(byColumn))) {
            throw new SettingException(Setting.GROUPING, "no column '" + byColumn + "' in " + report.source()
                    + "; its columns are " + String.join(", ", report.header()), null);
        }
        Scorecard card = acc.result();
        if (byColumn != null) {
            try {
                disclosure.checkGroups(card, byColumn);
            } catch (IllegalArgumentException e) {
                throw new SettingException(Setting.GROUPING, e.getMessage(), e);
            }
        }
        // the negative items published rest on the forms a publication may count, not on a suppressed unit's
        card = card.withNegativeItems(acc.negativeItems(disclosure.qualityScope(card)));
        Ranking ranking = Ranking.of(card, rankingOptions, disclosure);
        Uncertainty.Builder uncertainty = uncertainty();
        ReadReport previousReport = null;
        if (previousFile != null) {
            PreviousPeriod before = previous();
            if (units == null && byColumn == null) {
                before = before.alignedTo(ranking);
            }
            previousReport = before.report();
            if (uncertainty != null && setOptions != null) {
                uncertainty.previous(before.estimates());
            }
            ranking = ranking.withPrevious(before.ranks());
            if (!ranking.previousOnly().isEmpty()) {
                messages.accept("ranked in the previous period but absent now: " + firstTen(ranking.previousOnly()));
            }
        }
        Map<String, String> names = new HashMap<>();
        if (units != null) {
            units.units().forEach(u -> names.put(u.id(), u.name()));
        }
        ScoreResult result = new ScoreResult(card, ranking, report.rowsRead(), report.rejected(), names, disclosure);
        if (uncertainty != null) {
            try {
                result = result.withUncertainty(uncertainty);
            } catch (IllegalArgumentException e) {
                boolean model = fayHerriot != null && (setOptions == null || e.getMessage().contains("Fay-Herriot"));
                throw new SettingException(model ? Setting.FAY_HERRIOT : Setting.RANK_SETS, e.getMessage(), e);
            }
        }
        noteSuppressed(result);
        return new Outcome(result, report, previousReport, periods.counts());
    }

    /** Adds a response to the sums; a weight the sums cannot take is refused naming the source and line. */
    private static void add(ScoreAccumulator acc, io.github.sipas.core.Response r, ResponseSource source, long line) {
        try {
            acc.add(r);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source.name() + ", line " + line + ": " + e.getMessage(), e);
        }
    }

    /**
     * Warns when the responses mix periods that the run scores as one: unless grouped by period, more than one
     * period value among the forms scored.
     */
    private void warnOfPeriods(Periods periods, ResponseSource source, String what) {
        if (!"period".equals(scorer.grouping().attribute())) {
            String warning = periods.warning(what);
            if (warning != null) {
                messages.accept(source.name() + ": warning: " + warning);
            }
        }
    }

    /**
     * Counts the distinct values of the grouping attribute as the forms are read, and refuses the grouping as soon as
     * it has more than {@link #MAX_GROUPS}: the scorecard holds a cell per value, so that a column of ids or phone
     * numbers over a large file would exhaust memory before {@link Disclosure#checkGroups} could refuse it.
     */
    private static void countGroup(String by, io.github.sipas.core.Response r, Set<String> values) {
        String v = "period".equals(by) ? r.period() : r.attributes().get(by);
        if (v != null && !v.isEmpty() && values.add(v) && values.size() > MAX_GROUPS) {
            throw new SettingException(Setting.GROUPING, "column '" + by + "' has more than " + MAX_GROUPS
                    + " distinct values: its values are almost all distinct (an identifier, a phone number or a "
                    + "name?), and a grouping holds at most " + MAX_GROUPS + " groups; group by a column with fewer "
                    + "values", null);
        }
    }

    private CsvResponseReader reader() {
        CsvResponseReader.Builder b = CsvResponseReader.builder(scorer.survey()).policy(ErrorPolicy.REJECT_ROW);
        if (units != null) {
            b.units(units);
        }
        if (mapping != null) {
            b.mapping(mapping);
        }
        if (delimiter != null) {
            b.delimiter(delimiter);
        }
        return b.decimalMark(decimalMark).values(values).preset(preset).idColumn(idColumn).unitColumn(unitColumn)
                .rowIds(rowIds).sheet(sheet).missingTokens(missingTokens).build();
    }

    private void problems(ReadReport report, String rejectedNote) {
        for (Problem p : report.problems()) {
            messages.accept(p.toString());
        }
        if (report.problemsLeftOutCount() > 0) {
            messages.accept(report.source() + ": " + report.problemsLeftOutSummary());
        }
        if (report.rejected() > 0) {
            messages.accept(report.summary() + "; " + rejectedNote);
        }
    }

    private Uncertainty.Builder uncertainty() {
        if (setOptions == null && fayHerriot == null) {
            return null;
        }
        Uncertainty.Builder b = Uncertainty.builder();
        if (setOptions != null) {
            if (simultaneous) {
                b.simultaneous(setType, setOptions);
            } else {
                b.marginal(setType, setOptions);
            }
        }
        if (fayHerriot != null) {
            b.fayHerriot(fayHerriot);
        }
        return b;
    }

    private void noteSuppressed(ScoreResult result) {
        List<RankedUnit> suppressed = result.ranking().suppressed();
        if (suppressed.isEmpty()) {
            return;
        }
        int k = disclosure.minRespondents();
        long small = suppressed.stream().filter(r -> r.suppression() == Suppression.SMALL_CELL).count();
        String shown = firstTen(suppressed.stream().map(RankedUnit::label).toList());
        messages.accept("suppressed " + suppressed.size() + " of " + result.scorecard().units().size() + " cells ("
                + small + " with fewer than " + k + " forms, " + (suppressed.size() - small) + " complementary): "
                + shown + "; their figures are not published and they are not ranked (--min-cell " + k + ")");
    }

    /** The first ten labels, joined, and how many more: a message stays one short line however many units. */
    private static String firstTen(java.util.Collection<String> labels) {
        List<String> all = List.copyOf(labels);
        return String.join(", ", all.subList(0, Math.min(10, all.size())))
                + (all.size() > 10 ? " and " + (all.size() - 10) + " more" : "");
    }

    /**
     * Reads a period's responses into an accumulator: each accepted response is added, its period counted, its
     * group's value counted against {@link #MAX_GROUPS}, and it is handed to the listener, if any.
     */
    private ReadReport read(ResponseSource source, ScoreAccumulator acc, Periods periods,
            CsvResponseReader.LineSink listener) {
        String by = scorer.grouping().attribute();
        Set<String> values = new HashSet<>();
        return source.read(reader(), units, (r, line) -> {
            if (by != null) {
                countGroup(by, r, values);
            }
            add(acc, r, source, line);
            periods.add(r.period());
            if (listener != null) {
                listener.accept(r, line);
            }
        });
    }

    private PreviousPeriod previous() {
        ResponseSource source = ResponseSource.of(previousFile);
        if (source instanceof ResponseSource.Csv && PreviousPeriod.isSavedResult(previousFile)) {
            return new PreviousPeriod(ScoreJson.readRanks(previousFile),
                    setOptions != null ? ScoreJson.readEstimates(previousFile) : null, null);
        }
        ScoreAccumulator acc = scorer.accumulator();
        Periods periods = new Periods();
        ReadReport report = read(source, acc, periods, null);
        problems(report, "the rejected rows of the previous period are not scored");
        if (report.fatal()) {
            throw new IllegalArgumentException("the previous period " + previousFile + " could not be read: "
                    + why(report));
        }
        warnOfPeriods(periods, source, "the previous period's responses");
        // The ranks published then: with the same rule, so that a unit suppressed then has no previous rank, nor
        // takes part in the rank sets.
        Scorecard card = acc.result();
        ScoreResult then = new ScoreResult(card, Ranking.of(card, rankingOptions, disclosure), report.rowsRead(),
                report.rejected(), Map.of(), disclosure);
        return new PreviousPeriod(then.ranking().ranks(), setOptions != null ? then.estimates() : null, report);
    }

    /** A read's summary and its first error, which says why it stopped. */
    static String why(ReadReport report) {
        return report.summary() + report.problems().stream().filter(Problem::isError).findFirst()
                .map(p -> "; first error: " + p).orElse("");
    }

    /**
     * What a run produced: the result (unless the responses could not be read past their header) and the reports of
     * the reads.
     *
     * @since 0.1
     */
    public static final class Outcome {
        private final ScoreResult result;
        private final ReadReport report;
        private final ReadReport previousReport;
        private final Map<String, Long> periods;

        Outcome(ScoreResult result, ReadReport report, ReadReport previousReport, Map<String, Long> periods) {
            this.result = result;
            this.report = report;
            this.previousReport = previousReport;
            this.periods = periods;
        }

        /**
         * Tells whether the responses were read: false when the file could not be read past its header (a fatal
         * problem, in {@link #report()}), and there is no result.
         *
         * @return true when there is a result
         */
        public boolean isRead() {
            return result != null;
        }

        /**
         * Returns the result, to write with a writer.
         *
         * @return the result
         * @throws IllegalStateException if the responses could not be read ({@link #isRead()} is false); the message
         *     gives the read's summary and its first error
         */
        public ScoreResult result() {
            if (result == null) {
                throw new IllegalStateException("no result: " + why(report));
            }
            return result;
        }

        /**
         * Returns the report of the read of the responses: counts, every problem, the rejected rows.
         *
         * @return the report
         */
        public ReadReport report() {
            return report;
        }

        /**
         * Returns the report of the read of the previous period's responses.
         *
         * @return the report; empty when no previous period was given or it was a saved result
         */
        public Optional<ReadReport> previousReport() {
            return Optional.ofNullable(previousReport);
        }

        /**
         * Returns the periods of the responses scored, each with its number of forms, in order of first appearance;
         * forms without a period are not counted, and values are kept as written ({@code 2023} and {@code 2023.0} are
         * two periods). More than one, without a grouping by period, means that the run pooled periods, and a warning
         * went to the {@link Builder#messages messages}. At most 1,000 periods, each by its first 200 characters.
         *
         * @return the periods and their forms; empty when the responses could not be read or carry no period
         */
        public Map<String, Long> periods() {
            return periods;
        }
    }

    /**
     * Configures a {@link ScoreRun}. Not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final Scorer scorer;
        private ResponseSource responses;
        private UnitList units;
        private ColumnMapping mapping;
        private Character delimiter;
        private DecimalMark decimalMark = DecimalMark.EITHER;
        private RankingOptions rankingOptions = RankingOptions.defaults();
        private Disclosure disclosure = Disclosure.defaults();
        private RankSetType setType;
        private RankSetOptions setOptions;
        private boolean simultaneous;
        private FayHerriot fayHerriot;
        private Path previous;
        private CsvResponseReader.LineSink listener;
        private Consumer<String> messages = m -> { };
        private AnswerValues values = AnswerValues.NONE;
        private ExportPreset preset;
        private String idColumn;
        private String unitColumn;
        private boolean rowIds;
        private String sheet;
        private MissingTokens missingTokens = MissingTokens.UNANSWERED;

        private Builder(Scorer scorer) {
            this.scorer = scorer;
        }

        /**
         * Sets the responses to score; required.
         *
         * @param source the CSV export or journal
         * @return this builder
         * @throws NullPointerException if the source is null
         */
        public Builder responses(ResponseSource source) {
            this.responses = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Sets the unit list: a response of a unit not in it is rejected, and units are shown by their names.
         *
         * @param value the list
         * @return this builder
         * @throws NullPointerException if the list is null
         */
        public Builder units(UnitList value) {
            this.units = Objects.requireNonNull(value, "units");
            return this;
        }

        /**
         * Sets the column mapping of a tool's export.
         *
         * @param value the mapping
         * @return this builder
         * @throws NullPointerException if the mapping is null
         */
        public Builder mapping(ColumnMapping value) {
            this.mapping = Objects.requireNonNull(value, "mapping");
            return this;
        }

        /**
         * Sets the CSV delimiter; found from the header line unless set.
         *
         * @param value {@code ','}, {@code ';'} or a tab
         * @return this builder
         */
        public Builder delimiter(char value) {
            this.delimiter = value;
            return this;
        }

        /**
         * Sets how the weights of a CSV source write their decimal mark; {@link DecimalMark#EITHER} unless set
         * ({@link CsvResponseReader.Builder#decimalMark}).
         *
         * @param value the decimal mark
         * @return this builder
         * @throws NullPointerException if the value is null
         */
        public Builder decimalMark(DecimalMark value) {
            this.decimalMark = Objects.requireNonNull(value, "decimalMark");
            return this;
        }

        /**
         * Sets the ranking's options; {@link RankingOptions#defaults()} unless set.
         *
         * @param value the options
         * @return this builder
         * @throws NullPointerException if the options are null
         */
        public Builder ranking(RankingOptions value) {
            this.rankingOptions = Objects.requireNonNull(value, "ranking");
            return this;
        }

        /**
         * Sets the small-cell rule; {@link Disclosure#defaults()} (10 forms) unless set.
         *
         * @param value the rule
         * @return this builder
         * @throws NullPointerException if the rule is null
         */
        public Builder disclosure(Disclosure value) {
            this.disclosure = Objects.requireNonNull(value, "disclosure");
            return this;
        }

        /**
         * Asks for simultaneous rank sets of the ranked units and, with a previous period, the intervals of the
         * changes of rank and the changes of index.
         *
         * @param type which bounds
         * @param options the level, draws and seed
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder rankSets(RankSetType type, RankSetOptions options) {
            return sets(type, options, true);
        }

        /**
         * Asks for marginal rank sets instead of simultaneous ones (each holds its own unit's rank at the level).
         *
         * @param type which bounds
         * @param options the level, draws and seed
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder marginalRankSets(RankSetType type, RankSetOptions options) {
            return sets(type, options, false);
        }

        private Builder sets(RankSetType type, RankSetOptions options, boolean joint) {
            this.setType = Objects.requireNonNull(type, "type");
            this.setOptions = Objects.requireNonNull(options, "options");
            this.simultaneous = joint;
            return this;
        }

        /**
         * Asks for Fay–Herriot estimates beside the direct indices of the published units.
         *
         * @param model the model
         * @return this builder
         * @throws NullPointerException if the model is null
         */
        public Builder fayHerriot(FayHerriot model) {
            this.fayHerriot = Objects.requireNonNull(model, "model");
            return this;
        }

        /**
         * Sets the previous period: a result saved as JSON (a file named {@code *.json}, or whose text begins with
         * <code>{</code>), or its responses, read like the current ones ({@link ResponseSource#of(Path)}: a CSV
         * export, or a journal's directory or {@code .jsonl} file).
         *
         * @param file the file or journal
         * @return this builder
         * @throws NullPointerException if the file is null
         */
        public Builder previous(Path file) {
            this.previous = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * Hands each accepted response of the current period, with its line, to a second sink as well, for example
         * {@link io.github.sipas.core.quality.QualityChecks}' accumulator.
         *
         * @param sink the sink
         * @return this builder
         * @throws NullPointerException if the sink is null
         */
        public Builder listener(CsvResponseReader.LineSink sink) {
            this.listener = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * Sets where the run's messages go as they arise: every problem of the reads (as
         * {@code file:line:column: ...}), a summary when rows were rejected, a warning when the responses of a read
         * hold more than one period and the scorer does not group by period (naming the first five with their forms,
         * see {@link Outcome#periods()}), the units ranked in the previous period but absent now, and the cells
         * suppressed. Discarded unless set; the problems are also in the reports.
         *
         * @param sink the sink, e.g. {@code System.err::println}
         * @return this builder
         * @throws NullPointerException if the sink is null
         */
        public Builder messages(Consumer<String> sink) {
            this.messages = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * Sets what the values of the responses' cells stand for, as {@link CsvResponseReader.Builder#values}.
         *
         * @param value the rules
         * @return this builder
         * @throws NullPointerException if the value is null
         */
        public Builder values(AnswerValues value) {
            this.values = Objects.requireNonNull(value, "values");
            return this;
        }

        /**
         * Sets the form tool that wrote the responses, as {@link CsvResponseReader.Builder#preset}.
         *
         * @param value the tool, or null to find it from the header
         * @return this builder
         */
        public Builder preset(ExportPreset value) {
            this.preset = value;
            return this;
        }

        /**
         * Names the response id column, as {@link CsvResponseReader.Builder#idColumn}.
         *
         * @param value the column's header, or null
         * @return this builder
         */
        public Builder idColumn(String value) {
            this.idColumn = value;
            return this;
        }

        /**
         * Names the unit column, as {@link CsvResponseReader.Builder#unitColumn}.
         *
         * @param value the column's header, or null
         * @return this builder
         */
        public Builder unitColumn(String value) {
            this.unitColumn = value;
            return this;
        }

        /**
         * Numbers the rows {@code row-N} instead of reading an id column, as {@link CsvResponseReader.Builder#rowIds}.
         *
         * @param value whether to number the rows
         * @return this builder
         */
        public Builder rowIds(boolean value) {
            this.rowIds = value;
            return this;
        }

        /**
         * Sets the sheet read from an Excel workbook, as {@link CsvResponseReader.Builder#sheet}; for the previous
         * period too when it is a workbook. The first sheet unless set.
         *
         * @param value the sheet's name or 1-based number, or null for the first
         * @return this builder
         */
        public Builder sheet(String value) {
            this.sheet = value;
            return this;
        }

        /**
         * Sets what a cell holding only a missing-value mark ({@code NA}, {@code N/A}, {@code #N/A}, {@code .}) is
         * read as, as {@link CsvResponseReader.Builder#missingTokens}; {@link MissingTokens#UNANSWERED} unless set.
         *
         * @param value the policy
         * @return this builder
         * @throws NullPointerException if the value is null
         */
        public Builder missingTokens(MissingTokens value) {
            this.missingTokens = Objects.requireNonNull(value, "missingTokens");
            return this;
        }

        /**
         * Builds the run.
         *
         * @return the run
         * @throws NullPointerException if no responses were set
         */
        public ScoreRun build() {
            return new ScoreRun(this);
        }
    }
}
