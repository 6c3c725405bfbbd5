package io.github.sipas.core.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import io.github.sipas.core.InputException;
import io.github.sipas.core.ResponseValidator;

/**
 * One pass over a {@link Journal}'s files, the reading side of the journal: checks every line (its checksum and
 * fields, the header's survey and file number, the sequence without gaps, and, when given a validator, the survey's
 * rules) and hands each record to a sink. Bad lines at the very end of the last file are a torn write, reported as
 * such; bad lines followed by a valid one are damage, refused or skipped. Used by {@link Journal#read} and when a
 * journal is opened or replayed.
 */
final class JournalScan {

    private static final int CHUNK = 1 << 16;

    private final String survey;
    private final boolean skipCorrupt;
    private final boolean singleFile;
    /** Checks each record against the survey, or null. */
    ResponseValidator validator;
    private final List<JournalReport.BadLine> pending = new ArrayList<>();
    private final List<JournalReport.BadLine> skipped = new ArrayList<>();
    private long records;
    private long lastSequence;
    /** The end of the last valid line of the last file. */
    long lastValidEnd;
    JournalReport report;

    JournalScan(String survey, boolean skipCorrupt, boolean singleFile) {
        this.survey = survey;
        this.skipCorrupt = skipCorrupt;
        this.singleFile = singleFile;
    }

    JournalScan run(List<Path> files, Consumer<? super Collected> sink) throws IOException {
        List<String> names = new ArrayList<>();
        long lastSize = 0;
        for (int k = 0; k < files.size(); k++) {
            Path f = files.get(k);
            names.add(f.getFileName().toString());
            if (!pending.isEmpty()) {
                corruption();
            }
            lastSize = file(f, singleFile ? -1 : JournalFiles.number(f), sink);
        }
        JournalReport.BadLine torn = null;
        if (!pending.isEmpty()) {
            JournalReport.BadLine first = pending.get(0);
            String more = pending.size() > 1 ? " (and " + (pending.size() - 1) + " more lines after it)" : "";
            torn = new JournalReport.BadLine(first.file(), first.line(), first.offset(), lastSize - first.offset(),
                    first.reason() + more);
        }
        report = new JournalReport(names, records, lastSequence, torn, skipped);
        return this;
    }

    /** Whether lines were skipped since the last record, so that a gap in the numbering is explained. */
    private boolean skippedSinceLast;

    /** A whole line that is wrong: skip it, or refuse. */
    private void damage(JournalReport.BadLine b) {
        if (skipCorrupt) {
            skipped.add(b);
            skippedSinceLast = true;
            return;
        }
        throw new CorruptJournalException(b.file(), b.line(), b.reason());
    }

    /** Pending bad lines followed by a valid one: skip them, or refuse. */
    private void corruption() {
        for (JournalReport.BadLine h : pending) {
            if (h.line() == 1) { // never skipped: the header names the survey the records are checked against
                throw new InputException(h.file(), 1, null, null, null, h.reason() + "; this is the file's header, "
                        + "which names the journal's survey, so it cannot be skipped: restore the file from a copy",
                        null);
            }
        }
        if (skipCorrupt) {
            skipped.addAll(pending);
            pending.clear();
            skippedSinceLast = true;
            return;
        }
        JournalReport.BadLine b = pending.get(0);
        throw new CorruptJournalException(b.file(), b.line(), b.reason() + "; valid records follow, so this is "
                + "damage, not a write cut short by a crash");
    }

