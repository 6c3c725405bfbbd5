package io.github.sipas.core.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import io.github.sipas.core.InputException;
import io.github.sipas.core.SmallCsvFile;
import io.github.sipas.core.internal.Texts;

/**
 * What the values an export writes in its cells stand for, as a {@code --values} file gives them: for exports that
 * write choice names or answer codes ({@code khong_biet}, {@code A4}, {@code 99}) instead of the scale's codes or labels.
 *
 * <h2>The file</h2>
 * CSV, UTF-8 with or without a byte-order mark, a header line {@code column,value,code} (in any order; other columns are
 * ignored), then one rule a line; blank lines and lines starting {@code #} are skipped. At most
 * {@value #MAX_ENTRIES} rules, 16 MiB, and {@value #MAX_LENGTH} characters per cell.
 * <ul>
 * <li>{@code column}: a column of the export as its header names it, or the id of the item it holds, or {@code unit}
 * for the unit column whatever its header; or {@code *} for every item column.</li>
 * <li>{@code value}: the text of the cell, matched after the same folding as labels (case, diacritics, spaces and
 * punctuation ignored: {@code Khong_Biet} is {@code khong biet}).</li>
 * <li>{@code code}: a code of the item's scale ({@code 4}, or a special code such as {@code 0}), or {@code dont-know},
 * {@code not-applicable} (both read as the scale's don't-know code), {@code not-asked}, or {@code unanswered}; for the
 * unit column a unit id or name (matched against the unit list if one is given).</li>
 * </ul>
 * A rule for a column wins over a {@code *} rule for the same value, and a rule wins over the scale's own codes and
 * labels. A {@code *} rule applies to the item columns whose scale has its code (so {@code *,99,dont-know} leaves the
 * items without a don't-know code alone, where a {@code 99} stays an error); a {@code *} rule whose code no scale of
 * the instrument has, and a column rule whose code is not on its item's scale, is an error naming the rule's line when
 * the reader is built or the header is read. The same value twice for one column is an error.
 *
 * <pre>
 * column,value,code
 * *,A1,1
 * *,A5,5
 * *,khong_biet,dont-know
 * unit,A3,bao-yen
 * </pre>
 *
 * <p>Immutable.
 *
 * @since 0.2
 */
public final class AnswerValues {

    /** The most rules a file or builder may hold. */
    public static final int MAX_ENTRIES = 100_000;

    /** The longest column, value or code, in characters. */
    public static final int MAX_LENGTH = 1_000;

    /** The column that stands for every item column. */
    public static final String ANY_COLUMN = "*";

    /** No rules: every cell is read as the scale's codes and labels. */
    public static final AnswerValues NONE = new AnswerValues(List.of());

    /**
     * One rule.
     *
     * @param column the column as written, or {@code *}
     * @param value the value as written
     * @param code the code as written
     * @param source where the rule was given ({@code values.csv} or {@code answer values})
     * @param line the rule's line in its file, or its 1-based number when built
     */
    record Entry(String column, String value, String code, String source, long line) {
        /** Whether this rule applies to every item column. */
        boolean any() {
            return ANY_COLUMN.equals(column);
        }

        InputException error(String reason) {
            return InputException.atLine(source, line, "code", code, reason);
        }
    }

    private final List<Entry> entries;
    /** Rules by folded column ({@code *} as is), then by folded value. */
    private final Map<String, Map<String, Entry>> byColumn;

    private AnswerValues(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Map<String, Entry>> map = new LinkedHashMap<>();
        for (Entry e : this.entries) {
            Entry before = map.computeIfAbsent(columnKey(e.column()), k -> new LinkedHashMap<>())
                    .putIfAbsent(Texts.fold(e.value()), e);
            if (before != null) {
                throw InputException.atLine(e.source(), e.line(), "value", e.value(), "value '" + e.value()
                        + "' of column '" + e.column() + "' is given twice (line " + before.line() + " first)");
            }
        }
        map.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        this.byColumn = Collections.unmodifiableMap(map);
    }

    private static String columnKey(String column) {
        return ANY_COLUMN.equals(column) ? ANY_COLUMN : Texts.fold(column);
    }

