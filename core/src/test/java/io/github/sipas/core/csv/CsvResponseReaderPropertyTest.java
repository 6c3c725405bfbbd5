package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.sipas.core.Answer;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Item;
import io.github.sipas.core.ItemType;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.RejectedRow;
import io.github.sipas.core.Response;
import io.github.sipas.core.Rule;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import io.github.sipas.core.Unit;
import io.github.sipas.core.UnitList;

/**
 * Seeded property tests of {@link CsvResponseReader}: random SIPAS 2017 responses written with Commons CSV's
 * {@link CSVPrinter} (random delimiter, line ends, byte-order mark, column order and header spelling) read back equal;
 * one corrupted item cell rejects exactly its line; one duplicated id is reported at its later line.
 *
 * <p>Cases come from fixed seeds, so every run reads the same files. The case features that matter most are not left to
 * chance but cycle with the case index (delimiter, line end, byte-order mark, text or byte input, one-row files, the
 * corrupt value), and {@link #generatorsHitEveryEdgeCase()} checks that the cases as generated do hit every edge case.
 */
class CsvResponseReaderPropertyTest {

    private static final Survey SURVEY = Surveys.bundled("sipas-2017");
    private static final UnitList UNITS = UnitList.bundled("laocai-2023");
    private static final int CASES = 200;
    private static final long ROUND_TRIP_SEED = 0x51_9A5_2017L;
    private static final long CORRUPT_SEED = 0xBAD_CE11L;
    private static final long DUPLICATE_SEED = 0xD0_0B1EL;
    private static final char[] DELIMITERS = {',', ';', '\t'};
    /** The nine district-level units of Lào Cai, as the fixtures write them. */
    private static final List<String> LAOCAI = List.of("Thành phố Lào Cai", "Thị xã Sa Pa", "Bát Xát", "Mường Khương",
            "Si Ma Cai", "Bắc Hà", "Bảo Thắng", "Bảo Yên", "Văn Bàn");
    private static final List<String> NOTES = List.of("", "   ", "Tốt", "Đông người, chờ lâu", "Nói \"cảm ơn\"",
            "Nhanh; gọn", "Có\ttab", "Dòng một\nDòng hai", "a,b;c\t\"d\"\ne", "\"", ",", "=1+1", "#không", " cách ");

    /** Corrupt values and the rule each breaks; the case index picks one in turn, so every one is used. */
    private static final List<String> CORRUPT = List.of("7", "x", "-1", "4.5", "Rất phù hợp", "6", "4,5", "Khác",
            "Very interested", "5 - Hài lòng", "10", "Mạng xã hội");

