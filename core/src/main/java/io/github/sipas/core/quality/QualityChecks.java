package io.github.sipas.core.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import io.github.sipas.core.Answer;
import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.Item;
import io.github.sipas.core.ItemType;
import io.github.sipas.core.Response;
import io.github.sipas.core.Scale;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.core.internal.Texts;

/**
 * Data-quality checks of survey forms, for back-checking (phúc tra): they point at suspicious forms and never delete
 * any. Forms are streamed through an {@link Accumulator}, one at a time with the line of the file they came from, and
 * {@link Accumulator#result()} returns a {@link QualityReport} listing every finding with its count and all its lines.
 *
 * <pre>{@code
 * Survey survey = Surveys.bundled("sipas-2017");
 * QualityChecks.Accumulator acc = QualityChecks.builder(survey).build().accumulator();
 * CsvResponseReader.builder(survey).build().readWithLines(Path.of("responses.csv"), acc);
 * for (QualityFinding f : acc.result().flags()) {
 *     System.out.println(f.unit() + ": " + f.message() + " " + f.lines());
 * }
 * }</pre>
 *
 * <h2>The checks</h2>
 * All checks work per unit, on the survey's criteria, unweighted (they judge forms, not the population).
 * <ol>
 * <li><b>Straight-lining</b> ({@link QualityCheck#STRAIGHT_LINING}, {@link QualityCheck#STRAIGHT_LINED_FORMS}): a form
 * is straight-lined when it gives at least {@link QualityThresholds#straightLiningMinAnswers()} valid answers (points of
 * the scale) and they are all the same code. Each unit with such forms gets one finding listing them; its share is
 * the number of straight-lined forms over all the unit's forms. A respondent who is pleased with everything honestly
 * answers 5 everywhere, so the unit is flagged only when the share exceeds {@link QualityThresholds#straightLiningShare()};
 * below it the forms are still listed, as a note.</li>
 * <li><b>Duplicate patterns</b> ({@link QualityCheck#DUPLICATE_PATTERN}): the pattern of a form is its answer to every
 * criterion, don't know, unanswered and not asked kept as distinct symbols. For a pattern shared by {@code c ≥ 2} of a
 * unit's {@code n} forms, the chance that a given other form coincides with it is taken as
 * {@code q = max(q_ind, q_perm)}, where {@code q_ind = Π_j p_j(a_j)} uses the unit's answer distribution of each
 * criterion {@code j} (independence between items), and {@code q_perm = Π_s m_s! / m!} is the chance that a form with
 * the same answers in another order has them in this order ({@code m} criteria, {@code m_s} of them with symbol
 * {@code s}). Items of a form are strongly correlated (a pleased respondent is pleased throughout), so independence
 * alone makes near-uniform patterns such as twenty-one 5s and one 4 look impossibly rare; {@code q_perm} keeps them
 * plausible, and a pattern with one symbol everywhere has {@code q_perm = 1} and is left to straight-lining. The pattern
 * is flagged when {@code K · P(Binomial(n − 1, q) ≥ c − 1) < } {@link QualityThresholds#duplicateSignificance()},
 * {@code K} being the number of distinct patterns in the unit (a Bonferroni bound over the patterns that could have
 * repeated). For two forms this is about {@code n(n − 1) q}, in line with the expected number of coinciding pairs
 * {@code n(n − 1)/2 · Π_j Σ_k p_jk²}. Memory: a 64-bit hash and a line per distinct pattern, the answers of a pattern
 * only once it repeats; two different patterns share a hash with chance about {@code n² / 2⁶⁵}.</li>
 * <li><b>No valid answer</b> ({@link QualityCheck#NO_VALID_ANSWER}): forms answering no criterion with a point of its
 * scale; one finding per unit.</li>
 * <li><b>Don't-know share</b> ({@link QualityCheck#DONT_KNOW_SHARE}): for every item that is not free text, don't know
 * over asked (valid or chosen + don't know + unanswered; not asked is left out), per unit and, with a null unit, over
 * all forms (over the published units' forms with {@link Accumulator#result(QualityScope)}); flagged above {@link QualityThresholds#dontKnowShare()} when at least
 * {@link QualityThresholds#dontKnowMinAsked()} forms were asked. The lines are those of the don't-know answers; they
 * are kept for every don't-know answer, so memory grows with them.</li>
 * <li><b>Interviewer or batch effects</b> ({@link QualityCheck#GROUP_EFFECT}): when a response attribute is one of
 * {@link QualityThresholds#groupColumns()}, each form with a valid answer has a satisfied share {@code s} (satisfied
 * over valid answers to the criteria, a reverse-keyed criterion's code taken as its mirror, as the scorer does).
 * Within a unit, a group's {@code n_g} forms (mean {@code m_g}) are compared with the unit's {@code n_r} other forms
 * with a valid answer, whatever their group or none (mean {@code m_r}), by
 * {@code z = (m_g − m_r) / (S · √(1/n_g + 1/n_r))}, {@code S²} being the sample variance of {@code s} over all the
 * unit's forms: under the null hypothesis that the group's forms are a random subset of the unit's, this is exactly
 * the standard deviation of the difference, and unlike separate variances it does not explode for a group whose
 * forms are all alike (an interviewer who writes 5 everywhere). The group is flagged when both sides have at least
 * {@link QualityThresholds#groupMinForms()} forms, {@code |z| >} {@link QualityThresholds#groupMinZ()} and
 * {@code |m_g − m_r| ≥} {@link QualityThresholds#groupMinDifference()}; {@code z} is 0 when every form of the unit has
 * the same share. In a unit with only two groups both differ from "the rest" by the same amount, so both are flagged;
 * so is a group that differs from the rest only because another group pulls the rest away, which the messages make
 * plain (each states both means). The finding's group is {@code column=value}, its count the group's forms with a
 * valid answer in the unit, and its lines those forms'.</li>
 * </ol>
 *
 * <h2>Published findings</h2>
 * {@link Accumulator#result()} reports over every form, for the data manager; a report that is published takes
 * {@link Accumulator#result(QualityScope)} with the scope of what it publishes, so that no finding is about a
 * suppressed unit or group and no finding over all units counts a suppressed unit's forms (see {@link QualityScope}).
 *
 * <p>An instance is immutable and may be shared; each {@link #accumulator()} is independent and not thread-safe.
 *
 * @since 0.1
 */
