package io.github.sipas.core.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import io.github.sipas.core.Answer;
import io.github.sipas.core.AnswerParser;
import io.github.sipas.core.MissingTokens;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.RejectedRow;
import io.github.sipas.core.Response;
import io.github.sipas.core.RowRules;
import io.github.sipas.core.Rule;
import io.github.sipas.core.internal.FrozenMap;
import io.github.sipas.core.internal.Ids;
import io.github.sipas.core.internal.Texts;

/**
 * Checks the rows of one read, on the parsing thread and in file order, after {@link ParseAhead} cleaned and parsed
 * their cells: a blank row is counted and skipped; a row of the wrong width is rejected on that alone; else every
 * problem of the row is found, in this order: id, unit, weight, the option columns of multi-select items, then the
 * item columns; and a row with none becomes a {@link Response}, which the reading thread hands to the sink. The rules
 * that a row's answers and unit share with typed responses are {@link RowRules}'; the cells' own (blank, width, id,
 * weight, option columns) are here.
 */
final class RowChecks {

    private final Columns columns;
    private final List<String> header;
    private final RowRules rules;
    private final ProblemLog problems;
    private final WeightCells weights;
    private final RejectedRowSink rejects;
    /** The first rejected rows, within {@link ReadReport#MAX_KEPT_REJECTED_ROWS} and {@link ReadReport#MAX_KEPT_REJECTED_SIZE}. */
    private final List<RejectedRow> kept = new ArrayList<>();
    private long keptSize;
    private long rejected;
    private final Map<String, String> unitIds = new HashMap<>();
    /** Without a unit list, the names that look alike, merged; null with one. */
    private final LookalikeUnits lookalikes;
    /** The item cells read as unanswered for holding only a missing-value mark. */
    private final MissingMarks marks;
    /** The last row rejected, for the rejects sink, which the reading thread calls; null when it was not. */
    private RejectedRow lastRejected;
    private long rows;
    private long accepted;
    private long blank;

    /**
     * @param rules the rules of a row: here, the unit rule (the item cells were parsed by its parsers)
     * @param mark how the weights write their decimals
     */
    RowChecks(Columns columns, RowRules rules, ProblemLog problems, DecimalMark mark, RejectedRowSink rejects) {
        this.columns = columns;
        this.header = columns.header;
        this.rules = rules;
        this.problems = problems;
        this.rejects = rejects;
        this.weights = new WeightCells(mark);
        this.lookalikes = rules.hasUnitList() ? null : new LookalikeUnits();
        this.marks = new MissingMarks(header.size());
    }

    /** The cells read as unanswered for holding only a missing-value mark, counted by column. */
    MissingMarks missingMarks() {
        return marks;
    }

    /** The warning on unit names that look alike and were merged (without a unit list), if any. */
    java.util.Optional<String> lookalikeWarning() {
        return lookalikes == null ? java.util.Optional.empty() : lookalikes.warning();
    }

    /** The column of the units. */
    int unitColumn() {
        return columns.unitColumn;
    }

    long rows() {
        return rows;
    }

    long accepted() {
        return accepted;
    }

    long blank() {
        return blank;
    }

    long rejected() {
        return rejected;
    }

    /** The rejected rows kept for the report. */
    List<RejectedRow> kept() {
        return kept;
    }

