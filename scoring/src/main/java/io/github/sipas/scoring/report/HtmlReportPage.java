package io.github.sipas.scoring.report;

import io.github.sipas.core.PersonalFields;
import static io.github.sipas.scoring.report.HtmlReportFormat.UNDEFINED;
import static io.github.sipas.scoring.report.HtmlReportFormat.esc;
import static io.github.sipas.scoring.report.HtmlReportFormat.svg;

import io.github.sipas.core.AggregationMethod;
import io.github.sipas.core.Element;
import io.github.sipas.core.Item;
import io.github.sipas.core.ItemRole;
import io.github.sipas.core.ItemType;
import io.github.sipas.core.quality.QualityFinding;
import io.github.sipas.core.Scale;
import io.github.sipas.core.ScalePoint;
import io.github.sipas.core.Survey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.statistics.distribution.NormalDistribution;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.estimate.ElementScore;
import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.uncertainty.FayHerriotFit;
import io.github.sipas.scoring.uncertainty.FayHerriotScale;
import io.github.sipas.scoring.uncertainty.IndexDifference;
import io.github.sipas.scoring.estimate.IntervalMethod;
import io.github.sipas.scoring.estimate.ItemOptions;
import io.github.sipas.scoring.estimate.ItemScore;
import io.github.sipas.scoring.estimate.OptionShare;
import io.github.sipas.scoring.uncertainty.RankSet;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import io.github.sipas.scoring.uncertainty.RankSets;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.rank.RankingFlag;
import io.github.sipas.scoring.rank.RankingMethod;
import io.github.sipas.scoring.rank.RankingOptions;
import io.github.sipas.scoring.format.ScoreJson;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.uncertainty.SmallAreaEstimate;
import io.github.sipas.scoring.disclose.Suppression;
import io.github.sipas.scoring.rank.Tier;
import io.github.sipas.scoring.rank.TierCuts;
import io.github.sipas.scoring.uncertainty.Uncertainty;
import io.github.sipas.scoring.estimate.UnitScore;

/** Renders one {@link HtmlReport} page; used once. */
final class HtmlReportPage {

    /** Sequential colours of the heat map, light (low) to dark (high): ColorBrewer YlGnBu. */
    private static final String[] HEAT = {"#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"};
    /** Diverging colours of the answers, the lowest point first: ColorBrewer RdBu, with a grey middle. */
    private static final String[] ANSWERS = {"#b2182b", "#ef8a62", "#d0d0d0", "#67a9cf", "#2166ac"};
    private static final Map<Tier, String> TIER_COLOURS = Map.of(Tier.HIGH, "#1a7f37", Tier.HIGH_AVERAGE,
            "#7cb342", Tier.LOW_AVERAGE, "#e0a030", Tier.LOW, "#c0392b");
    /** Colours of the options of a single-choice question of two or three options (yes / no / not sure). */
    private static final String[] CATEGORIES = {"#2166ac", "#ef8a62", "#bababa"};
    private static final String UNRANKED_COLOUR = "#8c959f";
    private static final int MAX_LINES = 10;
    private static final double WEAK_ALPHA = 0.70;
    private static final double FAR_BELOW = 5.0;

    private final Survey survey;
    private final String lang;
    private final String title;
    private final List<QualityFinding> findings;
    private final List<String> sources;
    private final ScoreResult result;
    private final Scorecard card;
    private final Ranking ranking;
    private final List<RankedUnit> rows;
    private final List<UnitScore> units;
    /** The rows whose figures are published (not suppressed), in ranking order, and their scores. */
    private final List<RankedUnit> shownRows;
    private final List<UnitScore> shown;
    /** The rows whose figures are suppressed, in ranking order. */
    private final List<RankedUnit> hiddenRows;
    /** The smallest number of forms a published cell has. */
    private final int minCell;
    private final List<String> elementIds;
    private final List<String> itemIds;
    private final Map<String, Double> itemMean = new HashMap<>();
    private final Map<String, Double> elementMean = new HashMap<>();
    private final double overallMean;
    private final String level;
    /** The non-criterion questions some unit has option shares for, in the survey's order. */
    private final List<String> questionIds;
    private final boolean hasOptions;
    /** The rank sets and other figures published beside the ranking; null when none were computed. */
    private final Uncertainty un;
    private final boolean hasSets;
    private final boolean hasChanges;
    private final boolean hasFayHerriot;
    private final StringBuilder h = new StringBuilder(1 << 17);
    private int section;

