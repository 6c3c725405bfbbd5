package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.github.sipas.core.ColumnMapping;
import io.github.sipas.core.ColumnTarget;
import io.github.sipas.core.InputException;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.XlsForm;
import io.github.sipas.core.instrument.XlsFormRowsFixture;

class XlsFormMappingTest {

    private final XlsForm form = XlsFormRowsFixture.form();
    private final Survey survey = form.toSurvey();

    /** The same three forms as the Kobo export below, in the wide format with the instrument's codes. */
    private static final String CLEAN = String.join("\n",
            "response_id,unit,gioi_tinh,tuoi,a1,A2,B1,B2,Q0,caithien,gop_y",
            "u1,Bát Xát,1,34,4,5,0,3,4,\"1,2\",Tốt",
            "u2,Bảo Yên,2,51,1,2,3,,5,3,",
            "u3,Bát Xát,1,,0,4,4,4,0,,") + "\n";

    /** A KoboToolbox "XML values and headers" export of the fixture form: ';', group paths, choice names. */
    private static final String KOBO = String.join("\n",
            "start;end;deviceid;group_intro/don_vi;group_intro/gioi_tinh;group_intro/tuoi;group_intro/ngay;"
                    + "group_access/a1;group_access/a2_tiennghi;group_procedure/B1;group_procedure/B2;Q0;caithien;"
                    + "caithien/tiep_can;caithien/thu_tuc;caithien/other;gop_y;tong;_id;_uuid;_submission_time;_index",
            "2024-05-17T08:00:00;2024-05-17T08:10:00;d1;bat_xat;nam;34;2024-05-17;hai_long;rat_hai_long;"
                    + "khong_biet;binh_thuong;hai_long;tiep_can thu_tuc;1;1;0;Tốt;;101;u1;2024-05-17;1",
            "2024-05-17T09:00:00;2024-05-17T09:10:00;d1;bao_yen;nu;51;2024-05-17;rat_khong_hai_long;"
                    + "khong_hai_long;binh_thuong;;rat_hai_long;other;0;0;1;;;102;u2;2024-05-17;2",
            "2024-05-17T10:00:00;2024-05-17T10:10:00;d2;bat_xat;nam;;2024-05-17;khong_biet;hai_long;hai_long;"
                    + "hai_long;khong_biet;;;;;;;103;u3;2024-05-17;3") + "\n";

    private static List<Response> read(CsvResponseReader reader, String csv) {
        List<Response> out = new ArrayList<>();
        ReadReport report = reader.read(new StringReader(csv), "test.csv", out::add);
        assertEquals(0, report.rejected(), report.problems().toString());
        assertEquals(3, out.size(), report.summary() + " " + report.problems());
        return out;
    }

    @Test
    void koboExportReadsToTheSameResponsesAsTheCleanCsv() {
        XlsFormMapping m = XlsFormMapping.of(form, survey);
        Map<String, ColumnTarget> targets = new LinkedHashMap<>(m.mapping().targets());
        targets.put("_uuid", ColumnTarget.RESPONSE_ID); // the id column: the reader's own job (presets), not the form's
        CsvResponseReader kobo = CsvResponseReader.builder(survey).mapping(new ColumnMapping(targets))
                .values(m.answerValues()).build();
        List<Response> fromKobo = read(kobo, KOBO);
        List<Response> clean = read(CsvResponseReader.builder(survey).build(), CLEAN);
        assertEquals(3, clean.size());
        for (int i = 0; i < clean.size(); i++) {
            assertEquals(clean.get(i).id(), fromKobo.get(i).id());
            assertEquals(clean.get(i).unit(), fromKobo.get(i).unit());
            assertEquals(clean.get(i).answers(), fromKobo.get(i).answers(), "form " + clean.get(i).id());
        }
    }

