package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import io.github.sipas.core.instrument.Surveys;

class AnswerParserTest {

    private static final Survey SIPAS_2023 = Surveys.bundled("sipas-2023");
    private static final Item RATING_ITEM = Item.criterion("A1", "A", "satisfaction5",
            LocalizedText.of("Tiếp cận", "Access"));
    private static final AnswerParser RATING = new AnswerParser(RATING_ITEM, Scale.satisfaction5());
    private static final AnswerParser CHANNELS = parserOf(SIPAS_2023, "N2");
    private static final AnswerParser INTEREST = parserOf(SIPAS_2023, "N1_1");
    private static final Item TEXT_ITEM = new Item("NOTE", null, LocalizedText.of("Ghi chú", "Note"), null,
            ItemRole.DEMOGRAPHIC, ItemType.TEXT);
    private static final AnswerParser TEXT = new AnswerParser(TEXT_ITEM, null);
    /** A multi-select item whose scale has a special code, which cannot be combined with choices. */
    private static final AnswerParser MULTI_WITH_SPECIAL = new AnswerParser(
            new Item("M", null, LocalizedText.of("Chọn", "Pick"), "pick3", ItemRole.PERCEPTION, ItemType.MULTIPLE),
            new Scale("pick3", LocalizedText.of("Chọn", "Pick"),
                    List.of(ScalePoint.of(1, "Một", "One"), ScalePoint.of(2, "Hai", "Two"),
                            ScalePoint.of(3, "Ba", "Three")),
                    Set.of(), List.of(new SpecialCode("0", SpecialKind.DONT_KNOW,
                    LocalizedText.of("Không biết", "Don't know")))));

