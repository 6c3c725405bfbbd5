package io.github.sipas.core.csv;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Supplier;
import io.github.sipas.core.InputException;
import io.github.sipas.core.internal.IdIndex;

/**
 * Finds the repeated response ids of a file too large to hold its ids in memory, in a pass over the file before its
 * read, in memory that does not grow with the forms: the read then asks {@link #check()} for each id's first line,
 * exactly as it would ask the ids held in memory, and so reports every duplicate at its line, naming its first.
 *
 * <ol>
 *   <li>Each id that the read would register (a row of the header's width, its id not blank nor refused) is hashed
 *       ({@link IdIndex#hash}) and kept, with its line, in a run of {@value #RUN} entries (16 MB); a full run is sorted
 *       by the hash's first 44 bits and written to a temporary file.</li>
 *   <li>The runs are merged, in that order: lines whose 44-bit keys are equal are the candidates, the few forms that
 *       may share an id (about n²/2⁴⁵ pairs of different ids collide by chance: 3 over ten million forms).</li>
 *   <li>When there are candidates, a second pass reads their ids and compares them as text: a later line whose id is
 *       that of an earlier one is a duplicate, of the earliest. Ids that only share a key are not.</li>
 * </ol>
 * The pass stops at the first record the read would stop at (text that is not UTF-8, or broken CSV): the read ends
 * there too, and every line before it is settled. At most {@value #MAX_CANDIDATES} candidates are held; a file with
 * more forms sharing ids stops with an {@link InputException}. The temporary files are deleted before it returns.
 */
final class IdPass implements RecordSink {

    /** Entries per sorted run: 2^20, 16 MB in memory. */
    static final int RUN = 1 << 20;
    /** The most forms that may share a 44-bit key with another before the pass refuses the file. */
    static final int MAX_CANDIDATES = 2_000_000;
    private static final long KEY_MASK = ~((long) RUN - 1);

    private final int width;
    private final int idColumn;
    private final long[] packed;
    private final long[] lines;
    private final int run;
    private final java.util.function.ToLongFunction<String> hasher;
    private int n;
    private final List<Path> runs = new ArrayList<>();
    private final Path dir;

    private IdPass(int width, int idColumn, Path dir, int run, java.util.function.ToLongFunction<String> hasher) {
        this.width = width;
        this.idColumn = idColumn;
        this.dir = dir;
        this.run = run;
        this.hasher = hasher;
        this.packed = new long[run];
        this.lines = new long[run];
    }

    /**
     * Makes the pass over a file's records.
     *
     * @param records a new source of the file's records after the header, each call reading the file anew
     * @param width the header's width
     * @param idColumn the id's column
     * @param source the file's name, for the error of too many candidates
     * @param tmp where the temporary runs go
     * @return each id's first line, for the read
     */
    static IdCheck of(Supplier<ParseAhead.Source> records, int width, int idColumn, String source, Path tmp) {
        return of(records, width, idColumn, source, tmp, RUN, IdIndex::hash, MAX_CANDIDATES);
    }

