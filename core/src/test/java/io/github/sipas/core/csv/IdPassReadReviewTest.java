package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.InputException;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.RejectedRow;
import io.github.sipas.core.Response;

/** Review of issue 14: a read of a file after the pass over its ids (idMemory 0) against the ids held in memory. */
class IdPassReadReviewTest {

    @TempDir
    Path tmp;

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/sipas2017-laocai.csv");

    static Stream<Arguments> variants() throws IOException {
        String text = Files.readString(FIXTURE, StandardCharsets.UTF_8);
        String[] ls = text.split("(?<=\n)");
        List<Arguments> out = new ArrayList<>();
        StringBuilder dup = new StringBuilder();
        for (int i = 0; i < ls.length; i++) {
            dup.append(ls[i]);
            if (i == 200) {
                dup.append(ls[10]);                                   // exact duplicate
                dup.append(ls[11].replaceFirst("^R", "\uFF32"));      // full-width R: same id after NFKC
                dup.append(ls[12].replaceFirst(",", "  ,"));          // trailing spaces
                dup.append("\n");                                      // blank line
                dup.append(ls[13].replaceFirst(",", ",x,"));          // wrong width, same id
                dup.append(ls[14].replace(",Nữ,", ",\"N\nữ\",")); // quoted line break: Commons CSV from here
                dup.append(ls[15]);
            }
            if (i == 900) {
                dup.append(ls[14]).append(ls[15]).append(ls[13]);
            }
        }
        String d = dup.toString();
        out.add(Arguments.of("duplicates", d.getBytes(StandardCharsets.UTF_8)));
        out.add(Arguments.of("BOM", ("\uFEFF" + d).getBytes(StandardCharsets.UTF_8)));
        out.add(Arguments.of("CRLF", d.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        byte[] b = d.getBytes(StandardCharsets.UTF_8);
        int at = d.getBytes(StandardCharsets.UTF_8).length * 3 / 4;
        while (b[at] != '\n') {
            at++;
        }
        byte[] cut = new byte[b.length + 1];
        System.arraycopy(b, 0, cut, 0, at + 3);
        cut[at + 3] = (byte) 0xFF;
        System.arraycopy(b, at + 3, cut, at + 4, b.length - at - 3);
        out.add(Arguments.of("not UTF-8 after the duplicates", cut));
        return out.stream();
    }

    record Outcome(ReadReport report, List<Response> responses, String failure) {
    }

    private static Outcome outcome(java.util.function.Function<List<Response>, ReadReport> read) {
        List<Response> responses = new ArrayList<>();
        try {
            return new Outcome(read.apply(responses), responses, null);
        } catch (InputException e) {
            return new Outcome(null, responses, e.getMessage() + " @" + e.line());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void thePassGivesWhatTheIdsInMemoryGive(String name, byte[] content) throws IOException {
        Path file = tmp.resolve("f.csv");
        Files.write(file, content);
        for (ErrorPolicy policy : ErrorPolicy.values()) {
            List<RejectedRow> rejMemory = new ArrayList<>();
            List<RejectedRow> rejPass = new ArrayList<>();
            CsvResponseReader memory = CsvResponseReader.builder(CsvResponseReaderTest.SIPAS_2017).policy(policy)
                    .rejects(sink(rejMemory)).build();
            CsvResponseReader pass = CsvResponseReader.builder(CsvResponseReaderTest.SIPAS_2017).policy(policy)
                    .rejects(sink(rejPass)).idMemory(0).build();
            Outcome m = outcome(o -> memory.read(new ByteArrayInputStream(content), file.toString(), o::add));
            Outcome p = outcome(o -> pass.read(file, o::add));
            assertEquals(m.failure, p.failure, name + " " + policy);
            if (m.report != null) {
                assertEquals(m.report.problems(), p.report.problems(), name + " " + policy);
                assertEquals(m.report, p.report, name + " " + policy);
            }
            assertEquals(m.responses, p.responses, name + " " + policy);
            assertEquals(rejMemory.toString(), rejPass.toString(), name + " " + policy);
            if (policy != ErrorPolicy.FAIL_FAST && m.report != null) {
                System.out.println(name + ": " + m.report.summary());
            }
        }
    }

    private static RejectedRowSink sink(List<RejectedRow> into) {
        return new RejectedRowSink() {
            @Override
            public void header(String source, List<String> header) {
            }

            @Override
            public void accept(RejectedRow row) {
                into.add(row);
            }
        };
    }
}
