package io.github.sipas.core.csv;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import io.github.sipas.core.Answer;
import io.github.sipas.core.AnswerParser;
import io.github.sipas.core.internal.Ids;
import io.github.sipas.core.internal.Texts;

/**
 * Parses the records after the header on a second thread, in batches, so that the CSV syntax of one batch is read
 * while the rows of the one before are scored: on two cores a read costs little more than the parse alone. The parsing
 * thread also checks the text is UTF-8, cleans the response ids and looks each up among those before it (records are
 * parsed in file order), cleans the unit, period and attribute cells, parses the item cells and checks each row
 * ({@link RowChecks}); the caller's thread takes the accepted responses and rejected rows in file order, and the sinks
 * are only called from it.
 *
 * <p>The thread owns the caches of cleaned cells; the columns and the parsers it reads are immutable.
 */
final class ParseAhead implements Runnable, RecordSink {

    /** How many distinct values of a repeating column are remembered, cleaned. */
    static final int CACHE_LIMIT = 10_000;

    private static final int BATCH = 512;

    /**
     * The fields a batch may hold before it is handed on, so that the batches in flight stay small when rows are wide
     * (a batch of 512 rows of 30 fields holds 15,360).
     */
    private static final int BATCH_FIELDS = 1 << 16;

    /** The batches parsed, in file order; the last is marked {@link Batch#last}, or carries the failure. */
    final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
    /** Set by the reading thread when it wants no more batches. */
    volatile boolean stop;
    private final Source source;
    private final Columns columns;
    /** The checks of the rows, made here in file order; null to leave them to the reading thread (tests). */
    private final RowChecks checks;
    private final Map<Integer, Map<String, String>> caches = new HashMap<>();
    /** Where each id was first seen, asked in file order. */
    private final IdCheck ids;
    private Batch batch = new Batch(BATCH);
    /** The line of the record being parsed, for a failure. */
    private long line;

    /** Where the records after the header come from: a CSV parser, the bytes of a file, or a sheet of a workbook. */
    interface Source {
        /**
         * Hands each record after the header to {@link RecordSink#add} in order, and returns when there are no more
         * or when {@code add} returns false. Calls {@link RecordSink#at} with the line of a record before parsing it,
         * so that a failure names its line.
         */
        void produce(RecordSink into) throws InterruptedException;
    }

    /**
     * The records of a CSV parser, after its header; {@code line} is the line where the first starts, {@code offset}
     * the lines before the parser's text (0 when it read the header too).
     */
    static Source csv(CSVParser parser, Iterator<CSVRecord> it, RecordLimit limit, long line, long offset) {
        return into -> {
            long at = line;
            while (true) {
                into.at(at);
                if (!it.hasNext()) {
                    return;
                }
                CSVRecord r = it.next();
                limit.recordEnded();
                if (!into.add(r.values(), at)) {
                    return;
                }
                at = offset + parser.getCurrentLineNumber() + 1;
            }
        };
    }

    ParseAhead(Source source, Columns columns) {
        this(source, columns, null, IdCheck.inMemory());
    }

    ParseAhead(Source source, Columns columns, RowChecks checks, IdCheck ids) {
        this.source = source;
        this.columns = columns;
        this.checks = checks;
        this.ids = ids;
    }

    /** Records parsed ahead, with the line each starts on; or the failure that ended the parse. */
    static final class Batch {
        final String[][] records;
        final long[] lines;
        int size;
        /** The fields of the records in the batch. */
        int fields;
        boolean last;
        Throwable failure;
        long failureLine;

        /**
         * Per record: the response id in normal form ({@link Ids#normalize}; null when blank or refused), why it is
         * refused ({@link Ids#fault}; null when not), the line where the id was first seen (0 if this is the first),
         * a column not UTF-8.
         */
        final String[] ids;
        final String[] badIds;
        final long[] firstLines;
        final int[] notUtf8;
        /** Per record: its unit, period and attribute cells, cleaned; null for a row of the wrong width. */
        final String[][] cleaned;
        /** Per record: each item column's answer or failure; null for a row of the wrong width. */
        final Object[][] cells;
        /** Per record, when the checks are made here: the accepted response, or null. */
        final io.github.sipas.core.Response[] responses;
        /** Per record, when the checks are made here and there is a rejects sink: the rejected row, or null. */
        final io.github.sipas.core.RejectedRow[] rejected;

        Batch(int capacity) {
            records = new String[capacity][];
            lines = new long[capacity];
            ids = new String[capacity];
            badIds = new String[capacity];
            firstLines = new long[capacity];
            notUtf8 = new int[capacity];
            cleaned = new String[capacity][];
            cells = new Object[capacity][];
            responses = new io.github.sipas.core.Response[capacity];
            rejected = new io.github.sipas.core.RejectedRow[capacity];
        }
    }

    @Override
    public void run() {
        try {
            try {
                source.produce(this);
            } catch (RuntimeException | Error e) {
                // an Error too (out of memory on a huge field): the reading thread must not wait forever
                Batch failed = new Batch(0);
                failed.failure = e;
                failed.failureLine = line;
                queue.put(batch);
                queue.put(failed);
                return;
            }
            batch.last = true;
            queue.put(batch);
        } catch (InterruptedException e) {
            // the reader stopped early: nothing more is wanted
        }
    }

