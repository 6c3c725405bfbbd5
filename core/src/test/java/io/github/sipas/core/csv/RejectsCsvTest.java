package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.sipas.core.Problem;
import io.github.sipas.core.RejectedRow;
import io.github.sipas.core.Rule;

class RejectsCsvTest {

    private static final List<String> HEADER = List.of("response_id", "unit", "A1");

    private static Problem error(long line, int column, String header, String value, Rule rule) {
        return new Problem("f.csv", line, column, header, value, rule, rule.code() + " here");
    }

    private static String write(boolean personal, List<String> header, RejectedRow... rows) {
        StringBuilder out = new StringBuilder();
        RejectsCsv csv = personal ? RejectsCsv.withPersonal(out) : RejectsCsv.to(out);
        csv.header("f.csv", header);
        for (RejectedRow r : rows) {
            csv.accept(r);
        }
        csv.flush();
        assertEquals(rows.length, csv.rows());
        return out.toString();
    }

    @Test
    void writesRejectsWithLineProblemsAndFields() {
        Problem p1 = error(7, 2, "unit", "", Rule.MISSING_UNIT);
        Problem p2 = error(7, 3, "A1", "7", Rule.OUT_OF_RANGE);
        Problem p3 = error(9, 0, null, null, Rule.WRONG_FIELD_COUNT);
        RejectedRow seven = new RejectedRow(7, List.of("R7", "Bắc Hà", "7"), List.of(p1, p2));
        RejectedRow quoted = new RejectedRow(9, List.of("R9", "Nói \"cảm ơn\", rồi", "a\nb"), List.of(p3));
        assertEquals("line,problems,response_id,unit,A1\n"
                + "7,missing-unit ''; out-of-range:A1 '7',R7,Bắc Hà,7\n"
                + "9,wrong-field-count,R9,\"Nói \"\"cảm ơn\"\", rồi\",\"a\nb\"\n", write(false, HEADER, seven, quoted));
    }

    @Test
    void writesOnlyTheHeaderWhenNothingWasRejectedAndTheFixedColumnsWhenNoHeaderCame() {
        assertEquals("line,problems,response_id,unit,A1\n", write(false, HEADER));
        StringBuilder out = new StringBuilder();
        RejectsCsv.to(out).flush();
        assertEquals("line,problems\n", out.toString());
    }

