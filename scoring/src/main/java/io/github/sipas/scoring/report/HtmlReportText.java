package io.github.sipas.scoring.report;

import io.github.sipas.core.Confidence;
import io.github.sipas.core.Element;
import io.github.sipas.core.Item;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.estimate.Reliability;
import io.github.sipas.core.Survey;
import io.github.sipas.scoring.rank.Tier;
import io.github.sipas.core.Unit;

/**
 * Every label of the {@link HtmlReport}, in Vietnamese and English: a two-column table of strings. Placeholders are
 * written {@code {name}} and filled by {@link #fill(String, Object...)}; the texts are plain text, escaped when inserted.
 */
enum HtmlReportText {
    DOC_TITLE("Báo cáo chỉ số hài lòng về sự phục vụ hành chính", "Satisfaction index report"),
    CONTENTS("Nội dung", "Contents"),
    SUMMARY("Tóm tắt", "Summary"),
    SURVEY("Bộ câu hỏi", "Survey"),
    SOURCES("Tệp dữ liệu", "Data files"),
    ROWS_READ("Số phiếu đã đọc", "Forms read"),
    ACCEPTED("Số phiếu hợp lệ (được tính)", "Forms accepted (scored)"),
    REJECTED("Số phiếu bị loại", "Forms rejected"),
    UNITS("Số đơn vị", "Units"),
    UNITS_VALUE("{units} ({ranked} được xếp hạng, {unranked} không xếp hạng)",
            "{units} ({ranked} ranked, {unranked} not ranked)"),
    UNITS_VALUE_SUPPRESSED("{units} ({ranked} được xếp hạng, {unranked} không xếp hạng, trong đó {suppressed} không "
            + "công bố số liệu)", "{units} ({ranked} ranked, {unranked} not ranked, of which {suppressed} suppressed)"),
    DISCLOSURE("Ngưỡng công bố", "Publication threshold"),
    DISCLOSURE_VALUE("không công bố số liệu của đơn vị hoặc nhóm có ít hơn {k} phiếu; {n} không công bố",
            "the figures of units or groups with fewer than {k} forms are suppressed; {n} suppressed"),
    DISCLOSURE_NONE("không áp dụng: số liệu của mọi đơn vị đều được công bố",
            "none: the figures of every unit are published"),
    LEVEL("Mức tin cậy", "Confidence level"),
    INTERVAL_METHOD("Phương pháp khoảng tin cậy", "Interval method"),
    INTERVAL_METHOD_VALUE("{method} cho từng tiêu chí; {composite} cho chỉ số thành phần và chỉ số chung",
            "{method} for criteria; {composite} for elements and the overall index"),
    AGGREGATION("Cách tính chỉ số chung", "Overall index"),
    AGG_MEAN_OF_ELEMENTS("trung bình các chỉ số thành phần", "mean of the element indices"),
    AGG_MEAN_OF_ITEMS("trung bình chỉ số các tiêu chí", "mean of the criteria's indices"),
    AGG_MEAN_OF_DOMAINS("trung bình các lĩnh vực", "mean of the domains"),
    AGG_WEIGHTED_ELEMENTS("trung bình có trọng số các chỉ số thành phần", "weighted mean of the element indices"),
    MEAN_OF_UNITS("Trung bình các đơn vị", "Mean of units"),
    MEAN_OF_GROUPS("Trung bình các nhóm", "Mean of groups"),
    MEAN_OF_UNITS_NOTE("trung bình cộng chỉ số các đơn vị, không phải chỉ số của tỉnh",
            "unweighted mean of the units' indices, not the province's index"),
    HIGHEST("Cao nhất", "Highest"),
    LOWEST("Thấp nhất", "Lowest"),
    NO_UNITS("Không có đơn vị nào.", "There are no units."),

    RANKING("Xếp hạng", "Ranking"),
    RANKING_CAPTION("Bảng 1. Xếp hạng các đơn vị theo chỉ số chung (làm tròn hai chữ số thập phân).",
            "Table 1. Units ranked by their overall index (rounded to two decimals)."),
    RANKING_CAPTION_GROUPS("Bảng 1. Xếp hạng các nhóm theo chỉ số chung (làm tròn hai chữ số thập phân).",
            "Table 1. Groups ranked by their overall index (rounded to two decimals)."),
    RANK("Hạng", "Rank"),
    UNIT("Đơn vị", "Unit"),
    RESPONDENTS("Số phiếu", "Forms"),
    INDEX("Chỉ số (%)", "Index (%)"),
    INTERVAL("Khoảng tin cậy {level}", "{level} interval"),
    CHANGE("Thay đổi hạng", "Change of rank"),
    TIER("Nhóm", "Tier"),
    FLAGS("Ghi chú", "Notes"),
    NEW("mới", "new"),
    CHANGE_NOTE("▲ tăng hạng, ▼ giảm hạng, = giữ nguyên hạng so với kỳ trước (hạng kỳ trước trừ hạng kỳ này); "
            + "“mới”: không được xếp hạng ở kỳ trước.",
            "▲ climbed, ▼ fell, = same rank as in the previous period (previous rank minus current rank); "
            + "“new”: not ranked in the previous period."),
    NO_PREVIOUS("Không có số liệu kỳ trước nên không có thay đổi hạng.",
            "No previous period was given, so there is no change of rank."),
    TIER_HIGH("Cao", "High"),
    TIER_HIGH_AVERAGE("Trung bình cao", "High average"),
    TIER_LOW_AVERAGE("Trung bình thấp", "Low average"),
    TIER_LOW("Thấp", "Low"),
    FLAG_FEW("ít hơn {n} phiếu", "fewer than {n} forms"),
    NOT_RANKED_UNDEFINED("không xếp hạng: chỉ số chung không xác định", "not ranked: the overall index is undefined"),
    NOT_RANKED_FEW("không xếp hạng: ít hơn {n} phiếu", "not ranked: fewer than {n} forms"),
    NOT_RANKED_SUPPRESSED("không xếp hạng: không công bố số liệu", "not ranked: suppressed"),
    SUPPRESSED_SMALL("không công bố (n < {k})", "suppressed (n < {k})"),
    SUPPRESSED_COMPLEMENTARY("không công bố (ẩn bổ sung)", "suppressed (complementary)"),
    SUPPRESSED_NOTE("“Không công bố (n < {k})”: đơn vị hoặc nhóm có ít hơn {k} phiếu không được công bố số liệu, để bảo "
            + "vệ người trả lời; “ẩn bổ sung”: không công bố để số liệu của một ô nhỏ không thể suy ra bằng cách lấy "
            + "tổng trừ đi các ô khác. Số phiếu vẫn được ghi. Các đơn vị này không được xếp hạng, không chiếm hạng, "
            + "không có trong các hình và không được tính vào trung bình các đơn vị.",
            "“Suppressed (n < {k})”: the figures of units or groups with fewer than {k} forms are not published, to "
            + "protect the respondents; “complementary”: suppressed so that a small cell's figures cannot be worked "
            + "out by subtracting the other cells from a total. The number of forms is still shown. These units are "
            + "not ranked, take up no rank, and are left out of the charts and of the mean of units."),
    CHART_LEFT_OUT("Không gồm {n} đơn vị không công bố số liệu (ít hơn {k} phiếu, hoặc ẩn bổ sung): {units}.",
            "Leaves out {n} suppressed units (fewer than {k} forms, or complementary): {units}."),
    FORMS_COUNT("{n} phiếu", "{n} forms"),
    WITHHELD("[không công bố]", "[withheld]"),
    WITHHELD_MESSAGE("Nhóm theo cột {column}, là thông tin cá nhân, nên không công bố chi tiết.",
            "Grouped by {column}, a personal field, so the details are not published."),
    UNDEFINED("không xác định", "undefined"),
    UNDEFINED_NOTE("“–”: không xác định (không có câu trả lời hợp lệ, hoặc quá ít phiếu để tính).",
            "“–”: undefined (no valid answer, or too few forms to compute it)."),

