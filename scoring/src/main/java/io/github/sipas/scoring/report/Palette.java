package io.github.sipas.scoring.report;

import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.rank.Tier;
import java.util.Map;

/** The colours of the charts. */
final class Palette {

    /** Sequential colours of the heat map, light (low) to dark (high): ColorBrewer YlGnBu. */
    static final String[] HEAT = {"#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"};
    /** Diverging colours of the answers, the lowest point first: ColorBrewer RdBu, with a grey middle. */
    private static final String[] ANSWERS = {"#b2182b", "#ef8a62", "#d0d0d0", "#67a9cf", "#2166ac"};
    private static final Map<Tier, String> TIER_COLOURS = Map.of(Tier.HIGH, "#1a7f37", Tier.HIGH_AVERAGE,
            "#7cb342", Tier.LOW_AVERAGE, "#e0a030", Tier.LOW, "#c0392b");
    /** Colours of the options of a single-choice question of two or three options (yes / no / not sure). */
    private static final String[] CATEGORIES = {"#2166ac", "#ef8a62", "#bababa"};
    private static final String UNRANKED_COLOUR = "#8c959f";

    private Palette() {
    }

    /** The colour of a unit's marks: its tier's, or grey when it has none. */
    static String of(RankedUnit r) {
        return r.tier() == null ? UNRANKED_COLOUR : TIER_COLOURS.get(r.tier());
    }

    /** The colour of answer k (from 0) on a scale of n points. */
    static String answer(int k, int n) {
        if (n == ANSWERS.length) {
            return ANSWERS[k];
        }
        return HtmlReportFormat.colour(ANSWERS, n <= 1 ? 1 : (double) k / (n - 1));
    }

    /** The colour of option k of n of a single-choice question: diverging when ordered on four or more points. */
    static String option(int k, int n) {
        return n < 4 && k < CATEGORIES.length ? CATEGORIES[k] : answer(k, n);
    }

    /** The colour of text that reads on a fill. */
    static String ink(String fill) {
        return HtmlReportFormat.darkTextOn(fill) ? "#1f2328" : "#ffffff";
    }
}
