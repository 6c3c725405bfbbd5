package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.github.sipas.core.instrument.Surveys;

/**
 * Tests of {@link RowRules}: that a cell and a typed answer saying the same thing meet the same rule, apart from the
 * differences its documentation lists; and the unit, item and length rules. (The collector's and the journal reader's
 * messages are pinned in their own tests, the reader's in the CSV reader's.)
 */
class RowRulesTest {

    private static final Survey SIPAS_2017 = Surveys.bundled("sipas-2017");
    /**
     * A criterion C1 on a scale without special codes, M, a multi-select item whose scale has one (0), and T, a text
     * item.
     */
    private static final Survey SMALL = Survey.builder("demo").version("1").title(t("Demo"))
            .source(new SourceDocument("test", Confidence.INFERRED, ""))
            .scale(new Scale("plain5", t("Plain"), Scale.satisfaction5().points(), Set.of(4, 5), List.of()))
            .scale(new Scale("pick3", t("Pick"),
                    List.of(ScalePoint.of(1, "Một", "One"), ScalePoint.of(2, "Hai", "Two"),
                            ScalePoint.of(3, "Ba", "Three")),
                    Set.of(), List.of(new SpecialCode("0", SpecialKind.DONT_KNOW, t("Không biết")))))
            .element(Element.of("E", t("E")))
            .item(Item.criterion("C1", "E", "plain5", t("criterion 1")))
            .item(new Item("M", null, t("Pick"), "pick3", ItemRole.PERCEPTION, ItemType.MULTIPLE))
            .item(new Item("T", null, t("comments"), null, ItemRole.EXPECTATION, ItemType.TEXT))
            .build();

    private static LocalizedText t(String s) {
        return LocalizedText.of(s, s);
    }

    /** The rule broken, or null: what a parsed cell or a checked answer says. */
    private static Rule ruleOf(Object checked) {
        return checked instanceof AnswerParser.Failure f ? f.rule() : null;
    }