    INDEX_SECTION("Chỉ số theo đơn vị", "Index by unit"),
    CHART_INDEX_TITLE("Chỉ số hài lòng của từng đơn vị với khoảng tin cậy {level}",
            "Satisfaction index of every unit with its {level} interval"),
    CHART_INDEX_DESC("{count} đơn vị theo thứ tự xếp hạng. Cao nhất: {top} ({topValue}); thấp nhất: {bottom} "
            + "({bottomValue}); trung bình các đơn vị: {mean}.",
            "{count} units in ranking order. Highest: {top} ({topValue}); lowest: {bottom} ({bottomValue}); "
            + "mean of units: {mean}."),
    CHART_INDEX_CAPTION("Hình 1. Chỉ số chung của từng đơn vị theo thứ tự xếp hạng: chấm là chỉ số, vạch ngang là "
            + "khoảng tin cậy {level}, màu là nhóm, đường đứt nét là trung bình các đơn vị ({mean}; không phải chỉ số "
            + "của tỉnh). Số liệu ở Bảng 1.",
            "Figure 1. Overall index of every unit in ranking order: the dot is the index, the bar its {level} "
            + "interval, its colour the tier, the dashed line the mean of units ({mean}; not the province's index). "
            + "The figures are in Table 1."),
    AXIS_INDEX("Chỉ số (%)", "Index (%)"),

    ELEMENTS_SECTION("Chỉ số thành phần", "Element indices"),
    CHART_HEATMAP_TITLE("Bản đồ nhiệt chỉ số thành phần theo đơn vị", "Heat map of element indices by unit"),
    CHART_HEATMAP_DESC("Hàng: {units} đơn vị theo thứ tự xếp hạng và trung bình các đơn vị; cột: {elements} thành "
            + "phần và chỉ số chung. Màu đậm hơn là chỉ số cao hơn, thang màu từ {low} đến {high}.",
            "Rows: {units} units in ranking order and the mean of units; columns: {elements} elements and the "
            + "overall index. Darker is higher, on a colour scale from {low} to {high}."),
    CHART_HEATMAP_CAPTION("Hình 2. Chỉ số thành phần (%) của từng đơn vị; số ghi trong ô, màu theo thang ở "
            + "dưới. Số liệu ở Bảng 2.",
            "Figure 2. Element indices (%) of every unit; values are written in the cells, coloured on the scale "
            + "below. The figures are in Table 2."),
    ELEMENTS_CAPTION("Bảng 2. Chỉ số thành phần (%) theo đơn vị.", "Table 2. Element indices (%) by unit."),
    ELEMENT("Thành phần", "Element"),
    OVERALL("Chung", "Overall"),
    LEGEND_SCALE("Thang màu (%)", "Colour scale (%)"),

    UNITS_SECTION("Từng đơn vị: các tiêu chí so với trung bình các đơn vị",
            "Each unit: its criteria against the mean of units"),
    UNITS_INTRO("Với mỗi đơn vị: thanh là chỉ số của tiêu chí, vạch đen là trung bình các đơn vị cho tiêu chí đó. "
            + "Nội dung các tiêu chí ở phần Phân bố câu trả lời.",
            "For each unit: the bar is the criterion's index, the black mark the mean of units for that criterion. "
            + "The wording of the criteria is in the Distribution of answers."),
    GROUPS_SECTION("Từng nhóm: các tiêu chí so với trung bình các nhóm",
            "Each group: its criteria against the mean of groups"),
    GROUPS_INTRO("Với mỗi nhóm: thanh là chỉ số của tiêu chí, vạch đen là trung bình các nhóm cho tiêu chí đó. "
            + "Nội dung các tiêu chí ở phần Phân bố câu trả lời.",
            "For each group: the bar is the criterion's index, the black mark the mean of groups for that criterion. "
            + "The wording of the criteria is in the Distribution of answers."),
    UNIT_HEAD("Hạng {rank} · chỉ số {index} [{lower}; {upper}] · {n} phiếu",
            "Rank {rank} · index {index} [{lower}, {upper}] · {n} forms"),
    CHART_UNIT_TITLE("Chỉ số các tiêu chí của {unit} so với trung bình các đơn vị",
            "Criteria indices of {unit} against the mean of units"),
    CHART_GROUP_TITLE("Chỉ số các tiêu chí của {unit} so với trung bình các nhóm",
            "Criteria indices of {unit} against the mean of groups"),
    CHART_UNIT_DESC("Thấp hơn trung bình nhiều nhất: {weak}. Cao hơn trung bình nhiều nhất: {strong}.",
            "Furthest below the mean: {weak}. Furthest above the mean: {strong}."),
    CHART_UNIT_CAPTION("Hình 3.{n}. {unit}: chỉ số các tiêu chí (thanh) và trung bình các đơn vị (vạch). "
            + "Thấp hơn trung bình nhiều nhất: {weak}.",
            "Figure 3.{n}. {unit}: criteria indices (bars) and the mean of units (marks). Furthest below the "
            + "mean: {weak}."),
    CHART_GROUP_CAPTION("Hình 3.{n}. {unit}: chỉ số các tiêu chí (thanh) và trung bình các nhóm (vạch). "
            + "Thấp hơn trung bình nhiều nhất: {weak}.",
            "Figure 3.{n}. {unit}: criteria indices (bars) and the mean of groups (marks). Furthest below the "
            + "mean: {weak}."),
    NONE("không có", "none"),
    CRITERION("Tiêu chí", "Criterion"),
    DIFFERENCE("Chênh lệch", "Difference"),

