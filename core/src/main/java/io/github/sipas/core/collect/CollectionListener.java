package io.github.sipas.core.collect;


/**
 * Told of each response a {@link ResponseCollector} holds: first those replayed from its store when it is built, then
 * each newly accepted one once it is durable. Live scores are a listener (see {@code LiveScores} in the scoring module).
 *
 * <p>Called from the threads that submit responses, possibly several at once, and not in sequence order: an
 * implementation must be thread-safe, quick, and must not call back into the collector.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CollectionListener {

    /**
     * Takes one response the collector holds.
     *
     * @param response the stored response
     */
    void accepted(Collected response);
}
