package io.github.sipas.core.collect;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Problem;
import io.github.sipas.core.Response;
import io.github.sipas.core.ResponseValidator;
import io.github.sipas.core.Survey;
import io.github.sipas.core.UnitList;

/**
 * Records responses as they arrive, for an application that embeds the library (a kiosk at a one-stop shop, a public
 * service portal): each submitted response is validated against the survey with the rules of the
 * {@link CsvResponseReader}, refused if its id was stored before, stamped with the time it was received and a sequence
 * number, and stored; the call returns only once the store says the response is durable.
 *
 * <pre>{@code
 * try (Journal journal = Journal.builder(Path.of("responses"), survey).open();
 *      ResponseCollector collector = ResponseCollector.builder(survey).store(journal)
 *              .quotas(Map.of("sa-pa", 385L)).listener(liveScores).build()) {
 *     Receipt r = collector.submit(response);   // ACCEPTED, DUPLICATE or REJECTED (with problems)
 * }
 * }</pre>
 *
 * <p><b>Threads.</b> Safe to call from many threads. Validation runs in the calling thread; a short lock orders the
 * duplicate check, the sequence number and the store's {@link ResponseStore#write write}; the wait for durability
 * ({@link ResponseStore#sync sync}) happens outside the lock, so a journal lets concurrent callers share one flush.
 * Listeners (such as live scores) hear of a response after it is durable, possibly not in sequence order.
 *
 * <p><b>Exactly once.</b> When the collector is built it replays the store: ids already stored are refused as
 * {@link Receipt.Status#DUPLICATE} with their sequence number, so a client that lost an acknowledgement (a crash, a
 * timeout) can resubmit safely. A duplicate is answered only after the stored copy is durable. If the store fails, the
 * collector refuses all later calls with an {@link IOException}; build a new one over the reopened store.
 *
 * <p><b>Ids.</b> An id that holds, anywhere (a trailing tab too), a control or format character (NUL, CR, LF, tab, a
 * zero-width or bidi control, a lone surrogate), another default-ignorable character (a variation selector, a Hangul
 * filler…) or U+2800 BRAILLE PATTERN BLANK, or whose letters mix scripts, is {@link Receipt.Status#REJECTED rejected}
 * with a {@link io.github.sipas.core.Rule#BAD_ID} problem that names the character by code point and position (see
 * {@link ResponseValidator}). Ids are compared and stored in their {@link ResponseValidator#normalizeId normalized
 * form}, NFKC, dashes as {@code -} and trimmed of spaces: {@code "Ｋ-0001"} (full-width), {@code "K‐0001"} (U+2010
 * HYPHEN) and {@code "K-0001 "} are duplicates of {@code "K-0001"}, and the receipt and the store give
 * {@code "K-0001"}. When the
 * collector pseudonymizes, the id is normalized first, so variants get one pseudonym. A store written before ids were
 * normalized still opens: its ids are compared in normalized form too, and of two stored ids that only normalization
 * makes equal the first is the one a resubmission duplicates (counted in {@link #storedVariants()}).
 *
 * <p><b>Time.</b> A response's {@code received} time is the clock's reading, truncated to microseconds, with guards
 * against a faulty clock, for a kiosk must go on taking responses: (1) it never goes back: a clock that steps back by
 * less than a day gives the last received time again until it catches up; (2) a reading later than
 * 9999-12-31T23:59:59.999999Z or earlier than year 0 (such as {@link Instant#MAX}), more than a day ahead of the last
 * good reading plus the time elapsed since on the monotonic clock ({@link System#nanoTime}), or more than a day behind
 * the last received time, is not taken: the response gets that estimate (the last good reading plus the elapsed
 * time, at least the last received time) and the fault is counted ({@link #clockFaults()}); nothing is refused; (3) if
 * the clock then keeps reading such times consistently (two faulty readings at least a minute apart that differ by the
 * elapsed time, within a second), the clock was set, and its readings are taken from then on, even if earlier than the
 * last received time; (4) a store whose last received time is more than a day after the first reading since the
 * collector was built (a faulty time stored before these guards) does not hold later times back. So
 * one reading of {@code Instant.MAX} costs nothing but a count, and is never stored.
 *
 * <p><b>Memory.</b> The ids of stored responses are kept exactly, with each one's sequence number and time (a hash
 * map, about 150 bytes an id): a million responses take about 150 MB. Responses themselves are not kept.
 *
 * @since 0.1
 */
