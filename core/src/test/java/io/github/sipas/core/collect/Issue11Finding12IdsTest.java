package io.github.sipas.core.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.sipas.core.Problem;
import io.github.sipas.core.Response;
import io.github.sipas.core.Rule;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;

/**
 * Issue 11, finding 12, its ids and its clock (the mixed periods are another test's):
 *
 * <blockquote>12. The collector accepts ids with NUL, CR, LF, lone surrogates, zero-width and bidi characters;
 * {@code K-0001} with a zero-width space, or with a full-width {@code Ｋ}, is stored as a new form instead of a
 * duplicate. One clock reading of {@code Instant.MAX} pins every later {@code received} time at year 1,000,000,000,
 * across restarts.</blockquote>
 *
 * <p>Now: such ids are rejected ({@link Rule#BAD_ID}) with the character's code point, name and position; ids are
 * compared and stored in NFKC, trimmed, so the full-width form is a duplicate, also after a restart; a clock reading
 * more than a day ahead of the last good one plus the elapsed monotonic time is replaced by that estimate and
 * counted, and a faulty time already stored does not hold later times back.
 *
 * <p>A review of that fix found lookalikes still accepted as new forms: {@code K-0001} followed by U+FE0F, U+034F,
 * U+3164, U+115F or U+2800; {@code K‐0001} (U+2010), {@code K−0001} (U+2212) and a Cyrillic {@code К} with Latin
 * letters; and a trailing tab or U+2028 trimmed, then accepted as a duplicate. Now the invisible ones are refused,
 * the dashes are one id, a mix of scripts is refused, and the raw id is checked before any trimming.
 */
class Issue11Finding12IdsTest {

    static final Survey SIPAS_2017 = Surveys.bundled("sipas-2017");
    static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

    @TempDir
    Path dir;

    /** A clock that reads what it is set to; and a monotonic clock, in nanoseconds, moved by hand. */
    static final class HandClock extends Clock {
        Instant now = T0;
        final AtomicLong nanos = new AtomicLong(1_000_000_000L);

        /** Lets time pass on both clocks. */
        void pass(Duration d) {
            now = now.plus(d);
            nanos.addAndGet(d.toNanos());
        }

