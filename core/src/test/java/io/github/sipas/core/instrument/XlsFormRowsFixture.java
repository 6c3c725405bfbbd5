package io.github.sipas.core.instrument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small Kobo form for SIPAS, as the rows of its sheets: modelled on a KoboToolbox form a district might build
 * (labels in Vietnamese and English, a group per element, meta rows, a calculate and a note), with two elements of
 * the bundled sipas-2017 instrument's criteria (A1, A2; B1, B2) and its overall question Q0.
 */
public final class XlsFormRowsFixture {

    private XlsFormRowsFixture() {
    }

    public static List<String> row(String... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    public static List<List<String>> survey() {
        List<List<String>> s = new ArrayList<>();
        s.add(row("type", "name", "label::Vietnamese (vi)", "label::English (en)", "required", "relevant", "sipas"));
        s.add(row("start", "start"));
        s.add(row("end", "end"));
        s.add(row("deviceid", "deviceid"));
        s.add(row("begin_group", "group_intro", "Thông tin chung", "General"));
        s.add(row("select_one donvi", "don_vi", "Đơn vị", "Unit", "true", "", "unit"));
        s.add(row("select_one gioitinh", "gioi_tinh", "Giới tính", "Sex"));
        s.add(row("integer", "tuoi", "Tuổi", "Age"));
        s.add(row("date", "ngay", "Ngày", "Date"));
        s.add(row("end_group", ""));
        s.add(row("note", "gioi_thieu", "Xin ông/bà cho biết mức độ hài lòng", "Please rate"));
        s.add(row("begin group", "group_access", "Tiếp cận dịch vụ", "Access to services"));
        s.add(row("select_one hailong", "a1", "Nơi ngồi chờ có đủ chỗ ngồi", "Enough seats", "true"));
        s.add(row("select_one hailong", "a2_tiennghi", "Trang thiết bị đầy đủ", "Equipment", "true", "", "A2"));
        s.add(row("end group"));
        s.add(row("begin_group", "group_procedure", "Thủ tục hành chính", "Procedures"));
        s.add(row("select_one hailong", "B1", "Thủ tục được niêm yết", "Procedures posted", "true",
                "${a1} != ''"));
        s.add(row("select_one hailong", "B2", "Thành phần hồ sơ đúng quy định", "Documents as required"));
        s.add(row("end_group"));
        s.add(row("select_one hailong", "Q0", "Nhìn chung, ông/bà hài lòng với dịch vụ?", "Overall satisfaction"));
        s.add(row("select_multiple caithien or_other", "caithien", "Cần cải thiện", "To improve"));
        s.add(row("text", "gop_y", "Góp ý", "Comments"));
        s.add(row("calculate", "tong", "", "", "", "", ""));
        return s;
    }

    public static List<List<String>> choices() {
        List<List<String>> c = new ArrayList<>();
        c.add(row("list_name", "name", "label::Vietnamese (vi)", "label::English (en)", "sipas"));
        c.add(row("hailong", "rat_khong_hai_long", "Rất không hài lòng", "Very dissatisfied"));
        c.add(row("hailong", "khong_hai_long", "Không hài lòng", "Dissatisfied"));
        c.add(row("hailong", "binh_thuong", "Bình thường", "Neutral"));
        c.add(row("hailong", "hai_long", "Hài lòng", "Satisfied"));
        c.add(row("hailong", "rat_hai_long", "Rất hài lòng", "Very satisfied"));
        c.add(row("hailong", "khong_biet", "Không biết", "Don't know"));
        c.add(row("donvi", "bat_xat", "Bát Xát", "Bat Xat"));
        c.add(row("donvi", "bao_yen", "Bảo Yên", "Bao Yen"));
        c.add(row("gioitinh", "nam", "Nam", "Male"));
        c.add(row("gioitinh", "nu", "Nữ", "Female"));
        c.add(row("caithien", "tiep_can", "Tiếp cận dịch vụ", "Access"));
        c.add(row("caithien", "thu_tuc", "Thủ tục", "Procedures"));
        return c;
    }

    public static List<List<String>> settings() {
        List<List<String>> s = new ArrayList<>();
        s.add(row("form_title", "form_id", "version", "default_language"));
        s.add(row("Khảo sát SIPAS Lào Cai", "sipas_laocai", "2024", "Vietnamese (vi)"));
        return s;
    }

    public static Map<String, List<List<String>>> sheets() {
        Map<String, List<List<String>>> m = new LinkedHashMap<>();
        m.put("survey", survey());
        m.put("choices", choices());
        m.put("settings", settings());
        return m;
    }

    /** The committed workbook of these rows, written by {@link #write}. */
    public static final java.nio.file.Path WORKBOOK = java.nio.file.Path.of("src/test/resources/fixtures/xlsform/"
            + "sipas-kobo-form.xlsx");

    /**
     * Writes the sheets as an xlsx workbook, as Kobo's form builder downloads it (text cells only). The committed
     * {@link #WORKBOOK} is made by running this with {@code -Dsipas.fixture.update=true} (see XlsFormWorkbookTest).
     */
    public static void write(Map<String, List<List<String>>> sheets, java.nio.file.Path file) throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            sheets.forEach((name, rows) -> {
                org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        String v = rows.get(r).get(c);
                        if (!v.isEmpty()) {
                            row.createCell(c).setCellValue(v);
                        }
                    }
                }
            });
            book.write(out);
        }
    }

    public static XlsForm form() {
        return XlsForm.of("form.xlsx", sheets());
    }
}
