package io.github.sipas.scoring.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Writes the markup of the report (XHTML and SVG syntax) and escapes every text and attribute value it is given:
 * {@link #text(String)} and {@link #attr(String, String)} escape {@code & < > " '} and drop the characters XML does
 * not allow. The only way to write markup that is not escaped is {@link #rawTrustedMarkup(String)}, for constants of
 * the page (the doctype and the style sheet). Tag and attribute names are checked to be names; elements must be
 * closed in the order they were opened, and {@link #finish()} fails while one is open.
 *
 * <p>A start tag stays open for {@link #attr attributes} until the next content, child or end tag; an element opened
 * with {@link #open} ends with {@link #close(String)} ({@code <p></p>}) or {@link #closeEmpty()} ({@code <br/>}).
 * Nothing is indented: line breaks are written where {@link #newline()} is called.
 */
final class Html {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_:.-]*");

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();
    /** Whether the innermost element's start tag still takes attributes: its {@code >} is not written yet. */
    private boolean inStartTag;

    Html() {
        this(1 << 17);
    }

    Html(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /**
     * Opens an element with attributes given as name, value pairs; a pair whose value is null is left out.
     *
     * @throws IllegalArgumentException if a name is not a name or a name has no value
     */
    Html open(String tag, String... attributes) {
        endStartTag();
        out.append('<').append(name(tag));
        open.push(tag);
        inStartTag = true;
        return attrs(attributes);
    }

    /** Adds attributes, as name, value pairs, to the start tag just opened; a null value leaves its pair out. */
    Html attrs(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name, value pairs; " + attributes.length
                    + " strings given");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            attr(attributes[i], attributes[i + 1]);
        }
        return this;
    }

    /**
     * Adds an attribute to the start tag just opened, its value escaped; a null value adds nothing.
     *
     * @throws IllegalStateException if the start tag has been ended by content, a child or its end tag
     */
    Html attr(String name, String value) {
        if (!inStartTag) {
            throw new IllegalStateException("attribute '" + name + "' after the start tag of <" + open.peek()
                    + "> was ended");
        }
        name(name);
        if (value != null) {
            out.append(' ').append(name).append("=\"");
            escapeTo(value, out);
            out.append('"');
        }
        return this;
    }

    /** Adds an attribute whose value is a number, written as {@link #number(double)} writes it. */
    Html attr(String name, double value) {
        return attr(name, number(value));
    }

    /** Adds an attribute whose value is a whole number. */
    Html attr(String name, long value) {
        return attr(name, Long.toString(value));
    }

    /** Writes text, escaped; null writes nothing. */
    Html text(String text) {
        endStartTag();
        if (text != null) {
            escapeTo(text, out);
        }
        return this;
    }

    /**
     * Closes the innermost element, which must be the one named.
     *
     * @throws IllegalStateException if no element is open or the innermost one is another
     */
    Html close(String tag) {
        if (!tag.equals(open.peek())) {
            throw new IllegalStateException(open.isEmpty() ? "</" + tag + "> but no element is open"
                    : "</" + tag + "> but the innermost open element is <" + open.peek() + ">");
        }
        endStartTag();
        open.pop();
        out.append("</").append(tag).append('>');
        return this;
    }

    /**
     * Ends the element just opened as an empty one, {@code <tag .../>}.
     *
     * @throws IllegalStateException if its start tag has been ended
     */
    Html closeEmpty() {
        if (!inStartTag) {
            throw new IllegalStateException(open.isEmpty() ? "no element to end as empty"
                    : "<" + open.peek() + "> has content and cannot end as empty");
        }
        inStartTag = false;
        open.pop();
        out.append("/>");
        return this;
    }

    /** Writes an empty element, {@code <tag .../>}, with attributes as name, value pairs. */
    Html empty(String tag, String... attributes) {
        return open(tag, attributes).closeEmpty();
    }

    /** Writes an element holding only text: its start tag, the text escaped, its end tag. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Writes a line break. */
    Html newline() {
        endStartTag();
        out.append('\n');
        return this;
    }

    /**
     * Writes markup as it is, unescaped: only for constants of the page (the doctype, the style sheet), never for
     * text that comes from the data or the caller.
     */
    Html rawTrustedMarkup(String markup) {
        endStartTag();
        out.append(markup);
        return this;
    }

    /**
     * Returns the markup written.
     *
     * @throws IllegalStateException if an element is still open
     */
    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements still open: " + open);
        }
        return out.toString();
    }

    private void endStartTag() {
        if (inStartTag) {
            out.append('>');
            inStartTag = false;
        }
    }

    private static String name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag or attribute name: " + name);
        }
        return name;
    }

    /**
     * Returns text escaped for an element's content or a double- or single-quoted attribute: {@code & < > " '}, and
     * the characters XML 1.0 does not allow (control characters but tab, line feed and carriage return, unpaired
     * surrogates, U+FFFE and U+FFFF) and those it discourages and HTML forbids (DEL and the C1 controls U+0080–U+009F)
     * replaced by U+FFFD; null gives the empty string.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        escapeTo(text, b);
        return b.toString();
    }

    private static void escapeTo(String s, StringBuilder b) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || c >= 0x7F && c <= 0x9F
                            || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
    }

    /** Returns a number for an attribute (SVG coordinates): at most two decimals, the decimal point, no exponent. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString();
    }
}