        @Override
        public Instant instant() {
            return now;
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

    static Response form(String id) {
        return ResponseCollectorTest.form(id, "Sa Pa");
    }

    ResponseCollector collector(ResponseStore store, HandClock clock) throws IOException {
        return ResponseCollector.builder(SIPAS_2017).store(store).clock(clock).nanoTime(clock.nanos::get).build();
    }

    @Test
    void idsWithControlOrFormatCharactersAreRejectedNamingTheCharacterNeverRaw() throws IOException {
        String[][] cases = {
            {"K\u200B-0001", "U+200B ZERO WIDTH SPACE at position 2", "K\\u200B-0001"},
            {"K-0\u00001", "U+0000 NULL at position 4", "K-0\\u00001"},
            {"K-00\r01", "U+000D CARRIAGE RETURN (CR) at position 5", "K-00\\u000D01"},
            {"K-00\n01", "U+000A LINE FEED (LF) at position 5", "K-00\\u000A01"},
            {"K-\uD800001", "U+D800 (a lone surrogate) at position 3", "K-\\uD800001"},
            {"K\u200D-0001", "U+200D ZERO WIDTH JOINER at position 2", "K\\u200D-0001"},
            {"\u202EK-0001", "U+202E RIGHT-TO-LEFT OVERRIDE at position 1", "\\u202EK-0001"},
            {"K-\u20660001\u2069", "U+2066 LEFT-TO-RIGHT ISOLATE at position 3 (and 1 more such characters)",
                "K-\\u20660001\\u2069"},
            {"\uFEFFK-0001", "U+FEFF ZERO WIDTH NO-BREAK SPACE at position 1", "\\uFEFFK-0001"},
            {"K-\u001B[2J", "U+001B ESCAPE at position 3", "K-\\u001B[2J"},
        };
        ResponseCollectorTest.MemoryStore store = new ResponseCollectorTest.MemoryStore();
        try (ResponseCollector c = collector(store, new HandClock())) {
            for (String[] k : cases) {
                Receipt r = c.submit(form(k[0]));
                assertEquals(Receipt.Status.REJECTED, r.status(), k[1]);
                Problem p = r.problems().get(0);
                assertEquals(Rule.BAD_ID, p.rule());
                assertEquals("response_id", p.column());
                assertTrue(p.message().startsWith("the response id holds " + k[1] + ": "), p.message());
                assertEquals(k[2], p.value(), "the id with the hidden characters escaped");
                String id = k[0];
                assertFalse(p.toString().chars().anyMatch(ch -> Character.getType(ch) == Character.CONTROL
                        || Character.getType(ch) == Character.FORMAT || Character.isSurrogate((char) ch)),
                        "nothing raw on a terminal: " + p);
                assertFalse(c.contains(id));
            }
            assertEquals(cases.length, c.rejected());
            assertEquals(0, store.stored.size());
        }
    }

    @Test
    void defaultIgnorableAndBlankLookingCharactersAreRefusedByCodePointAndName() throws IOException {
        String[][] cases = {
            {"K-0001\uFE0F", "U+FE0F VARIATION SELECTOR-16 at position 7"},
            {"K-0001\u034F", "U+034F COMBINING GRAPHEME JOINER at position 7"},
            {"K-0001\u3164", "U+3164 HANGUL FILLER at position 7"},
            {"K-0001\u115F", "U+115F HANGUL CHOSEONG FILLER at position 7"},
            {"K-0001\u2800", "U+2800 BRAILLE PATTERN BLANK at position 7"},
            {"K-0001\t", "U+0009 CHARACTER TABULATION at position 7"},
            {"K-0001\u2028", "U+2028 LINE SEPARATOR at position 7"},
            {"\tK-0001", "U+0009 CHARACTER TABULATION at position 1"},
            {"K-0001\uDB40\uDD00", "U+E0100 VARIATION SELECTOR-17 at position 7"},
        };
        ResponseCollectorTest.MemoryStore store = new ResponseCollectorTest.MemoryStore();
        try (ResponseCollector c = collector(store, new HandClock())) {
            assertEquals(Receipt.Status.ACCEPTED, c.submit(form("K-0001")).status());
            for (String[] k : cases) {
                Receipt r = c.submit(form(k[0]));
                assertEquals(Receipt.Status.REJECTED, r.status(), k[1]);
                Problem p = r.problems().get(0);
                assertEquals(Rule.BAD_ID, p.rule());
                assertTrue(p.message().startsWith("the response id holds " + k[1] + ": "), p.message());
                assertFalse(p.value().equals(k[0]), "escaped, not raw: " + p.value());
            }
            assertEquals(1, store.stored.size());
        }
    }

    @Test
    void dashesAndTheMinusSignAreOneIdStoredWithAHyphenMinus() throws IOException {
        try (ResponseCollector c = collector(Journal.builder(dir, SIPAS_2017).open(), new HandClock())) {
            assertEquals(new Receipt("K-0001", Receipt.Status.ACCEPTED, 1, T0, List.of()),
                    c.submit(form("K\u20100001")), "U+2010 HYPHEN, stored as K-0001");
            for (String variant : new String[] {"K-0001", "K\u22120001", "K\u20130001", "K\u20140001",
                "K\u20110001", "K\uFE630001", "K\uFF0D0001"}) {
                Receipt r = c.submit(form(variant));
                assertEquals(Receipt.Status.DUPLICATE, r.status(), variant);
                assertEquals(1, r.sequence());
            }
        }
        try (ResponseCollector c = collector(Journal.builder(dir, SIPAS_2017).open(), new HandClock())) {
            assertEquals(Receipt.Status.DUPLICATE, c.submit(form("K\u22120001")).status(), "across a restart");
        }
    }

    @Test
    void anIdMixingScriptsIsRefusedNamingBothLettersButOneScriptIsAnId() throws IOException {
        ResponseCollectorTest.MemoryStore store = new ResponseCollectorTest.MemoryStore();
        try (ResponseCollector c = collector(store, new HandClock())) {
            Receipt mixed = c.submit(form("\u041AK-0001")); // Cyrillic KA, then a Latin K
            assertEquals(Receipt.Status.REJECTED, mixed.status());
            Problem p = mixed.problems().get(0);
            assertEquals(Rule.BAD_ID, p.rule());
            assertEquals("the response id mixes scripts: U+041A CYRILLIC CAPITAL LETTER KA at position 1 and "
                    + "U+004B LATIN CAPITAL LETTER K at position 2: the letters of an id must all be of one script, "
                    + "so that an id cannot look like another", p.message());
            assertEquals(Receipt.Status.REJECTED, c.submit(form("HS-\u03BF1")).status(), "Latin with a Greek omicron");
            assertEquals(Receipt.Status.ACCEPTED, c.submit(form("K-0001")).status());
            assertEquals(Receipt.Status.ACCEPTED, c.submit(form("\u041A-0001")).status(),
                    "wholly Cyrillic: one script, and not detected as a lookalike of K-0001 (documented)");
            assertEquals(Receipt.Status.ACCEPTED, c.submit(form("HS-Nguy\u1EC5n-Th\u1ECB-01")).status());
        }
    }

    @Test
    void theCsvReaderComparesAndRefusesIdsAsTheCollectorDoes() {
        String items = SIPAS_2017.criteria().stream().map(io.github.sipas.core.Item::id)
                .collect(java.util.stream.Collectors.joining(","));
        String answers = ",4".repeat(SIPAS_2017.criteria().size());
        String[] ids = {"K-0001", "\uFF2B-0001", "K\u22120001", "\"K-0001\t\"", "K\u200B-0001", "K-0001\uFE0F",
            "\u041AK-0001", "K-0002", " K-0003 ", "\u041A-0001"};
        StringBuilder csv = new StringBuilder("response_id,unit," + items + "\n");
        for (String id : ids) {
            csv.append(id).append(",Sa Pa").append(answers).append('\n');
        }
        io.github.sipas.core.ReadResult read = io.github.sipas.core.csv.CsvResponseReader.builder(SIPAS_2017).build()
                .readAll(new java.io.StringReader(csv.toString()), "ids.csv");
        assertEquals(List.of("K-0001", "K-0002", "K-0003", "\u041A-0001"),
                read.responses().stream().map(Response::id).toList());
        List<String> problems = read.report().problems().stream()
                .map(p -> p.line() + " " + p.rule().code() + " " + p.value()).toList();
        assertEquals(List.of("3 duplicate-id K-0001", "4 duplicate-id K-0001", "5 bad-id K-0001\\u0009",
                "6 bad-id K\\u200B-0001", "7 bad-id K-0001\\uFE0F", "8 bad-id \u041AK-0001"), problems);
        assertTrue(read.report().problems().get(3).message().startsWith(
                "the response id holds U+200B ZERO WIDTH SPACE at position 2: "));
    }

    @Test
    void fullWidthAndSpacedVariantsAreDuplicatesStoredInNormalForm() throws IOException {
        try (ResponseCollector c = collector(Journal.builder(dir, SIPAS_2017).open(), new HandClock())) {
            Receipt first = c.submit(form("\uFF2B-0001")); // full-width K
            assertEquals(new Receipt("K-0001", Receipt.Status.ACCEPTED, 1, T0, List.of()), first,
                    "stored and acknowledged as K-0001");
            for (String variant : new String[] {"K-0001", "K-0001 ", "\u3000K-0001", "K-\uFF10\uFF10\uFF10\uFF11"}) {
                Receipt r = c.submit(form(variant));
                assertEquals(Receipt.Status.DUPLICATE, r.status(), variant);
                assertEquals(1, r.sequence());
            }
            assertEquals(Receipt.Status.REJECTED, c.submit(form("K\u200B-0001")).status(),
                    "a zero-width space is no variant: it is refused");
            assertTrue(c.contains("\uFF2B-0001"));
        }
        List<Collected> stored = new ArrayList<>();
        Journal.read(dir, SIPAS_2017, false, stored::add);
        assertEquals(List.of("K-0001"), stored.stream().map(x -> x.response().id()).toList());
        try (ResponseCollector c = collector(Journal.builder(dir, SIPAS_2017).open(), new HandClock())) {
            assertEquals(Receipt.Status.DUPLICATE, c.submit(form("\uFF2B-0001")).status(), "across a restart");
        }
    }

    @Test
    void aJournalWrittenBeforeIdsWereNormalizedStillOpens() throws IOException {
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            j.replay(x -> { });
            j.write(List.of(new Collected(1, T0, form("\uFF2B-0001")), new Collected(2, T0, form("K-0001"))));
        }
        try (ResponseCollector c = collector(Journal.builder(dir, SIPAS_2017).open(), new HandClock())) {
            assertEquals(2, c.stored(), "both stored forms are kept");
            assertEquals(1, c.storedVariants());
            Receipt again = c.submit(form("K-0001"));
            assertEquals(Receipt.Status.DUPLICATE, again.status());
            assertEquals(1, again.sequence(), "a duplicate of the first");
        }
    }

