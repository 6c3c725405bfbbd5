package io.github.sipas.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class QualityThresholdsTest {

    private static final List<String> COLS = List.of("interviewer");

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of("straightLiningMinAnswers", (Supplier<?>) () -> new QualityThresholds(1, 0.2, 0.01, 0.2,
                        10, COLS, 10, 3, 0.15)),
                Arguments.of("straightLiningShare", (Supplier<?>) () -> new QualityThresholds(5, Double.NaN, 0.01,
                        0.2, 10, COLS, 10, 3, 0.15)),
                Arguments.of("duplicateSignificance", (Supplier<?>) () -> new QualityThresholds(5, 0.2, 1, 0.2, 10,
                        COLS, 10, 3, 0.15)),
                Arguments.of("dontKnowShare", (Supplier<?>) () -> new QualityThresholds(5, 0.2, 0.01, -0.1, 10, COLS,
                        10, 3, 0.15)),
                Arguments.of("dontKnowMinAsked", (Supplier<?>) () -> new QualityThresholds(5, 0.2, 0.01, 0.2, 0,
                        COLS, 10, 3, 0.15)),
                Arguments.of("groupMinForms", (Supplier<?>) () -> new QualityThresholds(5, 0.2, 0.01, 0.2, 10, COLS,
                        1, 3, 0.15)),
                Arguments.of("groupMinZ", (Supplier<?>) () -> new QualityThresholds(5, 0.2, 0.01, 0.2, 10, COLS, 10,
                        Double.POSITIVE_INFINITY, 0.15)),
                Arguments.of("groupMinDifference", (Supplier<?>) () -> new QualityThresholds(5, 0.2, 0.01, 0.2, 10,
                        COLS, 10, 3, 1.01)));
    }

    @ParameterizedTest
    @MethodSource("outOfRange")
    void outOfRangeValueIsRefusedNamingIt(String name, Supplier<?> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::get);
        assertTrue(e.getMessage().startsWith(name + " must"), e.getMessage());
    }

    @Test
    void boundsAreAllowedAndColumnsCopied() {
        List<String> cols = new ArrayList<>(COLS);
        QualityThresholds t = new QualityThresholds(2, 0, 1e-9, 1, 1, cols, 2, 0.1, 0);
        cols.clear();
        assertEquals(COLS, t.groupColumns());
        assertThrows(NullPointerException.class,
                () -> new QualityThresholds(5, 0.2, 0.01, 0.2, 10, null, 10, 3, 0.15));
    }
}
