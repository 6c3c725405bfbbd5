package io.github.sipas.scoring.uncertainty;

/**
 * How {@link RankSets} and {@link RankChanges} are computed: the confidence level, the parametric bootstrap's number
 * of draws and seed, and whether the stepdown refinement is used. Immutable; build one with {@link #builder()} or take
 * {@link #defaults()}.
 *
 * <pre>{@code
 * RankSetOptions options = RankSetOptions.builder().level(0.90).draws(2000).seed(20240611L).build();
 * }</pre>
 *
 * <p>The same options and estimates always give the same sets, whatever the order in which the estimates are listed:
 * the draws come from the generator {@code RandomSource.XO_RO_SHI_RO_128_PP.create(seed)} of Commons RNG and are
 * handed to the units in the order of their labels ({@link RankSets}).
 *
 * @param level the confidence level, in [0.5, 1); 0.95 unless set (csranks' {@code coverage}). Below 0.5 the critical
 *     values would be negative, establishing equal estimates as ordered and sets that exclude the estimated rank
 * @param draws the number of bootstrap draws, at least 1; 1,000 unless set (csranks' {@code R})
 * @param seed the seed of the bootstrap's generator; 1 unless set
 * @param stepdown whether the stepdown refinement is used; true unless set (csranks' {@code stepdown})
 * @since 0.1
 */
public record RankSetOptions(double level, int draws, long seed, boolean stepdown) {

    /** The default confidence level, 0.95. */
    public static final double DEFAULT_LEVEL = 0.95;

    /** The default number of bootstrap draws, 1,000 (as csranks). */
    public static final int DEFAULT_DRAWS = 1000;

    /** The default seed, 1. */
    public static final long DEFAULT_SEED = 1L;

    private static final RankSetOptions DEFAULTS = new RankSetOptions(DEFAULT_LEVEL, DEFAULT_DRAWS, DEFAULT_SEED, true);

    /**
     * Validates the options.
     *
     * @param level the confidence level
     * @param draws the number of bootstrap draws
     * @param seed the seed
     * @param stepdown whether the stepdown refinement is used
     * @throws IllegalArgumentException if the level is not in [0.5, 1) or draws is below 1
     */
    public RankSetOptions {
        checkLevel(level);
        checkDraws(draws);
    }

    private static void checkLevel(double level) {
        if (!(level >= 0.5 && level < 1)) {
            throw new IllegalArgumentException("level must be in [0.5, 1), not " + level);
        }
    }

    private static void checkDraws(int draws) {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be at least 1, not " + draws);
        }
    }

    /**
     * Returns the defaults: level 0.95, 1,000 draws, seed 1, stepdown.
     *
     * @return the default options
     */
    public static RankSetOptions defaults() {
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
     * Configures {@link RankSetOptions}. Not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private double level = DEFAULT_LEVEL;
        private int draws = DEFAULT_DRAWS;
        private long seed = DEFAULT_SEED;
        private boolean stepdown = true;

        private Builder() {
        }

        /**
         * Sets the confidence level; 0.95 unless set.
         *
         * @param value the level, in [0.5, 1)
         * @return this builder
         * @throws IllegalArgumentException if the level is not in [0.5, 1)
         */
        public Builder level(double value) {
            checkLevel(value);
            this.level = value;
            return this;
        }

        /**
         * Sets the number of bootstrap draws; 1,000 unless set.
         *
         * @param value the number, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the number is below 1
         */
        public Builder draws(int value) {
            checkDraws(value);
            this.draws = value;
            return this;
        }

        /**
         * Sets the seed of the bootstrap's generator; 1 unless set.
         *
         * @param value the seed
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Sets whether the stepdown refinement is used; true unless set.
         *
         * @param value true for the stepdown, false for the single-step sets
         * @return this builder
         */
        public Builder stepdown(boolean value) {
            this.stepdown = value;
            return this;
        }

        /**
         * Returns the options.
         *
         * @return the options
         */
        public RankSetOptions build() {
            return new RankSetOptions(level, draws, seed, stepdown);
        }
    }
}
