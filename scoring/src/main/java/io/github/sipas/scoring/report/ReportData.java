package io.github.sipas.scoring.report;

import static io.github.sipas.scoring.report.HtmlReportFormat.UNDEFINED;

import io.github.sipas.core.AggregationMethod;
import io.github.sipas.core.Element;
import io.github.sipas.core.Item;
import io.github.sipas.core.ItemRole;
import io.github.sipas.core.Scale;
import io.github.sipas.core.Survey;
import io.github.sipas.core.quality.QualityFinding;
import io.github.sipas.scoring.disclose.Suppression;
import io.github.sipas.scoring.estimate.ElementScore;
import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.estimate.IntervalMethod;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.UnitScore;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.rank.Tier;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.uncertainty.FayHerriotScale;
import io.github.sipas.scoring.uncertainty.RankSet;
import io.github.sipas.scoring.uncertainty.RankSets;
import io.github.sipas.scoring.uncertainty.Uncertainty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one page shows, shared by its sections: the report's settings, the result's units in ranking order (all,
 * published, suppressed), the means of the published units, and the names and texts in the page's language.
 */
final class ReportData {

    final Survey survey;
    final String lang;
    final String title;
    final List<QualityFinding> findings;
    final List<String> sources;
    final ScoreResult result;
    final Scorecard card;
    final Ranking ranking;
    final List<RankedUnit> rows;
    final List<UnitScore> units;
    /** The rows whose figures are published (not suppressed), in ranking order, and their scores. */
    final List<RankedUnit> shownRows;
    final List<UnitScore> shown;
    /** The rows whose figures are suppressed, in ranking order. */
    final List<RankedUnit> hiddenRows;
    /** The smallest number of forms a published cell has. */
    final int minCell;
    final List<String> elementIds;
    final List<String> itemIds;
    /** The means of the published units' criteria and elements, by id, and of their overall indices. */
    final Map<String, Double> itemMean = new HashMap<>();
    final Map<String, Double> elementMean = new HashMap<>();
    final double overallMean;
    /** The confidence level as the page writes it, "95 %". */
    final String level;
    /** The non-criterion questions some unit has option shares for, in the survey's order. */
    final List<String> questionIds;
    final boolean hasOptions;
    /** The rank sets and other figures published beside the ranking; null when none were computed. */
    final Uncertainty un;
    final boolean hasSets;
    final boolean hasChanges;
    final boolean hasFayHerriot;

    ReportData(Survey survey, String lang, String title, List<QualityFinding> findings, List<String> sources,
            ScoreResult result) {
        this.survey = survey;
        this.lang = lang;
        this.title = title;
        this.findings = findings;
        this.sources = sources;
        this.result = result;
        this.card = result.scorecard();
        this.ranking = result.ranking();
        this.rows = ranking.units();
        this.units = rows.stream().map(r -> result.unit(r.label())).toList();
        this.shownRows = rows.stream().filter(r -> !r.isSuppressed()).toList();
        this.shown = shownRows.stream().map(r -> result.unit(r.label())).toList();
        this.hiddenRows = rows.stream().filter(RankedUnit::isSuppressed).toList();
        this.minCell = result.disclosure().minRespondents();
        Set<String> elements = new LinkedHashSet<>();
        Set<String> items = new LinkedHashSet<>();
        for (UnitScore u : units) {
            u.elements().forEach(e -> elements.add(e.id()));
            u.items().forEach(i -> items.add(i.id()));
        }
        this.elementIds = List.copyOf(elements);
        this.itemIds = List.copyOf(items);
        for (String id : itemIds) {
            itemMean.put(id, HtmlReportFormat.meanOfFinite(shown.stream().map(u -> itemValue(u, id)).toList()));
        }
        for (String id : elementIds) {
            elementMean.put(id, HtmlReportFormat.meanOfFinite(shown.stream().map(u -> elementValue(u, id)).toList()));
        }
        this.overallMean = HtmlReportFormat.meanOfFinite(shown.stream().map(u -> u.index().value()).toList());
        this.level = HtmlReportFormat.level(card.level(), lang);
        Set<String> questions = new LinkedHashSet<>();
        for (UnitScore u : shown) {
            u.options().forEach(o -> questions.add(o.id()));
        }
        List<String> ordered = new ArrayList<>(questions);
        ordered.sort(Comparator.comparingInt(id -> survey.findItem(id).isPresent() ? survey.indexOf(id)
                : Integer.MAX_VALUE));
        this.questionIds = List.copyOf(ordered);
        this.hasOptions = !questionIds.isEmpty();
        this.un = result.uncertainty();
        this.hasSets = un != null && un.rankSets().isPresent();
        this.hasChanges = un != null && un.rankChanges().isPresent();
        this.hasFayHerriot = un != null && un.fayHerriot().isPresent();
    }

