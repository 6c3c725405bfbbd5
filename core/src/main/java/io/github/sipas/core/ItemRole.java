package io.github.sipas.core;

/**
 * What an item of a questionnaire is for.
 *
 * @since 0.1
 */
public enum ItemRole {
    /** A criterion (tiêu chí) rated on the satisfaction scale; criteria make the indices. */
    CRITERION,
    /** An "in general" question about an element, or about the service as a whole; reported, not folded into the index. */
    IN_GENERAL,
    /** A perception question (nhận định), published as the share choosing each option. */
    PERCEPTION,
    /** A needs and expectations question (nhu cầu, mong đợi), published as the share choosing each option. */
    EXPECTATION,
    /** A demographic question (sex, age, ethnicity, education, occupation). */
    DEMOGRAPHIC
}
