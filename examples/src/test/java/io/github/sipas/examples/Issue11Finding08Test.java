package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sipas.core.Item;
import io.github.sipas.core.instrument.Surveys;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, finding 8:
 *
 * <blockquote>Weights {@code "1,000"} and {@code 1.000} are both read as 1.0 without a word (a unit that should be 50 %
 * prints 0.10); weights of 1e-308 underflow to an SE of 0; weights of 1e308 overflow to "the overall index is
 * undefined".</blockquote>
 *
 * <p>Now a weight is a plain decimal number: a grouped or ambiguous one is a {@code bad-weight} problem at its line and
 * column, {@code --decimal-comma} reads {@code 1,5} as 1.5 and refuses a point, and weights are rescaled so that the
 * fixture's weights times 1e-308, 1e-300, 1e300 or 1e308 give the R reference's figures (to its 1e-9); a weight that
 * cannot be summed with the file's first one is refused with its line.
 */
class Issue11Finding08Test {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> CRITERIA = Surveys.bundled("sipas-2017").criteria().stream().map(Item::id)
            .collect(Collectors.toList());
    private static final Path WEIGHTED = io.github.sipas.core.testing.Fixtures.path(
            "fixtures/sipas2017-laocai-weighted.csv");
    private static final Path EXPECTED = io.github.sipas.core.testing.Fixtures.path(
            "fixtures/sipas2017-laocai-weighted.expected.csv");

    @TempDir
    Path dir;
    private int files;

    /**
     * Unit X of 20 forms: 10 satisfied on every criterion with the weight {@code satisfiedWeight}, 10 dissatisfied
     * with 1000. With a weight of a thousand for the satisfied ones too, X is at 50 %.
     */
    private Path fiftyFifty(String satisfiedWeight) throws IOException {
        return fiftyFifty(satisfiedWeight, "1000");
    }

