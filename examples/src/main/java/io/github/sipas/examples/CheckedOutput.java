package io.github.sipas.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The command line's standard output: a {@link PrintWriter} that keeps the first failure of the stream under it (a
 * full disk, a closed pipe, {@code /dev/full}), which a plain {@code PrintWriter} swallows, so that the command can
 * exit 2 with the reason instead of 0 with a cut output.
 */
final class CheckedOutput extends PrintWriter {

    private final Recorder recorder;

    private CheckedOutput(Recorder recorder) {
        super(recorder, true);
        this.recorder = recorder;
    }

    /** Standard output through {@code out}, which it closes never. */
    static CheckedOutput of(Writer out) {
        return new CheckedOutput(new Recorder(out));
    }

    /**
     * Flushes and returns why writing failed, if it did.
     *
     * @return the reason, or null when every write succeeded
     */
    String failure() {
        flush();
        IOException e = recorder.failure;
        if (e == null) {
            return checkError() ? "the output stream reported an error" : null;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Passes writes on, and keeps the first exception. */
    private static final class Recorder extends Writer {
        private final Writer out;
        private IOException failure;

        Recorder(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            try {
                out.write(buf, off, len);
            } catch (IOException e) {
                record(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                record(e);
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        private synchronized void record(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
