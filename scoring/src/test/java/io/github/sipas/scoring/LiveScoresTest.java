package io.github.sipas.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Answer;
import io.github.sipas.core.collect.Collected;
import io.github.sipas.core.Item;
import io.github.sipas.core.collect.Journal;
import io.github.sipas.core.collect.Receipt;
import io.github.sipas.core.Response;
import io.github.sipas.core.collect.ResponseCollector;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.estimate.Variant;

class LiveScoresTest {

    static final Survey SURVEY = Surveys.bundled("sipas-2017");
    static final int THREADS = 8;
    
    @TempDir
    Path dir;

    /**
     * Forms over 12 units with don't know, blanks, multi-select answers and weights that are short binary fractions
     * (0.5 to 2.75), so that every sum is exact in any order and scores must agree to the last bit.
     */
    static List<Response> forms(int n, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<Response> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Response.Builder b = Response.builder("F" + seed + "-" + i).unit("U" + rng.nextInt(12))
                    .weight(0.5 + 0.25 * rng.nextInt(10))
                    .attribute("sex", rng.nextBoolean() ? "nam" : "nữ");
            int mood = rng.nextInt(5);
            for (Item item : SURVEY.items()) {
                if (item.id().equals("EXPECT")) {
                    b.answer("EXPECT", rng.nextInt(4) == 0 ? Answer.unanswered() : Answer.choices(1 + rng.nextInt(6),
                            1 + rng.nextInt(6)));
                    continue;
                }
                int u = rng.nextInt(20);
                b.answer(item.id(), u == 0 ? Answer.dontKnow() : u == 1 ? Answer.unanswered()
                        : Answer.point(Math.min(5, 1 + mood + rng.nextInt(2))));
            }
            out.add(b.build());
        }
        return out;
    }

    /**
     * 8 threads × 10,000 responses through one collector. The journal does not force to the disk here
     * ({@link Journal.Sync#NONE}): forcing changes when a call returns, not what is stored, and 80,000 forces take
     * most of a minute on a shared disk; the same test runs with real forces on fewer responses, where concurrent
     * callers share forces ({@code GROUP}) or not ({@code EACH}). Throughput with forces is measured by
     * {@code sipas bench-collect}, not here.
     */
    @ParameterizedTest(name = "{0}, 8 threads x {1}")
    @CsvSource({"NONE, 10000", "GROUP, 400", "EACH, 100"})
    void eightThreadsThroughOneCollectorScoreExactlyAsOneThread(Journal.Sync sync, int each) throws Exception {
        List<Response> all = forms(THREADS * each, 2026);
        Scorer scorer = Scorer.builder(SURVEY).variants(java.util.EnumSet.allOf(Variant.class)).build();
        Scorecard oneThread = scorer.score(all);

        LiveScores live = LiveScores.of(scorer);
        try (ResponseCollector collector = ResponseCollector.builder(SURVEY)
                .store(Journal.builder(dir, SURVEY).sync(sync).open()).listener(live).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Receipt>>> parts = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Response> mine = all.subList(t * each, (t + 1) * each);
                parts.add(pool.submit(() -> {
                    start.await();
                    List<Receipt> receipts = new ArrayList<>(each);
                    for (Response r : mine) {
                        receipts.add(collector.submit(r));
                    }
                    return receipts;
                }));
            }
            start.countDown();
            Set<Long> sequences = new HashSet<>();
            for (Future<List<Receipt>> f : parts) {
                for (Receipt r : f.get()) {
                    assertEquals(Receipt.Status.ACCEPTED, r.status(), r.toString());
                    assertTrue(sequences.add(r.sequence()), "sequence given twice: " + r.sequence());
                }
            }
            pool.shutdown();
            assertEquals(THREADS * each, sequences.size());
            assertEquals(THREADS * each, collector.stored());
            assertEquals(oneThread, live.snapshot(), "live scores, to the last bit");
            assertEquals(THREADS * each, live.count());
        }

        // The journal holds each response once, sequence numbers 1..n without a gap, and scores the same.
        List<Collected> read = new ArrayList<>();
        Journal.read(dir, SURVEY, false, read::add);
        assertEquals(THREADS * each, read.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < read.size(); i++) {
            assertEquals(i + 1, read.get(i).sequence());
            assertTrue(ids.add(read.get(i).response().id()));
        }
        Set<String> expected = new HashSet<>();
        all.forEach(r -> expected.add(r.id()));
        assertEquals(expected, ids);
        assertEquals(oneThread, scorer.score(read.stream().map(Collected::response).toList()));
    }

    @ParameterizedTest
    @EnumSource(Journal.Sync.class)
    void snapshotsIncludeReplayedResponses(Journal.Sync sync) throws IOException {
        List<Response> all = forms(300, 7);
        Scorer scorer = Scorer.of(SURVEY);
        try (ResponseCollector c = ResponseCollector.builder(SURVEY)
                .store(Journal.builder(dir, SURVEY).sync(sync).open()).build()) {
            c.submitAll(all.subList(0, 200));
        }
        LiveScores live = LiveScores.of(scorer);
        try (ResponseCollector c = ResponseCollector.builder(SURVEY)
                .store(Journal.builder(dir, SURVEY).sync(sync).open()).listener(live).build()) {
            assertEquals(scorer.score(all.subList(0, 200)), live.snapshot());
            for (Response r : all.subList(200, 300)) {
                c.submit(r);
            }
            assertEquals(scorer.score(all), live.snapshot());
            assertEquals(300, live.count());
        }
    }

    @Test
    void anEmptySnapshotHasNoUnits() {
        LiveScores live = LiveScores.of(Scorer.of(SURVEY));
        assertEquals(Scorer.of(SURVEY).score(List.of()).units(), live.snapshot().units());
        assertEquals(0, live.count());
    }

    @Test
    void refusesNulls() {
        assertThrows(NullPointerException.class, () -> LiveScores.of(null));
        LiveScores live = LiveScores.of(Scorer.of(SURVEY));
        assertThrows(NullPointerException.class, () -> live.accepted(null));
        live.accepted(new Collected(1, Instant.EPOCH, Response.builder("a").unit("u").answer("A1", 5).build()));
        assertEquals(1, live.snapshot().units().size());
    }
}
