package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleTest {

    private static final LocalizedText TITLE = LocalizedText.of("Thang đo", "Scale");

    private static ScalePoint p(int code, String vi, String en) {
        return ScalePoint.of(code, vi, en);
    }

    private static SpecialCode dk(String code, String vi, String en) {
        return new SpecialCode(code, SpecialKind.DONT_KNOW, LocalizedText.of(vi, en));
    }

    private static List<ScalePoint> three() {
        return List.of(p(1, "Không hài lòng", "Dissatisfied"), p(2, "Bình thường", "Neutral"),
                p(3, "Hài lòng", "Satisfied"));
    }

    // ---- the SIPAS scale --------------------------------------------------------------------------------------

    @Test
    void satisfaction5IsTheSipasFivePointScale() {
        Scale s = Scale.satisfaction5();
        assertAll(
                () -> assertEquals("satisfaction5", s.id()),
                () -> assertEquals(List.of(1, 2, 3, 4, 5), s.codes()),
                () -> assertEquals(List.of("Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng",
                        "Rất hài lòng"), s.points().stream().map(x -> x.label().vi()).toList()),
                () -> assertEquals(Set.of(4, 5), s.satisfied()),
                () -> assertEquals(1, s.special().size()),
                () -> assertEquals("0", s.special().get(0).code()),
                () -> assertEquals(SpecialKind.DONT_KNOW, s.special().get(0).kind()));
    }

    @Test
    void satisfaction5IsEqualEachTime() {
        assertEquals(Scale.satisfaction5(), Scale.satisfaction5());
        assertEquals(Scale.satisfaction5().hashCode(), Scale.satisfaction5().hashCode());
    }

    // ---- queries ----------------------------------------------------------------------------------------------

    @Test
    void hasCodeAndPointFindOnlyPointsOfTheScale() {
        Scale s = Scale.satisfaction5();
        assertTrue(s.hasCode(1));
        assertTrue(s.hasCode(5));
        assertFalse(s.hasCode(0), "a special code is not a point");
        assertFalse(s.hasCode(6));
        assertEquals(Optional.of(p(4, "Hài lòng", "Satisfied")), s.point(4));
        assertEquals(Optional.empty(), s.point(0));
    }

    @Test
    void isSatisfiedOnlyForSatisfiedCodes() {
        Scale s = Scale.satisfaction5();
        for (int c = 0; c <= 6; c++) {
            assertEquals(c == 4 || c == 5, s.isSatisfied(c), "code " + c);
        }
    }

    @Test
    void describeCodesGivesRangeAndSpecialCodes() {
        assertEquals("1..5, or 0 (don't know)", Scale.satisfaction5().describeCodes());
    }

    @Test
    void describeCodesListsCodesThatAreNotConsecutive() {
        Scale s = new Scale("odd", TITLE, List.of(p(1, "một", "one"), p(3, "ba", "three"), p(7, "bảy", "seven")),
                Set.of(), List.of(new SpecialCode("9", SpecialKind.NOT_ASKED, LocalizedText.of("Không hỏi", "Not asked"))));
        assertEquals("1, 3, 7, or 9 (not asked)", s.describeCodes());
    }

    @Test
    void describeCodesListsTwoConsecutiveCodes() {
        Scale s = new Scale("yn", TITLE, List.of(p(1, "Có", "Yes"), p(2, "Không", "No")), Set.of(), List.of());
        assertEquals("1, 2", s.describeCodes());
    }

    @Test
    void codesKeepTheOrderOfThePoints() {
        Scale s = new Scale("rev", TITLE, List.of(p(5, "năm", "five"), p(1, "một", "one")), Set.of(5), List.of());
        assertEquals(List.of(5, 1), s.codes());
    }

    // ---- validation -------------------------------------------------------------------------------------------

    @Test
    void refusesScaleWithoutPoints() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> new Scale("empty", TITLE, List.of(), Set.of(), List.of()));
        assertEquals("points", e.where());
        assertTrue(e.getMessage().contains("'empty'") && e.getMessage().contains("no points"), e.getMessage());
    }

    @Test
    void refusesRepeatedCode() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> new Scale("rep", TITLE,
                List.of(p(1, "một", "one"), p(2, "hai", "two"), p(1, "ba", "three")), Set.of(), List.of()));
        assertEquals("points[2].code", e.where());
        assertTrue(e.getMessage().contains("'rep'") && e.getMessage().contains("repeats code 1")
                && e.getMessage().contains("points 0 and 2"), e.getMessage());
    }

    @Test
    void refusesSatisfiedCodeThatIsNotAPoint() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> new Scale("s3", TITLE, three(), Set.of(3, 4), List.of()));
        assertEquals("satisfied", e.where());
        assertTrue(e.getMessage().contains("'s3'") && e.getMessage().contains("code 4")
                && e.getMessage().contains("points: 1, 2, 3"), e.getMessage());
    }

    @Test
    void refusesSatisfiedCodeThatIsOnlyASpecialCode() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> new Scale("s3", TITLE, three(),
                Set.of(0), List.of(dk("0", "Không biết", "Don't know"))));
        assertEquals("satisfied", e.where());
        assertTrue(e.getMessage().contains("code 0"), e.getMessage());
    }

    @Test
    void refusesRepeatedSpecialCode() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> new Scale("s3", TITLE, three(),
                Set.of(3), List.of(dk("9", "Không biết", "Don't know"), dk("9", "Không trả lời", "No answer"))));
        assertEquals("special[1].code", e.where());
        assertTrue(e.getMessage().contains("'s3'") && e.getMessage().contains("repeats special code '9'"),
                e.getMessage());
    }

    @Test
    void refusesSpecialCodesThatFoldToTheSameKey() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> new Scale("s3", TITLE, three(),
                Set.of(3), List.of(dk("NA", "Không biết", "Don't know"), dk("na", "Không trả lời", "No answer"))));
        assertEquals("special[1].code", e.where());
        assertTrue(e.getMessage().contains("'na'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "02", " 2 "})
    void refusesSpecialCodeEqualToAPointCode(String code) {
        DefinitionException e = assertThrows(DefinitionException.class, () -> new Scale("s3", TITLE, three(),
                Set.of(3), List.of(dk(code, "Không biết", "Don't know"))));
        assertEquals("special[0].code", e.where());
        assertTrue(e.getMessage().contains("'s3'") && e.getMessage().contains("both as a point and as a special code"),
                e.getMessage());
    }

    @Test
    void refusesTwoPointLabelsFoldingToTheSameKey() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> new Scale("s", TITLE,
                List.of(p(1, "Hài lòng", "Satisfied"), p(2, "hai long", "Pleased")), Set.of(1), List.of()));
        assertEquals("points[1].label", e.where());
        assertTrue(e.getMessage().contains("'s'") && e.getMessage().contains("'hai long'")
                && e.getMessage().contains("code 1") && e.getMessage().contains("code 2"), e.getMessage());
    }

    @Test
    void refusesVietnameseLabelOfOnePointEqualToEnglishLabelOfAnother() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> new Scale("s", TITLE,
                List.of(p(1, "OK", "Fine"), p(2, "Tốt", "ok")), Set.of(1), List.of()));
        assertEquals("points[1].label", e.where());
    }

    @Test
    void refusesSpecialCodeLabelEqualToAPointLabel() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> new Scale("s3", TITLE, three(),
                Set.of(3), List.of(dk("0", "Bình thường", "Don't know"))));
        assertEquals("special[0].label", e.where());
        assertTrue(e.getMessage().contains("code 2") && e.getMessage().contains("special code '0'"), e.getMessage());
    }

    @Test
    void refusesSpecialCodeThatFoldsToAPointLabel() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> new Scale("s", TITLE,
                List.of(p(1, "Một", "One"), p(2, "Hai", "Two")), Set.of(2),
                List.of(dk("one", "Không rõ", "Unclear"))));
        assertEquals("special[0].code", e.where());
        assertTrue(e.getMessage().contains("'one'") && e.getMessage().contains("code 1"), e.getMessage());
    }

    @Test
    void acceptsSameWordingInBothLanguagesOfOnePoint() {
        Scale s = new Scale("s", TITLE, List.of(p(1, "OK", "ok"), p(2, "Không", "No")), Set.of(1), List.of());
        assertEquals(2, s.points().size());
    }

    @Test
    void acceptsSpecialCodesOfBothKinds() {
        Scale s = new Scale("s3", TITLE, three(), Set.of(3), List.of(dk("0", "Không biết", "Don't know"),
                new SpecialCode("NA", SpecialKind.NOT_ASKED, LocalizedText.of("Không hỏi", "Not asked"))));
        assertEquals(List.of(SpecialKind.DONT_KNOW, SpecialKind.NOT_ASKED),
                s.special().stream().map(SpecialCode::kind).toList());
    }

    @Test
    void acceptsPointWithCodeZeroWhenNoSpecialCodeIsZero() {
        Scale s = new Scale("z", TITLE, List.of(p(0, "Không", "No"), p(1, "Có", "Yes")), Set.of(1), List.of());
        assertTrue(s.hasCode(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " s", "s ", "s\n1"})
    void refusesMalformedId(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Scale(id, TITLE, three(), Set.of(), List.of()));
        assertTrue(e.getMessage().contains("scale id"), e.getMessage());
    }

    @Test
    void refusesNullParts() {
        assertThrows(NullPointerException.class, () -> new Scale("s", null, three(), Set.of(), List.of()));
        assertThrows(NullPointerException.class, () -> new Scale("s", TITLE, null, Set.of(), List.of()));
        assertThrows(NullPointerException.class, () -> new Scale("s", TITLE, three(), null, List.of()));
        assertThrows(NullPointerException.class, () -> new Scale("s", TITLE, three(), Set.of(), null));
        List<ScalePoint> withNull = new ArrayList<>(three());
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> new Scale("s", TITLE, withNull, Set.of(), List.of()));
    }

    @Test
    void scalePointRefusesNegativeCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p(-1, "âm", "negative"));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void specialCodeRefusesBlankCode() {
        assertThrows(IllegalArgumentException.class, () -> dk(" ", "Không biết", "Don't know"));
        assertThrows(NullPointerException.class,
                () -> new SpecialCode("0", null, LocalizedText.of("Không biết", "Don't know")));
    }

    // ---- immutability and equality ----------------------------------------------------------------------------

    @Test
    void collectionsCannotBeModified() {
        Scale s = Scale.satisfaction5();
        assertThrows(UnsupportedOperationException.class, () -> s.points().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.satisfied().add(3));
        assertThrows(UnsupportedOperationException.class, () -> s.special().clear());
    }

    @Test
    void changingTheCallersCollectionsChangesNothing() {
        List<ScalePoint> points = new ArrayList<>(three());
        Set<Integer> satisfied = new HashSet<>(Set.of(3));
        List<SpecialCode> special = new ArrayList<>(List.of(dk("0", "Không biết", "Don't know")));
        Scale s = new Scale("s3", TITLE, points, satisfied, special);
        Scale copy = new Scale("s3", TITLE, three(), Set.of(3), List.of(dk("0", "Không biết", "Don't know")));
        points.add(p(9, "chín", "nine"));
        satisfied.add(1);
        special.clear();
        assertEquals(copy, s);
        assertEquals(3, s.points().size());
    }

    @Test
    void equalityIgnoresTheOrderOfSatisfiedCodes() {
        Scale a = new Scale("s3", TITLE, three(), new java.util.TreeSet<>(List.of(2, 3)), List.of());
        Scale b = new Scale("s3", TITLE, three(), new java.util.LinkedHashSet<>(List.of(3, 2)), List.of());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @org.junit.jupiter.api.Test
    void aCodesMirrorIsLowestPlusHighestMinusIt() {
        Scale five = Scale.satisfaction5();
        assertEquals(List.of(5, 4, 3, 2, 1), five.codes().stream().map(five::mirror).toList());
        Scale gaps = new Scale("g", TITLE, List.of(ScalePoint.of(1, "Một", "One"), ScalePoint.of(2, "Hai", "Two"),
                ScalePoint.of(4, "Bốn", "Four")), Set.of(4), List.of());
        assertEquals(3, gaps.mirror(2), "not a point: such a scale cannot be reverse-keyed");
    }
}
