package io.github.sipas.core.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.sipas.core.Item;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;

/**
 * Crash safety: a separate JVM appends responses through a collector and its journal (group commit, three threads
 * submitting single responses and batches at once) in a loop and is killed with SIGKILL at random moments; after each kill the journal is reopened and must hold every acknowledged response exactly
 * once, in order, with nothing else lost or damaged.
 *
 * <p>Each child first resubmits the response that was in flight when the previous one was killed (acknowledged or not,
 * it must end up stored once) and the last acknowledged one (which must come back as a duplicate). Small files (32 KiB)
 * make kills land during rotation too, and in one round of four the test appends half a record to the last file, as a
 * power cut in the middle of a write would leave it, which the next child must report and cut off.
 *
 * <p>{@value #DEFAULT_ROUNDS} kills in an ordinary build, the number the issue asks for (a JVM starts every round: about
 * 0.6 s a round on a quiet 2-core machine, 2 s on a busy one); {@code -Dsipas.killRounds=N} for another number.
 */
@org.junit.jupiter.api.Tag("slow")
class JournalCrashTest {

    static final int DEFAULT_ROUNDS = 200;
    static final Survey SURVEY = Surveys.bundled("sipas-2017");

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedResponseSurvivesSigkillExactlyOnce() throws Exception {
        int rounds = Integer.getInteger("sipas.killRounds", DEFAULT_ROUNDS);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261129L);
        Set<String> acknowledged = new LinkedHashSet<>();
        Set<String> tried = new HashSet<>();
        Set<String> inFlight = new LinkedHashSet<>();
        String lastAcknowledged = null;
        boolean tornPlanted = false;
        int tornSeen = 0;
        int tornPlantedCount = 0;
        long killedWhileWriting = 0;
        for (int round = 0; round < rounds; round++) {
            List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx64m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp",
                    System.getProperty("java.class.path"), Child.class.getName(), dir.toString(), "r" + round,
                    Long.toString(rng.nextLong())));
            for (String id : inFlight) {
                args.add("retry:" + id);
            }
            if (lastAcknowledged != null && !inFlight.contains(lastAcknowledged)) {
                args.add("dup:" + lastAcknowledged);
            }
            Process p = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the pipe closes when the child dies
                }
                lines.add("<eof>");
            });
            reader.start();
            String ready = lines.poll(60, TimeUnit.SECONDS);
            assertNotNull(ready, "round " + round + ": the child did not start within a minute");
            assertTrue(ready.startsWith("ready "), "round " + round + ": " + ready);
            if (tornPlanted) {
                assertTrue(ready.endsWith(" torn"), "round " + round + ": a planted torn line must be reported: "
                        + ready);
            }
            if (ready.endsWith(" torn")) {
                tornSeen++;
            }
            Thread.sleep(rng.nextInt(120));
            // SIGKILL on Linux and macOS. Through the handle: Process.destroyForcibly would also close our end of the
            // child's stdout and lose acknowledgements still in the pipe.
            p.toHandle().destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "round " + round + ": the child did not die");
            reader.join(10_000);
            // Only whole lines count: a line the kill cut short was never seen as acknowledged.
            Set<String> current = new LinkedHashSet<>(inFlight);
            for (String line : lines) {
                if (line.equals("<eof>") || line.startsWith("ready ")) {
                    continue;
                }
                String[] f = line.split(" ");
                if (f.length != 3 && !(f.length == 2 && f[0].equals("try"))) {
                    continue; // cut short by the kill
                }
                switch (f[0]) {
                    case "try" -> {
                        current.add(f[1]);
                        tried.add(f[1]);
                    }
                    case "accepted", "duplicate" -> {
                        acknowledged.add(f[1]);
                        lastAcknowledged = f[1];
                        current.remove(f[1]);
                    }
                    case "expected-duplicate" -> fail("round " + round + ": " + line);
                    default -> { }
                }
            }
            inFlight = current;
            if (!current.isEmpty()) {
                killedWhileWriting++;
            }
            List<String> all = new ArrayList<>(lines);
            lastLines = String.join(" | ", all.subList(Math.max(0, all.size() - 12), all.size()));
            check(round, acknowledged, tried);
            tornPlanted = rng.nextInt(4) == 0;
            if (tornPlanted) {
                plantTornLine(round);
                tornPlantedCount++;
            }
        }
        assertTrue(acknowledged.size() > rounds, "too few acknowledged responses to mean anything: "
                + acknowledged.size());
        assertTrue(tornSeen >= tornPlantedCount - 1, tornSeen + " torn ends seen, " + tornPlantedCount + " planted");
        System.out.printf("JournalCrashTest: %d kills, %d acknowledged responses, %d kills with a response in flight, "
                + "%d torn ends planted, %d journal files%n", rounds, acknowledged.size(), killedWhileWriting,
                tornPlantedCount, Journal.files(dir).size());
    }

    private String lastLines = "";

    /** Every acknowledged id once, no id twice, only ids that were tried, sequence numbers 1..n. */
    private void check(int round, Set<String> acknowledged, Set<String> tried) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        List<Collected> read = new ArrayList<>();
        Journal.read(dir, SURVEY, false, read::add);
        for (int i = 0; i < read.size(); i++) {
            Collected c = read.get(i);
            assertEquals(i + 1, c.sequence(), "round " + round + ": sequence numbers must have no gap");
            String id = c.response().id();
            assertEquals(1, seen.merge(id, 1, Integer::sum), "round " + round + ": id " + id + " stored twice");
            assertTrue(tried.contains(id), "round " + round + ": a record no child submitted: " + id
                    + "; the child's last lines: " + lastLines);
            assertEquals(Child.form(id), c.response(), "round " + round + ": response " + id + " changed");
        }
        for (String id : acknowledged) {
            assertTrue(seen.containsKey(id), "round " + round + ": acknowledged response " + id + " is lost");
        }
    }

    /** Appends the first half of a record's line to the last file, as a power cut during a write leaves it. */
    private void plantTornLine(int round) throws IOException {
        List<Path> files = Journal.files(dir);
        Path last = files.get(files.size() - 1);
        byte[] line = JournalCodec.encode(new Collected(1, Instant.EPOCH, Child.form("torn-" + round)));
        Files.write(last, java.util.Arrays.copyOf(line, line.length / 2), StandardOpenOption.APPEND);
    }

    /** The process that is killed: submits responses one by one and in batches, printing each acknowledgement. */
    static final class Child {

        private Child() {
        }

        /** The response of an id, the same every time it is made. */
        static Response form(String id) {
            int h = id.hashCode();
            Response.Builder b = Response.builder(id).unit("U" + Math.floorMod(h, 7)).period("2026");
            int k = 0;
            for (Item item : SURVEY.criteria()) {
                b.answer(item.id(), Math.floorMod(h >> (k++ % 20), 5) + 1);
            }
            return b.attribute("sex", (h & 1) == 0 ? "nam" : "nữ").build();
        }

        public static void main(String[] args) throws IOException {
            Path dir = Path.of(args[0]);
            String prefix = args[1];
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(Long.parseLong(args[2]));
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
            Journal journal = Journal.builder(dir, SURVEY).maxFileBytes(32 * 1024).open();
            try (ResponseCollector c = ResponseCollector.builder(SURVEY).store(journal).build()) {
                out.println("ready " + c.stored() + " " + (journal.report().torn() == null ? "clean" : "torn"));
                out.flush();
                for (int a = 3; a < args.length; a++) {
                    String id = args[a].substring(args[a].indexOf(':') + 1);
                    out.println("try " + id);
                    out.flush();
                    Receipt r = c.submit(form(id));
                    boolean mustBeDuplicate = args[a].startsWith("dup:");
                    out.println((mustBeDuplicate && r.status() != Receipt.Status.DUPLICATE ? "expected-duplicate"
                            : r.status().name().toLowerCase(java.util.Locale.ROOT)) + " " + id + " " + r.sequence());
                    out.flush();
                }
                // Three threads submit at once, so that kills land during group commits too.
                List<Thread> workers = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    String threadPrefix = prefix + "t" + t;
                    UniformRandomProvider mine = RandomSource.XO_RO_SHI_RO_128_PP.create(rng.nextLong());
                    Thread w = new Thread(() -> submitForever(c, threadPrefix, mine, out));
                    w.start();
                    workers.add(w);
                }
                for (Thread w : workers) {
                    try {
                        w.join();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        private static void submitForever(ResponseCollector c, String prefix, UniformRandomProvider rng,
                PrintStream out) {
            try {
                for (int i = 0; ; i++) {
                    List<Response> batch = new ArrayList<>();
                    int n = rng.nextInt(8) == 0 ? 2 + rng.nextInt(5) : 1;
                    StringBuilder tries = new StringBuilder();
                    for (int k = 0; k < n; k++) {
                        batch.add(form(prefix + "-" + i + "-" + k));
                        tries.append("try ").append(prefix).append('-').append(i).append('-').append(k).append('\n');
                    }
                    synchronized (out) {
                        out.print(tries);
                        out.flush();
                    }
                    List<Receipt> rs = c.submitAll(batch);
                    StringBuilder acks = new StringBuilder();
                    for (Receipt r : rs) {
                        acks.append(r.status().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(r.id())
                                .append(' ').append(r.sequence()).append('\n');
                    }
                    synchronized (out) {
                        out.print(acks);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
