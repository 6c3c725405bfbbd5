package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.github.sipas.core.instrument.Surveys;

class SurveyTest {

    private static LocalizedText t(String s) {
        return LocalizedText.of(s + " (vi)", s + " (en)");
    }

    private static final SourceDocument SOURCE = new SourceDocument("Quyết định test", Confidence.INFERRED, "");

    private static Scale rating() {
        return Scale.satisfaction5();
    }

    /** A scale without satisfied codes, for questions that are not satisfaction ratings. */
    private static Scale yesNo() {
        return new Scale("yesno", t("Có/Không"), List.of(ScalePoint.of(1, "Có", "Yes"),
                ScalePoint.of(2, "Không", "No")), Set.of(), List.of());
    }

    private static Item crit(String id, String element) {
        return Item.criterion(id, element, "satisfaction5", t("criterion " + id));
    }

    /** Elements A = {A1, A2} and B = {B1}, an in-general question A0, a text item NOTE. */
    private static Survey.Builder valid() {
        return Survey.builder("demo").version("2026").title(t("Demo")).source(SOURCE)
                .scale(rating()).scale(yesNo())
                .element(Element.of("A", t("Element A")))
                .element(Element.of("B", t("Element B")))
                .item(crit("A1", "A"))
                .item(crit("A2", "A"))
                .item(new Item("A0", "A", t("A in general"), "satisfaction5", ItemRole.IN_GENERAL, ItemType.SINGLE))
                .item(crit("B1", "B"))
                .item(new Item("NOTE", null, t("Other comments"), null, ItemRole.EXPECTATION, ItemType.TEXT));
    }

    private static Survey.Builder base() {
        return Survey.builder("demo").version("2026").title(t("Demo")).source(SOURCE).scale(rating());
    }

    // ---- building a valid survey ------------------------------------------------------------------------------

    @Test
    void buildsValidSurveyWithItsPartsInOrder() {
        Survey s = valid().build();
        assertAll(
                () -> assertEquals("demo", s.id()),
                () -> assertEquals("2026", s.version()),
                () -> assertEquals(t("Demo"), s.title()),
                () -> assertEquals(java.util.Optional.of(SOURCE), s.source()),
                () -> assertEquals(List.of(), s.domains()),
                () -> assertEquals(List.of("A", "B"), s.elements().stream().map(Element::id).toList()),
                () -> assertEquals(List.of("satisfaction5", "yesno"), s.scales().stream().map(Scale::id).toList()),
                () -> assertEquals(List.of("A1", "A2", "A0", "B1", "NOTE"), s.items().stream().map(Item::id).toList()),
                () -> assertEquals(List.of("A1", "A2", "B1"), s.criteria().stream().map(Item::id).toList()),
                () -> assertEquals(Aggregation.MEAN_OF_ELEMENTS, s.aggregation()));
    }

    @Test
    void aggregationIsMeanOfElementsUnlessSet() {
        assertEquals(Aggregation.MEAN_OF_ELEMENTS, valid().build().aggregation());
        assertEquals(Aggregation.MEAN_OF_ITEMS, valid().aggregation(Aggregation.MEAN_OF_ITEMS).build().aggregation());
    }

