package io.github.sipas.core.quality;

import io.github.sipas.core.PersonalFields;
import java.util.List;
import java.util.Locale;

/**
 * The interviewer or batch check ({@link QualityCheck#GROUP_EFFECT}): a group's mean satisfied share against the rest
 * of its unit's, by the z that {@link QualityChecks} documents.
 */
final class GroupEffects {

    private final QualityThresholds thresholds;

    GroupEffects(QualityThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** Count, sum and sum of squares of form-level satisfied shares, and the forms' lines when asked to keep them. */
    static final class Moments {
        long n;
        double sum;
        double sumSquares;
        final LongList lines = new LongList();

        void add(double x, long line) {
            n++;
            sum += x;
            sumSquares += x * x;
            if (line != 0) {
                lines.add(line);
            }
        }
    }

    /**
     * Adds a finding when group {@code column=value} of a unit differs from the rest of the unit ({@code all}) and the
     * scope shows it. The value of a personal column is withheld, in the group and in the message.
     */
    void group(String unit, String column, String value, Moments g, Moments all, QualityScope scope,
            List<QualityFinding> out) {
        long ng = g.n;
        long nr = all.n - g.n;
        int min = thresholds.groupMinForms();
        if (ng < min || nr < min || !scope.showsGroup(unit, column, value, ng, nr)) {
            return;
        }
        double mg = g.sum / ng;
        double mr = (all.sum - g.sum) / nr;
        double diff = mg - mr;
        double se = Math.sqrt(variance(all.n, all.sum, all.sumSquares) * (1.0 / ng + 1.0 / nr));
        double z = se > 0 ? diff / se : 0;
        if (Math.abs(z) > thresholds.groupMinZ()
                && Math.abs(diff) >= thresholds.groupMinDifference() - 1e-12) {
            String shown = PersonalFields.isPersonal(column) ? PersonalFields.WITHHELD : value;
            out.add(Findings.finding(QualityCheck.GROUP_EFFECT, unit, null, column + "=" + shown, ng, g.lines,
                    column + " " + shown + ": " + ng + " forms with a mean satisfied share of " + Findings.pct(mg)
                            + " against " + Findings.pct(mr) + " for the unit's other " + nr + " forms (difference "
                            + String.format(Locale.ROOT, "%+.1f", 100 * diff) + " points, z = "
                            + String.format(Locale.ROOT, "%.2f", z) + "); thresholds |z| > "
                            + thresholds.groupMinZ() + " and "
                            + String.format(Locale.ROOT, "%.1f", 100 * thresholds.groupMinDifference())
                            + " points"));
        }
    }

    private static double variance(long n, double sum, double sumSquares) {
        if (n < 2) {
            return 0;
        }
        return Math.max(0, (sumSquares - sum * sum / n) / (n - 1));
    }
}
