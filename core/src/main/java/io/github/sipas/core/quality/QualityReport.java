package io.github.sipas.core.quality;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link QualityChecks}: how many forms were checked, every finding, and the thresholds used.
 *
 * <p>Findings are ordered by check (in the order of {@link QualityCheck}), then by unit in the order units were first
 * seen, then by item in the order of the form; the unit-less overall don't-know findings follow the per-unit ones. A
 * report with no findings means that no check fired, not that the data are right.
 *
 * @param forms the number of forms checked
 * @param findings every finding, flags and notes
 * @param thresholds the thresholds used
 * @since 0.1
 */
public record QualityReport(long forms, List<QualityFinding> findings, QualityThresholds thresholds) {

    /**
     * Validates and copies.
     *
     * @param forms the number of forms checked
     * @param findings every finding
     * @param thresholds the thresholds used
     * @throws NullPointerException if the list, a finding or the thresholds are null
     * @throws IllegalArgumentException if the number of forms is negative
     */
    public QualityReport {
        if (forms < 0) {
            throw new IllegalArgumentException("forms must be zero or positive, not " + forms);
        }
        findings = List.copyOf(findings);
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * Returns the findings of one check.
     *
     * @param check the check
     * @return its findings, in report order; empty when it found nothing
     */
    public List<QualityFinding> findings(QualityCheck check) {
        Objects.requireNonNull(check, "check");
        return findings.stream().filter(f -> f.check().equals(check.code())).toList();
    }

    /**
     * Returns the findings that flag a problem, leaving out {@linkplain QualityCheck#isNote() notes}.
     *
     * @return the flags, in report order
     */
    public List<QualityFinding> flags() {
        return findings.stream().filter(f -> !isNote(f)).toList();
    }

    /**
     * Returns the findings that are only notes.
     *
     * @return the notes, in report order
     */
    public List<QualityFinding> notes() {
        return findings.stream().filter(QualityReport::isNote).toList();
    }

    /** A finding is a note when its code is that of a note check; an unknown code counts as a flag. */
    private static boolean isNote(QualityFinding f) {
        for (QualityCheck c : QualityCheck.values()) {
            if (c.code().equals(f.check())) {
                return c.isNote();
            }
        }
        return false;
    }

    /**
     * Returns whether no check flagged anything; notes may still be present.
     *
     * @return true when {@link #flags()} is empty
     */
    public boolean isClean() {
        return flags().isEmpty();
    }
}
