package io.github.sipas.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import io.github.sipas.core.internal.Texts;

/**
 * Says what the columns of an export hold when their headers are not the wide format's own, e.g. KoboToolbox's
 * {@code group_access/A1} or LimeSurvey's {@code Q1[SQ001]}.
 *
 * <p>A header is looked up exactly first, then ignoring case. Columns the mapping does not name are matched as usual
 * (see {@link io.github.sipas.core.csv.CsvResponseReader}).
 *
 * <p>A mapping file is a CSV file with the header {@code column,target}, one row per column, the target written as in
 * {@link ColumnTarget#parse(String)}:
 * <pre>
 * column,target
 * _uuid,response_id
 * Q0[SQ001],unit
 * Q1[SQ001],A1
 * Q9,attribute:gender
 * _notes,ignore
 * </pre>
 *
 * @param targets the target of each header
 * @since 0.1
 */
public record ColumnMapping(Map<String, ColumnTarget> targets) {

    /**
     * The most entries a mapping file may hold: 16,384, one per column of the widest file the reader takes
     * ({@code CsvResponseReader.MAX_COLUMNS}). The file itself may be at most 16 MiB, as a unit list.
     */
    public static final int MAX_ENTRIES = 16_384;

    /** The empty mapping: every header is matched by name. */
    public static final ColumnMapping NONE = new ColumnMapping(Map.of());

    /**
     * Copies the map.
     *
     * @param targets the target of each header
     * @throws NullPointerException if the map, a key or a value is null
     */
    public ColumnMapping {
        Map<String, ColumnTarget> copy = new LinkedHashMap<>();
        targets.forEach((k, v) -> copy.put(Texts.clean(Objects.requireNonNull(k, "column")),
                Objects.requireNonNull(v, "target of " + k)));
        targets = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the target a mapping gives a header, if any.
     *
     * @param header the header as written in the file
     * @return the target, or empty when the mapping does not name the header
     */
    public Optional<ColumnTarget> targetOf(String header) {
        String h = Texts.clean(header);
        ColumnTarget t = targets.get(h);
        if (t != null) {
            return Optional.of(t);
        }
        for (Map.Entry<String, ColumnTarget> e : targets.entrySet()) {
            if (e.getKey().equalsIgnoreCase(h)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a mapping file (see the class documentation); UTF-8, with or without a byte-order mark; at most 16 MiB and
     * {@value #MAX_ENTRIES} entries.
     *
     * @param file the file
     * @return the mapping
     * @throws InputException if the file is malformed, larger than 16 MiB or has more than {@value #MAX_ENTRIES}
     *     entries; the message names the file, line and value
     * @throws UncheckedIOException if it cannot be read
     */
    public static ColumnMapping read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').get();
        Map<String, ColumnTarget> map = new LinkedHashMap<>();
        String source = file.toString();
        long line = 1;
        try (CSVParser parser = CSVParser.builder().setReader(SmallCsvFile.open(file, "column mapping"))
                .setFormat(format).get()) {
            for (String required : java.util.List.of("column", "target")) {
                if (!parser.getHeaderMap().containsKey(required)) {
                    throw InputException.atLine(source, 1, required, null,
                            "missing required column '" + required + "'; the header must be column,target");
                }
            }
            line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord r : parser) {
                line = parser.getCurrentLineNumber();
                String column = r.isSet("column") ? r.get("column") : "";
                String target = r.isSet("target") ? r.get("target") : "";
                if (column.isEmpty()) {
                    throw InputException.atLine(source, line, "column", column, "the column name is blank");
                }
                if (map.size() == MAX_ENTRIES) {
                    throw InputException.atLine(source, line, null, null, "the column mapping has more than "
                            + MAX_ENTRIES + " entries; a response file has at most " + MAX_ENTRIES + " columns (is it "
                            + "the right file?)");
                }
                ColumnTarget t;
                try {
                    t = ColumnTarget.parse(target);
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw InputException.atLine(source, line, "target", target, "not a target: " + e.getMessage()
                            + "; allowed: response_id, unit, period, weight, ignore, attribute:NAME, item:ID or an item id");
                }
                if (map.put(Texts.clean(column), t) != null) {
                    throw InputException.atLine(source, line, "column", column, "the column is mapped twice");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            InputException notUtf8 = SmallCsvFile.notUtf8(e, source, line + 1);
            if (notUtf8 != null) {
                throw notUtf8;
            }
            throw new UncheckedIOException("cannot read column mapping " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
        return new ColumnMapping(map);
    }
}
