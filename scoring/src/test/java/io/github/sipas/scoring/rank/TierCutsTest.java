package io.github.sipas.scoring.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Type 7 quartiles, checked by hand from h = (m − 1)p (0-based) and against R 4.2.2's default
 * {@code quantile(x, c(.25, .5, .75))} (exact decimals, as printed by R).
 */
class TierCutsTest {

    private static List<BigDecimal> values(String... v) {
        return Arrays.stream(v).map(BigDecimal::new).toList();
    }

    private static TierCuts cuts(String q1, String q2, String q3) {
        return new TierCuts(new BigDecimal(q1), new BigDecimal(q2), new BigDecimal(q3));
    }

    @Test
    void fourValuesExampleOfTheJavadoc() {
        // 70 + 0.75 · 10, 80 + 0.5 · 5, 85 + 0.25 · 5; R 4.2.2: quantile(c(70, 80, 85, 90)) gives 77.50 82.50 86.25.
        assertEquals(cuts("77.50", "82.50", "86.25"), TierCuts.of(values("90.00", "70.00", "85.00", "80.00")));
    }

    @Test
    void nineValuesExampleOfTierJavadoc() {
        TierCuts c = TierCuts.of(values("10", "20", "30", "40", "50", "60", "70", "80", "90"));
        assertEquals(cuts("30", "50", "70"), c);
        assertEquals(List.of(Tier.LOW, Tier.LOW, Tier.LOW_AVERAGE, Tier.LOW_AVERAGE, Tier.HIGH_AVERAGE,
                Tier.HIGH_AVERAGE, Tier.HIGH, Tier.HIGH, Tier.HIGH),
                values("10", "20", "30", "40", "50", "60", "70", "80", "90").stream().map(c::tier).toList());
    }

    @Test
    void fractionsOfAQuarterOfAHundredthAreExact() {
        // 85.01 and 85.02: Q1 = 85.01 + 0.25 · 0.01 = 85.0125, Q2 = 85.015, Q3 = 85.0175 (R 4.2.2 agrees).
        TierCuts c = TierCuts.of(values("85.02", "85.01"));
        assertEquals(new BigDecimal("85.0125"), c.q1());
        assertEquals(new BigDecimal("85.015"), c.q2());
        assertEquals(new BigDecimal("85.0175"), c.q3());
        assertEquals(Tier.HIGH, c.tier(new BigDecimal("85.02")));
        assertEquals(Tier.LOW, c.tier(new BigDecimal("85.01")));
    }

    @Test
    void oneValueOrEqualValuesGiveOneCutAndEveryValueIsHigh() {
        assertEquals(cuts("42", "42", "42"), TierCuts.of(values("42.00")));
        TierCuts c = TierCuts.of(values("80.00", "80.00", "80.00", "80.00", "80.00"));
        assertEquals(cuts("80", "80", "80"), c);
        assertEquals(Tier.HIGH, c.tier(new BigDecimal("80.00")));
    }

    @Test
    void valuesOnACutBelongToTheTierAbove() {
        TierCuts c = cuts("60", "70", "80");
        assertEquals(Tier.HIGH, c.tier(new BigDecimal("80.00")));
        assertEquals(Tier.HIGH_AVERAGE, c.tier(new BigDecimal("79.99")));
        assertEquals(Tier.HIGH_AVERAGE, c.tier(new BigDecimal("70.00")));
        assertEquals(Tier.LOW_AVERAGE, c.tier(new BigDecimal("60.00")));
        assertEquals(Tier.LOW, c.tier(new BigDecimal("59.99")));
    }

    @Test
    void cutsAreStoredWithAtLeastTwoDecimalsAndNoTrailingZerosBeyond() {
        TierCuts c = cuts("80", "82.5000", "90.123400");
        assertEquals("80.00", c.q1().toString());
        assertEquals("82.50", c.q2().toString());
        assertEquals("90.1234", c.q3().toString());
    }

    @Test
    void misuseIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TierCuts.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> cuts("2", "1", "3"));
        assertThrows(IllegalArgumentException.class, () -> cuts("1", "3", "2"));
        assertThrows(NullPointerException.class, () -> new TierCuts(null, BigDecimal.ONE, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> TierCuts.of(Arrays.asList(BigDecimal.ONE, null)));
        assertThrows(NullPointerException.class, () -> cuts("1", "2", "3").tier(null));
    }
}
