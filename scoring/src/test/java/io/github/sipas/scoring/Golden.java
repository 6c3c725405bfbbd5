package io.github.sipas.scoring;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.sipas.core.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The golden files of scoring/src/test/resources/golden (see its README for the commands that wrote them). */
public final class Golden {

    /** Core's fixtures (through its test-jar), as the golden files' commands read them. */
    public static final Path LAOCAI = Fixtures.path("fixtures/sipas2017-laocai.csv");
    /** The previous period of the rank-set golden files. */
    public static final Path LAOCAI_WEIGHTED = Fixtures.path("fixtures/sipas2017-laocai-weighted.csv");
    /** The fixture with 12 malformed rows among 200. */
    public static final Path BAD_ROWS = Fixtures.path("fixtures/sipas2017-bad-rows.csv");

    private Golden() {
    }

    /**
     * Returns a golden file's text.
     *
     * @param name its name in the golden folder
     * @return its text
     */
    public static String text(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails unless a text equals a golden file to the byte, naming the first line that differs.
     *
     * @param name the golden file
     * @param actual the text
     */
    public static void assertSame(String name, String actual) {
        String expected = text(name);
        if (expected.equals(actual)) {
            return;
        }
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String x = i < e.size() ? e.get(i) : "<end>";
            String y = i < a.size() ? a.get(i) : "<end>";
            if (!x.equals(y)) {
                fail(name + " differs at line " + (i + 1) + ":\n  expected: " + x + "\n  actual:   " + y);
            }
        }
        fail(name + " differs in its line ends (" + expected.length() + " characters expected, " + actual.length()
                + " written)");
    }
}
