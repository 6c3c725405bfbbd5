package io.github.sipas.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Fay–Herriot against figures of R's {@code sae} itself: its documented example, {@code eblupFH} and {@code mseFH} with
 * REML on the {@code milk} data (Arora and Lahiri 1997: expenditure on fresh milk in 43 small areas of 4 major areas),
 * {@code mseFH(yi ~ as.factor(MajorArea), SD^2, data = milk)}.
 *
 * <p>Source of the figures: sae's REML output for this call, printed to 7 decimals, as the Python library samplics
 * reproduces it in its test suite ({@code tests/sae/test_eblup_area_model.py}, which checks itself against them to
 * 1e-4); the data are samplics' {@code tests/sae/milk.csv}, a copy of sae's {@code milk}. Independent check made here:
 * metafor 3.8-1 ({@code rma(yi, sei = SD, mods = ~ factor(MajorArea), method = "REML")}, R 4.2.2, fully converged)
 * gives coefficients 0.96818893, 0.13277977, 0.22694621, −0.24130117, within 4e-7 of sae's (which stops when A changes
 * by less than 1e-4).
 *
 * <p>The units carry no number of forms, so their standard errors are used as given (no floor), and the identity scale
 * applies: these are milk expenditures, not indices. Tolerance: 1e-6 on estimates and coefficients (the figures have 7
 * decimals), 1e-8 on the MSEs (9 decimals).
 */
class FayHerriotSaeMilkTest {

    static final Path MILK = Path.of("src/test/resources/fayherriot/milk.csv");

    // sae REML, milk: $fit$estcoef (beta, std.error)
    static final double[] BETA = {0.9681890, 0.1327801, 0.2269462, -0.2413011};
    static final double[] BETA_SE = {0.06936208, 0.10300072, 0.09232981, 0.08161707};
    // sae REML, milk: $est$eblup, areas 1..43
    static final double[] EBLUP = {1.0219703, 1.0476018, 1.0679513, 0.7608170, 0.8461574, 0.9743727, 1.0584523,
        1.0977762, 1.2215449, 1.1951455, 0.7852155, 1.2139456, 1.2096593, 0.9834967, 1.1864247, 1.1556982, 1.2263411,
        1.2856486, 1.2363247, 1.2349600, 1.0903019, 1.1923057, 1.1216470, 1.2230296, 1.1938054, 0.7627195, 0.7649550,
        0.7338443, 0.7699294, 0.6134418, 0.7695558, 0.7958250, 0.7723187, 0.6102302, 0.7001782, 0.7592787, 0.5298867,
        0.7434466, 0.7548996, 0.7701918, 0.7481164, 0.8040773, 0.6810870};
    // sae REML, milk: mseFH's $mse, areas 1..43
    static final double[] MSE = {0.013460220, 0.005372876, 0.005701990, 0.008541740, 0.009579594, 0.011670632,
        0.015926137, 0.010586518, 0.014184043, 0.014901472, 0.007694262, 0.016336469, 0.012562726, 0.012117378,
        0.012031229, 0.011709147, 0.010859780, 0.013690860, 0.011034674, 0.013079686, 0.009948636, 0.017243977,
        0.011292325, 0.013625297, 0.008065787, 0.009205133, 0.009205133, 0.016476912, 0.007800626, 0.006098668,
        0.015441564, 0.014657866, 0.009024699, 0.003870786, 0.007800626, 0.009646139, 0.006404335, 0.010155645,
        0.007209937, 0.008470277, 0.005484860, 0.009205133, 0.009903626};

    @Test
    void reproducesSaesEblupAndMseOnItsMilkExample() throws IOException {
        List<UnitEstimate> units = new ArrayList<>();
        Map<String, double[]> majorArea = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(MILK, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String area = row.get("SmallArea");
                units.add(new UnitEstimate(area, Double.parseDouble(row.get("yi")), Double.parseDouble(row.get("SD"))));
                int major = Integer.parseInt(row.get("MajorArea"));
                majorArea.put(area, new double[] {major == 2 ? 1 : 0, major == 3 ? 1 : 0, major == 4 ? 1 : 0});
            }
        }
        FayHerriotFit fit = FayHerriot.builder().scale(FayHerriotScale.IDENTITY).build().fit(units, majorArea);
        assertTrue(fit.converged());
        assertEquals(43, fit.areas());
        for (int k = 0; k < BETA.length; k++) {
            assertEquals(BETA[k], fit.coefficients().get(k), 1e-6, "beta " + k);
            assertEquals(BETA_SE[k], fit.coefficientSes().get(k), 1e-6, "se of beta " + k);
        }
        for (int i = 0; i < 43; i++) {
            SmallAreaEstimate e = fit.units().get(i);
            assertEquals(Integer.toString(i + 1), e.unit());
            assertEquals(EBLUP[i], e.estimate(), 1e-6, "eblup of area " + (i + 1));
            assertEquals(MSE[i], e.mse(), 1e-8, "mse of area " + (i + 1));
        }
    }
}
