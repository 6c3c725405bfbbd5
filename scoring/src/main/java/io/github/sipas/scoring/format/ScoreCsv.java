package io.github.sipas.scoring.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.estimate.ElementScore;
import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.uncertainty.IndexDifference;
import io.github.sipas.scoring.estimate.ItemScore;
import io.github.sipas.scoring.uncertainty.RankChange;
import io.github.sipas.scoring.uncertainty.RankSet;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.uncertainty.SmallAreaEstimate;
import io.github.sipas.scoring.uncertainty.Uncertainty;
import io.github.sipas.scoring.estimate.UnitScore;
import io.github.sipas.scoring.estimate.Variant;
import io.github.sipas.scoring.estimate.VariantScore;

/**
 * Writes a {@link ScoreResult} as a flat CSV table, one row per unit and index id, for spreadsheets and R:
 * <pre>
 * unit,name,group,index,id,respondents,valid,satisfied,value,se,lower,upper,mean,sd,median,alpha,rank,previous_rank,rank_change,tier,flags,reason,status
 * Si Ma Cai,Si Ma Cai,,satisfaction,SIPAS,90,,,86.91...,1.2...,84.5...,89.3...,,,,,1,3,2,high,,,published
 * Si Ma Cai,Si Ma Cai,,satisfaction,A,90,,,85.2...,2.9...,79.5...,90.9...,,,,0.81...,,,,,,,published
 * Si Ma Cai,Si Ma Cai,,satisfaction,A1,90,88,75,85.23...,3.8...,76.3...,91.1...,4.1...,0.9...,4,,,,,,,,published
 * Mường Khương,Mường Khương,,satisfaction,SIPAS,5,,,,,,,,,,,,,,,few-respondents,"suppressed: 5 respondents, fewer than the 10 needed to publish a figure",suppressed
 * </pre>
 * {@code index} is {@code satisfaction} for the overall index and the name of a {@link Variant} (e.g.
 * {@code mean-score}) for variant rows; text cells that a spreadsheet would take for a formula are neutralized with a
 * leading apostrophe (see {@link #write(ScoreResult, Appendable, boolean)}, which can also write a byte-order mark for
 * Excel); {@code id} is the overall index's id ({@link io.github.sipas.scoring.estimate.Scorecard#indexId()}: the
 * instrument's, {@code SIPAS} for the bundled instruments, {@code index} when it gives none), an element id or a
 * criterion id.
 *
 * <p>The unit or group of a row, by one rule: {@code unit} is the unit (its id with a unit list, else as written), or
 * with a grouping by an attribute alone ({@code --by gender}) the group's value, never empty; {@code name} is the
 * unit's name from a unit list, else the unit as written, or the group's value; {@code group} is the attribute's
 * value, empty without such a grouping; and with a grouping by an attribute, alone or with the unit, the column
 * {@link #GROUP_BY} follows {@code group} and holds the attribute's name ({@code gender}) on every row:
 * <pre>
 * unit,name,group,group_by,index,id,respondents,...
 * Nữ,Nữ,Nữ,gender,satisfaction,SIPAS,881,...                   (--by gender)
 * Sa Pa,Sa Pa,Nam,gender,satisfaction,SIPAS,133,...            (--by unit,gender)
 * </pre>
 * Values are in percent at full precision; an undefined value is an empty cell. Units come in ranking order. Rank
 * columns are filled on the overall row only; flags are separated by {@code ;}; {@code reason} says why a unit is not
 * ranked.
 *
 * <p>When the result carries an {@link Uncertainty}, columns follow {@code status} ({@link #header(ScoreResult)}):
 * {@code rank_lower}, {@code rank_upper} with rank sets; {@code rank_change_lower}, {@code rank_change_upper},
 * {@code index_change}, {@code index_change_se}, {@code index_change_lower}, {@code index_change_upper},
 * {@code index_change_p}, {@code index_change_significant} with a previous period; {@code fh_estimate},
 * {@code fh_rmse}, {@code fh_shrinkage} with Fay–Herriot estimates; filled on the overall row only.
 *
 * <p>{@code status} is {@code published}, or {@code suppressed} for a cell that the result's {@link Disclosure} rule
 * suppresses ({@link ScoreResult#suppressed()}): such a cell has its overall row only, with its label, its number of
 * forms, its flags, its previous rank and the reason, and every figure cell empty; no element, criterion or variant
 * rows.
 *
 * <p>The table can be written in a {@link Dialect}: {@link Dialect#EXCEL} for Excel with Vietnamese regional settings
 * (byte-order mark, {@code ;}, decimal commas). {@link #writeWide(ScoreResult, Appendable, Dialect)} writes the wide
 * table beside this long one: one row per unit, the overall index's figures and ranks, then a column per element and
 * per criterion holding its index (variants are in the long table only):
 * <pre>
 * unit,name,group,respondents,index,se,lower,upper,rank,previous_rank,rank_change,tier,flags,reason,status,A,B,...,A1,...
 * Si Ma Cai,Si Ma Cai,,90,86.91...,1.2...,84.5...,89.3...,1,3,2,high,,,published,85.2...,...
 * </pre>
 *
 * @since 0.1
 */
