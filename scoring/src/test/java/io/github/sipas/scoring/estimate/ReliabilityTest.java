package io.github.sipas.scoring.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.Answer;
import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.Item;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link Reliability}.
 *
 * <p>Golden figures: R 4.2.2 Patched (2022-11-10 r83330), psych 2.2.9, made by
 * src/test/resources/reliability/reliability_reference.R from core's fixture sipas2017-laocai.csv into
 * src/test/resources/reliability/sipas2017-laocai.reliability.csv (17 significant digits); every figure is reproduced
 * to 1e-9 absolute. The hand-checked cases give their exact fractions, and psych's figures where psych defines them.
 */
class ReliabilityTest {

    /** Absolute tolerance against psych's figures and the hand-checked fractions. */
    static final double TOL = 1e-9;

    static final Path INPUT = io.github.sipas.core.testing.Fixtures.path("fixtures/sipas2017-laocai.csv");
    static final Path GOLDEN = Path.of("src/test/resources/reliability/sipas2017-laocai.reliability.csv");

    // ---------------------------------------------------------------------------------------------------------------
    // Golden figures from psych

    /** The fixture's responses, read once with the project's reader. */
    private static final class Fixture {
        static final Survey SURVEY = Surveys.bundled("sipas-2017");
        static final List<Response> RESPONSES;

        static {
            ReadResult read = CsvResponseReader.builder(SURVEY).build().readAll(INPUT);
            assertTrue(read.report().isValid(), read.report().summary());
            RESPONSES = read.responses();
        }
    }

    /** Complete-case sums of one element in one unit, computed here from the responses: m, Σ x_j, Σ x_j x_l. */
    static Reliability fromResponses(String unit, String element) {
        List<Item> items = Fixture.SURVEY.criteriaOf(element);
        int k = items.size();
        long m = 0;
        double[] sums = new double[k];
        double[] cross = new double[k * k];
        int[] x = new int[k];
        for (Response r : Fixture.RESPONSES) {
            if (!unit.equals(r.unit()) || !complete(r, items, x)) {
                continue;
            }
            m++;
            for (int a = 0; a < k; a++) {
                sums[a] += x[a];
                for (int b = 0; b < k; b++) {
                    cross[a * k + b] += x[a] * x[b];
                }
            }
        }
        return Reliability.of(k, m, sums, cross);
    }

    /** Whether the response has a valid answer (a scale point) to every item; their codes go to x. */
    static boolean complete(Response r, List<Item> items, int[] x) {
        for (int a = 0; a < items.size(); a++) {
            if (!(r.answer(items.get(a).id()) instanceof Answer.Point p)) {
                return false;
            }
            x[a] = p.code();
        }
        return true;
    }

