package io.github.sipas.scoring.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Answer;
import io.github.sipas.core.Item;
import io.github.sipas.core.Response;
import io.github.sipas.core.quality.QualityCheck;
import io.github.sipas.core.quality.QualityChecks;
import io.github.sipas.core.quality.QualityFinding;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.result.ScoreResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The data-quality findings in Vietnamese: every check of core's {@link QualityChecks} is run on forms made to set it
 * off, and each message must be of a form that {@link QualityText} writes in Vietnamese, with decimal commas; the
 * Vietnamese report's quality table then holds no English message.
 */
class QualityTextTest {

    private static final List<Item> CRITERIA = HtmlReportTest.SURVEY.criteria();

    private static Response form(String id, String unit, String interviewer, java.util.function.IntFunction<Answer> a) {
        Response.Builder b = Response.builder(id).unit(unit).attribute("interviewer", interviewer);
        for (int j = 0; j < CRITERIA.size(); j++) {
            b.answer(CRITERIA.get(j).id(), a.apply(j));
        }
        return b.build();
    }

    /**
     * Forms that set off every check: in "Xã Một", 20 forms of interviewer ĐTV1 answer 5 everywhere (a straight-lining
     * share of 50 % and a group effect) and 20 of ĐTV2 vary, 15 of them not knowing A1 (a don't-know share of 37.5 %);
     * in "Xã Hai", 100 varied forms, 2 answering 4 everywhere (2 %: listed, not flagged), 5 sharing one varied
     * pattern, 3 knowing nothing (no valid answer). Varied answers are drawn with a fixed seed.
     */
    static List<Response> forms() {
        Random random = new Random(20261207L);
        List<Response> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(form("a" + i, "Xã Một", "ĐTV1", j -> Answer.point(5)));
        }
        for (int i = 0; i < 20; i++) {
            int k = i;
            rows.add(form("b" + i, "Xã Một", "ĐTV2", j -> j == 0 && k < 15 ? Answer.dontKnow()
                    : Answer.point(1 + random.nextInt(3))));
        }
        for (int i = 0; i < 100; i++) {
            rows.add(form("c" + i, "Xã Hai", "ĐTV3", j -> Answer.point(1 + random.nextInt(5))));
        }
        for (int i = 0; i < 2; i++) {
            rows.add(form("s" + i, "Xã Hai", "ĐTV3", j -> Answer.point(4)));
        }
        for (int i = 0; i < 5; i++) {
            rows.add(form("d" + i, "Xã Hai", "ĐTV3", j -> Answer.point(1 + (j * 7) % 5)));
        }
        for (int i = 0; i < 3; i++) {
            rows.add(form("n" + i, "Xã Hai", "ĐTV3", j -> Answer.dontKnow()));
        }
        return rows;
    }

    /** The findings of {@link #forms()}, read as lines 2, 3, ... of a file (the first is the header). */
    static List<QualityFinding> findings() {
        QualityChecks.Accumulator a = QualityChecks.builder(HtmlReportTest.SURVEY).groupColumns(List.of("interviewer"))
                .build().accumulator();
        long line = 2;
        for (Response r : forms()) {
            a.add(r, line++);
        }
        return a.result().findings();
    }

    @Test
    void everyCheckIsSetOffAndEachMessageIsOfAKnownForm() {
        List<QualityFinding> findings = findings();
        Set<QualityCheck> seen = EnumSet.noneOf(QualityCheck.class);
        for (QualityFinding f : findings) {
            seen.add(QualityCheck.ofCode(f.check()));
            assertTrue(QualityText.isKnown(f.message()), "not written in Vietnamese: " + f.message());
        }
        assertEquals(EnumSet.allOf(QualityCheck.class), seen, "the forms set off every check");
    }

    @Test
    void vietnameseMessagesHaveDecimalCommasAndNoEnglishWords() {
        Pattern decimalPoint = Pattern.compile("[0-9]\\.[0-9]{1,2}(?![0-9])");
        Pattern english = Pattern.compile("\\b(of|forms|above|below|against|asked|know|threshold|points)\\b");
        for (QualityFinding f : findings()) {
            String vi = QualityText.message(f.message(), "vi");
            assertFalse(decimalPoint.matcher(vi).find(), vi);
            assertFalse(english.matcher(vi).find(), vi);
            assertEquals(f.message(), QualityText.message(f.message(), "en"));
        }
    }

    @Test
    void eachFormIsWrittenWithTheSameFigures() {
        assertEquals("40 trên 150 phiếu (26,7 %) trả lời cùng một mức cho mọi tiêu chí, với ít nhất 5 câu trả lời "
                + "hợp lệ; vượt ngưỡng 20,0 % của đơn vị", QualityText.message("40 of 150 forms (26.7 %) give the "
                + "same answer to every criterion, with at least 5 valid answers; above the unit threshold of 20.0 %",
                "vi"));
        assertEquals("câu E4: 1.200 câu trả lời “không biết” trên 2.000 phiếu được hỏi (60,0 %) trên 2 đơn vị được "
                + "công bố, vượt ngưỡng 20,0 %", QualityText.message("item E4: 1200 don't know of 2000 asked (60.0 %) "
                + "over the 2 published units, above 20.0 %", "vi"));
        assertEquals("interviewer ĐTV07: 12 phiếu có tỷ lệ hài lòng trung bình 100,0 % so với 60,0 % của 28 phiếu "
                + "còn lại của đơn vị (chênh lệch +40,0 điểm phần trăm, z = −3,25); ngưỡng |z| > 3,0 và 15,0 điểm phần "
                + "trăm", QualityText.message("interviewer ĐTV07: 12 forms with a mean satisfied share of 100.0 % "
                + "against 60.0 % for the unit's other 28 forms (difference +40.0 points, z = -3.25); thresholds |z| "
                + "> 3.0 and 15.0 points", "vi"));
        assertEquals("5 trên 90 phiếu có cùng một kiểu trả lời cho mọi tiêu chí (A1=5 A2=KB A3=trống); xác suất lặp "
                + "lại như vậy trong đơn vị là 1,2e-05, dưới ngưỡng 0,001", QualityText.message("5 of 90 forms share "
                + "one answer pattern over all criteria (A1=5 A2=DK A3=blank); chance of such a repeat in the unit "
                + "1.2e-05, below 0.001", "vi"));
    }

    @Test
    void anUnknownMessageIsShownAsItIs() {
        assertEquals("something new", QualityText.message("something new", "vi"));
        assertEquals(null, QualityText.check("a-new-check", "vi"), "shown by its code only");
        assertEquals(null, QualityText.check("duplicate-pattern", "en"), "the code is the English name");
    }

    @Test
    void theVietnameseReportsQualityTableIsInVietnamese() {
        List<Response> rows = forms();
        Scorecard card = Scorer.of(HtmlReportTest.SURVEY).score(rows);
        ScoreResult result = new ScoreResult(card, Ranking.of(card), rows.size(), 0);
        String vi = HtmlReport.builder(HtmlReportTest.SURVEY).language("vi").findings(findings()).build()
                .toHtml(result);
        String table = vi.substring(vi.indexOf("<tbody id=\"findings\">"), vi.indexOf("</tbody>",
                vi.indexOf("<tbody id=\"findings\">")));
        assertTrue(table.contains("Phiếu trùng kiểu trả lời <code>duplicate-pattern</code>"), table);
        assertTrue(table.contains("phiếu được hỏi"), table);
        assertFalse(table.contains(" forms "), table);
        String en = HtmlReport.builder(HtmlReportTest.SURVEY).language("en").findings(findings()).build()
                .toHtml(result);
        assertTrue(en.contains("<code>duplicate-pattern</code></td>") && en.contains(" forms "), "English unchanged");
    }
}