public final class QualityChecks {

    /**
     * The default attribute columns taken to name an interviewer or a data-entry batch: {@code interviewer},
     * {@code enumerator}, {@code batch}, {@code điều tra viên}, {@code người nhập liệu}, {@code đợt nhập liệu}. They
     * are matched folded, so {@code Interviewer} and {@code dieu tra vien} match too.
     */
    public static final List<String> DEFAULT_GROUP_COLUMNS = List.of("interviewer", "enumerator", "batch",
            "điều tra viên", "người nhập liệu", "đợt nhập liệu");

    private final Survey survey;
    private final QualityThresholds thresholds;
    private final List<Item> criteria;
    private final Scale[] scales;
    /** Per criterion, whether it is reverse-keyed: its codes are then taken as their mirrors ({@link Scale#mirror}). */
    private final boolean[] reversed;
    private final List<Item> dkItems;
    private final Set<String> groupKeys;
    private final DuplicatePatterns duplicates;
    private final DontKnowShares dontKnow;
    private final GroupEffects groupEffects;

    private QualityChecks(Survey survey, QualityThresholds thresholds) {
        this.survey = survey;
        this.thresholds = thresholds;
        this.criteria = survey.criteria();
        this.scales = new Scale[criteria.size()];
        this.reversed = new boolean[criteria.size()];
        for (int j = 0; j < scales.length; j++) {
            scales[j] = survey.scale(criteria.get(j).scale());
            reversed[j] = criteria.get(j).reverse();
        }
        this.dkItems = survey.items().stream().filter(i -> i.type() != ItemType.TEXT).toList();
        Set<String> keys = new LinkedHashSet<>();
        for (String c : thresholds.groupColumns()) {
            keys.add(Texts.fold(c));
        }
        this.groupKeys = Set.copyOf(keys);
        this.duplicates = new DuplicatePatterns(criteria, thresholds);
        this.dontKnow = new DontKnowShares(dkItems, thresholds);
        this.groupEffects = new GroupEffects(thresholds);
    }

