package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, finding 5:
 *
 * <blockquote>Personal columns are recognised by a fixed list of names: {@code --by Mobile} (also {@code Tel},
 * {@code Zalo}, {@code contact}, {@code Năm sinh}) publishes every phone number as a group label in the table and the
 * HTML report.</blockquote>
 *
 * <p>Now the list of personal fields holds these names (and many more a Vietnamese form uses), and {@code --by} also
 * refuses a column whose values are almost all distinct, whatever its name: more distinct values than forms ÷ k. Both
 * refusals are usage errors (exit 2) made before anything is written, and name the column, never a value.
 */
class Issue11Finding05Test {

    private static final List<String> CRITERIA = List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "B5", "C1",
            "C2", "C3", "C4", "C5", "C6", "D1", "D2", "D3", "E1", "E2", "E3", "E4");
    private static final int FORMS = 60;

    @TempDir
    Path dir;

    /** A phone number, a birth year and a form code per form, all distinct; gender and channel of 2 and 3 values. */
    private Path file() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("response_id,unit,gender,channel,Mobile,Tel,Zalo,contact,Năm sinh,Mã phiếu,"
                + String.join(",", CRITERIA));
        for (int i = 0; i < FORMS; i++) {
            StringBuilder row = new StringBuilder();
            row.append("R").append(i).append(',').append(i % 3 == 0 ? "Xã A" : i % 3 == 1 ? "Xã B" : "Xã C")
                    .append(',').append(i % 2 == 0 ? "Nam" : "Nữ").append(',')
                    .append(List.of("trực tiếp", "bưu chính", "trực tuyến").get(i % 3)).append(',');
            for (int c = 0; c < 4; c++) {
                row.append(phone(c, i)).append(',');
            }
            row.append(1950 + i).append(',').append("MP-").append(7000 + i);
            for (int j = 0; j < CRITERIA.size(); j++) {
                row.append(',').append(1 + (i + j) % 5);
            }
            lines.add(row.toString());
        }
        Path file = dir.resolve("phones.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static String phone(int column, int form) {
        return String.format("09%d%07d", column, 1234500 + form);
    }

    private void assertNoValue(String withPaths) {
        String output = withPaths.replace(dir.toString(), "DIR"); // a temporary directory's name may hold a "1970"
        for (int i = 0; i < FORMS; i++) {
            for (int c = 0; c < 4; c++) {
                assertFalse(output.contains(phone(c, i)), output);
            }
            assertFalse(output.contains("MP-" + (7000 + i)), output);
            assertFalse(java.util.regex.Pattern.compile("\\b" + (1950 + i) + "\\b").matcher(output).find(), output);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mobile", "Tel", "Zalo", "contact", "Năm sinh", "unit,Mobile", "unit,Năm sinh"})
    void groupingByAPersonalColumnIsRefusedAndWritesNothing(String by) throws IOException {
        Path out = dir.resolve("out.json");
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", file().toString(),
                "--by", by, "--format", "json", "--out", out.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("is a personal field"), run.err());
        assertFalse(Files.exists(out));
        assertNoValue(run.out() + run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mã phiếu", "unit,Mã phiếu"})
    void groupingByAColumnOfDistinctValuesIsRefusedWhateverItsName(String by) throws IOException {
        Path out = dir.resolve("out.json");
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", file().toString(),
                "--by", by, "--format", "json", "--out", out.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("--by: column 'Mã phiếu' has 60 distinct values in the 60 forms that have "
                + "one, more than forms ÷ 10 = 6.0"), run.err());
        assertFalse(Files.exists(out));
        assertNoValue(run.out() + run.err());
        Path html = dir.resolve("r.html");
        CommandLineRun report = CommandLineRun.of("report", "--survey", "sipas-2017", "--responses",
                file().toString(), "--by", by, "--out", html.toString());
        assertEquals(2, report.code(), report.err());
        assertFalse(Files.exists(html));
        assertNoValue(report.out() + report.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gender", "channel", "unit,gender"})
    void anOrdinaryColumnIsStillGroupedBy(String by) throws IOException {
        CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", file().toString(),
                "--by", by, "--format", "json");
        assertEquals(0, run.code(), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gender", "age_group", "period", "unit,gender", "unit,age_group"})
    void theSampleIsStillGroupedByItsAttributes(String by) {
        CommandLineRun run = CommandLineRun.of("score", "--sample", "--by", by, "--format", "json");
        assertEquals(0, run.code(), run.err());
    }

    /**
     * Found by review: names and phones on a tenth of the sample's forms, blank on the rest (180 distinct values in
     * 1,800 forms passed forms ÷ 10), or beside one common value ("Không"), were published as group labels.
     */
    @ParameterizedTest
    @ValueSource(strings = {"blank", "Không"})
    void aColumnDistinctOnTheFormsThatHaveAValueIsRefused(String others) throws IOException {
        List<String> lines;
        try (java.io.InputStream s = InputOptions.class.getResourceAsStream(InputOptions.SAMPLE)) {
            lines = new String(s.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        List<String> out = new java.util.ArrayList<>();
        out.add(lines.get(0) + ",Ghi chú");
        for (int i = 1; i < lines.size(); i++) {
            String v = i <= 179 ? String.format(java.util.Locale.ROOT, "Nguyễn Văn %03d 09123%05d", i, i)
                    : others.equals("blank") ? "" : others;
            out.add(lines.get(i) + "," + v);
        }
        Path file = Files.writeString(dir.resolve("respondents.csv"), String.join("\n", out) + "\n");
        for (String by : new String[] {"Ghi chú", "unit,Ghi chú"}) {
            CommandLineRun run = CommandLineRun.of("score", "--survey", "sipas-2017", "--responses", file.toString(),
                    "--by", by);
            assertEquals(2, run.code(), by + ": " + run.out() + run.err());
            assertFalse((run.out() + run.err()).contains("Nguyễn Văn 001") || run.err().contains("0912300001"),
                    run.err());
            assertTrue(run.err().contains("its values are almost all distinct"), run.err());
        }
    }
}
