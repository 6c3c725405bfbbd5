package io.github.sipas.scoring;

import io.github.sipas.core.collect.Collected;
import io.github.sipas.core.collect.CollectionListener;
import io.github.sipas.core.collect.ResponseCollector;
import java.util.Objects;
import io.github.sipas.scoring.estimate.ScoreAccumulator;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;

/**
 * Scores that follow a {@link ResponseCollector} as responses arrive: register it as the collector's
 * {@link ResponseCollector.Builder#listener listener}, and ask for a {@link #snapshot()} at any time.
 *
 * <pre>{@code
 * LiveScores live = LiveScores.of(Scorer.of(survey));
 * ResponseCollector collector = ResponseCollector.builder(survey).store(journal).listener(live).build();
 * ...
 * Scorecard now = live.snapshot();   // every response stored so far, the replayed ones included
 * }</pre>
 *
 * <p>Thread-safe without a global lock: responses go into one of several {@link ScoreAccumulator accumulators}
 * (chosen by the submitting thread), each with its own lock, and a snapshot {@link ScoreAccumulator#combine combines}
 * them into a fresh one. Since accumulators merge exactly up to floating-point order, a snapshot equals the scorecard
 * of one pass over the same responses to about 1e-12 (exactly, when the sums are exact: no weights, or weights that are
 * short binary fractions such as 0.5 or 1.25). A snapshot taken while responses arrive includes each one or not,
 * whole.
 *
 * @since 0.1
 */
public final class LiveScores implements CollectionListener {

    private final Scorer scorer;
    private final ScoreAccumulator[] stripes;

    private LiveScores(Scorer scorer, int stripes) {
        this.scorer = scorer;
        this.stripes = new ScoreAccumulator[stripes];
        for (int i = 0; i < stripes; i++) {
            this.stripes[i] = scorer.accumulator();
        }
    }

    /**
     * Creates live scores for a scorer, with as many accumulators as twice the processors (at least 2).
     *
     * @param scorer the scorer
     * @return live scores with no response yet
     */
    public static LiveScores of(Scorer scorer) {
        Objects.requireNonNull(scorer, "scorer");
        return new LiveScores(scorer, Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Adds a stored response to the scores.
     *
     * @param response the stored response
     * @throws IllegalArgumentException if it answers a criterion with a code not on its scale (a collector validates
     *     responses before they are stored, so this does not happen behind one), or its weight lies more than
     *     2<sup>210</sup> from the first weight of its unit in the accumulator it goes to
     *     ({@link ScoreAccumulator#add}); it is then not added
     */
    @Override
    public void accepted(Collected response) {
        Objects.requireNonNull(response, "response");
        ScoreAccumulator a = stripes[(int) (Thread.currentThread().getId() % stripes.length)];
        synchronized (a) {
            a.add(response.response());
        }
    }

    /**
     * Returns the scorecard of every response added so far.
     *
     * @return the scorecard
     * @throws IllegalArgumentException if two accumulators' first weights of a unit lie more than 2<sup>210</sup>
     *     apart ({@link ScoreAccumulator#combine}), which takes weights so far apart that their squares cannot be
     *     summed
     */
    public Scorecard snapshot() {
        ScoreAccumulator all = scorer.accumulator();
        for (ScoreAccumulator a : stripes) {
            synchronized (a) {
                all.combine(a);
            }
        }
        return all.result();
    }

    /**
     * Returns the number of responses added so far.
     *
     * @return the count
     */
    public long count() {
        long n = 0;
        for (ScoreAccumulator a : stripes) {
            synchronized (a) {
                n += a.count();
            }
        }
        return n;
    }

    /**
     * Returns the scorer.
     *
     * @return the scorer
     */
    public Scorer scorer() {
        return scorer;
    }
}