    /**
     * Starts configuring the checks for an instrument.
     *
     * @param survey the instrument the forms answer
     * @return a builder with the default thresholds
     * @throws NullPointerException if the survey is null
     */
    public static Builder builder(Survey survey) {
        return new Builder(Objects.requireNonNull(survey, "survey"));
    }

    /**
     * Returns the instrument.
     *
     * @return the survey
     */
    public Survey survey() {
        return survey;
    }

    /**
     * Returns the thresholds.
     *
     * @return the thresholds
     */
    public QualityThresholds thresholds() {
        return thresholds;
    }

    /**
     * Returns a new, empty accumulator.
     *
     * @return the accumulator
     */
    public Accumulator accumulator() {
        return new Accumulator();
    }

    /**
     * Checks forms held in memory, whose lines are not known; the findings then list no lines.
     *
     * @param responses the forms
     * @return the report
     */
    public QualityReport check(Iterable<Response> responses) {
        Accumulator acc = accumulator();
        for (Response r : responses) {
            acc.add(r);
        }
        return acc.result();
    }

    /**
     * Collects forms one at a time and reports the findings; a {@link CsvResponseReader.LineSink}, so that it can be
     * handed to {@link CsvResponseReader#readWithLines(java.nio.file.Path, CsvResponseReader.LineSink)}.
     *
     * <p>Streaming, not mergeable: a repeated pattern is recognized by remembering only a hash of each pattern, so two
     * accumulators could not tell which of their patterns repeat across them. Memory per form: about 32 bytes for the
     * pattern table, plus one line for each form listed by a finding (straight-lined, no valid answer, don't know,
     * interviewer or batch). Not thread-safe.
     *
     * @since 0.1
     */
    public final class Accumulator implements CsvResponseReader.LineSink {
        private long forms;
        private final Map<String, UnitTally> units = new LinkedHashMap<>();
        private final Map<String, Boolean> groupColumnCache = new HashMap<>();
        /** The forms added without a line, numbered for the pattern table. */
        private long lineless;

        private Accumulator() {
        }

        /**
         * Adds a form read from a file.
         *
         * @param response the form
         * @param line the 1-based line where its row starts
         * @return this accumulator
         * @throws NullPointerException if the response is null
         * @throws IllegalArgumentException if the line is not positive
         */
        public Accumulator add(Response response, long line) {
            if (line < 1) {
                throw new IllegalArgumentException("line must be 1 or more, not " + line);
            }
            return addLine(response, line);
        }

        /**
         * Adds a form whose line is not known; it counts in every check but is listed in no finding's lines.
         *
         * @param response the form
         * @return this accumulator
         * @throws NullPointerException if the response is null
         */
        public Accumulator add(Response response) {
            return addLine(response, 0);
        }

        /**
         * Adds a form read from a file, as {@link #add(Response, long)}.
         *
         * @param response the form
         * @param line the 1-based line where its row starts
         */
        @Override
        public void accept(Response response, long line) {
            add(response, line);
        }

        /**
         * Returns the number of forms added.
         *
         * @return the count
         */
        public long forms() {
            return forms;
        }

