package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.sipas.core.InputException;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Response;

/**
 * The byte path of a read ({@link CsvResponseReader#read(java.io.InputStream, String, java.util.function.Consumer)}:
 * records split from the bytes) against the text path ({@code read(Reader, ...)}: Commons CSV for the whole file): the
 * same content gives equal reports and equal responses, or the same failure.
 */
class CsvResponseReaderBytesTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/sipas2017-laocai.csv");

    static Stream<Arguments> variants() throws IOException {
        String text = Files.readString(FIXTURE, StandardCharsets.UTF_8);
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of("fixture", utf8(text)));
        out.add(Arguments.of("CRLF", utf8(text.replace("\n", "\r\n"))));
        out.add(Arguments.of("quoted cells", utf8(lines(text, (l, i) -> i % 7 == 3 ? quoteUnit(l, false)
                : i % 11 == 5 ? l.replace(",4,", ",\"4\",") : l))));
        out.add(Arguments.of("quoted line break", utf8(lines(text, (l, i) -> i == 300 ? quoteUnit(l, true) : l))));
        out.add(Arguments.of("empty lines", utf8(lines(text, (l, i) -> i % 100 == 50 ? "\n" + l : l))));
        out.add(Arguments.of("no final line break", utf8(text.stripTrailing())));
        out.add(Arguments.of("stray quote", utf8(lines(text, (l, i) -> i == 400 ? l.replace("Nữ", "N\"ữ") : l))));
        out.add(Arguments.of("stray quote in header", utf8(lines(text, (l, i) -> i == 0 ? l.replace("age_group",
                "age\"group") : i == 2 ? l.replaceFirst(",", ",x\"") : l))));
        out.add(Arguments.of("quoted header", utf8(lines(text, (l, i) -> i == 0 ? "\"" + l.strip().replace(",",
                "\",\"") + "\"\n" : l))));
        out.add(Arguments.of("quoted header with a line break", utf8(lines(text, (l, i) -> i == 0 ? l.replace(
                "age_group", "\"age_group\n\"") : l))));
        out.add(Arguments.of("semicolons, a quote after a comma in the header", utf8(lines(text, (l, i) -> (i == 0
                ? l.replace("A1", "A,\"1") : i == 1 ? l.replace("Nữ", "\"Nữ") : l).replace(',', ';')))));
        out.add(Arguments.of("text after closing quote", utf8(lines(text, (l, i) -> i == 500 ? l.replaceFirst(",",
                ",\"a\"b") : l))));
        out.add(Arguments.of("lone CR", utf8(lines(text, (l, i) -> i == 600 ? l.replace("\n", "\r") : l))));
        byte[] bytes = utf8(text);
        int middle = text.indexOf("Bát Xát", text.length() / 2);
        int at = utf8(text.substring(0, middle)).length;
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        cut.write(bytes, 0, at);
        cut.write(0xFF);
        cut.write(bytes, at, bytes.length - at);
        out.add(Arguments.of("not UTF-8 in the middle", cut.toByteArray()));
        return out.stream();
    }

    @FunctionalInterface
    interface LineEdit {
        String edit(String line, int index);
    }

    private static String lines(String text, LineEdit edit) {
        String[] ls = text.split("(?<=\n)");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ls.length; i++) {
            sb.append(edit.edit(ls[i], i));
        }
        return sb.toString();
    }

    private static String quoteUnit(String line, boolean lineBreak) {
        String[] f = line.split(",", -1);
        f[1] = "\"" + (lineBreak ? f[1] + "\n" : f[1].replace("Lào", "\"\"Lào\"\"")) + "\"";
        return String.join(",", f);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A read's outcome: the report and the responses, or the failure's message and line. */
    record Outcome(ReadReport report, String summary, List<Response> responses, String failure) {
    }

    private static Outcome outcome(Function<List<Response>, ReadReport> read) {
        List<Response> responses = new ArrayList<>();
        try {
            ReadReport r = read.apply(responses);
            return new Outcome(r, r.summary(), responses, null);
        } catch (InputException e) {
            // the whole message (CsvRead drops Commons CSV's own line count from it) and the line it names
            return new Outcome(null, null, responses, e.getMessage() + " @" + e.line());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void bytesReadAsText(String name, byte[] content) {
        CsvResponseReader reader = CsvResponseReader.builder(CsvResponseReaderTest.SIPAS_2017).build();
        Outcome text = outcome(out -> reader.read(new InputStreamReader(new ByteArrayInputStream(content),
                CsvRead.decoder()), "f.csv", out::add));
        Outcome bytes = outcome(out -> reader.read(new ByteArrayInputStream(content), "f.csv", out::add));
        assertEquals(text.failure, bytes.failure, name);
        assertEquals(text.summary, bytes.summary, name);
        if (text.report != null) {
            assertNotNull(bytes.report, name);
            assertEquals(text.report.problems(), bytes.report.problems(), name);
            assertEquals(text.report.rowsRead(), bytes.report.rowsRead(), name);
            assertEquals(text.report.accepted(), bytes.report.accepted(), name);
            assertEquals(text.report, bytes.report, name);
            assertTrue(text.report.rowsRead() > 0, name);
        }
        assertEquals(text.responses, bytes.responses, name);
    }
}
