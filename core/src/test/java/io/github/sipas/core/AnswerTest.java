package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerTest {

    @Test
    void pointsZeroToTenAreSharedInstances() {
        for (int c = 0; c <= 10; c++) {
            assertSame(Answer.point(c), Answer.point(c), "code " + c);
            assertEquals(c, Answer.point(c).code());
        }
    }

    @Test
    void pointsBeyondTheCacheAreEqualByCode() {
        assertEquals(Answer.point(11), Answer.point(11));
        assertEquals(new Answer.Point(3), Answer.point(3));
        assertEquals(99, Answer.point(99).code());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -100, Integer.MIN_VALUE})
    void refusesNegativePoint(int code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Answer.point(code));
        assertTrue(e.getMessage().contains(String.valueOf(code)), e.getMessage());
    }

    @Test
    void onlyAPointIsValid() {
        assertTrue(Answer.point(4).isValid());
        assertFalse(Answer.dontKnow().isValid());
        assertFalse(Answer.unanswered().isValid());
        assertFalse(Answer.notAsked().isValid());
        assertFalse(Answer.choices(1, 2).isValid());
        assertFalse(Answer.text("ý kiến").isValid());
    }

    @Test
    void missingAnswersAreSingletonsAndKeptApart() {
        assertSame(Answer.dontKnow(), Answer.dontKnow());
        assertSame(Answer.unanswered(), Answer.unanswered());
        assertSame(Answer.notAsked(), Answer.notAsked());
        List<Answer> missing = List.of(Answer.dontKnow(), Answer.unanswered(), Answer.notAsked());
        for (int i = 0; i < missing.size(); i++) {
            for (int j = 0; j < missing.size(); j++) {
                assertEquals(i == j, missing.get(i).equals(missing.get(j)), missing.get(i) + " vs " + missing.get(j));
            }
        }
    }

    @Test
    void choicesAreSortedWithoutRepeats() {
        assertEquals(List.of(1, 3, 5), Answer.choices(5, 1, 3, 1, 5).codes());
        assertEquals(Answer.choices(1, 3), Answer.choices(3, 1, 3));
    }

    @Test
    void choicesMayBeEmpty() {
        assertEquals(List.of(), Answer.choices().codes());
    }

    @Test
    void choicesRefuseNegativeOrNullCodes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Answer.choices(1, -2));
        assertTrue(e.getMessage().contains("-2"), e.getMessage());
        assertThrows(NullPointerException.class, () -> new Answer.Choices(Arrays.asList(1, null)));
        assertThrows(NullPointerException.class, () -> new Answer.Choices(null));
    }

    @Test
    void choicesCannotBeModifiedAndTheCallersListChangesNothing() {
        List<Integer> codes = new ArrayList<>(List.of(2, 1));
        Answer.Choices c = new Answer.Choices(codes);
        codes.add(7);
        assertEquals(List.of(1, 2), c.codes());
        assertThrows(UnsupportedOperationException.class, () -> c.codes().add(3));
    }

    @Test
    void textIsTrimmedAndInNfc() {
        String nfd = Normalizer.normalize("Cần thêm chỗ ngồi", Normalizer.Form.NFD);
        assertEquals(Normalizer.normalize("Cần thêm chỗ ngồi", Normalizer.Form.NFC), Answer.text(" " + nfd + "\n").text());
        assertEquals(Answer.text("ý kiến"), Answer.text("ý kiến "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t"})
    void refusesBlankText(String text) {
        assertThrows(IllegalArgumentException.class, () -> Answer.text(text));
    }

    @Test
    void refusesNullText() {
        assertThrows(NullPointerException.class, () -> Answer.text(null));
    }

    @Test
    void answersOfDifferentKindsAreNotEqual() {
        assertNotEquals(Answer.point(1), Answer.choices(1));
        assertNotEquals(Answer.text("1"), Answer.point(1));
        assertNotEquals(Answer.point(0), Answer.dontKnow());
    }
}
