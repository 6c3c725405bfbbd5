package io.github.sipas.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link FayHerriot}.
 *
 * <p>Reference figures: src/test/resources/fayherriot/districts.expected.csv, made by
 * src/test/resources/fayherriot/r/fay_herriot_reference.R with R 4.2.2 Patched (2022-11-10 r83330) and metafor 3.8-1
 * from the committed example districts.csv (30 synthetic districts, three of them at 100 with an SE of 0, which enter
 * the fit with the floor of their forms). <b>R's sae package could not
 * be installed</b> where these files were made (not in Debian, CRAN not reachable), so the figures are not sae's: the
 * script computes the model from the formulas sae documents (REML Fisher scoring, sae's start, stopping rule and
 * MSE), with explicit m × m matrices where the library uses closed forms; the library must reproduce them to 1e-9
 * (relative, with an absolute floor of 1e-12). Independently, metafor's {@code rma(method = "REML")} and
 * {@code blup()} fit the same model: the library, converged tightly (precision 1e-12), must agree with metafor's
 * variance, coefficients and EBLUPs to 1e-8. The tests do not need R.
 */
class FayHerriotTest {

    static final Path DATA = Path.of("src/test/resources/fayherriot/districts.csv");
    static final Path EXPECTED = Path.of("src/test/resources/fayherriot/districts.expected.csv");

    static List<CSVRecord> read(Path path) throws IOException {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    static List<UnitEstimate> units() throws IOException {
        List<UnitEstimate> out = new ArrayList<>();
        for (CSVRecord r : read(DATA)) {
            out.add(new UnitEstimate(r.get("unit"), Double.parseDouble(r.get("index")), Double.parseDouble(r.get("se")),
                    Long.parseLong(r.get("n"))));
        }
        return out;
    }

    static Map<String, double[]> covariates() throws IOException {
        Map<String, double[]> out = new HashMap<>();
        for (CSVRecord r : read(DATA)) {
            out.put(r.get("unit"), new double[] {Double.parseDouble(r.get("x"))});
        }
        return out;
    }

    static double num(CSVRecord r, String column) {
        String v = r.get(column);
        return v.equals("NA") ? Double.NaN : Double.parseDouble(v);
    }

    static void close(double expected, double actual, double rel, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected NaN, was " + actual);
            return;
        }
        double tol = Math.max(1e-12, rel * Math.abs(expected));
        assertEquals(expected, actual, tol, what);
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (FayHerriotScale scale : FayHerriotScale.values()) {
            out.add(Arguments.of(scale, "intercept"));
            out.add(Arguments.of(scale, "x"));
        }
        return out.stream();
    }