    private static Rule ruleOf(String corrupt) {
        return corrupt.equals("7") || corrupt.equals("6") || corrupt.equals("10") ? Rule.OUT_OF_RANGE
                : Rule.NOT_A_CODE;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The generator

    /** What a column of a generated file holds. */
    enum Kind { ID, UNIT, PERIOD, WEIGHT, ATTRIBUTE, ITEM }

    /** A column: its kind, its header as written, and the attribute name or item id it feeds. */
    record Column(Kind kind, String header, String name) {
    }

    /** A generated file: how it is written, its cells as written, and the responses a correct read gives. */
    static final class GeneratedFile {
        final String name;
        final char delimiter;
        final boolean crlf;
        final boolean bom;
        final boolean viaReader;
        final boolean withUnitList;
        /** Whether the last record ends in a line end. */
        final boolean finalLineEnd;
        /** How many blank lines or all-blank records come before each row, and after the last. */
        final List<Integer> blanksBefore;
        final int blanksAfter;
        final List<Column> columns;
        final List<List<String>> rows;
        final List<Response> expected;

        GeneratedFile(String name, char delimiter, boolean crlf, boolean bom, boolean viaReader,
                boolean withUnitList, boolean finalLineEnd, List<Integer> blanksBefore, int blanksAfter,
                List<Column> columns, List<List<String>> rows, List<Response> expected) {
            this.name = name;
            this.delimiter = delimiter;
            this.crlf = crlf;
            this.bom = bom;
            this.viaReader = viaReader;
            this.withUnitList = withUnitList;
            this.finalLineEnd = finalLineEnd;
            this.blanksBefore = blanksBefore;
            this.blanksAfter = blanksAfter;
            this.columns = columns;
            this.rows = rows;
            this.expected = expected;
        }

        /** Generates case {@code index} of a seed; {@code minRows} is 1, or 2 where a case needs two rows. */
        static GeneratedFile generate(long seed, int index, int minRows) {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed + 1_000_003L * index);
            char delimiter = DELIMITERS[index % 3];
            boolean crlf = index / 3 % 2 == 0;
            boolean bom = index / 6 % 2 == 0;
            boolean viaReader = index / 12 % 2 == 1;
            int nRows = index % 10 == 0 ? minRows : minRows + rng.nextInt(40);
            boolean finalLineEnd = index % 4 != 2;
            boolean withBlankLines = index % 5 == 3;
            boolean withUnitList = rng.nextBoolean();
            List<Integer> blanksBefore = new ArrayList<>();
            for (int r = 0; r < nRows; r++) {
                blanksBefore.add(withBlankLines && rng.nextInt(3) == 0 ? 1 + rng.nextInt(2) : 0);
            }
            int blanksAfter = withBlankLines && finalLineEnd ? rng.nextInt(3) : 0;

            List<Column> columns = new ArrayList<>();
            columns.add(new Column(Kind.ID, pick(rng, "response_id", "Response_ID", "RESPONSE_ID"), "response_id"));
            columns.add(new Column(Kind.UNIT, pick(rng, "unit", "Unit"), "unit"));
            if (rng.nextInt(3) > 0) {
                columns.add(new Column(Kind.PERIOD, "period", "period"));
            }
            if (rng.nextBoolean()) {
                columns.add(new Column(Kind.WEIGHT, pick(rng, "weight", "Weight"), "weight"));
            }
            for (String attribute : List.of("gender", "age_group", "note")) {
                if (rng.nextInt(4) > 0) {
                    String header = attribute.equals("gender") ? pick(rng, "gender", "Gender") : attribute;
                    columns.add(new Column(Kind.ATTRIBUTE, header, header));
                }
            }
            if (rng.nextInt(5) == 0) {
                columns.add(new Column(Kind.ATTRIBUTE, "cột_lạ", "cột_lạ"));
            }
            for (Item item : SURVEY.items()) {
                if (item.isCriterion() || rng.nextBoolean()) {
                    int form = rng.nextInt(10);
                    String header = form < 7 ? item.id() : form < 9 ? item.id().toLowerCase(Locale.ROOT)
                            : "grp_" + (item.element() == null ? "other" : item.element()) + "/" + item.id();
                    columns.add(new Column(Kind.ITEM, header, item.id()));
                }
            }
            for (int i = columns.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                columns.set(i, columns.set(j, columns.get(i)));
            }

            List<List<String>> rows = new ArrayList<>();
            List<Response> expected = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int r = 0; r < nRows; r++) {
                String id;
                do {
                    id = randomId(rng);
                } while (!ids.add(nfcStrip(id)));
                List<String> cells = new ArrayList<>();
                String unit = null;
                String period = null;
                OptionalDouble weight = OptionalDouble.empty();
                Map<String, Answer> answers = new LinkedHashMap<>();
                Map<String, String> attributes = new LinkedHashMap<>();
                for (Column c : columns) {
                    switch (c.kind()) {
                        case ID:
                            cells.add(id);
                            break;
                        case UNIT: {
                            String[] cellAndUnit = randomUnit(rng, withUnitList);
                            cells.add(cellAndUnit[0]);
                            unit = cellAndUnit[1];
                            break;
                        }
                        case PERIOD: {
                            String p = pick(rng, "2023", "2024", "", "Q3/2023", " 2023 ", "   ");
                            cells.add(p);
                            period = p.isBlank() ? null : nfcStrip(p);
                            break;
                        }
                        case WEIGHT: {
                            double w;
                            switch (rng.nextInt(5)) {
                                case 0:
                                    w = 1.0;
                                    break;
                                case 1:
                                    w = 1e-4 * (1 + rng.nextInt(9));
                                    break;
                                case 2:
                                    w = 1e6 * (0.5 + rng.nextDouble());
                                    break;
                                default:
                                    w = 0.4 + 2.6 * rng.nextDouble();
                                    break;
                            }
                            String text = Double.toString(w);
                            cells.add(rng.nextInt(4) == 0 ? text.replace('.', ',') : text);
                            weight = OptionalDouble.of(w);
                            break;
                        }
                        case ATTRIBUTE: {
                            String v;
                            if (c.name().equalsIgnoreCase("gender")) {
                                v = pick(rng, "Nam", "Nữ", "", " Nữ ");
                            } else if (c.name().equals("age_group")) {
                                v = pick(rng, "18-29", "30-44", "45-59", "60+", "");
                            } else {
                                v = NOTES.get(rng.nextInt(NOTES.size()));
                                if (rng.nextInt(4) == 0) {
                                    v = Normalizer.normalize(v, Normalizer.Form.NFD);
                                }
                            }
                            cells.add(v);
                            if (!v.isBlank()) {
                                attributes.put(c.name(), nfcStrip(v));
                            }
                            break;
                        }
                        case ITEM: {
                            Item item = SURVEY.item(c.name());
                            String cell;
                            Answer answer;
                            if (item.type() == ItemType.MULTIPLE) {
                                List<Integer> chosen = new ArrayList<>();
                                for (int code = 1; code <= 6; code++) {
                                    if (rng.nextInt(10) < 3) {
                                        chosen.add(code);
                                    }
                                }
                                String sep = pick(rng, ",", ";", ", ", " ");
                                cell = chosen.stream().map(String::valueOf).collect(Collectors.joining(sep));
                                answer = chosen.isEmpty() ? Answer.unanswered() : new Answer.Choices(chosen);
                            } else {
                                int code = rng.nextInt(7) - 1;
                                cell = code < 0 ? "" : Integer.toString(code);
                                answer = CsvResponseReaderTest.answerOf(cell);
                            }
                            cells.add(cell);
                            answers.put(item.id(), answer);
                            break;
                        }
                        default:
                            throw new AssertionError(c);
                    }
                }
                rows.add(cells);
                expected.add(new Response(nfcStrip(id), unit, period, weight, answers, attributes));
            }
            return new GeneratedFile("case " + index + " of seed " + Long.toHexString(seed), delimiter, crlf, bom,
                    viaReader, withUnitList, finalLineEnd, List.copyOf(blanksBefore), blanksAfter, List.copyOf(columns),
                    rows, expected);
        }

