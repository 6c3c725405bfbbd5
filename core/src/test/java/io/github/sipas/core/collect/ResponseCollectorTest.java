package io.github.sipas.core.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.sipas.core.Answer;
import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Response;
import io.github.sipas.core.Rule;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.core.UnitList;

class ResponseCollectorTest {

    static final Survey SIPAS_2017 = Surveys.bundled("sipas-2017");
    static final UnitList LAOCAI = UnitList.bundled("laocai-2023");

    @TempDir
    Path dir;

    /** A clock that moves on a second per reading, or back when told. */
    static final class StepClock extends Clock {
        Instant now = Instant.parse("2026-11-29T08:00:00.1234567Z");

        @Override
        public Instant instant() {
            Instant t = now;
            now = now.plusSeconds(1);
            return t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** A store in memory that can be told to fail. */
    static class MemoryStore implements ResponseStore {
        final List<Collected> stored = Collections.synchronizedList(new ArrayList<>());
        final List<Collected> durable = Collections.synchronizedList(new ArrayList<>());
        volatile boolean failWrite;
        volatile boolean failSync;
        int syncs;
        boolean closed;

        @Override
        public void replay(Consumer<? super Collected> sink) {
            stored.forEach(sink);
        }

        @Override
        public void write(List<Collected> batch) throws IOException {
            if (failWrite) {
                throw new IOException("disk full");
            }
            stored.addAll(batch);
        }

        @Override
        public synchronized void sync() throws IOException {
            if (failSync) {
                throw new IOException("fsync failed");
            }
            syncs++;
            durable.clear();
            durable.addAll(stored);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    static Response form(String id, String unit) {
        return Response.builder(id).unit(unit).answer("A1", 4).answer("A2", 5).build();
    }

    @Test
    void acceptsAValidResponseWithSequenceAndReceivedTime() throws IOException {
        MemoryStore store = new MemoryStore();
        StepClock clock = new StepClock();
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(store).clock(clock).build()) {
            Receipt r = c.submit(form("K-1", "Sa Pa"));
            assertEquals(new Receipt("K-1", Receipt.Status.ACCEPTED, 1, Instant.parse("2026-11-29T08:00:00.123456Z"),
                    List.of()), r, "time kept to the microsecond");
            assertTrue(r.isStored());
            Receipt r2 = c.submit(form("K-2", "Sa Pa"));
            assertEquals(2, r2.sequence());
            assertEquals(List.of(1L, 2L), store.durable.stream().map(Collected::sequence).toList(),
                    "acknowledged only once synced");
            assertEquals(2, c.stored());
            assertTrue(c.contains("K-2"));
            assertFalse(c.contains("K-3"));
        }
        assertTrue(store.closed, "closing the collector closes its store");
    }

    @Test
    void refusesADuplicateIdGivingTheStoredSequence() throws IOException {
        MemoryStore store = new MemoryStore();
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(store).clock(new StepClock())
                .build()) {
            Receipt first = c.submit(form("K-1", "Sa Pa"));
            Receipt again = c.submit(Response.builder("K-1").unit("Bát Xát").answer("A1", 1).build());
            assertEquals(Receipt.Status.DUPLICATE, again.status());
            assertEquals(first.sequence(), again.sequence());
            assertEquals(first.received(), again.received());
            assertTrue(again.isStored(), "the response with that id is stored");
            assertEquals(1, store.stored.size());
            assertEquals(0, c.rejected(), "a duplicate is not a rejection");
        }
    }

    @Test
    void aBatchIsStoredWithOneSyncAndRepeatsWithinItAreDuplicates() throws IOException {
        MemoryStore store = new MemoryStore();
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(store).clock(new StepClock())
                .build()) {
            List<Receipt> rs = c.submitAll(List.of(form("a", "u"), form("b", "u"),
                    Response.builder("c").unit("u").answer("A1", 9).build(), form("a", "u")));
            assertEquals(List.of(Receipt.Status.ACCEPTED, Receipt.Status.ACCEPTED, Receipt.Status.REJECTED,
                    Receipt.Status.DUPLICATE), rs.stream().map(Receipt::status).toList());
            assertEquals(List.of(1L, 2L, 0L, 1L), rs.stream().map(Receipt::sequence).toList());
            assertEquals(rs.get(0).received(), rs.get(1).received(), "one batch, one time");
            assertEquals(1, store.syncs);
            assertEquals(List.of(), c.submitAll(List.of()));
            assertEquals(1, store.syncs, "an empty batch needs no sync");
        }
    }