    /**
     * Checks a row whose id the parsing thread normalized (null when blank or refused, {@code badId} then saying why)
     * and the reading thread's id index placed (first line, or 0), and
     * whose unit, period and attributes it cleaned ({@code cleaned}: unit, period, then the attribute columns;
     * null when the row has the wrong number of fields), and whose item cells it parsed ({@code cells}: an
     * {@link Answer} or an {@link AnswerParser.Failure} per item column).
     */
    Response row(String[] r, long line, String cleanId, String badId, long first, String[] cleaned, Object[] cells) {
        lastRejected = null;
        if (isBlank(r)) {
            blank++;
            return null;
        }
        rows++;
        List<Problem> found = new ArrayList<>(2);
        if (r.length != header.size()) {
            found.add(problems.inSheet() ? problems.add(line, firstBeyond(r) + 1, null, null,
                    Rule.WRONG_FIELD_COUNT, "the row has text right of the header's last column (" + header.size()
                    + " columns): give that column a header, or move or clear the text")
                    : problems.add(line, 0, null, null, Rule.WRONG_FIELD_COUNT, "the row has " + r.length
                    + " fields, the header " + header.size() + (r.length > header.size()
                    ? "; a value may hold an unquoted delimiter" : "")));
            reject(r, line, found);
            return null;
        }
        int idColumn = columns.idColumn;
        String id = cleanId;
        if (badId != null) {
            found.add(problems.add(line, idColumn + 1, header.get(idColumn), Ids.escape(r[idColumn]),
                    Rule.BAD_ID, badId));
        } else if (id == null) {
            found.add(problems.add(line, idColumn + 1, header.get(idColumn), r[idColumn], Rule.MISSING_ID,
                    "the response id is blank"));
        } else {
            if (first != 0) {
                found.add(problems.add(line, idColumn + 1, header.get(idColumn), id, Rule.DUPLICATE_ID,
                        "response id '" + id + "' was first seen on line " + first + excelDigitsHint(id)));
            }
        }
        String unit = unit(r[columns.unitColumn], cleaned[0], line, found);
        String period = cleaned[1];
        OptionalDouble weight = columns.weightColumn < 0 ? OptionalDouble.empty()
                : weight(r[columns.weightColumn], line, found);
        int[] itemColumns = columns.itemColumns;
        String[] choiceItems = columns.choiceItems;
        int[] attributeColumns = columns.attributeColumns;
        Object[] answers = new Object[itemColumns.length + choiceItems.length];
        for (int c = 0; c < choiceItems.length; c++) {
            answers[itemColumns.length + c] = choices(r, line, choiceItems[c], found);
        }
        Object[] attributes = new Object[attributeColumns.length];
        for (int a = 0; a < itemColumns.length; a++) {
            int j = itemColumns[a];
            String cell = r[j];
            Object parsed = cells[a];
            // a test of the final class, not of the interface: a check against an interface goes through a cache
            // that the two threads' checks of the same classes would keep taking from each other
            if (!(parsed instanceof AnswerParser.Failure)) {
                answers[a] = parsed;
                if (parsed instanceof Answer.Unanswered && !cell.isEmpty()
                        && columns.columnParsers[j].readsAsMissingMark(cell)) {
                    marks.count(j, cell);
                }
            } else {
                AnswerParser.Failure f = (AnswerParser.Failure) parsed;
                found.add(problems.add(line, j + 1, header.get(j), cell, f.rule(), f.message()));
            }
        }
        for (int a = 0; a < attributeColumns.length; a++) {
            String v = cleaned[2 + a];
            if (!v.isEmpty()) {
                attributes[a] = v;
            }
        }
        if (!found.isEmpty()) {
            reject(r, line, found);
            return null;
        }
        // a period written as a missing-value mark (R's NA) is no period, as a blank one
        Response response = new Response(id, unit, period == null || period.isEmpty() || MissingTokens.isToken(period)
                ? null : period, weight,
                new FrozenMap<Answer>(columns.itemLayout, answers),
                new FrozenMap<String>(columns.attributeLayout, attributes));
        accepted++;
        return response;
    }

    /**
     * The row that the last call of {@link #row} rejected, for the rejects sink; null when it did not reject one, or
     * there is no rejects sink.
     */
    RejectedRow lastRejected() {
        return lastRejected;
    }

    private String unit(String raw, String u, long line, List<Problem> found) {
        int unitColumn = columns.unitColumn;
        if (u.isEmpty()) {
            found.add(problems.add(line, unitColumn + 1, header.get(unitColumn), raw, Rule.MISSING_UNIT,
                    "the unit is blank"));
            return null;
        }
        if (MissingTokens.isToken(u) && !columns.unitValues.containsKey(Texts.fold(u))
                && (!rules.hasUnitList() || rules.unitId(u) == null)) {
            found.add(problems.add(line, unitColumn + 1, header.get(unitColumn), raw, Rule.MISSING_UNIT,
                    "the unit is a missing-value mark ('" + u + "'), as blank"));
            return null;
        }
        if (!columns.unitValues.isEmpty()) {
            String given = columns.unitValues.get(Texts.fold(u));
            if (given != null) {
                return given;
            }
        }
        if (lookalikes != null) {
            return lookalikes.unit(u);
        }
        String id = unitIds.get(u);
        if (id != null) {
            return id;
        }
        id = rules.unitId(u);
        if (id != null) {
            if (unitIds.size() < ParseAhead.CACHE_LIMIT) {
                unitIds.put(u, id);
            }
            return id;
        }
        found.add(problems.add(line, unitColumn + 1, header.get(unitColumn), raw, Rule.UNKNOWN_UNIT,
                rules.unknownUnit(u)));
        return null;
    }

