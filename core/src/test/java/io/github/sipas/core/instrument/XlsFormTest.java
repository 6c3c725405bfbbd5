package io.github.sipas.core.instrument;

import static io.github.sipas.core.instrument.XlsFormRowsFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.github.sipas.core.InputException;

class XlsFormTest {

    @Test
    void readsLabelsByLanguageCodeInParentheses() {
        XlsForm f = XlsFormRowsFixture.form();
        XlsForm.Question a1 = f.question("a1").orElseThrow();
        assertEquals("Nơi ngồi chờ có đủ chỗ ngồi", a1.label("vi").orElseThrow());
        assertEquals("Enough seats", a1.label("en").orElseThrow());
        assertEquals(List.of("vi", "en"), List.copyOf(f.languages()));
        // a language the form does not have falls back to default_language (vi)
        assertEquals("Nơi ngồi chờ có đủ chỗ ngồi", a1.label("fr").orElseThrow());
    }

    @Test
    void languageOfSuffixIsTheCodeOrAKnownName() {
        assertEquals("vi", XlsForm.language("Vietnamese (vi)"));
        assertEquals("en", XlsForm.language("English"));
        assertEquals("vi", XlsForm.language("Tiếng Việt"));
        assertEquals("vi", XlsForm.language("vi"));
        assertEquals("français", XlsForm.language("Français"));
    }

    @Test
    void groupPathsNestOuterFirstAndBothSpellingsOfGroupRowsCount() {
        XlsForm f = XlsFormRowsFixture.form();
        assertEquals(List.of("group_access"), f.question("a1").orElseThrow().groups());
        assertEquals("group_access/a1", f.question("a1").orElseThrow().path());
        assertEquals("group_procedure/B1", f.question("B1").orElseThrow().path());
        assertEquals("Q0", f.question("Q0").orElseThrow().path());
        assertEquals(List.of("group_intro", "group_access", "group_procedure"),
                f.groups().stream().map(XlsForm.Group::name).toList());
        assertEquals("Thủ tục hành chính", f.group("group_procedure").orElseThrow().label("vi").orElseThrow());
    }

    @Test
    void typesGiveKindListAndOrOther() {
        XlsForm f = XlsFormRowsFixture.form();
        XlsForm.Question a1 = f.question("a1").orElseThrow();
        assertEquals("select_one", a1.kind());
        assertEquals("hailong", a1.listName());
        assertTrue(a1.isSelectOne());
        XlsForm.Question ct = f.question("caithien").orElseThrow();
        assertTrue(ct.isSelectMultiple());
        assertTrue(ct.orOther());
        assertEquals(List.of("tiep_can", "thu_tuc", "other"), f.choicesOf(ct).stream().map(XlsForm.Choice::name)
                .toList());
        assertEquals("integer", f.question("tuoi").orElseThrow().kind());
        assertEquals("start", f.question("start").orElseThrow().kind());
        assertNull(f.question("tuoi").orElseThrow().listName());
    }

    @Test
    void fromFileAndSpacedSelectTypesAreRead() {
        Map<String, List<List<String>>> sheets = XlsFormRowsFixture.sheets();
        sheets.get("survey").add(row("select_one_from_file xa.csv", "xa", "Xã", "Commune"));
        sheets.get("survey").add(row("select one gioitinh", "gioi2", "Giới tính", "Sex"));
        sheets.get("survey").add(row("select all that apply caithien", "ct2", "Cải thiện", "Improve"));
        XlsForm f = XlsForm.of("form.xlsx", sheets);
        XlsForm.Question xa = f.question("xa").orElseThrow();
        assertEquals("select_one_from_file", xa.kind());
        assertEquals("xa.csv", xa.listName());
        assertTrue(f.choicesOf(xa).isEmpty());
        assertEquals("select_one", f.question("gioi2").orElseThrow().kind());
        assertEquals("caithien", f.question("ct2").orElseThrow().listName());
        assertTrue(f.question("ct2").orElseThrow().isSelectMultiple());
    }

    @Test
    void choiceListsKeepOrderLabelsAndRows() {
        XlsForm f = XlsFormRowsFixture.form();
        List<XlsForm.Choice> hl = f.choices().get("hailong");
        assertEquals(6, hl.size());
        assertEquals("hai_long", hl.get(3).name());
        assertEquals("Hài lòng", hl.get(3).label("vi").orElseThrow());
        assertEquals(5, hl.get(3).row());
        assertEquals(List.of("hailong", "donvi", "gioitinh", "caithien"), List.copyOf(f.choices().keySet()));
    }

    @Test
    void sipasColumnsAreKeptTrimmed() {
        XlsForm f = XlsFormRowsFixture.form();
        assertEquals("unit", f.question("don_vi").orElseThrow().sipas());
        assertEquals("A2", f.question("a2_tiennghi").orElseThrow().sipas());
        assertNull(f.question("a1").orElseThrow().sipas());
    }

    @Test
    void settingsAreReadByName() {
        XlsForm f = XlsFormRowsFixture.form();
        assertEquals("sipas_laocai", f.settings().get("form_id"));
        assertEquals("2024", f.settings().get("version"));
    }

