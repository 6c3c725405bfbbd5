package io.github.sipas.core.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.github.sipas.core.AnswerParser;
import io.github.sipas.core.ColumnTarget;
import io.github.sipas.core.internal.FrozenMap;

/**
 * The columns of one file, as {@link HeaderResolver} found them in its header: where the fields are, which columns
 * hold items (one column per item, or one column per option of a multi-select item) and which hold attributes. Read by
 * both threads of a read; not changed once built.
 */
final class Columns {

    /** The header's names, cleaned. */
    final List<String> header;
    /** What each column holds. */
    final ColumnTarget[] targets;
    /** The parser of each item column, by column; null for other columns. */
    final AnswerParser[] columnParsers;
    final int idColumn;
    final int unitColumn;
    /** -1 when the file has no such column. */
    final int periodColumn;
    /** -1 when the file has no such column. */
    final int weightColumn;
    /** Multi-select items read from one column per option: the columns and their codes, by item id. */
    final Map<String, List<int[]>> choiceColumns;
    /** The items with no column that are not criteria: not asked in any row. */
    final List<String> absent;
    /** Whether the rows can be read: the header has every required column, and no column is in error. */
    final boolean ok;
    /** Whether each row's id is {@code row-N}, N the line where it starts; then {@link #idColumn} is -1. */
    final boolean rowIds;
    /** The units that {@link AnswerValues} give for unit cells, by folded cell; empty without such rules. */
    final Map<String, String> unitValues;
    /** The columns of items read from one column each, in file order; null unless {@link #ok}. */
    final int[] itemColumns;
    /** The items of {@link #choiceColumns}, in order; null unless {@link #ok}. */
    final String[] choiceItems;
    /** The attribute columns, in file order; null unless {@link #ok}. */
    final int[] attributeColumns;
    /** The answers' keys: the items of {@link #itemColumns}, then {@link #choiceItems}; null unless {@link #ok}. */
    final FrozenMap.Layout itemLayout;
    /** The attributes' keys, in the order of {@link #attributeColumns}; null unless {@link #ok}. */
    final FrozenMap.Layout attributeLayout;

    Columns(List<String> header, ColumnTarget[] targets, AnswerParser[] columnParsers, int idColumn, int unitColumn,
            int periodColumn, int weightColumn, Map<String, List<int[]>> choiceColumns, List<String> absent,
            boolean ok, Map<String, String> unitValues, boolean rowIds) {
        this.unitValues = unitValues;
        this.rowIds = rowIds;
        this.header = header;
        this.targets = targets;
        this.columnParsers = columnParsers;
        this.idColumn = idColumn;
        this.unitColumn = unitColumn;
        this.periodColumn = periodColumn;
        this.weightColumn = weightColumn;
        this.choiceColumns = choiceColumns;
        this.absent = absent;
        this.ok = ok;
        if (!ok) {
            itemColumns = null;
            choiceItems = null;
            attributeColumns = null;
            itemLayout = null;
            attributeLayout = null;
            return;
        }
        List<Integer> itemCols = new ArrayList<>();
        List<Integer> attrCols = new ArrayList<>();
        for (int j = 0; j < targets.length; j++) {
            if (targets[j].kind() == ColumnTarget.Kind.ITEM) {
                itemCols.add(j);
            } else if (targets[j].kind() == ColumnTarget.Kind.ATTRIBUTE) {
                attrCols.add(j);
            }
        }
        itemColumns = itemCols.stream().mapToInt(Integer::intValue).toArray();
        attributeColumns = attrCols.stream().mapToInt(Integer::intValue).toArray();
        choiceItems = choiceColumns.keySet().toArray(String[]::new);
        List<String> keys = new ArrayList<>();
        itemCols.forEach(j -> keys.add(targets[j].name()));
        keys.addAll(List.of(choiceItems));
        itemLayout = new FrozenMap.Layout(keys.toArray(String[]::new));
        attributeLayout = new FrozenMap.Layout(attrCols.stream().map(j -> targets[j].name())
                .toArray(String[]::new));
    }
}