    private Path fiftyFifty(String satisfiedWeight, String dissatisfiedWeight) throws IOException {
        StringBuilder csv = new StringBuilder("response_id,unit,weight," + String.join(",", CRITERIA) + "\n");
        for (int i = 0; i < 20; i++) {
            boolean satisfied = i < 10;
            csv.append("F").append(i).append(",X,").append(satisfied ? satisfiedWeight : dissatisfiedWeight)
                    .append((satisfied ? ",4" : ",2").repeat(CRITERIA.size())).append('\n');
        }
        Path file = dir.resolve("fifty-" + files++ + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static JsonNode json(CommandLineRun run) throws IOException {
        return MAPPER.readTree(run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1,000\"", "1.000", "1 000", "\"1\u00A0000\"", "1\u202F000", "1.000.000"})
    void groupedOrAmbiguousWeightIsABadWeightAtItsLineAndColumnNotASilentOne(String weight) throws IOException {
        Path file = fiftyFifty(weight);
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", file.toString(),
                "--format", "json", "--min-cell", "1");
        // Before: exit 0 and X at 0.0999 % (10 × 1 against 10 × 1000). Now the ten rows are rejected (exit 1).
        assertEquals(1, run.code(), run.err());
        String cell = weight.replace("\"", "");
        for (int line = 2; line <= 11; line++) {
            assertTrue(run.err().contains(file + ":" + line + ":3: error: bad-weight [weight] '" + cell + "': the "
                    + "weight "), run.err());
        }
        assertTrue(run.err().contains("20 rows read, 10 accepted, 10 rejected"), run.err());
        assertEquals(0.0, json(run).get("units").get(0).get("index").get("value").doubleValue(), 1e-12,
                "only the dissatisfied forms are scored");
    }

    @Test
    void messagesSayWhatIsAllowed() throws IOException {
        CommandLineRun ambiguous = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                fiftyFifty("1.000").toString());
        assertTrue(ambiguous.out().contains("'1.000': the weight is ambiguous: '.' followed by exactly three digits "
                + "may group thousands (1000) or mark decimals; write a thousand as 1000"), ambiguous.out());
        CommandLineRun grouped = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                fiftyFifty("1 000").toString());
        assertTrue(grouped.out().contains("'1 000': the weight groups its digits with a space; a weight is a plain "
                + "decimal number without grouping: write 1000"), grouped.out());
    }

    @Test
    void aThousandWrittenPlainGivesFiftyPercent() throws IOException {
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                fiftyFifty("1000").toString(), "--format", "json", "--min-cell", "1");
        assertEquals(0, run.code(), run.err());
        assertEquals(50.0, json(run).get("units").get(0).get("index").get("value").doubleValue(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e308", "1e-308", "1.7976931348623157e308", "4.9e-324"})
    void equalWeightsOfAnyMagnitudeGiveFiftyPercentWithItsStandardError(String weight) throws IOException {
        // Before: 1e308 gave "the overall index is undefined" (the sums overflowed), 1e-308 an SE of 0 (the squares
        // underflowed). Equal weights are no weights: 50 % with the SE of 10 against 10 unweighted,
        // sqrt(n/(n-1) * p(1-p)/n) = sqrt(20/19 * 0.25 / 20) = 11.4708 %.
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                fiftyFifty(weight, weight).toString(), "--format", "json", "--min-cell", "1");
        assertEquals(0, run.code(), run.err());
        JsonNode index = json(run).get("units").get(0).get("index");
        assertEquals(50.0, index.get("value").doubleValue(), 1e-9);
        assertEquals(100 * Math.sqrt(20.0 / 19 * 0.25 / 20), index.get("se").doubleValue(), 1e-9);
    }

    @Test
    void decimalCommaReadsOneCommaFiveAsOneAndAHalfAndRefusesAPoint() throws IOException {
        // 10 × 1.5 satisfied against 10 × 1000 dissatisfied: 1.5 / 1001.5 = 0.14977… %.
        Path comma = fiftyFifty("\"1,5\"");
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", comma.toString(),
                "--format", "json", "--min-cell", "1", "--decimal-comma");
        assertEquals(0, run.code(), run.err());
        assertEquals(100 * 1.5 / 1001.5, json(run).get("units").get(0).get("index").get("value").doubleValue(),
                1e-9);
        for (String pointed : new String[] {"1.5", "\"1.000,5\""}) {
            Path file = fiftyFifty(pointed);
            CommandLineRun refused = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                    file.toString(), "--decimal-comma");
            assertEquals(1, refused.code(), refused.out() + refused.err());
            assertTrue(refused.out().contains(file + ":2:3: error: bad-weight [weight] '" + pointed.replace("\"", "")
                    + "'"), refused.out());
        }
        CommandLineRun report = CommandLineRun.of("report", "--survey", "sipas-2017", "--responses",
                comma.toString(), "--min-cell", "1", "--decimal-comma", "--out", dir.resolve("r.html").toString());
        assertEquals(0, report.code(), report.err());
    }

    @Test
    void decimalPointReadsOnePointZeroZeroZeroAsOneAndRefusesACommaAndBothOptionsTogether() throws IOException {
        // 10 × 1.0 satisfied against 10 × 1000 dissatisfied: 1 / 1001 = 0.0999… %.
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                fiftyFifty("1.000").toString(), "--format", "json", "--min-cell", "1", "--decimal-point");
        assertEquals(0, run.code(), run.err());
        assertEquals(100 * 1.0 / 1001, json(run).get("units").get(0).get("index").get("value").doubleValue(), 1e-9);
        Path comma = fiftyFifty("\"1,5\"");
        CommandLineRun refused = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                comma.toString(), "--decimal-point");
        assertEquals(1, refused.code(), refused.out() + refused.err());
        assertTrue(refused.out().contains(comma + ":2:3: error: bad-weight [weight] '1,5'"), refused.out());
        CommandLineRun both = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", comma.toString(),
                "--decimal-point", "--decimal-comma");
        assertEquals(2, both.code());
        assertTrue(both.err().startsWith("sipas: give --decimal-comma or --decimal-point, not both"), both.err());
    }

    /** The weighted fixture with every weight multiplied by a factor, written in full precision. */
    private Path scaledFixture(double factor) throws IOException {
        Path file = dir.resolve("weighted-" + factor + ".csv");
        try (Reader in = Files.newBufferedReader(WEIGHTED, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                        CSVFormat.DEFAULT)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(in).getRecords();
            int w = records.get(0).toList().indexOf("weight");
            out.printRecord(records.get(0).toList());
            for (CSVRecord r : records.subList(1, records.size())) {
                List<String> cells = new ArrayList<>(r.toList());
                cells.set(w, Double.toString(Double.parseDouble(cells.get(w)) * factor));
                out.printRecord(cells);
            }
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-308, 1e-300, 1e300, 1e308})
    void weightsTimesAFarFactorGiveTheReferenceFigures(double factor) throws IOException {
        // Before: times 1e-308 every SE was 0; times 1e308 "the overall index is undefined". 1e308 × 2.6 overflows
        // a double, so that factor takes the weights divided by 4 first (a uniform factor changes no figure).
        double f = factor == 1e308 ? factor / 4 : factor;
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses",
                scaledFixture(f).toString(), "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode units = json(run).get("units");
        assertEquals(9, units.size());
        int checked = 0;
        // R 4.2.2, survey 4.1-1 via shared/tools/sipas_reference.R on the unscaled weights; 1e-9 as ScorerFixtureTest.
        try (Reader in = Files.newBufferedReader(EXPECTED, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (!row.get("id").equals("SIPAS")) {
                    continue;
                }
                JsonNode index = null;
                for (JsonNode u : units) {
                    if (u.get("unit").textValue().equals(row.get("unit"))) {
                        index = u.get("index");
                    }
                }
                String where = factor + " " + row.get("unit");
                assertEquals(Double.parseDouble(row.get("value")), index.get("value").doubleValue(), 1e-9, where);
                assertEquals(Double.parseDouble(row.get("se")), index.get("se").doubleValue(), 1e-9, where);
                assertTrue(index.get("se").doubleValue() > 1, where);
                checked++;
            }
        }
        assertEquals(9, checked);
    }

    @Test
    void weightsTooFarApartToBeSummedAreRefusedWithTheirLine() throws IOException {
        StringBuilder csv = new StringBuilder("response_id,unit,weight," + String.join(",", CRITERIA) + "\n");
        String[] weights = {"1e308", "1e-308", "2e308", "1e278"};
        for (int i = 0; i < weights.length; i++) {
            csv.append("F").append(i).append(",X,").append(weights[i]).append(",4".repeat(CRITERIA.size()))
                    .append('\n');
        }
        Path file = dir.resolve("far.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses", file.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains(file + ":3:3: error: bad-weight [weight] '1e-308': the weight is less than "
                + "2^-100 of the file's first weight, 1.0E308 on line 2; weights so far apart cannot be summed in "
                + "double precision"), run.out());
        assertTrue(run.out().contains(file + ":4:3: error: bad-weight [weight] '2e308': the weight is beyond the "
                + "range of a double"), run.out());
        assertTrue(run.out().contains("4 rows read, 2 accepted, 2 rejected"), run.out());
    }
}
