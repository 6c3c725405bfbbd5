package io.github.sipas.core.collect;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import io.github.sipas.core.Problem;

/**
 * What a {@link ResponseCollector} did with a submitted response.
 *
 * @param id the response id as stored: in its normalized form ({@link io.github.sipas.core.ResponseValidator#normalizeId},
 *     so {@code "K-0001"} for a submitted full-width {@code "Ｋ-0001"}), pseudonymized when the collector pseudonymizes;
 *     for a rejected response, the id as submitted (its pseudonym when pseudonymizing)
 * @param status accepted, duplicate or rejected
 * @param sequence the sequence number under which the response is stored (for a duplicate, that of the response
 *     stored first), or 0 when rejected
 * @param received when the stored response was received, or null when rejected
 * @param problems why it was rejected (at least one error), else empty
 * @since 0.1
 */
public record Receipt(String id, Status status, long sequence, Instant received, List<Problem> problems) {

    /**
     * What happened to a submitted response.
     *
     * @since 0.1
     */
    public enum Status {
        /** Validated and stored durably under a new sequence number. */
        ACCEPTED,
        /**
         * Not stored again: a response with this id is already stored (its sequence number is given). A client that
         * retries after a lost acknowledgement gets this, and knows its response is kept once.
         */
        DUPLICATE,
        /** Not stored: it breaks a rule; see the problems. */
        REJECTED
    }

    /**
     * Validates the fields and copies the problems.
     *
     * @param id the response id
     * @param status accepted, duplicate or rejected
     * @param sequence the sequence number, or 0 when rejected
     * @param received when the stored response was received, or null when rejected
     * @param problems why it was rejected, else empty
     * @throws NullPointerException if the id, status or problems are null, or the time of a stored response is
     * @throws IllegalArgumentException if a stored response has no sequence number or has problems, or a rejected one
     *     has a sequence number or no problem
     */
    public Receipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
        if (status == Status.REJECTED) {
            if (sequence != 0 || received != null || problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected response has no sequence or time and at least one "
                        + "problem; got sequence " + sequence + ", " + problems.size() + " problems");
            }
        } else {
            Objects.requireNonNull(received, "received");
            if (sequence < 1 || !problems.isEmpty()) {
                throw new IllegalArgumentException("a stored response has a sequence of 1 or more and no problem; "
                        + "got sequence " + sequence + ", " + problems.size() + " problems");
            }
        }
    }

    /**
     * Returns whether the response is stored: accepted now, or already stored before.
     *
     * @return true unless rejected
     */
    public boolean isStored() {
        return status != Status.REJECTED;
    }
}