    /** The golden rows, grouped by "unit|element" in file order. */
    static Map<String, List<CSVRecord>> golden() throws IOException {
        Map<String, List<CSVRecord>> out = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(GOLDEN, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.computeIfAbsent(row.get("unit") + "|" + row.get("element"), key -> new ArrayList<>()).add(row);
            }
        }
        return out;
    }

    static Stream<Arguments> goldenCases() throws IOException {
        return golden().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void reproducesPsychOnTheFixture(String key, List<CSVRecord> rows) {
        String[] ue = key.split("\\|");
        Reliability r = fromResponses(ue[0], ue[1]);
        CSVRecord first = rows.get(0);
        assertEquals(Long.parseLong(first.get("m")), r.forms(), key);
        assertEquals(Integer.parseInt(first.get("k")), r.items(), key);
        assertEquals(r.items(), rows.size(), key);
        assertEquals(num(first, "raw_alpha"), r.rawAlpha(), TOL, key);
        assertEquals(num(first, "std_alpha"), r.standardizedAlpha(), TOL, key);
        assertEquals(num(first, "feldt_lower"), r.feldtLower(0.95), TOL, key);
        assertEquals(num(first, "feldt_upper"), r.feldtUpper(0.95), TOL, key);
        List<Item> items = Fixture.SURVEY.criteriaOf(ue[1]);
        for (int j = 0; j < rows.size(); j++) {
            CSVRecord row = rows.get(j);
            String where = key + " " + row.get("item");
            assertEquals(items.get(j).id(), row.get("item"), where);
            assertEquals(num(row, "alpha_if_deleted"), r.alphaIfDeleted().get(j), TOL, where);
            assertEquals(num(row, "item_rest_r"), r.itemRestCorrelations().get(j), TOL, where);
        }
    }

    @Test
    void goldenFileCoversEveryUnitAndElement() throws IOException {
        TreeSet<String> expected = new TreeSet<>();
        for (Response r : Fixture.RESPONSES) {
            Fixture.SURVEY.elements().forEach(e -> expected.add(r.unit() + "|" + e.id()));
        }
        assertEquals(expected, new TreeSet<>(golden().keySet()));
        assertEquals(9 * 5, expected.size());
    }

    static double num(CSVRecord row, String column) {
        return Double.parseDouble(row.get(column));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Hand-checked cases

    /** The sums of the rows (one form per row). */
    static Reliability ofRows(int k, int[][] rows) {
        double[] sums = new double[k];
        double[] cross = new double[k * k];
        for (int[] row : rows) {
            for (int a = 0; a < k; a++) {
                sums[a] += row[a];
                for (int b = 0; b < k; b++) {
                    cross[a * k + b] += (double) row[a] * row[b];
                }
            }
        }
        return Reliability.of(k, rows.length, sums, cross);
    }

    static void assertAllNaN(List<Double> values) {
        values.forEach(v -> assertTrue(Double.isNaN(v), values.toString()));
    }

    @Test
    void javadocExample() {
        Reliability r = Reliability.of(2, 3, new double[] {6, 9}, new double[] {14, 19, 19, 29});
        assertEquals(2.0 / 3, r.rawAlpha(), TOL);
        assertEquals(2.0 / 3, r.standardizedAlpha(), TOL); // r = 0.5: 2r/(1 + r)
        assertEquals(List.of(0.5, 0.5), r.itemRestCorrelations());
        assertAllNaN(r.alphaIfDeleted());
    }

    /**
     * Two items a = (1, 2, 3, 4, 5, 2), c = (1, 3, 2, 5, 4, 3): var a = 13/6, var c = 2, cov = 8/5, total 221/30, so
     * α = 2 (1 − 125/221) = 192/221 and r = (8/5)/√(13/3). psych 2.2.9 agrees (raw_alpha 0.86877828054298667, Feldt
     * 0.062239488537322307 and 0.98163802010558376, r.drop 0.7686151382644183) except for alpha.drop, where it reports
     * C_12/C_22 = 0.8 and C_12/C_11 = 0.738 and we report NaN.
     */
    @Test
    void twoItemsMatchHandAndPsychButAlphaIfDeletedIsUndefined() {
        Reliability r = ofRows(2, new int[][] {{1, 1}, {2, 3}, {3, 2}, {4, 5}, {5, 4}, {2, 3}});
        double corr = 1.6 / Math.sqrt(13.0 / 3);
        assertEquals(2, r.items());
        assertEquals(6, r.forms());
        assertEquals(192.0 / 221, r.rawAlpha(), TOL);
        assertEquals(2 * corr / (1 + corr), r.standardizedAlpha(), TOL);
        assertEquals(0.86917172835993894, r.standardizedAlpha(), TOL); // psych std.alpha
        // R: qf(0.975, 5, 5) = 7.1463818287328333, qf(0.025, 5, 5) = 0.13993095022986157
        assertEquals(1 - 29.0 / 221 * 7.1463818287328333, r.feldtLower(0.95), TOL);
        assertEquals(1 - 29.0 / 221 * 0.13993095022986157, r.feldtUpper(0.95), TOL);
        assertEquals(0.062239488537322307, r.feldtLower(0.95), TOL);
        assertEquals(0.98163802010558376, r.feldtUpper(0.95), TOL);
        assertEquals(corr, r.itemRestCorrelations().get(0), TOL);
        assertEquals(corr, r.itemRestCorrelations().get(1), TOL);
        assertAllNaN(r.alphaIfDeleted());
    }

    /**
     * The items a and c above with b = 2 on every form between them. Var b = 0 keeps b in k = 3:
     * α = 3/2 (1 − 125/221) = 144/221; without b's correlations standardized alpha is undefined; deleting a or c leaves
     * b and one item, whose total variance equals its item variance, α = 0; deleting b gives 192/221. (psych 2.2.9
     * deletes b with a warning and reports the two-item figures instead.)
     */
    @Test
    void itemWithoutVarianceStaysInKAndHasNoCorrelation() {
        Reliability r = ofRows(3, new int[][] {{1, 2, 1}, {2, 2, 3}, {3, 2, 2}, {4, 2, 5}, {5, 2, 4}, {2, 2, 3}});
        assertEquals(144.0 / 221, r.rawAlpha(), TOL);
        assertTrue(Double.isNaN(r.standardizedAlpha()));
        assertEquals(0, r.alphaIfDeleted().get(0), TOL);
        assertEquals(192.0 / 221, r.alphaIfDeleted().get(1), TOL);
        assertEquals(0, r.alphaIfDeleted().get(2), TOL);
        double corr = 1.6 / Math.sqrt(13.0 / 3);
        assertEquals(corr, r.itemRestCorrelations().get(0), TOL);
        assertTrue(Double.isNaN(r.itemRestCorrelations().get(1)));
        assertEquals(corr, r.itemRestCorrelations().get(2), TOL);
        // R: qf(0.975, 5, 10) = 4.2360856681886334, qf(0.025, 5, 10) = 0.15107670102998183
        assertEquals(1 - 77.0 / 221 * 4.2360856681886334, r.feldtLower(0.95), TOL);
        assertEquals(1 - 77.0 / 221 * 0.15107670102998183, r.feldtUpper(0.95), TOL);
    }

    @Test
    void constantAnswersLeaveEverythingUndefined() {
        Reliability r = ofRows(3, new int[][] {{3, 3, 3}, {3, 3, 3}, {3, 3, 3}});
        assertTrue(Double.isNaN(r.rawAlpha()));
        assertTrue(Double.isNaN(r.standardizedAlpha()));
        assertTrue(Double.isNaN(r.feldtLower(0.95)));
        assertTrue(Double.isNaN(r.feldtUpper(0.95)));
        assertAllNaN(r.alphaIfDeleted());
        assertAllNaN(r.itemRestCorrelations());
    }

    /** x and 6 − x vary but their total does not: alpha is undefined (not −∞), the item–rest correlation is −1. */
    @Test
    void constantTotalLeavesAlphaUndefined() {
        Reliability r = ofRows(2, new int[][] {{1, 5}, {2, 4}, {4, 2}, {5, 1}, {3, 3}});
        assertTrue(Double.isNaN(r.rawAlpha()));
        assertTrue(Double.isNaN(r.standardizedAlpha()));
        assertTrue(Double.isNaN(r.feldtLower(0.95)));
        assertEquals(List.of(-1.0, -1.0), r.itemRestCorrelations());
        assertAllNaN(r.alphaIfDeleted());
    }

    /** Two mirrored pairs: the total and the standardized total are constant; each pair's rest is not. */
    @Test
    void mirroredPairsLeaveBothAlphasUndefined() {
        Reliability r = ofRows(4, new int[][] {{1, 5, 2, 4}, {2, 4, 2, 4}, {4, 2, 5, 1}, {5, 1, 3, 3}, {3, 3, 1, 5}});
        assertTrue(Double.isNaN(r.rawAlpha()));
        assertTrue(Double.isNaN(r.standardizedAlpha()));
        r.alphaIfDeleted().forEach(v -> assertTrue(Double.isFinite(v), r.toString()));
        r.itemRestCorrelations().forEach(v -> assertTrue(Double.isFinite(v), r.toString()));
    }

    @Test
    void fewerThanTwoFormsLeaveEverythingUndefined() {
        for (int m = 0; m < 2; m++) {
            int[][] rows = m == 0 ? new int[0][] : new int[][] {{1, 4, 2}};
            Reliability r = ofRows(3, rows);
            assertEquals(m, r.forms());
            assertTrue(Double.isNaN(r.rawAlpha()));
            assertTrue(Double.isNaN(r.standardizedAlpha()));
            assertTrue(Double.isNaN(r.feldtLower(0.95)));
            assertTrue(Double.isNaN(r.feldtUpper(0.95)));
            assertEquals(3, r.alphaIfDeleted().size());
            assertAllNaN(r.alphaIfDeleted());
            assertAllNaN(r.itemRestCorrelations());
        }
    }

    @Test
    void fewerThanTwoItemsLeaveEverythingUndefined() {
        Reliability one = ofRows(1, new int[][] {{1}, {3}, {5}});
        assertTrue(Double.isNaN(one.rawAlpha()));
        assertTrue(Double.isNaN(one.standardizedAlpha()));
        assertTrue(Double.isNaN(one.feldtUpper(0.95)));
        assertEquals(1, one.itemRestCorrelations().size());
        assertAllNaN(one.alphaIfDeleted());
        assertAllNaN(one.itemRestCorrelations());
        Reliability none = Reliability.of(0, 5, new double[0], new double[0]);
        assertTrue(Double.isNaN(none.rawAlpha()));
        assertEquals(List.of(), none.alphaIfDeleted());
        assertEquals(List.of(), none.itemRestCorrelations());
    }

    @Test
    void nonFiniteSumsLeaveEverythingUndefined() {
        double[] sums = {6, Double.POSITIVE_INFINITY};
        Reliability r = Reliability.of(2, 3, sums, new double[] {14, 19, 19, 29});
        assertTrue(Double.isNaN(r.rawAlpha()));
        assertAllNaN(r.itemRestCorrelations());
        r = Reliability.of(2, 3, new double[] {6, 9}, new double[] {14, Double.NaN, 19, 29});
        assertTrue(Double.isNaN(r.standardizedAlpha()));
    }

    @Test
    void feldtIntervalNarrowsWithLowerLevelAndContainsAlpha() {
        Reliability r = ofRows(2, new int[][] {{1, 1}, {2, 3}, {3, 2}, {4, 5}, {5, 4}, {2, 3}});
        assertTrue(r.feldtLower(0.99) < r.feldtLower(0.9));
        assertTrue(r.feldtLower(0.9) < r.rawAlpha());
        assertTrue(r.rawAlpha() < r.feldtUpper(0.9));
        assertTrue(r.feldtUpper(0.9) < r.feldtUpper(0.99));
    }

    @Test
    void misuseThrowsNamingTheParameter() {
        double[] two = {1, 2};
        double[] four = {1, 2, 2, 4};
        assertMessage("k", assertThrows(IllegalArgumentException.class, () -> Reliability.of(-1, 3, two, four)));
        assertMessage("m", assertThrows(IllegalArgumentException.class, () -> Reliability.of(2, -1, two, four)));
        assertMessage("sums", assertThrows(IllegalArgumentException.class,
                () -> Reliability.of(3, 3, two, four)));
        assertMessage("cross", assertThrows(IllegalArgumentException.class,
                () -> Reliability.of(2, 3, two, new double[] {1, 2, 3})));
        assertMessage("sums", assertThrows(NullPointerException.class, () -> Reliability.of(2, 3, null, four)));
        assertMessage("cross", assertThrows(NullPointerException.class, () -> Reliability.of(2, 3, two, null)));
        Reliability r = Reliability.of(2, 3, new double[] {6, 9}, new double[] {14, 19, 19, 29});
        for (double level : new double[] {0, 1, -0.5, 95, Double.NaN}) {
            assertMessage("level", assertThrows(IllegalArgumentException.class, () -> r.feldtLower(level)));
            assertMessage("level", assertThrows(IllegalArgumentException.class, () -> r.feldtUpper(level)));
        }
    }

    @Test
    void constructorValidatesAndCopies() {
        List<Double> values = new ArrayList<>(List.of(0.5, 0.5));
        Reliability r = new Reliability(2, 3, 0.6, 0.6, values, values);
        values.set(0, 9.0);
        assertEquals(List.of(0.5, 0.5), r.alphaIfDeleted());
        assertThrows(UnsupportedOperationException.class, () -> r.itemRestCorrelations().set(0, 1.0));
        assertMessage("items", assertThrows(IllegalArgumentException.class,
                () -> new Reliability(-1, 3, 0, 0, List.of(), List.of())));
        assertMessage("forms", assertThrows(IllegalArgumentException.class,
                () -> new Reliability(0, -3, 0, 0, List.of(), List.of())));
        assertMessage("alphaIfDeleted", assertThrows(IllegalArgumentException.class,
                () -> new Reliability(2, 3, 0, 0, List.of(1.0), List.of(1.0, 1.0))));
        assertMessage("itemRestCorrelations", assertThrows(IllegalArgumentException.class,
                () -> new Reliability(2, 3, 0, 0, List.of(1.0, 1.0), List.of(1.0))));
        assertMessage("alphaIfDeleted", assertThrows(NullPointerException.class,
                () -> new Reliability(0, 3, 0, 0, null, List.of())));
    }

    static void assertMessage(String parameter, Exception e) {
        assertTrue(e.getMessage().startsWith(parameter), e.getMessage());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Seeded property tests

    /** The kinds of case; each is generated for the same number of seeds, so every edge case is hit. */
    enum Kind {
        /** Random answers 1..5. */
        RANDOM,
        /** Answers built from one common factor plus noise, so that alpha is high. */
        CORRELATED,
        /** Zero or one form. */
        FEW_FORMS,
        /** Zero or one item. */
        FEW_ITEMS,
        /** One item answered the same on every form. */
        CONSTANT_ITEM,
        /** Every answer the same. */
        CONSTANT_ALL,
        /** Items in pairs x, 6 − x: a constant total. */
        MIRRORED,
        /** Two forms only. */
        TWO_FORMS
    }

    /** A generated case: k items answered on the rows, and a constant to shift the answers by. */
    record Case(long seed, Kind kind, int k, int[][] rows, double shift) {
        @Override
        public String toString() {
            return kind + " seed " + seed + " k=" + k + " m=" + rows.length + " shift=" + shift;
        }
    }

    static final int SEEDS_PER_KIND = 40;

    static Stream<Case> cases() {
        return Arrays.stream(Kind.values()).flatMap(kind -> IntStream.range(0, SEEDS_PER_KIND)
                .mapToObj(i -> generate(20_260_000L + 1000L * kind.ordinal() + i, kind)));
    }

    static Case generate(long seed, Kind kind) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int k = switch (kind) {
            case FEW_ITEMS -> rng.nextInt(2);
            case MIRRORED -> 2 * (1 + rng.nextInt(3));
            default -> 2 + rng.nextInt(5);
        };
        int m = switch (kind) {
            case FEW_FORMS -> rng.nextInt(2);
            case TWO_FORMS -> 2;
            default -> 2 + rng.nextInt(60);
        };
        int constantItem = rng.nextInt(k == 0 ? 1 : k);
        int constantValue = 1 + rng.nextInt(5);
        int[][] rows = new int[m][k];
        for (int i = 0; i < m; i++) {
            int factor = 1 + rng.nextInt(5);
            for (int j = 0; j < k; j++) {
                int x = switch (kind) {
                    case CORRELATED -> Math.max(1, Math.min(5, factor + rng.nextInt(3) - 1));
                    case CONSTANT_ALL -> constantValue;
                    case CONSTANT_ITEM -> j == constantItem ? constantValue : 1 + rng.nextInt(5);
                    case MIRRORED -> j % 2 == 1 ? 6 - rows[i][j - 1] : 1 + rng.nextInt(5);
                    default -> 1 + rng.nextInt(5);
                };
                rows[i][j] = x;
            }
        }
        // Integer and dyadic shifts keep the sums exact, so what is undefined stays undefined after the shift.
        double shift = (rng.nextInt(8001) - 4000) / 4.0;
        return new Case(seed, kind, k, rows, shift);
    }

    static Reliability fromRows(int k, int[][] rows, double shift) {
        double[] sums = new double[k];
        double[] cross = new double[k * k];
        for (int[] row : rows) {
            for (int a = 0; a < k; a++) {
                double xa = row[a] + shift;
                sums[a] += xa;
                for (int b = 0; b < k; b++) {
                    cross[a * k + b] += xa * (row[b] + shift);
                }
            }
        }
        return Reliability.of(k, rows.length, sums, cross);
    }

    /** The figures computed directly from the rows by two-pass (centred) formulas, independently of the sums. */
    static final class TwoPass {
        final double raw;
        final double std;
        final double stdSumR;
        final double[] drop;
        final double[] rest;

        TwoPass(int k, int[][] rows) {
            int m = rows.length;
            double[] all = IntStream.range(0, k).mapToDouble(j -> 1).toArray();
            raw = alpha(rows, k, all);
            drop = new double[k];
            rest = new double[k];
            double[] var = new double[k];
            for (int j = 0; j < k; j++) {
                var[j] = variance(rows, unit(k, j));
                double[] others = all.clone();
                others[j] = 0;
                drop[j] = k > 2 ? alpha(rows, k, others) : Double.NaN;
                double restVar = variance(rows, others);
                rest[j] = m < 2 || var[j] == 0 || restVar == 0 ? Double.NaN
                        : covariance(rows, unit(k, j), others) / Math.sqrt(var[j] * restVar);
            }
            double sumR = 0;
            boolean defined = m >= 2 && k >= 2;
            for (int a = 0; a < k && defined; a++) {
                defined = var[a] > 0;
                for (int b = 0; b < k; b++) {
                    sumR += a == b ? 1 : covariance(rows, unit(k, a), unit(k, b)) / Math.sqrt(var[a] * var[b]);
                }
            }
            stdSumR = defined ? sumR : Double.NaN;
            std = defined ? k / (k - 1.0) * (1 - k / sumR) : Double.NaN;
        }

        static double[] unit(int k, int j) {
            double[] e = new double[k];
            e[j] = 1;
            return e;
        }

        /** α = k'/(k' − 1) (1 − Σ s_j² / s_T²) over the items with coefficient 1, from two-pass variances. */
        static double alpha(int[][] rows, int k, double[] in) {
            int kIn = (int) Arrays.stream(in).sum();
            if (rows.length < 2 || kIn < 2) {
                return Double.NaN;
            }
            double total = variance(rows, in);
            if (total == 0) {
                return Double.NaN;
            }
            double items = 0;
            for (int j = 0; j < k; j++) {
                if (in[j] > 0) {
                    items += variance(rows, unit(k, j));
                }
            }
            return kIn / (kIn - 1.0) * (1 - items / total);
        }

        static double variance(int[][] rows, double[] a) {
            return covariance(rows, a, a);
        }

        /** The sample covariance of the linear combinations a·x and b·x of the rows, two-pass. */
        static double covariance(int[][] rows, double[] a, double[] b) {
            int m = rows.length;
            double[] u = new double[m];
            double[] v = new double[m];
            double mu = 0;
            double mv = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < a.length; j++) {
                    u[i] += a[j] * rows[i][j];
                    v[i] += b[j] * rows[i][j];
                }
                mu += u[i];
                mv += v[i];
            }
            mu /= m;
            mv /= m;
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += (u[i] - mu) * (v[i] - mv);
            }
            return s / (m - 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sumsAgreeWithTwoPassFormulasOnTheRows(Case c) {
        Reliability r = fromRows(c.k(), c.rows(), 0);
        TwoPass t = new TwoPass(c.k(), c.rows());
        String where = c.toString();
        assertEquals(c.k(), r.items(), where);
        assertEquals(c.rows().length, r.forms(), where);
        assertClose(t.raw, r.rawAlpha(), where + " raw");
        if (Double.isNaN(t.stdSumR) || Math.abs(t.stdSumR) < 1e-9) {
            assertTrue(Double.isNaN(r.standardizedAlpha()), where + " std " + r.standardizedAlpha());
        } else {
            assertClose(t.std, r.standardizedAlpha(), where + " std");
        }
        for (int j = 0; j < c.k(); j++) {
            assertClose(t.drop[j], r.alphaIfDeleted().get(j), where + " drop " + j);
            assertClose(t.rest[j], r.itemRestCorrelations().get(j), where + " rest " + j);
        }
        assertNeverInfinite(r);
        switch (c.kind()) {
            case FEW_FORMS, FEW_ITEMS, CONSTANT_ALL, MIRRORED -> assertTrue(Double.isNaN(r.rawAlpha()), where);
            case CONSTANT_ITEM -> {
                assertTrue(Double.isNaN(r.standardizedAlpha()), where);
                assertTrue(Double.isNaN(r.itemRestCorrelations().get(firstConstantItem(c))), where);
            }
            default -> { }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void addingAConstantToEveryAnswerChangesNothing(Case c) {
        Reliability r = fromRows(c.k(), c.rows(), 0);
        Reliability shifted = fromRows(c.k(), c.rows(), c.shift());
        String where = c.toString();
        assertClose(r.rawAlpha(), shifted.rawAlpha(), where + " raw");
        assertClose(r.standardizedAlpha(), shifted.standardizedAlpha(), where + " std");
        assertClose(r.feldtLower(0.95), shifted.feldtLower(0.95), where + " lower");
        assertClose(r.feldtUpper(0.9), shifted.feldtUpper(0.9), where + " upper");
        for (int j = 0; j < c.k(); j++) {
            assertClose(r.alphaIfDeleted().get(j), shifted.alphaIfDeleted().get(j), where + " drop " + j);
            assertClose(r.itemRestCorrelations().get(j), shifted.itemRestCorrelations().get(j), where + " rest " + j);
        }
    }

    static int firstConstantItem(Case c) {
        for (int j = 0; j < c.k(); j++) {
            int first = c.rows()[0][j];
            int col = j;
            if (Arrays.stream(c.rows()).allMatch(row -> row[col] == first)) {
                return j;
            }
        }
        throw new AssertionError("no constant item in " + c);
    }

    static void assertNeverInfinite(Reliability r) {
        assertFalse(Double.isInfinite(r.rawAlpha()), r.toString());
        assertFalse(Double.isInfinite(r.standardizedAlpha()), r.toString());
        assertFalse(Double.isInfinite(r.feldtLower(0.95)), r.toString());
        assertFalse(Double.isInfinite(r.feldtUpper(0.95)), r.toString());
        r.alphaIfDeleted().forEach(v -> assertFalse(Double.isInfinite(v), r.toString()));
        r.itemRestCorrelations().forEach(v -> assertFalse(Double.isInfinite(v), r.toString()));
    }

    /** Both NaN, or equal to 1e-9 relative to the larger of 1 and |expected|. */
    static void assertClose(double expected, double actual, String where) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            assertEquals(Double.isNaN(expected), Double.isNaN(actual), where + ": " + expected + " vs " + actual);
            return;
        }
        assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), where);
    }
}