    @Test
    void indexIdIsIndexUnlessSetAndKeptByToBuilderAndEquals() {
        assertEquals(Survey.DEFAULT_INDEX_ID, valid().build().indexId());
        Survey named = valid().indexId("CSI").build();
        assertEquals("CSI", named.indexId());
        assertEquals(named, named.toBuilder().build());
        assertNotEquals(valid().build(), named);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "B1"})
    void indexIdOfAnElementOrCriterionIsRefused(String id) {
        DefinitionException e = assertThrows(DefinitionException.class, () -> valid().indexId(id).build());
        assertEquals("indexId", e.where());
        assertTrue(e.getMessage().contains("'" + id + "'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"b1", "NOTE", "A0"})
    void indexIdOfAnotherCaseOrOfAnItemThatIsNoCriterionIsAllowed(String id) {
        assertEquals(id, valid().indexId(id).build().indexId());
    }

    @Test
    void theDefaultIndexIdThatIsACriterionsIdIsRefusedPointingAtIndexId() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> base()
                .element(Element.of("A", t("Element A"))).item(crit("index", "A")).build());
        assertEquals("indexId", e.where());
        assertTrue(e.getMessage().contains("a criterion") && e.getMessage().contains("'index' unless given"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " SIPAS", "SI\u0007PAS"})
    void malformedIndexIdIsRefused(String id) {
        DefinitionException e = assertThrows(DefinitionException.class, () -> valid().indexId(id).build());
        assertEquals("indexId", e.where());
    }

    @Test
    void toStringGivesIdAndCounts() {
        String s = valid().build().toString();
        assertTrue(s.contains("demo") && s.contains("2 elements") && s.contains("3 criteria") && s.contains("5 items"), s);
    }

    @Test
    void acceptsNonCriterionItemsWithoutElement() {
        Survey s = valid().build();
        assertEquals(null, s.item("NOTE").element());
    }

    // ---- validation: duplicates -------------------------------------------------------------------------------

    @Test
    void refusesDuplicateElementId() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> valid().element(Element.of("A", t("again"))).build());
        assertEquals("elements[2].id", e.where());
        assertTrue(e.getMessage().contains("duplicate element id 'A'"), e.getMessage());
    }

    @Test
    void refusesDuplicateScaleId() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> valid().scale(rating()).build());
        assertEquals("scales[2].id", e.where());
        assertTrue(e.getMessage().contains("duplicate scale id 'satisfaction5'"), e.getMessage());
    }

    @Test
    void refusesDuplicateItemId() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> valid().item(crit("A1", "B")).build());
        assertEquals("items[5].id", e.where());
        assertTrue(e.getMessage().contains("duplicate item id 'A1'"), e.getMessage());
    }

    @Test
    void refusesDuplicateDomainId() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> valid()
                .domain(new Domain("policy", t("Policy"))).domain(new Domain("service", t("Service")))
                .domain(new Domain("policy", t("Policy again"))).build());
        assertEquals("domains[2].id", e.where());
        assertTrue(e.getMessage().contains("duplicate domain id 'policy'"), e.getMessage());
    }

    @Test
    void refusesItemIdsDifferingOnlyInCase() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> valid().item(crit("a1", "A")).build());
        assertEquals("items[5].id", e.where());
        assertTrue(e.getMessage().contains("'A1'") && e.getMessage().contains("'a1'")
                && e.getMessage().contains("differ only in case") && e.getMessage().contains("'demo'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"unit", "response_id", "period", "weight", "UNIT", "Weight", "Response_Id"})
    void refusesReservedItemIds(String id) {
        DefinitionException e = assertThrows(DefinitionException.class, () -> valid().item(crit(id, "A")).build());
        assertEquals("items[5].id", e.where());
        assertTrue(e.getMessage().contains("'" + id + "'") && e.getMessage().contains("reserved")
                && e.getMessage().contains("period, response_id, unit, weight"), e.getMessage());
    }

    @Test
    void reservedColumnsAreTheFourFieldsOfTheWideFormat() {
        assertEquals(Set.of("response_id", "unit", "period", "weight"), Survey.RESERVED_COLUMNS);
    }

    // ---- validation: cross references -------------------------------------------------------------------------

    @Test
    void refusesItemNamingMissingElement() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> valid().item(crit("C1", "C")).build());
        assertEquals("items[5].element", e.where());
        assertTrue(e.getMessage().contains("item 'C1'") && e.getMessage().contains("element 'C'")
                && e.getMessage().contains("not defined") && e.getMessage().contains("defined: A, B"), e.getMessage());
    }

    @Test
    void refusesNonCriterionItemNamingMissingElement() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> valid()
                .item(new Item("Z0", "Z", t("Z in general"), "satisfaction5", ItemRole.IN_GENERAL, ItemType.SINGLE))
                .build());
        assertEquals("items[5].element", e.where());
        assertTrue(e.getMessage().contains("'Z0'") && e.getMessage().contains("'Z'"), e.getMessage());
    }

    @Test
    void refusesItemNamingMissingScale() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> valid().item(Item.criterion("A3", "A", "sat5", t("A3"))).build());
        assertEquals("items[5].scale", e.where());
        assertTrue(e.getMessage().contains("item 'A3'") && e.getMessage().contains("scale 'sat5'")
                && e.getMessage().contains("defined: satisfaction5, yesno"), e.getMessage());
    }

    @Test
    void refusesCriterionOnScaleWithoutSatisfiedCodes() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> valid().item(Item.criterion("A3", "A", "yesno", t("A3"))).build());
        assertEquals("items[5].scale", e.where());
        assertTrue(e.getMessage().contains("criterion 'A3'") && e.getMessage().contains("'yesno'")
                && e.getMessage().contains("no satisfied codes"), e.getMessage());
    }

    @Test
    void acceptsNonCriterionOnScaleWithoutSatisfiedCodes() {
        Survey s = valid().item(new Item("Y1", null, t("yes or no"), "yesno", ItemRole.PERCEPTION, ItemType.SINGLE))
                .build();
        assertEquals("yesno", s.item("Y1").scale());
        assertFalse(s.criteria().contains(s.item("Y1")));
    }

    @Test
    void refusesElementWithoutCriterion() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> valid().element(Element.of("C", t("Element C"))).build());
        assertEquals("elements[2]", e.where());
        assertTrue(e.getMessage().contains("element 'C'") && e.getMessage().contains("no criterion"), e.getMessage());
    }

    @Test
    void refusesElementWhoseOnlyItemsAreNotCriteria() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> valid()
                .element(Element.of("C", t("Element C")))
                .item(new Item("C0", "C", t("C in general"), "satisfaction5", ItemRole.IN_GENERAL, ItemType.SINGLE))
                .build());
        assertEquals("elements[2]", e.where());
        assertTrue(e.getMessage().contains("element 'C'"), e.getMessage());
    }

    @Test
    void refusesSurveyWithoutCriterion() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> base()
                .item(new Item("Q0", null, t("overall"), "satisfaction5", ItemRole.IN_GENERAL, ItemType.SINGLE))
                .build());
        assertEquals("items", e.where());
        assertTrue(e.getMessage().contains("'demo'") && e.getMessage().contains("no criterion"), e.getMessage());
    }

    @Test
    void refusesEmptySurvey() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> base().build());
        assertEquals("items", e.where());
    }

    @Test
    void refusesElementNamingMissingDomain() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> base()
                .domain(new Domain("policy", t("Policy")))
                .element(new Element("S1", t("Service 1"), "service"))
                .item(crit("S1_1", "S1")).build());
        assertEquals("elements[0].domain", e.where());
        assertTrue(e.getMessage().contains("element 'S1'") && e.getMessage().contains("domain 'service'")
                && e.getMessage().contains("defined: policy"), e.getMessage());
    }

    @Test
    void refusesElementNamingDomainWhenSurveyHasNone() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> base()
                .element(new Element("S1", t("Service 1"), "service"))
                .item(crit("S1_1", "S1")).build());
        assertEquals("elements[0].domain", e.where());
        assertTrue(e.getMessage().contains("defined: none"), e.getMessage());
    }

    @Test
    void refusesMeanOfDomainsWhenAnElementHasNoDomain() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> base()
                .aggregation(Aggregation.MEAN_OF_DOMAINS)
                .domain(new Domain("policy", t("Policy")))
                .element(new Element("P1", t("Policy 1"), "policy"))
                .element(Element.of("X", t("No domain")))
                .item(crit("P1_1", "P1")).item(crit("X1", "X")).build());
        assertEquals("elements[1].domain", e.where());
        assertTrue(e.getMessage().contains("element 'X'") && e.getMessage().contains("no domain")
                && e.getMessage().contains("aggregates by domain"), e.getMessage());
    }

    @Test
    void acceptsMeanOfDomainsWhenEveryElementHasADomain() {
        Survey s = base().aggregation(Aggregation.MEAN_OF_DOMAINS)
                .domain(new Domain("policy", t("Policy"))).domain(new Domain("service", t("Service")))
                .element(new Element("P1", t("Policy 1"), "policy"))
                .element(new Element("S1", t("Service 1"), "service"))
                .item(crit("P1_1", "P1")).item(crit("S1_1", "S1")).build();
        assertEquals(List.of("policy", "service"), s.domains().stream().map(Domain::id).toList());
        assertEquals("service", s.element("S1").domain());
    }

    @Test
    void refusesWeightForUnknownElement() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("A", 1.0);
        w.put("B", 1.0);
        w.put("Z", 2.0);
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> valid().aggregation(Aggregation.weightedElements(w)).build());
        assertEquals("aggregation.weights.Z", e.where());
        assertTrue(e.getMessage().contains("element 'Z'") && e.getMessage().contains("defined: A, B"), e.getMessage());
    }

    @Test
    void refusesMissingElementWeight() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> valid().aggregation(Aggregation.weightedElements(Map.of("A", 1.0))).build());
        assertEquals("aggregation.weights", e.where());
        assertTrue(e.getMessage().contains("no weight") && e.getMessage().contains("element 'B'"), e.getMessage());
    }

    @Test
    void acceptsWeightsForEveryElement() {
        Aggregation a = Aggregation.weightedElements(Map.of("A", 2.0, "B", 1.0));
        assertEquals(a, valid().aggregation(a).build().aggregation());
    }

    // ---- validation: ids and required fields ------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {" demo", "demo ", "de\tmo", "de\u0000mo", "", "   "})
    void refusesMalformedSurveyId(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Survey.builder(id).version("1").title(t("x")).source(SOURCE).scale(rating())
                        .element(Element.of("A", t("A"))).item(crit("A1", "A")).build());
        assertTrue(e.getMessage().contains("survey id"), e.getMessage());
    }

    @Test
    void refusesSurveyIdLongerThan100Characters() {
        String id = "x".repeat(101);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Survey.builder(id).version("1").title(t("x")).source(SOURCE).scale(rating())
                        .element(Element.of("A", t("A"))).item(crit("A1", "A")).build());
        assertTrue(e.getMessage().contains("longer than 100"), e.getMessage());
    }

    @Test
    void refusesMissingVersionOrTitleButNeedsNoSource() {
        NullPointerException v = assertThrows(NullPointerException.class,
                () -> Survey.builder("demo").title(t("x")).source(SOURCE).build());
        assertTrue(v.getMessage().contains("version"), v.getMessage());
        NullPointerException ti = assertThrows(NullPointerException.class,
                () -> Survey.builder("demo").version("1").source(SOURCE).build());
        assertTrue(ti.getMessage().contains("title"), ti.getMessage());
        Survey none = Survey.builder("demo").version("1").title(t("x")).scale(rating())
                .element(Element.of("A", t("A"))).item(crit("A1", "A")).build();
        assertEquals(java.util.Optional.empty(), none.source());
        assertEquals(none, none.toBuilder().build());
        assertFalse(none.equals(none.toBuilder().source(SOURCE).build()));
    }

    @Test
    void refusesBlankVersion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> valid().version(" ").build());
        assertTrue(e.getMessage().contains("version"), e.getMessage());
    }

    @Test
    void builderRefusesNullParts() {
        Survey.Builder b = Survey.builder("demo");
        assertThrows(NullPointerException.class, () -> b.item(null));
        assertThrows(NullPointerException.class, () -> b.element(null));
        assertThrows(NullPointerException.class, () -> b.scale(null));
        assertThrows(NullPointerException.class, () -> b.domain(null));
        NullPointerException e = assertThrows(NullPointerException.class, () -> valid().aggregation(null).build());
        assertTrue(e.getMessage().contains("aggregation"), e.getMessage());
    }

    // ---- immutability -----------------------------------------------------------------------------------------

    @Test
    void returnedListsCannotBeModified() {
        Survey s = valid().domain(new Domain("d", t("d"))).build();
        Item extra = crit("B9", "B");
        assertAll(
                () -> assertThrows(UnsupportedOperationException.class, () -> s.items().add(extra)),
                () -> assertThrows(UnsupportedOperationException.class, () -> s.criteria().remove(0)),
                () -> assertThrows(UnsupportedOperationException.class, () -> s.criteriaOf("A").clear()),
                () -> assertThrows(UnsupportedOperationException.class, () -> s.elements().clear()),
                () -> assertThrows(UnsupportedOperationException.class, () -> s.scales().clear()),
                () -> assertThrows(UnsupportedOperationException.class, () -> s.domains().clear()),
                () -> assertThrows(UnsupportedOperationException.class,
                        () -> s.aggregation().weights().put("A", 1.0)));
    }

    @Test
    void changingTheBuilderAfterBuildingChangesNothing() {
        Survey.Builder b = valid();
        Survey s = b.build();
        Survey copy = valid().build();
        b.item(crit("B2", "B")).element(Element.of("C", t("C"))).version("2099");
        assertEquals(copy, s);
        assertEquals(5, s.items().size());
        assertEquals(-1, s.indexOf("B2"));
    }

    @Test
    void toBuilderBuildEqualsTheOriginal() {
        Survey s = valid().aggregation(Aggregation.weightedElements(Map.of("A", 3.0, "B", 1.0)))
                .domain(new Domain("d", t("d"))).build();
        Survey again = s.toBuilder().build();
        assertEquals(s, again);
        assertEquals(s.hashCode(), again.hashCode());
    }

    @Test
    void toBuilderDerivesChangedCopyAndLeavesOriginalAlone() {
        Survey s = valid().build();
        Survey more = s.toBuilder().item(crit("B2", "B")).version("2027").build();
        assertEquals(List.of("A1", "A2", "B1", "B2"), more.criteria().stream().map(Item::id).toList());
        assertEquals("2027", more.version());
        assertEquals(3, s.criteria().size());
        assertEquals("2026", s.version());
        assertNotEquals(s, more);
    }

    @Test
    void toBuilderOfBundledInstrumentsBuildsEqualSurvey() {
        for (Survey s : Surveys.bundled()) {
            assertEquals(s, s.toBuilder().build(), s.id());
        }
    }

    // ---- equals and hashCode ----------------------------------------------------------------------------------

    @Test
    void surveysBuiltAlikeAreEqualWithEqualHashCodes() {
        Survey a = valid().build();
        Survey b = valid().build();
        assertEquals(a, b);
        assertEquals(b, a);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a, a);
    }

    @Test
    void surveysDifferingInAnyPartAreNotEqual() {
        Survey a = valid().build();
        List<Survey> others = new ArrayList<>();
        others.add(valid().version("2027").build());
        others.add(valid().title(t("Other")).build());
        others.add(valid().source(new SourceDocument("Quyết định test", Confidence.CONFIRMED, "")).build());
        others.add(valid().aggregation(Aggregation.MEAN_OF_ITEMS).build());
        others.add(valid().domain(new Domain("d", t("d"))).build());
        others.add(valid().item(crit("B2", "B")).build());
        others.add(valid().scale(new Scale("extra", t("extra"), List.of(ScalePoint.of(1, "một", "one")), Set.of(),
                List.of())).build());
        others.add(Survey.builder("demo2").version("2026").title(t("Demo")).source(SOURCE).scale(rating())
                .scale(yesNo()).element(Element.of("A", t("Element A"))).element(Element.of("B", t("Element B")))
                .item(crit("A1", "A")).item(crit("A2", "A"))
                .item(new Item("A0", "A", t("A in general"), "satisfaction5", ItemRole.IN_GENERAL, ItemType.SINGLE))
                .item(crit("B1", "B"))
                .item(new Item("NOTE", null, t("Other comments"), null, ItemRole.EXPECTATION, ItemType.TEXT)).build());
        for (Survey o : others) {
            assertNotEquals(a, o, o.toString());
        }
        assertNotEquals(a, null);
        assertNotEquals(a, (Object) "demo");
    }

    @Test
    void itemOrderMattersForEquality() {
        Survey a = base().element(Element.of("A", t("A"))).item(crit("A1", "A")).item(crit("A2", "A")).build();
        Survey b = base().element(Element.of("A", t("A"))).item(crit("A2", "A")).item(crit("A1", "A")).build();
        assertNotEquals(a, b);
    }

    // ---- lookups ----------------------------------------------------------------------------------------------

    @Test
    void itemReturnsItemById() {
        Survey s = valid().build();
        assertEquals("criterion A2 (vi)", s.item("A2").text().vi());
    }

    @Test
    void itemRefusesUnknownIdNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> valid().build().item("Z9"));
        assertTrue(e.getMessage().contains("'Z9'") && e.getMessage().contains("'demo'"), e.getMessage());
    }

    @Test
    void findItemMatchesExactlyAndIsEmptyOtherwise() {
        Survey s = valid().build();
        assertEquals(Optional.of(s.item("B1")), s.findItem("B1"));
        assertEquals(Optional.empty(), s.findItem("b1"));
        assertEquals(Optional.empty(), s.findItem("Z9"));
    }

    @Test
    void indexOfGivesPositionInItemsOrMinusOne() {
        Survey s = valid().build();
        for (int i = 0; i < s.items().size(); i++) {
            assertEquals(i, s.indexOf(s.items().get(i).id()));
        }
        assertEquals(-1, s.indexOf("Z9"));
        assertEquals(-1, s.indexOf("a1"));
    }

    @Test
    void criteriaOfGivesElementCriteriaInFormOrder() {
        Survey s = valid().build();
        assertEquals(List.of("A1", "A2"), s.criteriaOf("A").stream().map(Item::id).toList());
        assertEquals(List.of("B1"), s.criteriaOf("B").stream().map(Item::id).toList());
    }

    @Test
    void criteriaOfRefusesUnknownElementListingTheElements() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> valid().build().criteriaOf("C"));
        assertTrue(e.getMessage().contains("'C'") && e.getMessage().contains("elements: A, B"), e.getMessage());
    }

    @Test
    void elementReturnsElementOrRefusesUnknownId() {
        Survey s = valid().build();
        assertEquals(Element.of("B", t("Element B")), s.element("B"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.element("b"));
        assertTrue(e.getMessage().contains("'b'") && e.getMessage().contains("elements: A, B"), e.getMessage());
    }

    @Test
    void scaleReturnsScaleOrRefusesUnknownId() {
        Survey s = valid().build();
        assertEquals(yesNo(), s.scale("yesno"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.scale("sat5"));
        assertTrue(e.getMessage().contains("'sat5'"), e.getMessage());
    }

    @Test
    void scaleOfGivesItemScaleOrEmptyForTextItem() {
        Survey s = valid().build();
        assertEquals(Optional.of(Scale.satisfaction5()), s.scaleOf(s.item("A1")));
        assertEquals(Optional.empty(), s.scaleOf(s.item("NOTE")));
    }

    @Test
    void scaleOfRefusesItemWhoseScaleIsNotInTheSurvey() {
        Survey s = valid().build();
        Item foreign = Item.criterion("X1", "A", "other", t("X1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.scaleOf(foreign));
        assertTrue(e.getMessage().contains("'other'"), e.getMessage());
    }

    @Test
    void lookupsReturnTheSameInstancesAsTheLists() {
        Survey s = valid().build();
        assertSame(s.items().get(3), s.item("B1"));
        assertSame(s.elements().get(0), s.element("A"));
        assertSame(s.scales().get(1), s.scale("yesno"));
    }

    @Test
    void acceptsAReverseKeyedCriterionOnAScaleThatMirrorsOntoItself() {
        Survey s = valid().item(crit("B2", "B").withReverse(true)).build();
        assertTrue(s.item("B2").reverse());
        assertFalse(s.item("B1").reverse());
    }

    @Test
    void refusesAReverseKeyedCriterionWhoseScaleDoesNotMirrorOntoItself() {
        Scale gap = new Scale("gap", t("Gap"), List.of(ScalePoint.of(1, "Kém", "Poor"), ScalePoint.of(2, "Được",
                "Fair"), ScalePoint.of(4, "Tốt", "Good")), Set.of(4), List.of());
        DefinitionException e = assertThrows(DefinitionException.class, () -> valid().scale(gap)
                .item(Item.criterion("B2", "B", "gap", t("B2")).withReverse(true)).build());
        assertEquals("items[5].reverse", e.where());
        assertTrue(e.getMessage().contains("'B2'") && e.getMessage().contains("code 2")
                && e.getMessage().contains("mirrors to 3"), e.getMessage());
    }
}