    // ---------------------------------------------------------------- texts and numbers in the page's language

    String t(HtmlReportText key, Object... pairs) {
        return key.in(lang, pairs);
    }

    String num(double v) {
        return HtmlReportFormat.num(v, 2, lang);
    }

    String num(double v, int decimals) {
        return HtmlReportFormat.num(v, decimals, lang);
    }

    String count(long n) {
        return HtmlReportFormat.count(n, lang);
    }

    String interval(Estimate e) {
        return HtmlReportFormat.interval(e.lower(), e.upper(), 2, lang);
    }

    /** A difference with its sign, "+1,50" or "−2,00"; "0,00" without one. */
    String signed(double v) {
        if (!Double.isFinite(v)) {
            return UNDEFINED;
        }
        String s = num(v);
        return s.startsWith(HtmlReportFormat.MINUS) || s.equals(num(0.0)) ? s : "+" + s;
    }

    static String signed(int n) {
        return n > 0 ? "+" + n : n < 0 ? HtmlReportFormat.MINUS + (-n) : "0";
    }

    String pageTitle() {
        if (title != null) {
            return title;
        }
        // a study's own instrument is titled by itself, not as a SIPAS report
        return io.github.sipas.core.instrument.Surveys.BUNDLED_IDS.contains(survey.id()) ? t(HtmlReportText.DOC_TITLE)
                : survey.title().in(lang);
    }

    // ---------------------------------------------------------------- units

    /** The text shown in place of a suppressed cell's figures. */
    String suppressedText(RankedUnit r) {
        return r.suppression() == Suppression.COMPLEMENTARY ? t(HtmlReportText.SUPPRESSED_COMPLEMENTARY)
                : t(HtmlReportText.SUPPRESSED_SMALL, "k", minCell);
    }

    /** The note under a chart naming the suppressed units it leaves out; null when there are none. */
    String leftOutText() {
        if (hiddenRows.isEmpty()) {
            return null;
        }
        return t(HtmlReportText.CHART_LEFT_OUT, "n", count(hiddenRows.size()), "units",
                hiddenRows.stream().map(this::rowName).collect(Collectors.joining(", ")), "k", minCell);
    }

    /**
     * The heading of the column that names the units (or cells) of a table: "Đơn vị" / "Unit", the grouping
     * attribute's name ({@code gender}), or both ({@code Unit / gender}), by {@link
     * io.github.sipas.scoring.estimate.Grouping#heading(String)} as the text table and the workbook name it.
     */
    String unitHeading() {
        return card.grouping().heading(t(HtmlReportText.UNIT));
    }

    /** Whether an attribute groups the cells (--by COLUMN or --by unit,COLUMN): they are then groups, not units. */
    boolean grouped() {
        return card.grouping().attribute() != null;
    }

    /** The words for the mean over the units, or over the cells when an attribute groups them. */
    String meanOfUnits() {
        return t(card.grouping().attribute() == null ? HtmlReportText.MEAN_OF_UNITS : HtmlReportText.MEAN_OF_GROUPS);
    }

    /**
     * A unit's (or cell's) display name; isolated ({@link #isolate}) when it holds right-to-left letters or
     * bidirectional controls, so that it cannot reorder the figures written after it.
     */
    String name(UnitScore u) {
        if (u.unit() != null && u.group() != null) {
            return isolate(result.nameOf(u.unit())) + " / " + isolate(u.group());
        }
        return isolate(result.nameOf(u.label()));
    }

    /** A unit's display name by its code, isolated as {@link #name(UnitScore)} is. */
    String nameOf(String unit) {
        return isolate(result.nameOf(unit));
    }