    private static AnswerParser parserOf(Survey survey, String itemId) {
        Item item = survey.item(itemId);
        return new AnswerParser(item, survey.scaleOf(item).orElse(null));
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    private static AnswerParser.Failure failure(Object parsed) {
        return assertInstanceOf(AnswerParser.Failure.class, parsed);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Codes and specials

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void readsEveryCodeOfTheScaleAsItsPoint(int code) {
        assertEquals(Answer.point(code), RATING.parse(Integer.toString(code)));
        assertEquals(Answer.point(code), RATING.parse(" " + code + " "));
    }

    @Test
    void readsZeroAsDontKnow() {
        assertSame(Answer.dontKnow(), RATING.parse("0"));
        assertSame(Answer.dontKnow(), RATING.parse("0 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", " \t "})
    void readsBlankCellAsUnanswered(String blank) {
        assertSame(Answer.unanswered(), RATING.parse(blank));
        assertSame(Answer.unanswered(), CHANNELS.parse(blank));
        assertSame(Answer.unanswered(), TEXT.parse(blank));
    }

    @ParameterizedTest
    @ValueSource(strings = {"6", "7", "9", "10", "99", "123456789", "7.0", "6,0"})
    void wholeNumberOffTheScaleIsOutOfRange(String cell) {
        AnswerParser.Failure f = failure(RATING.parse(cell));
        assertEquals(Rule.OUT_OF_RANGE, f.rule());
        assertTrue(f.message().contains("is not on scale 'satisfaction5' of item A1"), f.message());
        assertTrue(f.message().contains("1..5, or 0 (don't know)"), f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "good", "-1", "-0", "4.5", "4,5", ".5", "4.", "+4", "1/2", "five", "Hài lòng lắm",
            "Rất phù hợp", "Satisfied or not"})
    void textThatIsNoCodeOrLabelIsNotACode(String cell) {
        AnswerParser.Failure f = failure(RATING.parse(cell));
        assertEquals(Rule.NOT_A_CODE, f.rule(), f.message());
    }

    @Test
    void notACodeMessageListsTheLabels() {
        String message = failure(RATING.parse("good")).message();
        assertTrue(message.contains("1..5") && message.contains("Rất không hài lòng") && message.contains("Bình thường")
                && message.contains("Rất hài lòng"), message);
    }

    @Test
    void decimalMessageSaysNotAWholeNumber() {
        assertTrue(failure(RATING.parse("4.5")).message().startsWith("not a whole number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.0", "4.00", "4,0", " 4.0 "})
    void readsWholeNumberWrittenAsDecimal(String cell) {
        assertEquals(Answer.point(4), RATING.parse(cell));
    }

    @Test
    void readsZeroWrittenAsDecimalAsDontKnow() {
        assertSame(Answer.dontKnow(), RATING.parse("0.0"));
    }

    @Test
    void scaleWithoutSpecialCodeRefusesZero() {
        assertEquals(Rule.OUT_OF_RANGE, failure(INTEREST.parse("0")).rule());
        assertEquals(Rule.OUT_OF_RANGE, failure(INTEREST.parse("5")).rule());
        assertEquals(Answer.point(4), INTEREST.parse("4"));
    }

    @Test
    void fastPathForOneDigitAgreesWithTheFullParse() {
        for (int d = 0; d <= 9; d++) {
            String cell = Integer.toString(d);
            Object fast = RATING.parse(cell);
            Object slow = RATING.parse(cell + " ");
            if (fast instanceof AnswerParser.Failure) {
                assertEquals(failure(slow).rule(), ((AnswerParser.Failure) fast).rule(), cell);
            } else {
                assertEquals(slow, fast, cell);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Labels

    static Stream<Arguments> labels() {
        return Stream.of(
                Arguments.of("Rất không hài lòng", 1), Arguments.of("Không hài lòng", 2),
                Arguments.of("Bình thường", 3), Arguments.of("Hài lòng", 4), Arguments.of("Rất hài lòng", 5),
                Arguments.of("rat khong hai long", 1), Arguments.of("khong hai long", 2),
                Arguments.of("binh thuong", 3), Arguments.of("hai long", 4), Arguments.of("rat hai long", 5),
                Arguments.of("RẤT HÀI LÒNG", 5), Arguments.of("HAI LONG", 4), Arguments.of("  Hài   lòng  ", 4),
                Arguments.of("hài-lòng", 4), Arguments.of(nfd("Rất hài lòng"), 5), Arguments.of(nfd("BÌNH THƯỜNG"), 3),
                Arguments.of("Very dissatisfied", 1), Arguments.of("Dissatisfied", 2), Arguments.of("Neutral", 3),
                Arguments.of("satisfied", 4), Arguments.of("VERY SATISFIED", 5));
    }

    @ParameterizedTest
    @MethodSource("labels")
    void readsLabelInAnyCaseFormOrLanguageAsItsPoint(String label, int code) {
        assertEquals(Answer.point(code), RATING.parse(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Không biết / Không áp dụng", "khong biet khong ap dung", "KHÔNG BIẾT / KHÔNG ÁP DỤNG",
            "Don't know / not applicable", "DON'T KNOW - NOT APPLICABLE"})
    void readsLabelOfTheSpecialCodeAsDontKnow(String label) {
        assertSame(Answer.dontKnow(), RATING.parse(label));
        assertSame(Answer.dontKnow(), RATING.parse(nfd(label)));
    }

    static Stream<Arguments> codesAndLabels() {
        return Stream.of(
                Arguments.of("5 - Rất hài lòng", 5), Arguments.of("5-Rất hài lòng", 5),
                Arguments.of("5. Rất hài lòng", 5),
                Arguments.of("5) Rất hài lòng", 5), Arguments.of("5: rat hai long", 5),
                Arguments.of("5 \u2013 Rất hài lòng", 5), Arguments.of("4 - Hài lòng", 4),
                Arguments.of("1 - Very dissatisfied", 1), Arguments.of(nfd("3 - Bình thường"), 3));
    }

    @ParameterizedTest
    @MethodSource("codesAndLabels")
    void readsCodeFollowedByItsOwnLabel(String cell, int code) {
        assertEquals(Answer.point(code), RATING.parse(cell));
    }

    @Test
    void codeAndLabelThatDisagreeIsNotACodeNamingBoth() {
        AnswerParser.Failure f = failure(RATING.parse("5 - Hài lòng"));
        assertEquals(Rule.NOT_A_CODE, f.rule());
        assertEquals("code 5 and label 'Hài lòng' disagree: 5 is 'Rất hài lòng' and the label is code 4", f.message());
    }

    @Test
    void codeOffTheScaleWithALabelIsOutOfRange() {
        assertEquals(Rule.OUT_OF_RANGE, failure(RATING.parse("9 - Rất hài lòng")).rule());
    }

    @Test
    void codeWithAnUnknownLabelIsNotACode() {
        AnswerParser.Failure f = failure(RATING.parse("5 - Tuyệt vời"));
        assertEquals(Rule.NOT_A_CODE, f.rule());
        assertTrue(f.message().contains("disagree"), f.message());
    }

    @Test
    void readsSpecialCodeFollowedByItsOwnLabelAsDontKnow() {
        assertSame(Answer.dontKnow(), RATING.parse("0 - Không biết / Không áp dụng"));
    }

    @Test
    void labelOfAnotherScaleIsNotACode() {
        assertEquals(Rule.NOT_A_CODE, failure(RATING.parse("Rất quan tâm theo dõi")).rule());
        assertEquals(Answer.point(4), INTEREST.parse("Rất quan tâm theo dõi"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Multi-select

    static Stream<Arguments> choices() {
        return Stream.of(
                Arguments.of("1,3,6", List.of(1, 3, 6)), Arguments.of("1;3", List.of(1, 3)),
                Arguments.of("2", List.of(2)),
                Arguments.of("1, 3 ,6", List.of(1, 3, 6)), Arguments.of("1 3 6", List.of(1, 3, 6)),
                Arguments.of("6,1,1", List.of(1, 6)), Arguments.of("1,,3", List.of(1, 3)),
                Arguments.of("1;3;", List.of(1, 3)),
                Arguments.of("7", List.of(7)), Arguments.of("2.0", List.of(2)), Arguments.of("Mạng xã hội", List.of(2)),
                Arguments.of("mang xa hoi; Can bo, cong chuc", List.of()),
                Arguments.of("Báo chí, truyền hình, đài phát thanh", List.of(1)),
                Arguments.of("Social media", List.of(2)));
    }

    @ParameterizedTest
    @MethodSource("choices")
    void readsMultiSelectCellAsSortedDistinctChoices(String cell, List<Integer> codes) {
        Object parsed = CHANNELS.parse(cell);
        if (codes.isEmpty()) {
            // "Cán bộ, công chức" holds the separator: split, its halves are no labels.
            assertEquals(Rule.NOT_A_CODE, failure(parsed).rule());
        } else {
            assertEquals(new Answer.Choices(codes), parsed);
        }
    }

    @Test
    void multiSelectChoiceOffTheScaleIsOutOfRangeNamingTheChoice() {
        AnswerParser.Failure f = failure(CHANNELS.parse("1,9"));
        assertEquals(Rule.OUT_OF_RANGE, f.rule());
        assertTrue(f.message().startsWith("choice '9': code 9 is not on scale 'channels7'"), f.message());
        assertEquals(Rule.OUT_OF_RANGE, failure(CHANNELS.parse("8")).rule());
        assertEquals(Rule.OUT_OF_RANGE, failure(CHANNELS.parse("0")).rule());
    }

    @Test
    void multiSelectChoiceThatIsNoCodeIsNotACode() {
        AnswerParser.Failure f = failure(CHANNELS.parse("1,x"));
        assertEquals(Rule.NOT_A_CODE, f.rule());
        assertTrue(f.message().startsWith("choice 'x'"), f.message());
    }

    @Test
    void specialCodeStandsAloneInAMultiSelectCell() {
        assertSame(Answer.dontKnow(), MULTI_WITH_SPECIAL.parse("0"));
        assertSame(Answer.dontKnow(), MULTI_WITH_SPECIAL.parse("Không biết"));
        assertEquals(Answer.choices(1, 3), MULTI_WITH_SPECIAL.parse("Một; Ba"));
        AnswerParser.Failure f = failure(MULTI_WITH_SPECIAL.parse("0,1"));
        assertEquals(Rule.NOT_A_CODE, f.rule());
        assertTrue(f.message().contains("cannot be combined"), f.message());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Text

    @Test
    void readsTextItemAsTrimmedNfcText() {
        assertEquals(Answer.text("Xin chào"), TEXT.parse("  Xin chào  "));
        assertEquals(new Answer.Text("Thủ tục nhanh"), TEXT.parse(nfd("Thủ tục nhanh")));
        assertEquals("Thủ tục nhanh", ((Answer.Text) TEXT.parse(nfd("Thủ tục nhanh"))).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "0", "x", "4.5", "Rất hài lòng", "1,3"})
    void textItemTakesAnyTextAsWritten(String cell) {
        assertEquals(Answer.text(cell), TEXT.parse(cell));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Không biết", "KHÔNG BIẾT", "khong_biet", "Không áp dụng",
        "khong_ap_dung", "KB", "kbt", "Không biết/Không trả lời", "don't know", "dont_know",
        "not applicable"})
    void theUsualSpellingsOfDontKnowAreTheDontKnowCode(String cell) {
        assertEquals(Answer.dontKnow(), RATING.parse(cell));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"99", "9", "-1"})
    void noNumberIsTakenForDontKnowByDefault(String cell) {
        assertTrue(RATING.parse(cell) instanceof AnswerParser.Failure, cell);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#SPILL!",
        "#value!"})
    void aSpreadsheetErrorValueIsNotACode(String cell) {
        AnswerParser.Failure f = failure(RATING.parse(cell));
        assertEquals(Rule.NOT_A_CODE, f.rule());
        assertTrue(f.message().contains("spreadsheet's error value"), f.message());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Missing-value marks

    @ParameterizedTest
    @ValueSource(strings = {"NA", "na", "Na", "N/A", "n/a", "#N/A", "#n/a", ".", " NA ", "\u00A0NA", "\t.\t",
        "N / A", "n.a", "N.A.", "N/A."})
    void aMissingValueMarkIsUnansweredByDefault(String cell) {
        String c = cell;
        assertEquals(Answer.unanswered(), RATING.parse(c), c);
        assertTrue(RATING.readsAsMissingMark(c), c);
        assertEquals(Answer.unanswered(), CHANNELS.parse(c), "multi-select: " + c);
        assertEquals(Answer.unanswered(), TEXT.parse(c), "text item: " + c);
    }

    @ParameterizedTest
    @ValueSource(strings = {".5", "..", "NA NA", "NAN", "-", "1,NA"})
    void onlyTheWholeCellIsAMark(String cell) {
        assertInstanceOf(AnswerParser.Failure.class, RATING.parse(cell), cell);
        assertFalse(RATING.readsAsMissingMark(cell), cell);
    }

    @Test
    void aPointAloneIsAMarkWhileAPointBeforeDigitsIsADecimal() {
        assertEquals(Answer.unanswered(), RATING.parse("."));
        AnswerParser.Failure f = failure(RATING.parse(".5"));
        assertEquals(Rule.NOT_A_CODE, f.rule());
        assertTrue(f.message().startsWith("not a whole number"), f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NA", "n/a", "#N/A", "."})
    void underRefuseAMarkIsNotACodeSayingWhatItIsAndNamingTheOption(String cell) {
        AnswerParser refusing = new AnswerParser(RATING_ITEM, Scale.satisfaction5(), MissingTokens.REFUSE);
        AnswerParser.Failure f = failure(refusing.parse(cell));
        assertEquals(Rule.NOT_A_CODE, f.rule());
        assertTrue(f.message().startsWith("'" + cell + "' is a missing-value mark ("), f.message());
        assertTrue(f.message().contains("--missing-tokens refuse"), f.message());
        assertFalse(refusing.readsAsMissingMark(cell), cell);
        assertEquals(Answer.point(4), refusing.parse("4"));
    }

    @Test
    void underRefuseTheMessageSaysWhichProgramWritesTheMark() {
        AnswerParser refusing = new AnswerParser(RATING_ITEM, Scale.satisfaction5(), MissingTokens.REFUSE);
        assertTrue(failure(refusing.parse("NA")).message().contains("R's NA"));
        assertTrue(failure(refusing.parse("#N/A")).message().contains("Excel's #N/A"));
        assertTrue(failure(refusing.parse(".")).message().contains("SPSS, Stata and SAS"));
    }

    @Test
    void underRefuseATextItemTakesAMarkAsText() {
        AnswerParser refusing = new AnswerParser(TEXT_ITEM, null, MissingTokens.REFUSE);
        assertEquals(Answer.text("NA"), refusing.parse("NA"));
    }

    @Test
    void aValuesRuleWinsOverTheMarks() {
        AnswerParser withValues = RATING.withValues(java.util.Map.of("NA", Answer.dontKnow(), ".", Answer.point(3)));
        assertEquals(Answer.dontKnow(), withValues.parse("NA"));
        assertEquals(Answer.point(3), withValues.parse("."));
        assertFalse(withValues.readsAsMissingMark("NA"));
        assertEquals(Answer.unanswered(), withValues.parse("#N/A"), "a mark no rule names is still a mark");
        assertTrue(withValues.readsAsMissingMark("#N/A"));
        AnswerParser refusing = new AnswerParser(RATING_ITEM, Scale.satisfaction5(), MissingTokens.REFUSE)
                .withValues(java.util.Map.of("N/A", Answer.dontKnow()));
        assertEquals(Answer.dontKnow(), refusing.parse("n/a"), "a rule wins under refuse too");
    }

    @Test
    void aScaleWhoseOwnLabelIsNaSlashAReadsItsOtherSpellingsToo() {
        // found by review: a don't-know labelled N/A read N/A as don't know but N.A. and N / A as unanswered
        Scale withNa = new Scale("na5", LocalizedText.of("Thang", "Scale"), Scale.satisfaction5().points(),
                Set.of(4, 5),
                List.of(new SpecialCode("0", SpecialKind.DONT_KNOW, LocalizedText.of("N/A", "N/A"))));
        AnswerParser p = new AnswerParser(Item.criterion("A1", "A", "na5", LocalizedText.of("Tiếp cận", "Access")),
                withNa);
        for (String cell : List.of("N/A", "n/a", "N.A.", "N / A")) {
            assertEquals(Answer.dontKnow(), p.parse(cell), cell);
            assertFalse(p.readsAsMissingMark(cell), cell);
        }
        assertEquals(Answer.unanswered(), p.parse("NA"), "NA folds otherwise: still a mark");
    }

    @Test
    void aScaleWhoseSpecialCodeIsNaKeepsIt() {
        Scale withNa = new Scale("na5", LocalizedText.of("Thang", "Scale"), Scale.satisfaction5().points(),
                Set.of(4, 5),
                List.of(new SpecialCode("NA", SpecialKind.NOT_ASKED, LocalizedText.of("Không hỏi", "Not asked"))));
        AnswerParser p = new AnswerParser(Item.criterion("A1", "A", "na5", LocalizedText.of("Tiếp cận", "Access")),
                withNa);
        assertEquals(Answer.notAsked(), p.parse("NA"));
        assertEquals(Answer.notAsked(), p.parse("na"));
        assertFalse(p.readsAsMissingMark("NA"));
        assertEquals(Answer.unanswered(), p.parse("N/A"), "the other marks are still marks");
    }

    @Test
    void theMarksAreNoLongerSpellingsOfDontKnowNorIsNaAnErrorValue() {
        assertFalse(AnswerParser.DONT_KNOW_SPELLINGS.contains("na"));
        assertFalse(AnswerParser.DONT_KNOW_SPELLINGS.contains("n a"));
        assertFalse(AnswerParser.EXCEL_ERRORS.contains("#N/A"));
        assertEquals(Answer.dontKnow(), RATING.parse("not applicable"), "the words still say don't know");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2026-01-05", "2026-05-01T00:00", "2026-05-01 00:00:00",
        "2026-05-01T00:00:00.000"})
    void aDateIsNotACodeAndTheMessageSaysASpreadsheetMayHaveMadeIt(String cell) {
        AnswerParser.Failure f = failure(RATING.parse(cell));
        assertEquals(Rule.NOT_A_CODE, f.rule());
        assertTrue(f.message().startsWith("'" + cell + "' is a date, not an answer code"), f.message());
        assertTrue(f.message().contains("format the column as text"), f.message());
    }

    @Test
    void aTextThatOnlyLooksLikePartOfADateGetsTheUsualMessage() {
        AnswerParser.Failure f = failure(RATING.parse("2026-01"));
        assertFalse(f.message().contains("is a date"), f.message());
    }

    @Test
    void aValuesFileCanStillGiveAnErrorValueAMeaning() {
        assertEquals(Answer.dontKnow(), RATING.withValues(java.util.Map.of("#REF!", Answer.dontKnow())).parse("#REF!"));
    }

    @Test
    void koboChoiceNamesOfThePointsFoldToTheirLabels() {
        assertEquals(Answer.point(5), RATING.parse("rat_hai_long"));
        assertEquals(Answer.point(1), RATING.parse("rat_khong_hai_long"));
        assertEquals(Answer.point(3), RATING.parse("binh_thuong"));
    }

    @Test
    void aScaleWithoutADontKnowCodeTakesNoSpellingOfIt() {
        assertTrue(INTEREST.parse("Không biết") instanceof AnswerParser.Failure);
    }

    @Test
    void givenValuesWinOverCodesAndLabels() {
        AnswerParser p = RATING.withValues(java.util.Map.of("9", Answer.dontKnow(), "A4", Answer.point(4)));
        assertEquals(Answer.dontKnow(), p.parse("9"));
        assertEquals(Answer.point(4), p.parse("a4"));
        assertEquals(Answer.point(3), p.parse("3"));
        assertSame(RATING, RATING.withValues(java.util.Map.of()));
    }
}