        private Accumulator addLine(Response response, long line) {
            Objects.requireNonNull(response, "response");
            UnitTally u = units.computeIfAbsent(response.unit(), k -> new UnitTally(criteria.size(), dkItems.size()));
            forms++;
            u.forms++;
            int m = criteria.size();
            int[] symbols = new int[m];
            int valid = 0;
            int satisfied = 0;
            int first = -1;
            boolean same = true;
            long hash = 0xcbf29ce484222325L;
            for (int j = 0; j < m; j++) {
                Answer a = response.answer(criteria.get(j).id());
                int s;
                if (a instanceof Answer.Point p) {
                    s = p.code() + DuplicatePatterns.POINT;
                    valid++;
                    if (scales[j].isSatisfied(reversed[j] ? scales[j].mirror(p.code()) : p.code())) {
                        satisfied++;
                    }
                    if (first < 0) {
                        first = p.code();
                    } else if (p.code() != first) {
                        same = false;
                    }
                } else if (a instanceof Answer.DontKnow) {
                    s = DuplicatePatterns.DONT_KNOW;
                } else if (a instanceof Answer.Unanswered) {
                    s = DuplicatePatterns.UNANSWERED;
                } else if (a instanceof Answer.NotAsked) {
                    s = DuplicatePatterns.NOT_ASKED;
                } else {
                    s = 0;
                }
                symbols[j] = s;
                u.count(j, s);
                hash = (hash ^ s) * 0x100000001b3L;
                hash = (hash ^ (s >>> 8)) * 0x100000001b3L;
            }
            if (valid >= thresholds.straightLiningMinAnswers() && same) {
                u.straight++;
                u.straightLines.add(line);
            }
            if (valid == 0) {
                u.noValid++;
                u.noValidLines.add(line);
            }
            // a form without a line gets a negative ordinal: the pattern table takes 0 for "not seen yet", and the
            // findings list only positive lines
            u.patterns.add(DuplicatePatterns.fmix(hash), line > 0 ? line : -(++lineless), symbols);
            for (int i = 0; i < dkItems.size(); i++) {
                Answer a = response.answer(dkItems.get(i).id());
                if (a instanceof Answer.DontKnow) {
                    u.asked[i]++;
                    u.dk[i]++;
                    u.dkLines[i].add(line);
                } else if (a instanceof Answer.Point || a instanceof Answer.Choices
                        || a instanceof Answer.Unanswered) {
                    u.asked[i]++;
                }
            }
            if (valid > 0) {
                double share = (double) satisfied / valid;
                u.all.add(share, 0);
                for (Map.Entry<String, String> e : response.attributes().entrySet()) {
                    if (e.getValue().isBlank() || !isGroupColumn(e.getKey())
                            || io.github.sipas.core.MissingTokens.isMark(e.getValue())) {
                        continue;
                    }
                    u.groups.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(e.getValue(), k -> new GroupEffects.Moments()).add(share, line);
                }
            }
            return this;
        }

        private boolean isGroupColumn(String name) {
            return groupColumnCache.computeIfAbsent(name, k -> groupKeys.contains(Texts.fold(k)));
        }

        /**
         * Returns the findings for the forms added so far, over every unit ({@link QualityScope#all()}): for the
         * data manager's own checks, not for publication. The accumulator may go on being used.
         *
         * @return the report
         */
        public QualityReport result() {
            return result(QualityScope.all());
        }

        /**
         * Returns the findings that a publication may show, for the forms added so far: those about the units and
         * groups the scope shows, and the findings over all units computed over the units it counts in totals only.
         * When some unit is left out of the totals, their messages say {@code "over the N published units"} instead
         * of {@code "over all units"}, and the report's {@link QualityReport#forms()} counts the forms of the units
         * counted. The accumulator may go on being used.
         *
         * @param scope what may be published, e.g. the scope of a scoring result
         * @return the report
         * @throws NullPointerException if the scope is null
         */
        public QualityReport result(QualityScope scope) {
            Objects.requireNonNull(scope, "scope");
            Map<QualityCheck, List<QualityFinding>> out = new EnumMap<>(QualityCheck.class);
            for (QualityCheck c : QualityCheck.values()) {
                out.put(c, new ArrayList<>());
            }
            List<UnitTally> counted = new ArrayList<>();
            long countedForms = 0;
            for (Map.Entry<String, UnitTally> e : units.entrySet()) {
                UnitTally u = e.getValue();
                if (scope.showsUnit(e.getKey(), u.forms)) {
                    unitFindings(e.getKey(), u, scope, out);
                }
                if (scope.countsInTotal(e.getKey(), u.forms)) {
                    counted.add(u);
                    countedForms += u.forms;
                }
            }
            String over = counted.size() == units.size() ? "over all units"
                    : "over the " + counted.size() + " published unit" + (counted.size() == 1 ? "" : "s");
            dontKnow.overall(counted, over, out.get(QualityCheck.DONT_KNOW_SHARE));
            List<QualityFinding> all = new ArrayList<>();
            for (List<QualityFinding> list : out.values()) {
                all.addAll(list);
            }
            return new QualityReport(countedForms, all, thresholds);
        }