    private OptionalDouble weight(String raw, long line, List<Problem> found) {
        String problem = weights.read(raw, line);
        if (problem != null) {
            int weightColumn = columns.weightColumn;
            found.add(problems.add(line, weightColumn + 1, header.get(weightColumn), raw, Rule.BAD_WEIGHT, problem));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(weights.value());
    }

    /**
     * Reads a multi-select item from its option columns: a cell of 1, x, true, yes or có chooses the option; 0,
     * false, no, không or blank does not; all blank is unanswered. Another value is a problem at its column.
     */
    private Answer choices(String[] r, long line, String itemId, List<Problem> found) {
        List<Integer> chosen = new ArrayList<>();
        boolean any = false;
        for (int[] column : columns.choiceColumns.get(itemId)) {
            String raw = r[column[0]];
            String v = Texts.fold(raw);
            if (v.isEmpty()) {
                continue;
            }
            any = true;
            switch (v) {
                case "1":
                case "x":
                case "true":
                case "yes":
                case "co":
                    chosen.add(column[1]);
                    break;
                case "0":
                case "false":
                case "no":
                case "khong":
                    break;
                default:
                    if (v.equals(Integer.toString(column[1]))) {
                        chosen.add(column[1]);
                    } else {
                        found.add(problems.add(line, column[0] + 1, header.get(column[0]), raw, Rule.NOT_A_CODE,
                                "a column of one option of " + itemId + " takes 1 or 0 (x, true/false, yes/no, "
                                + "có/không) or a blank"));
                    }
                    break;
            }
        }
        return any ? new Answer.Choices(chosen) : Answer.unanswered();
    }

    /** The first column right of the header's that holds text (a sheet's row is only wider when one does). */
    private int firstBeyond(String[] r) {
        int j = header.size();
        while (j < r.length - 1 && r[j].isEmpty()) {
            j++;
        }
        return j;
    }

    private static boolean isBlank(String[] r) {
        for (int j = 0; j < r.length; j++) {
            if (!r[j].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Keeps a rejected row while the report's bounds allow, and for the rejects sink, if any. */
    private void reject(String[] r, long line, List<Problem> found) {
        rejected++;
        long chars = 0;
        for (int j = 0; j < r.length; j++) {
            chars += r[j].length() + 16;
        }
        boolean keep = kept.size() < ReadReport.MAX_KEPT_REJECTED_ROWS
                && keptSize + chars <= ReadReport.MAX_KEPT_REJECTED_SIZE;
        if (!keep && rejects == null) {
            return;
        }
        List<String> fields = new ArrayList<>(r.length);
        fields.addAll(java.util.Arrays.asList(r));
        RejectedRow row = new RejectedRow(line, fields, found);
        if (rejects != null) {
            lastRejected = row;
        }
        if (keep) {
            kept.add(row);
            keptSize += chars;
        }
    }

    /**
     * Why two long numeric ids may have become one: Excel keeps 15 significant digits of a number, so ids of more
     * digits typed or stored as numbers lose their last digits (shown as zeros, or as {@code 1.23457E+17} in a CSV
     * file Excel saved).
     */
    private String excelDigitsHint(String id) {
        boolean lost = problems.inSheet() ? id.length() > 15 && id.chars().allMatch(c -> c >= '0' && c <= '9')
                : EXCEL_SCIENTIFIC.matcher(id).matches();
        return lost ? "; Excel keeps 15 significant digits of a number, so longer ids stored as numbers lose their last "
                + "digits: store the ids as text (format the column as Text before pasting, or export them as text)"
                : "";
    }

    private static final Pattern EXCEL_SCIENTIFIC = Pattern.compile(
            "^\\d(?:[.,]\\d+)?E\\+\\d+$", Pattern.CASE_INSENSITIVE);
}