    DISTRIBUTION_SECTION("Phân bố câu trả lời", "Distribution of answers"),
    DISTRIBUTION_INTRO("Tỷ lệ mỗi mức trả lời trên số câu trả lời hợp lệ, gộp mọi đơn vị, có trọng số (khi dữ liệu có "
            + "trọng số). Câu trả lời “không biết/không áp dụng” và câu bỏ trống được ghi riêng bên phải thanh (số "
            + "phiếu, không trọng số), không tính vào tỷ lệ.",
            "Share of each answer among the valid answers, all units together, weighted (when the data have weights). "
            + "“Don't know / not applicable” and blank answers are shown apart to the right of the bar (counts, "
            + "unweighted) and kept out of the shares."),
    CHART_DIST_TITLE("Phân bố câu trả lời, thành phần {element}", "Distribution of answers, element {element}"),
    CHART_DIST_DESC("Thanh xếp chồng 100 % cho {count} tiêu chí; tỷ lệ hài lòng (mức {satisfied}) cao nhất ở "
            + "{top}, thấp nhất ở {bottom}.",
            "100 % stacked bars for {count} criteria; the satisfied share (points {satisfied}) is highest for {top} "
            + "and lowest for {bottom}."),
    CHART_DIST_CAPTION("Hình 4.{n}. Phân bố câu trả lời các tiêu chí của thành phần {element}. Số liệu ở Bảng 4.{n}.",
            "Figure 4.{n}. Distribution of answers to the criteria of element {element}. The figures are in "
            + "Table 4.{n}."),
    DIST_TABLE_CAPTION("Bảng 4.{n}. Phân bố câu trả lời (%), thành phần {element}.",
            "Table 4.{n}. Distribution of answers (%), element {element}."),
    VALID("Hợp lệ", "Valid"),
    DONT_KNOW("Không biết", "Don't know"),
    DONT_KNOW_SHORT("KB", "DK"),
    UNANSWERED("Bỏ trống", "Blank"),
    UNANSWERED_SHORT("BT", "BL"),

    OPTIONS_SECTION("Nhận định và mong đợi", "Perceptions and expectations"),
    OPTIONS_INTRO("Tỷ lệ (%, có trọng số) người trả lời chọn mỗi phương án của các câu hỏi không phải tiêu chí, theo "
            + "đơn vị, trên số phiếu đã trả lời câu hỏi (n). Câu trả lời “không biết” và câu bỏ trống không tính vào "
            + "tỷ lệ mà được đếm riêng (KB, BT). Câu hỏi chọn một phương án: thanh xếp chồng 100 %; câu hỏi chọn "
            + "nhiều phương án: một thanh cho mỗi phương án, tổng các tỷ lệ có thể vượt quá 100 %.",
            "Weighted share (%) of the respondents choosing each option of the questions that are not criteria, by "
            + "unit, of the forms that answered the question (n). “Don't know” and blank answers are kept out of the "
            + "shares and counted apart (DK, BL). Single-choice questions: 100 % stacked bars; multi-select "
            + "questions: one bar per option, and the shares may add up to more than 100 %."),
    ROLE_PERCEPTION("Nhận định", "Perception"),
    ROLE_EXPECTATION("Mong đợi", "Expectation"),
    ROLE_IN_GENERAL("Đánh giá chung", "In general"),
    ROLE_DEMOGRAPHIC("Thông tin người trả lời", "Respondent profile"),
    ROLE_CRITERION("Tiêu chí", "Criterion"),
    SINGLE_CHOICE("chọn một phương án", "single choice"),
    MULTIPLE_CHOICE("chọn nhiều phương án", "multi-select"),
    ANSWERED("Số phiếu trả lời (n)", "Forms answered (n)"),
    OPTIONS_KEY("n: số phiếu đã trả lời · KB: không biết · BT: bỏ trống",
            "n: forms answered · DK: don't know · BL: blank"),
    CHART_OPTIONS_TITLE("Tỷ lệ chọn từng phương án theo đơn vị, câu {item}",
            "Share choosing each option by unit, question {item}"),
    CHART_OPTIONS_SINGLE_DESC("Thanh xếp chồng 100 % cho {count} đơn vị, mỗi đoạn là một phương án ({options}). "
            + "Phương án được chọn nhiều nhất (trung bình các đơn vị): {top}.",
            "100 % stacked bars for {count} units, one segment per option ({options}). Most chosen option (mean "
            + "of units): {top}."),
    CHART_OPTIONS_MULTIPLE_DESC("Với {count} đơn vị, một thanh cho mỗi phương án ({options}), là tỷ lệ số phiếu "
            + "đã trả lời có chọn phương án đó; các tỷ lệ không cộng lại thành 100 %. Phương án được chọn nhiều nhất "
            + "(trung bình các đơn vị): {top}.",
            "For {count} units, one bar per option ({options}), the share of the forms that answered choosing it; "
            + "the shares do not add up to 100 %. Most chosen option (mean of units): {top}."),
    CHART_OPTIONS_SINGLE_CAPTION("Hình 5.{n}. {item}: tỷ lệ (%) chọn từng phương án trong số phiếu đã trả lời, theo "
            + "đơn vị; mỗi thanh cộng lại 100 %. Số liệu ở Bảng 5.{n}.",
            "Figure 5.{n}. {item}: share (%) of the forms that answered choosing each option, by unit; each bar adds "
            + "up to 100 %. The figures are in Table 5.{n}."),
    CHART_OPTIONS_MULTIPLE_CAPTION("Hình 5.{n}. {item} (chọn nhiều phương án): tỷ lệ (%) số phiếu đã trả lời có "
            + "chọn từng phương án, theo đơn vị. Một phiếu có thể chọn nhiều phương án nên các tỷ lệ không cộng lại "
            + "thành 100 %. Số liệu ở Bảng 5.{n}.",
            "Figure 5.{n}. {item} (multi-select): share (%) of the forms that answered choosing each option, by "
            + "unit. A form may choose several options, so the shares do not add up to 100 %. The figures are in "
            + "Table 5.{n}."),
    OPTIONS_TABLE_CAPTION("Bảng 5.{n}. {item}: tỷ lệ (%) chọn từng phương án theo đơn vị.",
            "Table 5.{n}. {item}: share (%) choosing each option by unit."),