    @Test
    void neutralizesEveryCellThatASpreadsheetWouldRunAsAFormula() {
        List<String> header = List.of("response_id", "unit", "A1", "=cmd");
        Problem p = error(2, 3, "A1", "=1+1", Rule.NOT_A_CODE);
        RejectedRow row = new RejectedRow(2, List.of("+R2", "@Sa Pa", "=1+1", "-2"), List.of(p));
        RejectedRow row2 = new RejectedRow(3, List.of("\tR3", "\rx", "=HYPERLINK(\"http://x\",\"y\")", "a=1"),
                List.of(error(3, 3, "A1", "=HYPERLINK(\"http://x\",\"y\")", Rule.NOT_A_CODE)));
        String out = write(false, header, row, row2);
        assertAll(
                () -> assertTrue(out.startsWith("line,problems,response_id,unit,A1,'=cmd\n"), out),
                () -> assertTrue(out.contains("2,not-a-code:A1 '=1+1','+R2,'@Sa Pa,'=1+1,'-2\n"), out),
                () -> assertTrue(out.contains("3,\"not-a-code:A1 '=HYPERLINK(\"\"http://x\"\",\"\"y\"\")'\",'\tR3,"
                        + "\"'\rx\",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",a=1\n"), out));
    }

    @Test
    void withholdsPersonalColumnsAndTheirValuesInProblemsUnlessAsked() {
        List<String> header = List.of("response_id", "unit", "Họ và tên", "Số điện thoại", "A1");
        RejectedRow row = new RejectedRow(2, List.of("R2", "Sa Pa", "Nguyễn Văn A", "0912345678", "9"),
                List.of(error(2, 4, "Số điện thoại", "0912345678", Rule.TOO_LONG),
                        error(2, 5, "A1", "9", Rule.OUT_OF_RANGE)));
        RejectedRow shifted = new RejectedRow(3, List.of("R3", "Sa Pa", "Nguyễn", "Văn B", "0912345679", "4"),
                List.of(error(3, 0, null, null, Rule.WRONG_FIELD_COUNT)));
        String withheld = write(false, header, row, shifted);
        String full = write(true, header, row, shifted);
        assertAll(
                () -> assertEquals("line,problems,response_id,unit,Họ và tên,Số điện thoại,A1\n"
                        + "2,too-long; out-of-range:A1 '9',R2,Sa Pa,,,9\n"
                        + "3,wrong-field-count,,,,,,\n", withheld),
                () -> assertFalse(withheld.contains("Nguy") || withheld.contains("0912"), withheld),
                // a Problem never holds a personal column's value (Problem's constructor withholds it), so even the
                // full file names none in its problems column; the cells themselves are written in full
                () -> assertTrue(full.contains("2,too-long; out-of-range:A1 '9',R2,Sa Pa,Nguyễn Văn A,"
                        + "0912345678,9\n"), full),
                () -> assertTrue(full.contains("3,wrong-field-count,R3,Sa Pa,Nguyễn,Văn B,0912345679,4\n"), full));
    }

    @Test
    void withholdsKoboStyleNamesAndKeepsTheUnitNameAndContactChannel() {
        // issue 11, review of finding 5/6: sodienthoai, diachi and ngaysinh were written in full, Tên đơn vị blanked
        List<String> header = List.of("response_id", "Tên đơn vị", "hoten", "sodienthoai", "diachi", "ngaysinh",
                "Kênh liên hệ", "A1");
        RejectedRow row = new RejectedRow(2, List.of("R2", "UBND xã X", "Nguyễn Văn A", "0912345678", "12 Lê Lợi",
                "1980-01-02", "Zalo", "9"), List.of(error(2, 2, "Tên đơn vị", "UBND xã X", Rule.UNKNOWN_UNIT)));
        String withheld = write(false, header, row);
        assertEquals("line,problems,response_id,Tên đơn vị,hoten,sodienthoai,diachi,ngaysinh,Kênh liên hệ,A1\n"
                + "2,unknown-unit 'UBND xã X',R2,UBND xã X,,,,,Zalo,9\n", withheld);
    }

    @Test
    void cellsRuleIsTheScoreCsvRule() {
        assertAll(
                () -> assertEquals("'=1+2", CsvCells.neutralize("=1+2")),
                () -> assertEquals("'+1", CsvCells.neutralize("+1")),
                () -> assertEquals("'-x", CsvCells.neutralize("-x")),
                () -> assertEquals("'@x", CsvCells.neutralize("@x")),
                () -> assertEquals("'\tx", CsvCells.neutralize("\tx")),
                () -> assertEquals("'\rx", CsvCells.neutralize("\rx")),
                () -> assertEquals("", CsvCells.neutralize("")),
                () -> assertEquals("x=1", CsvCells.neutralize("x=1")),
                // found by review: a byte-order mark before '=' and the full-width forms
                () -> assertEquals("'\uFEFF=1+2", CsvCells.neutralize("\uFEFF=1+2")),
                () -> assertEquals("'\uFEFF\uFEFF@x", CsvCells.neutralize("\uFEFF\uFEFF@x")),
                () -> assertEquals("'\uFF1D1+2", CsvCells.neutralize("\uFF1D1+2")),
                () -> assertEquals("'\uFF0Bx", CsvCells.neutralize("\uFF0Bx")),
                () -> assertEquals("'\uFF0Dx", CsvCells.neutralize("\uFF0Dx")),
                () -> assertEquals("'\uFF20x", CsvCells.neutralize("\uFF20x")),
                () -> assertEquals("\uFEFF", CsvCells.neutralize("\uFEFF")),
                () -> assertEquals("\uFEFFx", CsvCells.neutralize("\uFEFFx")),
                () -> assertTrue(CsvCells.isUnsafe("=1")),
                () -> assertFalse(CsvCells.isUnsafe("Sa Pa")),
                () -> assertFalse(CsvCells.isUnsafe("")));
    }
}