    @Test
    void rejectsWhatTheCsvReaderWouldRejectNamingItemAndValue() throws IOException {
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).units(LAOCAI).store(new MemoryStore())
                .build()) {
            Map<Response, String> cases = new LinkedHashMap<>();
            cases.put(Response.builder("1").unit("Sa Pa").answer("A1", 7).build(),
                    "collector:0: error: out-of-range [A1] '7': response '1': item A1 takes 1..5, or 0 (don't "
                    + "know)");
            cases.put(Response.builder("2").unit("Sa Pa").answer("Z9", 3).build(),
                    "collector:0: error: unknown-item [Z9] '3': response '2': survey 'sipas-2017' has no item 'Z9'");
            cases.put(Response.builder("3").unit("Sa Pa").answer("A1", Answer.choices(1, 2)).build(),
                    "collector:0: error: not-a-code [A1] '1,2': response '3': item A1 takes one code (1..5, or 0 "
                    + "(don't know)), not choices");
            cases.put(Response.builder("4").unit("Sa Pa").answer("A1", Answer.text("tốt")).build(),
                    "collector:0: error: not-a-code [A1] 'tốt': response '4': item A1 takes one code (1..5, or 0 "
                    + "(don't know)), not text");
            cases.put(Response.builder("5").unit("Sa Pa").answer("EXPECT", Answer.choices(2, 9)).build(),
                    "collector:0: error: out-of-range [EXPECT] '2,9': response '5': item EXPECT takes "
                    + "choices among 1..6; not 9");
            cases.put(Response.builder("6").unit("Sa Pa").answer("EXPECT", 2).build(),
                    "collector:0: error: not-a-code [EXPECT] '2': response '6': item EXPECT is multi-select "
                    + "and takes choices (Answer.choices), not a single code");
            cases.put(Response.builder("7").unit("EXPECT").answer("EXPECT", Answer.dontKnow()).build(),
                    "collector:0: error: unknown-unit [unit] 'EXPECT': response '7': no unit of the unit list has "
                    + "this id, name or alias; known: ");
            for (Map.Entry<Response, String> e : cases.entrySet()) {
                Receipt r = c.submit(e.getKey());
                assertEquals(Receipt.Status.REJECTED, r.status());
                assertEquals(0, r.sequence());
                assertNull(r.received());
                assertTrue(r.problems().get(0).toString().startsWith(e.getValue()), r.problems().toString());
            }
            Receipt two = c.submit(Response.builder("8").unit("Nowhere").answer("A1", 9).build());
            assertEquals(2, two.problems().size(), "every problem of a response is reported");
            assertEquals(8, c.rejected());
            assertEquals(0, c.stored());
        }
    }

    @Test
    void storesUnitsByIdAndSpecialCodesAsTheReaderDoes() throws IOException {
        MemoryStore store = new MemoryStore();
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).units(LAOCAI).store(store).build()) {
            Response given = Response.builder("1").unit("tp lào cai").answer("A1", 0).answer("A2", 5)
                    .answer("EXPECT", Answer.choices(1, 6)).attribute("sex", "nam").build();
            assertEquals(Receipt.Status.ACCEPTED, c.submit(given).status());
            Response kept = store.stored.get(0).response();
            assertEquals(LAOCAI.find("Thành phố Lào Cai").orElseThrow().id(), kept.unit());
            assertEquals(Answer.dontKnow(), kept.answer("A1"), "0 is the scale's don't-know code");
            assertEquals(Answer.point(5), kept.answer("A2"));
            assertEquals(given.attributes(), kept.attributes());
            assertEquals(List.copyOf(given.answers().keySet()), List.copyOf(kept.answers().keySet()));
        }
        MemoryStore plain = new MemoryStore();
        Response asGiven = form("x", "any unit");
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(plain).build()) {
            c.submit(asGiven);
        }
        assertSame(asGiven, plain.stored.get(0).response(), "a response with nothing to normalize is kept as is");
    }

    @Test
    void rebuildingOverTheJournalReplaysItsResponses() throws IOException {
        List<Collected> heard = Collections.synchronizedList(new ArrayList<>());
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017)
                .store(Journal.builder(dir, SIPAS_2017).open()).build()) {
            c.submit(form("a", "u1"));
            c.submit(form("b", "u2"));
            c.submit(form("c", "u2"));
        }
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017)
                .store(Journal.builder(dir, SIPAS_2017).open()).listener(heard::add).build()) {
            assertEquals(3, c.stored());
            assertEquals(Map.of("u1", 1L, "u2", 2L), c.counts());
            assertEquals(List.of("a", "b", "c"), heard.stream().map(x -> x.response().id()).toList(),
                    "listeners hear the replayed responses first");
            Receipt dup = c.submit(form("b", "u2"));
            assertEquals(Receipt.Status.DUPLICATE, dup.status());
            assertEquals(2, dup.sequence());
            assertEquals(heard.get(1).received(), dup.received());
            Receipt next = c.submit(form("d", "u1"));
            assertEquals(4, next.sequence(), "numbering goes on after the replayed responses");
            assertTrue(!next.received().isBefore(heard.get(2).received()));
            assertEquals(4, heard.size(), "and then each accepted one");
        }
    }

    @Test
    void reportsProgressAgainstQuotas() throws IOException {
        Map<String, Long> quotas = new LinkedHashMap<>();
        quotas.put("u2", 2L);
        quotas.put("u1", 3L);
        quotas.put("u3", 1L);
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(new MemoryStore()).quotas(quotas)
                .build()) {
            c.submitAll(List.of(form("a", "u1"), form("b", "u2"), form("c", "u2"), form("d", "u2"), form("e", "u9")));
            assertEquals(List.of(new SamplePlan.Progress("u2", 2, 3), new SamplePlan.Progress("u1", 3, 1),
                    new SamplePlan.Progress("u3", 1, 0), new SamplePlan.Progress("u9", 0, 1)), c.progress(),
                    "quotas in the order given, then units with no quota");
            assertEquals(Map.of("u1", 1L, "u2", 3L, "u9", 1L), c.counts());
        }
        assertThrows(IllegalArgumentException.class,
                () -> ResponseCollector.builder(SIPAS_2017).quotas(Map.of("u", -1L)));
    }

    @Test
    void receivedTimesNeverGoBackWhenTheClockDoes() throws IOException {
        StepClock clock = new StepClock();
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(new MemoryStore()).clock(clock)
                .build()) {
            Instant t1 = c.submit(form("a", "u")).received();
            clock.now = clock.now.minusSeconds(3600);
            Instant t2 = c.submit(form("b", "u")).received();
            assertEquals(t1, t2);
        }
    }

    @Test
    void aFailedSyncStopsTheCollector() throws IOException {
        MemoryStore store = new MemoryStore();
        ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(store).build();
        c.submit(form("a", "u"));
        store.failSync = true;
        IOException e = assertThrows(IOException.class, () -> c.submit(form("b", "u")));
        assertEquals("fsync failed", e.getMessage());
        store.failSync = false;
        IOException later = assertThrows(IOException.class, () -> c.submit(form("c", "u")));
        assertTrue(later.getMessage().contains("stopped accepting responses after its store failed"),
                later.getMessage());
        assertThrows(IOException.class, () -> c.submit(form("a", "u")), "not even a duplicate is answered");
        assertEquals(1, c.stored(), "b was never acknowledged");
        c.close();
    }

    @Test
    void aFailedWriteStopsTheCollector() throws IOException {
        MemoryStore store = new MemoryStore();
        store.failWrite = true;
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(store).build()) {
            assertThrows(IOException.class, () -> c.submit(form("a", "u")));
            store.failWrite = false;
            assertThrows(IOException.class, () -> c.submit(form("b", "u")));
        }
    }

    @Test
    void aClosedCollectorRefusesResponses() throws IOException {
        ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(new MemoryStore()).build();
        c.close();
        c.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.submit(form("a", "u")));
        assertEquals("the collector is closed", e.getMessage());
    }

    @Test
    void aStoreHoldingAnIdTwiceIsRefused() {
        MemoryStore store = new MemoryStore();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        store.stored.add(new Collected(1, t, form("a", "u")));
        store.stored.add(new Collected(2, t, form("a", "u")));
        InputException e = assertThrows(InputException.class,
                () -> ResponseCollector.builder(SIPAS_2017).store(store).build());
        assertTrue(e.getMessage().contains("response id 'a' twice, at sequence 1 and 2"), e.getMessage());
        store.stored.set(1, new Collected(1, t, form("b", "u")));
        e = assertThrows(InputException.class, () -> ResponseCollector.builder(SIPAS_2017).store(store).build());
        assertTrue(e.getMessage().contains("do not increase: 1 after 1"), e.getMessage());
    }

    @Test
    void pseudonymizesIdsBeforeStoringAndStillRefusesDuplicates() throws IOException {
        MemoryStore store = new MemoryStore();
        Pseudonymizer key = Pseudonymizer.withKey(
                "a secret of the province".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(store).pseudonymize(key).build()) {
            Receipt r = c.submit(form("0912345678", "u"));
            assertEquals(key.pseudonym("0912345678"), r.id());
            assertEquals(32, r.id().length(), "16 bytes in hex");
            assertEquals(r.id(), store.stored.get(0).response().id(), "the real id never reaches the store");
            assertTrue(c.contains("0912345678"));
            assertEquals(Receipt.Status.DUPLICATE, c.submit(form("0912345678", "u")).status());
        }
    }

    @Test
    void anOversizedResponseIsRejectedNotStored() throws IOException {
        MemoryStore store = new MemoryStore();
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(store).build()) {
            Response big = Response.builder("big").unit("u").answer("A1", 4)
                    .attribute("note", "x".repeat((int) CsvResponseReader.DEFAULT_MAX_RECORD_LENGTH)).build();
            Receipt r = c.submit(big);
            assertEquals(Receipt.Status.REJECTED, r.status());
            assertEquals(Rule.TOO_LONG, r.problems().get(0).rule());
            assertTrue(r.problems().get(0).message().contains("at most 4194304"), r.problems().toString());
            assertEquals(0, store.stored.size());
            assertEquals(Receipt.Status.ACCEPTED, c.submit(form("small", "u")).status(), "and goes on");
        }
    }

    @Test
    void blankAttributesAreDroppedAndSpecialCodesOfMultiSelectItemsRead() throws IOException {
        MemoryStore store = new MemoryStore();
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(store).build()) {
            c.submit(Response.builder("a").unit("u").answer("A1", 4).attribute("sex", " ").attribute("age", "30-44")
                    .build());
            assertEquals(Map.of("age", "30-44"), store.stored.get(0).response().attributes());
        }
    }

    @Test
    void closeWaitsForACallUnderWay() throws Exception {
        java.util.concurrent.CountDownLatch syncing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        MemoryStore store = new MemoryStore() {
            @Override
            public synchronized void sync() throws IOException {
                syncing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                super.sync();
            }
        };
        ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(store).build();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.Future<Receipt> submitted = pool.submit(() -> c.submit(form("a", "u")));
        syncing.await();
        java.util.concurrent.Future<?> closing = pool.submit(() -> {
            c.close();
            return null;
        });
        Thread.sleep(200);
        assertFalse(closing.isDone(), "close waits for the submit under way");
        assertFalse(store.closed);
        assertThrows(IllegalStateException.class, () -> c.submit(form("b", "u")), "new calls are refused");
        release.countDown();
        assertEquals(Receipt.Status.ACCEPTED, submitted.get().status());
        closing.get();
        assertTrue(store.closed);
        assertEquals(1, store.durable.size());
        pool.shutdown();
    }

    @Test
    void aFailingListenerDoesNotHideThatTheResponseIsStored() throws IOException {
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(new MemoryStore())
                .listener(x -> {
                    throw new UnsupportedOperationException("dashboard down");
                })
                .listener(x -> heard.add(x.response().id())).build()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.submit(form("a", "u")));
            assertTrue(e.getMessage().contains("response 'a' is stored (sequence 1), but a listener failed"),
                    e.getMessage());
            assertEquals(List.of("a"), heard, "the other listeners are still told");
            assertEquals(1, c.stored());
            assertEquals(Map.of("u", 1L), c.counts());
            assertEquals(Receipt.Status.DUPLICATE, c.submit(form("a", "u")).status());
        }
    }

    @Test
    void needsAStore() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> ResponseCollector.builder(SIPAS_2017).build());
        assertTrue(e.getMessage().startsWith("store"), e.getMessage());
    }

    @Test
    void listenersHearOnlyDurableResponses() throws IOException {
        MemoryStore store = new MemoryStore();
        AtomicReference<Integer> durableWhenHeard = new AtomicReference<>();
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(store)
                .listener(x -> durableWhenHeard.set(store.durable.size())).build()) {
            c.submit(form("a", "u"));
            assertEquals(1, durableWhenHeard.get());
            c.submit(Response.builder("b").unit("u").answer("A1", 8).build());
            assertEquals(1, durableWhenHeard.get(), "a rejected response is not heard of");
        }
    }
}