    RELIABILITY_SECTION("Độ tin cậy của thang đo", "Reliability of the scales"),
    RELIABILITY_CAPTION("Bảng {t}. Hệ số Cronbach's alpha của từng thành phần và của mọi tiêu chí gộp lại theo đơn "
            + "vị, khoảng tin cậy Feldt {level} và số phiếu trả lời đủ mọi tiêu chí của thang (n).",
            "Table {t}. Cronbach's alpha of each element and of all criteria together by unit, its Feldt {level} "
            + "interval and the number of forms answering every criterion of the scale (n)."),
    RELIABILITY_NOTE("Alpha dưới 0,70 được in nghiêng: các tiêu chí của thang ít nhất quán trong đơn vị đó. Alpha "
            + "tính không trọng số, như psych::alpha.",
            "Alpha below 0.70 is in italics: the scale's criteria agree less in that unit. Alpha is unweighted, as "
            + "psych::alpha is."),
    ALL_CRITERIA("Mọi tiêu chí", "All criteria"),
    NEGATIVE_ITEM("Tiêu chí {item} tương quan âm với các tiêu chí còn lại {scale} (r = {r} trên {n} phiếu "
            + "của các đơn vị gộp lại, trừ các đơn vị bị ẩn); có phải câu hỏi đảo chiều (\"reverse\": true)?",
            "Item {item} correlates negatively with the rest {scale} (r = {r} over {n} forms of the units pooled, "
            + "suppressed units left out); is it reverse-keyed (\"reverse\": true)?"),
    NEGATIVE_REVERSED_ITEM("Tiêu chí {item} đã được đảo chiều nhưng vẫn tương quan âm với các tiêu chí còn lại {scale} "
            + "(r = {r} trên {n} phiếu của các đơn vị gộp lại, trừ các đơn vị bị ẩn); khóa đảo chiều có đúng "
            + "không?",
            "Item {item} is reverse-keyed and still correlates negatively with the rest {scale} (r = {r} over {n} "
            + "forms of the units pooled, suppressed units left out); is its key right?"),
    NEGATIVE_ELEMENT("của thành phần {element}", "of element {element}"),
    NEGATIVE_ALL("trong toàn bộ thang đo", "of all criteria"),

    QUALITY_SECTION("Chất lượng dữ liệu", "Data quality"),
    QUALITY_CAPTION("Bảng {t}. Các phát hiện của kiểm tra chất lượng dữ liệu. Kiểm tra chỉ đánh dấu, không xoá phiếu "
            + "nào; nên phúc tra các phiếu ở những dòng được nêu.",
            "Table {t}. Findings of the data-quality checks. Checks flag; they never delete a form; the forms on the "
            + "lines given are the ones to back-check."),
    QUALITY_PUBLISHED_ONLY("Không nêu phát hiện nào về đơn vị hoặc nhóm bị ẩn (ít hơn {k} phiếu hoặc ẩn bổ sung); các "
            + "phát hiện trên toàn bộ đơn vị chỉ tính các đơn vị được công bố.",
            "No finding about a suppressed unit or group (fewer than {k} forms, or complementary) is shown; the "
            + "findings over all units count the published units only."),
    QUALITY_NOT_RUN("Báo cáo này không chạy kiểm tra chất lượng dữ liệu.",
            "The data-quality checks were not run for this report."),
    QUALITY_NONE("Các kiểm tra chất lượng dữ liệu không phát hiện vấn đề nào.", "The data-quality checks found nothing."),
    CHECK("Kiểm tra", "Check"),
    ITEM("Câu hỏi", "Item"),
    GROUP("Điều tra viên / đợt", "Interviewer / batch"),
    COUNT("Số phiếu", "Forms"),
    LINES("Dòng", "Lines"),
    MESSAGE("Mô tả", "What was seen"),
    MORE_LINES("và {n} dòng khác", "and {n} more"),

