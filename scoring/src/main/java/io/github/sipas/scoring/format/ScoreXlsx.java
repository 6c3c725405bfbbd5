package io.github.sipas.scoring.format;

import io.github.sipas.core.Element;
import io.github.sipas.core.Item;
import io.github.sipas.core.Survey;
import io.github.sipas.scoring.disclose.Suppression;
import io.github.sipas.scoring.estimate.ElementScore;
import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.estimate.ItemScore;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.UnitScore;
import io.github.sipas.scoring.format.XlsxSheet.Format;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.rank.RankingFlag;
import io.github.sipas.scoring.rank.RankingOptions;
import io.github.sipas.scoring.rank.Tier;
import io.github.sipas.scoring.rank.TierCuts;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.uncertainty.IndexDifference;
import io.github.sipas.scoring.uncertainty.RankChange;
import io.github.sipas.scoring.uncertainty.RankSet;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import io.github.sipas.scoring.uncertainty.SmallAreaEstimate;
import io.github.sipas.scoring.uncertainty.Uncertainty;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link ScoreResult} as an Excel workbook (Office Open XML, {@code .xlsx}) of four sheets, in Vietnamese or
 * English:
 * <ol>
 *   <li><b>Xếp hạng / Ranking</b>, the ranking as officials publish it, one row per unit in ranking order: rank, unit
 *       (its name; left out when grouping by an attribute alone), group (when grouping by an attribute, alone or
 *       with the unit: its value, in a column headed by the attribute's name, e.g. {@code gender}), forms, index,
 *       standard error, the interval's lower and upper bounds, the previous rank and the change of rank (when a
 *       previous period was given), tier, then the columns of the result's {@link Uncertainty} when it has them
 *       (rank set from/to; change of rank from/to, change of index and its p-value; Fay–Herriot estimate and RMSE),
 *       and notes (a unit with few forms, why a unit is not ranked or not published).</li>
 *   <li><b>Chỉ số thành phần / Elements</b>: one row per unit, its id, name (both left out when grouping by an
 *       attribute alone), group (as in the ranking) and forms, then a column per element with its index.</li>
 *   <li><b>Tiêu chí / Criteria</b>: the same with a column per criterion.</li>
 *   <li><b>Phương pháp / Method</b>: the survey, the counts of forms read, scored and rejected, the units ranked and
 *       suppressed, the options of the run (confidence level, interval method, aggregation, ties, reliability
 *       threshold, tier cuts, publication threshold, rank sets, Fay–Herriot) and a key from the element and criterion
 *       ids to their titles.</li>
 * </ol>
 *
 * <p>Numbers are numeric cells with a number format, so that a spreadsheet sorts and sums them: forms and ranks
 * {@code 0}, figures in percent {@code 0.00}, a change of rank {@code +0;-0;0}, a change of index
 * {@code +0.00;-0.00;0.00}, a p-value {@code 0.000}. The ranking's index is the index rounded half-up to two decimals,
 * the figure that was ranked ({@link RankedUnit#rounded()}); every other figure is stored at full precision (the
 * double of the result) and only shown with two decimals. An undefined figure is an empty cell. Text is written as
 * string cells, never as formulas, so a unit named {@code =1+2} stays text; tiers and notes are in the workbook's
 * language, element and criterion ids as in the survey. The header row of every sheet is bold and frozen, with an
 * autofilter.
 *
 * <p>A unit that the result's {@link io.github.sipas.scoring.disclose.Disclosure} rule suppresses
 * ({@link ScoreResult#suppressed()}) keeps its row on every sheet with its label and number of forms, its previous
 * rank, and a note saying why; every figure cell is empty.
 *
 * <p>The workbook is written by POI's streaming writer ({@link SXSSFWorkbook}), whose rows go through temporary
 * files that are removed when it is done.
 *
 * <pre>{@code
 * OutputFile.writeBytes(Path.of("ranking.xlsx"), out -> ScoreXlsx.write(result, survey, "vi", out));
 * }</pre>
 *
 * @since 0.1
 */
public final class ScoreXlsx {

    /** The languages of the workbook. */
    public static final List<String> LANGUAGES = List.of("vi", "en");

    /** How many rows the streaming writer keeps in memory per sheet. */
    private static final int WINDOW = 200;

    private final ScoreResult result;
    private final Survey survey;
    private final String lang;
    private final String level;
    private final Uncertainty un;
    private final boolean grouped;
    private final boolean byUnit;
    private final boolean previous;
    private final XlsxSheet.Styles styles;
    private final SXSSFWorkbook wb;

    private ScoreXlsx(ScoreResult result, Survey survey, String lang, SXSSFWorkbook wb) {
        this.result = result;
        this.survey = survey;
        this.lang = lang;
        this.wb = wb;
        this.level = percent(result.scorecard().level());
        this.un = result.uncertainty();
        this.grouped = result.scorecard().grouping().attribute() != null;
        this.byUnit = result.scorecard().grouping().byUnit();
        this.previous = !result.ranking().previousRanks().isEmpty() || !result.ranking().previousOnly().isEmpty();
        this.styles = new XlsxSheet.Styles(wb);
    }

    /**
     * Writes the workbook.
     *
     * @param result the result
     * @param survey the survey it was scored with, for the titles of elements and criteria in the method sheet's
     *     key; may be null, then the key is left out
     * @param language {@code "vi"} or {@code "en"}: the sheets' names, headings, tiers and notes
     * @param out where to write; not closed
     * @throws NullPointerException if the result, language or stream are null
     * @throws IllegalArgumentException if the language is neither {@code vi} nor {@code en}
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ScoreResult result, Survey survey, String language, OutputStream out) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(out, "out");
        if (!LANGUAGES.contains(Objects.requireNonNull(language, "language"))) {
            throw new IllegalArgumentException("language must be vi or en, not '" + language + "'");
        }
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            ScoreXlsx x = new ScoreXlsx(result, survey, language, wb);
            x.ranking();
            x.matrix(XlsxText.ELEMENTS_SHEET, x.elementIds(), (u, id) -> {
                ElementScore e = u.element(id);
                return e == null ? Estimate.UNDEFINED : e.estimate();
            });
            x.matrix(XlsxText.CRITERIA_SHEET, x.itemIds(), (u, id) -> {
                ItemScore i = u.item(id);
                return i == null ? Estimate.UNDEFINED : i.estimate();
            });
            x.method();
            wb.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                wb.close(); // removes the temporary files
            } catch (IOException e) {
                // nothing more to release: the workbook was written or its failure is already thrown
            }
        }
    }

    private String t(XlsxText text, Object... pairs) {
        return text.in(lang, pairs);
    }

    /** The ranking sheet. */
    private void ranking() {
        List<String> h = new ArrayList<>(List.of(t(XlsxText.RANK)));
        List<Integer> w = new ArrayList<>(List.of(7));
        if (byUnit) {
            h.add(t(XlsxText.UNIT));
            w.add(28);
        }
        if (grouped) {
            h.add(groupHeading());
            w.add(14);
        }
        h.addAll(List.of(t(XlsxText.FORMS), t(XlsxText.INDEX), t(XlsxText.SE), t(XlsxText.LOWER, "level", level),
                t(XlsxText.UPPER, "level", level)));
        w.addAll(List.of(9, 10, 10, 11, 11));
        if (previous) {
            h.addAll(List.of(t(XlsxText.PREVIOUS_RANK), t(XlsxText.CHANGE)));
            w.addAll(List.of(9, 9));
        }
        h.add(t(XlsxText.TIER));
        w.add(16);
        boolean sets = un != null && un.rankSets().isPresent();
        boolean changes = un != null && un.rankChanges().isPresent();
        boolean fh = un != null && un.fayHerriot().isPresent();
        if (sets) {
            h.addAll(List.of(t(XlsxText.RANK_SET_LOWER), t(XlsxText.RANK_SET_UPPER)));
            w.addAll(List.of(10, 10));
        }
        if (changes) {
            h.addAll(List.of(t(XlsxText.CHANGE_LOWER), t(XlsxText.CHANGE_UPPER), t(XlsxText.INDEX_CHANGE),
                    t(XlsxText.INDEX_CHANGE_P)));
            w.addAll(List.of(11, 11, 11, 11));
        }
        if (fh) {
            h.addAll(List.of(t(XlsxText.FH), t(XlsxText.FH_RMSE)));
            w.addAll(List.of(12, 11));
        }
        h.add(t(XlsxText.NOTES));
        w.add(40);
        XlsxSheet s = new XlsxSheet(wb, styles, t(XlsxText.RANKING_SHEET));
        s.header(h, w);
        for (RankedUnit r : result.ranking().units()) {
            UnitScore u = result.unit(r.label());
            boolean shown = !r.isSuppressed();
            s.newRow().integer(r.rank(), Format.INTEGER);
            if (byUnit) {
                s.text(name(u));
            }
            if (grouped) {
                s.text(u.group());
            }
            s.integer(r.respondents(), Format.INTEGER);
            BigDecimal rounded = shown ? r.rounded() : null;
            s.number(rounded == null ? Double.NaN : rounded.doubleValue(), Format.DECIMAL);
            Estimate e = shown ? u.index() : Estimate.UNDEFINED;
            s.number(e.se(), Format.DECIMAL).number(e.lower(), Format.DECIMAL).number(e.upper(), Format.DECIMAL);
            if (previous) {
                s.integer(r.previousRank(), Format.INTEGER).integer(r.rankChange(), Format.SIGNED);
            }
            s.text(r.tier() == null ? null : tier(r.tier()));
            String label = r.label();
            if (sets) {
                Optional<RankSet> set = un.rankSet(label);
                s.integer(set.map(RankSet::lower).orElse(null), Format.INTEGER);
                s.integer(set.map(RankSet::upper).orElse(null), Format.INTEGER);
            }
            if (changes) {
                Optional<RankChange> c = un.rankChange(label);
                s.integer(c.map(RankChange::changeLower).orElse(null), Format.SIGNED);
                s.integer(c.map(RankChange::changeUpper).orElse(null), Format.SIGNED);
                Optional<IndexDifference> d = un.indexChange(label);
                s.number(d.map(IndexDifference::difference).orElse(Double.NaN), Format.SIGNED_DECIMAL);
                s.number(d.map(IndexDifference::pValue).orElse(Double.NaN), Format.PROBABILITY);
            }
            if (fh) {
                Optional<SmallAreaEstimate> f = un.fayHerriot(label);
                s.number(f.map(SmallAreaEstimate::estimate).orElse(Double.NaN), Format.DECIMAL);
                s.number(f.map(SmallAreaEstimate::rmse).orElse(Double.NaN), Format.DECIMAL);
            }
            s.text(String.join("; ", notes(r)));
        }
    }

    /** A sheet of units by element or criterion ids, each cell the id's index of the unit. */
    private void matrix(XlsxText title, List<String> ids, java.util.function.BiFunction<UnitScore, String,
            Estimate> figure) {
        List<String> h = new ArrayList<>();
        List<Integer> w = new ArrayList<>();
        if (byUnit) {
            h.addAll(List.of(t(XlsxText.UNIT_ID), t(XlsxText.UNIT)));
            w.addAll(List.of(16, 28));
        }
        if (grouped) {
            h.add(groupHeading());
            w.add(14);
        }
        h.add(t(XlsxText.FORMS));
        w.add(9);
        h.addAll(ids);
        ids.forEach(id -> w.add(8));
        h.add(t(XlsxText.NOTES));
        w.add(30);
        XlsxSheet s = new XlsxSheet(wb, styles, t(title));
        s.header(h, w);
        for (RankedUnit r : result.ranking().units()) {
            UnitScore u = result.unit(r.label());
            s.newRow();
            if (byUnit) {
                s.text(u.unit()).text(name(u));
            }
            if (grouped) {
                s.text(u.group());
            }
            s.integer(u.respondents(), Format.INTEGER);
            for (String id : ids) {
                s.number(r.isSuppressed() ? Double.NaN : figure.apply(u, id).value(), Format.DECIMAL);
            }
            s.text(r.isSuppressed() ? suppressed(r) : null);
        }
    }

    /** The method sheet: what was scored, how, and the key to the ids. */
    private void method() {
        XlsxSheet s = new XlsxSheet(wb, styles, t(XlsxText.METHOD_SHEET));
        s.header(List.of(t(XlsxText.ITEM), t(XlsxText.VALUE)), List.of(44, 90));
        Scorecard card = result.scorecard();
        RankingOptions options = result.ranking().options();
        String surveyName = card.survey();
        if (survey != null && survey.title() != null) {
            surveyName += " — " + survey.title().in(lang);
        }
        s.newRow().text(t(XlsxText.SURVEY)).text(surveyName);
        s.newRow().text(t(XlsxText.ROWS_READ)).integer(result.rowsRead(), Format.INTEGER);
        s.newRow().text(t(XlsxText.ACCEPTED)).integer(result.rowsRead() - result.rejected(), Format.INTEGER);
        s.newRow().text(t(XlsxText.REJECTED)).integer(result.rejected(), Format.INTEGER);
        s.newRow().text(t(XlsxText.UNITS)).integer(result.ranking().units().size(), Format.INTEGER);
        s.newRow().text(t(XlsxText.RANKED)).integer(result.ranking().ranked().size(), Format.INTEGER);
        s.newRow().text(t(XlsxText.SUPPRESSED_UNITS)).integer(result.ranking().suppressed().size(), Format.INTEGER);
        s.newRow().text(t(XlsxText.LEVEL)).text(level);
        s.newRow().text(t(XlsxText.INTERVAL_METHOD)).text(ScoreJson.name(card.method()));
        s.newRow().text(t(XlsxText.AGGREGATION)).text(ScoreJson.name(card.aggregation().method()));
        if (survey != null && survey.criteria().stream().anyMatch(io.github.sipas.core.Item::reverse)) {
            // a reverse-keyed criterion is scored on its mirrored codes: say which (a trial found it said nowhere)
            s.newRow().text(t(XlsxText.REVERSED)).text(survey.criteria().stream()
                    .filter(io.github.sipas.core.Item::reverse).map(io.github.sipas.core.Item::id)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        s.newRow().text(t(XlsxText.RANKING_METHOD)).text(ScoreJson.name(options.method()));
        s.newRow().text(t(XlsxText.RELIABILITY)).integer(options.reliabilityThreshold(), Format.INTEGER);
        s.newRow().text(t(XlsxText.EXCLUDE_UNRELIABLE))
                .text(t(options.excludeUnreliable() ? XlsxText.YES : XlsxText.NO));
        Optional<TierCuts> cuts = result.ranking().tierCuts();
        if (cuts.isPresent()) {
            s.newRow().text(t(XlsxText.TIER_CUTS)).number(cuts.get().q1().doubleValue(), Format.DECIMAL)
                    .number(cuts.get().q2().doubleValue(), Format.DECIMAL)
                    .number(cuts.get().q3().doubleValue(), Format.DECIMAL);
        }
        s.newRow().text(t(XlsxText.MIN_CELL)).integer(result.disclosure().minRespondents(), Format.INTEGER);
        if (un != null && un.rankSets().isPresent()) {
            RankSetOptions o = un.rankSets().get().options();
            s.newRow().text(t(XlsxText.RANK_SETS)).integer(o.draws(), Format.INTEGER).integer(o.seed(),
                    Format.INTEGER);
        }
        if (un != null && un.fayHerriot().isPresent()) {
            s.newRow().text(t(XlsxText.FAY_HERRIOT)).text(ScoreJson.name(un.fayHerriot().get().scale()));
        }
        s.newRow().text(t(XlsxText.ROUNDING));
        s.newRow().text(t(XlsxText.SOFTWARE));
        if (survey != null) {
            s.newRow();
            s.newRow().text(t(XlsxText.KEY));
            for (Element e : survey.elements()) {
                s.newRow().text(e.id()).text(e.title() == null ? null : e.title().in(lang));
                for (Item i : survey.criteriaOf(e.id())) {
                    s.newRow().text(i.id()).text(i.text() == null ? null : i.text().in(lang));
                }
            }
        }
    }

    /** The element ids of the scorecard, in the order of its first unit that has them. */
    private List<String> elementIds() {
        return ids(u -> u.elements().stream().map(ElementScore::id).toList());
    }

    /** The criterion ids of the scorecard, in the order of its first unit that has them. */
    private List<String> itemIds() {
        return ids(u -> u.items().stream().map(ItemScore::id).toList());
    }

    private List<String> ids(Function<UnitScore, List<String>> of) {
        Set<String> ids = new LinkedHashSet<>();
        for (UnitScore u : result.scorecard().units()) {
            ids.addAll(of.apply(u));
        }
        return List.copyOf(ids);
    }

    private String name(UnitScore u) {
        return u.unit() == null ? u.label() : result.nameOf(u.unit());
    }

    /** The heading of the group's column: the grouping attribute's name, as the text table and the report name it. */
    private String groupHeading() {
        return result.scorecard().grouping().attribute();
    }

    private String tier(Tier tier) {
        return t(switch (tier) {
            case HIGH -> XlsxText.TIER_HIGH;
            case HIGH_AVERAGE -> XlsxText.TIER_HIGH_AVERAGE;
            case LOW_AVERAGE -> XlsxText.TIER_LOW_AVERAGE;
            case LOW -> XlsxText.TIER_LOW;
        });
    }

    private String suppressed(RankedUnit r) {
        return r.suppression() == Suppression.SMALL_CELL
                ? t(XlsxText.SUPPRESSED_SMALL, "k", result.disclosure().minRespondents())
                : t(XlsxText.SUPPRESSED_COMPLEMENTARY);
    }

    /** The notes of a ranking row: few forms, why it is not ranked or not published. */
    private List<String> notes(RankedUnit r) {
        int threshold = result.ranking().options().reliabilityThreshold();
        List<String> notes = new ArrayList<>();
        if (r.isSuppressed()) {
            notes.add(suppressed(r));
            return notes;
        }
        if (r.flags().contains(RankingFlag.FEW_RESPONDENTS)) {
            notes.add(r.isRanked() ? t(XlsxText.FLAG_FEW, "n", threshold) : t(XlsxText.NOT_RANKED_FEW, "n",
                    threshold));
        } else if (!r.isRanked()) {
            notes.add("en".equals(lang) && r.reason() != null ? "not ranked: " + r.reason()
                    : t(XlsxText.NOT_RANKED_UNDEFINED));
        }
        return notes;
    }

    /** A confidence level as a percentage: 0.95 is {@code 95 %}, 0.995 is {@code 99.5 %}. */
    private String percent(double level) {
        String s = BigDecimal.valueOf(level * 100).stripTrailingZeros().toPlainString();
        return ("vi".equals(lang) ? s.replace('.', ',') : s) + " %";
    }
}
