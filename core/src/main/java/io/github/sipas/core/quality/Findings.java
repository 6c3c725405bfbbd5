package io.github.sipas.core.quality;

import java.util.Locale;

/** What the checks share in writing a finding. */
final class Findings {

    private Findings() {
    }

    static QualityFinding finding(QualityCheck check, String unit, String item, String group, long count,
            LongList lines, String message) {
        return new QualityFinding(check.code(), unit, item, group, count, lines.sortedKnown(), message);
    }

    /** A share as a percentage with one decimal: {@code "12.7 %"}. */
    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
