package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitListTest {

    @TempDir
    Path dir;

    private static Unit unit(String id, String name, String parent, String... aliases) {
        return new Unit(id, name, List.of(aliases), UnitLevel.DISTRICT, parent);
    }

    private static UnitList sample() {
        return UnitList.of(List.of(
                new Unit("laocai", "Tỉnh Lào Cai", List.of(), UnitLevel.PROVINCE, null),
                unit("tp-laocai", "Thành phố Lào Cai", "laocai", "TP. Lào Cai"),
                unit("sapa", "Thị xã Sa Pa", "laocai", "Sa Pa"),
                unit("batxat", "Bát Xát", "laocai", "Huyện Bát Xát")));
    }

    private static Path resource(String name) {
        try {
            return Path.of(UnitListTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    // ---- key --------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "TX Sa Pa, Thị xã Sa Pa",
        "tx. sa pa, THỊ XÃ SA PA",
        "TP. Lào Cai, Thành phố Lào Cai",
        "TP Lào Cai, thanh pho lao cai",
        "H. Bát Xát, Huyện Bát Xát",
        "TT Phố Lu, Thị trấn Phố Lu",
        "Q. Ba Đình, Quận Ba Đình",
        "P. Cốc Lếu, Phường Cốc Lếu",
        "X. Tả Van, Xã Tả Van",
    })
    void keyWritesOutALeadingAdministrativeAbbreviation(String abbreviated, String full) {
        assertEquals(UnitList.key(full), UnitList.key(abbreviated));
    }

    @Test
    void keyOfAbbreviationIsTheFoldedFullForm() {
        assertEquals("thi xa sa pa", UnitList.key("TX Sa Pa"));
        assertEquals("thanh pho lao cai", UnitList.key("TP. Lào Cai"));
    }

    @Test
    void keyTreatsNfdLikeNfc() {
        assertEquals(UnitList.key(Normalizer.normalize("Thị xã Sa Pa", Normalizer.Form.NFC)),
                UnitList.key(Normalizer.normalize("Thị xã Sa Pa", Normalizer.Form.NFD)));
    }

    @Test
    void keyExpandsOnlyALeadingWord() {
        assertEquals("sa pa tx", UnitList.key("Sa Pa TX"));
        assertEquals("tx", UnitList.key("TX"), "an abbreviation alone is not expanded");
        assertEquals("txa sa pa", UnitList.key("TXa Sa Pa"));
    }

    // ---- find -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"sapa", "Thị xã Sa Pa", "TX Sa Pa", "thi xa sa pa", "TX. SA PA", "Sa Pa", "sa-pa", " Sa Pa "})
    void findsUnitByIdNameAliasOrAbbreviation(String name) {
        assertEquals("sapa", sample().find(name).map(Unit::id).orElse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TP. Lào Cai", "Thành phố Lào Cai", "TP Lao Cai", "tp-laocai"})
    void findsTheCityOfLaoCaiUnderItsNames(String name) {
        assertEquals("tp-laocai", sample().find(name).map(Unit::id).orElse(null));
    }

    @Test
    void findReturnsEmptyForUnknownName() {
        assertEquals(Optional.empty(), sample().find("Văn Bàn"));
        assertEquals(Optional.empty(), sample().find(""));
    }

    @Test
    void unitReturnsUnitByIdOrRefusesUnknownId() {
        assertEquals("Bát Xát", sample().unit("batxat").name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sample().unit("Bát Xát"));
        assertTrue(e.getMessage().contains("'Bát Xát'"), e.getMessage());
    }

    @Test
    void unitsKeepTheirOrderAndCannotBeModified() {
        UnitList l = sample();
        assertEquals(List.of("laocai", "tp-laocai", "sapa", "batxat"), l.units().stream().map(Unit::id).toList());
        assertThrows(UnsupportedOperationException.class, () -> l.units().clear());
    }

    @Test
    void changingTheCallersListChangesNothing() {
        List<Unit> units = new ArrayList<>(List.of(unit("a", "A", null), unit("b", "B", null)));
        UnitList l = UnitList.of(units);
        units.add(unit("c", "C", null));
        assertEquals(2, l.units().size());
        assertEquals(Optional.empty(), l.find("C"));
    }

    // ---- validation -------------------------------------------------------------------------------------------

    @Test
    void refusesDuplicateId() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> UnitList.of(List.of(unit("a", "A", null), unit("b", "B", null), unit("a", "C", null))));
        assertEquals("units[2].id", e.where());
        assertTrue(e.getMessage().contains("duplicate unit id 'a'"), e.getMessage());
    }

    @Test
    void refusesNameClaimedByTwoUnitsNamingBoth() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> UnitList.of(List.of(
                unit("sapa", "Thị xã Sa Pa", null), unit("other", "Khác", null, "TX Sa Pa"))));
        assertEquals("units[1]", e.where());
        assertTrue(e.getMessage().contains("'TX Sa Pa'") && e.getMessage().contains("unit 'sapa'")
                && e.getMessage().contains("unit 'other'"), e.getMessage());
    }

    @Test
    void refusesNameOfOneUnitEqualToIdOfAnother() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> UnitList.of(List.of(
                unit("sapa", "Thị xã Sa Pa", null), unit("x", "Sapa", null))));
        assertTrue(e.getMessage().contains("'sapa'") && e.getMessage().contains("'x'"), e.getMessage());
    }

    @Test
    void acceptsAliasesOfOneUnitThatShareAKey() {
        UnitList l = UnitList.of(List.of(unit("sapa", "Thị xã Sa Pa", null, "TX Sa Pa", "Thi xa Sa Pa", "Sapa")));
        assertEquals("sapa", l.find("thị xã sa pa").orElseThrow().id());
    }

    @Test
    void refusesNameWithoutLetterOrDigit() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> UnitList.of(List.of(unit("a", "A", null, "--"))));
        assertEquals("units[0]", e.where());
        assertTrue(e.getMessage().contains("'--'") && e.getMessage().contains("no letter or digit"), e.getMessage());
    }

    @Test
    void refusesMissingParent() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> UnitList.of(List.of(unit("a", "A", null), unit("b", "B", "laocai"))));
        assertEquals("units[1].parent", e.where());
        assertTrue(e.getMessage().contains("unit 'b'") && e.getMessage().contains("parent 'laocai'")
                && e.getMessage().contains("not in the list"), e.getMessage());
    }

    @Test
    void refusesParentCycle() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> UnitList.of(List.of(unit("a", "A", "b"), unit("b", "B", "a"))));
        assertEquals("units[0].parent", e.where());
        assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("own ancestor"), e.getMessage());
    }

    @Test
    void refusesUnitThatIsItsOwnParent() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> UnitList.of(List.of(unit("a", "A", "a"))));
        assertEquals("units[0].parent", e.where());
        assertTrue(e.getMessage().contains("'a'"), e.getMessage());
    }

    @Test
    void parentCycleIsReportedAtAUnitOnTheCycle() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> UnitList.of(List.of(unit("a", "A", "b"), unit("b", "B", "c"), unit("c", "C", "b"))));
        assertTrue(e.where().equals("units[1].parent") || e.where().equals("units[2].parent"), e.where());
        assertFalse(e.getMessage().contains("unit 'a'"), e.getMessage());
    }

    @Test
    void acceptsLongChainOfParents() {
        List<Unit> chain = new ArrayList<>();
        chain.add(new Unit("u0", "Unit 0", List.of(), UnitLevel.PROVINCE, null));
        for (int i = 1; i < 50; i++) {
            chain.add(unit("u" + i, "Unit " + i, "u" + (i - 1)));
        }
        assertEquals(50, UnitList.of(chain).units().size());
    }

    // ---- reading a CSV file -----------------------------------------------------------------------------------

    @Test
    void readsCsvFileWithByteOrderMarkCrlfAndBlankLine() {
        UnitList l = UnitList.read(resource("/units/bom.csv"));
        assertEquals(List.of("laocai", "sapa", "bacha", "ub"), l.units().stream().map(Unit::id).toList());
        Unit laocai = l.unit("laocai");
        assertEquals(UnitLevel.PROVINCE, laocai.level(), "level in any case");
        assertNull(laocai.parent());
        assertEquals(List.of(), laocai.aliases());
        Unit sapa = l.unit("sapa");
        assertEquals(List.of("Sa Pa", "Sapa"), sapa.aliases(), "aliases split on | and trimmed");
        assertEquals("laocai", sapa.parent());
        assertEquals(UnitLevel.DISTRICT, l.unit("bacha").level(), "blank level is district");
        assertEquals(UnitLevel.AGENCY, l.unit("ub").level());
        assertEquals("sapa", l.find("TX Sa Pa").orElseThrow().id());
        assertEquals("ub", l.find("UBND tỉnh").orElseThrow().id());
    }

    @Test
    void readsFileWithOnlyIdAndName() throws IOException {
        UnitList l = UnitList.read(write("u.csv", "id,name\na,Xã A\nb,Xã B\n"));
        assertEquals(UnitLevel.DISTRICT, l.unit("a").level());
        assertEquals("b", l.find("X. B").orElseThrow().id());
    }

    @Test
    void refusesBadLevelNamingTheLineAndAllowedLevels() {
        Path file = resource("/units/bad-level.csv");
        InputException e = assertThrows(InputException.class, () -> UnitList.read(file));
        assertEquals(file.toString(), e.source());
        assertEquals(4, e.line());
        assertEquals("level", e.column());
        assertEquals("town", e.value());
        assertTrue(e.reason().contains("province, district, commune, agency"), e.reason());
        assertTrue(e.getMessage().startsWith(file + ", line 4, column level, value 'town'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "name"})
    void refusesFileWithoutRequiredColumn(String missing) throws IOException {
        String header = missing.equals("id") ? "name,level" : "id,level";
        Path file = write("u.csv", header + "\na,district\n");
        InputException e = assertThrows(InputException.class, () -> UnitList.read(file));
        assertEquals(1, e.line());
        assertEquals(missing, e.column());
        assertTrue(e.reason().contains("'" + missing + "'") && e.reason().contains("id,name"), e.reason());
    }

    @Test
    void refusesEmptyFile() throws IOException {
        Path file = write("u.csv", "");
        InputException e = assertThrows(InputException.class, () -> UnitList.read(file));
        assertEquals(1, e.line());
    }

    @Test
    void refusesRowWithBlankNameNamingTheLine() throws IOException {
        Path file = write("u.csv", "id,name\na,A\nb,\n");
        InputException e = assertThrows(InputException.class, () -> UnitList.read(file));
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("unit 'b'"), e.reason());
    }

    @Test
    void refusesDuplicateIdInFileNamingIt() throws IOException {
        Path file = write("u.csv", "id,name\na,A\nb,B\na,C\n");
        InputException e = assertThrows(InputException.class, () -> UnitList.read(file));
        assertEquals(file.toString(), e.source());
        assertTrue(e.getMessage().contains("duplicate unit id 'a'"), e.getMessage());
        assertTrue(e.getCause() instanceof DefinitionException);
    }

    @Test
    void duplicateIdInFileNamesItsLine() throws IOException {
        Path file = write("u.csv", "id,name\na,A\nb,B\na,C\n");
        InputException e = assertThrows(InputException.class, () -> UnitList.read(file));
        assertEquals(4, e.line());
    }

    @Test
    void refusesMissingParentInFile() throws IOException {
        Path file = write("u.csv", "id,name,parent\na,A,\nb,B,nowhere\n");
        InputException e = assertThrows(InputException.class, () -> UnitList.read(file));
        assertTrue(e.getMessage().contains("'nowhere'"), e.getMessage());
    }

    @Test
    void readRefusesMissingFileWithUncheckedIoException() {
        assertThrows(java.io.UncheckedIOException.class, () -> UnitList.read(dir.resolve("none.csv")));
    }

    // ---- bundled lists ----------------------------------------------------------------------------------------

    @Test
    void bundledLaoCaiHasNineDistrictsUnderTheProvince() {
        UnitList l = UnitList.bundled("laocai-2023");
        List<Unit> districts = l.units().stream().filter(u -> u.level() == UnitLevel.DISTRICT).toList();
        assertEquals(9, districts.size());
        assertTrue(districts.stream().allMatch(u -> "laocai".equals(u.parent())), districts.toString());
        assertEquals(UnitLevel.PROVINCE, l.unit("laocai").level());
        assertEquals(10, l.units().size());
        assertEquals(List.of("tp-laocai", "sapa", "batxat", "muongkhuong", "simacai", "bacha", "baothang", "baoyen",
                "vanban"), districts.stream().map(Unit::id).toList());
    }

    @ParameterizedTest
    @CsvSource({
        "TX Sa Pa, sapa",
        "Thị xã Sa Pa, sapa",
        "Sa Pa, sapa",
        "TP. Lào Cai, tp-laocai",
        "Thành phố Lào Cai, tp-laocai",
        "Huyện Bát Xát, batxat",
        "H. Bát Xát, batxat",
        "si ma cai, simacai",
        "BẮC HÀ, bacha",
    })
    void bundledLaoCaiFindsUnitsUnderTheirUsualNames(String name, String id) {
        assertEquals(id, UnitList.bundled("laocai-2023").find(name).map(Unit::id).orElse(null));
    }

    @Test
    void bundledRefusesUnknownIdListingTheBundledOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitList.bundled("hanoi"));
        assertTrue(e.getMessage().contains("'hanoi'") && e.getMessage().contains("laocai-2023"), e.getMessage());
        assertEquals(List.of("laocai-2023"), UnitList.BUNDLED_IDS);
    }

    @Test
    void loadReturnsBundledListOrReadsFile() throws IOException {
        assertEquals(10, UnitList.load("laocai-2023").units().size());
        Path file = write("u.csv", "id,name\na,A\n");
        assertEquals("a", UnitList.load(file.toString()).units().get(0).id());
    }

    @Test
    void loadRefusesWhatIsNeitherBundledNorAFile() {
        String missing = dir.resolve("none.csv").toString();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitList.load(missing));
        assertTrue(e.getMessage().contains(missing) && e.getMessage().contains("laocai-2023"), e.getMessage());
    }
}
