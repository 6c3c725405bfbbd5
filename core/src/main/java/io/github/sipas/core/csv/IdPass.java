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
    /** The line of the record being read, and of the one not UTF-8 that ended the pass (0 for none). */
    private long current;
    private long stoppedAt;
    /** The ids registered, and their digest ({@link #digest}), which the read's must equal. */
    private long count;
    private long digest;
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
            long ended = run(records.get(), pass, pass::current);
            if (pass.stoppedAt > 0) {
                ended = Math.min(ended, pass.stoppedAt);
            }
            long[] candidates = pass.candidates(source, maxCandidates);
            Resolve resolve = new Resolve(width, idColumn, candidates);
            if (candidates.length > 0) {
                Arrays.sort(candidates);
                ended = Math.min(ended, run(records.get(), resolve, resolve::current));
            }
            return new Checked(resolve, ended, pass.count, pass.digest, hasher, source);
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

    /** Thrown by {@link #add} when a run cannot be written: not a failure of the text, so it ends the read too. */
    private static final class SpillFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SpillFailed(IOException cause) {
            super(cause);
        }
    }

    /**
     * Runs a source into a sink to its end, or to a failure of the text or a record that is not UTF-8, which end the
     * read at the same record: every line before it is settled, and the check refuses to answer for any line from it
     * on (the read asking means it went on, so that the pass did not see what it reads).
     *
     * @return the line where the pass ended early, or {@link Long#MAX_VALUE}
     */
    private static long run(ParseAhead.Source source, RecordSink into, java.util.function.LongSupplier lines) {
        try {
            source.produce(into);
            return Long.MAX_VALUE;
        } catch (SpillFailed e) {
            throw new UncheckedIOException((IOException) e.getCause());
        } catch (RuntimeException e) {
            return lines.getAsLong();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The line of the record being read. */
    long current() {
        return current;
    }

    /** Mixes a registered id's line and hash into a digest of the ids in file order. */
    static long digest(long digest, long line, long hash) {
        long h = (digest ^ hash) * 0x9E3779B97F4A7C15L + line;
        return h ^ (h >>> 29);
    }

    /** The answer of a pass, checked against what the read asks. */
    private static final class Checked implements IdCheck {
        private final Resolve resolve;
        private final long endedAt;
        private final long count;
        private final long digest;
        private final java.util.function.ToLongFunction<String> hasher;
        private final String source;
        private long asked;
        private long askedDigest;

        Checked(Resolve resolve, long endedAt, long count, long digest,
                java.util.function.ToLongFunction<String> hasher, String source) {
            this.resolve = resolve;
            this.endedAt = endedAt;
            this.count = count;
            this.digest = digest;
            this.hasher = hasher;
            this.source = source;
        }

        @Override
        public long firstLine(String id, long line) {
            if (line >= endedAt) {
                throw new InputException(source, line, null, null, null, "the pass over the file's response ids "
                        + "ended at line " + endedAt + ", but the read went on: the file changed during the read, or "
                        + "the stream read is not the file's bytes; read it again", null);
            }
            asked++;
            askedDigest = digest(askedDigest, line, hasher.applyAsLong(id));
            return resolve.firstLine(line);
        }

        @Override
        public void finish() {
            if (asked != count || askedDigest != digest) {
                throw new InputException(source, 0, null, null, null, "the file's response ids read again for the "
                        + "pass over them (" + count + ") are not those of the read (" + asked + ", or other ids): the "
                        + "file changed during the read, or the stream read is not the file's bytes; read it again",
                        null);
            }
        }
    }

    @Override
    public void at(long recordLine) {
        current = recordLine;
    }

    @Override
    public boolean add(String[] r, long recordLine) {
        current = recordLine;
        if (ParseAhead.notUtf8(r) >= 0) {
            stoppedAt = recordLine;
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
                throw new SpillFailed(e);
            }
        }
        long h = hasher.applyAsLong(id);
        count++;
        digest = digest(digest, recordLine, h);
        packed[n] = (h & KEY_MASK) | n;
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
        private long current;
        private int cursor;

        Resolve(int width, int idColumn, long[] candidates) {
            this.width = width;
            this.idColumn = idColumn;
            this.candidates = candidates;
        }

        @Override
        public void at(long recordLine) {
            current = recordLine;
        }

        long current() {
            return current;
        }

        @Override
        public boolean add(String[] r, long recordLine) {
            current = recordLine;
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

        /** The first line of a duplicate's id, 0 if the line is no duplicate; lines asked in increasing order. */
        long firstLine(long line) {
            int c = cursor;
            while (c < dups && dupLines[c] < line) {
                c++;
            }
            cursor = c;
            return c < dups && dupLines[c] == line ? firstLines[c] : 0;
        }
    }
}
