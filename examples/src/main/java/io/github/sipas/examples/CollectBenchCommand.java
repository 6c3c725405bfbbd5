package io.github.sipas.examples;

import io.github.sipas.core.Answer;
import io.github.sipas.core.Item;
import io.github.sipas.core.collect.Journal;
import io.github.sipas.core.collect.Receipt;
import io.github.sipas.core.Response;
import io.github.sipas.core.collect.ResponseCollector;
import io.github.sipas.core.Survey;
import io.github.sipas.core.TerminalText;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.scoring.LiveScores;
import io.github.sipas.scoring.estimate.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.io.file.PathUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sipas bench-collect}: the throughput of a {@link ResponseCollector} over a {@link Journal} with each sync
 * policy, thread count and batch size, and the speed of replaying the journal, printed as a table.
 */
@Command(name = "bench-collect", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Times a response collector writing to a journal: responses per second and the time to "
                + "acknowledge one, for each sync policy (each: a force per acknowledgement; group: concurrent "
                + "acknowledgements share forces; none: no force), thread count and batch size; then the speed of "
                + "replaying the journal.",
                "Run it on the disk the journal will live on: forcing to tmpfs costs nothing and proves nothing."})
final class CollectBenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where to write the journals (default: java.io.tmpdir): the benchmark makes a new "
                    + "directory of its own there (sipas-bench-collect-…), a subdirectory per run inside it, and "
                    + "removes only that directory afterwards (and DIR, if it made it); nothing else in DIR is "
                    + "touched.")
    private Path dir;

    @Option(names = "--responses", paramLabel = "N", defaultValue = "5000",
            description = "Responses per run (default 5000).")
    private int responses;

    @Option(names = "--runs", paramLabel = "SYNC:THREADS:BATCH", split = ",",
            defaultValue = "each:1:1,group:1:1,group:8:1,group:1:100,group:8:10,none:1:1,none:8:1",
            description = "The runs, as sync:threads:batch (default each:1:1,group:1:1,group:8:1,group:1:100,"
                    + "group:8:10,none:1:1,none:8:1).")
    private List<String> runs;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (responses < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--responses must be at least 1, not "
                    + responses);
        }
        List<Run> plan = new ArrayList<>();
        for (String r : runs) {
            plan.add(Run.parse(r, spec));
        }
        PrintWriter out = spec.commandLine().getOut();
        Survey survey = Surveys.bundled("sipas-2017");
        List<Response> forms = forms(survey, responses);
        boolean made = dir != null && Files.notExists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        Path root = ownDirectory(dir);
        try {
            return bench(out, survey, forms, plan, root);
        } finally {
            delete(root);
            if (made) {
                try {
                    Files.deleteIfExists(dir); // made for this run; left when something else was put in it
                } catch (java.nio.file.DirectoryNotEmptyException e) {
                    // not ours alone any more
                }
            }
        }
    }

    /**
     * A new, empty directory of this benchmark's own, in {@code parent} (created if missing) or in java.io.tmpdir;
     * the benchmark writes only inside it and removes only it.
     */
    static Path ownDirectory(Path parent) throws IOException {
        if (parent == null) {
            return Files.createTempDirectory("sipas-bench-collect-");
        }
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new IOException("--dir " + parent + " is not a directory");
        }
        if (Files.isSymbolicLink(parent) && !Files.exists(parent)) {
            throw new IOException("--dir " + parent + " is a symbolic link to a directory that does not exist");
        }
        return Files.createTempDirectory(Files.createDirectories(parent), "sipas-bench-collect-");
    }

    private int bench(PrintWriter out, Survey survey, List<Response> forms, List<Run> plan, Path root)
            throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "journal on %s (%s), %d processors, %s %s%n", TerminalText.escape(root.toString()),
                Files.getFileStore(root).type(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        out.printf(Locale.ROOT, "%-6s %7s %6s %10s %9s %13s %14s%n", "sync", "threads", "batch", "responses",
                "seconds", "responses/s", "ms per call");
        warmUp(survey, root, forms);
        int i = 0;
        for (Run run : plan) {
            Path jd = root.resolve("run-" + (++i));
            long t0 = System.nanoTime();
            runOnce(survey, jd, forms, run);
            double s = (System.nanoTime() - t0) / 1e9;
            double calls = Math.ceil((double) responses / run.batch);
            out.printf(Locale.ROOT, "%-6s %7d %6d %10d %9.3f %13.0f %14.3f%n", run.sync.name()
                    .toLowerCase(Locale.ROOT), run.threads, run.batch, responses, s, responses / s,
                    1000 * s * run.threads / calls);
            out.flush();
            if (i == plan.size()) {
                double best = Double.MAX_VALUE;
                long n = 0;
                for (int round = 0; round < 3; round++) { // the first round warms the code up
                    long r0 = System.nanoTime();
                    LiveScores live = LiveScores.of(Scorer.of(survey));
                    Journal.read(jd, survey, false, live::accepted);
                    live.snapshot();
                    best = Math.min(best, (System.nanoTime() - r0) / 1e9);
                    n = live.count();
                }
                out.printf(Locale.ROOT, "replay into live scores: %d responses in %.3f s, %.0f responses/s (best of "
                        + "3)%n", n, best, n / best);
            }
            delete(jd);
        }
        return 0;
    }

    /** One run of the plan: sync policy, threads, responses per call. */
    private record Run(Journal.Sync sync, int threads, int batch) {
        static Run parse(String text, CommandLine.Model.CommandSpec spec) {
            String[] f = text.split(":");
            try {
                if (f.length == 3) {
                    Run r = new Run(Journal.Sync.valueOf(f[0].toUpperCase(Locale.ROOT)), Integer.parseInt(f[1]),
                            Integer.parseInt(f[2]));
                    if (r.threads >= 1 && r.threads <= 256 && r.batch >= 1) {
                        return r;
                    }
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs: '" + text + "' is not "
                    + "sync:threads:batch with sync each, group or none, threads 1..256 and batch 1 or more");
        }
    }

    private void warmUp(Survey survey, Path root, List<Response> forms) throws IOException, InterruptedException {
        Path w = root.resolve("warm-up");
        runOnce(survey, w, forms.subList(0, Math.min(forms.size(), 2000)), new Run(Journal.Sync.NONE, 2, 1));
        delete(w);
    }

    private static void runOnce(Survey survey, Path jd, List<Response> forms, Run run)
            throws IOException, InterruptedException {
        LiveScores live = LiveScores.of(Scorer.of(survey));
        try (ResponseCollector c = ResponseCollector.builder(survey)
                .store(Journal.builder(jd, survey).sync(run.sync).open()).listener(live).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(run.threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> parts = new ArrayList<>();
            int per = (forms.size() + run.threads - 1) / run.threads;
            for (int t = 0; t < run.threads; t++) {
                List<Response> mine = forms.subList(Math.min(forms.size(), t * per),
                        Math.min(forms.size(), (t + 1) * per));
                parts.add(pool.submit(() -> {
                    start.await();
                    for (int k = 0; k < mine.size(); k += run.batch) {
                        for (Receipt r : c.submitAll(mine.subList(k, Math.min(mine.size(), k + run.batch)))) {
                            if (r.status() != Receipt.Status.ACCEPTED) {
                                throw new IllegalStateException("not accepted: " + r);
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            try {
                for (Future<?> f : parts) {
                    f.get();
                }
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
            }
            if (live.count() != forms.size()) {
                throw new IllegalStateException("live scores counted " + live.count() + " of " + forms.size());
            }
        }
    }

    /** Synthetic forms: 40 units, every criterion answered 1–5 or don't know, a sex and an age group. */
    static List<Response> forms(Survey survey, int n) {
        SplittableRandom rng = new SplittableRandom(505);
        List<Response> out = new ArrayList<>(n);
        List<Item> criteria = survey.criteria();
        for (int i = 0; i < n; i++) {
            Response.Builder b = Response.builder(String.format(Locale.ROOT, "B%08d", i)).unit("U" + rng.nextInt(40))
                    .period("2026").attribute("sex", rng.nextBoolean() ? "nam" : "nữ")
                    .attribute("age_group", Integer.toString(18 + 15 * rng.nextInt(4)));
            int mood = rng.nextInt(4);
            for (Item item : criteria) {
                b.answer(item.id(), rng.nextInt(30) == 0 ? Answer.dontKnow()
                        : Answer.point(Math.min(5, 1 + mood + rng.nextInt(2))));
            }
            out.add(b.build());
        }
        return out;
    }

    private static void delete(Path p) throws IOException {
        if (Files.exists(p)) {
            PathUtils.deleteDirectory(p);
        }
    }
}
