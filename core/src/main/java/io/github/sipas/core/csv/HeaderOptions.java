package io.github.sipas.core.csv;

/**
 * How a reader finds the id and unit columns beyond their usual names: the tool that wrote the file, a column named
 * its own way, rows numbered by their line.
 *
 * @param preset the tool, or null to find it from the header
 * @param idColumn the column holding the response id, or null
 * @param unitColumn the column holding the unit, or null
 * @param rowIds whether each row's id is {@code row-N}, N the line where the row starts
 */
record HeaderOptions(ExportPreset preset, String idColumn, String unitColumn, boolean rowIds) {

    static final HeaderOptions NONE = new HeaderOptions(null, null, null, false);
}
