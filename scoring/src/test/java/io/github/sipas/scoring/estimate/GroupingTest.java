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

    @ParameterizedTest
    @ValueSource(strings = {"", "NA", " na ", "N/A", "#N/A", "."})
    void aBlankOrAMissingValueMarkFallsInTheMissingGroup(String value) {
        // found in a trial: R's write.csv wrote NA in the grouping column, which became a group "NA"
        io.github.sipas.core.Response r = io.github.sipas.core.Response.builder("R1").unit("U")
                .attribute("gender", value).build();
        assertEquals(Grouping.MISSING, Grouping.byAttribute("gender").keyOf(r).group(), value);
        assertEquals("Nữ", Grouping.byAttribute("gender").keyOf(io.github.sipas.core.Response.builder("R2")
                .unit("U").attribute("gender", "Nữ").build()).group());
    }

    @org.junit.jupiter.api.Test
    void headingNamesTheUnitTheAttributeOrBothAsTheLabelsJoinThem() {
        assertEquals("Unit", Grouping.BY_UNIT.heading("Unit"));
        assertEquals("gender", Grouping.byAttribute("gender").heading("Unit"));
        assertEquals("Đơn vị / gender", Grouping.byUnitAnd("gender").heading("Đơn vị"));
    }

    @org.junit.jupiter.api.Test
    void spellingIsThatOfTheByOption() {
        assertEquals("unit", Grouping.BY_UNIT.spelling());
        assertEquals("gender", Grouping.byAttribute("gender").spelling());
        assertEquals("unit,gender", Grouping.byUnitAnd("gender").spelling());
    }

    @org.junit.jupiter.api.Test
    void theGroupingOfUnitScoresIsByUnitWithoutGroupsElseByAnUnnamedAttribute() {
        UnitScore unit = unitScore("Sa Pa", null);
        UnitScore group = unitScore(null, "Nữ");
        UnitScore both = unitScore("Sa Pa", "Nữ");
        assertEquals(Grouping.BY_UNIT, Grouping.of(java.util.List.of(unit)));
        assertEquals(Grouping.BY_UNIT, Grouping.of(java.util.List.of()));
        assertEquals(Grouping.byAttribute(Grouping.UNNAMED), Grouping.of(java.util.List.of(group)));
        assertEquals(Grouping.byUnitAnd(Grouping.UNNAMED), Grouping.of(java.util.List.of(both)));
        assertEquals(Grouping.byUnitAnd(Grouping.UNNAMED), Grouping.of(java.util.List.of(unit, group)));
    }

    static UnitScore unitScore(String unit, String group) {
        return new UnitScore(unit, group, 12, new Estimate(80, 2, 76, 84), null, java.util.List.of(),
                java.util.List.of());
    }
}
