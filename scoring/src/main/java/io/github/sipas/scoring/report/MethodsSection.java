package io.github.sipas.scoring.report;

import io.github.sipas.core.AggregationMethod;
import io.github.sipas.scoring.estimate.IntervalMethod;
import io.github.sipas.scoring.rank.RankingMethod;
import io.github.sipas.scoring.rank.RankingOptions;
import io.github.sipas.scoring.rank.TierCuts;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Draws the methods, in plain words: the formulas of the indices, the standard error, the interval, the ranking rule
 * and tiers, Cronbach's alpha, and the option shares, rank sets, changes, Fay–Herriot estimates and publication
 * threshold as they apply.
 */
final class MethodsSection extends ReportSection {

    MethodsSection(ReportData d, Html h) {
        super(d, h);
    }

    @Override
    String id() {
        return "methods-section";
    }

    @Override
    HtmlReportText title() {
        return HtmlReportText.METHODS_SECTION;
    }

    @Override
    void body() {
        String satisfied = d.survey.criteria().stream().findFirst().flatMap(d.survey::scaleOf)
                .map(s -> s.satisfied().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")))
                .orElse("4, 5");
        String z = num(NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - d.card.level()) / 2), 3);
        h.open("ul", "class", "methods").newline();
        li(t(HtmlReportText.M_ITEM, "satisfied", satisfied));
        String reversed = d.survey.criteria().stream().filter(io.github.sipas.core.Item::reverse)
                .map(io.github.sipas.core.Item::id).collect(Collectors.joining(", "));
        if (!reversed.isEmpty()) {
            li(t(HtmlReportText.M_REVERSED, "items", reversed));
        }
        li(t(HtmlReportText.M_ELEMENT));
        li(overall() + " " + t(HtmlReportText.M_OVERALL_UNDEFINED));
        li(t(HtmlReportText.M_SE));
        HtmlReportText interval = switch (d.card.method()) {
            case WILSON -> HtmlReportText.M_WILSON;
            case CLOPPER_PEARSON -> HtmlReportText.M_CLOPPER_PEARSON;
            case LOGIT -> HtmlReportText.M_LOGIT;
            case WALD -> HtmlReportText.M_WALD;
            case BETA -> HtmlReportText.M_BETA;
        };
        li(t(interval, "level", d.level, "z", z) + " " + t(d.card.method() == IntervalMethod.LOGIT
                ? HtmlReportText.M_COMPOSITE_LOGIT : HtmlReportText.M_COMPOSITE_WALD));
        RankingOptions options = d.ranking.options();
        li(t(HtmlReportText.M_RANKING, "ties", t(options.method() == RankingMethod.DENSE
                ? HtmlReportText.M_TIES_DENSE : HtmlReportText.M_TIES_COMPETITION), "n",
                options.reliabilityThreshold(), "excluded", t(options.excludeUnreliable()
                ? HtmlReportText.M_FLAGGED_EXCLUDED : HtmlReportText.M_FLAGGED_RANKED)));
        li(tiers());
        li(t(HtmlReportText.M_ALPHA, "level", d.level));
        if (d.hasOptions) {
            li(t(HtmlReportText.M_OPTIONS));
        }
        if (d.hasSets) {
            RankSetOptions o = d.un.rankSets().orElseThrow().options();
            li(t(HtmlReportText.M_RANK_SETS, "level", d.level, "draws", count(o.draws()), "seed", o.seed()));
        }
        if (d.hasChanges) {
            li(t(HtmlReportText.M_CHANGES, "level", d.level));
        }
        if (d.hasFayHerriot) {
            li(t(HtmlReportText.M_FAY_HERRIOT, "scale", ReportData.scaleName(d.un.fayHerriot().orElseThrow().scale())));
        }
        li(t(HtmlReportText.M_MEAN));
        li(d.minCell <= 1 ? t(HtmlReportText.M_DISCLOSURE_NONE) : t(HtmlReportText.M_DISCLOSURE, "k", d.minCell));
        li(t(HtmlReportText.M_PERSONAL));
        h.close("ul").newline();
    }

    /** The rule of the overall index. */
    private String overall() {
        AggregationMethod agg = d.card.aggregation().method();
        return switch (agg) {
            case MEAN_OF_ELEMENTS -> t(HtmlReportText.M_OVERALL_MEAN_OF_ELEMENTS);
            case MEAN_OF_ITEMS -> t(HtmlReportText.M_OVERALL_MEAN_OF_ITEMS);
            case MEAN_OF_DOMAINS -> t(HtmlReportText.M_OVERALL_MEAN_OF_DOMAINS);
            case WEIGHTED_ELEMENTS -> t(HtmlReportText.M_OVERALL_WEIGHTED_ELEMENTS, "weights",
                    d.card.aggregation().weights().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> e.getKey() + " = " + num(e.getValue(), 3))
                            .collect(Collectors.joining(", ")));
        };
    }

    /** The tiers, with their cuts when the ranking has some. */
    private String tiers() {
        String tiers = t(HtmlReportText.M_TIERS);
        Optional<TierCuts> cuts = d.ranking.tierCuts();
        if (cuts.isPresent()) {
            tiers += " " + t(HtmlReportText.M_TIER_CUTS, "q1", HtmlReportFormat.decimal(cuts.get().q1(), d.lang), "q2",
                    HtmlReportFormat.decimal(cuts.get().q2(), d.lang), "q3",
                    HtmlReportFormat.decimal(cuts.get().q3(), d.lang));
        }
        return tiers;
    }
}
