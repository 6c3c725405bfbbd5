package io.github.sipas.core.collect;

import java.time.Instant;
import java.util.Objects;
import io.github.sipas.core.Response;

/**
 * A response as a {@link ResponseCollector} stored it: its sequence number, the time it was received, and the
 * (validated, normalized) response.
 *
 * @param sequence the sequence number, from 1, increasing in the order responses were stored
 * @param received when the collector accepted it, by the collector's clock
 * @param response the response
 * @since 0.1
 */
public record Collected(long sequence, Instant received, Response response) {

    /**
     * Validates the fields.
     *
     * @param sequence the sequence number, from 1, increasing in the order responses were stored
     * @param received when the collector accepted it, by the collector's clock
     * @param response the response
     * @throws NullPointerException if the time or the response is null
     * @throws IllegalArgumentException if the sequence number is below 1
     */
    public Collected {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be 1 or more, not " + sequence);
        }
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(response, "response");
    }
}
