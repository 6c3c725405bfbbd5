package io.github.sipas.scoring.estimate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grouping's validation: a personal attribute, whose values would be published as labels, is refused. */
class GroupingTest {

    @ParameterizedTest
    @ValueSource(strings = {"Họ và tên", "Số điện thoại", "email", "Địa chỉ", "Số CCCD", "phone_number"})
    void groupingByAPersonalAttributeIsRefusedNamingIt(String attribute) {
        IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
                () -> Grouping.byAttribute(attribute));
        assertTrue(alone.getMessage().contains("'" + attribute + "'") && alone.getMessage().contains("personal"),
                alone.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Grouping.byUnitAnd(attribute));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gender", "age_group", "giới tính", "period", "điều tra viên", "channel"})
    void groupingByAnOrdinaryAttributeIsAllowed(String attribute) {
        assertEquals(attribute, assertDoesNotThrow(() -> Grouping.byAttribute(attribute)).attribute());
        assertEquals(attribute, assertDoesNotThrow(() -> Grouping.byUnitAnd(attribute)).attribute());
    }
}
