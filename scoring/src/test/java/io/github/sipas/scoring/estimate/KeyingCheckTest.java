package io.github.sipas.scoring.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyingCheckTest {

    /** The scales fixture scored with its keys dropped, as a researcher who forgot them would. */
    static Scorecard unkeyed() {
        return withItems(Scorer.of(ScalesReferenceTest.unkeyed()), ScalesReferenceTest.readAll());
    }

    /** The scorecard of the responses with its negative items over every form. */
    static Scorecard withItems(Scorer scorer, List<Response> responses) {
        ScoreAccumulator acc = scorer.accumulator();
        responses.forEach(acc::add);
        return acc.result().withNegativeItems(acc.negativeItems(io.github.sipas.core.quality.QualityScope.all()));
    }

    @Test
    void itemsWordedTheOtherWayButNotKeyedAreFlaggedInTheirElementAndInTheWholeInstrument() {
        List<NegativeItem> found = unkeyed().negativeItems();
        List<String> byElement = found.stream().filter(n -> n.element() != null).map(n -> n.element() + n.item())
                .toList();
        assertEquals(List.of("PP2", "PP4", "QQ3", "RR2"), byElement);
        List<String> whole = found.stream().filter(n -> n.element() == null).map(NegativeItem::item).toList();
        assertTrue(whole.containsAll(List.of("P2", "P4", "Q3")), whole.toString());
        for (NegativeItem n : found) {
            assertTrue(n.itemRest() < 0 && n.forms() > 100, n.toString());
        }
    }

    @Test
    void withTheKeysNoItemIsFlagged() {
        List<Response> data = ScalesReferenceTest.readAll();
        assertEquals(List.of(), withItems(Scorer.of(ScalesReferenceTest.SURVEY), data).negativeItems());
    }

    @Test
    void theFigureIsTheItemRestCorrelationOverAllFormsOfAllUnitsTogether() {
        // Scoring all forms as one unit gives the pooled figure as that unit's own item-rest correlation.
        List<Response> data = ScalesReferenceTest.readAll().stream().map(r -> new Response(r.id(), "all", r.period(),
                r.weight(), r.answers(), r.attributes())).toList();
        Scorecard one = Scorer.of(ScalesReferenceTest.unkeyed()).score(data);
        ElementScore p = one.units().get(0).element("P");
        NegativeItem p2 = unkeyed().negativeItems().get(0);
        assertEquals("P2", p2.item());
        assertEquals(p.reliability().itemRestCorrelations().get(1), p2.itemRest(), 1e-12);
        assertEquals(p.alphaForms(), p2.forms());
    }

    @Test
    void splitAndMergedInAnyOrderFlagsTheSameItems() {
        Scorer scorer = Scorer.of(ScalesReferenceTest.unkeyed());
        List<Response> shuffled = new ArrayList<>(ScalesReferenceTest.readAll());
        Collections.shuffle(shuffled, new Random(7));
        ScoreAccumulator a = scorer.accumulator();
        ScoreAccumulator b = scorer.accumulator();
        shuffled.subList(0, 123).forEach(a::add);
        shuffled.subList(123, shuffled.size()).forEach(b::add);
        List<NegativeItem> merged = b.combine(a).negativeItems(io.github.sipas.core.quality.QualityScope.all());
        List<NegativeItem> once = unkeyed().negativeItems();
        assertEquals(once.size(), merged.size());
        for (int i = 0; i < once.size(); i++) {
            assertEquals(once.get(i).item(), merged.get(i).item());
            assertEquals(once.get(i).itemRest(), merged.get(i).itemRest(), 1e-12);
        }
        assertEquals(List.of(), scorer.accumulator().negativeItems(io.github.sipas.core.quality.QualityScope.all()));
        assertEquals(List.of(), scorer.score(ScalesReferenceTest.readAll()).negativeItems(),
                "a scorer's scorecard has none: they are computed for a publication's scope");
    }

    @Test
    void theItemsOfAPublicationRestOnlyOnTheUnitsItsScopeCounts() {
        Scorer scorer = Scorer.of(ScalesReferenceTest.unkeyed());
        ScoreAccumulator acc = scorer.accumulator();
        List<Response> data = ScalesReferenceTest.readAll();
        data.forEach(acc::add);
        Scorecard card = acc.result().withNegativeItems(
                acc.negativeItems(io.github.sipas.core.quality.QualityScope.all()));
        String left = card.units().get(0).unit();
        io.github.sipas.core.quality.QualityScope withoutFirst = new io.github.sipas.core.quality.QualityScope() {
            @Override
            public boolean showsUnit(String unit, long forms) {
                return !left.equals(unit);
            }

            @Override
            public boolean countsInTotal(String unit, long forms) {
                return !left.equals(unit);
            }

            @Override
            public boolean showsGroup(String unit, String column, String value, long groupForms, long otherForms) {
                return false;
            }
        };
        // the same figures as scoring the other units' forms alone
        ScoreAccumulator others = scorer.accumulator();
        data.stream().filter(r -> !left.equals(r.unit())).forEach(others::add);
        List<NegativeItem> expected = others.negativeItems(io.github.sipas.core.quality.QualityScope.all());
        List<NegativeItem> scoped = acc.negativeItems(withoutFirst);
        assertEquals(expected, scoped);
        assertTrue(scoped.get(0).forms() < card.negativeItems().get(0).forms(), scoped + " " + card.negativeItems());
        assertEquals(scoped, card.withNegativeItems(scoped).negativeItems());
    }

    @Test
    void aCriterionKeyedTheWrongWayIsAskedWhetherItsKeyIsRight() {
        // found in a trial: an item already keyed "reverse" was told to be keyed "reverse"
        io.github.sipas.core.Survey keyed = ScalesReferenceTest.SURVEY;
        String flipped = keyed.criteria().stream().filter(i -> !i.reverse()).findFirst().orElseThrow().id();
        io.github.sipas.core.Survey.Builder b = io.github.sipas.core.Survey.builder(keyed.id())
                .version(keyed.version()).title(keyed.title()).aggregation(keyed.aggregation());
        keyed.scales().forEach(b::scale);
        keyed.elements().forEach(b::element);
        keyed.items().forEach(i -> b.item(i.id().equals(flipped) ? i.withReverse(true) : i));
        List<NegativeItem> found = withItems(Scorer.of(b.build()), ScalesReferenceTest.readAll()).negativeItems();
        NegativeItem wrong = found.stream().filter(n -> n.item().equals(flipped) && n.element() != null).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertTrue(wrong.reversed());
        assertTrue(wrong.message().startsWith("item " + flipped + " is reverse-keyed and still correlates negatively")
                && wrong.message().endsWith("is its key right?"), wrong.message());
        assertTrue(unkeyed().negativeItems().stream().noneMatch(NegativeItem::reversed));
    }

    @Test
    void negativeItemSaysWhatItIsAndRefusesAFigureThatIsNotNegative() {
        assertEquals("item E1 correlates negatively with the rest of element E (r = -0.312 over 2436 forms); is it "
                + "reverse-keyed?", new NegativeItem("E", "E1", -0.3124, 2436).message());
        assertEquals("item E1 correlates negatively with the rest of all criteria (r = -0.050 over 12 forms); is it "
                + "reverse-keyed?", new NegativeItem(null, "E1", -0.05, 12).message());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NegativeItem("E", "E1", 0, 10));
        assertTrue(e.getMessage().contains("itemRest") && e.getMessage().contains("0.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NegativeItem("E", "E1", Double.NaN, 10));
        e = assertThrows(IllegalArgumentException.class, () -> new NegativeItem("E", "E1", -0.1, 1));
        assertTrue(e.getMessage().contains("forms"), e.getMessage());
    }
}
