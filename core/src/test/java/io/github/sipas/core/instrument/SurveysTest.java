package io.github.sipas.core.instrument;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.sipas.core.Aggregation;
import io.github.sipas.core.Domain;
import io.github.sipas.core.Element;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Item;
import io.github.sipas.core.ItemRole;
import io.github.sipas.core.ItemType;
import io.github.sipas.core.LocalizedText;
import io.github.sipas.core.Scale;
import io.github.sipas.core.SpecialKind;
import io.github.sipas.core.Survey;

class SurveysTest {

    @TempDir
    Path dir;

    static List<String> bundledIds() {
        return Surveys.BUNDLED_IDS;
    }

    private static List<String> ids(List<Item> items) {
        return items.stream().map(Item::id).toList();
    }

    /** Every text of an instrument: title, scale titles and labels, special-code labels, domains, elements, items. */
    private static List<LocalizedText> texts(Survey s) {
        List<LocalizedText> out = new ArrayList<>();
        out.add(s.title());
        for (Scale sc : s.scales()) {
            out.add(sc.title());
            sc.points().forEach(p -> out.add(p.label()));
            sc.special().forEach(c -> out.add(c.label()));
        }
        s.domains().forEach(d -> out.add(d.title()));
        s.elements().forEach(e -> out.add(e.title()));
        s.items().forEach(i -> out.add(i.text()));
        return out;
    }

    // ---- the list -------------------------------------------------------------------------------------------------

    @Test
    void listsTheThreeBundledIds() {
        assertEquals(List.of("sipas-2017", "sipas-2023", "laocai-2023"), Surveys.BUNDLED_IDS);
        assertEquals(Surveys.BUNDLED_IDS, Surveys.bundled().stream().map(Survey::id).toList());
        assertThrows(UnsupportedOperationException.class, () -> Surveys.bundled().clear());
    }

    @ParameterizedTest
    @MethodSource("bundledIds")
    void bundledReturnsTheSameInstanceEachTime(String id) {
        assertSame(Surveys.bundled(id), Surveys.bundled(id));
    }

