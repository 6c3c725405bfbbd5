package io.github.sipas.scoring.rank;

import java.util.Objects;

/**
 * How a {@link Ranking} is made: the way ties share ranks, the reliability threshold and whether units below it are
 * ranked. Immutable; build one with {@link #builder()} or take {@link #defaults()}.
 *
 * <pre>{@code
 * RankingOptions options = RankingOptions.builder().method(RankingMethod.DENSE).reliabilityThreshold(50)
 *         .excludeUnreliable(true).build();
 * }</pre>
 *
 * @param method how tied units share ranks
 * @param reliabilityThreshold the number of respondents below which a unit is flagged
 *     {@link RankingFlag#FEW_RESPONDENTS}; 0 flags none
 * @param excludeUnreliable whether flagged units are listed unranked rather than ranked
 * @since 0.1
 */
public record RankingOptions(RankingMethod method, int reliabilityThreshold, boolean excludeUnreliable) {

    /** The default reliability threshold: 30 respondents. */
    public static final int DEFAULT_RELIABILITY_THRESHOLD = 30;

    private static final RankingOptions DEFAULTS =
            new RankingOptions(RankingMethod.COMPETITION, DEFAULT_RELIABILITY_THRESHOLD, false);

    /**
     * Validates the options.
     *
     * @param method how tied units share ranks
     * @param reliabilityThreshold the number of respondents below which a unit is flagged; 0 flags none
     * @param excludeUnreliable whether flagged units are listed unranked rather than ranked
     * @throws NullPointerException if the method is null
     * @throws IllegalArgumentException if the threshold is negative
     */
    public RankingOptions {
        Objects.requireNonNull(method, "method");
        if (reliabilityThreshold < 0) {
            throw new IllegalArgumentException("reliabilityThreshold must be at least 0, not " + reliabilityThreshold);
        }
    }

    /**
     * Returns the defaults: {@link RankingMethod#COMPETITION}, a reliability threshold of 30 respondents, and
     * flagged units still ranked.
     *
     * @return the default options
     */
    public static RankingOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Starts configuring options, from the {@link #defaults()}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Configures {@link RankingOptions}. Not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private RankingMethod method = RankingMethod.COMPETITION;
        private int reliabilityThreshold = DEFAULT_RELIABILITY_THRESHOLD;
        private boolean excludeUnreliable;

        private Builder() {
        }

        /**
         * Sets how tied units share ranks; {@link RankingMethod#COMPETITION} unless set.
         *
         * @param value the method
         * @return this builder
         * @throws NullPointerException if the method is null
         */
        public Builder method(RankingMethod value) {
            this.method = Objects.requireNonNull(value, "method");
            return this;
        }

        /**
         * Sets the number of respondents below which a unit is flagged {@link RankingFlag#FEW_RESPONDENTS}; 30
         * unless set. 0 flags no unit.
         *
         * @param value the threshold, at least 0
         * @return this builder
         * @throws IllegalArgumentException if the threshold is negative
         */
        public Builder reliabilityThreshold(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("reliabilityThreshold must be at least 0, not " + value);
            }
            this.reliabilityThreshold = value;
            return this;
        }

        /**
         * Sets whether units with fewer respondents than the threshold are listed unranked, with the reason, rather
         * than ranked; false (ranked, flagged) unless set.
         *
         * @param value true to leave flagged units unranked
         * @return this builder
         */
        public Builder excludeUnreliable(boolean value) {
            this.excludeUnreliable = value;
            return this;
        }

        /**
         * Returns the options.
         *
         * @return the options
         */
        public RankingOptions build() {
            return new RankingOptions(method, reliabilityThreshold, excludeUnreliable);
        }
    }
}