    /** Reads one file; returns its size. */
    private long file(Path f, int expectedNumber, Consumer<? super Collected> sink) throws IOException {
        String name = f.getFileName().toString();
        long offset = 0;
        long line = 0;
        lastValidEnd = 0;
        byte[] chunk = new byte[CHUNK];
        byte[] buf = new byte[4096];
        int len = 0;
        long overflow = -1; // the length so far of a line too long to hold, else -1
        try (InputStream in = Files.newInputStream(f)) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                int from = 0;
                for (int i = from; i < n; i++) {
                    if (chunk[i] != '\n') {
                        continue;
                    }
                    if (overflow < 0 && (long) len + (i - from) <= JournalCodec.MAX_LINE) {
                        buf = append(buf, len, chunk, from, i - from);
                        len += i - from;
                    } else {
                        overflow = (overflow < 0 ? len : overflow) + (i - from);
                    }
                    line++;
                    long lineBytes = (overflow >= 0 ? overflow : len) + 1;
                    if (overflow >= 0) {
                        pending.add(new JournalReport.BadLine(name, line, offset, lineBytes, "the line is longer "
                                + "than " + JournalCodec.MAX_LINE + " bytes"));
                    } else {
                        line(name, line, offset, buf, len, expectedNumber, sink);
                    }
                    offset += lineBytes;
                    if (pending.isEmpty()) {
                        lastValidEnd = offset;
                    }
                    len = 0;
                    overflow = -1;
                    from = i + 1;
                }
                if (overflow < 0 && (long) len + (n - from) <= JournalCodec.MAX_LINE) {
                    buf = append(buf, len, chunk, from, n - from);
                    len += n - from;
                } else {
                    overflow = (overflow < 0 ? len : overflow) + (n - from);
                }
            }
        }
        long tail = overflow >= 0 ? overflow : len;
        if (tail > 0) {
            pending.add(new JournalReport.BadLine(name, line + 1, offset, tail,
                    "the last line is incomplete (no newline): a write cut short"));
        }
        return offset + tail;
    }

    private static byte[] append(byte[] buf, int len, byte[] src, int from, int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.min(JournalCodec.MAX_LINE,
                    Math.max((long) len + n, 2L * buf.length)));
        }
        System.arraycopy(src, from, buf, len, n);
        return buf;
    }

    private void line(String name, long line, long offset, byte[] buf, int len, int expectedNumber,
            Consumer<? super Collected> sink) {
        try {
            if (line == 1) {
                JournalCodec.Header h = JournalCodec.decodeHeader(buf, len);
                if (!h.survey().equals(survey)) {
                    throw new InputException(name, 1, null, h.survey(), null, "this journal belongs to survey '"
                            + h.survey() + "', not '" + survey + "'", null);
                }
                if (expectedNumber > 0 && h.file() != expectedNumber) {
                    throw new JournalCodec.BadLine("the header says file " + h.file() + " but the file's name "
                            + "says " + expectedNumber);
                }
                return;
            }
            Collected c = JournalCodec.decode(buf, len);
            // A whole line with a good checksum is no torn write: from here on, a fault is damage at once.
            if (!pending.isEmpty()) {
                corruption();
            }
            if (validator != null) {
                ResponseValidator.Outcome o = validator.check(c.response());
                if (o.response() == null) {
                    damage(new JournalReport.BadLine(name, line, offset, len + 1L, "the response breaks the "
                            + "survey's rules: " + o.problems().stream().map(p -> p.kind() + " " + p.message())
                            .collect(Collectors.joining("; "))));
                    return;
                }
                if (o.response() != c.response()) {
                    c = new Collected(c.sequence(), c.received(), o.response());
                }
            }
            long expected = lastSequence + 1;
            if (c.sequence() < expected) {
                damage(new JournalReport.BadLine(name, line, offset, len + 1L, "sequence number " + c.sequence()
                        + " does not follow " + lastSequence));
                return;
            }
            if (c.sequence() > expected && !skippedSinceLast && (lastSequence > 0 || !singleFile)) {
                // The collector numbers without gaps; a gap means records were removed. (One file read alone may
                // start anywhere.)
                damage(new JournalReport.BadLine(name, line, offset, len + 1L, "sequence number " + c.sequence()
                        + " follows " + lastSequence + ": " + (c.sequence() - expected == 1 ? "record "
                        + expected + " is" : "records " + expected + " to " + (c.sequence() - 1) + " are")
                        + " missing"));
            }
            skippedSinceLast = false;
            records++;
            lastSequence = c.sequence();
            sink.accept(c);
        } catch (JournalCodec.BadLine e) {
            pending.add(new JournalReport.BadLine(name, line, offset, len + 1L, e.getMessage()));
        }
    }
}
