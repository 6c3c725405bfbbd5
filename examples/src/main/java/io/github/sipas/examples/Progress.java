package io.github.sipas.examples;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress line on standard error for long reads: rows read, rows per second and the share of the file's bytes read,
 * redrawn twice a second once a read has taken more than two seconds, and cleared at the end. Shown only when the
 * program runs in a terminal; never written to the JSON or CSV output.
 */
final class Progress implements AutoCloseable {

    private static final long DELAY_NANOS = 2_000_000_000L;

    private final long totalBytes;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private final PrintStream err;
    private final long start = System.nanoTime();
    private final Thread painter;
    private volatile boolean done;
    private volatile boolean shown;

    private Progress(long totalBytes, PrintStream err, boolean enabled) {
        this.totalBytes = totalBytes;
        this.err = err;
        if (enabled) {
            painter = new Thread(this::paintLoop, "sipas-progress");
            painter.setDaemon(true);
            painter.start();
        } else {
            painter = null;
        }
    }

    /** A progress line for a file of the given size; drawn only when there is a terminal. */
    static Progress forFile(long totalBytes) {
        return new Progress(totalBytes, System.err, System.console() != null);
    }

    /** A progress line that is never drawn. */
    static Progress off() {
        return new Progress(0, System.err, false);
    }

    /** Counts the bytes read through a stream. */
    InputStream count(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    bytes.addAndGet(n);
                }
                return n;
            }
        };
    }

    /** Counts one row. */
    void row() {
        rows.incrementAndGet();
    }

    /** The line as it would be drawn now. */
    String line() {
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        long r = rows.get();
        String percent = totalBytes > 0 ? String.format(Locale.ROOT, ", %.0f%% of the file", 100.0 * bytes.get()
                / totalBytes) : "";
        return String.format(Locale.ROOT, "%,d rows, %,.0f rows/s%s", r, r / seconds, percent);
    }

    private void paintLoop() {
        try {
            while (!done) {
                Thread.sleep(500);
                if (!done && System.nanoTime() - start > DELAY_NANOS) {
                    synchronized (this) {
                        if (!done) {
                            err.print("\r" + line() + "   ");
                            err.flush();
                            shown = true;
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            done = true;
            if (shown) {
                err.print("\r" + " ".repeat(line().length() + 3) + "\r");
                err.flush();
            }
        }
        if (painter != null) {
            painter.interrupt();
        }
    }
}