    @Test
    void bundledRefusesUnknownIdListingTheBundledOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Surveys.bundled("sipas-2099"));
        assertTrue(e.getMessage().contains("'sipas-2099'")
                && e.getMessage().contains("sipas-2017, sipas-2023, laocai-2023"), e.getMessage());
        assertThrows(NullPointerException.class, () -> Surveys.bundled((String) null));
    }

    @ParameterizedTest
    @MethodSource("bundledIds")
    void everyTextOfEveryBundledInstrumentHasVietnameseAndEnglish(String id) {
        for (LocalizedText t : texts(Surveys.bundled(id))) {
            assertFalse(t.vi().isBlank(), t.toString());
            assertFalse(t.en().isBlank(), t.toString());
        }
        Survey s = Surveys.bundled(id);
        assertFalse(s.source().orElseThrow().document().isBlank());
        assertFalse(s.source().orElseThrow().note().isBlank(),
                "every bundled instrument says what is known of its wording");
    }

    // ---- sipas-2017 ---------------------------------------------------------------------------------------------

    @Test
    void sipas2017HasFiveElementsAndTwentyTwoCriteria() {
        Survey s = Surveys.bundled("sipas-2017");
        assertEquals(List.of("A", "B", "C", "D", "E"), s.elements().stream().map(Element::id).toList());
        assertEquals(List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "B5", "C1", "C2", "C3", "C4", "C5", "C6",
                "D1", "D2", "D3", "E1", "E2", "E3", "E4"), ids(s.criteria()));
        assertEquals(List.of(4, 5, 6, 3, 4), s.elements().stream().map(e -> s.criteriaOf(e.id()).size()).toList());
        assertEquals(Aggregation.MEAN_OF_ELEMENTS, s.aggregation());
        assertEquals("2017", s.version());
    }

    @Test
    void sipas2017CriteriaAreRatedOnTheFivePointScale() {
        Survey s = Surveys.bundled("sipas-2017");
        for (Item c : s.criteria()) {
            Scale scale = s.scaleOf(c).orElseThrow();
            assertAll(c.id(),
                    () -> assertEquals("satisfaction5", scale.id()),
                    () -> assertEquals(List.of(1, 2, 3, 4, 5), scale.codes()),
                    () -> assertEquals(Set.of(4, 5), scale.satisfied()),
                    () -> assertEquals(1, scale.special().size()),
                    () -> assertEquals("0", scale.special().get(0).code()),
                    () -> assertEquals(SpecialKind.DONT_KNOW, scale.special().get(0).kind()),
                    () -> assertEquals(c.id().substring(0, 1), c.element()),
                    () -> assertEquals(ItemType.SINGLE, c.type()));
        }
        assertEquals(Scale.satisfaction5(), s.scale("satisfaction5"));
    }

    @Test
    void sipas2017CriteriaWordingFollowsMethodology() {
        Survey s = Surveys.bundled("sipas-2017");
        // methodology §1a, rows A1 and E4
        assertEquals("Nơi ngồi chờ có đủ chỗ ngồi", s.item("A1").text().vi());
        assertEquals("Cơ quan thông báo kịp thời kết quả xử lý góp ý, phản ánh, kiến nghị", s.item("E4").text().vi());
        // and a few more rows of the same table
        assertEquals("Phí, lệ phí phải nộp đúng quy định", s.item("B4").text().vi());
        assertEquals("Công chức có thái độ giao tiếp lịch sự", s.item("C1").text().vi());
        assertEquals("Kết quả có thông tin chính xác", s.item("D3").text().vi());
    }

    @Test
    void sipas2017HasInGeneralQuestionsAndTheExpectationsBlock() {
        Survey s = Surveys.bundled("sipas-2017");
        for (String id : List.of("A0", "B0", "C0", "D0", "E0", "Q0")) {
            assertEquals(ItemRole.IN_GENERAL, s.item(id).role(), id);
        }
        assertEquals(ItemRole.EXPECTATION, s.item("EXPECT").role());
        assertEquals(ItemType.MULTIPLE, s.item("EXPECT").type());
    }

    // ---- laocai-2023 --------------------------------------------------------------------------------------------

    @Test
    void laocai2023HasElementsAToDOfSipas2017() {
        Survey l = Surveys.bundled("laocai-2023");
        assertEquals(List.of("A", "B", "C", "D"), l.elements().stream().map(Element::id).toList());
        assertEquals(18, l.criteria().size());
        assertEquals(Aggregation.MEAN_OF_ELEMENTS, l.aggregation());
    }

    @Test
    void laocai2023CriteriaAreThoseOfSipas2017AToD() {
        Survey l = Surveys.bundled("laocai-2023");
        Survey s = Surveys.bundled("sipas-2017");
        List<Item> expected = s.criteria().stream().filter(i -> !i.element().equals("E")).toList();
        assertEquals(ids(expected), ids(l.criteria()));
        for (int i = 0; i < expected.size(); i++) {
            Item a = expected.get(i);
            Item b = l.criteria().get(i);
            assertEquals(a.text(), b.text(), a.id());
            assertEquals(s.scaleOf(a), l.scaleOf(b), a.id());
            assertEquals(a, b, a.id());
        }
        for (String e : List.of("A", "B", "C", "D")) {
            assertEquals(s.element(e), l.element(e), e);
        }
    }

    // ---- sipas-2023 ---------------------------------------------------------------------------------------------

    @Test
    void sipas2023HasTwoDomainsAndNineElements() {
        Survey s = Surveys.bundled("sipas-2023");
        assertEquals(List.of("policy", "service"), s.domains().stream().map(Domain::id).toList());
        assertEquals(List.of("P1", "P2", "P3", "P4", "S1", "S2", "S3", "S4", "S5"),
                s.elements().stream().map(Element::id).toList());
        for (Element e : s.elements()) {
            assertEquals(e.id().startsWith("P") ? "policy" : "service", e.domain(), e.id());
        }
        assertEquals(Aggregation.MEAN_OF_ITEMS, s.aggregation());
    }

    @Test
    void sipas2023HasThirtyNineCriteriaSplitAsPublished() {
        Survey s = Surveys.bundled("sipas-2023");
        assertEquals(39, s.criteria().size());
        assertEquals(List.of(2, 2, 9, 10, 3, 4, 3, 3, 3),
                s.elements().stream().map(e -> s.criteriaOf(e.id()).size()).toList());
        for (Item c : s.criteria()) {
            assertEquals(Set.of(4, 5), s.scaleOf(c).orElseThrow().satisfied(), c.id());
            assertEquals(List.of(1, 2, 3, 4, 5), s.scaleOf(c).orElseThrow().codes(), c.id());
        }
    }

    @Test
    void sipas2023HasPerceptionAndExpectationItems() {
        Survey s = Surveys.bundled("sipas-2023");
        Map<ItemRole, Long> byRole = s.items().stream()
                .collect(Collectors.groupingBy(Item::role, Collectors.counting()));
        assertEquals(39L, byRole.get(ItemRole.CRITERION));
        assertEquals(30L, byRole.get(ItemRole.PERCEPTION));
        assertEquals(10L, byRole.get(ItemRole.EXPECTATION));
        assertTrue(s.items().stream().anyMatch(i -> i.role() == ItemRole.PERCEPTION && i.type() == ItemType.MULTIPLE),
                "the information channels question is multi-select");
    }

    @Test
    void bundledItemIdsAreUniqueIgnoringCase() {
        for (Survey s : Surveys.bundled()) {
            Map<String, Long> counts = s.items().stream().collect(Collectors.groupingBy(
                    i -> i.id().toLowerCase(java.util.Locale.ROOT), Collectors.counting()));
            assertTrue(counts.values().stream().allMatch(c -> c == 1), s.id());
            assertEquals(s.items(), s.items().stream().map(Item::id).map(s::item).toList());
            assertEquals(s.items().size(), s.items().stream().map(Item::id).collect(Collectors.toMap(
                    Function.identity(), Function.identity())).size());
        }
    }

    // ---- load -----------------------------------------------------------------------------------------------------

    @Test
    void loadReturnsTheBundledInstrument() {
        assertSame(Surveys.bundled("sipas-2017"), Surveys.load("sipas-2017"));
    }

    @Test
    void loadReadsJsonFile() throws URISyntaxException {
        Path file = Path.of(SurveysTest.class.getResource("/json/minimal.json").toURI());
        Survey s = Surveys.load(file.toString());
        assertEquals("minimal", s.id());
    }

    @Test
    void loadReadsJsonFileWrittenFromABundledInstrument() throws IOException {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, SurveyJson.toString(Surveys.bundled("laocai-2023")));
        assertEquals(Surveys.bundled("laocai-2023"), Surveys.load(file.toString()));
    }

    @Test
    void loadRefusesUnknownIdThatIsNotAFileListingTheBundledIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Surveys.load("sipas-2099"));
        assertTrue(e.getMessage().contains("'sipas-2099'")
                && e.getMessage().contains("sipas-2017, sipas-2023, laocai-2023")
                && e.getMessage().contains("nor a readable file"), e.getMessage());
    }

    @Test
    void loadRefusesDirectory() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Surveys.load(dir.toString()));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void loadReportsBadFileWithItsPath() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"id\": \"x\"}");
        InputException e = assertThrows(InputException.class, () -> Surveys.load(file.toString()));
        assertEquals(file.toString(), e.source());
        assertEquals("$.version", e.path());
    }
}
