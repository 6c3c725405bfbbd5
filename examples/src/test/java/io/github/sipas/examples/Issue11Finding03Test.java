package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, finding 3: "{@code sipas bench-collect --dir bc …} deletes subfolders of {@code bc} it did not create
 * ({@code bc/run-1/data.txt} is gone)." Now the benchmark works in a new directory of its own inside {@code --dir}
 * and removes only that.
 */
class Issue11Finding03Test {

    @TempDir
    Path dir;

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void benchCollectLeavesWhatWasInItsDirectory() throws IOException {
        Path bc = Files.createDirectory(dir.resolve("bc"));
        Files.createDirectories(bc.resolve("run-1"));
        Files.writeString(bc.resolve("run-1").resolve("data.txt"), "a user's data");
        Files.createDirectories(bc.resolve("warm-up"));
        Files.writeString(bc.resolve("warm-up").resolve("keep.txt"), "keep");
        List<String> before = tree(bc);
        CommandLineRun run = CommandLineRun.of("bench-collect", "--dir", bc.toString(), "--responses", "30",
                "--runs", "none:1:1,none:2:3");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("journal on " + bc.resolve("sipas-bench-collect-")), run.out());
        assertEquals(before, tree(bc), "nothing it did not create is gone, nothing it created is left");
        assertEquals("a user's data", Files.readString(bc.resolve("run-1").resolve("data.txt")));
    }

    @Test
    void aDirThatDoesNotExistIsMadeAndRemovedAndAFileOrADanglingLinkIsRefused() throws IOException {
        Path fresh = dir.resolve("new");
        assertEquals(0, CommandLineRun.of("bench-collect", "--dir", fresh.toString(), "--responses", "10", "--runs",
                "none:1:1").code());
        assertTrue(Files.notExists(fresh), "the directory it made for --dir is removed too");
        Path file = Files.writeString(dir.resolve("file"), "x");
        CommandLineRun run = CommandLineRun.of("bench-collect", "--dir", file.toString(), "--responses", "10");
        assertEquals(2, run.code());
        assertEquals("sipas: --dir " + file + " is not a directory", run.err().strip());
        assertEquals("x", Files.readString(file));
        Path dangling = Files.createSymbolicLink(dir.resolve("bcl"), dir.resolve("gone"));
        run = CommandLineRun.of("bench-collect", "--dir", dangling.toString(), "--responses", "10");
        assertEquals(2, run.code());
        assertEquals("sipas: --dir " + dangling + " is a symbolic link to a directory that does not exist",
                run.err().strip());
    }
}