    FayHerriotFit fit(FayHerriot fh, String model) throws IOException {
        return model.equals("x") ? fh.fit(units(), covariates()) : fh.fit(units());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void reproducesTheReferenceFormulas(FayHerriotScale scale, String model) throws IOException {
        FayHerriotFit fit = fit(FayHerriot.builder().scale(scale).build(), model);
        String name = scale.name().toLowerCase(Locale.ROOT);
        int rows = 0;
        for (CSVRecord r : read(EXPECTED)) {
            if (!r.get("scale").equals(name) || !r.get("model").equals(model)) {
                continue;
            }
            rows++;
            String unit = r.get("unit");
            String where = scale + " " + model + " " + unit;
            assertTrue(fit.converged(), where);
            assertEquals(Integer.parseInt(r.get("iterations")), fit.iterations(), where + " iterations");
            close(num(r, "A"), fit.modelVariance(), 1e-9, where + " A");
            close(num(r, "beta0"), fit.coefficients().get(0), 1e-9, where + " beta0");
            close(num(r, "beta0_se"), fit.coefficientSes().get(0), 1e-9, where + " beta0 se");
            if (model.equals("x")) {
                close(num(r, "beta1"), fit.coefficients().get(1), 1e-9, where + " beta1");
                close(num(r, "beta1_se"), fit.coefficientSes().get(1), 1e-9, where + " beta1 se");
            } else {
                assertEquals(1, fit.coefficients().size());
            }
            SmallAreaEstimate u = fit.unit(unit).orElseThrow();
            assertEquals(Boolean.parseBoolean(r.get("used")), u.isEstimated(), where + " used");
            close(num(r, "y"), u.y(), 1e-9, where + " y");
            close(num(r, "D"), u.samplingVariance(), 1e-9, where + " D");
            close(num(r, "theta"), u.theta(), 1e-9, where + " theta");
            close(num(r, "mse"), u.mse(), 1e-9, where + " mse");
            close(num(r, "B"), u.shrinkage(), 1e-9, where + " B");
            close(num(r, "estimate"), u.estimate(), 1e-9, where + " estimate");
            close(num(r, "rmse"), u.rmse(), 1e-9, where + " rmse");
        }
        assertEquals(30, rows);
        assertEquals(30, fit.units().size());
        assertEquals(30, fit.areas(), "the three districts at 100 are in the fit");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void agreesWithMetaforWhenConvergedTightly(FayHerriotScale scale, String model) throws IOException {
        FayHerriotFit fit = fit(FayHerriot.builder().scale(scale).precision(1e-12).maxIterations(1000).build(), model);
        String name = scale.name().toLowerCase(Locale.ROOT);
        for (CSVRecord r : read(EXPECTED)) {
            if (!r.get("scale").equals(name) || !r.get("model").equals(model)) {
                continue;
            }
            String where = scale + " " + model + " " + r.get("unit");
            close(num(r, "tight_A"), fit.modelVariance(), 1e-9, where + " A (R, tight)");
            close(num(r, "metafor_tau2"), fit.modelVariance(), 1e-8, where + " metafor tau2");
            close(num(r, "metafor_beta0"), fit.coefficients().get(0), 1e-8, where + " metafor beta0");
            if (model.equals("x")) {
                close(num(r, "metafor_beta1"), fit.coefficients().get(1), 1e-8, where + " metafor beta1");
            }
            close(num(r, "metafor_eblup"), fit.unit(r.get("unit")).orElseThrow().theta(), 1e-8, where + " EBLUP");
        }
    }

    @ParameterizedTest
    @EnumSource(FayHerriotScale.class)
    void unitsAtOneHundredEnterTheFitWithTheFloorOfTheirForms(FayHerriotScale scale) throws IOException {
        // D07 (350 forms), D09 (18) and D12 (36) have every form satisfied: index 100, SE 0. They enter the fit with
        // the floor of their forms and are shrunk, the fewer forms the more; their direct estimates stay as given.
        FayHerriotFit fit = FayHerriot.builder().scale(scale).build().fit(units());
        Map<String, Long> forms = Map.of("D07", 350L, "D09", 18L, "D12", 36L);
        for (Map.Entry<String, Long> e : forms.entrySet()) {
            SmallAreaEstimate u = fit.unit(e.getKey()).orElseThrow();
            assertTrue(u.isEstimated(), u.toString());
            assertEquals(100, u.direct(), 0);
            assertEquals(0, u.directSe(), 0);
            double n = e.getValue();
            double floor = UnitEstimate.floorSe(e.getValue()) / 100;
            double at = (n + 0.5) / (n + 1);
            double d = switch (scale) {
                case IDENTITY -> 1e4 * floor * floor;
                case LOGIT -> floor * floor / (at * (1 - at) * at * (1 - at));
                case ARCSINE -> floor * floor / (4 * at * (1 - at));
            };
            assertEquals(d, u.samplingVariance(), 1e-12 * d, e.getKey());
            double y = switch (scale) {
                case IDENTITY -> 100;
                case LOGIT -> Math.log(at / (1 - at));
                case ARCSINE -> Math.PI / 2;
            };
            assertEquals(y, u.y(), 1e-12, e.getKey());
            assertTrue(u.shrinkage() > 0 && u.estimate() < 100, u.toString());
        }
        double b07 = fit.unit("D07").orElseThrow().shrinkage();
        double b12 = fit.unit("D12").orElseThrow().shrinkage();
        double b09 = fit.unit("D09").orElseThrow().shrinkage();
        assertTrue(b09 > 0.4, "18 forms borrow much strength: " + b09);
        if (scale == FayHerriotScale.LOGIT) {
            // Cox's empirical logit at x = n has variance about 2 whatever n (1/(n + 1/2) + 2): on the logit scale a
            // unit at 100 is shrunk about as much with 350 forms as with 18 (FayHerriotScale.LOGIT says so).
            for (String u : forms.keySet()) {
                assertEquals(2, fit.unit(u).orElseThrow().samplingVariance(), 0.06, u);
            }
            assertEquals(b09, b07, 0.01);
        } else {
            assertTrue(b07 < b12 && b12 < b09, b07 + " " + b12 + " " + b09);
            assertTrue(b07 < 0.1, "350 forms keep their direct estimate nearly: " + b07);
        }
        if (scale == FayHerriotScale.ARCSINE) {
            // D = 1/(4 (n + 2)) on the arcsine scale: the usual 1/(4n) of a proportion, nearly.
            assertEquals(1 / (4 * 20.0), fit.unit("D09").orElseThrow().samplingVariance(), 1e-15);
        }
    }

    @Test
    void exactValuesAndIndicesAtOneHundredWithoutFormsStayOut() throws IOException {
        List<UnitEstimate> units = new ArrayList<>(units());
        units.add(new UnitEstimate("Z", 100, 0.5));
        units.add(UnitEstimate.exact("T", 100));
        units.add(UnitEstimate.exact("M", 90));
        units.add(new UnitEstimate("O", 100.5, 0.5, 40));
        for (FayHerriotScale scale : FayHerriotScale.values()) {
            FayHerriotFit fit = FayHerriot.builder().scale(scale).build().fit(units);
            SmallAreaEstimate z = fit.unit("Z").orElseThrow();
            SmallAreaEstimate t = fit.unit("T").orElseThrow();
            SmallAreaEstimate m = fit.unit("M").orElseThrow();
            SmallAreaEstimate o = fit.unit("O").orElseThrow();
            // An exact value has no sampling error (D would be 0, and V singular with A = 0): it stays out.
            for (SmallAreaEstimate e : List.of(t, m)) {
                assertEquals("an exact value has no sampling error: it stands as it is and does not enter the fit",
                        e.reason(), scale.toString());
            }
            assertEquals(30 + (scale == FayHerriotScale.IDENTITY ? 2 : 0), fit.areas());
            if (scale == FayHerriotScale.IDENTITY) {
                assertTrue(z.isEstimated() && o.isEstimated());
                assertEquals(0.25, z.samplingVariance(), 0);
                continue;
            }
            assertEquals("an index of 100.0 needs its number of forms on the " + scale + " scale (for the add-half"
                    + " proportion); the direct estimate stands", z.reason());
            assertEquals("an index of 100.5 is outside [0, 100]; the direct estimate stands", o.reason());
        }
    }

    /** Indices rising with x to 100, where the regression line goes past 100 (and past π/2 on the arcsine scale). */
    static List<UnitEstimate> risingToOneHundred() {
        return List.of(new UnitEstimate("A", 80, 3, 100), new UnitEstimate("B", 84, 3, 100),
                new UnitEstimate("C", 88, 2.5, 100), new UnitEstimate("D", 92, 2, 100),
                new UnitEstimate("E", 96, 1.5, 100), new UnitEstimate("F", 99, 0.8, 100),
                new UnitEstimate("G", 100, 0, 30), new UnitEstimate("H", 100, 0, 30));
    }

    static Map<String, double[]> risingX() {
        return Map.of("A", new double[] {0}, "B", new double[] {0.2}, "C", new double[] {0.4}, "D", new double[] {0.6},
                "E", new double[] {0.8}, "F", new double[] {1}, "G", new double[] {1.6}, "H", new double[] {2.2});
    }

    @ParameterizedTest
    @EnumSource(FayHerriotScale.class)
    void estimatesPastTheBoundaryAreHeldAtItAndKeepAPositiveRmse(FayHerriotScale scale) {
        FayHerriotFit fit = FayHerriot.builder().scale(scale).build().fit(risingToOneHundred(), risingX());
        assertTrue(fit.converged());
        SmallAreaEstimate h = fit.unit("H").orElseThrow();
        double bound = switch (scale) {
            case IDENTITY -> 100;
            case LOGIT -> Double.POSITIVE_INFINITY;
            case ARCSINE -> Math.PI / 2;
        };
        if (scale != FayHerriotScale.LOGIT) {
            assertTrue(h.theta() > bound, "the model's estimate is past the boundary: " + h);
            assertEquals(100, h.estimate(), 0, "held at 100");
        }
        for (SmallAreaEstimate u : fit.units()) {
            assertTrue(u.estimate() >= 0 && u.estimate() <= 100, u.toString());
            assertTrue(u.mse() > 0 && u.rmse() > 0, u.toString());
            // The RMSE is half the width of the back-transformed one-RMSE interval, held in the scale's domain.
            double r = Math.sqrt(u.mse());
            double expected = switch (scale) {
                case IDENTITY -> r;
                case LOGIT -> 100 * (expit(u.theta() + r) - expit(u.theta() - r)) / 2;
                case ARCSINE -> {
                    double t = Math.min(u.theta(), Math.PI / 2);
                    double hi = Math.sin(Math.min(t + r, Math.PI / 2));
                    double lo = Math.sin(Math.max(t - r, 0));
                    yield 100 * (hi * hi - lo * lo) / 2;
                }
            };
            assertEquals(expected, u.rmse(), 1e-9 * expected, u.toString());
        }
        if (scale == FayHerriotScale.ARCSINE) {
            // Held at π/2, the one-RMSE interval is [sin²(π/2 − √MSE), 1]: half its width is 100 sin²(√MSE) / 2,
            // where the delta method, 100 |sin 2θ| √MSE, gave 0.
            double r = Math.sqrt(h.mse());
            assertEquals(100 * Math.sin(r) * Math.sin(r) / 2, h.rmse(), 1e-12);
            // Just below π/2 the delta method understates as well: G's slope is nearly 0.
            SmallAreaEstimate g = fit.unit("G").orElseThrow();
            double delta = 100 * Math.abs(Math.sin(2 * g.theta())) * Math.sqrt(g.mse());
            assertTrue(g.rmse() > 3 * delta, g.rmse() + " vs the delta method's " + delta);
        }
        if (scale == FayHerriotScale.IDENTITY) {
            assertEquals(Math.sqrt(h.mse()), h.rmse(), 1e-12, "√MSE still bounds the error of the held estimate");
        }
    }

    static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void identicalDirectEstimatesGiveNoAreaVarianceAndFullShrinkage() {
        List<UnitEstimate> units = List.of(new UnitEstimate("A", 90, 1), new UnitEstimate("B", 90, 2),
                new UnitEstimate("C", 90, 0.5), new UnitEstimate("D", 90, 3));
        FayHerriotFit fit = FayHerriot.builder().scale(FayHerriotScale.IDENTITY).build().fit(units);
        assertTrue(fit.converged());
        assertEquals(0, fit.modelVariance(), 0);
        assertEquals(90, fit.coefficients().get(0), 1e-12);
        for (SmallAreaEstimate u : fit.units()) {
            assertEquals(1, u.shrinkage(), 0);
            assertEquals(90, u.estimate(), 1e-12);
            // g1 = 0, so the MSE is g2 + 2 g3 = x'Qx + 2 (2/ΣD⁻²)/D with Q = 1/ΣD⁻¹.
            double sumInv = 1 + 0.25 + 4 + 1.0 / 9;
            double sumInv2 = 1 + 1.0 / 16 + 16 + 1.0 / 81;
            double d = u.directSe() * u.directSe();
            assertEquals(1 / sumInv + 2 * (2 / sumInv2) / d, u.mse(), 1e-12, u.unit());
        }
    }

    @Test
    void notConvergingGivesNoModelEstimate() throws IOException {
        FayHerriotFit fit = FayHerriot.builder().scale(FayHerriotScale.IDENTITY).maxIterations(1).build()
                .fit(units(), covariates());
        assertFalse(fit.converged());
        assertEquals(1, fit.iterations());
        assertTrue(Double.isNaN(fit.modelVariance()));
        assertTrue(fit.units().stream().noneMatch(SmallAreaEstimate::isEstimated));
        assertTrue(fit.units().get(0).reason().startsWith("the REML fit did not converge in 1 iterations"),
                fit.units().get(0).reason());
    }

    @Test
    void misuseIsRefused() throws IOException {
        FayHerriot fh = FayHerriot.builder().build();
        assertEquals(FayHerriotScale.ARCSINE, fh.scale());
        assertEquals(100, fh.maxIterations());
        assertEquals(1e-4, fh.precision(), 0);
        assertEquals("a Fay-Herriot fit with 1 coefficient(s) needs more units with a usable direct estimate than"
                + " that, not 1 (of 2)", assertThrows(IllegalArgumentException.class, () -> fh.fit(List.of(
                        new UnitEstimate("A", 90, 1), new UnitEstimate("B", 100, 0.5)))).getMessage());
        Map<String, double[]> cov = new HashMap<>(covariates());
        cov.remove("D01");
        assertEquals("covariates has no values for unit 'D01'",
                assertThrows(IllegalArgumentException.class, () -> fh.fit(units(), cov)).getMessage());
        Map<String, double[]> ragged = new HashMap<>(covariates());
        ragged.put("D01", new double[] {1, 2});
        assertThrows(IllegalArgumentException.class, () -> fh.fit(units(), ragged));
        Map<String, double[]> collinear = new HashMap<>();
        for (UnitEstimate u : units()) {
            collinear.put(u.unit(), new double[] {2, 3});
        }
        assertThrows(IllegalArgumentException.class, () -> fh.fit(units(), collinear));
        Map<String, double[]> nan = new HashMap<>(covariates());
        nan.put("D02", new double[] {Double.NaN});
        assertThrows(IllegalArgumentException.class, () -> fh.fit(units(), nan));
        assertThrows(IllegalArgumentException.class, () -> FayHerriot.builder().precision(0));
        assertThrows(IllegalArgumentException.class, () -> FayHerriot.builder().maxIterations(0));
        assertThrows(NullPointerException.class, () -> FayHerriot.builder().scale(null));
        assertThrows(IllegalArgumentException.class, () -> new SmallAreaEstimate("A", 90, 1, 90, 1, 0.5, 1, 1, 1, 1,
                "why"));
        assertThrows(IllegalArgumentException.class, () -> new SmallAreaEstimate("A", 90, 1, 90, 1, 1.5, 1, 1, 1, 1,
                null));
        assertEquals(2.5, FayHerriot.median(new double[] {4, 1, 3, 2}), 0);
        assertEquals(3, FayHerriot.median(new double[] {5, 1, 3}), 0);
    }
}
