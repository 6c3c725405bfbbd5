package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import io.github.sipas.core.Item;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.Rule;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;

/**
 * Problems that {@link CsvResponseReaderFuzzTest} found in {@link CsvResponseReader}, one test each; the fuzzer's input
 * is kept under {@code CsvResponseReaderFuzzTestInputs/anyBytes/} with the same name.
 */
class CsvResponseReaderRegressionTest {

    private static final Survey SIPAS_2017 = Surveys.bundled("sipas-2017");

    private static String criteria2017() {
        return SIPAS_2017.criteria().stream().map(Item::id).collect(Collectors.joining(","));
    }

    /**
     * {@code timeout-option-column-spaces}: a header cell with a long run of spaces ({@code "uni      …t"}) took time
     * quadratic in the run, in the regular expression that looks for a multi-select option column ({@code N2/3}): 14 s
     * for 130,000 spaces, hours for a header of a few megabytes.
     */
    @Test
    void aHeaderCellWithALongRunOfSpacesIsReadInLinearTime() {
        String csv = "response_id,uni" + " ".repeat(300_000) + "t," + criteria2017() + "\nR1,U" + ",4".repeat(22)
                + "\n";
        ReadReport report = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CsvResponseReader
                .builder(SIPAS_2017).build().read(new StringReader(csv), "spaces.csv", r -> { }));
        assertTrue(report.fatal());
        assertEquals(List.of("unit"), report.errors().stream().map(Problem::column).collect(Collectors.toList()));
    }

    /**
     * Found by reading the code while fuzzing, not by the fuzzer (its inputs stop at 80 K of repeated pieces): for each
     * column named by a synonym of a field ({@code Đơn vị} for {@code unit}), the reader searched the whole header for
     * the field's own name, so a header of many such columns took time quadratic in its width: 7 s for 40,000
     * columns, most of an hour for a header of a few megabytes. (Since issue 11 a header has at most 16,384 columns,
     * so the test reads the widest header allowed.)
     */
    @Test
    void aHeaderOfManyFieldSynonymsIsReadInLinearTime() {
        String csv = "response_id," + criteria2017() + ",Đơn vị".repeat(16_000) + "\n";
        ReadReport report = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CsvResponseReader
                .builder(SIPAS_2017).build().read(new StringReader(csv), "synonyms.csv", r -> { }));
        assertTrue(report.fatal());
        // the first is the unit, the second an attribute, every later one a duplicate of that attribute
        assertEquals(16_000 - 2, report.errors().stream().filter(p -> p.rule() == Rule.DUPLICATE_COLUMN).count());
    }

    @Test
    void aSynonymIsNotTheFieldWhenTheHeaderAlsoHasTheFieldsOwnNameLater() {
        String csv = "response_id,Đơn vị," + criteria2017() + ",UNIT\nR1,Phòng A" + ",4".repeat(22) + ",Bát Xát\n";
        ReadResult r = CsvResponseReader.builder(SIPAS_2017).knownAttributes(java.util.Set.of("Đơn vị")).build()
                .readAll(new StringReader(csv), "both.csv");
        assertTrue(r.report().isValid(), r.report().problems().toString());
        assertEquals("Bát Xát", r.responses().get(0).unit());
        assertEquals("Phòng A", r.responses().get(0).attributes().get("Đơn vị"));
    }
}