public final class ResponseCollector implements AutoCloseable {

    private static final String SOURCE = "collector";

    private final Survey survey;
    private final ResponseValidator validator;
    private final Pseudonymizer pseudonymizer;
    private final ResponseStore store;
    private final Clock clock;
    private final List<CollectionListener> listeners;
    private final Map<String, Long> quotas;
    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder rejected = new LongAdder();

    /** Guards ids, lastSequence, lastReceived and failure. */
    private final Object lock = new Object();
    private final HashMap<String, Stored> ids = new HashMap<>();
    private long lastSequence;
    private Instant lastReceived = Instant.MIN;
    /** The last reading taken as good, and the monotonic time of it; null before any (a faulty first reading). */
    private Instant reference;
    private long referenceNanos;
    /** The last faulty reading, and its monotonic time, to tell a clock that was set from a glitch; or null. */
    private Instant candidate;
    private long candidateNanos;
    private final java.util.function.LongSupplier nanoTime;
    private final LongAdder clockFaults = new LongAdder();
    private long storedVariants;
    /** Whether the clock was read since the store was replayed. */
    private boolean started;
    private volatile Throwable failure;
    private volatile boolean closed;
    /** Calls of submitAll under way; guarded by lock. */
    private int inFlight;

    private ResponseCollector(Builder b) throws IOException {
        this.survey = b.survey;
        this.validator = new ResponseValidator(b.survey, b.units, SOURCE);
        this.pseudonymizer = b.pseudonymizer;
        this.store = Objects.requireNonNull(b.store, "store (not set; use a Journal, or a ResponseStore of your own)");
        this.clock = b.clock;
        this.nanoTime = b.nanoTime;
        this.listeners = List.copyOf(b.listeners);
        this.quotas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.quotas));
        store.replay(c -> {
            String key = ResponseValidator.normalizeId(c.response().id());
            Stored before = ids.putIfAbsent(key, new Stored(c.sequence(), c.received(), c.response().id()));
            if (before != null && !before.id().equals(c.response().id())) {
                // Two ids that only normalization makes one, stored before ids were normalized: both stay.
                storedVariants++;
            } else if (before != null) {
                throw new InputException(SOURCE, 0, "response_id", c.response().id(), null, "the store holds "
                        + "response id '" + c.response().id() + "' twice, at sequence " + before.sequence() + " and "
                        + c.sequence(), null);
            }
            if (c.sequence() <= lastSequence) {
                throw new InputException(SOURCE, 0, null, Long.toString(c.sequence()), null, "the store's sequence "
                        + "numbers do not increase: " + c.sequence() + " after " + lastSequence, null);
            }
            lastSequence = c.sequence();
            if (c.received().isAfter(lastReceived)) {
                lastReceived = c.received();
            }
            count(c);
            for (CollectionListener l : listeners) {
                l.accepted(c);
            }
        });
    }

    /** How far a clock reading may be from what the collector expects: a day. */
    private static final Duration MAX_AHEAD = Duration.ofDays(1);
    /** The latest time taken from a clock: the last of ISO 8601's four-digit years. */
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    /** The earliest time taken from a clock: the start of year 0. */
    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    /** How long a faulty clock must read consistently before it is taken as set. */
    private static final long SETTLE_NANOS = 60_000_000_000L;

    private static boolean inRange(Instant t) {
        return !t.isAfter(LATEST) && !t.isBefore(EARLIEST);
    }

    /** The received time of the responses stored now, as the class documentation describes; under lock. */
    private Instant receivedTime() {
        Instant now = clock.instant();
        long nanos = nanoTime.getAsLong();
        if (!started) {
            // The first reading since the store was replayed judges the store's last time.
            started = true;
            if (inRange(now)) {
                reference = now;
                referenceNanos = nanos;
            }
            if (!lastReceived.equals(Instant.MIN) && (!inRange(lastReceived)
                    || reference != null && lastReceived.isAfter(reference.plus(MAX_AHEAD)))) {
                clockFaults.increment(); // a faulty time stored earlier: it holds no later time back
                lastReceived = Instant.MIN;
            }
            if (reference == null && !lastReceived.equals(Instant.MIN)) {
                reference = lastReceived;
                referenceNanos = nanos;
            }
        }
        Instant estimate = reference == null ? null : reference.plusNanos(nanos - referenceNanos);
        boolean good = inRange(now)
                && (estimate == null || !now.isAfter(estimate.plus(MAX_AHEAD)))
                && (lastReceived.equals(Instant.MIN) || !now.isBefore(lastReceived.minus(MAX_AHEAD)));
        boolean set = false;
        if (!good && inRange(now) && candidate != null && nanos - candidateNanos >= SETTLE_NANOS) {
            Duration drift = Duration.between(candidate, now).minusNanos(nanos - candidateNanos);
            set = drift.abs().compareTo(Duration.ofSeconds(1)) <= 0;
        }
        Instant t;
        if (good || set) {
            reference = now;
            referenceNanos = nanos;
            candidate = null;
            t = now;
        } else {
            clockFaults.increment();
            if (inRange(now)) {
                candidate = now;
                candidateNanos = nanos;
            }
            t = estimate != null ? estimate : lastReceived.equals(Instant.MIN) ? Instant.EPOCH : lastReceived;
        }
        t = t.truncatedTo(ChronoUnit.MICROS);
        // The clock may step back (NTP); received times never do, so that sequence and time agree.
        if (!set && t.isBefore(lastReceived)) {
            t = lastReceived;
        }
        return t;
    }

    /** What is kept of a stored response: its sequence number, time and id as stored. */
    private record Stored(long sequence, Instant received, String id) {
    }

    /**
     * Starts building a collector for a survey.
     *
     * @param survey the survey whose responses are collected
     * @return a builder
     */
    public static Builder builder(Survey survey) {
        return new Builder(survey);
    }

    /**
     * Validates a response and, if it is valid and new, stores it durably.
     *
     * @param response the response
     * @return the receipt: {@link Receipt.Status#ACCEPTED accepted} with its sequence number and time,
     *     {@link Receipt.Status#DUPLICATE duplicate} of a stored response, or {@link Receipt.Status#REJECTED rejected}
     *     with the problems found
     * @throws IOException if the store fails now or failed before; the response may or may not be stored, and the
     *     collector accepts nothing more
     * @throws IllegalStateException if the collector is closed; or if a listener threw, after the response was stored
     */
    public Receipt submit(Response response) throws IOException {
        return submitAll(List.of(response)).get(0);
    }

    /**
     * Validates responses and stores the valid, new ones durably with one {@link ResponseStore#sync sync}: a batch is
     * faster than as many calls to {@link #submit}. Within the batch, a repeated id is a duplicate of its first
     * occurrence.
     *
     * @param responses the responses
     * @return a receipt for each response, in the same order
     * @throws IOException if the store fails now or failed before; the responses may or may not be stored, and the
     *     collector accepts nothing more
     * @throws IllegalStateException if the collector is closed; or if a listener threw, after the responses were
     *     stored (the message says so; resubmitting them gives {@link Receipt.Status#DUPLICATE})
     */
    public List<Receipt> submitAll(List<Response> responses) throws IOException {
        Objects.requireNonNull(responses, "responses");
        synchronized (lock) {
            checkUsable();
            inFlight++;
        }
        try {
            return store(responses);
        } finally {
            synchronized (lock) {
                if (--inFlight == 0) {
                    lock.notifyAll();
                }
            }
        }
    }

    private List<Receipt> store(List<Response> responses) throws IOException {
        Receipt[] receipts = new Receipt[responses.size()];
        Response[] valid = new Response[responses.size()];
        for (int i = 0; i < valid.length; i++) {
            Response r = Objects.requireNonNull(responses.get(i), "responses[" + i + "]");
            Optional<Problem> badId = validator.checkId(r.id());
            if (badId.isPresent()) {
                Problem p = badId.get();
                String shown = r.id();
                if (pseudonymizer != null) {
                    // Neither the receipt nor the problem shows the real id.
                    shown = pseudonymizer.pseudonym(r.id());
                    p = new Problem(p.source(), p.line(), p.columnNumber(), p.column(), null, p.rule(), p.message());
                }
                receipts[i] = new Receipt(shown, Receipt.Status.REJECTED, 0, null, List.of(p));
                rejected.increment();
                continue;
            }
            String id = ResponseValidator.normalizeId(r.id());
            if (!id.equals(r.id())) {
                r = new Response(id, r.unit(), r.period(), r.weight(), r.answers(), r.attributes());
            }
            if (pseudonymizer != null) {
                r = pseudonymizer.apply(r);
            }
            ResponseValidator.Outcome o = validator.check(r);
            if (o.response() == null) {
                receipts[i] = new Receipt(r.id(), Receipt.Status.REJECTED, 0, null, o.problems());
                rejected.increment();
            } else {
                valid[i] = o.response();
            }
        }
        List<Collected> batch = new ArrayList<>(valid.length);
        boolean duplicates = false;
        synchronized (lock) {
            checkFailure();
            Instant now = receivedTime();
            for (int i = 0; i < valid.length; i++) {
                if (valid[i] == null) {
                    continue;
                }
                Stored before = ids.get(valid[i].id());
                if (before != null) {
                    receipts[i] = new Receipt(valid[i].id(), Receipt.Status.DUPLICATE, before.sequence(),
                            before.received(), List.of());
                    duplicates = true;
                    continue;
                }
                Collected c = new Collected(lastSequence + 1 + batch.size(), now, valid[i]);
                batch.add(c);
                ids.put(valid[i].id(), new Stored(c.sequence(), now, valid[i].id()));
                receipts[i] = new Receipt(valid[i].id(), Receipt.Status.ACCEPTED, c.sequence(), now, List.of());
            }
            if (!batch.isEmpty()) {
                try {
                    store.write(List.copyOf(batch));
                } catch (IOException | RuntimeException | Error e) {
                    failure = e;
                    throw e;
                }
                lastSequence = batch.get(batch.size() - 1).sequence();
                lastReceived = now;
            }
        }
        if (!batch.isEmpty() || duplicates) {
            try {
                store.sync();
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
                throw e;
            }
        }
        for (Collected c : batch) {
            count(c);
        }
        RuntimeException listenerFailure = null;
        for (Collected c : batch) {
            for (CollectionListener l : listeners) {
                try {
                    l.accepted(c);
                } catch (RuntimeException e) {
                    if (listenerFailure == null) {
                        listenerFailure = new IllegalStateException("response '" + c.response().id() + "' is "
                                + "stored (sequence " + c.sequence() + "), but a listener failed: " + e, e);
                    }
                }
            }
        }
        if (listenerFailure != null) {
            throw listenerFailure;
        }
        return List.of(receipts);
    }

    private void checkUsable() throws IOException {
        if (closed) {
            throw new IllegalStateException("the collector is closed");
        }
        checkFailure();
    }

    private void checkFailure() throws IOException {
        Throwable f = failure;
        if (f != null) {
            throw new IOException("the collector stopped accepting responses after its store failed: " + f, f);
        }
    }

    private void count(Collected c) {
        counts.computeIfAbsent(c.response().unit(), u -> new LongAdder()).increment();
    }

    /**
     * Returns whether a response with this id is stored.
     *
     * @param id the response id as submitted (normalized, then pseudonymized when the collector pseudonymizes)
     * @return true if stored (replayed or accepted)
     */
    public boolean contains(String id) {
        String normal = ResponseValidator.normalizeId(id);
        String key = pseudonymizer == null ? normal : pseudonymizer.pseudonym(normal);
        synchronized (lock) {
            return ids.containsKey(key);
        }
    }

    /**
     * Returns the number of stored responses: replayed from the store and accepted since. A response accepted by
     * another thread is counted once its {@code submit} has made it durable.
     *
     * @return the count
     */
    public long stored() {
        long n = 0;
        for (LongAdder a : counts.values()) {
            n += a.sum();
        }
        return n;
    }

    /**
     * Returns the number of responses rejected since the collector was built (duplicates are not counted).
     *
     * @return the count
     */
    public long rejected() {
        return rejected.sum();
    }

    /**
     * Returns the number of clock readings not taken as they were (see the class documentation): faulty readings
     * replaced by an estimate, a faulty first reading, and a faulty last time in the store, since the collector was
     * built. A kiosk's monitoring can show it; it should stay 0.
     *
     * @return the count
     */
    public long clockFaults() {
        return clockFaults.sum();
    }

    /**
     * Returns the number of stored responses whose id, once normalized, is that of an earlier stored response: ids
     * such as {@code "Ｋ-0001"} and {@code "K-0001"} stored before ids were normalized. Both are kept and counted; a
     * resubmission is a duplicate of the first.
     *
     * @return the count, from the replay when the collector was built
     */
    public long storedVariants() {
        synchronized (lock) {
            return storedVariants;
        }
    }

    /**
     * Returns the number of stored responses of each unit, sorted by unit.
     *
     * @return unit to count
     */
    public Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((unit, n) -> out.put(unit, n.sum()));
        return out;
    }

    /**
     * Returns each unit's progress against its quota (see {@link SamplePlan#sampleSize} and
     * {@link SamplePlan#allocate} to set quotas), in the order the quotas were given, followed by units that have
     * responses but no quota (with a target of 0), so that a response for an unplanned unit shows.
     *
     * @return the progress of each unit
     */
    public List<SamplePlan.Progress> progress() {
        return SamplePlan.progress(quotas, counts());
    }

    /**
     * Returns the survey.
     *
     * @return the survey
     */
    public Survey survey() {
        return survey;
    }

    /**
     * Stops accepting responses, waits for the calls under way to finish (each gets its receipts, or its exception),
     * and closes the store. Later calls throw {@link IllegalStateException}.
     *
     * @throws IOException if the store cannot be closed
     */
    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            boolean interrupted = false;
            while (inFlight > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        store.close();
    }

    /**
     * Builds a {@link ResponseCollector}.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final Survey survey;
        private UnitList units;
        private ResponseStore store;
        private Clock clock = Clock.systemUTC();
        private java.util.function.LongSupplier nanoTime = System::nanoTime;
        private final List<CollectionListener> listeners = new ArrayList<>();
        private Map<String, Long> quotas = new LinkedHashMap<>();
        private Pseudonymizer pseudonymizer;

        private Builder(Survey survey) {
            this.survey = Objects.requireNonNull(survey, "survey");
        }

        /**
         * Checks units against a unit list, and stores a unit given by name or alias under its id.
         *
         * @param value the unit list, or null to take units as given
         * @return this builder
         */
        public Builder units(UnitList value) {
            this.units = value;
            return this;
        }

        /**
         * Sets the store; required. The collector closes it when closed.
         *
         * @param value the store, usually a {@link Journal}
         * @return this builder
         */
        public Builder store(ResponseStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /**
         * Sets the clock that stamps received times; the system's UTC clock unless set.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** For tests: the monotonic clock, in nanoseconds, that measures the time elapsed between readings. */
        Builder nanoTime(java.util.function.LongSupplier value) {
            this.nanoTime = Objects.requireNonNull(value, "nanoTime");
            return this;
        }

        /**
         * Adds a listener, told of every stored response (replayed ones first).
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(CollectionListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * Replaces each response id by its keyed pseudonym before anything else, so that the store, the receipts and
         * the listeners never see the real id. Duplicates are still refused: one key gives one id one pseudonym.
         * Keep the key: a collector over the same store with another key would not recognize a resubmitted id.
         *
         * @param value the pseudonymizer, or null to keep ids as given
         * @return this builder
         */
        public Builder pseudonymize(Pseudonymizer value) {
            this.pseudonymizer = value;
            return this;
        }

        /**
         * Sets the quota of forms for each unit, for {@link ResponseCollector#progress()}.
         *
         * @param value unit (as stored: the id when a unit list is set) to the number of forms wanted
         * @return this builder
         * @throws IllegalArgumentException if a quota is negative
         */
        public Builder quotas(Map<String, Long> value) {
            Map<String, Long> copy = new LinkedHashMap<>();
            value.forEach((unit, n) -> {
                if (Objects.requireNonNull(n, "quota of " + unit) < 0) {
                    throw new IllegalArgumentException("quota of unit '" + unit + "' must be zero or more, not " + n);
                }
                copy.put(Objects.requireNonNull(unit, "unit"), n);
            });
            this.quotas = copy;
            return this;
        }

        /**
         * Builds the collector: replays the store, telling the listeners of every stored response.
         *
         * @return the collector
         * @throws IOException if the store cannot be read
         * @throws InputException if the store holds the same id twice or its sequence numbers do not increase
         * @throws NullPointerException if no store is set
         */
        public ResponseCollector build() throws IOException {
            ResponseCollector c = new ResponseCollector(this);
            return c;
        }
    }
}