        private void unitFindings(String unit, UnitTally u, QualityScope scope,
                Map<QualityCheck, List<QualityFinding>> out) {
            long n = u.forms;
            if (u.straight > 0) {
                double share = (double) u.straight / n;
                boolean flag = share > thresholds.straightLiningShare();
                out.get(flag ? QualityCheck.STRAIGHT_LINING : QualityCheck.STRAIGHT_LINED_FORMS).add(Findings.finding(
                        flag ? QualityCheck.STRAIGHT_LINING : QualityCheck.STRAIGHT_LINED_FORMS, unit, null, null,
                        u.straight, u.straightLines, u.straight + " of " + n + " forms (" + Findings.pct(share)
                                + ") give the same answer to every criterion, with at least "
                                + thresholds.straightLiningMinAnswers() + " valid answers; "
                                + (flag ? "above" : "not above") + " the unit threshold of "
                                + Findings.pct(thresholds.straightLiningShare())));
            }
            duplicates.findings(unit, u, out.get(QualityCheck.DUPLICATE_PATTERN));
            if (u.noValid > 0) {
                out.get(QualityCheck.NO_VALID_ANSWER).add(Findings.finding(QualityCheck.NO_VALID_ANSWER, unit, null,
                        null, u.noValid, u.noValidLines, u.noValid + " of " + n
                                + " forms answer no criterion with a point of its scale"));
            }
            dontKnow.unit(unit, u, out.get(QualityCheck.DONT_KNOW_SHARE));
            for (Map.Entry<String, Map<String, GroupEffects.Moments>> col : u.groups.entrySet()) {
                for (Map.Entry<String, GroupEffects.Moments> g : col.getValue().entrySet()) {
                    groupEffects.group(unit, col.getKey(), g.getKey(), g.getValue(), u.all, scope,
                            out.get(QualityCheck.GROUP_EFFECT));
                }
            }
        }
    }

    /**
     * Configures {@link QualityChecks}; every setter returns the builder.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final Survey survey;
        private Integer straightLiningMinAnswers;
        private double straightLiningShare = 0.20;
        private double duplicateSignificance = 0.01;
        private double dontKnowShare = 0.20;
        private int dontKnowMinAsked = 10;
        private List<String> groupColumns = DEFAULT_GROUP_COLUMNS;
        private int groupMinForms = 10;
        private double groupMinZ = 3;
        private double groupMinDifference = 0.15;

        private Builder(Survey survey) {
            this.survey = survey;
        }

        /**
         * Sets the least number of valid answers a form must give, all the same, to count as straight-lined.
         *
         * <p>Default: every criterion of the survey, and never fewer than 5 (so a survey with fewer than five criteria
         * finds no straight-lining unless this is set). A form that skipped or did not know some criteria showed that
         * it read them, and with fewer than five answers the same answer everywhere is unremarkable. Requiring every
         * criterion keeps honest, uniformly pleased respondents of well-run units from swamping the check: on the
         * project's clean synthetic Lào Cai fixture, with 22 criteria, the largest unit share is 12.7 % with this
         * default and 32 % with a minimum of 5.
         *
         * @param value the least number of valid answers, at least 2
         * @return this builder
         */
        public Builder straightLiningMinAnswers(int value) {
            this.straightLiningMinAnswers = value;
            return this;
        }