        static String randomId(UniformRandomProvider rng) {
            int n = rng.nextInt(1_000_000);
            switch (rng.nextInt(6)) {
                case 0:
                    return String.format(Locale.ROOT, "R%08d", n);
                case 1:
                    return "K-" + n;
                case 2:
                    return "Lê " + n;
                case 3:
                    return "X," + n;
                case 4:
                    return "Q\"" + n;
                default:
                    return " P" + n + " ";
            }
        }

        /** Returns the cell and the unit a correct read gives. */
        static String[] randomUnit(UniformRandomProvider rng, boolean withUnitList) {
            if (!withUnitList) {
                String name = LAOCAI.get(rng.nextInt(LAOCAI.size()));
                String cell = pick(rng, name, Normalizer.normalize(name, Normalizer.Form.NFD), "  " + name + " ");
                return new String[] {cell, name};
            }
            Unit unit = UNITS.units().get(1 + rng.nextInt(UNITS.units().size() - 1));
            List<String> forms = new ArrayList<>();
            forms.add(unit.name());
            forms.add(unit.id());
            forms.addAll(unit.aliases());
            forms.add(Normalizer.normalize(unit.name(), Normalizer.Form.NFD));
            forms.add(unit.name().toUpperCase(Locale.ROOT));
            forms.add(Normalizer.normalize(unit.name(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .replace('đ', 'd').replace('Đ', 'D'));
            if (unit.id().equals("sapa")) {
                forms.add("TX Sa Pa");
                forms.add("thi xa sa pa");
            }
            return new String[] {forms.get(rng.nextInt(forms.size())), unit.id()};
        }

        List<String> header() {
            return columns.stream().map(Column::header).collect(Collectors.toList());
        }

        /**
         * The 1-based line where row {@code r} starts: the header is line 1, fields may hold line breaks, and blank
         * lines may come between rows.
         */
        long line(int r) {
            long line = 2 + blanksBefore.get(r);
            for (int i = 0; i < r; i++) {
                line += 1 + blanksBefore.get(i)
                        + rows.get(i).stream().mapToLong(f -> f.chars().filter(ch -> ch == '\n').count()).sum();
            }
            return line;
        }

        long blankLines() {
            return blanksBefore.stream().mapToLong(Integer::longValue).sum() + blanksAfter;
        }

        int columnOf(Kind kind) {
            for (int j = 0; j < columns.size(); j++) {
                if (columns.get(j).kind() == kind) {
                    return j;
                }
            }
            throw new AssertionError("no column " + kind);
        }

        String text(List<List<String>> body) {
            StringBuilder sb = new StringBuilder();
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                    .setRecordSeparator(crlf ? "\r\n" : "\n").get();
            try (CSVPrinter printer = new CSVPrinter(sb, format)) {
                printer.printRecord(header());
                for (int r = 0; r < body.size(); r++) {
                    for (int k = 0; k < blanksBefore.get(r); k++) {
                        printBlank(printer, r + k);
                    }
                    printer.printRecord(body.get(r));
                }
                for (int k = 0; k < blanksAfter; k++) {
                    printBlank(printer, k);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String text = sb.toString();
            return finalLineEnd ? text : text.substring(0, text.length() - (crlf ? 2 : 1));
        }

        /** Prints an empty line, a record of empty fields, or a record of spaces. */
        private void printBlank(CSVPrinter printer, int kind) throws IOException {
            switch (kind % 3) {
                case 0:
                    printer.println();
                    break;
                case 1:
                    printer.printRecord(Collections.nCopies(columns.size(), ""));
                    break;
                default:
                    printer.printRecord(Collections.nCopies(columns.size(), " "));
                    break;
            }
        }

        CsvResponseReader.Builder builder() {
            CsvResponseReader.Builder b = CsvResponseReader.builder(SURVEY);
            return withUnitList ? b.units(UNITS) : b;
        }

        ReadResult read(List<List<String>> body, CsvResponseReader reader) {
            String text = text(body);
            if (viaReader) {
                return reader.readAll(new StringReader(bom ? "\uFEFF" + text : text), name);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (bom) {
                bytes.write(0xEF);
                bytes.write(0xBB);
                bytes.write(0xBF);
            }
            bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            List<Response> out = new ArrayList<>();
            ReadReport report = reader.read(new ByteArrayInputStream(bytes.toByteArray()), name, out::add);
            return new ReadResult(out, report);
        }

        boolean hasUnknownColumn() {
            return columns.stream().anyMatch(c -> c.header().equals("cột_lạ"));
        }

        @Override
        public String toString() {
            return name + ": " + rows.size() + (rows.size() == 1 ? " row, " : " rows, ") + columns.size()
                    + " columns, delimiter " + (delimiter == '\t' ? "tab" : "'" + delimiter + "'")
                    + (crlf ? ", CRLF" : ", LF") + (bom ? ", BOM" : "") + (viaReader ? ", text" : ", bytes")
                    + (withUnitList ? ", unit list" : "") + (blankLines() > 0 ? ", " + blankLines() + " blank" : "")
                    + (finalLineEnd ? "" : ", no final line end");
        }
    }

    /** A generated file with one item cell replaced by a bad value. */
    record Corruption(GeneratedFile file, int row, int column, String value) {
        static Corruption of(int index) {
            GeneratedFile f = GeneratedFile.generate(CORRUPT_SEED, index, 1);
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(~CORRUPT_SEED + index);
            List<Integer> ratings = new ArrayList<>();
            for (int j = 0; j < f.columns.size(); j++) {
                Column c = f.columns.get(j);
                if (c.kind() == Kind.ITEM && SURVEY.item(c.name()).type() == ItemType.SINGLE) {
                    ratings.add(j);
                }
            }
            int row = index % 7 == 1 ? 0 : index % 7 == 2 ? f.rows.size() - 1 : rng.nextInt(f.rows.size());
            return new Corruption(f, row, ratings.get(rng.nextInt(ratings.size())),
                    CORRUPT.get(index % CORRUPT.size()));
        }

        List<List<String>> body() {
            List<List<String>> body = new ArrayList<>();
            for (List<String> r : file.rows) {
                body.add(new ArrayList<>(r));
            }
            body.get(row).set(column, value);
            return body;
        }

        @Override
        public String toString() {
            return file + "; row " + row + " of " + file.rows.size() + ", column " + (column + 1) + " ("
                    + file.columns.get(column).header() + ") = '" + value + "'";
        }
    }

    /** A generated file of two or more rows whose row {@code later} repeats the id of row {@code first}. */
    record Duplicate(GeneratedFile file, int first, int later, String cell) {
        static Duplicate of(int index) {
            GeneratedFile f = GeneratedFile.generate(DUPLICATE_SEED, index, 2);
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(~DUPLICATE_SEED + index);
            int later = index % 4 == 0 ? f.rows.size() - 1 : 1 + rng.nextInt(f.rows.size() - 1);
            int first = index % 4 == 1 ? later - 1 : rng.nextInt(later);
            String id = f.expected.get(first).id();
            String cell = pick(rng, id, Normalizer.normalize(id, Normalizer.Form.NFD), " " + id + "  ");
            return new Duplicate(f, first, later, cell);
        }

        List<List<String>> body() {
            List<List<String>> body = new ArrayList<>();
            for (List<String> r : file.rows) {
                body.add(new ArrayList<>(r));
            }
            body.get(later).set(file.columnOf(Kind.ID), cell);
            return body;
        }

        @Override
        public String toString() {
            return file + "; row " + later + " repeats the id of row " + first;
        }
    }

    @SafeVarargs
    private static <T> T pick(UniformRandomProvider rng, T... choices) {
        return choices[rng.nextInt(choices.length)];
    }

    private static String nfcStrip(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }

    static Stream<GeneratedFile> roundTripCases() {
        return IntStream.range(0, CASES).mapToObj(i -> GeneratedFile.generate(ROUND_TRIP_SEED, i, 1));
    }

    static Stream<Corruption> corruptionCases() {
        return IntStream.range(0, CASES).mapToObj(Corruption::of);
    }

    static Stream<Duplicate> duplicateCases() {
        return IntStream.range(0, CASES).mapToObj(Duplicate::of);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The generators hit the edge cases

    /** The edge cases the cases must hit, counted over all of them. */
    enum Edge {
        ONE_ROW_FILE, BLANK_ITEM_CELL, DONT_KNOW_0, CODE_1, CODE_2, CODE_3, CODE_4, CODE_5, QUOTED_FIELD,
        MULTI_LINE_RECORD, ID_WITH_DELIMITER_OR_QUOTE, COMMA, SEMICOLON, TAB, CRLF, LF, BOM, NO_BOM, TEXT_INPUT,
        BYTE_INPUT, WEIGHT_COLUMN, NO_WEIGHT_COLUMN, DECIMAL_COMMA_WEIGHT, HUGE_WEIGHT, TINY_WEIGHT,
        BLANK_PERIOD, NO_PERIOD_COLUMN, BLANK_LINES, BLANK_LINES_AT_END, NO_FINAL_LINE_END,
        NO_FINAL_LINE_END_AFTER_MULTI_LINE, BLANK_ATTRIBUTE, ATTRIBUTE_WITH_COMMA_OR_QUOTE, NFD_UNIT, UNIT_LIST,
        NO_UNIT_LIST, MULTI_SELECT_OF_TWO_OR_MORE, UNKNOWN_COLUMN, LOWER_CASE_HEADER, GROUP_PATH_HEADER
    }

    @Test
    void generatorsHitEveryEdgeCase() {
        Set<Edge> hit = EnumSet.noneOf(Edge.class);
        roundTripCases().forEach(f -> {
            if (f.rows.size() == 1) {
                hit.add(Edge.ONE_ROW_FILE);
            }
            hit.add(f.delimiter == ',' ? Edge.COMMA : f.delimiter == ';' ? Edge.SEMICOLON : Edge.TAB);
            hit.add(f.crlf ? Edge.CRLF : Edge.LF);
            hit.add(f.bom ? Edge.BOM : Edge.NO_BOM);
            hit.add(f.viaReader ? Edge.TEXT_INPUT : Edge.BYTE_INPUT);
            hit.add(f.withUnitList ? Edge.UNIT_LIST : Edge.NO_UNIT_LIST);
            if (f.blankLines() > 0) {
                hit.add(Edge.BLANK_LINES);
            }
            if (f.blanksAfter > 0) {
                hit.add(Edge.BLANK_LINES_AT_END);
            }
            if (!f.finalLineEnd) {
                hit.add(Edge.NO_FINAL_LINE_END);
                if (f.rows.get(f.rows.size() - 1).stream().anyMatch(c -> c.contains("\n"))) {
                    hit.add(Edge.NO_FINAL_LINE_END_AFTER_MULTI_LINE);
                }
            }
            List<Kind> kinds = f.columns.stream().map(Column::kind).collect(Collectors.toList());
            hit.add(kinds.contains(Kind.WEIGHT) ? Edge.WEIGHT_COLUMN : Edge.NO_WEIGHT_COLUMN);
            if (!kinds.contains(Kind.PERIOD)) {
                hit.add(Edge.NO_PERIOD_COLUMN);
            }
            if (f.hasUnknownColumn()) {
                hit.add(Edge.UNKNOWN_COLUMN);
            }
            for (Column c : f.columns) {
                if (c.kind() == Kind.ITEM && c.header().equals(c.name().toLowerCase(Locale.ROOT))) {
                    hit.add(Edge.LOWER_CASE_HEADER);
                }
                if (c.header().contains("/")) {
                    hit.add(Edge.GROUP_PATH_HEADER);
                }
            }
            String text = f.text(f.rows);
            if (text.contains("\"")) {
                hit.add(Edge.QUOTED_FIELD);
            }
            for (int r = 0; r < f.rows.size(); r++) {
                List<String> row = f.rows.get(r);
                Response want = f.expected.get(r);
                for (int j = 0; j < row.size(); j++) {
                    Column c = f.columns.get(j);
                    String cell = row.get(j);
                    if (cell.contains("\n")) {
                        hit.add(Edge.MULTI_LINE_RECORD);
                    }
                    switch (c.kind()) {
                        case ID:
                            if (cell.indexOf(f.delimiter) >= 0 || cell.contains("\"")) {
                                hit.add(Edge.ID_WITH_DELIMITER_OR_QUOTE);
                            }
                            break;
                        case UNIT:
                            if (!Normalizer.isNormalized(cell, Normalizer.Form.NFC)) {
                                hit.add(Edge.NFD_UNIT);
                            }
                            break;
                        case PERIOD:
                            if (cell.isBlank()) {
                                hit.add(Edge.BLANK_PERIOD);
                            }
                            break;
                        case WEIGHT:
                            double w = want.weight().getAsDouble();
                            if (cell.contains(",")) {
                                hit.add(Edge.DECIMAL_COMMA_WEIGHT);
                            }
                            if (w >= 5e5) {
                                hit.add(Edge.HUGE_WEIGHT);
                            }
                            if (w < 1e-3) {
                                hit.add(Edge.TINY_WEIGHT);
                            }
                            break;
                        case ATTRIBUTE:
                            if (cell.isBlank()) {
                                hit.add(Edge.BLANK_ATTRIBUTE);
                            }
                            if (cell.indexOf(f.delimiter) >= 0 || cell.contains("\"")) {
                                hit.add(Edge.ATTRIBUTE_WITH_COMMA_OR_QUOTE);
                            }
                            break;
                        case ITEM:
                            Answer a = want.answer(c.name());
                            if (a instanceof Answer.Choices && ((Answer.Choices) a).codes().size() >= 2) {
                                hit.add(Edge.MULTI_SELECT_OF_TWO_OR_MORE);
                            } else if (a instanceof Answer.Unanswered) {
                                hit.add(Edge.BLANK_ITEM_CELL);
                            } else if (a instanceof Answer.DontKnow) {
                                hit.add(Edge.DONT_KNOW_0);
                            } else if (a instanceof Answer.Point) {
                                hit.add(Edge.values()[Edge.CODE_1.ordinal() - 1 + ((Answer.Point) a).code()]);
                            }
                            break;
                        default:
                            break;
                    }
                }
            }
        });
        assertEquals(EnumSet.allOf(Edge.class), hit);
    }

    @Test
    void corruptionsUseEveryBadValueAndHitFirstLastAndOnlyRows() {
        List<Corruption> cases = corruptionCases().collect(Collectors.toList());
        assertEquals(new TreeSet<>(CORRUPT), cases.stream().map(Corruption::value)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(cases.stream().anyMatch(c -> c.file().rows.size() == 1), "a one-row file");
        assertTrue(cases.stream().anyMatch(c -> c.row() == 0 && c.file().rows.size() > 1), "the first of many rows");
        assertTrue(cases.stream().anyMatch(c -> c.row() == c.file().rows.size() - 1 && c.row() > 0), "the last row");
        assertTrue(cases.stream().anyMatch(c -> c.file().line(c.row()) > c.row() + 2), "a row after a multi-line one");
        assertTrue(cases.stream().anyMatch(c -> c.value().equals("4,5") && c.file().delimiter == ','),
                "a corrupt value that needs quotes");
    }

    @Test
    void duplicatesAreAdjacentAndDistantAndInEveryUnicodeForm() {
        List<Duplicate> cases = duplicateCases().collect(Collectors.toList());
        assertTrue(cases.stream().anyMatch(d -> d.later() == d.first() + 1), "adjacent");
        assertTrue(cases.stream().anyMatch(d -> d.later() > d.first() + 10), "distant");
        assertTrue(cases.stream().anyMatch(d -> d.file().rows.size() == 2), "a two-row file");
        assertTrue(cases.stream().anyMatch(d -> !Normalizer.isNormalized(d.cell(), Normalizer.Form.NFC)), "NFD");
        assertTrue(cases.stream().anyMatch(d -> !d.cell().equals(d.cell().strip())), "padded");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The properties

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundTripCases")
    void readsBackExactlyTheResponsesWritten(GeneratedFile f) {
        ReadResult result = f.read(f.rows, f.builder().build());
        ReadReport report = result.report();
        assertEquals(f.expected, result.responses());
        assertAll(
                () -> assertEquals(f.rows.size(), report.rowsRead()),
                () -> assertEquals(f.rows.size(), report.accepted()),
                () -> assertEquals(0, report.rejected()),
                () -> assertEquals(f.blankLines(), report.blankLines()),
                () -> assertFalse(report.fatal()),
                () -> assertEquals(List.of(), report.errors()),
                () -> assertEquals(f.hasUnknownColumn() ? List.of("cột_lạ") : List.of(), report.warnings().stream()
                        .map(Problem::column).collect(Collectors.toList())),
                () -> assertEquals(f.header(), report.header()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptionCases")
    void rejectsExactlyTheLineOfOneCorruptItemCell(Corruption c) {
        GeneratedFile f = c.file();
        List<List<String>> body = c.body();
        ReadResult result = f.read(body, f.builder().build());
        ReadReport report = result.report();
        long line = f.line(c.row());
        String header = f.columns.get(c.column()).header();
        List<Response> others = new ArrayList<>(f.expected);
        others.remove(c.row());
        assertEquals(1, report.rejectedRows().size(), () -> report.problems().toString());
        RejectedRow rejected = report.rejectedRows().get(0);
        assertEquals(1, rejected.problems().size(), () -> rejected.problems().toString());
        Problem p = rejected.problems().get(0);
        assertAll(
                () -> assertEquals(line, rejected.line()),
                () -> assertEquals(body.get(c.row()), rejected.fields()),
                () -> assertEquals(List.of(p), report.errors()),
                () -> assertEquals(ruleOf(c.value()), p.rule()),
                () -> assertEquals(ruleOf(c.value()).code() + ":" + header, p.kind()),
                () -> assertEquals(line, p.line()),
                () -> assertEquals(c.column() + 1, p.columnNumber()),
                () -> assertEquals(header, p.column()),
                () -> assertEquals(c.value(), p.value()),
                () -> assertEquals(f.name, p.source()),
                () -> assertEquals(f.rows.size(), report.rowsRead()),
                () -> assertEquals(others, result.responses()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptionCases")
    void failFastStopsAtTheLineOfOneCorruptItemCell(Corruption c) {
        GeneratedFile f = c.file();
        CsvResponseReader failFast = f.builder().policy(ErrorPolicy.FAIL_FAST).build();
        InputException e = assertThrows(InputException.class, () -> f.read(c.body(), failFast));
        Problem rejecting = f.read(c.body(), f.builder().build()).report().errors().get(0);
        assertAll(
                () -> assertEquals(Optional.of(rejecting), e.problem(), "the problem REJECT_ROW reports"),
                () -> assertEquals(f.line(c.row()), e.line()),
                () -> assertEquals(f.columns.get(c.column()).header(), e.column()),
                () -> assertEquals(c.value(), e.value()),
                () -> assertTrue(e.reason().startsWith(ruleOf(c.value()).code() + ": "), e.reason()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicateCases")
    void reportsADuplicatedIdAtItsLaterLineNamingTheFirst(Duplicate d) {
        GeneratedFile f = d.file();
        ReadResult result = f.read(d.body(), f.builder().build());
        ReadReport report = result.report();
        List<Response> others = new ArrayList<>(f.expected);
        others.remove(d.later());
        assertEquals(1, report.rejectedRows().size(), () -> report.problems().toString());
        RejectedRow rejected = report.rejectedRows().get(0);
        assertEquals(1, rejected.problems().size(), () -> rejected.problems().toString());
        Problem p = rejected.problems().get(0);
        assertAll(
                () -> assertEquals(f.line(d.later()), rejected.line()),
                () -> assertEquals(Rule.DUPLICATE_ID, p.rule()),
                () -> assertEquals(f.line(d.later()), p.line()),
                () -> assertEquals(f.columnOf(Kind.ID) + 1, p.columnNumber()),
                () -> assertEquals(f.expected.get(d.first()).id(), p.value()),
                () -> assertTrue(p.message().endsWith("first seen on line " + f.line(d.first())), p.message()),
                () -> assertEquals(others, result.responses()));
    }
}