    @Test
    void aJournalWithStoredDashVariantsStillOpensAndCountsThem() throws IOException {
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            j.replay(x -> { });
            j.write(List.of(new Collected(1, T0, form("K\u20100001")), new Collected(2, T0, form("K-0001")),
                    new Collected(3, T0, form("K-0002\uFE0F"))));
        }
        try (ResponseCollector c = collector(Journal.builder(dir, SIPAS_2017).open(), new HandClock())) {
            assertEquals(3, c.stored(), "every stored form is kept, an id refused now as well");
            assertEquals(1, c.storedVariants());
            assertEquals(1, c.submit(form("K\u22120001")).sequence(), "a duplicate of the first");
        }
    }

    @Test
    void pseudonymizedIdsAreNormalizedFirst() throws IOException {
        Pseudonymizer p = Pseudonymizer.withKey("a key of thirty-two bytes, long!".getBytes(StandardCharsets.UTF_8));
        ResponseCollectorTest.MemoryStore store = new ResponseCollectorTest.MemoryStore();
        try (ResponseCollector c = ResponseCollector.builder(SIPAS_2017).store(store).pseudonymize(p).build()) {
            Receipt first = c.submit(form("K-0001"));
            assertEquals(Receipt.Status.DUPLICATE, c.submit(form("\uFF2B-0001")).status());
            assertEquals(p.pseudonym("K-0001"), first.id());
            Receipt bad = c.submit(form("K\u200B-0001"));
            assertEquals(Receipt.Status.REJECTED, bad.status());
            assertEquals(p.pseudonym("K\u200B-0001"), bad.id(), "the receipt shows no real id");
            assertEquals(null, bad.problems().get(0).value(), "nor does the problem");
        }
    }