    HtmlReportPage(Survey survey, String lang, String title, List<QualityFinding> findings, List<String> sources,
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

    String render() {
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; ")
                .append("style-src &#39;unsafe-inline&#39;\"/>\n")
                .append("<meta name=\"generator\" content=\"sipas HtmlReport\"/>\n<title>").append(esc(pageTitle()))
                .append("</title>\n<style>\n").append(ReportStyle.css(hasSets || hasFayHerriot))
                .append("</style>\n</head>\n<body>\n");
        header();
        summary();
        rankingSection();
        indexSection();
        if (hasSets) {
            rankSetSection();
        }
        elementSection();
        unitSection();
        distributionSection();
        if (hasOptions) {
            optionsSection();
        }
        reliabilitySection();
        qualitySection();
        methodsSection();
        h.append("<footer><p>").append(esc(t(HtmlReportText.M_SOFTWARE))).append("</p></footer>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    // ---------------------------------------------------------------- text helpers

    private String t(HtmlReportText key, Object... pairs) {
        return key.in(lang, pairs);
    }

    private String num(double v) {
        return HtmlReportFormat.num(v, 2, lang);
    }

    private String num(double v, int decimals) {
        return HtmlReportFormat.num(v, decimals, lang);
    }

    private String count(long n) {
        return HtmlReportFormat.count(n, lang);
    }

    private String interval(Estimate e) {
        return HtmlReportFormat.interval(e.lower(), e.upper(), 2, lang);
    }

    private String signed(double v) {
        if (!Double.isFinite(v)) {
            return UNDEFINED;
        }
        String s = num(v);
        return s.startsWith(HtmlReportFormat.MINUS) || s.equals(num(0.0)) ? s : "+" + s;
    }

    /** The text shown in place of a suppressed cell's figures. */
    private String suppressedText(RankedUnit r) {
        return r.suppression() == Suppression.COMPLEMENTARY ? t(HtmlReportText.SUPPRESSED_COMPLEMENTARY)
                : t(HtmlReportText.SUPPRESSED_SMALL, "k", minCell);
    }

    /** A cell with the suppression text spanning the given number of columns. */
    private void suppressedCells(RankedUnit r, int columns) {
        h.append("<td class=\"suppressed\"");
        if (columns > 1) {
            h.append(" colspan=\"").append(columns).append('"');
        }
        h.append('>').append(esc(suppressedText(r))).append("</td>");
    }

    /** A note under a chart naming the suppressed units it leaves out, when there are some. */
    private void leftOutNote() {
        if (!hiddenRows.isEmpty()) {
            p("note suppressed-note", t(HtmlReportText.CHART_LEFT_OUT, "n", count(hiddenRows.size()), "units",
                    hiddenRows.stream().map(this::rowName).collect(Collectors.joining(", ")), "k", minCell));
        }
    }

    private String pageTitle() {
        return title != null ? title : t(HtmlReportText.DOC_TITLE);
    }

    private String name(UnitScore u) {
        if (u.unit() != null && u.group() != null) {
            return result.nameOf(u.unit()) + " / " + u.group();
        }
        return result.nameOf(u.label());
    }

    private String elementTitle(String id) {
        return survey.elements().stream().filter(e -> e.id().equals(id)).map(Element::title).findFirst()
                .map(x -> x.in(lang)).orElse(id);
    }

    private String itemText(String id) {
        return survey.findItem(id).map(i -> i.text().in(lang)).orElse(id);
    }

    private List<String> itemsOf(String element) {
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

    private Optional<Scale> scaleOf(String itemId) {
        return survey.findItem(itemId).flatMap(survey::scaleOf);
    }

    private static double itemValue(UnitScore u, String id) {
        return u.items().stream().filter(i -> i.id().equals(id)).findFirst().map(i -> i.estimate().value())
                .orElse(Double.NaN);
    }

    private static double elementValue(UnitScore u, String id) {
        return u.elements().stream().filter(e -> e.id().equals(id)).findFirst().map(e -> e.estimate().value())
                .orElse(Double.NaN);
    }

    private static Optional<ElementScore> element(UnitScore u, String id) {
        return u.elements().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private void heading(String id, HtmlReportText label) {
        section++;
        h.append("<section id=\"").append(id).append("\">\n<h2>").append(section).append(". ")
                .append(esc(t(label))).append("</h2>\n");
    }

    private void p(String cls, String text) {
        h.append("<p");
        if (cls != null) {
            h.append(" class=\"").append(cls).append('"');
        }
        h.append('>').append(esc(text)).append("</p>\n");
    }

    private void svgOpen(String id, double width, double height, String titleText, String descText) {
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 ").append(svg(width))
                .append(' ').append(svg(height)).append("\" width=\"").append(svg(width)).append("\" height=\"")
                .append(svg(height)).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\">\n<title id=\"").append(id).append("-title\">").append(esc(titleText))
                .append("</title>\n<desc id=\"").append(id).append("-desc\">").append(esc(descText))
                .append("</desc>\n");
    }

    private void text(double x, double y, String anchor, String attrs, String content) {
        h.append("<text x=\"").append(svg(x)).append("\" y=\"").append(svg(y)).append('"');
        if (anchor != null) {
            h.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (attrs != null) {
            h.append(' ').append(attrs);
        }
        h.append('>').append(esc(content)).append("</text>\n");
    }

    private void line(double x1, double y1, double x2, double y2, String attrs) {
        h.append("<line x1=\"").append(svg(x1)).append("\" y1=\"").append(svg(y1)).append("\" x2=\"")
                .append(svg(x2)).append("\" y2=\"").append(svg(y2)).append("\" ").append(attrs).append("/>\n");
    }

    private void rect(double x, double y, double w, double hgt, String attrs) {
        h.append("<rect x=\"").append(svg(x)).append("\" y=\"").append(svg(y)).append("\" width=\"")
                .append(svg(Math.max(0, w))).append("\" height=\"").append(svg(Math.max(0, hgt))).append("\" ")
                .append(attrs).append("/>\n");
    }

    /** An axis range covering the values, on multiples of the step, within [0, 100]. */
    private static double[] range(List<Double> values, double step, double minSpan) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return new double[] {0, 100};
        }
        lo = Math.max(0, Math.floor(lo / step) * step);
        hi = Math.min(100, Math.ceil(hi / step) * step);
        while (hi - lo < minSpan) {
            if (hi < 100) {
                hi = Math.min(100, hi + step);
            }
            if (hi - lo < minSpan && lo > 0) {
                lo = Math.max(0, lo - step);
            }
            if (lo == 0 && hi == 100) {
                break;
            }
        }
        return new double[] {lo, hi};
    }

    private static double tickStep(double span) {
        return span <= 20 ? 2 : span <= 50 ? 5 : 10;
    }

    // ---------------------------------------------------------------- sections

    private void header() {
        h.append("<header>\n<h1>").append(esc(pageTitle())).append("</h1>\n");
        p("subtitle", survey.title().in(lang) + " · " + survey.id());
        h.append("</header>\n<nav aria-label=\"").append(esc(t(HtmlReportText.CONTENTS))).append("\"><strong>")
                .append(esc(t(HtmlReportText.CONTENTS))).append("</strong>\n<ol>\n");
        String[][] toc = {{"summary", t(HtmlReportText.SUMMARY)}, {"ranking-section", t(HtmlReportText.RANKING)},
            {"index-section", t(HtmlReportText.INDEX_SECTION)}, {"ranksets-section", t(HtmlReportText.RANKSETS_SECTION)},
            {"elements-section", t(HtmlReportText.ELEMENTS_SECTION)},
            {"units-section", t(HtmlReportText.UNITS_SECTION)},
            {"distribution-section", t(HtmlReportText.DISTRIBUTION_SECTION)},
            {"options-section", t(HtmlReportText.OPTIONS_SECTION)},
            {"reliability-section", t(HtmlReportText.RELIABILITY_SECTION)},
            {"quality-section", t(HtmlReportText.QUALITY_SECTION)}, {"methods-section", t(HtmlReportText.METHODS_SECTION)}};
        for (String[] e : toc) {
            if (e[0].equals("options-section") && !hasOptions || e[0].equals("ranksets-section") && !hasSets) {
                continue;
            }
            h.append("<li><a href=\"#").append(e[0]).append("\">").append(esc(e[1])).append("</a></li>\n");
        }
        h.append("</ol>\n</nav>\n");
    }

    private void summary() {
        heading("summary", HtmlReportText.SUMMARY);
        h.append("<table class=\"summary\">\n<tbody>\n");
        row(t(HtmlReportText.SURVEY), survey.title().in(lang) + " (" + survey.id() + ")", false);
        if (!sources.isEmpty()) {
            row(t(HtmlReportText.SOURCES), String.join(", ", sources), false);
        }
        row(t(HtmlReportText.ROWS_READ), count(result.rowsRead()), true);
        row(t(HtmlReportText.ACCEPTED), count(result.rowsRead() - result.rejected()), true);
        row(t(HtmlReportText.REJECTED), count(result.rejected()), true);
        int ranked = ranking.ranked().size();
        row(t(HtmlReportText.UNITS), t(hiddenRows.isEmpty() ? HtmlReportText.UNITS_VALUE
                : HtmlReportText.UNITS_VALUE_SUPPRESSED, "units", count(units.size()), "ranked", count(ranked),
                "unranked", count(units.size() - ranked), "suppressed", count(hiddenRows.size())), false);
        row(t(HtmlReportText.DISCLOSURE), minCell <= 1 ? t(HtmlReportText.DISCLOSURE_NONE)
                : t(HtmlReportText.DISCLOSURE_VALUE, "k", minCell, "n", count(hiddenRows.size())), false);
        row(t(HtmlReportText.LEVEL), level, false);
        row(t(HtmlReportText.INTERVAL_METHOD), t(HtmlReportText.INTERVAL_METHOD_VALUE, "method",
                methodName(card.method()), "composite", card.method() == IntervalMethod.LOGIT ? "logit" : "Wald"),
                false);
        row(t(HtmlReportText.AGGREGATION), aggregationName(card.aggregation().method()), false);
        if (!ranking.ranked().isEmpty()) {
            RankedUnit top = ranking.ranked().get(0);
            RankedUnit bottom = ranking.ranked().get(ranking.ranked().size() - 1);
            row(t(HtmlReportText.HIGHEST), rowName(top) + " (" + published(top) + ")", false);
            row(t(HtmlReportText.LOWEST), rowName(bottom) + " (" + published(bottom) + ")", false);
        }
        row(t(HtmlReportText.MEAN_OF_UNITS), num(overallMean) + " (" + t(HtmlReportText.MEAN_OF_UNITS_NOTE) + ")",
                false);
        if (hasSets) {
            RankSets sets = un.rankSets().orElseThrow();
            row(t(HtmlReportText.RANK_SETS), t(HtmlReportText.RANK_SETS_VALUE, "kind", setKind(sets), "level", level,
                    "draws", count(sets.options().draws()), "seed", sets.options().seed()), false);
            un.tiedWithLeader().ifPresent(g -> row(t(HtmlReportText.TIED_LEADER_LABEL), names(g.units()), false));
            un.tiedWithLaggard().ifPresent(g -> row(t(HtmlReportText.TIED_LAGGARD_LABEL), names(g.units()), false));
        }
        if (hasFayHerriot) {
            FayHerriotFit fit = un.fayHerriot().orElseThrow();
            row(t(HtmlReportText.FAY_HERRIOT_SUMMARY), t(HtmlReportText.FAY_HERRIOT_VALUE, "scale",
                    scaleName(fit.scale()), "m", count(fit.areas())), false);
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private void row(String label, String value, boolean numeric) {
        h.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td")
                .append(numeric ? " class=\"count\"" : "").append('>').append(esc(value)).append("</td></tr>\n");
    }

    private String rowName(RankedUnit r) {
        return name(result.unit(r.label()));
    }

    private String published(RankedUnit r) {
        return r.rounded() == null ? UNDEFINED : HtmlReportFormat.decimal(r.rounded(), lang);
    }

    private static String methodName(IntervalMethod m) {
        return switch (m) {
            case WILSON -> "Wilson";
            case CLOPPER_PEARSON -> "Clopper–Pearson";
            case LOGIT -> "logit";
            case WALD -> "Wald";
        };
    }

    private String aggregationName(AggregationMethod m) {
        return t(switch (m) {
            case MEAN_OF_ELEMENTS -> HtmlReportText.AGG_MEAN_OF_ELEMENTS;
            case MEAN_OF_ITEMS -> HtmlReportText.AGG_MEAN_OF_ITEMS;
            case MEAN_OF_DOMAINS -> HtmlReportText.AGG_MEAN_OF_DOMAINS;
            case WEIGHTED_ELEMENTS -> HtmlReportText.AGG_WEIGHTED_ELEMENTS;
        });
    }

    private String tierName(Tier tier) {
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

    private void rankingSection() {
        heading("ranking-section", HtmlReportText.RANKING);
        boolean previous = !ranking.previousRanks().isEmpty();
        h.append("<table class=\"ranking").append(hasSets || hasFayHerriot ? " wide" : "").append("\">\n<caption>").append(esc(t(HtmlReportText.RANKING_CAPTION)))
                .append("</caption>\n<thead><tr>");
        th(t(HtmlReportText.RANK), "num");
        th(t(HtmlReportText.UNIT), null);
        th(t(HtmlReportText.RESPONDENTS), "num");
        th(t(HtmlReportText.INDEX), "num");
        th(t(HtmlReportText.INTERVAL, "level", level), "num");
        if (hasSets) {
            th(t(HtmlReportText.RANK_SET, "level", level), "center");
        }
        if (hasFayHerriot) {
            th(t(HtmlReportText.FAY_HERRIOT), "num");
        }
        th(t(HtmlReportText.CHANGE), "center");
        if (hasChanges) {
            th(t(HtmlReportText.RANK_CHANGE_SET), "center");
            th(t(HtmlReportText.INDEX_CHANGE, "level", level), "num");
            th(t(HtmlReportText.P_VALUE), "num");
        }
        th(t(HtmlReportText.TIER), null);
        th(t(HtmlReportText.FLAGS), null);
        h.append("</tr></thead>\n<tbody id=\"ranking\">\n");
        int threshold = ranking.options().reliabilityThreshold();
        for (int i = 0; i < rows.size(); i++) {
            RankedUnit r = rows.get(i);
            UnitScore u = units.get(i);
            h.append("<tr class=\"unit-row\" data-unit=\"").append(esc(r.label())).append("\" data-rank=\"")
                    .append(r.rank() == null ? "" : r.rank().toString()).append('"');
            if (r.isSuppressed()) {
                h.append(" data-suppressed=\"").append(ScoreJson.name(r.suppression())).append('"');
            }
            h.append('>');
            td(r.rank() == null ? UNDEFINED : r.rank().toString(), "num");
            td(name(u), null);
            td(count(r.respondents()), "num");
            if (r.isSuppressed()) {
                suppressedCells(r, 2 + (hasSets ? 1 : 0) + (hasFayHerriot ? 1 : 0));
            } else {
                td(published(r), "num");
                td(interval(u.index()), "num");
                if (hasSets) {
                    td(un.rankSet(r.label()).map(this::rankSet).orElse(UNDEFINED), "center");
                }
                if (hasFayHerriot) {
                    td(un.fayHerriot(r.label()).filter(SmallAreaEstimate::isEstimated).map(e -> num(e.estimate())
                            + " (" + num(e.rmse()) + ")").orElse(UNDEFINED), "num");
                }
            }
            change(r, previous);
            if (hasChanges) {
                changeSets(r);
            }
            h.append("<td>");
            if (r.tier() != null) {
                h.append("<span class=\"tier tier-").append(r.tier().name()).append("\">").append(esc(tierName(r.tier())))
                        .append("</span>");
            } else {
                h.append(UNDEFINED);
            }
            h.append("</td>");
            List<String> notes = new ArrayList<>();
            if (r.flags().contains(RankingFlag.FEW_RESPONDENTS) && r.isRanked()) {
                notes.add(t(HtmlReportText.FLAG_FEW, "n", threshold));
            }
            if (!r.isRanked()) {
                if ("en".equals(lang)) {
                    notes.add("not ranked: " + r.reason());
                } else if (r.isSuppressed()) {
                    notes.add(t(HtmlReportText.NOT_RANKED_SUPPRESSED));
                } else if (Double.isFinite(r.value())) {
                    notes.add(t(HtmlReportText.NOT_RANKED_FEW, "n", threshold));
                } else {
                    notes.add(t(HtmlReportText.NOT_RANKED_UNDEFINED));
                }
            }
            td(String.join("; ", notes), "flag");
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (units.isEmpty()) {
            p("note", t(HtmlReportText.NO_UNITS));
        }
        p("note", previous ? t(HtmlReportText.CHANGE_NOTE) : t(HtmlReportText.NO_PREVIOUS));
        if (hasSets) {
            RankSets sets = un.rankSets().orElseThrow();
            p("note", t(HtmlReportText.RANK_SET_NOTE, "level", level, "kind", setKind(sets), "joint", joint(sets)));
        }
        if (hasChanges) {
            p("note", t(HtmlReportText.CHANGE_SET_NOTE, "level", level));
        }
        if (hasFayHerriot) {
            FayHerriotFit fit = un.fayHerriot().orElseThrow();
            p("note", fit.converged() ? t(HtmlReportText.FAY_HERRIOT_NOTE, "scale", scaleName(fit.scale()))
                    : t(HtmlReportText.FAY_HERRIOT_NONE));
        }
        p("note", t(HtmlReportText.UNDEFINED_NOTE));
        if (!hiddenRows.isEmpty()) {
            p("note suppressed-note", t(HtmlReportText.SUPPRESSED_NOTE, "k", minCell));
        }
        h.append("</section>\n");
    }

    private void change(RankedUnit r, boolean previous) {
        if (!r.isRanked() || !previous) {
            td(UNDEFINED, "center");
        } else if (r.rankChange() == null) {
            td(t(HtmlReportText.NEW), "center");
        } else if (r.rankChange() > 0) {
            td("▲ +" + r.rankChange(), "center up");
        } else if (r.rankChange() < 0) {
            td("▼ " + HtmlReportFormat.MINUS + (-r.rankChange()), "center down");
        } else {
            td("=", "center");
        }
    }

    /** A rank set as "2–4", or "3" when it is one rank. */
    private String rankSet(RankSet s) {
        return s.size() == 1 ? Integer.toString(s.lower()) : s.lower() + "–" + s.upper();
    }

    private String signed(int n) {
        return n > 0 ? "+" + n : n < 0 ? HtmlReportFormat.MINUS + (-n) : "0";
    }

    /** The cells of the range of the change of rank, the change of index and its p-value. */
    private void changeSets(RankedUnit r) {
        if (r.isSuppressed()) {
            td(UNDEFINED, "center");
            td(UNDEFINED, "num");
            td(UNDEFINED, "num");
            return;
        }
        td(un.rankChange(r.label()).map(c -> "[" + signed(c.changeLower()) + ("en".equals(lang) ? ", " : "; ")
                + signed(c.changeUpper()) + "]").orElse(UNDEFINED), "center");
        Optional<IndexDifference> d = un.indexChange(r.label());
        if (d.isEmpty()) {
            td(UNDEFINED, "num");
            td(UNDEFINED, "num");
            return;
        }
        IndexDifference x = d.get();
        String cls = !x.isSignificant() ? "num" : x.difference() > 0 ? "num up" : "num down";
        td(signed(x.difference()) + " " + HtmlReportFormat.interval(x.lower(), x.upper(), 2, lang)
                .replace(" ", "\u00a0"), cls + " wrap");
        td(x.pValue() < 0.001 ? "< " + num(0.001, 3) : num(x.pValue(), 3), "num");
    }

    private String setKind(RankSets sets) {
        return t(sets.isSimultaneous() ? HtmlReportText.RS_SIMULTANEOUS : HtmlReportText.RS_MARGINAL) + ", " + t(
                switch (sets.type()) {
                    case TWO_SIDED -> HtmlReportText.RS_TWO_SIDED;
                    case LOWER -> HtmlReportText.RS_LOWER;
                    case UPPER -> HtmlReportText.RS_UPPER;
                });
    }

    private String joint(RankSets sets) {
        return t(sets.isSimultaneous() ? HtmlReportText.RS_JOINT : HtmlReportText.RS_EACH, "level", level);
    }

    private static String scaleName(FayHerriotScale scale) {
        return switch (scale) {
            case IDENTITY -> "identity";
            case LOGIT -> "logit";
            case ARCSINE -> "arcsine";
        };
    }

    /** The display names of units given by label, joined by commas. */
    private String names(List<String> labels) {
        return labels.stream().map(l -> name(result.unit(l))).collect(Collectors.joining(", "));
    }

    private void th(String text, String cls) {
        h.append("<th scope=\"col\"");
        if (cls != null) {
            h.append(" class=\"").append(cls).append('"');
        }
        h.append('>').append(esc(text)).append("</th>");
    }

    private void td(String text, String cls) {
        h.append("<td");
        if (cls != null) {
            h.append(" class=\"").append(cls).append('"');
        }
        h.append('>').append(esc(text)).append("</td>");
    }

    // ---------------------------------------------------------------- index chart

    private void indexSection() {
        heading("index-section", HtmlReportText.INDEX_SECTION);
        String id = "chart-index";
        int n = shown.size();
        double width = 760;
        double left = 210;
        double right = 70;
        double top = 40;
        double rowH = 24;
        double plotW = width - left - right;
        double height = top + Math.max(1, n) * rowH + 40;
        List<Double> values = new ArrayList<>();
        for (UnitScore u : shown) {
            values.add(u.index().value());
            values.add(u.index().lower());
            values.add(u.index().upper());
        }
        double[] dom = range(values, 10, 20);
        double span = dom[1] - dom[0];
        java.util.function.DoubleUnaryOperator x = v -> left + (Math.max(dom[0], Math.min(dom[1], v)) - dom[0])
                / span * plotW;
        String meanText = num(overallMean);
        String desc;
        List<RankedUnit> ranked = ranking.ranked();
        if (ranked.isEmpty()) {
            desc = t(HtmlReportText.NO_UNITS);
        } else {
            RankedUnit topU = ranked.get(0);
            RankedUnit bottomU = ranked.get(ranked.size() - 1);
            desc = t(HtmlReportText.CHART_INDEX_DESC, "count", n, "top", rowName(topU), "topValue", published(topU),
                    "bottom", rowName(bottomU), "bottomValue", published(bottomU), "mean", meanText);
        }
        h.append("<figure class=\"chart\" id=\"").append(id).append("\">\n");
        svgOpen(id, width, height, t(HtmlReportText.CHART_INDEX_TITLE, "level", level), desc);
        double bottomY = top + Math.max(1, n) * rowH;
        double step = tickStep(span);
        for (double v = dom[0]; v <= dom[1] + 1e-9; v += step) {
            line(x.applyAsDouble(v), top - 4, x.applyAsDouble(v), bottomY, "stroke=\"#e1e4e8\"");
            text(x.applyAsDouble(v), bottomY + 14, "middle", "font-size=\"11\" fill=\"#57606a\"", num(v, 0));
        }
        text(left + plotW / 2, bottomY + 32, "middle", "font-size=\"12\" fill=\"#57606a\"",
                t(HtmlReportText.AXIS_INDEX));
        for (int i = 0; i < n; i++) {
            RankedUnit r = shownRows.get(i);
            UnitScore u = shown.get(i);
            Estimate e = u.index();
            double y = top + i * rowH + rowH / 2;
            String colour = r.tier() == null ? UNRANKED_COLOUR : TIER_COLOURS.get(r.tier());
            h.append("<g class=\"unit\"><title>").append(esc(name(u) + ": " + num(e.value()) + " " + interval(e)))
                    .append("</title>\n");
            if (i % 2 == 1) {
                rect(0, y - rowH / 2, width, rowH, "fill=\"#f6f8fa\"");
            }
            String label = (r.rank() == null ? UNDEFINED : r.rank().toString()) + ". "
                    + HtmlReportFormat.clip(name(u), 30);
            text(left - 10, y + 4, "end", "font-size=\"12\"", label);
            if (Double.isFinite(e.lower()) && Double.isFinite(e.upper())) {
                double x1 = x.applyAsDouble(e.lower());
                double x2 = x.applyAsDouble(e.upper());
                String stroke = "stroke=\"" + colour + "\" stroke-width=\"2\"";
                line(x1, y, x2, y, stroke);
                line(x1, y - 5, x1, y + 5, stroke);
                line(x2, y - 5, x2, y + 5, stroke);
            }
            if (Double.isFinite(e.value())) {
                h.append("<circle cx=\"").append(svg(x.applyAsDouble(e.value()))).append("\" cy=\"").append(svg(y))
                        .append("\" r=\"5\" fill=\"").append(colour).append("\" stroke=\"#fff\"/>\n");
                text(width - right + 8, y + 4, null, "font-size=\"12\" font-weight=\"600\"", published(r));
            } else {
                text(left + 6, y + 4, null, "font-size=\"12\" fill=\"#57606a\"",
                        UNDEFINED + " " + t(HtmlReportText.UNDEFINED));
            }
            h.append("</g>\n");
        }
        if (Double.isFinite(overallMean)) {
            double xm = x.applyAsDouble(overallMean);
            line(xm, top - 8, xm, bottomY, "stroke=\"#1f2328\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"");
            String anchor = xm > left + plotW * 0.7 ? "end" : xm < left + plotW * 0.3 ? "start" : "middle";
            text(xm, top - 14, anchor, "font-size=\"12\"", t(HtmlReportText.MEAN_OF_UNITS) + ": " + meanText);
        }
        h.append("</svg>\n<figcaption>").append(esc(t(HtmlReportText.CHART_INDEX_CAPTION, "level", level, "mean",
                meanText))).append("</figcaption>\n</figure>\n");
        leftOutNote();
        h.append("</section>\n");
    }

    // ---------------------------------------------------------------- rank sets

    private void rankSetSection() {
        heading("ranksets-section", HtmlReportText.RANKSETS_SECTION);
        RankSets sets = un.rankSets().orElseThrow();
        String kind = setKind(sets);
        p(null, t(HtmlReportText.RANKSETS_INTRO, "level", level, "kind", kind, "joint", joint(sets)));
        List<String> tied = new ArrayList<>();
        un.tiedWithLeader().ifPresent(g -> tied.add(t(HtmlReportText.TIED_LEADER, "anchor", names(g.anchors()),
                "units", names(g.units()))));
        un.tiedWithLaggard().ifPresent(g -> tied.add(t(HtmlReportText.TIED_LAGGARD, "anchor", names(g.anchors()),
                "units", names(g.units()))));
        if (!tied.isEmpty()) {
            h.append("<ul class=\"tied\">\n");
            tied.forEach(this::li);
            h.append("</ul>\n");
        }
        List<String> extremes = new ArrayList<>();
        un.mayBeFirst().ifPresent(x -> extremes.add(t(HtmlReportText.MAY_BE_FIRST, "level", level, "units",
                names(x.units()))));
        un.mayBeLast().ifPresent(x -> extremes.add(t(HtmlReportText.MAY_BE_LAST, "level", level, "units",
                names(x.units()))));
        if (!extremes.isEmpty()) {
            p("note", String.join(" ", extremes));
        }
        List<RankedUnit> drawn = shownRows.stream().filter(r -> un.rankSet(r.label()).isPresent()).toList();
        int n = drawn.size();
        int p = sets.units().size();
        String id = "chart-ranksets";
        double width = 760;
        double left = 210;
        double right = 70;
        double top = 30;
        double rowH = 24;
        double plotW = width - left - right;
        double bottomY = top + Math.max(1, n) * rowH;
        double height = bottomY + 40;
        java.util.function.DoubleUnaryOperator x = r -> left + (r - 0.5) / Math.max(1, p) * plotW;
        h.append("<figure class=\"chart\" id=\"").append(id).append("\">\n");
        svgOpen(id, width, height, t(HtmlReportText.CHART_RANKSETS_TITLE, "level", level),
                n == 0 ? t(HtmlReportText.NO_UNITS) : t(HtmlReportText.CHART_RANKSETS_DESC, "count", n, "p", p,
                        "tied", String.join(" ", tied)));
        int step = p <= 20 ? 1 : p <= 50 ? 5 : p <= 200 ? 10 : 50;
        for (int r = 1; r <= Math.max(1, p); r++) {
            if (r == 1 || r % step == 0 || r == p) {
                line(x.applyAsDouble(r), top - 4, x.applyAsDouble(r), bottomY, "stroke=\"#e1e4e8\"");
                text(x.applyAsDouble(r), bottomY + 14, "middle", "font-size=\"11\" fill=\"#57606a\"",
                        Integer.toString(r));
            }
        }
        text(left + plotW / 2, bottomY + 32, "middle", "font-size=\"12\" fill=\"#57606a\"",
                t(HtmlReportText.AXIS_RANK));
        double cell = plotW / Math.max(1, p);
        for (int i = 0; i < n; i++) {
            RankedUnit r = drawn.get(i);
            RankSet s = un.rankSet(r.label()).orElseThrow();
            UnitScore u = result.unit(r.label());
            double y = top + i * rowH + rowH / 2;
            String colour = r.tier() == null ? UNRANKED_COLOUR : TIER_COLOURS.get(r.tier());
            h.append("<g class=\"unit\"><title>").append(esc(name(u) + ": " + rankSet(s))).append("</title>\n");
            if (i % 2 == 1) {
                rect(0, y - rowH / 2, width, rowH, "fill=\"#f6f8fa\"");
            }
            String label = (r.rank() == null ? UNDEFINED : r.rank().toString()) + ". "
                    + HtmlReportFormat.clip(name(u), 30);
            text(left - 10, y + 4, "end", "font-size=\"12\"", label);
            double x1 = x.applyAsDouble(s.lower()) - cell / 2 + 1;
            double x2 = x.applyAsDouble(s.upper()) + cell / 2 - 1;
            rect(x1, y - 6, x2 - x1, 12, "rx=\"3\" fill=\"" + colour + "\" fill-opacity=\"0.35\" stroke=\"" + colour
                    + "\"");
            if (r.rank() != null) {
                h.append("<circle cx=\"").append(svg(x.applyAsDouble(Math.min(r.rank(), p)))).append("\" cy=\"")
                        .append(svg(y))
                        .append("\" r=\"5\" fill=\"").append(colour).append("\" stroke=\"#fff\"/>\n");
            }
            text(width - right + 8, y + 4, null, "font-size=\"12\" font-weight=\"600\"", rankSet(s));
            h.append("</g>\n");
        }
        h.append("</svg>\n<figcaption>").append(esc(t(HtmlReportText.CHART_RANKSETS_CAPTION, "level", level, "kind",
                kind))).append("</figcaption>\n</figure>\n");
        leftOutNote();
        List<String> without = shownRows.stream().filter(r -> un.rankSet(r.label()).isEmpty()).map(this::rowName)
                .toList();
        if (!without.isEmpty()) {
            p("note", t(HtmlReportText.NO_RANK_SET, "units", String.join(", ", without)));
        }
        h.append("</section>\n");
    }

    // ---------------------------------------------------------------- heat map

    private void elementSection() {
        heading("elements-section", HtmlReportText.ELEMENTS_SECTION);
        String id = "chart-heatmap";
        List<String> cols = new ArrayList<>(elementIds);
        int nc = cols.size() + 1;
        int nr = shown.size() + 1;
        double left = 210;
        double cellW = 74;
        double cellH = 24;
        double top = 34;
        double width = Math.max(600, left + nc * cellW + 10);
        double gridBottom = top + nr * cellH + 4;
        double height = gridBottom + 56;
        List<Double> all = new ArrayList<>();
        for (UnitScore u : shown) {
            cols.forEach(c -> all.add(elementValue(u, c)));
            all.add(u.index().value());
        }
        cols.forEach(c -> all.add(elementMean.get(c)));
        all.add(overallMean);
        double[] dom = range(all, 5, 10);
        h.append("<figure class=\"chart\" id=\"").append(id).append("\">\n");
        svgOpen(id, width, height, t(HtmlReportText.CHART_HEATMAP_TITLE), t(HtmlReportText.CHART_HEATMAP_DESC,
                "units", shown.size(), "elements", elementIds.size(), "low", num(dom[0], 0), "high", num(dom[1], 0)));
        h.append("<defs><linearGradient id=\"heat-gradient\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">");
        for (int i = 0; i < HEAT.length; i++) {
            h.append("<stop offset=\"").append(svg((double) i / (HEAT.length - 1))).append("\" stop-color=\"")
                    .append(HEAT[i]).append("\"/>");
        }
        h.append("</linearGradient></defs>\n");
        for (int c = 0; c < nc; c++) {
            String head = c < cols.size() ? cols.get(c) : t(HtmlReportText.OVERALL);
            double cx = left + c * cellW + cellW / 2;
            h.append("<g><title>").append(esc(c < cols.size() ? head + ": " + elementTitle(head) : head))
                    .append("</title>");
            text(cx, top - 10, "middle", "font-size=\"12\" font-weight=\"600\"", head);
            h.append("</g>\n");
        }
        for (int r = 0; r < nr; r++) {
            boolean meanRow = r == shown.size();
            double y = top + r * cellH + (meanRow ? 4 : 0);
            String label = meanRow ? t(HtmlReportText.MEAN_OF_UNITS) : HtmlReportFormat.clip(name(shown.get(r)), 30);
            text(left - 10, y + cellH / 2 + 4, "end", meanRow ? "font-size=\"12\" font-style=\"italic\""
                    : "font-size=\"12\"", label);
            for (int c = 0; c < nc; c++) {
                double v;
                if (meanRow) {
                    v = c < cols.size() ? elementMean.get(cols.get(c)) : overallMean;
                } else {
                    UnitScore u = shown.get(r);
                    v = c < cols.size() ? elementValue(u, cols.get(c)) : u.index().value();
                }
                double cx = left + c * cellW;
                String fill = Double.isFinite(v) ? HtmlReportFormat.colour(HEAT, (v - dom[0]) / (dom[1] - dom[0]))
                        : "#eeeeee";
                rect(cx + 1, y + 1, cellW - 2, cellH - 2, "fill=\"" + fill + "\"" + (c == nc - 1
                        ? " stroke=\"#1f2328\" stroke-width=\"0.5\"" : ""));
                String ink = HtmlReportFormat.darkTextOn(fill) ? "#1f2328" : "#ffffff";
                text(cx + cellW / 2, y + cellH / 2 + 4, "middle", "font-size=\"12\" fill=\"" + ink + "\""
                        + (c == nc - 1 || meanRow ? " font-weight=\"600\"" : ""), num(v));
            }
        }
        double ly = gridBottom + 16;
        double lw = Math.min(300, nc * cellW);
        text(left - 10, ly + 11, "end", "font-size=\"12\"", t(HtmlReportText.LEGEND_SCALE));
        rect(left, ly, lw, 14, "fill=\"url(#heat-gradient)\" stroke=\"#8c959f\" stroke-width=\"0.5\"");
        double legendStep = dom[1] - dom[0] <= 25 ? 5 : 10;
        List<Double> ticks = new ArrayList<>(List.of(dom[0]));
        for (double v = Math.floor(dom[0] / legendStep) * legendStep + legendStep; v < dom[1] - 1e-9;
                v += legendStep) {
            if (v - dom[0] >= legendStep / 2) {
                ticks.add(v);
            }
        }
        ticks.add(dom[1]);
        for (double v : ticks) {
            double lx = left + lw * (v - dom[0]) / (dom[1] - dom[0]);
            line(lx, ly + 14, lx, ly + 19, "stroke=\"#57606a\"");
            text(lx, ly + 31, "middle", "font-size=\"11\" fill=\"#57606a\"", num(v, 0));
        }
        h.append("</svg>\n<figcaption>").append(esc(t(HtmlReportText.CHART_HEATMAP_CAPTION)))
                .append("</figcaption>\n</figure>\n");
        leftOutNote();
        // The same figures as a table, with the elements' titles.
        h.append("<table class=\"elements\">\n<caption>").append(esc(t(HtmlReportText.ELEMENTS_CAPTION)))
                .append("</caption>\n<thead><tr>");
        th(t(HtmlReportText.UNIT), null);
        for (String c : cols) {
            h.append("<th scope=\"col\" class=\"num\" title=\"").append(esc(elementTitle(c))).append("\">")
                    .append(esc(c)).append("</th>");
        }
        th(t(HtmlReportText.OVERALL), "num");
        h.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < units.size(); i++) {
            UnitScore u = units.get(i);
            h.append("<tr>");
            td(name(u), null);
            if (rows.get(i).isSuppressed()) {
                suppressedCells(rows.get(i), cols.size() + 1);
            } else {
                cols.forEach(c -> td(num(elementValue(u, c)), "num"));
                td(num(u.index().value()), "num");
            }
            h.append("</tr>\n");
        }
        h.append("<tr>");
        td(t(HtmlReportText.MEAN_OF_UNITS), null);
        cols.forEach(c -> td(num(elementMean.get(c)), "num"));
        td(num(overallMean), "num");
        h.append("</tr>\n</tbody>\n</table>\n<p class=\"note\">");
        for (int i = 0; i < cols.size(); i++) {
            h.append(i == 0 ? "" : " · ").append("<strong>").append(esc(cols.get(i))).append("</strong>: ")
                    .append(esc(elementTitle(cols.get(i))));
        }
        h.append("</p>\n</section>\n");
    }

    // ---------------------------------------------------------------- per unit

    private void unitSection() {
        heading("units-section", HtmlReportText.UNITS_SECTION);
        p("note", t(HtmlReportText.UNITS_INTRO));
        if (units.isEmpty()) {
            p("note", t(HtmlReportText.NO_UNITS));
        }
        List<Double> all = new ArrayList<>();
        for (UnitScore u : shown) {
            u.items().forEach(i -> all.add(i.estimate().value()));
        }
        double[] dom = range(all, 10, 30);
        dom[1] = 100;
        int next = 0;
        for (RankedUnit r : rows) {
            if (r.isSuppressed()) {
                hiddenBlock(r);
            } else {
                unitBlock(next++, dom);
            }
        }
        h.append("</section>\n");
    }

    /** A suppressed unit's place among the units: its name, forms and why its figures are not shown. */
    private void hiddenBlock(RankedUnit r) {
        h.append("<div class=\"unit-block suppressed\" data-unit=\"").append(esc(r.label())).append("\">\n<h3>")
                .append(esc(rowName(r))).append("</h3>\n");
        p("small", suppressedText(r) + " · " + t(HtmlReportText.FORMS_COUNT, "n", count(r.respondents())));
        h.append("</div>\n");
    }

    /** The block of the index-th published unit (from 0, in ranking order). */
    private void unitBlock(int index, double[] dom) {
        RankedUnit r = shownRows.get(index);
        UnitScore u = shown.get(index);
        String unitName = name(u);
        String id = "chart-unit-" + (index + 1);
        Map<String, Double> diff = new LinkedHashMap<>();
        for (String item : itemIds) {
            double d = itemValue(u, item) - itemMean.get(item);
            if (Double.isFinite(d)) {
                diff.put(item, d);
            }
        }
        List<String> weakest = diff.entrySet().stream().filter(e -> e.getValue() < 0)
                .sorted(Map.Entry.comparingByValue()).limit(3)
                .map(e -> e.getKey() + " (" + signed(e.getValue()) + ")").toList();
        List<String> strongest = diff.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(3)
                .map(e -> e.getKey() + " (" + signed(e.getValue()) + ")").toList();
        String weak = weakest.isEmpty() ? t(HtmlReportText.NONE) : String.join(", ", weakest);
        String strong = strongest.isEmpty() ? t(HtmlReportText.NONE) : String.join(", ", strongest);
        h.append("<div class=\"unit-block\" id=\"unit-").append(index + 1).append("\">\n<h3>").append(esc(unitName))
                .append("</h3>\n");
        p("small", t(HtmlReportText.UNIT_HEAD, "rank", r.rank() == null ? UNDEFINED : r.rank(), "index",
                published(r), "lower", num(u.index().lower()), "upper", num(u.index().upper()), "n",
                count(u.respondents())));
        // Chart: one row per criterion, grouped by element.
        double width = 440;
        double left = 46;
        double right = 50;
        double top = 24;
        double rowH = 15;
        double gap = 5;
        double plotW = width - left - right;
        int groups = 0;
        String lastElement = null;
        for (String item : itemIds) {
            String el = survey.findItem(item).map(Item::element).orElse("");
            if (!el.equals(lastElement)) {
                groups++;
                lastElement = el;
            }
        }
        double height = top + itemIds.size() * rowH + Math.max(0, groups - 1) * gap + 10;
        java.util.function.DoubleUnaryOperator x = v -> left + (Math.max(dom[0], Math.min(dom[1], v)) - dom[0])
                / (dom[1] - dom[0]) * plotW;
        h.append("<figure class=\"chart\" id=\"").append(id).append("\">\n");
        svgOpen(id, width, height, t(HtmlReportText.CHART_UNIT_TITLE, "unit", unitName),
                t(HtmlReportText.CHART_UNIT_DESC, "weak", weak, "strong", strong));
        double bottom = height - 10;
        for (double v = dom[0]; v <= dom[1] + 1e-9; v += 10) {
            line(x.applyAsDouble(v), top - 4, x.applyAsDouble(v), bottom, "stroke=\"#e1e4e8\"");
            text(x.applyAsDouble(v), top - 8, "middle", "font-size=\"9\" fill=\"#57606a\"", num(v, 0));
        }
        double y = top;
        lastElement = null;
        for (String item : itemIds) {
            String el = survey.findItem(item).map(Item::element).orElse("");
            if (lastElement != null && !el.equals(lastElement)) {
                y += gap;
            }
            lastElement = el;
            double v = itemValue(u, item);
            double m = itemMean.get(item);
            h.append("<g><title>").append(esc(item + ": " + num(v) + " (" + t(HtmlReportText.MEAN_OF_UNITS) + " "
                    + num(m) + ")")).append("</title>");
            text(left - 6, y + rowH - 4, "end", "font-size=\"10\"", item);
            if (Double.isFinite(v)) {
                boolean below = Double.isFinite(m) && v < m - FAR_BELOW;
                rect(left, y + 2, x.applyAsDouble(v) - left, rowH - 4, "fill=\"" + (below ? "#e07b39" : "#6a9bc3")
                        + "\"");
                text(width - right + 4, y + rowH - 4, null, "font-size=\"10\"", num(v, 1));
            } else {
                text(left + 4, y + rowH - 4, null, "font-size=\"10\" fill=\"#57606a\"", UNDEFINED);
            }
            if (Double.isFinite(m)) {
                double xm = x.applyAsDouble(m);
                line(xm, y, xm, y + rowH, "stroke=\"#1f2328\" stroke-width=\"2\"");
            }
            h.append("</g>\n");
            y += rowH;
        }
        h.append("</svg>\n<figcaption>").append(esc(t(HtmlReportText.CHART_UNIT_CAPTION, "n", index + 1, "unit",
                unitName, "weak", weak))).append("</figcaption>\n</figure>\n");
        h.append("<table>\n<thead><tr>");
        th(t(HtmlReportText.CRITERION), null);
        th(t(HtmlReportText.UNIT), "num");
        th(t(HtmlReportText.MEAN_OF_UNITS), "num");
        th(t(HtmlReportText.DIFFERENCE), "num");
        h.append("</tr></thead>\n<tbody>\n");
        for (String item : itemIds) {
            double v = itemValue(u, item);
            double m = itemMean.get(item);
            double d = v - m;
            h.append("<tr><td title=\"").append(esc(itemText(item))).append("\">").append(esc(item)).append("</td>");
            td(num(v), "num");
            td(num(m), "num");
            td(signed(d), Double.isFinite(d) && d < -FAR_BELOW ? "num down" : "num");
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
    }

    // ---------------------------------------------------------------- distribution

    /** The answers to one criterion over all units: counts per scale point, valid, don't know, blank. */
    private record Pooled(String id, long[] counts, long valid, long satisfied, long dontKnow, long unanswered) {
        double share(int k) {
            return valid == 0 ? Double.NaN : 100.0 * counts[k] / valid;
        }

        double satisfiedShare() {
            return valid == 0 ? Double.NaN : 100.0 * satisfied / valid;
        }

        long forms() {
            return valid + dontKnow + unanswered;
        }
    }

    private Pooled pooled(String item) {
        long[] counts = null;
        long valid = 0;
        long satisfied = 0;
        long dontKnow = 0;
        long unanswered = 0;
        for (UnitScore u : shown) {
            for (ItemScore s : u.items()) {
                if (!s.id().equals(item)) {
                    continue;
                }
                if (counts == null) {
                    counts = new long[s.counts().size()];
                }
                for (int k = 0; k < Math.min(counts.length, s.counts().size()); k++) {
                    counts[k] += s.counts().get(k);
                }
                valid += s.valid();
                satisfied += s.satisfied();
                dontKnow += s.dontKnow();
                unanswered += s.unanswered();
            }
        }
        return new Pooled(item, counts == null ? new long[0] : counts, valid, satisfied, dontKnow, unanswered);
    }

    private List<String> pointLabels(String item, int n) {
        List<String> labels = new ArrayList<>();
        List<ScalePoint> points = scaleOf(item).map(Scale::points).orElse(List.of());
        for (int k = 0; k < n; k++) {
            labels.add(k < points.size() ? points.get(k).code() + " " + points.get(k).label().in(lang)
                    : String.valueOf(k + 1));
        }
        return labels;
    }

    private static String answerColour(int k, int n) {
        if (n == ANSWERS.length) {
            return ANSWERS[k];
        }
        return HtmlReportFormat.colour(ANSWERS, n <= 1 ? 1 : (double) k / (n - 1));
    }

    private void distributionSection() {
        heading("distribution-section", HtmlReportText.DISTRIBUTION_SECTION);
        p("note", t(HtmlReportText.DISTRIBUTION_INTRO));
        leftOutNote();
        int n = 0;
        for (String element : elementIds) {
            List<String> items = itemsOf(element);
            if (items.isEmpty()) {
                continue;
            }
            n++;
            distribution(n, element, items.stream().map(this::pooled).toList());
        }
        h.append("</section>\n");
    }

    private void distribution(int n, String element, List<Pooled> items) {
        String id = "chart-distribution-" + HtmlReportFormat.idPart(element);
        int points = items.stream().mapToInt(p -> p.counts().length).max().orElse(0);
        List<String> labels = pointLabels(items.get(0).id(), points);
        String elementLabel = element + " · " + elementTitle(element);
        String satisfiedCodes = scaleOf(items.get(0).id()).map(s -> s.satisfied().stream().sorted()
                .map(String::valueOf).collect(Collectors.joining(", "))).orElse("");
        Comparator<Pooled> bySatisfied = Comparator.comparingDouble(p -> Double.isFinite(p.satisfiedShare())
                ? p.satisfiedShare() : -1);
        Pooled best = items.stream().max(bySatisfied).orElseThrow();
        Pooled worst = items.stream().min(bySatisfied).orElseThrow();
        double width = 760;
        double left = 50;
        double barW = 470;
        double gap = 16;
        double dkLeft = left + barW + gap;
        double rowH = 26;
        // Legend: the scale's points, laid out first so that the height is known.
        double[] legendX = new double[points];
        double[] legendY = new double[points];
        double lx = left;
        double ly = 4;
        for (int k = 0; k < points; k++) {
            double w = labels.get(k).length() * 6.6 + 34;
            if (lx + w > width - 10 && lx > left) {
                lx = left;
                ly += 20;
            }
            legendX[k] = lx;
            legendY[k] = ly;
            lx += w;
        }
        double top = ly + 40;
        double height = top + items.size() * rowH + 8;
        h.append("<div class=\"dist-block\">\n<h3>").append(esc(elementLabel)).append("</h3>\n");
        h.append("<figure class=\"chart\" id=\"").append(id).append("\">\n");
        svgOpen(id, width, height, t(HtmlReportText.CHART_DIST_TITLE, "element", elementLabel),
                t(HtmlReportText.CHART_DIST_DESC, "count", items.size(), "satisfied", satisfiedCodes, "top",
                        best.id() + " (" + num(best.satisfiedShare(), 1) + " %)", "bottom",
                        worst.id() + " (" + num(worst.satisfiedShare(), 1) + " %)"));
        for (int k = 0; k < points; k++) {
            rect(legendX[k], legendY[k], 12, 12, "fill=\"" + answerColour(k, points) + "\"");
            text(legendX[k] + 16, legendY[k] + 10, null, "font-size=\"11\"", labels.get(k));
        }
        for (double v = 0; v <= 100; v += 25) {
            double gx = left + barW * v / 100;
            text(gx, top - 6, "middle", "font-size=\"9\" fill=\"#57606a\"", num(v, 0) + " %");
        }
        text(dkLeft, top - 6, null, "font-size=\"9\" fill=\"#57606a\"", t(HtmlReportText.DONT_KNOW_SHORT) + " = "
                + t(HtmlReportText.DONT_KNOW) + " · " + t(HtmlReportText.UNANSWERED_SHORT) + " = "
                + t(HtmlReportText.UNANSWERED));
        double y = top;
        for (Pooled p : items) {
            h.append("<g><title>").append(esc(p.id() + ": " + itemText(p.id()))).append("</title>");
            text(left - 6, y + rowH / 2 + 4, "end", "font-size=\"11\" font-weight=\"600\"", p.id());
            double bx = left;
            if (p.valid() == 0) {
                rect(left, y + 3, barW, rowH - 6, "fill=\"#eeeeee\"");
                text(left + barW / 2, y + rowH / 2 + 4, "middle", "font-size=\"11\" fill=\"#57606a\"",
                        UNDEFINED + " " + t(HtmlReportText.UNDEFINED));
            } else {
                for (int k = 0; k < p.counts().length; k++) {
                    double share = p.share(k);
                    double w = barW * share / 100;
                    String fill = answerColour(k, p.counts().length);
                    rect(bx, y + 3, w, rowH - 6, "fill=\"" + fill + "\"");
                    if (w >= 26) {
                        String ink = HtmlReportFormat.darkTextOn(fill) ? "#1f2328" : "#ffffff";
                        text(bx + w / 2, y + rowH / 2 + 4, "middle", "font-size=\"10\" fill=\"" + ink + "\"",
                                num(share, 0));
                    }
                    bx += w;
                }
                rect(left, y + 3, barW, rowH - 6, "fill=\"none\" stroke=\"#57606a\" stroke-width=\"0.5\"");
            }
            // Don't know and blank: beside the bar, as counts and their share of the forms, outside the shares.
            double forms = p.forms();
            double dkShare = forms == 0 ? Double.NaN : 100.0 * p.dontKnow() / forms;
            double blankShare = forms == 0 ? Double.NaN : 100.0 * p.unanswered() / forms;
            double dkW = Double.isFinite(dkShare) ? Math.min(40, 40 * dkShare / 20) : 0;
            rect(dkLeft, y + 7, 40, rowH - 14, "fill=\"#f6f8fa\" stroke=\"#d0d7de\" stroke-width=\"0.5\"");
            rect(dkLeft, y + 7, dkW, rowH - 14, "fill=\"#8c959f\"");
            text(dkLeft + 46, y + rowH / 2 + 4, null, "font-size=\"10\"", t(HtmlReportText.DONT_KNOW_SHORT) + " "
                    + count(p.dontKnow()) + " (" + num(dkShare, 1) + " %) · " + t(HtmlReportText.UNANSWERED_SHORT)
                    + " " + count(p.unanswered()) + " (" + num(blankShare, 1) + " %)");
            h.append("</g>\n");
            y += rowH;
        }
        h.append("</svg>\n<figcaption>").append(esc(t(HtmlReportText.CHART_DIST_CAPTION, "n", n, "element",
                elementLabel))).append("</figcaption>\n</figure>\n");
        h.append("<table class=\"distribution\">\n<caption>").append(esc(t(HtmlReportText.DIST_TABLE_CAPTION, "n", n,
                "element", elementLabel))).append("</caption>\n<thead><tr>");
        th(t(HtmlReportText.CRITERION), null);
        th(t(HtmlReportText.VALID), "num");
        for (String label : labels) {
            th(label, "num");
        }
        th(t(HtmlReportText.DONT_KNOW), "num");
        th(t(HtmlReportText.UNANSWERED), "num");
        h.append("</tr></thead>\n<tbody>\n");
        for (Pooled p : items) {
            h.append("<tr><td><strong>").append(esc(p.id())).append("</strong> ").append(esc(itemText(p.id())))
                    .append("</td>");
            td(count(p.valid()), "num");
            for (int k = 0; k < points; k++) {
                td(k < p.counts().length ? num(p.share(k), 1) : UNDEFINED, "num");
            }
            td(count(p.dontKnow()), "num");
            td(count(p.unanswered()), "num");
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
    }

    // ---------------------------------------------------------------- perceptions and expectations

    private void optionsSection() {
        heading("options-section", HtmlReportText.OPTIONS_SECTION);
        p("note", t(HtmlReportText.OPTIONS_INTRO));
        int n = 0;
        for (String id : questionIds) {
            List<UnitScore> asked = new ArrayList<>();
            List<ItemOptions> answers = new ArrayList<>();
            for (UnitScore u : shown) {
                for (ItemOptions o : u.options()) {
                    if (o.id().equals(id)) {
                        asked.add(u);
                        answers.add(o);
                        break;
                    }
                }
            }
            n++;
            options(n, id, asked, answers);
        }
        h.append("</section>\n");
    }

    private String roleName(ItemRole role) {
        return t(switch (role) {
            case PERCEPTION -> HtmlReportText.ROLE_PERCEPTION;
            case EXPECTATION -> HtmlReportText.ROLE_EXPECTATION;
            case IN_GENERAL -> HtmlReportText.ROLE_IN_GENERAL;
            case DEMOGRAPHIC -> HtmlReportText.ROLE_DEMOGRAPHIC;
            case CRITERION -> HtmlReportText.ROLE_CRITERION;
        });
    }

    /** The label of an option in the page's language, from the question's scale, else the scorer's (Vietnamese). */
    private String optionLabel(String item, OptionShare o) {
        return scaleOf(item).flatMap(s -> s.point(o.code())).map(p -> p.label().in(lang)).orElse(o.label());
    }

    /** The colour of option k of n of a single-choice question: diverging when ordered on four or more points. */
    private static String optionColour(int k, int n) {
        return n < 4 && k < CATEGORIES.length ? CATEGORIES[k] : answerColour(k, n);
    }

    private void options(int n, String item, List<UnitScore> asked, List<ItemOptions> answers) {
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
        h.append("<div class=\"options-block\">\n<h3><span class=\"qid\">").append(esc(item)).append("</span> ")
                .append(esc(itemText(item))).append(" <span class=\"role\">").append(esc(roleName(first.role())
                + " · " + choice)).append("</span></h3>\n");
        h.append("<figure class=\"chart\" id=\"").append(id).append("\">\n");
        String title = t(HtmlReportText.CHART_OPTIONS_TITLE, "item", item + " · " + itemText(item));
        String desc = t(multiple ? HtmlReportText.CHART_OPTIONS_MULTIPLE_DESC : HtmlReportText.CHART_OPTIONS_SINGLE_DESC,
                "count", asked.size(), "options", String.join("; ", labels), "top", topText);
        if (multiple) {
            multipleChart(id, title, desc, labels, asked, answers);
        } else {
            singleChart(id, title, desc, labels, asked, answers);
        }
        h.append("<figcaption>").append(esc(t(multiple ? HtmlReportText.CHART_OPTIONS_MULTIPLE_CAPTION
                : HtmlReportText.CHART_OPTIONS_SINGLE_CAPTION, "n", n, "item", item))).append("</figcaption>\n")
                .append("</figure>\n");
        h.append("<table class=\"options\" data-item=\"").append(esc(item)).append("\">\n<caption>")
                .append(esc(t(HtmlReportText.OPTIONS_TABLE_CAPTION, "n", n, "item", item))).append("</caption>\n")
                .append("<thead><tr>");
        th(t(HtmlReportText.UNIT), null);
        th(t(HtmlReportText.ANSWERED), "opt");
        for (String label : labels) {
            th(label, "opt");
        }
        th(t(HtmlReportText.DONT_KNOW), "opt");
        th(t(HtmlReportText.UNANSWERED), "opt");
        h.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < asked.size(); i++) {
            ItemOptions a = answers.get(i);
            h.append("<tr data-unit=\"").append(esc(asked.get(i).label())).append("\">");
            td(name(asked.get(i)), null);
            td(count(a.answered()), "num");
            for (int j = 0; j < k; j++) {
                td(j < a.options().size() ? num(a.options().get(j).share(), 1) : UNDEFINED, "num");
            }
            td(count(a.dontKnow()), "num");
            td(count(a.unanswered()), "num");
            h.append("</tr>\n");
        }
        for (RankedUnit r : hiddenRows) {
            if (result.unit(r.label()).options().stream().noneMatch(o -> o.id().equals(item))) {
                continue;
            }
            h.append("<tr data-unit=\"").append(esc(r.label())).append("\">");
            td(rowName(r), null);
            suppressedCells(r, k + 3);
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        leftOutNote();
        h.append("</div>\n");
    }

    /** Counts beside a unit's bar: forms that answered, don't know, blank. */
    private String answeredNote(ItemOptions a) {
        return "n " + count(a.answered()) + " · " + t(HtmlReportText.DONT_KNOW_SHORT) + " " + count(a.dontKnow())
                + " · " + t(HtmlReportText.UNANSWERED_SHORT) + " " + count(a.unanswered());
    }

    /** Lays out legend entries of the given widths from (x0, 4), wrapping at the right edge; returns the height. */
    private static double legend(double[] widths, double x0, double right, double[] xs, double[] ys) {
        double lx = x0;
        double ly = 4;
        for (int j = 0; j < widths.length; j++) {
            if (lx + widths[j] > right && lx > x0) {
                lx = x0;
                ly += 18;
            }
            xs[j] = lx;
            ys[j] = ly;
            lx += widths[j];
        }
        return ly + 18;
    }

    private void singleChart(String id, String title, String desc, List<String> labels, List<UnitScore> asked,
            List<ItemOptions> answers) {
        int k = labels.size();
        double width = 760;
        double left = 176;
        double barW = 420;
        double rowH = 20;
        double[] widths = new double[k];
        for (int j = 0; j < k; j++) {
            widths[j] = labels.get(j).length() * 6.2 + 30;
        }
        double[] xs = new double[k];
        double[] ys = new double[k];
        double top = legend(widths, 10, width - 10, xs, ys) + 18;
        double height = top + asked.size() * rowH + 20;
        svgOpen(id, width, height, title, desc);
        for (int j = 0; j < k; j++) {
            rect(xs[j], ys[j], 12, 12, "fill=\"" + optionColour(j, k) + "\"");
            text(xs[j] + 16, ys[j] + 10, null, "font-size=\"11\"", labels.get(j));
        }
        for (double v = 0; v <= 100; v += 25) {
            text(left + barW * v / 100, top - 5, "middle", "font-size=\"9\" fill=\"#57606a\"", num(v, 0) + " %");
        }
        double y = top;
        for (int i = 0; i < asked.size(); i++) {
            ItemOptions a = answers.get(i);
            String unit = name(asked.get(i));
            h.append("<g><title>").append(esc(unit)).append("</title>");
            text(left - 6, y + rowH / 2 + 4, "end", "font-size=\"11\"", HtmlReportFormat.clip(unit, 28));
            boolean defined = a.answered() > 0 && a.options().stream().allMatch(o -> Double.isFinite(o.share()));
            if (!defined) {
                rect(left, y + 3, barW, rowH - 6, "fill=\"#eeeeee\"");
                text(left + barW / 2, y + rowH / 2 + 4, "middle", "font-size=\"10\" fill=\"#57606a\"",
                        UNDEFINED + " " + t(HtmlReportText.UNDEFINED));
            } else {
                double bx = left;
                for (int j = 0; j < a.options().size(); j++) {
                    double share = a.options().get(j).share();
                    double w = barW * share / 100;
                    String fill = optionColour(j, k);
                    rect(bx, y + 3, w, rowH - 6, "fill=\"" + fill + "\"");
                    if (w >= 24) {
                        String ink = HtmlReportFormat.darkTextOn(fill) ? "#1f2328" : "#ffffff";
                        text(bx + w / 2, y + rowH / 2 + 3.5, "middle", "font-size=\"9.5\" fill=\"" + ink + "\"",
                                num(share, 0));
                    }
                    bx += w;
                }
                rect(left, y + 3, barW, rowH - 6, "fill=\"none\" stroke=\"#57606a\" stroke-width=\"0.5\"");
            }
            text(left + barW + 8, y + rowH / 2 + 4, null, "font-size=\"10\" fill=\"#57606a\"", answeredNote(a));
            h.append("</g>\n");
            y += rowH;
        }
        text(width - 10, y + 14, "end", "font-size=\"9\" fill=\"#57606a\"", t(HtmlReportText.OPTIONS_KEY));
        h.append("</svg>\n");
    }

    private void multipleChart(String id, String title, String desc, List<String> labels, List<UnitScore> asked,
            List<ItemOptions> answers) {
        int k = labels.size();
        double width = 760;
        double left = 176;
        double noteW = 120;
        double colW = (width - left - noteW) / Math.max(1, k);
        double trackW = colW - 8;
        double rowH = 20;
        // Legend: the options' codes and labels, as text, since the columns carry only the codes.
        double[] widths = new double[k];
        for (int j = 0; j < k; j++) {
            widths[j] = labels.get(j).length() * 6.2 + 18;
        }
        double[] xs = new double[k];
        double[] ys = new double[k];
        double top = legend(widths, 10, width - 10, xs, ys) + 22;
        double height = top + asked.size() * rowH + 20;
        svgOpen(id, width, height, title, desc);
        for (int j = 0; j < k; j++) {
            text(xs[j], ys[j] + 10, null, "font-size=\"11\"", labels.get(j));
        }
        for (int j = 0; j < k; j++) {
            String code = labels.get(j).substring(0, labels.get(j).indexOf(' '));
            text(left + j * colW + trackW / 2, top - 6, "middle", "font-size=\"11\" font-weight=\"600\"", code);
        }
        double y = top;
        for (int i = 0; i < asked.size(); i++) {
            ItemOptions a = answers.get(i);
            String unit = name(asked.get(i));
            h.append("<g><title>").append(esc(unit)).append("</title>");
            text(left - 6, y + rowH / 2 + 4, "end", "font-size=\"11\"", HtmlReportFormat.clip(unit, 28));
            for (int j = 0; j < k; j++) {
                double x = left + j * colW;
                double share = j < a.options().size() ? a.options().get(j).share() : Double.NaN;
                rect(x, y + 3, trackW, rowH - 6, "fill=\"#eef2f6\"");
                if (Double.isFinite(share)) {
                    rect(x, y + 3, trackW * Math.max(0, Math.min(100, share)) / 100, rowH - 6,
                            "fill=\"#6baed6\"");
                }
                text(x + trackW / 2, y + rowH / 2 + 3.5, "middle", "font-size=\"9.5\" fill=\"#1f2328\"",
                        num(share, 0));
            }
            text(left + k * colW + 4, y + rowH / 2 + 4, null, "font-size=\"10\" fill=\"#57606a\"", answeredNote(a));
            h.append("</g>\n");
            y += rowH;
        }
        text(width - 10, y + 14, "end", "font-size=\"9\" fill=\"#57606a\"", t(HtmlReportText.OPTIONS_KEY));
        h.append("</svg>\n");
    }

    // ---------------------------------------------------------------- reliability

    private void reliabilitySection() {
        heading("reliability-section", HtmlReportText.RELIABILITY_SECTION);
        h.append("<table class=\"reliability\">\n<caption>").append(esc(t(HtmlReportText.RELIABILITY_CAPTION,
                "level", level, "t", hasOptions ? 6 : 5))).append("</caption>\n<thead><tr>");
        th(t(HtmlReportText.UNIT), null);
        for (String c : elementIds) {
            h.append("<th scope=\"col\" class=\"num\" title=\"").append(esc(elementTitle(c))).append("\">")
                    .append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < units.size(); i++) {
            UnitScore u = units.get(i);
            h.append("<tr>");
            td(name(u), null);
            if (rows.get(i).isSuppressed()) {
                suppressedCells(rows.get(i), Math.max(1, elementIds.size()));
                h.append("</tr>\n");
                continue;
            }
            for (String c : elementIds) {
                Optional<ElementScore> e = element(u, c);
                double alpha = e.map(ElementScore::alpha).orElse(Double.NaN);
                boolean weak = Double.isFinite(alpha) && alpha < WEAK_ALPHA;
                h.append("<td class=\"num").append(weak ? " weak" : "").append("\">").append(esc(num(alpha)));
                if (e.isPresent()) {
                    h.append("<br/><span class=\"small\">").append(esc(HtmlReportFormat.interval(
                            e.get().alphaLower(), e.get().alphaUpper(), 2, lang))).append("<br/>n = ")
                            .append(esc(count(e.get().alphaForms()))).append("</span>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        p("note", t(HtmlReportText.RELIABILITY_NOTE));
        h.append("</section>\n");
    }

    // ---------------------------------------------------------------- data quality

    private void qualitySection() {
        heading("quality-section", HtmlReportText.QUALITY_SECTION);
        if (findings == null) {
            p("note", t(HtmlReportText.QUALITY_NOT_RUN));
        } else if (findings.isEmpty()) {
            p(null, t(HtmlReportText.QUALITY_NONE));
        } else {
            h.append("<table class=\"quality\">\n<caption>").append(esc(t(HtmlReportText.QUALITY_CAPTION, "t", hasOptions ? 7 : 6)))
                    .append("</caption>\n<thead><tr>");
            th(t(HtmlReportText.CHECK), null);
            th(t(HtmlReportText.UNIT), null);
            th(t(HtmlReportText.ITEM), null);
            th(t(HtmlReportText.GROUP), null);
            th(t(HtmlReportText.COUNT), "num");
            th(t(HtmlReportText.LINES), null);
            th(t(HtmlReportText.MESSAGE), null);
            h.append("</tr></thead>\n<tbody id=\"findings\">\n");
            Map<String, Long> unitForms = new HashMap<>();
            for (UnitScore u : card.units()) {
                if (u.unit() != null) {
                    unitForms.merge(u.unit(), u.respondents(), Long::sum);
                }
            }
            for (QualityFinding raw : findings) {
                QualityFinding f = withoutPersonalValue(raw);
                h.append("<tr class=\"finding\"><td><code>").append(esc(f.check())).append("</code></td>");
                td(f.unit() == null ? UNDEFINED : result.nameOf(f.unit()), "name");
                td(f.item() == null ? UNDEFINED : f.item(), null);
                td(f.group() == null ? UNDEFINED : f.group(), null);
                Long forms = f.unit() == null ? null : unitForms.get(f.unit());
                if (forms != null && result.disclosure().isSmall(forms)) {
                    h.append("<td class=\"suppressed\" colspan=\"3\">").append(esc(t(HtmlReportText.SUPPRESSED_SMALL,
                            "k", minCell))).append("</td></tr>\n");
                    continue;
                }
                td(count(f.count()), "num");
                List<Long> lines = f.lines();
                String shown = lines.stream().limit(MAX_LINES).map(String::valueOf).collect(Collectors.joining(", "));
                if (lines.size() > MAX_LINES) {
                    shown += " … (" + t(HtmlReportText.MORE_LINES, "n", count(lines.size() - MAX_LINES)) + ")";
                }
                td(lines.isEmpty() ? UNDEFINED : shown, null);
                td(f.message(), null);
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");
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

    // ---------------------------------------------------------------- methods

    private void methodsSection() {
        heading("methods-section", HtmlReportText.METHODS_SECTION);
        String satisfied = survey.criteria().stream().findFirst().flatMap(survey::scaleOf)
                .map(s -> s.satisfied().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")))
                .orElse("4, 5");
        String z = num(NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - card.level()) / 2), 3);
        h.append("<ul class=\"methods\">\n");
        li(t(HtmlReportText.M_ITEM, "satisfied", satisfied));
        li(t(HtmlReportText.M_ELEMENT));
        AggregationMethod agg = card.aggregation().method();
        String overall = switch (agg) {
            case MEAN_OF_ELEMENTS -> t(HtmlReportText.M_OVERALL_MEAN_OF_ELEMENTS);
            case MEAN_OF_ITEMS -> t(HtmlReportText.M_OVERALL_MEAN_OF_ITEMS);
            case MEAN_OF_DOMAINS -> t(HtmlReportText.M_OVERALL_MEAN_OF_DOMAINS);
            case WEIGHTED_ELEMENTS -> t(HtmlReportText.M_OVERALL_WEIGHTED_ELEMENTS, "weights",
                    card.aggregation().weights().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> e.getKey() + " = " + num(e.getValue(), 3))
                            .collect(Collectors.joining(", ")));
        };
        li(overall + " " + t(HtmlReportText.M_OVERALL_UNDEFINED));
        li(t(HtmlReportText.M_SE));
        HtmlReportText interval = switch (card.method()) {
            case WILSON -> HtmlReportText.M_WILSON;
            case CLOPPER_PEARSON -> HtmlReportText.M_CLOPPER_PEARSON;
            case LOGIT -> HtmlReportText.M_LOGIT;
            case WALD -> HtmlReportText.M_WALD;
        };
        li(t(interval, "level", level, "z", z) + " " + t(card.method() == IntervalMethod.LOGIT
                ? HtmlReportText.M_COMPOSITE_LOGIT : HtmlReportText.M_COMPOSITE_WALD));
        RankingOptions options = ranking.options();
        li(t(HtmlReportText.M_RANKING, "ties", t(options.method() == RankingMethod.DENSE
                ? HtmlReportText.M_TIES_DENSE : HtmlReportText.M_TIES_COMPETITION), "n",
                options.reliabilityThreshold(), "excluded", t(options.excludeUnreliable()
                ? HtmlReportText.M_FLAGGED_EXCLUDED : HtmlReportText.M_FLAGGED_RANKED)));
        String tiers = t(HtmlReportText.M_TIERS);
        Optional<TierCuts> cuts = ranking.tierCuts();
        if (cuts.isPresent()) {
            BigDecimal q1 = cuts.get().q1();
            tiers += " " + t(HtmlReportText.M_TIER_CUTS, "q1", HtmlReportFormat.decimal(q1, lang), "q2",
                    HtmlReportFormat.decimal(cuts.get().q2(), lang), "q3",
                    HtmlReportFormat.decimal(cuts.get().q3(), lang));
        }
        li(tiers);
        li(t(HtmlReportText.M_ALPHA, "level", level));
        if (hasOptions) {
            li(t(HtmlReportText.M_OPTIONS));
        }
        if (hasSets) {
            RankSetOptions o = un.rankSets().orElseThrow().options();
            li(t(HtmlReportText.M_RANK_SETS, "level", level, "draws", count(o.draws()), "seed", o.seed()));
        }
        if (hasChanges) {
            li(t(HtmlReportText.M_CHANGES, "level", level));
        }
        if (hasFayHerriot) {
            li(t(HtmlReportText.M_FAY_HERRIOT, "scale", scaleName(un.fayHerriot().orElseThrow().scale())));
        }
        li(t(HtmlReportText.M_MEAN));
        li(minCell <= 1 ? t(HtmlReportText.M_DISCLOSURE_NONE) : t(HtmlReportText.M_DISCLOSURE, "k", minCell));
        li(t(HtmlReportText.M_PERSONAL));
        h.append("</ul>\n</section>\n");
    }

    private void li(String text) {
        h.append("<li>").append(esc(text)).append("</li>\n");
    }
}