    RANKSETS_SECTION("Tập hạng tin cậy", "Rank sets"),
    RANK_SET("Tập hạng {level}", "{level} rank set"),
    FAY_HERRIOT("Ước lượng Fay–Herriot (RMSE)", "Fay–Herriot estimate (RMSE)"),
    RANK_CHANGE_SET("Khoảng thay đổi hạng", "Range of the change of rank"),
    INDEX_CHANGE("Thay đổi chỉ số [khoảng tin cậy {level}]", "Change of index [{level} interval]"),
    P_VALUE("p", "p"),
    RS_SIMULTANEOUS("đồng thời", "simultaneous"),
    RS_MARGINAL("riêng từng đơn vị", "marginal"),
    RS_TWO_SIDED("hai phía", "two-sided"),
    RS_LOWER("một phía, chỉ giới hạn hạng cao nhất có thể", "one-sided, the best rank only"),
    RS_UPPER("một phía, chỉ giới hạn hạng thấp nhất có thể", "one-sided, the worst rank only"),
    RS_JOINT("tất cả các đơn vị cùng lúc nằm trong tập hạng của mình với độ tin cậy {level}",
            "all units' true ranks lie in their sets together with {level} confidence"),
    RS_EACH("mỗi tập hạng chứa hạng thật của đơn vị đó với độ tin cậy {level}, nhưng các tập không được đọc cùng "
            + "nhau", "each set holds its own unit's true rank with {level} confidence, but the sets are not to be "
            + "read together"),
    RANK_SETS("Tập hạng", "Rank sets"),
    RANK_SETS_VALUE("{kind}, {level}, {draws} lần rút bootstrap, hạt giống {seed}",
            "{kind}, {level}, {draws} bootstrap draws, seed {seed}"),
    RANK_SET_NOTE("Tập hạng {level} ({kind}): các hạng mà đơn vị có thể thực sự có; “2–4”: từ hạng 2 đến hạng 4; "
            + "{joint}. Tính trên chỉ số chưa làm tròn.",
            "{level} rank set ({kind}): the ranks the unit may truly hold; “2–4”: second to fourth; {joint}. "
            + "Computed on the unrounded indices."),
    CHANGE_SET_NOTE("Khoảng thay đổi hạng: các mức thay đổi hạng (hạng kỳ trước trừ hạng kỳ này) phù hợp với số liệu "
            + "của cả hai kỳ, theo tập hạng đồng thời hai phía {level} của hai kỳ tính cùng lúc. Thay đổi chỉ số: chỉ "
            + "số kỳ này trừ kỳ trước, với khoảng tin cậy {level} (hai mẫu độc lập); tô màu khi khoảng không chứa 0; "
            + "p: kiểm định hai phía giả thuyết chỉ số không thay đổi.",
            "Range of the change of rank: the changes of rank (previous rank minus current rank) consistent with "
            + "both periods' data, from {level} simultaneous two-sided rank sets of the two periods together. Change "
            + "of index: current minus previous index, with its {level} interval (independent samples); coloured "
            + "when the interval excludes 0; p: two-sided test of no change."),
    FAY_HERRIOT_NOTE("Ước lượng Fay–Herriot: ước lượng thực nghiệm Bayes (thang {scale}) vay mượn thông tin từ các "
            + "đơn vị khác, kèm căn sai số bình phương trung bình (RMSE); chỉ để tham khảo bên cạnh chỉ số trực tiếp, "
            + "là chỉ số được công bố và dùng để xếp hạng.",
            "Fay–Herriot estimate: an empirical-Bayes estimate ({scale} scale) that borrows strength from the "
            + "other units, with its root mean squared error (RMSE); shown beside the direct index, which stays the "
            + "published one and the one ranked."),
    FAY_HERRIOT_NONE("Mô hình Fay–Herriot không hội tụ nên không có ước lượng nào; chỉ số trực tiếp không đổi.",
            "The Fay–Herriot model did not converge, so there is no estimate; the direct indices stand."),
    RANKSETS_INTRO("Hạng của một đơn vị dựa trên chỉ số ước lượng từ mẫu nên không chắc chắn. Tập hạng {level} "
            + "({kind}) là các hạng mà đơn vị có thể thực sự có: {joint}. Các đơn vị có tập hạng chồng lên nhau chưa "
            + "được phân biệt chắc chắn về thứ hạng.",
            "A unit's rank rests on an index estimated from a sample, and so is uncertain. Its {level} rank set "
            + "({kind}) is the ranks it may truly hold: {joint}. Units whose sets overlap cannot be told apart with "
            + "confidence."),
    TIED_LEADER("Ngang nhau về mặt thống kê với đơn vị dẫn đầu ({anchor}): {units}.",
            "Statistically tied with the leader ({anchor}): {units}."),
    TIED_LAGGARD("Ngang nhau về mặt thống kê với đơn vị cuối bảng ({anchor}): {units}.",
            "Statistically tied with the laggard ({anchor}): {units}."),
    TIED_LEADER_LABEL("Ngang nhau với đơn vị dẫn đầu", "Tied with the leader"),
    TIED_LAGGARD_LABEL("Ngang nhau với đơn vị cuối bảng", "Tied with the laggard"),
    MAY_BE_FIRST("Có thể đứng đầu (độ tin cậy {level}): {units}.", "May be first ({level} confidence): {units}."),
    MAY_BE_LAST("Có thể đứng cuối (độ tin cậy {level}): {units}.", "May be last ({level} confidence): {units}."),
    NO_RANK_SET("Không có tập hạng: {units} (không được xếp hạng, hoặc sai số chuẩn không xác định).",
            "No rank set: {units} (not ranked, or the standard error is undefined)."),
    CHART_RANKSETS_TITLE("Tập hạng {level} của từng đơn vị", "{level} rank set of every unit"),
    CHART_RANKSETS_DESC("{count} đơn vị theo thứ tự xếp hạng, trên trục hạng từ 1 đến {p}; mỗi thanh trải trên tập "
            + "hạng của một đơn vị, chấm là hạng của đơn vị. {tied}",
            "{count} units in ranking order, on an axis of ranks from 1 to {p}; each bar spans a unit's rank set "
            + "and the dot marks its rank. {tied}"),
    CHART_RANKSETS_CAPTION("Hình 1b. Tập hạng {level} ({kind}) của từng đơn vị theo thứ tự xếp hạng: thanh trải từ "
            + "hạng cao nhất đến hạng thấp nhất mà đơn vị có thể có, chấm là hạng, màu là nhóm. Số liệu ở Bảng 1.",
            "Figure 1b. {level} rank set ({kind}) of every unit in ranking order: the bar spans the best to the "
            + "worst rank the unit may hold, the dot is its rank, its colour the tier. The figures are in Table 1."),
    AXIS_RANK("Hạng", "Rank"),
    FAY_HERRIOT_SUMMARY("Ước lượng Fay–Herriot", "Fay–Herriot estimates"),
    FAY_HERRIOT_VALUE("thang {scale}, {m} đơn vị trong mô hình, bên cạnh chỉ số trực tiếp",
            "{scale} scale, {m} units in the model, beside the direct index"),