public final class ScoreCsv {

    /** The header of the table. */
    public static final List<String> HEADER = List.of("unit", "name", "group", "index", "id", "respondents", "valid",
            "satisfied", "value", "se", "lower", "upper", "mean", "sd", "median", "alpha", "rank", "previous_rank",
            "rank_change", "tier", "flags", "reason", "status");

    /**
     * The column that follows {@code group} when the result is grouped by an attribute ({@code --by COLUMN} or
     * {@code --by unit,COLUMN}): the attribute's name, on every row. Absent without such a grouping.
     */
    public static final String GROUP_BY = "group_by";

    /** The columns added after {@code status} when the result has rank sets. */
    public static final List<String> RANK_SET_COLUMNS = List.of("rank_lower", "rank_upper");

    /** The columns added after the rank sets' when a previous period was given with rank sets. */
    public static final List<String> CHANGE_COLUMNS = List.of("rank_change_lower", "rank_change_upper",
            "index_change", "index_change_se", "index_change_lower", "index_change_upper", "index_change_p",
            "index_change_significant");

    /** The columns added last when the result has Fay–Herriot estimates. */
    public static final List<String> FAY_HERRIOT_COLUMNS = List.of("fh_estimate", "fh_rmse", "fh_shrinkage");

    /**
     * The columns of the wide table ({@link #writeWide}) before those of the uncertainty, the elements and the
     * criteria: {@code index} is the overall SIPAS index, and {@code se}, {@code lower}, {@code upper} its standard
     * error and interval; the others are those of {@link #HEADER}.
     */
    public static final List<String> WIDE_HEADER = List.of("unit", "name", "group", "respondents", "index", "se",
            "lower", "upper", "rank", "previous_rank", "rank_change", "tier", "flags", "reason", "status");

    /**
     * How the table is written: byte-order mark, delimiter, decimal mark and line ends.
     *
     * <p>Example: the overall row of a unit begins {@code Si Ma Cai,Si Ma Cai,,satisfaction,SIPAS,90,,,86.91...} in
     * {@link #STANDARD} and {@code Si Ma Cai;Si Ma Cai;;satisfaction;SIPAS;90;;;86,91...} in {@link #EXCEL}.
     */
    public enum Dialect {
        /** RFC 4180 with {@code ,} between cells, a decimal point and {@code \n} line ends: for R, Python, Stata. */
        STANDARD(false, ',', false),
        /** {@link #STANDARD} preceded by a byte-order mark (U+FEFF), for Excel to read UTF-8 letters. */
        STANDARD_BOM(true, ',', false),
        /**
         * For Excel with Vietnamese (or other decimal-comma) regional settings to open as it is: a byte-order mark,
         * {@code ;} between cells, decimal commas ({@code 86,91}) and {@code \r\n} line ends; numbers keep the full
         * precision of {@link #STANDARD}. An Excel set to a decimal point reads such numbers as text: give it
         * {@code --format xlsx} instead.
         */
        EXCEL(true, ';', true);

        private final boolean byteOrderMark;
        private final char delimiter;
        private final boolean decimalComma;

        Dialect(boolean byteOrderMark, char delimiter, boolean decimalComma) {
            this.byteOrderMark = byteOrderMark;
            this.delimiter = delimiter;
            this.decimalComma = decimalComma;
        }
    }

    private static final String PUBLISHED = "published";
    private static final String SUPPRESSED = "suppressed";

    private ScoreCsv() {
    }

