package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The docs' reading example is the body of {@link ReadResponsesExample}, and it runs. */
class ReadResponsesExampleTest {

    /** The n-th java block (0-based) of a page of the repository, such as {@code README.md}. */
    static String block(String page, int n) throws IOException {
        String readme = Files.readString(Path.of("..", page), StandardCharsets.UTF_8);
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = readme.indexOf("```java\n", at + 1);
        }
        String block = readme.substring(at + 8);
        return block.substring(0, block.indexOf("```"));
    }

    /** The README's n-th java block shows an example: see {@link #assertPageShows}. */
    static void assertReadmeShows(int n, String example) throws IOException {
        assertPageShows("README.md", n, example);
    }

    /** The code between the README markers of an example, and a page's block, line by line without comments. */
    static void assertPageShows(String page, int n, String example) throws IOException {
        String block = block(page, n);
        String source = Files.readString(Path.of("src/main/java/io/github/sipas/examples/" + example + ".java"),
                StandardCharsets.UTF_8);
        String body = source.substring(source.indexOf("// README: begin\n") + 17, source.indexOf("// README: end"));
        List<String> code = body.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
        List<String> shown = block.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//"))
                .collect(Collectors.toList());
        assertEquals(code, shown);
    }

    @Test
    void docsShowTheReadingExampleAsCompiled() throws IOException {
        assertPageShows("docs/README.md", 1, "ReadResponsesExample");
    }

    @Test
    void exampleReadsTheBadRowsFixture() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            ReadResponsesExample.main(new String[] {ValidateCommandTest.BAD_ROWS.toString()});
        } finally {
            System.setOut(old);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("200 rows read, 188 accepted, 12 rejected"), out);
        assertTrue(out.contains(":157:12: error: out-of-range [B3] '7'"), out);
        assertTrue(out.contains("188 responses kept"), out);
    }
}
