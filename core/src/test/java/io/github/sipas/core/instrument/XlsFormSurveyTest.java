package io.github.sipas.core.instrument;

import static io.github.sipas.core.instrument.XlsFormRowsFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Item;
import io.github.sipas.core.ItemRole;
import io.github.sipas.core.ItemType;
import io.github.sipas.core.Scale;
import io.github.sipas.core.SpecialKind;
import io.github.sipas.core.Survey;

class XlsFormSurveyTest {

    private final Survey survey = XlsFormRowsFixture.form().toSurvey();

    @Test
    void groupsWithCriteriaBecomeElementsTitledByTheirLabels() {
        assertEquals(List.of("group_access", "group_procedure"), survey.elements().stream().map(e -> e.id())
                .toList());
        assertEquals("Tiếp cận dịch vụ", survey.element("group_access").title().vi());
        assertEquals("Access to services", survey.element("group_access").title().en());
    }

    @Test
    void itemsAreNamedByTheSipasColumnElseTheQuestionName() {
        assertEquals(List.of("a1", "A2", "B1", "B2"), survey.criteria().stream().map(Item::id).toList());
        assertEquals("group_access", survey.item("A2").element());
        assertEquals("Trang thiết bị đầy đủ", survey.item("A2").text().vi());
        assertEquals("Equipment", survey.item("A2").text().en());
    }

    @Test
    void rolesFollowTheRules() {
        assertEquals(ItemRole.IN_GENERAL, survey.item("Q0").role());
        assertEquals(ItemRole.DEMOGRAPHIC, survey.item("gioi_tinh").role());
        assertEquals(ItemType.TEXT, survey.item("tuoi").type());
        assertEquals(ItemType.TEXT, survey.item("gop_y").type());
        assertEquals(ItemRole.EXPECTATION, survey.item("caithien").role());
        assertEquals(ItemType.MULTIPLE, survey.item("caithien").type());
        // the unit question (sipas=unit), meta rows, date, note and calculate are left to the reader
        for (String left : List.of("don_vi", "start", "end", "deviceid", "ngay", "gioi_thieu", "tong")) {
            assertFalse(survey.findItem(left).isPresent(), left);
        }
    }

    @Test
    void sharedChoiceListIsOneScaleWithItsDontKnowChoiceSpecial() {
        Scale s = survey.scale("hailong");
        assertEquals(List.of(1, 2, 3, 4, 5), s.codes());
        assertEquals(Set.of(4, 5), s.satisfied());
        assertEquals("Rất không hài lòng", s.point(1).orElseThrow().label().vi());
        assertEquals(1, s.special().size());
        assertEquals("0", s.special().get(0).code());
        assertEquals(SpecialKind.DONT_KNOW, s.special().get(0).kind());
        // or_other adds the choice 'other' to the multi-select list
        assertEquals(List.of(1, 2, 3), survey.scale("caithien").codes());
        assertEquals("Khác", survey.scale("caithien").point(3).orElseThrow().label().vi());
    }

    @Test
    void settingsNameTheSurvey() {
        assertEquals("sipas_laocai", survey.id());
        assertEquals("2024", survey.version());
        assertEquals("Khảo sát SIPAS Lào Cai", survey.title().vi());
    }

    @Test
    void roundTripsThroughSurveyJson() {
        String json = SurveyJson.toString(survey);
        assertEquals(survey, SurveyJson.fromString(json, "generated.json"));
    }

    @Test
    void numberedChoiceNamesAreTheCodes() {
        Map<String, List<List<String>>> sheets = XlsFormRowsFixture.sheets();
        List<List<String>> choices = sheets.get("choices");
        for (int i = 1; i <= 5; i++) {
            choices.get(i).set(1, String.valueOf(6 - i)); // 5 'Rất không hài lòng' … 1 'Rất hài lòng'
        }
        choices.get(6).set(1, "0");
        Scale s = XlsForm.of("f.xlsx", sheets).toSurvey().scale("hailong");
        assertEquals(List.of(5, 4, 3, 2, 1), s.codes());
        assertEquals(Set.of(1, 2), s.satisfied());
        assertEquals("0", s.special().get(0).code());
    }

    @Test
    void formWithoutCriterionIsAnInputExceptionNamingTheForm() {
        Map<String, List<List<String>>> sheets = Map.of("survey", List.of(row("type", "name", "label"),
                row("text", "q", "Câu hỏi")));
        InputException e = assertThrows(InputException.class, () -> XlsForm.of("f.xlsx", sheets).toSurvey());
        assertTrue(e.getMessage().startsWith("f.xlsx, at items: the instrument made from the form is not valid"),
                e.getMessage());
    }
}
