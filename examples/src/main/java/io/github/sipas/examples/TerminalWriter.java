package io.github.sipas.examples;

import io.github.sipas.core.TerminalText;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The command line's standard error: every text printed through it is escaped by {@link TerminalText#escape}, so that
 * a unit name, a header or a value from a hostile file cannot send escape sequences, carriage returns or bidirectional
 * overrides to the terminal; only the line ends of {@code println} pass as they are, so each message stays one line.
 */
final class TerminalWriter extends PrintWriter {

    TerminalWriter(Writer out) {
        super(out, true);
    }

    @Override
    public void write(String s, int off, int len) {
        String text = TerminalText.escape(s.substring(off, off + len));
        super.write(text, 0, text.length());
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c), 0, 1);
    }
}