    @Override
    public void at(long recordLine) {
        this.line = recordLine;
    }

    /**
     * Parses a record ahead: its id, its cleaned cells and its answers, handed on in a batch.
     *
     * @param r the record's fields, not copied (a sheet's row padded to the header's width)
     * @param recordLine the line (the sheet's row) where it starts
     * @return false when the reader wants no more records
     */
    @Override
    public boolean add(String[] r, long recordLine) throws InterruptedException {
        this.line = recordLine;
        if (stop) {
            return false;
        }
        int k = batch.size;
        batch.records[k] = r;
        batch.lines[k] = recordLine;
        batch.notUtf8[k] = notUtf8(r);
        batch.ids[k] = null;
        batch.badIds[k] = null;
        batch.firstLines[k] = 0;
        batch.cleaned[k] = null;
        batch.cells[k] = null;
        if (batch.notUtf8[k] < 0 && r.length == columns.header.size()) {
            batch.cleaned[k] = clean(r);
            batch.cells[k] = parseCells(r);
            String id = columns.rowIds ? "row-" + recordLine : id(r[columns.idColumn], batch, k);
            if (!id.isEmpty()) {
                batch.ids[k] = id;
                // numbered rows cannot repeat
                batch.firstLines[k] = columns.rowIds ? 0 : ids.firstLine(id, recordLine);
            }
        }
        boolean fatal = checks != null && batch.notUtf8[k] >= 0;
        if (checks != null && !fatal) {
            batch.responses[k] = checks.row(r, recordLine, batch.ids[k], batch.badIds[k], batch.firstLines[k],
                    batch.cleaned[k], batch.cells[k]);
            batch.rejected[k] = checks.lastRejected();
        }
        batch.size++;
        batch.fields += r.length;
        if (fatal) {
            // the read ends at this row: nothing after it is checked
            queue.put(batch);
            batch = new Batch(0);
            stop = true;
            return false;
        }
        if (batch.size == BATCH || batch.fields >= BATCH_FIELDS) {
            queue.put(batch);
            batch = new Batch(BATCH);
        }
        return true;
    }

    /**
     * The first column holding U+FFFD, the replacement the decoder puts for bytes that are not UTF-8, or -1.
     */
    static int notUtf8(String[] r) {
        for (int j = 0; j < r.length; j++) {
            String v = r[j];
            // most cells are one character, a code: compare it rather than search
            if (v.length() == 1 ? v.charAt(0) == '\uFFFD' : v.length() > 1 && v.indexOf('\uFFFD') >= 0) {
                return j;
            }
        }
        return -1;
    }

    /** Each item column's {@link Answer} or {@link AnswerParser.Failure}; the parsers are immutable. */
    private Object[] parseCells(String[] r) {
        int[] itemColumns = columns.itemColumns;
        AnswerParser[] columnParsers = columns.columnParsers;
        Object[] out = new Object[itemColumns.length];
        for (int a = 0; a < itemColumns.length; a++) {
            int j = itemColumns[a];
            out[a] = columnParsers[j].parse(r[j]);
        }
        return out;
    }

    /**
     * The response id of a cell in the form ids are compared in ({@link #id}), or blank when the cell is blank or its
     * id refused.
     */
    static String comparedId(String raw) {
        return id(raw, null, 0);
    }

    /**
     * The response id of a cell in the form ids are compared in, as the collector compares them: printable ASCII
     * trimmed of spaces (the fast path: no normalization); a cell of white space only blank (a missing id);
     * otherwise checked as given ({@link Ids#fault}: the reason recorded for the row when there is a batch, and
     * blank returned) and normalized (NFKC, dashes as {@code -}, trimmed of spaces).
     */
    private static String id(String raw, Batch batch, int k) {
        if (Ids.plain(raw)) {
            return Ids.trimSpaces(raw);
        }
        if (Texts.clean(raw).isEmpty()) {
            return "";
        }
        String fault = Ids.fault(raw);
        if (fault != null) {
            if (batch != null) {
                batch.badIds[k] = fault;
            }
            return "";
        }
        return Ids.normalize(raw);
    }

    /** The unit, period and attribute cells of a record, cleaned. */
    private String[] clean(String[] r) {
        int[] attributeColumns = columns.attributeColumns;
        String[] out = new String[2 + attributeColumns.length];
        out[0] = cached(0, r[columns.unitColumn]);
        out[1] = columns.periodColumn < 0 ? null : cached(1, r[columns.periodColumn]);
        for (int a = 0; a < attributeColumns.length; a++) {
            out[2 + a] = cached(a + 4, r[attributeColumns[a]]);
        }
        return out;
    }

    /**
     * Cleans a cell of a column whose values repeat (unit, period, attributes), remembering up to
     * {@value #CACHE_LIMIT} distinct values per column so that each is normalized once and shared.
     */
    private String cached(int column, String raw) {
        Map<String, String> cache = caches.get(column);
        if (cache == null) {
            cache = new HashMap<>();
            caches.put(column, cache);
        }
        String clean = cache.get(raw);
        if (clean == null) {
            clean = Texts.clean(raw);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(raw, clean);
            }
        }
        return clean;
    }
}