    @Test
    void oneReadingOfInstantMaxIsNotStoredAndPinsNothing() throws IOException {
        HandClock clock = new HandClock();
        try (ResponseCollector c = collector(Journal.builder(dir, SIPAS_2017).open(), clock)) {
            assertEquals(T0, c.submit(form("K-1")).received());
            clock.pass(Duration.ofSeconds(30));
            Instant good = clock.now;
            clock.now = Instant.MAX;
            Receipt glitch = c.submit(form("K-2"));
            assertEquals(good, glitch.received(), "the last good reading plus the 30 s elapsed");
            assertEquals(1, c.clockFaults());
            clock.now = good;
            clock.pass(Duration.ofSeconds(5));
            assertEquals(clock.now, c.submit(form("K-3")).received(), "the next good reading is taken");
        }
        List<Instant> times = new ArrayList<>();
        Journal.read(dir, SIPAS_2017, false, x -> times.add(x.received()));
        assertTrue(times.stream().allMatch(t -> t.isBefore(T0.plus(Duration.ofDays(1)))), times.toString());
    }

    @Test
    void aFaultyTimeAlreadyStoredDoesNotHoldLaterTimesBack() throws IOException {
        // What the collector stored before this guard: Instant.MAX, to the microsecond, then pinned there.
        Instant max = Instant.MAX.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            j.replay(x -> { });
            j.write(List.of(new Collected(1, T0, form("K-1")), new Collected(2, max, form("K-2")),
                    new Collected(3, max, form("K-3"))));
        }
        assertTrue(Files.readString(JournalTest.firstFile(dir)).contains("+1000000000-12-31T23:59:59.999999Z"));
        HandClock clock = new HandClock();
        clock.pass(Duration.ofHours(2));
        try (ResponseCollector c = collector(Journal.builder(dir, SIPAS_2017).open(), clock)) {
            assertEquals(clock.now, c.submit(form("K-4")).received());
            assertEquals(1, c.clockFaults(), "the stored time is counted as a fault");
            clock.pass(Duration.ofSeconds(1));
            assertEquals(clock.now, c.submit(form("K-5")).received());
        }
    }

    @Test
    void aReadingMoreThanADayAheadIsReplacedButAnIdleWeekIsNot() throws IOException {
        HandClock clock = new HandClock();
        try (ResponseCollector c = collector(new ResponseCollectorTest.MemoryStore(), clock)) {
            c.submit(form("K-1"));
            clock.pass(Duration.ofDays(7)); // both clocks: a kiosk idle for a week
            assertEquals(clock.now, c.submit(form("K-2")).received());
            assertEquals(0, c.clockFaults());

            Instant expected = clock.now.plusSeconds(10);
            clock.pass(Duration.ofSeconds(10));
            clock.now = clock.now.plus(Duration.ofDays(1)).plusSeconds(1); // the wall clock alone jumps a day
            assertEquals(expected, c.submit(form("K-3")).received());
            assertEquals(1, c.clockFaults());
            clock.now = expected.plus(Duration.ofHours(23)); // a day ahead at most: taken
            assertEquals(clock.now, c.submit(form("K-4")).received());
            assertEquals(1, c.clockFaults());
        }
    }

    @Test
    void aClockSetForwardIsTakenOnceItReadsConsistentlyForAMinute() throws IOException {
        HandClock clock = new HandClock();
        try (ResponseCollector c = collector(new ResponseCollectorTest.MemoryStore(), clock)) {
            c.submit(form("K-1"));
            Instant estimate = T0.plusSeconds(1);
            clock.pass(Duration.ofSeconds(1));
            clock.now = clock.now.plus(Duration.ofDays(30)); // NTP steps a clock that was a month behind
            assertEquals(estimate, c.submit(form("K-2")).received());
            clock.pass(Duration.ofSeconds(30));
            assertEquals(estimate.plusSeconds(30), c.submit(form("K-3")).received(), "not yet a minute");
            clock.pass(Duration.ofSeconds(61));
            assertEquals(clock.now, c.submit(form("K-4")).received(), "consistent for a minute: the clock was set");
            assertEquals(2, c.clockFaults());
            clock.pass(Duration.ofSeconds(1));
            assertEquals(clock.now, c.submit(form("K-5")).received());
        }
    }
}
