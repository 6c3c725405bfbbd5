package io.github.sipas.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.sipas.core.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Golden files: those of scoring/src/test/resources/golden (see its README for the commands that wrote them), and the
 * comparison every golden test uses, the HTML pages' of scoring and examples included.
 */
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

    /** Whether golden files are to be written again rather than compared: {@code -Dsipas.golden.update=true}. */
    public static final boolean UPDATE = Boolean.getBoolean("sipas.golden.update");

    /**
     * Fails unless a text equals a golden file of this folder to the byte, naming the first line that differs.
     *
     * @param name the golden file
     * @param actual the text
     */
    public static void assertSame(String name, String actual) {
        String expected = text(name);
        if (!expected.equals(actual)) {
            fail(difference(name, expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * Fails unless bytes equal a golden file to the byte, keeping what was written in {@code actualDir} to look at;
     * with {@link #UPDATE}, writes the golden file instead.
     *
     * @param golden the golden file
     * @param actual the bytes written
     * @param actualDir where to keep the bytes written when they differ
     * @throws IOException if a file cannot be read or written
     */
    public static void assertFile(Path golden, byte[] actual, Path actualDir) throws IOException {
        String name = golden.getFileName().toString();
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
            return;
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + "; write it with -Dsipas.golden.update=true");
        byte[] expected = Files.readAllBytes(golden);
        if (!Arrays.equals(expected, actual)) {
            Files.createDirectories(actualDir);
            Path written = actualDir.resolve(name);
            Files.write(written, actual);
            fail(difference(name, expected, actual) + "\n(the page is in " + written + ")");
        }
    }

    /**
     * Says where two files first differ: the line and column, as expected and as written.
     *
     * @param name the golden file's name
     * @param expected its bytes
     * @param actual the bytes written
     * @return the message
     */
    public static String difference(String name, byte[] expected, byte[] actual) {
        String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "<end of file>";
            String y = i < a.length ? a[i] : "<end of file>";
            if (!x.equals(y)) {
                int col = 0;
                while (col < Math.min(x.length(), y.length()) && x.charAt(col) == y.charAt(col)) {
                    col++;
                }
                return name + " differs from its golden file at line " + (i + 1) + ", column " + (col + 1)
                        + " (" + expected.length + " bytes expected, " + actual.length + " written):\n  expected: "
                        + x + "\n  written:  " + y;
            }
        }
        return name + " differs from its golden file in bytes that are not text (" + expected.length
                + " bytes expected, " + actual.length + " written)";
    }
}
