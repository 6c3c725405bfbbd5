package io.github.sipas.scoring;

import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Rule;
import io.github.sipas.core.Survey;
import io.github.sipas.core.UnitList;
import io.github.sipas.core.collect.Journal;
import io.github.sipas.core.collect.JournalReport;
import io.github.sipas.core.csv.CsvResponseReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a scoring run's responses come from: an export (a CSV or Excel file, or a CSV stream such as an upload or a
 * bundled resource) or a journal written by a {@link io.github.sipas.core.collect.ResponseCollector}.
 *
 * <p>A CSV source is read by the run's {@link CsvResponseReader}, so its rows are checked and rejected as
 * {@code sipas validate} does. A journal is read with {@link Journal#readChecked}: each response is checked against the
 * survey and unit list as the collector checks it; a torn end (a write that a crash cut short, never acknowledged) is a
 * warning ({@link Rule#TORN_LINE}) and any other damage stops the read with an error naming the file and line (a
 * {@link io.github.sipas.core.collect.CorruptJournalException}), unless the source was made with
 * {@link #journal(Path, boolean) skipCorrupt}: then each damaged line is skipped and reported as a warning
 * ({@link Rule#SKIPPED_LINE}). A directory that is not a journal is refused ("not a journal: no
 * journal-000001.jsonl"). In the problems of a journal's responses, "line" is the response's sequence number.
 *
 * @since 0.1
 */
public abstract sealed class ResponseSource permits ResponseSource.Csv, ResponseSource.JournalSource {

    /** Opens a stream of a CSV source; each call opens it anew. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens the stream.
         *
         * @return the stream, which the reader closes
         * @throws IOException if it cannot be opened
         */
        InputStream open() throws IOException;
    }

    private final String name;

    private ResponseSource(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Returns a file's responses: a journal when the path is a directory or a file named {@code *.jsonl}, an export
     * otherwise (CSV text or an Excel workbook, told apart by the content when read: see
     * {@link CsvResponseReader#read(Path, java.util.function.Consumer)}).
     *
     * @param path the file or the journal's directory
     * @return the source
     * @throws NullPointerException if the path is null
     */
    public static ResponseSource of(Path path) {
        Objects.requireNonNull(path, "path");
        return isJournal(path) ? journal(path) : csv(path);
    }

    /**
     * Returns an export's responses: a CSV file or an Excel workbook (its sheet chosen by the reader's
     * {@link CsvResponseReader.Builder#sheet}), told apart by their content; any other file is refused when read.
     *
     * @param file the file
     * @return the source
     * @throws NullPointerException if the file is null
     */
    public static ResponseSource csv(Path file) {
        Objects.requireNonNull(file, "file");
        return new Csv(file.toString(), () -> Files.newInputStream(file), file, file);
    }

    /**
     * Returns the responses of a CSV stream, such as an upload or a resource.
     *
     * @param name the name that problems give as the file (e.g. {@code "upload:round-2.csv"})
     * @param opener opens the stream
     * @return the source
     * @throws NullPointerException if an argument is null
     */
    public static ResponseSource csv(String name, Opener opener) {
        return new Csv(name, Objects.requireNonNull(opener, "opener"), null, null);
    }

    /**
     * Returns the responses of a CSV file read through a stream of the caller's, such as one that counts the bytes
     * for a progress display: the read takes the stream, and reads the file itself again only for the pass over a
     * large file's ids ({@link CsvResponseReader.Builder#idMemory}).
     *
     * @param file the file, CSV text
     * @param opener opens the stream of the file's bytes
     * @return the source
     * @throws NullPointerException if an argument is null
     * @since 0.2
     */
    public static ResponseSource csv(Path file, Opener opener) {
        Objects.requireNonNull(file, "file");
        return new Csv(file.toString(), Objects.requireNonNull(opener, "opener"), null, file);
    }

    /**
     * Returns a journal's responses.
     *
     * @param path the journal's directory, or one of its {@code .jsonl} files
     * @return the source
     * @throws NullPointerException if the path is null
     */
    public static ResponseSource journal(Path path) {
        return journal(path, false);
    }

    /**
     * Returns a journal's responses, skipping damaged lines when told to (see {@link Journal#read}).
     *
     * @param path the journal's directory, or one of its {@code .jsonl} files
     * @param skipCorrupt whether a damaged line followed by valid ones is skipped (and reported as a
     *     {@link Rule#SKIPPED_LINE} warning) instead of stopping the read
     * @return the source
     * @throws NullPointerException if the path is null
     */
    public static ResponseSource journal(Path path, boolean skipCorrupt) {
        return new JournalSource(Objects.requireNonNull(path, "path"), skipCorrupt);
    }

    /**
     * Tells whether a path is a collector's journal: a directory, or a file named {@code *.jsonl}.
     *
     * @param path the path
     * @return true for a journal
     * @throws NullPointerException if the path is null
     */
    public static boolean isJournal(Path path) {
        Objects.requireNonNull(path, "path");
        return Files.isDirectory(path) || path.getFileName().toString().endsWith(".jsonl");
    }

    /**
     * Returns the name that problems give as the file.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Reads every response, handing each accepted one on with its line (its sequence number in a journal).
     *
     * @param reader the reader of a CSV source, which also gives the survey
     * @param units the unit list a journal's responses are checked against, or null
     * @param sink takes each accepted response
     * @return the read's report
     * @throws UncheckedIOException if the source cannot be read: no such file (its cause a
     *     {@link NoSuchFileException}), or another I/O error, each naming the source
     * @throws io.github.sipas.core.InputException if a file is not UTF-8 text, or a journal is of another survey or
     *     damaged
     * @throws IllegalStateException if a stream's opener gives null
     * @throws NullPointerException if the reader or sink is null
     */
    public abstract ReadReport read(CsvResponseReader reader, UnitList units, CsvResponseReader.LineSink sink);

    @Override
    public String toString() {
        return name;
    }

    /** An export: a file (CSV or a workbook) or a CSV stream. */
    static final class Csv extends ResponseSource {
        private final Opener opener;
        /** The file, read by its kind; null for a stream. */
        private final Path file;
        /** The file whose bytes the stream gives, read again for a pass over its ids; null for none. */
        private final Path again;

        Csv(String name, Opener opener, Path file, Path again) {
            super(name);
            this.opener = opener;
            this.file = file;
            this.again = again;
        }

        @Override
        public ReadReport read(CsvResponseReader reader, UnitList units, CsvResponseReader.LineSink sink) {
            if (file != null) {
                try {
                    return reader.readWithLines(file, sink);
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof NoSuchFileException) {
                        throw new UncheckedIOException("no such file: " + name(), e.getCause());
                    }
                    throw e;
                }
            }
            try (InputStream in = opener.open()) {
                if (in == null) {
                    throw new IllegalStateException("the opener of " + name() + " gave no stream (null)");
                }
                return again != null ? reader.readWithLines(in, again, sink) : reader.readWithLines(in, name(), sink);
            } catch (NoSuchFileException e) {
                throw new UncheckedIOException("no such file: " + name(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name() + ": " + e.getMessage(), e);
            }
        }
    }

    /** A collector's journal. */
    static final class JournalSource extends ResponseSource {
        private final Path path;
        private final boolean skipCorrupt;

        JournalSource(Path path, boolean skipCorrupt) {
            super(path.toString());
            this.path = path;
            this.skipCorrupt = skipCorrupt;
        }

        @Override
        public ReadReport read(CsvResponseReader reader, UnitList units, CsvResponseReader.LineSink sink) {
            Survey survey = reader.survey();
            JournalReport jr;
            try {
                jr = Journal.readChecked(path, survey, units, skipCorrupt, c -> sink.accept(c.response(), c.sequence()));
            } catch (NoSuchFileException e) {
                throw new UncheckedIOException("no such file: " + path, e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
            }
            List<Problem> problems = new ArrayList<>();
            if (jr.torn() != null) {
                problems.add(new Problem(jr.torn().file(), jr.torn().line(), 0, null, null, Rule.TORN_LINE,
                        jr.torn().reason() + "; " + jr.torn().bytes() + " bytes from byte " + jr.torn().offset()
                        + " ignored: a write cut short by a crash, never forced, so never acknowledged"));
            }
            for (JournalReport.BadLine b : jr.skipped()) {
                problems.add(new Problem(b.file(), b.line(), 0, null, null, Rule.SKIPPED_LINE, b.reason() + "; "
                        + b.bytes() + " bytes from byte " + b.offset() + " skipped, as asked: its response, if it "
                        + "held one, is not counted"));
            }
            return new ReadReport(path.toString(), List.of(), jr.records(), jr.records(), 0, problems, List.of(),
                    List.of(), false);
        }
    }
}