    /**
     * A text from the input wrapped in FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069) when it holds
     * a right-to-left letter or a bidirectional control: in a sentence, an SVG label or a tooltip (where {@code <bdi>}
     * cannot go), the text is then laid out on its own and an override inside it (U+202E) ends at its end. Other texts
     * are returned as they are.
     */
    static String isolate(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            switch (Character.getDirectionality(text.charAt(i))) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                        Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
                        Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
                        Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE:
                    return "\u2068" + text + "\u2069";
                default:
                    break;
            }
        }
        return text;
    }

    String rowName(RankedUnit r) {
        return name(result.unit(r.label()));
    }

    /** The display names of units given by label, joined by commas. */
    String names(List<String> labels) {
        return labels.stream().map(l -> name(result.unit(l))).collect(Collectors.joining(", "));
    }

    /** A unit's published index, rounded as ranked, or "–". */
    String published(RankedUnit r) {
        return r.rounded() == null ? UNDEFINED : HtmlReportFormat.decimal(r.rounded(), lang);
    }

    /** A unit's rank, or "–" when it has none. */
    static String rank(RankedUnit r) {
        return r.rank() == null ? UNDEFINED : r.rank().toString();
    }

    static double itemValue(UnitScore u, String id) {
        return u.items().stream().filter(i -> i.id().equals(id)).findFirst().map(i -> i.estimate().value())
                .orElse(Double.NaN);
    }

    static double elementValue(UnitScore u, String id) {
        return u.elements().stream().filter(e -> e.id().equals(id)).findFirst().map(e -> e.estimate().value())
                .orElse(Double.NaN);
    }

    static Optional<ElementScore> element(UnitScore u, String id) {
        return u.elements().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    // ---------------------------------------------------------------- the survey

    String elementTitle(String id) {
        return survey.elements().stream().filter(e -> e.id().equals(id)).map(Element::title).findFirst()
                .map(x -> x.in(lang)).orElse(id);
    }

    String itemText(String id) {
        return survey.findItem(id).map(i -> i.text().in(lang)).orElse(id);
    }

    /** The criteria of an element that some unit has, in the units' order; else those the scores name. */
    List<String> itemsOf(String element) {
        List<String> list = new ArrayList<>();
        for (String id : itemIds) {
            String el = survey.findItem(id).map(Item::element).orElse(null);
            if (element.equals(el)) {
                list.add(id);
            }
        }
        if (list.isEmpty()) {
            for (UnitScore u : units) {
                for (ElementScore e : u.elements()) {
                    if (e.id().equals(element)) {
                        e.items().stream().filter(i -> !list.contains(i)).forEach(list::add);
                    }
                }
            }
        }
        return list;
    }

    Optional<Scale> scaleOf(String itemId) {
        return survey.findItem(itemId).flatMap(survey::scaleOf);
    }

    // ---------------------------------------------------------------- names of methods and categories

    static String methodName(IntervalMethod m) {
        return switch (m) {
            case WILSON -> "Wilson";
            case CLOPPER_PEARSON -> "Clopper–Pearson";
            case LOGIT -> "logit";
            case WALD -> "Wald";
            case BETA -> "Korn–Graubard (beta)";
        };
    }

    String aggregationName(AggregationMethod m) {
        return t(switch (m) {
            case MEAN_OF_ELEMENTS -> HtmlReportText.AGG_MEAN_OF_ELEMENTS;
            case MEAN_OF_ITEMS -> HtmlReportText.AGG_MEAN_OF_ITEMS;
            case MEAN_OF_DOMAINS -> HtmlReportText.AGG_MEAN_OF_DOMAINS;
            case WEIGHTED_ELEMENTS -> HtmlReportText.AGG_WEIGHTED_ELEMENTS;
        });
    }

    String tierName(Tier tier) {
        if (tier == null) {
            return UNDEFINED;
        }
        return t(switch (tier) {
            case HIGH -> HtmlReportText.TIER_HIGH;
            case HIGH_AVERAGE -> HtmlReportText.TIER_HIGH_AVERAGE;
            case LOW_AVERAGE -> HtmlReportText.TIER_LOW_AVERAGE;
            case LOW -> HtmlReportText.TIER_LOW;
        });
    }

    String roleName(ItemRole role) {
        return t(switch (role) {
            case PERCEPTION -> HtmlReportText.ROLE_PERCEPTION;
            case EXPECTATION -> HtmlReportText.ROLE_EXPECTATION;
            case IN_GENERAL -> HtmlReportText.ROLE_IN_GENERAL;
            case DEMOGRAPHIC -> HtmlReportText.ROLE_DEMOGRAPHIC;
            case CRITERION -> HtmlReportText.ROLE_CRITERION;
        });
    }

    /** A rank set as "2–4", or "3" when it is one rank. */
    static String rankSet(RankSet s) {
        return s.size() == 1 ? Integer.toString(s.lower()) : s.lower() + "–" + s.upper();
    }

    String setKind(RankSets sets) {
        return t(sets.isSimultaneous() ? HtmlReportText.RS_SIMULTANEOUS : HtmlReportText.RS_MARGINAL) + ", " + t(
                switch (sets.type()) {
                    case TWO_SIDED -> HtmlReportText.RS_TWO_SIDED;
                    case LOWER -> HtmlReportText.RS_LOWER;
                    case UPPER -> HtmlReportText.RS_UPPER;
                });
    }

    String joint(RankSets sets) {
        return t(sets.isSimultaneous() ? HtmlReportText.RS_JOINT : HtmlReportText.RS_EACH, "level", level);
    }

    static String scaleName(FayHerriotScale scale) {
        return switch (scale) {
            case IDENTITY -> "identity";
            case LOGIT -> "logit";
            case ARCSINE -> "arcsine";
        };
    }
}
