package io.github.sipas.scoring.format;

/**
 * The labels of {@link ScoreXlsx}'s workbook in Vietnamese and English. The ranking's headings are those of the
 * HTML report's ranking table (io.github.sipas.scoring.report.HtmlReportText), so that a workbook and a report
 * published together name their columns alike.
 */
enum XlsxText {
    RANKING_SHEET("Xếp hạng", "Ranking"),
    ELEMENTS_SHEET("Chỉ số thành phần", "Elements"),
    CRITERIA_SHEET("Tiêu chí", "Criteria"),
    METHOD_SHEET("Phương pháp", "Method"),
    RANK("Hạng", "Rank"),
    UNIT("Đơn vị", "Unit"),
    UNIT_ID("Mã đơn vị", "Unit id"),
    FORMS("Số phiếu", "Forms"),
    INDEX("Chỉ số (%)", "Index (%)"),
    SE("Sai số chuẩn", "Standard error"),
    LOWER("Cận dưới {level}", "{level} lower"),
    UPPER("Cận trên {level}", "{level} upper"),
    PREVIOUS_RANK("Hạng kỳ trước", "Previous rank"),
    CHANGE("Thay đổi hạng", "Change of rank"),
    TIER("Nhóm", "Tier"),
    RANK_SET_LOWER("Hạng có thể từ", "Rank set from"),
    RANK_SET_UPPER("Hạng có thể đến", "Rank set to"),
    CHANGE_LOWER("Thay đổi hạng từ", "Change of rank from"),
    CHANGE_UPPER("Thay đổi hạng đến", "Change of rank to"),
    INDEX_CHANGE("Thay đổi chỉ số", "Change of index"),
    INDEX_CHANGE_P("p (thay đổi chỉ số)", "p (change of index)"),
    FH("Ước lượng Fay–Herriot", "Fay–Herriot estimate"),
    FH_RMSE("RMSE Fay–Herriot", "Fay–Herriot RMSE"),
    NOTES("Ghi chú", "Notes"),
    FLAG_FEW("ít hơn {n} phiếu", "fewer than {n} forms"),
    NOT_RANKED_UNDEFINED("không xếp hạng: chỉ số chung không xác định", "not ranked: the overall index is undefined"),
    NOT_RANKED_FEW("không xếp hạng: ít hơn {n} phiếu", "not ranked: fewer than {n} forms"),
    SUPPRESSED_SMALL("không công bố (n < {k})", "suppressed (n < {k})"),
    SUPPRESSED_COMPLEMENTARY("không công bố (ẩn bổ sung)", "suppressed (complementary)"),
    TIER_HIGH("Cao", "High"),
    TIER_HIGH_AVERAGE("Trung bình cao", "High average"),
    TIER_LOW_AVERAGE("Trung bình thấp", "Low average"),
    TIER_LOW("Thấp", "Low"),
    ITEM("Mục", "Item"),
    VALUE("Giá trị", "Value"),
    SURVEY("Bộ câu hỏi", "Survey"),
    ROWS_READ("Số phiếu đã đọc", "Forms read"),
    ACCEPTED("Số phiếu hợp lệ (được tính)", "Forms accepted (scored)"),
    REJECTED("Số phiếu bị loại", "Forms rejected"),
    UNITS("Số đơn vị", "Units"),
    RANKED("Số đơn vị được xếp hạng", "Units ranked"),
    SUPPRESSED_UNITS("Số đơn vị không công bố số liệu", "Units suppressed"),
    LEVEL("Mức tin cậy", "Confidence level"),
    REVERSED("Tiêu chí đảo chiều (tính theo mã đối xứng)", "Reverse-keyed criteria (scored on mirrored codes)"),
    INTERVAL_METHOD("Phương pháp khoảng tin cậy (tiêu chí)", "Interval method (criteria)"),
    AGGREGATION("Cách tính chỉ số chung", "Overall index"),
    RANKING_METHOD("Cách xếp hạng khi bằng điểm", "Ties in the ranking"),
    RELIABILITY("Ngưỡng số phiếu tin cậy", "Reliability threshold (forms)"),
    EXCLUDE_UNRELIABLE("Không xếp hạng đơn vị dưới ngưỡng", "Units below the threshold not ranked"),
    TIER_CUTS("Ngưỡng nhóm (Q1; Q2; Q3)", "Tier cuts (Q1; Q2; Q3)"),
    MIN_CELL("Ngưỡng công bố (số phiếu tối thiểu)", "Publication threshold (fewest forms)"),
    RANK_SETS("Tập hạng: số lần mô phỏng; hạt giống", "Rank sets: draws; seed"),
    FAY_HERRIOT("Fay–Herriot: thang", "Fay–Herriot: scale"),
    YES("có", "yes"),
    NO("không", "no"),
    ROUNDING("Chỉ số ở trang Xếp hạng là chỉ số làm tròn nửa lên đến hai chữ số thập phân, như khi xếp hạng; các số "
            + "khác giữ đủ độ chính xác và hiển thị hai chữ số thập phân.",
            "The index of the Ranking sheet is rounded half-up to two decimals, as ranked; the other figures keep "
            + "their full precision and show two decimals."),
    SOFTWARE("Tính bằng thư viện sipas.", "Computed with the sipas library."),
    KEY("Chú giải mã", "Key to the ids");

    private final String vi;
    private final String en;

    XlsxText(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The text in a language, {@code "vi"} or {@code "en"}, with its {@code {name}} placeholders filled. */
    String in(String language, Object... pairs) {
        String s = "en".equals(language) ? en : vi;
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            s = s.replace("{" + pairs[i] + "}", String.valueOf(pairs[i + 1]));
        }
        return s;
    }
}
