package io.github.sipas.scoring.disclose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import io.github.sipas.scoring.estimate.Grouping;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.Scorer;

/**
 * The stored file {@code src/test/resources/privacy/personal-fields.csv}, made by {@code make_personal_fields.py}
 * beside it: 71 synthetic SIPAS 2017 forms in four units with the personal columns Họ và tên, Số điện thoại, Địa chỉ,
 * Email and Số CCCD. Its sizes are by construction (unit: men + women): Bảo Yên 15 + 15 = 30, Bắc Hà 20 + 4 = 24,
 * Si Ma Cai 6 + 6 = 12, Mường Khương 3 + 2 = 5.
 */
public final class PersonalFieldsFixture {

    static final Survey SURVEY = Surveys.bundled("sipas-2017");
    static final Path FILE = Path.of("src/test/resources/privacy/personal-fields.csv");
    /** The personal columns of the file. */
    public static final List<String> PERSONAL = List.of("Họ và tên", "Số điện thoại", "Địa chỉ", "Email", "Số CCCD");
    /** The unit of 5 forms, suppressed by unit with the default threshold of 10. */
    public static final String SMALL_UNIT = "Mường Khương";
    /** Bắc Hà's 20 men: suppressed by unit and gender to protect its 4 women. */
    public static final String COMPLEMENT = "Bắc Hà / Nam";

    private PersonalFieldsFixture() {
    }

    public static ReadResult read() {
        ReadResult read = CsvResponseReader.builder(SURVEY).build().readAll(FILE);
        assertTrue(read.report().isValid(), read.report().summary());
        return read;
    }

    /** The file scored by unit, or by unit and gender, with a rule. */
    public static ScoreResult result(boolean byGender, Disclosure rule) {
        ReadResult read = read();
        Scorer.Builder b = Scorer.builder(SURVEY);
        if (byGender) {
            b.grouping(Grouping.byUnitAnd("gender"));
        }
        io.github.sipas.scoring.estimate.ScoreAccumulator acc = b.build().accumulator();
        read.responses().forEach(acc::add);
        Scorecard card = acc.result();
        // as ScoreRun publishes them: the negative items over the forms the disclosure lets a publication count
        card = card.withNegativeItems(acc.negativeItems(rule.qualityScope(card)));
        return new ScoreResult(card, Ranking.of(card), read.report().rowsRead(), read.report().rejected(), Map.of(),
                rule);
    }

    /** Every value of the personal columns of the file, 71 × 5 of them, all different. */
    static List<String> personalValues() {
        List<String> values = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : p) {
                for (String column : PERSONAL) {
                    values.add(r.get(column));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    /** Asserts that no personal value of the file is in a text. */
    public static void assertNoPersonalValue(String text) {
        List<String> values = personalValues();
        assertTrue(values.size() == 71 * 5, "values: " + values.size());
        for (String v : values) {
            assertFalse(text.contains(v), "personal value '" + v + "' was written");
        }
    }
}