    @Test
    void unqualifiedLabelIsTheDefaultLanguage() {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Survey ", List.of(row("Type", "Name", "Label"), row("text", "q", "Câu hỏi")));
        XlsForm f = XlsForm.of("f.xlsx", sheets);
        assertEquals(Map.of(XlsForm.DEFAULT_LANGUAGE, "Câu hỏi"), f.question("q").orElseThrow().labels());
        assertEquals("Câu hỏi", f.question("q").orElseThrow().label("en").orElseThrow());
    }

    @Test
    void workbookWithoutSurveySheetIsNotAnXlsForm() {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Sheet1", List.of(row("_uuid", "group_access/A1"), row("x", "4")));
        InputException e = assertThrows(InputException.class, () -> XlsForm.of("data.xlsx", sheets));
        assertTrue(e.getMessage().startsWith("data.xlsx: not an XLSForm"), e.getMessage());
        assertTrue(e.getMessage().contains("'Sheet1'"), e.getMessage());
    }

    @Test
    void surveyWithoutNameColumnSaysWhatAnXlsFormHas() {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("survey", List.of(row("type", "label"), row("text", "x")));
        InputException e = assertThrows(InputException.class, () -> XlsForm.of("f.xlsx", sheets));
        assertTrue(e.getMessage().contains("f.xlsx!survey: the sheet has no 'name' column"), e.getMessage());
    }

    @Test
    void unknownChoiceListNamesTheCell() {
        Map<String, List<List<String>>> sheets = XlsFormRowsFixture.sheets();
        sheets.get("survey").add(row("select_one hailog", "a3", "x", "y"));
        InputException e = assertThrows(InputException.class, () -> XlsForm.of("form.xlsx", sheets));
        assertTrue(e.getMessage().startsWith("form.xlsx!survey!A24, column type, value 'select_one hailog': the "
                + "choice list 'hailog' is not in the choices sheet"), e.getMessage());
    }

    @Test
    void duplicateQuestionNameAndChoiceAreRefusedWithBothRows() {
        Map<String, List<List<String>>> sheets = XlsFormRowsFixture.sheets();
        sheets.get("survey").add(row("text", "tuoi", "x", "y"));
        InputException e = assertThrows(InputException.class, () -> XlsForm.of("form.xlsx", sheets));
        assertTrue(e.getMessage().contains("rows 8 and 24"), e.getMessage());
        Map<String, List<List<String>>> sheets2 = XlsFormRowsFixture.sheets();
        sheets2.get("choices").add(row("donvi", "bao_yen", "Bảo Yên", "Bao Yen"));
        e = assertThrows(InputException.class, () -> XlsForm.of("form.xlsx", sheets2));
        assertTrue(e.getMessage().startsWith("form.xlsx!choices!B14"), e.getMessage());
        assertTrue(e.getMessage().contains("list 'donvi' has the choice 'bao_yen' twice (rows 9 and 14)"),
                e.getMessage());
    }

    @Test
    void groupsMustBeClosedAndClosedOnlyOnce() {
        Map<String, List<List<String>>> open = XlsFormRowsFixture.sheets();
        open.get("survey").add(row("begin_group", "g_last", "x", "y"));
        InputException e = assertThrows(InputException.class, () -> XlsForm.of("form.xlsx", open));
        assertTrue(e.getMessage().contains("the group 'g_last' is never closed"), e.getMessage());
        Map<String, List<List<String>>> extra = XlsFormRowsFixture.sheets();
        extra.get("survey").add(row("end_group"));
        e = assertThrows(InputException.class, () -> XlsForm.of("form.xlsx", extra));
        assertTrue(e.getMessage().contains("form.xlsx!survey!A24"), e.getMessage());
    }

    @Test
    void blankTypeRowsAreSkippedAndUnnamedQuestionsRefused() {
        Map<String, List<List<String>>> sheets = XlsFormRowsFixture.sheets();
        sheets.get("survey").add(row("", "leftover"));
        assertFalse(XlsForm.of("form.xlsx", sheets).question("leftover").isPresent());
        sheets.get("survey").add(row("text", ""));
        InputException e = assertThrows(InputException.class, () -> XlsForm.of("form.xlsx", sheets));
        assertTrue(e.getMessage().startsWith("form.xlsx!survey!B25"), e.getMessage());
    }

    @Test
    void cellAndColumnLimitsGiveInputExceptions() {
        Map<String, List<List<String>>> sheets = XlsFormRowsFixture.sheets();
        sheets.get("survey").add(row("text", "long", "x".repeat(XlsForm.MAX_CELL_LENGTH + 1)));
        InputException e = assertThrows(InputException.class, () -> XlsForm.of("form.xlsx", sheets));
        assertTrue(e.getMessage().contains("form.xlsx!survey!C24"), e.getMessage());
        Map<String, List<List<String>>> wide = XlsFormRowsFixture.sheets();
        List<String> r = new ArrayList<>();
        for (int i = 0; i <= XlsForm.MAX_COLUMNS; i++) {
            r.add("c");
        }
        wide.get("choices").add(r);
        e = assertThrows(InputException.class, () -> XlsForm.of("form.xlsx", wide));
        assertTrue(e.getMessage().contains("at most " + XlsForm.MAX_COLUMNS), e.getMessage());
    }

    @Test
    void cellNamesAreExcels() {
        assertEquals("A1", XlsFormRows.cellName(1, 0));
        assertEquals("Z9", XlsFormRows.cellName(9, 25));
        assertEquals("AA17", XlsFormRows.cellName(17, 26));
        assertEquals("XFD3", XlsFormRows.cellName(3, 16_383));
    }
}
