package io.github.sipas.scoring.rank;

/**
 * A warning attached to a unit of a {@link Ranking}. Flags do not by themselves keep a unit from being ranked.
 *
 * @since 0.1
 */
public enum RankingFlag {

    /**
     * The unit has fewer respondents (forms) than the reliability threshold of the {@link RankingOptions} (30 unless
     * set). It is still ranked, unless {@link RankingOptions#excludeUnreliable()} is set.
     */
    FEW_RESPONDENTS
}