        /**
         * Sets the share of a unit's forms that straight-lined forms must exceed for the unit to be flagged.
         *
         * <p>Default 0.20: where satisfaction is high, one respondent in ten answering 5 everywhere is common and
         * honest; one in five or more, with every criterion answered, is worth a back-check of the unit.
         *
         * @param value the share, 0 to 1
         * @return this builder
         */
        public Builder straightLiningShare(double value) {
            this.straightLiningShare = value;
            return this;
        }

        /**
         * Sets the chance below which a repeated answer pattern is flagged as not being a coincidence.
         *
         * <p>Default 0.01: at most about one unit in a hundred would show a chance repeat flagged by mistake, while a
         * copied form with varied answers has a chance many orders of magnitude smaller and is found even when copied
         * once.
         *
         * @param value the chance, between 0 and 1 exclusive
         * @return this builder
         */
        public Builder duplicateSignificance(double value) {
            this.duplicateSignificance = value;
            return this;
        }

        /**
         * Sets the don't-know share above which an item is flagged.
         *
         * <p>Default 0.20: one person asked in five not able to rate an item means the item does not apply to many
         * of them, or that interviewers accept "don't know" too easily; SIPAS items usually have a few percent.
         *
         * @param value the share, 0 to 1
         * @return this builder
         */
        public Builder dontKnowShare(double value) {
            this.dontKnowShare = value;
            return this;
        }

        /**
         * Sets the least number of forms asked an item before its don't-know share is judged.
         *
         * <p>Default 10: below that, two don't-knows already make 20 %.
         *
         * @param value the number of forms, at least 1
         * @return this builder
         */
        public Builder dontKnowMinAsked(int value) {
            this.dontKnowMinAsked = value;
            return this;
        }

        /**
         * Sets the attribute columns naming an interviewer or a data-entry batch.
         *
         * <p>Default {@link QualityChecks#DEFAULT_GROUP_COLUMNS}, matched folded.
         *
         * @param value the column names; empty turns the check off
         * @return this builder
         * @throws NullPointerException if the list or a name is null
         */
        public Builder groupColumns(List<String> value) {
            this.groupColumns = List.copyOf(value);
            return this;
        }

        /**
         * Sets the least number of forms that a group, and the rest of its unit, must have to be compared.
         *
         * <p>Default 10: fewer forms give a mean too noisy to blame an interviewer for, and an interviewer usually
         * fills many more.
         *
         * @param value the number of forms, at least 2
         * @return this builder
         */
        public Builder groupMinForms(int value) {
            this.groupMinForms = value;
            return this;
        }

        /**
         * Sets the |z| a group's difference from the rest of its unit must exceed.
         *
         * <p>Default 3: a unit may have a dozen interviewers and a province a hundred units, so the usual 1.96 would
         * flag honest groups by chance; 3 leaves about one false flag in 370 comparisons.
         *
         * @param value the z, positive and finite
         * @return this builder
         */
        public Builder groupMinZ(double value) {
            this.groupMinZ = value;
            return this;
        }

        /**
         * Sets the difference in mean satisfied share (over all criteria) a group must reach.
         *
         * <p>Default 0.15, 15 points: in a large unit a small but real difference between interviewers (the villages
         * they visited differ) is significant; a back-check is worth it only for a difference that moves the index.
         *
         * @param value the difference, 0 to 1
         * @return this builder
         */
        public Builder groupMinDifference(double value) {
            this.groupMinDifference = value;
            return this;
        }

        /**
         * Validates the thresholds and returns the checks.
         *
         * @return the checks
         * @throws IllegalArgumentException if a threshold is out of its range; the message names it
         */
        public QualityChecks build() {
            int minAnswers = straightLiningMinAnswers != null ? straightLiningMinAnswers
                    : Math.max(5, survey.criteria().size());
            return new QualityChecks(survey, new QualityThresholds(minAnswers, straightLiningShare,
                    duplicateSignificance, dontKnowShare, dontKnowMinAsked, groupColumns, groupMinForms, groupMinZ,
                    groupMinDifference));
        }
    }
}