    /**
     * As {@link #of(Supplier, int, int, String, Path)}, with runs of {@code run} entries (a power of two, at most
     * {@value #RUN}), ids hashed by {@code hasher} and at most {@code maxCandidates} candidates: for tests of
     * spilled runs, of keys that collide and of the limit.
     */
    static IdCheck of(Supplier<ParseAhead.Source> records, int width, int idColumn, String source, Path tmp, int run,
            java.util.function.ToLongFunction<String> hasher, int maxCandidates) {
        if (Integer.bitCount(run) != 1 || run > RUN) {
            throw new IllegalArgumentException("run must be a power of two up to " + RUN + ", not " + run);
        }
        IdPass pass = new IdPass(width, idColumn, tmp, run, hasher);
        try {
            run(records.get(), pass);
            long[] candidates = pass.candidates(source, maxCandidates);
            if (candidates.length == 0) {
                return (id, line) -> 0;
            }
            Arrays.sort(candidates);
            Resolve resolve = new Resolve(width, idColumn, candidates);
            run(records.get(), resolve);
            return resolve.known();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the duplicate-id runs in " + tmp + ": " + e.getMessage(), e);
        } finally {
            for (Path p : pass.runs) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left behind is deleted by the system's cleaning of its temporary directory
                }
            }
        }
    }

    /** Runs a source into a sink; a failure of the text ends the pass there, as it ends the read. */
    private static void run(ParseAhead.Source source, RecordSink into) {
        try {
            source.produce(into);
        } catch (RuntimeException e) {
            // the read meets the same failure at the same record and reports it; every line before is settled
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void at(long recordLine) {
        // no failure is reported from here
    }

    @Override
    public boolean add(String[] r, long recordLine) {
        if (ParseAhead.notUtf8(r) >= 0) {
            return false;
        }
        if (r.length != width) {
            return true;
        }
        String id = ParseAhead.comparedId(r[idColumn]);
        if (id.isEmpty()) {
            return true;
        }
        if (n == run) {
            try {
                spill();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        packed[n] = (hasher.applyAsLong(id) & KEY_MASK) | n;
        lines[n] = recordLine;
        n++;
        return true;
    }

    /** Sorts the run in memory by key, then line (the place in the run, lines growing with it). */
    private void sortRun() {
        Arrays.sort(packed, 0, n);
    }

    private void spill() throws IOException {
        sortRun();
        Path file = Files.createTempFile(dir, "sipas-ids-", ".run");
        runs.add(file);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                1 << 16))) {
            for (int i = 0; i < n; i++) {
                out.writeLong(packed[i] & KEY_MASK);
                out.writeLong(lines[(int) (packed[i] & ~KEY_MASK)]);
            }
        }
        n = 0;
    }

    /** The lines whose keys another line shares, from the runs merged. */
    private long[] candidates(String source, int maxCandidates) throws IOException {
        sortRun();
        List<Run> open = new ArrayList<>();
        PriorityQueue<Run> queue = new PriorityQueue<>((a, b) -> a.key != b.key ? Long.compare(a.key, b.key)
                : Long.compare(a.line, b.line));
        try {
            for (Path p : runs) {
                Run run = new Run(new DataInputStream(new BufferedInputStream(Files.newInputStream(p), 1 << 16)));
                open.add(run);
                if (run.next()) {
                    queue.add(run);
                }
            }
            Run memory = new Run(null);
            memory.memory = this;
            if (memory.next()) {
                queue.add(memory);
            }
            long[] out = new long[16];
            int size = 0;
            long prevKey = 0;
            long prevLine = 0;
            boolean prevAdded = false;
            boolean first = true;
            while (!queue.isEmpty()) {
                Run run = queue.poll();
                long key = run.key;
                long line = run.line;
                if (!first && key == prevKey) {
                    if (size + 2 > maxCandidates) {
                        throw new InputException(source, line, null, null, null, "more than " + maxCandidates
                                + " forms share their response id with another form; a file may have at most that "
                                + "many (are the ids a column of another kind?)", null);
                    }
                    if (size + 2 > out.length) {
                        out = Arrays.copyOf(out, 2 * out.length);
                    }
                    if (!prevAdded) {
                        out[size++] = prevLine;
                    }
                    out[size++] = line;
                    prevAdded = true;
                } else {
                    prevAdded = false;
                }
                first = false;
                prevKey = key;
                prevLine = line;
                if (run.next()) {
                    queue.add(run);
                }
            }
            return Arrays.copyOf(out, size);
        } finally {
            for (Run run : open) {
                run.in.close();
            }
        }
    }

    /** A sorted run being merged: a file's, or the one left in memory. */
    private static final class Run {
        final DataInputStream in;
        IdPass memory;
        int at;
        long key;
        long line;

        Run(DataInputStream in) {
            this.in = in;
        }

        boolean next() throws IOException {
            if (memory != null) {
                if (at == memory.n) {
                    return false;
                }
                long p = memory.packed[at++];
                key = p & KEY_MASK;
                line = memory.lines[(int) (p & ~KEY_MASK)];
                return true;
            }
            try {
                key = in.readLong();
                line = in.readLong();
                return true;
            } catch (EOFException e) {
                return false;
            }
        }
    }

    /** The second pass: the candidates' ids compared as text. */
    private static final class Resolve implements RecordSink {
        private final int width;
        private final int idColumn;
        private final long[] candidates;
        private int next;
        private final Map<String, Long> firstById = new HashMap<>();
        private long[] dupLines = new long[16];
        private long[] firstLines = new long[16];
        private int dups;

        Resolve(int width, int idColumn, long[] candidates) {
            this.width = width;
            this.idColumn = idColumn;
            this.candidates = candidates;
        }

        @Override
        public void at(long recordLine) {
            // no failure is reported from here
        }

        @Override
        public boolean add(String[] r, long recordLine) {
            while (next < candidates.length && candidates[next] < recordLine) {
                next++;
            }
            if (next == candidates.length) {
                return false;
            }
            if (candidates[next] != recordLine || r.length != width || ParseAhead.notUtf8(r) >= 0) {
                return true;
            }
            String id = ParseAhead.comparedId(r[idColumn]);
            Long first = firstById.putIfAbsent(id, recordLine);
            if (first != null) {
                if (dups == dupLines.length) {
                    dupLines = Arrays.copyOf(dupLines, 2 * dups);
                    firstLines = Arrays.copyOf(firstLines, 2 * dups);
                }
                dupLines[dups] = recordLine;
                firstLines[dups] = first;
                dups++;
            }
            return true;
        }

        /** Each duplicate's first line, asked in increasing lines. */
        IdCheck known() {
            long[] at = Arrays.copyOf(dupLines, dups);
            long[] first = Arrays.copyOf(firstLines, dups);
            int[] cursor = {0};
            return (id, line) -> {
                int c = cursor[0];
                while (c < at.length && at[c] < line) {
                    c++;
                }
                cursor[0] = c;
                return c < at.length && at[c] == line ? first[c] : 0;
            };
        }
    }
}