    METHODS_SECTION("Phương pháp", "Methods"),
    M_ITEM("Chỉ số của một tiêu chí là tỷ lệ phần trăm câu trả lời hài lòng (mức {satisfied}) trong số câu trả lời hợp "
            + "lệ (một mức của thang), có trọng số khi dữ liệu có cột trọng số: 100 · Σ w·hài lòng / Σ w·hợp lệ. "
            + "Câu trả lời “không biết/không áp dụng” và câu bỏ trống không tính vào mẫu số và được đếm riêng.",
            "The index of a criterion is the percentage of satisfied answers (points {satisfied}) among the valid "
            + "answers (a point of the scale), weighted when the data carry a weight column: "
            + "100 · Σ w·satisfied / Σ w·valid. “Don't know / not applicable” and blank answers are kept out of the "
            + "denominator and counted apart."),
    M_REVERSED("Các tiêu chí đảo chiều ({items}) được tính theo mã đối xứng (thấp nhất + cao nhất − mã): chỉ số của "
            + "chúng là tỷ lệ câu trả lời có mã đối xứng hài lòng, và trung bình, độ lệch chuẩn, trung vị, hệ số alpha "
            + "dùng mã đối xứng; số lượng và tỷ lệ từng mức vẫn theo mã được chọn.",
            "The reverse-keyed criteria ({items}) are scored on their mirrored codes (lowest + highest − code): their "
            + "index is the share of answers whose mirror is satisfied, and their mean, sd, median and alpha use the "
            + "mirrored codes; the counts and shares of each point stay on the codes ticked."),
    M_ELEMENT("Chỉ số thành phần là trung bình cộng chỉ số các tiêu chí của thành phần có câu trả lời hợp lệ trong "
            + "đơn vị.",
            "The index of an element is the mean of the indices of its criteria that have a valid answer in the "
            + "unit."),
    M_OVERALL_MEAN_OF_ELEMENTS("Chỉ số chung của đơn vị là trung bình cộng các chỉ số thành phần.",
            "The overall index of a unit is the mean of its element indices."),
    M_OVERALL_MEAN_OF_ITEMS("Chỉ số chung của đơn vị là trung bình cộng chỉ số của mọi tiêu chí.",
            "The overall index of a unit is the mean of the indices of all its criteria."),
    M_OVERALL_MEAN_OF_DOMAINS("Chỉ số chung của đơn vị là trung bình các lĩnh vực, mỗi lĩnh vực là trung bình các "
            + "chỉ số thành phần của nó.",
            "The overall index of a unit is the mean of its domains, each the mean of its element indices."),
    M_OVERALL_WEIGHTED_ELEMENTS("Chỉ số chung của đơn vị là trung bình có trọng số các chỉ số thành phần, trọng số "
            + "{weights} (chuẩn hoá để tổng bằng 1).",
            "The overall index of a unit is the weighted mean of its element indices, with weights {weights} "
            + "(normalized to sum to one)."),
    M_OVERALL_UNDEFINED("Khi một thành phần không có câu trả lời hợp lệ nào, chỉ số chung của đơn vị không xác định "
            + "và đơn vị không được xếp hạng.",
            "When an element has no valid answer, the unit's overall index is undefined and the unit is not "
            + "ranked."),
    M_SE("Sai số chuẩn tính bằng tuyến tính hoá Taylor (như svyratio của gói survey trong R): mỗi phiếu i có giá trị "
            + "z_i = Σ_j a_j · w_i · (hài lòng_ij − p_j · hợp lệ_ij) / X_j, với a_j là hệ số của tiêu chí j trong chỉ "
            + "số và X_j = Σ w · hợp lệ; phương sai là n/(n − 1) · Σ (z_i − z̄)², sai số chuẩn là căn bậc hai. Không "
            + "xác định khi đơn vị có ít hơn 2 phiếu.",
            "Standard errors are by Taylor linearization (as svyratio in R's survey package): form i has the value "
            + "z_i = Σ_j a_j · w_i · (satisfied_ij − p_j · valid_ij) / X_j, where a_j is criterion j's coefficient "
            + "in the index and X_j = Σ w · valid; the variance is n/(n − 1) · Σ (z_i − z̄)² and the standard error "
            + "its square root. It is undefined with fewer than 2 forms."),
    M_WILSON("Khoảng tin cậy {level} của tiêu chí: Wilson trên cỡ mẫu hiệu dụng Kish n* = (Σ w)² / Σ w², "
            + "(p + z²/(2n*) ± z·√(p(1 − p)/n* + z²/(4n*²))) / (1 + z²/n*), với z = {z}.",
            "The {level} interval of a criterion: Wilson on Kish's effective size n* = (Σ w)² / Σ w², "
            + "(p + z²/(2n*) ± z·√(p(1 − p)/n* + z²/(4n*²))) / (1 + z²/n*), with z = {z}."),
    M_CLOPPER_PEARSON("Khoảng tin cậy {level} của tiêu chí: Clopper–Pearson (phân vị của phân phối Beta) trên cỡ mẫu "
            + "hiệu dụng Kish n* = (Σ w)² / Σ w², với x* = p · n*.",
            "The {level} interval of a criterion: Clopper–Pearson (quantiles of the Beta distribution) on Kish's "
            + "effective size n* = (Σ w)² / Σ w², with x* = p · n*."),
    M_LOGIT("Khoảng tin cậy {level} của tiêu chí: logit, expit(logit p ± z · SE / (p(1 − p))) với z = {z}; "
            + "Clopper–Pearson khi p = 0 hoặc p = 1.",
            "The {level} interval of a criterion: logit, expit(logit p ± z · SE / (p(1 − p))) with z = {z}; "
            + "Clopper–Pearson when p is 0 or 1."),
    M_BETA("Khoảng tin cậy {level} của tiêu chí: Korn–Graubard (như svyciprop với method = \"beta\" của gói survey "
            + "trong R), tức Clopper–Pearson (phân vị của phân phối Beta) trên cỡ mẫu hiệu dụng theo thiết kế "
            + "n.eff = p(1 − p) / SE², với x = p · n.eff; khi p = 0 hoặc p = 1 (R không cho khoảng), Clopper–Pearson "
            + "trên cỡ mẫu hiệu dụng Kish n* = (Σ w)² / Σ w².",
            "The {level} interval of a criterion: Korn–Graubard (as svyciprop with method = \"beta\" in R's survey "
            + "package), that is Clopper–Pearson (quantiles of the Beta distribution) on the design's effective size "
            + "n.eff = p(1 − p) / SE², with x = p · n.eff; when p is 0 or 1 (where R gives no interval), "
            + "Clopper–Pearson on Kish's effective size n* = (Σ w)² / Σ w²."),
    M_WALD("Khoảng tin cậy {level} của tiêu chí: Wald, p ± z · SE với z = {z}, giới hạn trong [0; 100].",
            "The {level} interval of a criterion: Wald, p ± z · SE with z = {z}, clipped to [0, 100]."),
    M_COMPOSITE_WALD("Khoảng tin cậy của chỉ số thành phần và chỉ số chung: Wald, chỉ số ± z · SE, giới hạn trong "
            + "[0; 100].",
            "The interval of element and overall indices: Wald, index ± z · SE, clipped to [0, 100]."),
    M_COMPOSITE_LOGIT("Khoảng tin cậy của chỉ số thành phần và chỉ số chung: logit trên sai số chuẩn tuyến tính hoá.",
            "The interval of element and overall indices: logit on the linearized standard error."),
    M_RANKING("Xếp hạng theo chỉ số chung làm tròn nửa lên đến hai chữ số thập phân, từ cao xuống thấp; các đơn vị "
            + "bằng điểm {ties}. Thay đổi hạng = hạng kỳ trước − hạng kỳ này (dương là tăng hạng). Đơn vị có ít hơn "
            + "{n} phiếu được ghi chú {excluded}.",
            "Units are ranked on the overall index rounded half-up to two decimals, highest first; units that tie "
            + "{ties}. Change of rank = previous rank − current rank (positive: climbed). Units with fewer than {n} "
            + "forms are flagged {excluded}."),
    M_TIES_COMPETITION("nhận cùng hạng thấp nhất (1, 2, 2, 4)", "share the lowest rank (1, 2, 2, 4)"),
    M_TIES_DENSE("nhận cùng hạng, không bỏ hạng (1, 2, 2, 3)", "share a rank without gaps (1, 2, 2, 3)"),
    M_FLAGGED_RANKED("nhưng vẫn được xếp hạng", "but still ranked"),
    M_FLAGGED_EXCLUDED("và không được xếp hạng", "and not ranked"),
    M_TIERS("Nhóm theo tứ phân vị như chỉ số PAPI: với Q1, Q2, Q3 là các tứ phân vị (kiểu 7 của R) của chỉ số làm "
            + "tròn của các đơn vị được xếp hạng, nhóm Cao khi chỉ số ≥ Q3, Trung bình cao khi Q2 ≤ chỉ số < Q3, "
            + "Trung bình thấp khi Q1 ≤ chỉ số < Q2, Thấp khi chỉ số < Q1.",
            "Tiers are quartiles, as in PAPI: with Q1, Q2, Q3 the quartiles (R's type 7) of the ranked units' "
            + "rounded indices, a unit is High when its index ≥ Q3, High average when Q2 ≤ index < Q3, Low average "
            + "when Q1 ≤ index < Q2 and Low when index < Q1."),
    M_TIER_CUTS("Ở đây Q1 = {q1}, Q2 = {q2}, Q3 = {q3}.", "Here Q1 = {q1}, Q2 = {q2}, Q3 = {q3}."),
    M_ALPHA("Độ tin cậy: hệ số Cronbach's alpha của mỗi thành phần, α = k/(k − 1) · (1 − Σ s_j² / s_T²), tính trên "
            + "các phiếu trả lời hợp lệ mọi tiêu chí của thành phần (như psych::alpha trong R), với khoảng tin cậy "
            + "Feldt {level}.",
            "Reliability: Cronbach's alpha of each element, α = k/(k − 1) · (1 − Σ s_j² / s_T²), over the forms "
            + "with a valid answer to every criterion of the element (as psych::alpha in R), with its Feldt {level} "
            + "interval."),
    M_OPTIONS("Nhận định và mong đợi: với mỗi câu hỏi không phải tiêu chí và mỗi đơn vị, tỷ lệ chọn một phương án "
            + "là tổng trọng số các phiếu chọn phương án đó chia cho tổng trọng số các phiếu đã trả lời câu hỏi, "
            + "nhân 100. Câu trả lời “không biết” và câu bỏ trống không tính vào tỷ lệ mà được đếm riêng; n là số "
            + "phiếu đã trả lời (không trọng số). Với câu hỏi chọn nhiều phương án, phiếu không chọn phương án nào vẫn "
            + "tính là đã trả lời, và các tỷ lệ không cộng lại thành 100 %.",
            "Perceptions and expectations: for each question that is not a criterion and each unit, the share "
            + "choosing an option is the summed weight of the forms choosing it divided by the summed weight of the "
            + "forms that answered the question, times 100. “Don't know” and blank answers are kept out of the "
            + "shares and counted apart; n is the number of forms that answered (unweighted). For a multi-select "
            + "question a form choosing no option still counts as answered, and the shares do not add up to 100 %."),
    M_MEAN("“Trung bình các đơn vị” là trung bình cộng, không trọng số, chỉ số của các đơn vị có chỉ số xác định; "
            + "đó không phải là chỉ số của tỉnh, vốn phải tính trên toàn bộ phiếu.",
            "The “mean of units” is the unweighted mean of the indices of the units where they are defined; it is "
            + "not the province's index, which is computed over all forms."),
    M_DISCLOSURE("Bảo vệ người trả lời: đơn vị hoặc nhóm (ô) có ít hơn {k} phiếu (đếm số phiếu, không theo trọng số) "
            + "không được công bố số liệu nào (chỉ số, khoảng tin cậy, hạng, nhóm, thành phần, tiêu chí, phân bố câu trả "
            + "lời, tỷ lệ chọn phương án, độ tin cậy, phát hiện về chất lượng dữ liệu); chỉ ghi số phiếu. Khi tính theo "
            + "đơn vị và một thuộc tính (giới tính, nhóm tuổi…), nếu trong một đơn vị chỉ có một ô bị ẩn, hoặc các ô bị "
            + "ẩn cộng lại có ít hơn {k} phiếu, thì ô còn lại có ít phiếu nhất cũng bị ẩn (ẩn bổ sung), để không thể "
            + "lấy số liệu của đơn vị trừ đi các ô được công bố mà suy ra ô bị ẩn.",
            "Protecting respondents: a unit or group (a cell) with fewer than {k} forms (counted, not weighted) has "
            + "none of its figures published (index, interval, rank, tier, elements, criteria, answer distributions, "
            + "option shares, reliability, data-quality findings); only its number of forms is shown. When scoring "
            + "by unit and an attribute (sex, age group…), if only one cell of a unit is suppressed, or its "
            + "suppressed cells hold fewer than {k} forms together, its published cell with the fewest forms is "
            + "suppressed too (complementary suppression), so that the suppressed cell cannot be worked out as the "
            + "unit's figures minus the published cells."),
    M_DISCLOSURE_NONE("Không áp dụng ngưỡng công bố: số liệu của mọi đơn vị và nhóm đều được công bố, kể cả những ô có "
            + "rất ít phiếu.",
            "No publication threshold was applied: the figures of every unit and group are published, even those "
            + "of very few forms."),
    M_PERSONAL("Thông tin cá nhân (họ tên, số điện thoại, địa chỉ, email, số định danh/CCCD, ngày sinh) không bao giờ "
            + "được ghi vào báo cáo.",
            "Personal fields (name, phone, address, email, national id, date of birth) are never written to the "
            + "report."),
    M_RANK_SETS("Tập hạng (Mogstad, Romano, Shaikh và Wilhelm 2024, như gói csranks của R): mỗi cặp đơn vị được so "
            + "sánh bằng hiệu hai chỉ số chia cho sai số chuẩn của hiệu (hai mẫu độc lập); giá trị tới hạn là phân vị "
            + "{level} của hiệu chuẩn hoá lớn nhất qua {draws} lần rút bootstrap tham số (hạt giống {seed}), có "
            + "bước giảm dần (stepdown). Một đơn vị chắc chắn đứng trên đơn vị khác khi hiệu vượt giá trị tới hạn; "
            + "tập hạng đi từ 1 + số đơn vị chắc chắn đứng trên đến số đơn vị trừ số đơn vị chắc chắn đứng dưới. Tính "
            + "trên chỉ số chưa làm tròn của các đơn vị được xếp hạng; các đơn vị không công bố số liệu không tham "
            + "gia. Hai đơn vị “ngang nhau về mặt thống kê” khi tập hạng của chúng chồng lên nhau.",
            "Rank sets (Mogstad, Romano, Shaikh and Wilhelm 2024, as R's csranks computes them): each pair of units "
            + "is compared by the difference of their indices over its standard error (independent samples); the "
            + "critical value is the {level} quantile of the largest standardized difference over {draws} "
            + "parametric bootstrap draws (seed {seed}), with the stepdown. A unit is established above another when "
            + "the difference exceeds the critical value; a unit's set runs from 1 + the number of units established "
            + "above it to the number of units minus those established below it. Computed on the unrounded indices "
            + "of the ranked units; suppressed units take no part. Units are “statistically tied” when their sets "
            + "overlap."),
    M_CHANGES("Thay đổi hạng: tập hạng đồng thời hai phía của hai kỳ được tính cùng lúc; nếu hạng kỳ trước nằm trong "
            + "[a; b] và hạng kỳ này trong [c; d] thì thay đổi hạng nằm trong [a − d; b − c]. Thay đổi chỉ số: hiệu "
            + "chỉ số kỳ này và kỳ trước, sai số chuẩn √(SE₁² + SE₂²) (hai mẫu độc lập), khoảng Wald {level} và kiểm "
            + "định z hai phía; không hiệu chỉnh cho nhiều phép so sánh.",
            "Change of rank: the two periods' simultaneous two-sided rank sets are computed together; if the "
            + "previous rank lies in [a, b] and the current one in [c, d], the change lies in [a − d, b − c]. Change "
            + "of index: the current minus the previous index, with standard error √(SE₁² + SE₂²) (independent "
            + "samples), its {level} Wald interval and a two-sided z test; not adjusted for multiple comparisons."),
    M_FAY_HERRIOT("Ước lượng Fay–Herriot: mô hình cấp đơn vị y = β + v + e trên thang {scale}, phương sai của v ước "
            + "lượng bằng REML (như sae::eblupFH của R), MSE theo Prasad–Rao (sae::mseFH); chỉ dùng các đơn vị được "
            + "công bố có chỉ số và sai số chuẩn xác định. Chỉ số trực tiếp vẫn là chỉ số được công bố.",
            "Fay–Herriot estimates: the area-level model y = β + v + e on the {scale} scale, the variance of v "
            + "estimated by REML (as R's sae::eblupFH), the MSE by Prasad–Rao (sae::mseFH); fitted on the published "
            + "units with a defined index and standard error only. The direct index stays the published one."),
    M_SOFTWARE("Tính bằng thư viện sipas; các số liệu đã được đối chiếu với gói survey và psych của R.",
            "Computed with the sipas library, whose figures are checked against R's survey and psych packages.");

    private final String vi;
    private final String en;

    HtmlReportText(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** Returns the text in a language, {@code "vi"} or {@code "en"}. */
    String in(String language) {
        return "en".equals(language) ? en : vi;
    }

    /** Returns the text in a language with its placeholders filled from name, value pairs. */
    String in(String language, Object... pairs) {
        return fill(in(language), pairs);
    }

    /**
     * Replaces each {@code {name}} of a template by its value, given as name, value pairs, in one pass over the
     * template: a value is inserted as it is, so that a unit named {@code "Xã {mean}"} keeps its name; a
     * {@code {name}} without a pair stays as written.
     */
    static String fill(String template, Object... pairs) {
        StringBuilder b = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open + 1);
            if (close < 0) {
                break;
            }
            String name = template.substring(open + 1, close);
            Object value = null;
            boolean found = false;
            for (int j = 0; j + 1 < pairs.length && !found; j += 2) {
                if (name.equals(String.valueOf(pairs[j]))) {
                    value = pairs[j + 1];
                    found = true;
                }
            }
            if (found) {
                b.append(template, i, open).append(value);
                i = close + 1;
            } else {
                b.append(template, i, open + 1);
                i = open + 1;
            }
        }
        return b.append(template, i, template.length()).toString();
    }
}