    /**
     * For every item of every bundled survey and every whole number from 0 to 12: the cell that writes the number and
     * the typed answer that gives it (a point for a single-choice item, a choice for a multi-select one) break the
     * same rule, or none; and when none, they mean the same answer.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sipas-2017", "sipas-2023", "laocai-2023"})
    void aNumberMeetsTheSameRuleAsACellAndAsATypedAnswer(String surveyId) {
        Survey survey = Surveys.bundled(surveyId);
        RowRules rules = new RowRules(survey, null);
        int compared = 0;
        for (Item item : survey.items()) {
            if (item.type() == ItemType.TEXT) {
                continue;
            }
            Scale scale = survey.scaleOf(item).orElseThrow();
            Map<Integer, Answer> specials = RowRules.specialsByNumber(scale);
            for (int code = 0; code <= 12; code++) {
                Object cell = rules.parser(item.id()).parse(Integer.toString(code));
                Answer typed = item.type() == ItemType.SINGLE || specials.containsKey(code) ? Answer.point(code)
                        : Answer.choices(code);
                Object checked = rules.answer(item.id(), typed);
                String where = surveyId + " " + item.id() + " " + code;
                assertEquals(ruleOf(cell), ruleOf(checked), where);
                if (ruleOf(cell) == null) {
                    assertEquals(cell, checked, where);
                }
                compared++;
            }
        }
        assertTrue(compared > 100, "compared " + compared);
    }

    @Test
    void aSpecialCodeGivenAsAPointIsDontKnowForSingleAndMultiSelectItems() {
        RowRules rules = new RowRules(SIPAS_2017, null);
        assertSame(Answer.dontKnow(), rules.answer("A1", Answer.point(0)));
        assertSame(Answer.dontKnow(), rules.parser("A1").parse("0"));
        RowRules multi = new RowRules(SMALL, null);
        assertSame(Answer.dontKnow(), multi.answer("M", Answer.point(0)));
        assertSame(Answer.dontKnow(), multi.parser("M").parse("00"));
    }

    @Test
    void aValidAnswerIsReturnedAsItIs() {
        RowRules rules = new RowRules(SIPAS_2017, null);
        Answer four = Answer.point(4);
        assertSame(four, rules.answer("A1", four));
        Answer text = Answer.text("tốt");
        RowRules small = new RowRules(SMALL, null);
        assertSame(text, small.answer("T", text));
        assertEquals(Rule.NOT_A_CODE, ruleOf(small.answer("T", Answer.point(3))));
        assertEquals(Answer.text("3"), small.parser("T").parse("3"), "a cell of a text item is text");
        assertSame(Answer.unanswered(), rules.answer("A1", Answer.unanswered()));
        assertSame(Answer.notAsked(), rules.answer("A1", Answer.notAsked()));
    }

    @Test
    void firstDeliberateDifferenceASingleCodeForAMultiSelectItem() {
        RowRules rules = new RowRules(SMALL, null);
        assertEquals(Answer.choices(3), rules.parser("M").parse("3"));
        AnswerParser.Failure f = assertInstanceOf(AnswerParser.Failure.class, rules.answer("M", Answer.point(3)));
        assertEquals(Rule.NOT_A_CODE, f.rule());
        assertTrue(f.message().contains("Answer.choices"), f.message());
        assertSame(Answer.choices(3).getClass(), rules.answer("M", Answer.choices(3)).getClass());
    }

    @Test
    void thirdDeliberateDifferenceAMissingValueMarkIsUnansweredInACellButATypedTextStaysText() {
        RowRules rules = new RowRules(SMALL, null);
        assertEquals(Answer.unanswered(), rules.parser("T").parse("NA"));
        assertEquals(Answer.text("NA"), rules.answer("T", Answer.text("NA")));
        RowRules refusing = new RowRules(SIPAS_2017, null, MissingTokens.REFUSE);
        assertEquals(Rule.NOT_A_CODE, ruleOf(refusing.parser("A1").parse("NA")));
        assertEquals(Answer.unanswered(), new RowRules(SIPAS_2017, null).parser("A1").parse("NA"));
    }

    @Test
    void aSpecialCodeAmongChoicesIsNotACodeInACellAndOutOfRangeTyped() {
        RowRules rules = new RowRules(SMALL, null);
        assertEquals(Rule.NOT_A_CODE, ruleOf(rules.parser("M").parse("0,1")));
        assertEquals(Rule.OUT_OF_RANGE, ruleOf(rules.answer("M", Answer.choices(0, 1))));
    }

    @Test
    void dontKnowOnlyWhereTheScaleHasIt() {
        RowRules rules = new RowRules(SIPAS_2017, null);
        assertSame(Answer.dontKnow(), rules.answer("A1", Answer.dontKnow()));
        RowRules plain = new RowRules(SMALL, null);
        assertEquals(Rule.NOT_A_CODE, ruleOf(plain.answer("C1", Answer.dontKnow())));
        assertEquals(Rule.OUT_OF_RANGE, ruleOf(plain.parser("C1").parse("0")));
    }

    @Test
    void anUnknownItemIsAFailureForAnswersAndAnErrorForParsers() {
        RowRules rules = new RowRules(SIPAS_2017, null);
        AnswerParser.Failure f = assertInstanceOf(AnswerParser.Failure.class, rules.answer("Z9", Answer.point(3)));
        assertEquals(Rule.UNKNOWN_ITEM, f.rule());
        assertEquals("survey 'sipas-2017' has no item 'Z9'", f.message());
        assertThrows(IllegalArgumentException.class, () -> rules.parser("Z9"));
    }

    @Test
    void unitsAreTheirIdWithAUnitListAndAsWrittenWithout() {
        UnitList laocai = UnitList.bundled("laocai-2023");
        RowRules rules = new RowRules(SIPAS_2017, laocai);
        assertEquals("sapa", rules.unitId("Thị xã Sa Pa"));
        assertEquals("sapa", rules.unitId("sapa"));
        assertNull(rules.unitId("Hà Nội"));
        List<String> names = laocai.units().stream().map(Unit::name).collect(Collectors.toList());
        String known = rules.knownUnits();
        assertTrue(known.startsWith(names.get(0)), known);
        assertEquals(names.size() > 15, known.endsWith(", …"), known);
        RowRules any = new RowRules(SIPAS_2017, null);
        assertEquals("Hà Nội", any.unitId("Hà Nội"));
        assertEquals("", any.knownUnits());
    }

    @Test
    void aResponseOfMaxLengthIsAllowedAndOneCharacterMoreIsTooLong() {
        RowRules rules = new RowRules(SIPAS_2017, null);
        // id "r" (1) + unit "u" (1) + attribute name "note" (4) + its value
        int value = (int) RowRules.MAX_LENGTH - 6;
        Response fits = Response.builder("r").unit("u").attribute("note", "x".repeat(value)).build();
        assertTrue(rules.tooLong(fits).isEmpty());
        Response over = Response.builder("r").unit("u").attribute("note", "x".repeat(value + 1)).build();
        AnswerParser.Failure f = rules.tooLong(over).orElseThrow();
        assertEquals(Rule.TOO_LONG, f.rule());
        assertTrue(f.message().contains((RowRules.MAX_LENGTH + 1) + " characters"), f.message());
        assertEquals(RowRules.MAX_LENGTH, ResponseValidator.MAX_LENGTH);
    }
}
