package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The weight cells: plain decimal numbers, one decimal mark, no grouping, in range of the file's first weight. */
class WeightCellsTest {

    private static double read(DecimalMark mark, String cell) {
        WeightCells w = new WeightCells(mark);
        String problem = w.read(cell, 2);
        assertNull(problem, () -> "'" + cell + "': " + problem);
        return w.value();
    }

    private static String problem(DecimalMark mark, String cell) {
        String p = new WeightCells(mark).read(cell, 2);
        assertNotNull(p, () -> "'" + cell + "' was read as a weight");
        return p;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2.5|2.5", "2,5|2.5", "0,75|0.75", "0.125|0.125", "1.2345|1.2345",
        "1000|1000", "+4|4", "1e-3|0.001", "1E3|1000", "1,5e2|150", ".5|0.5", "5.|5", "1000.000|1000",
        "01.000|1", "0,500|0.5", "1.000e0|1", "1e-308|1e-308", "1e308|1e308"})
    void eitherMarkReadsPlainDecimalNumbers(String cell, double expected) {
        assertEquals(expected, read(DecimalMark.EITHER, cell));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.234|EITHER|1.2340", "1.234|COMMA|1,234", "1.234|POINT|1.234",
        "12.5|EITHER|12.5", "12.5|COMMA|12,5", "1000|EITHER|1000", "1000|COMMA|1000", "0.125|EITHER|0.1250"})
    void aNumberCellIsWrittenSoItsMarkReadsItsValue(String text, DecimalMark mark, String written) {
        assertEquals(written, WeightCells.numberCell(text, mark));
    }

    /** Seeded: a workbook's number text (15 significant digits, a point) reads to its value under every mark. */
    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void everyNumberCellReadsToItsValueUnderEveryMark(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            double v = Math.pow(10, random.nextInt(12) - 6) * (1 + random.nextInt(999_999)) / 1000.0;
            String text = new java.math.BigDecimal(v).round(new java.math.MathContext(15)).stripTrailingZeros()
                    .toPlainString();
            for (DecimalMark mark : DecimalMark.values()) {
                assertEquals(Double.parseDouble(text), read(mark, WeightCells.numberCell(text, mark)),
                        () -> text + " under " + mark);
            }
        }
    }

        @Test
    void spacesOfAnyKindAroundTheNumberAreTrimmed() {
        assertEquals(2.5, read(DecimalMark.EITHER, " 2.5\t"));
        assertEquals(2.5, read(DecimalMark.EITHER, "\u00A02.5\u202F"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.000", "1,000", "12.345", "999,999", "+1.000", "2.500"})
    void eitherMarkRefusesWhatReadsAsThousandsJustAsWell(String cell) {
        String p = problem(DecimalMark.EITHER, cell);
        // both readings are named, the one that takes the cell's own mark for decimals first (a trial: R's 45.176
        // was told only of --decimal-comma; a review: told only of --decimal-point, Excel's 1.200 read 1.2)
        String first = cell.contains(".") ? "--decimal-point if '.' marks decimals" : "--decimal-comma if ',' marks";
        String second = cell.contains(".") ? "--decimal-comma if ',' does and '.' groups thousands"
                : "--decimal-point if '.' does and ',' groups thousands";
        assertTrue(p.contains("ambiguous") && p.contains("write a thousand as 1000") && p.contains(first)
                && p.contains(second), p);
        assertTrue(p.indexOf(first) < p.indexOf(second), p);
    }

    @Test
    void ambiguousMessageSaysWhatTheGroupedReadingWouldBe() {
        assertTrue(problem(DecimalMark.EITHER, "12.345").contains("may group thousands (12345)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 000", "1\u00A0000", "1\u202F000", "1\u2009000", "1\u2007000", "1'000", "1_000",
        "1\u2019000"})
    void groupingBySpacesApostrophesOrUnderscoresIsRefused(String cell) {
        for (DecimalMark mark : DecimalMark.values()) {
            String p = problem(mark, cell);
            assertTrue(p.startsWith("the weight groups its digits with") && p.contains("write 1000"), p);
        }
    }

    @Test
    void groupingSpaceIsNamedByItsCodePoint() {
        assertTrue(problem(DecimalMark.EITHER, "1\u202F000").contains("a space (U+202F)"));
        assertTrue(problem(DecimalMark.EITHER, "1 000").contains("with a space;"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.000.000", "1,000,000", "1.000,5", "1,000.5", "1.5.", ",1,"})
    void twoMarksAreRefusedWhateverTheConvention(String cell) {
        for (DecimalMark mark : DecimalMark.values()) {
            assertTrue(problem(mark, cell).contains("so one of them groups thousands"), cell);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "NaN", "Infinity", "-Infinity", "0x10", "1.5d", "1e", "e5", ".", ",", "-", "1-2",
        "1e5.5", "١٢", "1\u200B"})
    void textThatIsNotAPlainNumberIsRefused(String cell) {
        assertTrue(problem(DecimalMark.EITHER, cell).startsWith("the weight is not a number; expected a plain decimal"),
                cell);
    }

    @Test
    void blankZeroNegativeAndOutOfRangeWeightsAreRefusedWithTheirReason() {
        assertTrue(problem(DecimalMark.EITHER, " ").startsWith("the weight is blank"));
        assertEquals("the weight must be finite and positive", problem(DecimalMark.EITHER, "0"));
        assertEquals("the weight must be finite and positive", problem(DecimalMark.EITHER, "0.0"));
        assertEquals("the weight must be finite and positive", problem(DecimalMark.EITHER, "-1"));
        assertTrue(problem(DecimalMark.EITHER, "1e999").contains("beyond the range of a double"));
        assertTrue(problem(DecimalMark.EITHER, "1e-400").contains("below the smallest positive double"));
    }

    @Test
    void decimalPointReadsOnePointThreeDigitsAsADecimalAndRefusesAComma() {
        assertEquals(1.0, read(DecimalMark.POINT, "1.000"));
        assertEquals(12.345, read(DecimalMark.POINT, "12.345"));
        assertTrue(problem(DecimalMark.POINT, "1,5").startsWith("with the decimal point, a ',' would group"));
        assertTrue(problem(DecimalMark.POINT, "1,000").startsWith("with the decimal point, a ',' would group"));
    }

    @Test
    void decimalCommaReadsACommaAndRefusesAPoint() {
        assertEquals(1.5, read(DecimalMark.COMMA, "1,5"));
        assertEquals(1.0, read(DecimalMark.COMMA, "1,000"));
        assertEquals(1000, read(DecimalMark.COMMA, "1000"));
        assertEquals(0.001, read(DecimalMark.COMMA, "1e-3"));
        for (String cell : new String[] {"1.5", "1.000", "0.75"}) {
            assertTrue(problem(DecimalMark.COMMA, cell).startsWith("with the decimal comma, a '.' would group"),
                    cell);
        }
        assertTrue(problem(DecimalMark.COMMA, "1.000,5").contains("(1234,5 with the decimal comma)"));
    }

    @Test
    void weightsFartherThan2To100FromTheFilesFirstAreRefusedNamingItsLine() {
        // 2^100 = 1.27e30: 1e30 is within, 1e31 is not.
        WeightCells w = new WeightCells(DecimalMark.EITHER);
        assertNull(w.read("2", 5));
        assertNull(w.read("2e30", 6));
        assertNull(w.read("2e-30", 7));
        String far = w.read("2e31", 8);
        assertTrue(far != null && far.startsWith("the weight is more than 2^100 (1.27e30) times the file's first "
                + "weight, 2.0 on line 5;"), far);
        String near = w.read("2e-31", 9);
        assertTrue(near != null && near.startsWith("the weight is less than 2^-100 of the file's first weight"), near);
        assertNull(w.read("1", 10));
        assertEquals(1.0, w.value());
    }

    @Test
    void aRefusedCellDoesNotBecomeTheFirstWeight() {
        WeightCells w = new WeightCells(DecimalMark.EITHER);
        assertNotNull(w.read("1e999", 2));
        assertNotNull(w.read("1.000", 3));
        assertNull(w.read("1e300", 4));
        assertNotNull(w.read("1", 5));
    }

    @Test
    void plainDecimalsAreTheDoublesParseDoubleGivesToTheBit() {
        // the one-pass reading of digits[.digits]: random numbers of 1 to 16 characters, with 0 to 15 decimals,
        // under each mark that takes them; each must be Double.parseDouble's double exactly, or refused as the
        // full reading refuses it (the thousands a point may group, under EITHER)
        Random random = new Random(505);
        int read = 0;
        for (int t = 0; t < 200_000; t++) {
            int digits = 1 + random.nextInt(15);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < digits; k++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean() && digits > 1) {
                sb.insert(1 + random.nextInt(digits - 1), '.');
            }
            String cell = sb.toString();
            double expected = Double.parseDouble(cell);
            for (DecimalMark mark : new DecimalMark[] {DecimalMark.EITHER, DecimalMark.POINT}) {
                WeightCells w = new WeightCells(mark);
                String p = w.read(cell, 2);
                boolean ambiguous = mark == DecimalMark.EITHER && cell.matches("[1-9][0-9]{0,2}\\.[0-9]{3}");
                if (expected == 0 || ambiguous) {
                    assertNotNull(p, cell);
                } else {
                    assertNull(p, cell);
                    assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(w.value()), cell);
                    read++;
                }
            }
        }
        assertTrue(read > 300_000, "most cells are weights: " + read);
    }
}
