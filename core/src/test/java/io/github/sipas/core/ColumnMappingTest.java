package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnMappingTest {

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("map.csv"), content, StandardCharsets.UTF_8);
    }

    private InputException fails(String content) throws IOException {
        Path file = write(content);
        InputException e = assertThrows(InputException.class, () -> ColumnMapping.read(file));
        assertEquals(file.toString(), e.source());
        return e;
    }

    // ---- reading a mapping file -------------------------------------------------------------------------------

    @Test
    void readsAsManyEntriesAsAFileHasColumnsAndRefusesTheNextAtItsLine() throws IOException {
        StringBuilder sb = new StringBuilder("column,target\n");
        for (int i = 0; i < ColumnMapping.MAX_ENTRIES; i++) {
            sb.append("col").append(i).append(",A1\n");
        }
        assertEquals(ColumnMapping.MAX_ENTRIES, ColumnMapping.read(write(sb.toString())).targets().size());
        InputException e = fails(sb.append("one more,A2\n").toString());
        assertEquals(ColumnMapping.MAX_ENTRIES + 2, e.line());
        assertTrue(e.getMessage().contains("more than 16384 entries"), e.getMessage());
    }

    @Test
    void readsTheDocumentedExample() throws IOException {
        ColumnMapping m = ColumnMapping.read(write("column,target\n_uuid,response_id\nQ0[SQ001],unit\n"
                + "Q1[SQ001],A1\nQ9,attribute:gender\n_notes,ignore\nwave,period\nw,WEIGHT\nG/B1,item:B1\n"));
        Map<String, ColumnTarget> expected = new LinkedHashMap<>();
        expected.put("_uuid", ColumnTarget.RESPONSE_ID);
        expected.put("Q0[SQ001]", ColumnTarget.UNIT);
        expected.put("Q1[SQ001]", ColumnTarget.item("A1"));
        expected.put("Q9", ColumnTarget.attribute("gender"));
        expected.put("_notes", ColumnTarget.IGNORE);
        expected.put("wave", ColumnTarget.PERIOD);
        expected.put("w", ColumnTarget.WEIGHT);
        expected.put("G/B1", ColumnTarget.item("B1"));
        assertEquals(expected, m.targets());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(m.targets().keySet()), "file order is kept");
    }

    @Test
    void readsFileWithByteOrderMarkCrlfCommentsBlankLinesAndQuotes() throws IOException {
        Path file = dir.resolve("bom.csv");
        byte[] body = ("column,target\r\n# a comment\r\n\r\n\"Q1, first\",A1\r\n  Q2  , attribute:age \r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
        ColumnMapping m = ColumnMapping.read(file);
        assertEquals(Map.of("Q1, first", ColumnTarget.item("A1"), "Q2", ColumnTarget.attribute("age")), m.targets());
    }

    @Test
    void readsFileWithHeaderOnly() throws IOException {
        assertEquals(Map.of(), ColumnMapping.read(write("column,target\n")).targets());
    }

    @ParameterizedTest
    @ValueSource(strings = {"column", "target"})
    void refusesFileWithoutRequiredHeaderColumn(String missing) throws IOException {
        String header = missing.equals("column") ? "header,target" : "column,to";
        InputException e = fails(header + "\nQ1,A1\n");
        assertEquals(1, e.line());
        assertEquals(missing, e.column());
        assertTrue(e.reason().contains("'" + missing + "'") && e.reason().contains("column,target"), e.reason());
    }

    @Test
    void refusesEmptyFile() throws IOException {
        InputException e = fails("");
        assertEquals(1, e.line());
        assertTrue(e.reason().contains("column,target"), e.reason());
    }

    @Test
    void refusesBlankColumnNamingTheLine() throws IOException {
        InputException e = fails("column,target\nQ1,A1\n ,A2\n");
        assertEquals(3, e.line());
        assertEquals("column", e.column());
        assertTrue(e.reason().contains("blank"), e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "attribute:", "item:", "attribute:  "})
    void refusesBadTargetNamingLineValueAndAllowedTargets(String target) throws IOException {
        InputException e = fails("column,target\nQ1,A1\n\nQ2," + target + "\n");
        assertEquals(4, e.line());
        assertEquals("target", e.column());
        assertEquals(target.strip(), e.value());
        assertTrue(e.reason().startsWith("not a target")
                && e.reason().contains("response_id, unit, period, weight, ignore, attribute:NAME, item:ID"), e.reason());
    }

    @Test
    void refusesRowWithoutTarget() throws IOException {
        InputException e = fails("column,target\nQ1\n");
        assertEquals(2, e.line());
        assertEquals("target", e.column());
    }

    @Test
    void refusesColumnMappedTwiceNamingTheLaterLine() throws IOException {
        InputException e = fails("column,target\nQ1,A1\nQ2,A2\nQ1,A3\n");
        assertEquals(4, e.line());
        assertEquals("column", e.column());
        assertEquals("Q1", e.value());
        assertTrue(e.reason().contains("mapped twice"), e.reason());
        assertTrue(e.getMessage().contains(", line 4, column column, value 'Q1': "), e.getMessage());
    }

    @Test
    void readRefusesMissingFileWithUncheckedIoException() {
        Path missing = dir.resolve("none.csv");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ColumnMapping.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    // ---- lookup -----------------------------------------------------------------------------------------------

    @Test
    void targetOfLooksUpExactlyThenIgnoringCase() {
        Map<String, ColumnTarget> map = new LinkedHashMap<>();
        map.put("q1", ColumnTarget.item("A1"));
        map.put("Q1", ColumnTarget.item("B1"));
        map.put("Gender", ColumnTarget.attribute("gender"));
        ColumnMapping m = new ColumnMapping(map);
        assertEquals(Optional.of(ColumnTarget.item("B1")), m.targetOf("Q1"));
        assertEquals(Optional.of(ColumnTarget.item("A1")), m.targetOf("q1"));
        assertEquals(Optional.of(ColumnTarget.attribute("gender")), m.targetOf("GENDER"));
        assertEquals(Optional.of(ColumnTarget.attribute("gender")), m.targetOf(" gender "));
        assertEquals(Optional.empty(), m.targetOf("Q2"));
    }

    @Test
    void readMappingIsLookedUpIgnoringCase() throws IOException {
        ColumnMapping m = ColumnMapping.read(write("column,target\ngroup_access/a1,A1\n"));
        assertEquals(Optional.of(ColumnTarget.item("A1")), m.targetOf("GROUP_ACCESS/A1"));
    }

    @Test
    void noneMapsNothing() {
        assertEquals(Map.of(), ColumnMapping.NONE.targets());
        assertEquals(Optional.empty(), ColumnMapping.NONE.targetOf("A1"));
    }

    // ---- the record -------------------------------------------------------------------------------------------

    @Test
    void keysAreTrimmedAndTargetsCannotBeModified() {
        Map<String, ColumnTarget> map = new HashMap<>();
        map.put(" Q1 ", ColumnTarget.item("A1"));
        ColumnMapping m = new ColumnMapping(map);
        map.put("Q2", ColumnTarget.UNIT);
        assertEquals(Map.of("Q1", ColumnTarget.item("A1")), m.targets());
        assertThrows(UnsupportedOperationException.class, () -> m.targets().put("Q3", ColumnTarget.IGNORE));
    }

    @Test
    void refusesNullKeyOrTarget() {
        Map<String, ColumnTarget> nullKey = new HashMap<>();
        nullKey.put(null, ColumnTarget.UNIT);
        assertEquals("column", assertThrows(NullPointerException.class, () -> new ColumnMapping(nullKey)).getMessage());
        Map<String, ColumnTarget> nullTarget = new HashMap<>();
        nullTarget.put("Q1", null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> new ColumnMapping(nullTarget));
        assertTrue(e.getMessage().contains("Q1"), e.getMessage());
    }
}