    @Test
    void columnsAreMappedWithAndWithoutGroupPathAndFormFieldsKeptAsAttributes() {
        ColumnMapping m = XlsFormMapping.of(form, survey).mapping();
        assertEquals(ColumnTarget.item("A2"), m.targetOf("group_access/a2_tiennghi").orElseThrow());
        assertEquals(ColumnTarget.item("A2"), m.targetOf("a2_tiennghi").orElseThrow());
        assertEquals(ColumnTarget.UNIT, m.targetOf("group_intro/don_vi").orElseThrow());
        assertEquals(ColumnTarget.IGNORE, m.targetOf("caithien/thu_tuc").orElseThrow());
        assertEquals(ColumnTarget.attribute("caithien_other"), m.targetOf("caithien_other").orElseThrow());
        assertEquals(ColumnTarget.attribute("tong"), m.targetOf("tong").orElseThrow());
    }

    @Test
    void choicesMapThroughLabelsAndTheSipasColumn() {
        Map<String, List<List<String>>> sheets = XlsFormRowsFixture.sheets();
        sheets.get("choices").get(3).add("dont-know"); // binh_thuong, row 4: the sipas column wins over its label
        XlsForm f = XlsForm.of("form.xlsx", sheets);
        List<XlsFormMapping.Value> v = XlsFormMapping.of(f, survey).values();
        assertTrue(v.contains(new XlsFormMapping.Value("B1", "binh_thuong", "dont-know")), v.toString());
        assertTrue(v.contains(new XlsFormMapping.Value("B1", "hai_long", "4")), v.toString());
        assertTrue(v.contains(new XlsFormMapping.Value("unit", "bao_yen", "Bảo Yên")), v.toString());
    }

    @Test
    void unitQuestionNamedSoWithoutSipasCellStillReadsChoiceNamesAsUnits() {
        Map<String, List<List<String>>> sheets = XlsFormRowsFixture.sheets();
        sheets.get("survey").get(5).set(6, ""); // don_vi, row 6: no sipas cell
        XlsFormMapping m = XlsFormMapping.of(XlsForm.of("form.xlsx", sheets), survey);
        assertTrue(m.mapping().targetOf("group_intro/don_vi").isEmpty());
        assertTrue(m.values().contains(new XlsFormMapping.Value("unit", "bat_xat", "Bát Xát")), m.values().toString());
    }

    @Test
    void choiceThatMapsToNoCodeIsAnErrorNamingListChoiceAndRow() {
        Map<String, List<List<String>>> sheets = XlsFormRowsFixture.sheets();
        sheets.get("choices").get(5).set(2, "Tuyệt vời"); // rat_hai_long, row 6
        sheets.get("choices").get(5).set(3, "Great");
        sheets.get("choices").get(5).set(1, "tuyet_voi");
        XlsForm f = XlsForm.of("form.xlsx", sheets);
        InputException e = assertThrows(InputException.class, () -> XlsFormMapping.of(f, survey));
        assertTrue(e.getMessage().startsWith("form.xlsx!choices row 6, column name, value 'tuyet_voi': list "
                + "'hailong', choice 'tuyet_voi' (label 'Tuyệt vời') maps to no code of scale 'hailong'"),
                e.getMessage());
    }

    @Test
    void labelsThatReadAsTwoCodesAreAnError() {
        Map<String, List<List<String>>> sheets = XlsFormRowsFixture.sheets();
        sheets.get("choices").get(4).set(3, "Very satisfied"); // hai_long: 'Hài lòng' is 4, 'Very satisfied' 5
        XlsForm f = XlsForm.of("form.xlsx", sheets);
        InputException e = assertThrows(InputException.class, () -> XlsFormMapping.of(f, survey));
        assertTrue(e.getMessage().contains("its labels read as two codes"), e.getMessage());
    }

    @Test
    void sipasCellNamingAnUnknownItemIsAnError() {
        Map<String, List<List<String>>> sheets = XlsFormRowsFixture.sheets();
        sheets.get("survey").get(13).set(6, "A9"); // a2_tiennghi, row 14
        XlsForm f = XlsForm.of("form.xlsx", sheets);
        InputException e = assertThrows(InputException.class, () -> XlsFormMapping.of(f, survey));
        assertTrue(e.getMessage().startsWith("form.xlsx!survey row 14, column sipas, value 'A9'"), e.getMessage());
    }
}
