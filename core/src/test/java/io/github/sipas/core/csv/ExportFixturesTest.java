package io.github.sipas.core.csv;

import static io.github.sipas.core.csv.CsvResponseReaderTest.FIXTURES;
import static io.github.sipas.core.csv.CsvResponseReaderTest.SIPAS_2017;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import io.github.sipas.core.ReadResult;
import io.github.sipas.core.Response;
import io.github.sipas.core.UnitList;

/**
 * The small tool exports under {@code fixtures/exports/} (made by {@code make_exports.py} there from the first 14 forms
 * of {@code sipas2017-laocai.csv}), each read as it comes, with no column mapping, and compared with {@code clean.csv}
 * of the same forms: same units and answers in the same order, the same ids where the tool writes them, and no
 * problem at all (no warning for the tools' metadata columns either).
 */
class ExportFixturesTest {

    private static final Path EXPORTS = FIXTURES.resolve("exports");
    private static final UnitList LAOCAI = UnitList.bundled("laocai-2023");

    private static ReadResult read(String file, UnaryOperator<CsvResponseReader.Builder> options) {
        ReadResult r = options.apply(CsvResponseReader.builder(SIPAS_2017).units(LAOCAI)).build()
                .readAll(EXPORTS.resolve(file));
        assertEquals(List.of(), r.report().problems(), file);
        assertEquals(14, r.responses().size(), file);
        return r;
    }

    private static List<String> formsOf(ReadResult r, boolean withIds) {
        return r.responses().stream().map(x -> (withIds ? x.id() + " " : "") + x.unit() + " " + x.answers())
                .collect(Collectors.toList());
    }

    private static void assertSameForms(ReadResult got, boolean withIds) {
        assertEquals(formsOf(read("clean.csv", b -> b), withIds), formsOf(got, withIds));
    }

    @Test
    void koboXmlValuesAndHeadersReadAsTheCleanFile() {
        ReadResult r = read("kobo-xml.csv", b -> b);
        assertSameForms(r, true);
        assertTrue(r.responses().get(0).attributes().containsKey("_id"), "the other id is kept as an attribute");
    }

    @Test
    void koboLabelsReadAsTheCleanFile() {
        assertSameForms(read("kobo-labels.csv", b -> b), true);
    }

    @Test
    void koboWithItsPresetReadsTheSame() {
        assertSameForms(read("kobo-xml.csv", b -> b.preset(ExportPreset.KOBO)), true);
    }

    @Test
    void googleFormsRowsAreNumberedByTheirLine() {
        ReadResult r = read("google-forms.csv", b -> b);
        assertSameForms(r, false);
        assertEquals(List.of("row-2", "row-3"), r.responses().subList(0, 2).stream().map(Response::id)
                .collect(Collectors.toList()));
    }

    @Test
    void limeSurveyFullAnswersReadAsTheCleanFile() {
        assertSameForms(read("limesurvey-full.csv", b -> b), false);
    }

    @Test
    void limeSurveyAnswerCodesReadWithTheValuesFile() {
        AnswerValues values = AnswerValues.read(EXPORTS.resolve("limesurvey-values.csv"));
        ReadResult r = read("limesurvey-codes.csv", b -> b.values(values));
        assertSameForms(r, false);
        assertEquals("1", r.responses().get(0).id());
    }
}
