package io.github.sipas.scoring.report;

import io.github.sipas.core.quality.QualityCheck;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data-quality findings in the report's language. The checks of {@link io.github.sipas.core.quality.QualityChecks}
 * write their messages in English with decimal points; for a Vietnamese page each message of a known form is written
 * again in Vietnamese with the page's notation (decimal commas, {@code .} between thousands, the minus sign), the same
 * figures in the same order, and each check is named in Vietnamese. A message of a form not known here (a check added
 * later) is shown as it is; QualityTextTest runs every check and fails on such a message.
 */
final class QualityText {

    /** A message of a known form: its pattern and how to write it in Vietnamese from the match. */
    private record Form(Pattern pattern, Function<Matcher, String> vi) {
    }

    private static final String NUM = "([-+]?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)";
    private static final String INT = "([0-9]+)";

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("^" + INT + " of " + INT + " forms \\(" + NUM + " %\\) give the same answer to "
                    + "every criterion, with at least " + INT + " valid answers; (above|not above) the unit threshold "
                    + "of " + NUM + " %$"),
                    m -> count(m.group(1)) + " trên " + count(m.group(2)) + " phiếu (" + dec(m.group(3)) + " %) trả "
                            + "lời cùng một mức cho mọi tiêu chí, với ít nhất " + count(m.group(4)) + " câu trả lời "
                            + "hợp lệ; " + ("above".equals(m.group(5)) ? "vượt" : "không vượt") + " ngưỡng "
                            + dec(m.group(6)) + " % của đơn vị"),
            new Form(Pattern.compile("^" + INT + " of " + INT + " forms answer no criterion with a point of its "
                    + "scale$"),
                    m -> count(m.group(1)) + " trên " + count(m.group(2)) + " phiếu không trả lời tiêu chí nào bằng "
                            + "một mức của thang đo"),
            new Form(Pattern.compile("^item (\\S+): " + INT + " don't know of " + INT + " asked \\(" + NUM + " %\\)"
                    + "( over all units| over the " + INT + " published units?)?, above " + NUM + " %$"),
                    m -> "câu " + m.group(1) + ": " + count(m.group(2)) + " câu trả lời “không biết” trên "
                            + count(m.group(3)) + " phiếu được hỏi (" + dec(m.group(4)) + " %)"
                            + (m.group(5) == null ? "" : m.group(6) == null ? " trên mọi đơn vị"
                            : " trên " + count(m.group(6)) + " đơn vị được công bố")
                            + ", vượt ngưỡng " + dec(m.group(7)) + " %"),
            new Form(Pattern.compile("^" + INT + " of " + INT + " forms share one answer pattern over all criteria "
                    + "\\((.*)\\); chance of such a repeat in the unit " + NUM + ", below " + NUM + "$"),
                    m -> count(m.group(1)) + " trên " + count(m.group(2)) + " phiếu có cùng một kiểu trả lời cho mọi "
                            + "tiêu chí (" + pattern(m.group(3)) + "); xác suất lặp lại như vậy trong đơn vị là "
                            + dec(m.group(4)) + ", dưới ngưỡng " + dec(m.group(5))),
            new Form(Pattern.compile("^(.*): " + INT + " forms with a mean satisfied share of " + NUM + " % against "
                    + NUM + " % for the unit's other " + INT + " forms \\(difference " + NUM + " points, z = " + NUM
                    + "\\); thresholds \\|z\\| > " + NUM + " and " + NUM + " points$"),
                    m -> m.group(1) + ": " + count(m.group(2)) + " phiếu có tỷ lệ hài lòng trung bình "
                            + dec(m.group(3)) + " % so với " + dec(m.group(4)) + " % của " + count(m.group(5))
                            + " phiếu còn lại của đơn vị (chênh lệch " + dec(m.group(6)) + " điểm phần trăm, z = "
                            + dec(m.group(7)) + "); ngưỡng |z| > " + dec(m.group(8)) + " và " + dec(m.group(9))
                            + " điểm phần trăm"));

    private QualityText() {
    }

    /**
     * The check's name in Vietnamese, shown before its code; null in English, where the code is the name, and for a
     * code that no check has.
     */
    static String check(String code, String lang) {
        if ("en".equals(lang)) {
            return null;
        }
        QualityCheck c;
        try {
            c = QualityCheck.ofCode(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return switch (c) {
            case STRAIGHT_LINING -> "Nhiều phiếu trả lời một mức cho mọi tiêu chí";
            case STRAIGHT_LINED_FORMS -> "Phiếu trả lời một mức cho mọi tiêu chí (để phúc tra)";
            case DUPLICATE_PATTERN -> "Phiếu trùng kiểu trả lời";
            case NO_VALID_ANSWER -> "Phiếu không có câu trả lời hợp lệ";
            case DONT_KNOW_SHARE -> "Tỷ lệ “không biết” cao";
            case GROUP_EFFECT -> "Khác biệt theo điều tra viên hoặc đợt nhập liệu";
        };
    }

    /** A finding's message in the language: as written in English, in Vietnamese when its form is known. */
    static String message(String message, String lang) {
        if ("en".equals(lang)) {
            return message;
        }
        for (Form f : FORMS) {
            Matcher m = f.pattern.matcher(message);
            if (m.matches()) {
                return f.vi.apply(m);
            }
        }
        return message;
    }

    /** Whether a message has a known form, so that it is written in Vietnamese. */
    static boolean isKnown(String message) {
        return FORMS.stream().anyMatch(f -> f.pattern.matcher(message).matches());
    }

    /** A count in Vietnamese notation: {@code 1500} is {@code 1.500}. */
    private static String count(String digits) {
        return HtmlReportFormat.count(Long.parseLong(digits), "vi");
    }

    /** A number as written, in Vietnamese notation: {@code 26.7} is {@code 26,7}, {@code -1.5} is {@code −1,5}. */
    private static String dec(String number) {
        String sign = number.startsWith("+") ? "+" : "";
        BigDecimal d = new BigDecimal(sign.isEmpty() ? number : number.substring(1));
        if (number.contains("e") || number.contains("E")) { // a tiny chance, 1.2e-05: kept in scientific notation
            String s = number.replace('.', ',');
            return s.startsWith("-") ? HtmlReportFormat.MINUS + s.substring(1) : s;
        }
        return sign + HtmlReportFormat.decimal(d, "vi");
    }

    /** An answer pattern, {@code A1=5 A2=DK A3=blank}, with Vietnamese words for don't know and blank. */
    private static String pattern(String p) {
        return p.replace("=DK", "=KB").replace("=blank", "=trống");
    }
}
