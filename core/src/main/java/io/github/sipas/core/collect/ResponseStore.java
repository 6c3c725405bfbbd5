package io.github.sipas.core.collect;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import io.github.sipas.core.InputException;

/**
 * Where a {@link ResponseCollector} keeps the responses it accepts. The default is a {@link Journal} (an append-only
 * JSON Lines file); an application can put responses in its own database by implementing this interface.
 *
 * <p>The collector calls the methods in this order: {@link #replay} once, when it is built; then, for each batch of
 * accepted responses, {@link #write} (from one thread at a time, in increasing sequence order) followed by {@link #sync}
 * (from any number of threads at once, outside the collector's lock); finally {@link #close}. A response is
 * acknowledged to the caller only after a {@code sync} that began after its {@code write} has returned, so a store
 * that makes writes durable in {@code sync} can let concurrent callers share one flush (group commit).
 *
 * <p>If {@code write} or {@code sync} throws, the collector stops accepting responses: after a failed flush it cannot
 * know what reached the disk, and retrying a flush can report success for data that was lost (as PostgreSQL learned
 * in 2018). Reopen the store, which replays what it really holds.
 *
 * @since 0.1
 */
public interface ResponseStore extends Closeable {

    /**
     * Hands every stored response, in sequence order, to the sink.
     *
     * @param sink receives each stored response
     * @throws IOException if the store cannot be read
     * @throws InputException if what is stored is corrupt; the exception names where
     */
    void replay(Consumer<? super Collected> sink) throws IOException;

    /**
     * Stores a batch of accepted responses, not necessarily durably yet.
     *
     * @param batch the responses, in increasing sequence order, all of them new to the store
     * @throws IOException if they cannot be stored
     */
    void write(List<Collected> batch) throws IOException;

    /**
     * Returns once everything written before this call is durable. Called from many threads at once.
     *
     * @throws IOException if durability cannot be ensured
     */
    void sync() throws IOException;
}
