package io.github.sipas.scoring.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The style sheet of the page, read once from the resources {@code report.css} and {@code report-wide.css} beside this
 * class (UTF-8) and inlined into the page's {@code <style>}, so that the page stays one file that loads nothing.
 */
final class ReportStyle {

    /** The page's style. */
    private static final String BASE = read("report.css");
    /** The style of a ranking table widened by rank sets or Fay–Herriot estimates; added only then. */
    private static final String WIDE = read("report-wide.css");

    private ReportStyle() {
    }

    /** Returns the style sheet, each line ending with a line feed, with the wide table's style when asked. */
    static String css(boolean wide) {
        return wide ? BASE + WIDE : BASE;
    }

    private static String read(String name) {
        try (InputStream in = ReportStyle.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report's style sheet " + name + " is missing from the classpath");
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            // Written into the page unescaped: nothing in it may end the <style> element or start an entity.
            if (css.contains("<") || css.contains("&")) {
                throw new IllegalStateException("the style sheet " + name + " holds '<' or '&'");
            }
            return css.endsWith("\n") ? css : css + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