    /**
     * Writes the table.
     *
     * @param result the result
     * @param out where to write; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ScoreResult result, Appendable out) {
        write(result, out, false);
    }

    /**
     * Writes the table, optionally preceded by a byte-order mark, which Excel needs to read a UTF-8 file's Vietnamese
     * letters correctly.
     *
     * @param result the result
     * @param out where to write; not closed
     * @param byteOrderMark whether to write U+FEFF first
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ScoreResult result, Appendable out, boolean byteOrderMark) {
        write(result, out, byteOrderMark ? Dialect.STANDARD_BOM : Dialect.STANDARD);
    }

    /**
     * Writes the table in a dialect: {@link Dialect#EXCEL} for a file that Excel with Vietnamese regional settings
     * opens as it is (byte-order mark, {@code ;} between cells, decimal commas).
     *
     * @param result the result
     * @param out where to write; not closed
     * @param dialect the byte-order mark, the delimiter and the decimal mark
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ScoreResult result, Appendable out, Dialect dialect) {
        Objects.requireNonNull(dialect, "dialect");
        try {
            List<String> header = header(result);
            int width = header.size();
            CSVPrinter p = printer(out, dialect);
            p.printRecord(header);
            Uncertainty uncertainty = result.uncertainty();
            Dialect d = dialect;
            String by = result.scorecard().grouping().attribute();
            String overallId = result.scorecard().indexId();
            for (RankedUnit r : result.ranking().units()) {
                UnitScore u = result.unit(r.label());
                String flags = r.flags().stream().map(ScoreJson::name).collect(Collectors.joining(";"));
                String name = name(result, u);
                if (r.isSuppressed()) {
                    print(p, row(d, u, name, by, "satisfaction", overallId, Estimate.UNDEFINED, null, null, null, null,
                            null, null, null, r.previousRank(), null, "", flags, r.reason(), SUPPRESSED), width);
                    continue;
                }
                List<String> overall = row(d, u, name, by, "satisfaction", overallId, u.index(), null, null, null, null,
                        null, u.reliability().alpha(), r.rank(), r.previousRank(), r.rankChange(), r.tier() == null ? ""
                        : ScoreJson.name(r.tier()), flags, r.reason() == null ? "" : r.reason(), PUBLISHED);
                if (uncertainty != null) {
                    uncertain(d, overall, r.label(), uncertainty);
                }
                print(p, overall, width);
                for (ElementScore e : u.elements()) {
                    print(p, row(d, u, name, by, "satisfaction", e.id(), e.estimate(), null, null, null, null, null,
                            e.alpha(), null, null, null, "", "", "", PUBLISHED), width);
                }
                for (ItemScore i : u.items()) {
                    print(p, row(d, u, name, by, "satisfaction", i.id(), i.estimate(), i.valid(), i.satisfied(),
                            i.mean(), i.sd(), i.median(), null, null, null, null, "", "", "", PUBLISHED), width);
                }
                for (VariantScore v : u.variants()) {
                    String index = ScoreJson.name(v.variant());
                    print(p, row(d, u, name, by, index, overallId, v.index(), null, null, null, null, null, null, null,
                            null, null, "", "", "", PUBLISHED), width);
                    for (Map.Entry<String, Estimate> e : v.elements().entrySet()) {
                        print(p, row(d, u, name, by, index, e.getKey(), e.getValue(), null, null, null, null, null,
                                null, null, null, null, "", "", "", PUBLISHED), width);
                    }
                    for (Map.Entry<String, Estimate> e : v.items().entrySet()) {
                        print(p, row(d, u, name, by, index, e.getKey(), e.getValue(), null, null, null, null, null,
                                null, null, null, null, "", "", "", PUBLISHED), width);
                    }
                }
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the wide table: one row per unit in ranking order, the columns of {@link #wideHeader(ScoreResult)}.
     *
     * @param result the result
     * @param out where to write; not closed
     * @param dialect the byte-order mark, the delimiter and the decimal mark
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeWide(ScoreResult result, Appendable out, Dialect dialect) {
        Objects.requireNonNull(dialect, "dialect");
        try {
            List<String> elements = ids(result, u -> u.elements().stream().map(ElementScore::id).toList());
            List<String> items = ids(result, u -> u.items().stream().map(ItemScore::id).toList());
            List<String> header = wideHeader(result);
            CSVPrinter p = printer(out, dialect);
            p.printRecord(header);
            Uncertainty uncertainty = result.uncertainty();
            String by = result.scorecard().grouping().attribute();
            for (RankedUnit r : result.ranking().units()) {
                UnitScore u = result.unit(r.label());
                String flags = r.flags().stream().map(ScoreJson::name).collect(Collectors.joining(";"));
                String name = name(result, u);
                boolean shown = !r.isSuppressed();
                Estimate e = shown ? u.index() : Estimate.UNDEFINED;
                List<String> row = new ArrayList<>(header.size());
                names(row, u, name, by);
                row.add(Long.toString(u.respondents()));
                row.add(num(e.value(), dialect));
                row.add(num(e.se(), dialect));
                row.add(num(e.lower(), dialect));
                row.add(num(e.upper(), dialect));
                row.add(r.rank() == null ? "" : r.rank().toString());
                row.add(r.previousRank() == null ? "" : r.previousRank().toString());
                row.add(r.rankChange() == null ? "" : r.rankChange().toString());
                row.add(r.tier() == null ? "" : ScoreJson.name(r.tier()));
                row.add(flags);
                row.add(text(r.reason() == null ? "" : r.reason()));
                row.add(shown ? PUBLISHED : SUPPRESSED);
                if (uncertainty != null) {
                    if (shown) {
                        uncertain(dialect, row, r.label(), uncertainty);
                    }
                    while (row.size() < header.size() - elements.size() - items.size()) {
                        row.add("");
                    }
                }
                for (String id : elements) {
                    ElementScore x = u.element(id);
                    row.add(!shown || x == null ? "" : num(x.estimate().value(), dialect));
                }
                for (String id : items) {
                    ItemScore x = u.item(id);
                    row.add(!shown || x == null ? "" : num(x.estimate().value(), dialect));
                }
                p.printRecord(row);
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the header of a result's wide table: {@link #WIDE_HEADER} (with {@link #GROUP_BY} after {@code group}
     * when the result is grouped by an attribute), then the columns of the result's
     * {@link Uncertainty} as in {@link #header(ScoreResult)}, then one column per element id and one per criterion
     * id, named by the id, in the scorecard's order, each holding that index's value.
     *
     * @param result the result
     * @return the column names, immutable
     * @throws NullPointerException if the result is null
     */
    public static List<String> wideHeader(ScoreResult result) {
        List<String> header = new ArrayList<>(WIDE_HEADER);
        List<String> long_ = header(result);
        int base = HEADER.size();
        if (result.scorecard().grouping().attribute() != null) {
            header.add(3, GROUP_BY);
            base++;
        }
        header.addAll(long_.subList(base, long_.size()));
        header.addAll(ids(result, u -> u.elements().stream().map(ElementScore::id).toList()));
        header.addAll(ids(result, u -> u.items().stream().map(ItemScore::id).toList()));
        return List.copyOf(header);
    }

