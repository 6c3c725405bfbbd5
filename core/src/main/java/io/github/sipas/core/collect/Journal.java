package io.github.sipas.core.collect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ResponseValidator;
import io.github.sipas.core.Survey;
import io.github.sipas.core.UnitList;

/**
 * The default {@link ResponseStore}: an append-only JSON Lines journal in a directory of its own, one file after
 * another ({@code journal-000001.jsonl}, {@code journal-000002.jsonl}, …), that a {@link ResponseCollector} writes and
 * that {@link #read} streams into a scorer like a CSV file.
 *
 * <p><b>Format.</b> Each file starts with a header line, {@code {"format":"sipas-journal","version":1,
 * "survey":"sipas-2017","file":1,"created":"…","crc32c":"…"}}; each further line is one stored response:
 * <pre>{@code
 * {"seq":7,"received":"2026-11-29T08:15:02.123456Z","id":"K-0007","unit":"sa-pa","period":"2026","weight":1.5,
 *  "answers":{"A1":5,"A2":"dont-know","B1":null,"N2":[1,3],"G1":{"text":"…"}},"attributes":{"sex":"nữ"},
 *  "crc32c":"5f0e0b1c"}
 * }</pre>
 * (on one line). An answer is a code, {@code null} (unanswered), {@code "dont-know"}, {@code "not-asked"}, a list of
 * codes (multi-select) or {@code {"text": …}}. The CRC-32C (Castagnoli) of the line's bytes before {@code ,"crc32c"}
 * ends the line, so a damaged line is found even where it is still valid JSON.
 *
 * <p><b>Durability.</b> {@link #write} appends a batch with one write call; {@link #sync} then forces it to the disk
 * ({@link FileChannel#force}, {@code fdatasync} on Linux) as the {@link Sync} policy says. A collector acknowledges a
 * response only after that, so an acknowledged response survives a crash of the process or of the machine. When a
 * file reaches {@link Builder#maxFileBytes the size limit} the journal forces it and goes on in the next file, whose
 * creation it makes durable by forcing the directory too.
 *
 * <p><b>Opening.</b> The journal is read from the start when the collector replays it: every line's checksum and
 * fields are checked, the files must be numbered from 1 without a gap, and the records from sequence 1 without a gap.
 * Lines that are incomplete or fail their checksum at the very end of the last file are what a crash leaves of a write
 * that was never forced, hence never acknowledged (a power cut can leave zeros or stale bytes in whole lines as well as
 * a cut-off last line): they are reported ({@link JournalReport#torn()}), copied to {@code NAME.torn-OFFSET} beside the
 * file, and cut off before the next write. Anything else is damage, which no crash of this writer produces: a line
 * failing its checksum before a good one, a record with a good checksum whose fields or sequence number are wrong, a
 * missing file. The journal then refuses to open, with an {@link InputException} naming the file and line (a
 * {@link CorruptJournalException} for a damaged line), unless built with {@link Builder#skipCorrupt(boolean)
 * skipCorrupt(true)}, which skips such lines and lists them in the report. (One case a crash can produce is refused too: an unforced batch of several lines of which the disk kept a
 * later line but not an earlier one; its lines were never acknowledged, and {@code skipCorrupt} recovers them.)
 *
 * <p><b>Side files.</b> Besides appending to its journal files, the journal writes two kinds of file whole: a new
 * journal file with its header, and the copy of a torn end. Each is written to a temporary file in the same directory
 * ({@code .NAME.….tmp}), forced and renamed into place atomically; on failure (a full disk) the temporary is removed,
 * nothing is cut off, and the {@link IOException} names the file on one line. Temporaries left by a process killed
 * meanwhile are removed the next time the journal is opened for writing.
 *
 * <p>One process at a time: the journal holds an exclusive lock on {@code journal.lock} in its directory while open.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class Journal implements ResponseStore {

    private static final String LOCK_FILE = "journal.lock";

    /**
     * When {@link Journal#sync()} forces written responses to the disk.
     *
     * @since 0.1
     */
    public enum Sync {
        /**
         * Every sync forces the file, even when another thread's force already covered its responses: one force per
         * acknowledgement (or per batch given to {@link ResponseCollector#submitAll}). The slowest, the simplest to
         * reason about.
         */
        EACH,
        /**
         * Group commit (the default): a sync whose responses another thread's force already covered returns at once,
         * and a sync that must force first waits {@link Builder#groupWindow the group window} (zero unless set) so that
         * more responses join the same force. Every acknowledged response is still on the disk; concurrent submitters
         * share forces, which is where the throughput of a busy kiosk server comes from.
         */
        GROUP,
        /**
         * Does not force responses: one is acknowledged once the operating system has it, which survives a crash of
         * the process (the test kills it with SIGKILL) but not a power cut or a crash of the machine. (File headers,
         * the end of a file at rotation and repairs on opening are still forced.) For bulk imports and tests, not for
         * collecting.
         */
        NONE
    }

    private final Path directory;
    private final String survey;
    private final Sync syncPolicy;
    private final long groupWindowNanos;
    private final long maxFileBytes;
    private final boolean skipCorrupt;
    private final Clock clock;
    /** Wraps the channel of each side file's temporary (a test's full disk); {@link SideFile#DIRECT} otherwise. */
    private final UnaryOperator<WritableByteChannel> sideChannels;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private final Object writeLock = new Object();
    private final Object syncLock = new Object();
    /** Replaced under writeLock and syncLock; null until the journal is read. */
    private volatile FileChannel channel;
    private int fileNumber;
    private long fileSize;
    private boolean scanned;
    private JournalReport report;
    /** Bytes written since opening, all files; written under writeLock. */
    private volatile long written;
    /** Bytes known to be on the disk; guarded by syncLock. */
    private long synced;
    private volatile IOException failure;
    private volatile boolean closed;

    private Journal(Builder b) throws IOException {
        this.directory = b.directory;
        this.survey = b.survey;
        this.syncPolicy = b.sync;
        this.groupWindowNanos = b.groupWindow.toNanos();
        this.maxFileBytes = b.maxFileBytes;
        this.skipCorrupt = b.skipCorrupt;
        this.clock = b.clock;
        this.sideChannels = b.sideChannels;
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
            Path parent = directory.toAbsolutePath().getParent();
            if (parent != null) {
                JournalFiles.forceDirectory(parent); // the new directory's name survives a power cut
            }
        }
        FileChannel lc = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = lc.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        } catch (IOException | RuntimeException e) {
            lc.close();
            throw e;
        }
        if (l == null) {
            lc.close();
            throw new IOException("journal " + directory + " is open elsewhere (its " + LOCK_FILE + " is locked)");
        }
        this.lockChannel = lc;
        this.lock = l;
    }

    /**
     * Starts building a journal in a directory of its own.
     *
     * @param directory the journal's directory, created if missing
     * @param survey the survey whose responses it keeps; its id is written in each file's header and checked on
     *     reading
     * @return a builder
     */
    public static Builder builder(Path directory, Survey survey) {
        return new Builder(directory, survey);
    }

    /**
     * Streams the records of a journal, read-only, into a sink: the way to score what a collector stored. Checks
     * each line as opening a journal does; an incomplete or damaged end of the last file is reported in
     * {@link JournalReport#torn()} and left as it is.
     *
     * <p>A directory is a journal when it holds {@code journal-000001.jsonl} (a collector creates it, with its header,
     * before it takes the first response), or no journal file but the {@code journal.lock} of a journal opened and
     * never written to, which reads as empty. Any other directory is refused, so that a mistyped path does not read as
     * a journal of no responses.
     *
     * @param path the journal's directory, or one journal file
     * @param survey the survey the journal must belong to
     * @param skipCorrupt whether to skip damaged lines followed by valid ones (listed in the report) instead of stopping
     * @param sink receives each record, in order
     * @return what was read
     * @throws IOException if the journal cannot be read
     * @throws InputException if the directory is not a journal ("not a journal: no journal-000001.jsonl"), it belongs
     *     to another survey, or files are missing from its numbering; a {@link CorruptJournalException} if a line is
     *     damaged and followed by valid ones (unless skipped); the exception names the directory or the file and line
     */
    public static JournalReport read(Path path, Survey survey, boolean skipCorrupt,
            Consumer<? super Collected> sink) throws IOException {
        return read(path, survey, skipCorrupt, sink, null);
    }

    /**
     * Streams the records of a journal, read-only, into a sink, checking each response against the survey (and the
     * unit list, if given) as a {@link ResponseCollector} does: for a journal that came from elsewhere. A record that
     * breaks a rule counts as a damaged line (refused, or skipped when told to).
     *
     * @param path the journal's directory, or one journal file
     * @param survey the survey the journal must belong to
     * @param units the unit list, or null to take units as stored
     * @param skipCorrupt whether to skip damaged lines followed by valid ones instead of stopping
     * @param sink receives each record, in order
     * @return what was read
     * @throws IOException if the journal cannot be read
     * @throws InputException as {@link #read(Path, Survey, boolean, Consumer)}, and (a
     *     {@link CorruptJournalException}) for a record that breaks a rule
     */
    public static JournalReport readChecked(Path path, Survey survey, UnitList units, boolean skipCorrupt,
            Consumer<? super Collected> sink) throws IOException {
        return read(path, survey, skipCorrupt, sink, new ResponseValidator(survey, units, path.toString()));
    }

    private static JournalReport read(Path path, Survey survey, boolean skipCorrupt, Consumer<? super Collected> sink,
            ResponseValidator validator) throws IOException {
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(sink, "sink");
        boolean single = !Files.isDirectory(path);
        if (single && !Files.exists(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
        List<Path> files = single ? List.of(path) : files(path);
        if (files.isEmpty() && !Files.exists(path.resolve(LOCK_FILE))) {
            // A journal that was never written to holds its lock file; a directory with neither is no journal.
            throw new InputException(path.toString(), 0, null, null, null, "not a journal: no "
                    + JournalFiles.name(1) + " (a response collector's journal directory holds journal-000001.jsonl, "
                    + "journal-000002.jsonl, …)", null);
        }
        JournalScan scan = new JournalScan(survey.id(), skipCorrupt, single);
        scan.validator = validator;
        return scan.run(files, sink).report;
    }

    /**
     * Reads the journal from the start, checking every line, and hands each record to the sink; the first call also
     * cuts off a torn end (see the class documentation) so that writing can follow.
     *
     * @param sink receives each record, in order
     * @throws IOException if the journal cannot be read or repaired
     * @throws InputException if a line is damaged and followed by valid ones (unless skipping), the journal belongs
     *     to another survey, or files are missing from its numbering
     */
    @Override
    public void replay(Consumer<? super Collected> sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        synchronized (writeLock) {
            checkOpen();
            if (scanned) {
                // FileChannel writes go straight to the operating system, which serves reads from the same pages.
                report = new JournalScan(survey, skipCorrupt, false).run(files(directory), sink).report;
            } else {
                openForAppend(sink);
            }
        }
    }

    /**
     * Returns what the last {@link #replay} (or the first {@link #write}, which reads the journal first if it was
     * not replayed) found.
     *
     * @return the report, or null before the journal was read
     */
    public JournalReport report() {
        synchronized (writeLock) {
            return report;
        }
    }

    @Override
    public void write(List<Collected> batch) throws IOException {
        synchronized (writeLock) {
            checkOpen();
            checkFailure();
            if (!scanned) {
                openForAppend(c -> { });
            }
            if (batch.isEmpty()) {
                return;
            }
            byte[][] lines = new byte[batch.size()][];
            long total = 0;
            for (int i = 0; i < lines.length; i++) {
                lines[i] = JournalCodec.encode(batch.get(i));
                if (lines[i].length > JournalCodec.MAX_LINE) {
                    // Refused before anything is written: the reader would take such a line for damage.
                    throw new IllegalArgumentException("response '" + Problem.shorten(batch.get(i).response().id())
                            + "' takes " + lines[i].length + " bytes; a journal line takes at most "
                            + JournalCodec.MAX_LINE);
                }
                total += lines[i].length;
            }
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("a batch of " + total + " bytes is too large; write fewer "
                        + "responses at a time");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) total);
            for (byte[] line : lines) {
                buffer.put(line);
            }
            buffer.flip();
            try {
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            } catch (IOException e) {
                failure = e;
                throw e;
            }
            fileSize += total;
            written += total;
            if (fileSize >= maxFileBytes) {
                rotate();
            }
        }
    }

    @Override
    public void sync() throws IOException {
        if (syncPolicy == Sync.NONE || channel == null) {
            checkFailure(); // nothing is forced, or nothing was written yet
            return;
        }
        long target = written;
        synchronized (syncLock) {
            checkFailure();
            if (closed) {
                if (synced >= target) {
                    return; // forced by close
                }
                throw new IOException("journal " + directory + " was closed before this sync");
            }
            if (syncPolicy == Sync.GROUP && synced >= target) {
                return;
            }
            if (groupWindowNanos > 0) {
                LockSupport.parkNanos(groupWindowNanos);
            }
            long upTo = written;
            try {
                channel.force(false);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
            synced = upTo;
        }
    }

    /**
     * Forces what was written to the disk (unless the policy is {@link Sync#NONE}), closes the file and releases the
     * directory's lock.
     *
     * @throws IOException if the last force or the close fails
     */
    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                synchronized (syncLock) {
                    if (channel != null) {
                        try {
                            if (syncPolicy != Sync.NONE && failure == null) {
                                long upTo = written;
                                channel.force(false);
                                synced = upTo;
                            }
                        } finally {
                            channel.close();
                        }
                    }
                }
            } finally {
                try {
                    lock.release();
                } finally {
                    lockChannel.close();
                }
            }
        }
    }

    /** Bytes written since opening (headers included); for tests of durability. */
    long writtenBytes() {
        return written;
    }

    /** Bytes known to be forced to the disk since opening; for tests of durability. */
    long syncedBytes() {
        synchronized (syncLock) {
            return synced;
        }
    }

    /**
     * Returns the journal's directory.
     *
     * @return the directory
     */
    public Path directory() {
        return directory;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("journal " + directory + " is closed");
        }
    }

    private void checkFailure() throws IOException {
        IOException f = failure;
        if (f != null) {
            throw new IOException("journal " + directory + " failed earlier and accepts nothing more: " + f, f);
        }
    }

    /** Reads the journal, cuts off a torn end, and opens the last file (or a first one) for appending. */
    private void openForAppend(Consumer<? super Collected> sink) throws IOException {
        SideFile.removeLeftovers(directory);
        List<Path> files = files(directory);
        JournalScan scan = new JournalScan(survey, skipCorrupt, false).run(files, sink);
        report = scan.report;
        if (files.isEmpty()) {
            newFile(1);
        } else {
            Path last = files.get(files.size() - 1);
            FileChannel c = FileChannel.open(last, StandardOpenOption.WRITE, StandardOpenOption.READ);
            try {
                TornEnd.cut(c, last, scan.lastValidEnd, sideChannels);
                c.position(scan.lastValidEnd);
            } catch (IOException | RuntimeException e) {
                try {
                    c.close();
                } catch (IOException x) {
                    e.addSuppressed(x);
                }
                throw e;
            }
            channel = c;
            fileNumber = JournalFiles.number(last);
            fileSize = scan.lastValidEnd;
            if (fileSize == 0) {
                writeHeader(); // an empty last file: what a crash between creating and filling a file left before
            }
        }
        scanned = true;
    }

    /** Forces the current file and goes on in the next one; under writeLock. */
    private void rotate() throws IOException {
        synchronized (syncLock) {
            try {
                channel.force(false);
                channel.close();
                synced = written;
                newFile(fileNumber + 1);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }

    /**
     * Creates journal file {@code number} with its header, whole or not at all (a {@link SideFile}, so a full disk
     * leaves no empty or headless file), and opens it for appending.
     */
    private void newFile(int number) throws IOException {
        Path file = directory.resolve(JournalFiles.name(number));
        byte[] header = JournalCodec.encodeHeader(survey, number, clock.instant());
        try {
            SideFile.write(file, false, out -> writeFully(out, ByteBuffer.wrap(header)), sideChannels);
        } catch (IOException e) {
            throw new IOException("cannot create journal file " + file + ": " + e.getMessage(), e);
        }
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
        channel.position(header.length);
        fileNumber = number;
        fileSize = header.length;
        countHeader(header.length);
    }

    /** Writes a header at the start of the empty last file, forced. */
    private void writeHeader() throws IOException {
        ByteBuffer header = ByteBuffer.wrap(JournalCodec.encodeHeader(survey, fileNumber, clock.instant()));
        int n = header.remaining();
        writeFully(channel, header);
        channel.force(true);
        fileSize += n;
        countHeader(n);
    }

    /** Counts a forced header as written and synced. */
    private void countHeader(int n) {
        synchronized (syncLock) {
            written += n;
            if (synced == written - n) {
                synced = written;
            }
        }
    }

    private static void writeFully(java.nio.channels.WritableByteChannel out, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    /** The journal files of a directory, by number; refuses a gap in the numbering. */
    static List<Path> files(Path directory) throws IOException {
        return JournalFiles.list(directory);
    }

    /**
     * Builds a {@link Journal}.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final Path directory;
        private final String survey;
        private Sync sync = Sync.GROUP;
        private Duration groupWindow = Duration.ZERO;
        private long maxFileBytes = 64L << 20;
        private boolean skipCorrupt;
        private Clock clock = Clock.systemUTC();
        private UnaryOperator<WritableByteChannel> sideChannels = SideFile.DIRECT;

        private Builder(Path directory, Survey survey) {
            this.directory = Objects.requireNonNull(directory, "directory");
            this.survey = Objects.requireNonNull(survey, "survey").id();
        }

        /**
         * Sets when written responses are forced to the disk; {@link Sync#GROUP} unless set.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder sync(Sync value) {
            this.sync = Objects.requireNonNull(value, "sync");
            return this;
        }

        /**
         * Sets how long a sync that must force waits first for other responses to join it; zero (no wait) unless
         * set. A window of a millisecond or two raises the throughput of many concurrent submitters and delays each
         * acknowledgement by as much. Applies to {@link Sync#GROUP} and {@link Sync#EACH}.
         *
         * @param value the window, zero to one second
         * @return this builder
         * @throws IllegalArgumentException if the window is negative or longer than a second
         */
        public Builder groupWindow(Duration value) {
            if (value.isNegative() || value.compareTo(Duration.ofSeconds(1)) > 0) {
                throw new IllegalArgumentException("groupWindow must be between 0 and 1 s, not " + value);
            }
            this.groupWindow = value;
            return this;
        }

        /**
         * Sets the size at which the journal goes on in a new file; 64 MiB unless set.
         *
         * @param value the size in bytes, at least 4,096
         * @return this builder
         * @throws IllegalArgumentException if the size is below 4,096 bytes
         */
        public Builder maxFileBytes(long value) {
            if (value < 4096) {
                throw new IllegalArgumentException("maxFileBytes must be at least 4096, not " + value);
            }
            this.maxFileBytes = value;
            return this;
        }

        /**
         * Sets whether a damaged line followed by valid ones is skipped (and listed in the report) instead of
         * refused; false unless set. Skipped lines stay in the file, so the next opening must skip them again.
         *
         * @param value whether to skip damaged lines
         * @return this builder
         */
        public Builder skipCorrupt(boolean value) {
            this.skipCorrupt = value;
            return this;
        }

        /**
         * Sets the clock for the time written in each file's header; the system's UTC clock unless set.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** For tests: wraps the channel each side file is written through, e.g. to simulate a full disk. */
        Builder sideChannels(UnaryOperator<WritableByteChannel> value) {
            this.sideChannels = Objects.requireNonNull(value, "sideChannels");
            return this;
        }

        /**
         * Opens the journal: creates the directory if missing and locks it. The files are read at the first
         * {@link Journal#replay replay} or {@link Journal#write write}.
         *
         * @return the journal
         * @throws IOException if the directory cannot be created or is locked by another process
         */
        public Journal open() throws IOException {
            return new Journal(this);
        }
    }
}