    /**
     * Starts a set of rules.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a values file (see the class documentation).
     *
     * @param file the file
     * @return the rules
     * @throws InputException if the file is malformed, too large, or has a blank or too long cell; the message names
     *     the file, line, column and value
     * @throws UncheckedIOException if it cannot be read
     */
    public static AnswerValues read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').get();
        String source = file.toString();
        List<Entry> out = new ArrayList<>();
        long line = 1;
        try (Reader reader = SmallCsvFile.open(file, "values file");
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> header = new LinkedHashMap<>();
            parser.getHeaderMap().forEach((k, v) -> header.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), v));
            for (String required : List.of("column", "value", "code")) {
                if (!header.containsKey(required)) {
                    throw InputException.atLine(source, 1, required, null, "missing required column '" + required
                            + "'; the header must be column,value,code");
                }
            }
            for (CSVRecord r : parser) {
                line = parser.getCurrentLineNumber();
                if (out.size() == MAX_ENTRIES) {
                    throw InputException.atLine(source, line, null, null, "the values file has more than "
                            + MAX_ENTRIES + " rules (is it the right file?)");
                }
                String[] cells = new String[3];
                int k = 0;
                for (String name : List.of("column", "value", "code")) {
                    int index = header.get(name);
                    String cell = index < r.size() ? Texts.clean(r.get(index)) : "";
                    check(source, line, name, cell);
                    cells[k++] = cell;
                }
                out.add(entry(cells[0], cells[1], cells[2], source, line));
            }
        } catch (IOException | UncheckedIOException e) {
            InputException notUtf8 = SmallCsvFile.notUtf8(e, source, line + 1);
            if (notUtf8 != null) {
                throw notUtf8;
            }
            throw new UncheckedIOException("cannot read values file " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
        return new AnswerValues(out);
    }

    private static void check(String source, long line, String name, String cell) {
        if (cell.isEmpty()) {
            throw InputException.atLine(source, line, name, cell, "the " + name + " is blank");
        }
        if (cell.length() > MAX_LENGTH) {
            throw InputException.atLine(source, line, name, cell.substring(0, 40) + "…", "the " + name + " is "
                    + cell.length() + " characters; at most " + MAX_LENGTH);
        }
    }

    private static Entry entry(String column, String value, String code, String source, long line) {
        if (!ANY_COLUMN.equals(column) && Texts.fold(column).isEmpty()) {
            throw InputException.atLine(source, line, "column", column, "the column holds no letter or digit");
        }
        if (Texts.fold(value).isEmpty()) {
            throw InputException.atLine(source, line, "value", value, "the value holds no letter or digit");
        }
        return new Entry(column, value, code, source, line);
    }

    /**
     * Whether there are no rules.
     *
     * @return true for {@link #NONE} and any empty set
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Returns the number of rules.
     *
     * @return the count
     */
    public int size() {
        return entries.size();
    }

    /** Every rule, in order. */
    List<Entry> entries() {
        return entries;
    }

    /** The {@code *} rules, by folded value. */
    Map<String, Entry> anyColumn() {
        return byColumn.getOrDefault(ANY_COLUMN, Map.of());
    }

    /** The rules of a column named one of these (header, item id, "unit"), by folded value; later names lose. */
    Map<String, Entry> forColumn(String... names) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (String name : names) {
            if (name != null) {
                byColumn.getOrDefault(Texts.fold(name), Map.of()).forEach(out::putIfAbsent);
            }
        }
        return out;
    }

    /** Whether a rule names this folded column. */
    boolean namesColumn(String name) {
        return byColumn.containsKey(Texts.fold(name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnswerValues other && other.byColumn.equals(byColumn);
    }

    @Override
    public int hashCode() {
        return byColumn.hashCode();
    }

    @Override
    public String toString() {
        return "AnswerValues[" + entries.size() + " rules]";
    }

    /**
     * Collects rules.
     *
     * @since 0.2
     */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a rule; errors name it as {@code answer values, line N}, N its 1-based number.
         *
         * @param column a column as the header names it, an item id, {@code unit}, or {@code *}
         * @param value the cell's text
         * @param code a scale code, {@code dont-know}, {@code not-applicable}, {@code not-asked}, {@code unanswered},
         *     or for the unit column a unit id or name
         * @return this builder
         * @throws InputException if a part is blank or longer than {@value #MAX_LENGTH}, or there are more than
         *     {@value #MAX_ENTRIES} rules
         * @throws NullPointerException if a part is null
         */
        public Builder add(String column, String value, String code) {
            long n = entries.size() + 1L;
            String c = Texts.clean(Objects.requireNonNull(column, "column"));
            String v = Texts.clean(Objects.requireNonNull(value, "value"));
            String k = Texts.clean(Objects.requireNonNull(code, "code"));
            check("answer values", n, "column", c);
            check("answer values", n, "value", v);
            check("answer values", n, "code", k);
            if (n > MAX_ENTRIES) {
                throw InputException.atLine("answer values", n, null, null, "more than " + MAX_ENTRIES + " rules");
            }
            entries.add(entry(c, v, k, "answer values", n));
            return this;
        }

        /**
         * Returns the rules.
         *
         * @return the rules
         * @throws InputException if one value is given twice for one column
         */
        public AnswerValues build() {
            return entries.isEmpty() ? NONE : new AnswerValues(entries);
        }
    }
}
