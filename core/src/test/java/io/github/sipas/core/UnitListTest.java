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
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import io.github.sipas.core.instrument.Surveys;
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
        assertEquals("thixasapa", UnitList.key("TX Sa Pa"));
        assertEquals("thanhpholaocai", UnitList.key("TP. Lào Cai"));
    }

    @Test
    void keyTreatsNfdLikeNfc() {
        assertEquals(UnitList.key(Normalizer.normalize("Thị xã Sa Pa", Normalizer.Form.NFC)),
                UnitList.key(Normalizer.normalize("Thị xã Sa Pa", Normalizer.Form.NFD)));
    }

    @Test
    void keyExpandsOnlyALeadingWord() {
        assertEquals("sapatx", UnitList.key("Sa Pa TX"));
        assertEquals("tx", UnitList.key("TX"), "an abbreviation alone is not expanded");
        assertEquals("txasapa", UnitList.key("TXa Sa Pa"));
    }

    @Test
    void keyIgnoresSpacesDotsAndHyphensBetweenWords() {
        assertEquals("sapa", UnitList.key("SaPa"));
        assertEquals("sapa", UnitList.key("Sa-Pa"));
        assertEquals("sapa", UnitList.key("sa . pa"));
    }

    @ParameterizedTest
    @CsvSource({
        "TX. Sa Pa, sapa",
        "Thị xã Sa Pa, sapa",
        "SaPa, sapa",
        "Phường Kim Tân, kimtan",
        "P.Kim Tân, kimtan",
        "Thanh pho Lao Cai, laocai",
        "Tỉnh Lào Cai, laocai",
        "H. Quan Hóa, hoa",
        "Quận 1, 1",
        "Xã, xa",
        "TT-Huế, tthue",
        "Pa Cheo, pacheo",
        "Thị xã, thixa",
    })
    void coreKeyTakesOffLeadingPrefixesThatAreWholeWordsFollowedBySpaceOrDot(String name, String core) {
        assertEquals(core, UnitList.coreKey(name));
    }

    // ---- find -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"sapa", "Thị xã Sa Pa", "TX Sa Pa", "thi xa sa pa", "TX. SA PA", "Sa Pa", "sa-pa",
        " Sa Pa "})
    void findsUnitByIdNameAliasOrAbbreviation(String name) {
        assertEquals("sapa", sample().find(name).map(Unit::id).orElse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TP. Lào Cai", "Thành phố Lào Cai", "TP Lao Cai", "tp-laocai"})
    void findsTheCityOfLaoCaiUnderItsNames(String name) {
        assertEquals("tp-laocai", sample().find(name).map(Unit::id).orElse(null));
    }

    private static UnitList custom() {
        return UnitList.of(List.of(
                new Unit("laocai", "Tỉnh Lào Cai", List.of(), UnitLevel.PROVINCE, null),
                unit("tp-laocai", "Thành phố Lào Cai", "laocai"),
                unit("sapa", "Thị xã Sa Pa", "laocai"),
                unit("batxat", "Bát Xát", "laocai"),
                new Unit("kimtan", "Phường Kim Tân", List.of(), UnitLevel.COMMUNE, "tp-laocai"),
                new Unit("quanhoa", "Huyện Quan Hóa", List.of(), UnitLevel.DISTRICT, null),
                new Unit("xa-pho", "Xã Phố", List.of(), UnitLevel.COMMUNE, "batxat")));
    }

    @ParameterizedTest
    @CsvSource({
        "SaPa, sapa",
        "Sa Pa, sapa",
        "TX. Sa Pa, sapa",
        "tx sa pa, sapa",
        "THI XA SAPA, sapa",
        "Phường Kim Tân, kimtan",
        "Kim Tân, kimtan",
        "P. Kim Tan, kimtan",
        "phuong kim-tan, kimtan",
        "bát xát, batxat",
        "H. Bát Xát, batxat",
        "huyen bat xat, batxat",
        "Thành phố Lào Cai, tp-laocai",
        "TP. Lào Cai, tp-laocai",
        "tp lao cai, tp-laocai",
        "Tỉnh Lào Cai, laocai",
        "tinh lao cai, laocai",
        "Quan Hóa, quanhoa",
        "Q. Quan Hóa, quanhoa",
        "Xã Phố, xa-pho",
        "Phố, xa-pho",
        "XA-PHO, xa-pho",
    })
    void findsAUnitOfAListWithoutAliasesAsPeopleTypeIt(String name, String id) {
        assertEquals(id, custom().find(name).map(Unit::id).orElse(null), name);
    }

    @Test
    void aNameThatFitsTwoUnitsWithoutItsPrefixIsRefusedNamingBoth() {
        UnitList units = custom();
        assertEquals(Optional.empty(), units.find("Lào Cai"));
        assertEquals(List.of("laocai", "tp-laocai"), units.candidates("lao cai").stream().map(Unit::id).toList());
        RowRules rules = new RowRules(Surveys.bundled("sipas-2017"), units);
        String message = rules.unknownUnit("Lào Cai");
        assertTrue(message.contains("'Tỉnh Lào Cai' (id laocai)")
                && message.contains("'Thành phố Lào Cai' (id tp-laocai)")
                && message.contains("full name or its id"), message);
        assertTrue(rules.unknownUnit("Hà Nội").startsWith("no unit of the unit list"), rules.unknownUnit("Hà Nội"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Văn Bàn", "Pho Lu", "Kim", "Huyện", "TT Sa Pa Lào Cai", "P"})
    void findsNothingForNamesOfNoUnit(String name) {
        assertEquals(List.of(), custom().candidates(name), name);
    }

    /** Every way of writing a bundled unit's names, drawn at random: what a hand-keyed file holds. */
    private static String variant(String name, UniformRandomProvider rng) {
        String s = name;
        String[][] prefixes = {{"Thành phố ", "TP ", "TP. ", "Tp.", "thanh pho "}, {"Thị xã ", "TX ", "TX. ", "tx."},
            {"Huyện ", "H. ", "H ", "huyen "}, {"Tỉnh ", "tinh "}};
        for (String[] group : prefixes) {
            if (s.startsWith(group[0]) && rng.nextBoolean()) {
                s = group[rng.nextInt(group.length)] + s.substring(group[0].length());
            }
        }
        if (rng.nextInt(4) == 0) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('Đ', 'D')
                    .replace('đ', 'd');
        }
        switch (rng.nextInt(4)) {
            case 0 -> s = s.toUpperCase(Locale.ROOT);
            case 1 -> s = s.toLowerCase(Locale.ROOT);
            default -> { }
        }
        int split = s.lastIndexOf(' ');
        if (split > 0 && rng.nextInt(3) == 0) {
            s = s.substring(0, split) + (rng.nextBoolean() ? "" : "-") + s.substring(split + 1);
        }
        if (rng.nextInt(3) == 0) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
        }
        return rng.nextBoolean() ? s : "  " + s + " ";
    }

    @Test
    void everyBundledUnitIsFoundUnderRandomSpellingsOfItsIdNameAndAliases() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261207L);
        for (String list : UnitList.BUNDLED_IDS) {
            UnitList units = UnitList.bundled(list);
            for (Unit u : units.units()) {
                assertEquals(u, units.find(u.id()).orElse(null), u.id());
                assertEquals(u, units.find(u.id().toUpperCase(Locale.ROOT)).orElse(null), u.id());
                List<String> names = new ArrayList<>(u.aliases());
                names.add(u.name());
                for (String name : names) {
                    for (int i = 0; i < 200; i++) {
                        String typed = variant(name, rng);
                        assertEquals(u, units.find(typed).orElse(null), list + ": '" + typed + "' from '" + name + "'");
                    }
                }
            }
        }
    }

    @Test
    void bundledUnitsCollideWithoutTheirPrefixesOnlyWhereTheRefusalNamesThem() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        for (String list : UnitList.BUNDLED_IDS) {
            UnitList units = UnitList.bundled(list);
            for (Unit u : units.units()) {
                String core = UnitList.coreKey(u.name());
                for (int i = 0; i < 50; i++) {
                    String typed = variant(core, rng);
                    List<Unit> fit = units.candidates(typed);
                    if (units.units().stream().anyMatch(o -> o.id().equalsIgnoreCase(typed.strip()))) {
                        continue; // an id as written wins: LAOCAI is the province's id
                    }
                    assertTrue(fit.contains(u), list + ": '" + typed + "' does not find " + u.id());
                    if (fit.size() > 1) {
                        String message = new RowRules(Surveys.bundled("sipas-2017"), units).unknownUnit(typed);
                        for (Unit other : fit) {
                            assertTrue(message.contains("(id " + other.id() + ")"), message);
                        }
                    }
                }
            }
            // the one name of the Lào Cai list that fits two units
            if (list.equals("laocai-2023")) {
                assertEquals(List.of("laocai", "tp-laocai"),
                        units.candidates("Lào Cai").stream().map(Unit::id).toList());
            }
        }
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