    private static List<String> ids(ScoreResult result, Function<UnitScore, List<String>> of) {
        Set<String> ids = new LinkedHashSet<>();
        for (UnitScore u : result.scorecard().units()) {
            ids.addAll(of.apply(u));
        }
        return List.copyOf(ids);
    }

    private static CSVPrinter printer(Appendable out, Dialect dialect) throws IOException {
        if (dialect.byteOrderMark) {
            out.append('\uFEFF');
        }
        return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(dialect.delimiter)
                .setRecordSeparator(dialect == Dialect.EXCEL ? "\r\n" : "\n").get());
    }

    /** Prints a row, with empty cells up to the header's width. */
    private static void print(CSVPrinter p, List<String> row, int width) throws IOException {
        List<String> cells = new ArrayList<>(row);
        while (cells.size() < width) {
            cells.add("");
        }
        p.printRecord(cells);
    }

    /**
     * Returns the header of a result's table: {@link #HEADER} (with {@link #GROUP_BY} after {@code group} when the
     * result is grouped by an attribute), then {@link #RANK_SET_COLUMNS} when it has rank sets,
     * {@link #CHANGE_COLUMNS} when they were computed against a previous period, and {@link #FAY_HERRIOT_COLUMNS}
     * when it has Fay–Herriot estimates ({@link ScoreResult#uncertainty()}). These columns are filled on the unit's
     * overall row ({@code index} {@code satisfaction}, {@code id} the overall index's) only, and left empty for a unit
     * that has no such figure (not ranked, or not in both periods) and for a suppressed one.
     *
     * @param result the result
     * @return the column names, immutable
     * @throws NullPointerException if the result is null
     */
    public static List<String> header(ScoreResult result) {
        Uncertainty uncertainty = result.uncertainty();
        boolean grouped = result.scorecard().grouping().attribute() != null;
        if (uncertainty == null && !grouped) {
            return HEADER;
        }
        List<String> header = new ArrayList<>(HEADER);
        if (grouped) {
            header.add(3, GROUP_BY);
        }
        if (uncertainty == null) {
            return List.copyOf(header);
        }
        if (uncertainty.rankSets().isPresent()) {
            header.addAll(RANK_SET_COLUMNS);
        }
        if (uncertainty.rankChanges().isPresent()) {
            header.addAll(CHANGE_COLUMNS);
        }
        if (uncertainty.fayHerriot().isPresent()) {
            header.addAll(FAY_HERRIOT_COLUMNS);
        }
        return List.copyOf(header);
    }

    /** Appends a unit's rank set, change intervals and Fay–Herriot estimate, in the order of {@link #header}. */
    private static void uncertain(Dialect dialect, List<String> row, String label, Uncertainty uncertainty) {
        if (uncertainty.rankSets().isPresent()) {
            Optional<RankSet> set = uncertainty.rankSet(label);
            row.add(set.map(x -> Integer.toString(x.lower())).orElse(""));
            row.add(set.map(x -> Integer.toString(x.upper())).orElse(""));
        }
        if (uncertainty.rankChanges().isPresent()) {
            Optional<RankChange> change = uncertainty.rankChange(label);
            row.add(change.map(c -> Integer.toString(c.changeLower())).orElse(""));
            row.add(change.map(c -> Integer.toString(c.changeUpper())).orElse(""));
            Optional<IndexDifference> d = uncertainty.indexChange(label);
            row.add(d.map(x -> num(x.difference(), dialect)).orElse(""));
            row.add(d.map(x -> num(x.se(), dialect)).orElse(""));
            row.add(d.map(x -> num(x.lower(), dialect)).orElse(""));
            row.add(d.map(x -> num(x.upper(), dialect)).orElse(""));
            row.add(d.map(x -> num(x.pValue(), dialect)).orElse(""));
            row.add(d.map(x -> Boolean.toString(x.isSignificant())).orElse(""));
        }
        if (uncertainty.fayHerriot().isPresent()) {
            Optional<SmallAreaEstimate> e = uncertainty.fayHerriot(label);
            row.add(e.map(x -> num(x.estimate(), dialect)).orElse(""));
            row.add(e.map(x -> num(x.rmse(), dialect)).orElse(""));
            row.add(e.map(x -> num(x.shrinkage(), dialect)).orElse(""));
        }
    }

    private static List<String> row(Dialect d, UnitScore u, String name, String by, String index, String id,
            Estimate est, Long valid, Long satisfied, Double mean, Double sd, Double median, Double alpha, Integer rank,
            Integer previous, Integer change,
            String tier, String flags, String reason, String status) {
        List<String> row = new ArrayList<>(HEADER.size() + 1);
        names(row, u, name, by);
        row.add(index);
        row.add(text(id));
        row.add(Long.toString(u.respondents()));
        row.add(valid == null ? "" : valid.toString());
        row.add(satisfied == null ? "" : satisfied.toString());
        row.add(num(est.value(), d));
        row.add(num(est.se(), d));
        row.add(num(est.lower(), d));
        row.add(num(est.upper(), d));
        row.add(mean == null ? "" : num(mean, d));
        row.add(sd == null ? "" : num(sd, d));
        row.add(median == null ? "" : num(median, d));
        row.add(alpha == null ? "" : num(alpha, d));
        row.add(rank == null ? "" : rank.toString());
        row.add(previous == null ? "" : previous.toString());
        row.add(change == null ? "" : change.toString());
        row.add(tier);
        row.add(flags);
        row.add(text(reason));
        row.add(status);
        return row;
    }

    /**
     * Appends the cells that name a row's unit or group, by one rule for every grouping: {@code unit} is the unit's
     * id (or name as written), or with a grouping by an attribute alone the group's value; {@code name} its display
     * name; {@code group} the attribute's value, empty without one; {@code group_by} the attribute's name, a column
     * only when the result is grouped by an attribute ({@code by} null otherwise).
     */
    private static void names(List<String> row, UnitScore u, String name, String by) {
        row.add(text(u.unitOrGroup()));
        row.add(text(name));
        row.add(text(u.group() == null ? "" : u.group()));
        if (by != null) {
            row.add(text(by));
        }
    }

    /** The display name of a row: the unit's name from the unit list, else the unit as written, else the group. */
    private static String name(ScoreResult result, UnitScore u) {
        return u.unit() == null ? u.group() : result.nameOf(u.unit());
    }

    /**
     * Neutralizes a text cell that a spreadsheet would run as a formula, by the rule of
     * {@link io.github.sipas.core.csv.CsvCells#neutralize(String)}, which the rejects file shares: one that begins with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe
     * ({@code '=1+2}). Numbers are written as numbers and never changed; only text cells (unit, name, group, id,
     * reason) pass through here.
     */
    static String text(String cell) {
        return io.github.sipas.core.csv.CsvCells.neutralize(cell);
    }

    /** A number at full precision in a dialect: {@link #num(double)} with the dialect's decimal mark. */
    static String num(double v, Dialect d) {
        String s = num(v);
        return d.decimalComma ? s.replace('.', ',') : s;
    }

    /** A number at full precision (the shortest text that reads back as the same double), or empty when undefined. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
