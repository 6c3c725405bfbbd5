package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesANewFileAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("ranking.txt");
        OutputFile.write(out, w -> w.write("Sa Pa 91.20\n"));
        assertEquals("Sa Pa 91.20\n", Files.readString(out));
        assertEquals(List.of("ranking.txt"), names());
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path out = dir.resolve("ranking.txt");
        Files.writeString(out, "old content that is longer than the new\n");
        OutputFile.write(out, w -> w.write("new\n"));
        assertEquals("new\n", Files.readString(out));
        assertEquals(List.of("ranking.txt"), names());
    }

    @Test
    void aFailureHalfWayLeavesTheEarlierFileAsItWasAndRemovesTheTemporaryFile() throws IOException {
        Path out = dir.resolve("ranking.json");
        Files.writeString(out, "{\"good\": true}\n");
        IOException e = assertThrows(IOException.class, () -> OutputFile.write(out, w -> {
            w.write("{\"cut".repeat(100_000)); // more than the buffer: part of it reaches the temporary file
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + out + ": No space left on device", e.getMessage());
        assertEquals("{\"good\": true}\n", Files.readString(out));
        assertEquals(List.of("ranking.json"), names());
    }

    @Test
    void anUncheckedFailureOfTheContentIsReportedWithThePathAndLeavesNothing() throws IOException {
        Path out = dir.resolve("a.csv");
        IOException e = assertThrows(IOException.class, () -> OutputFile.write(out, w -> {
            throw new java.io.UncheckedIOException(new IOException("Broken pipe"));
        }));
        assertEquals("cannot write " + out + ": Broken pipe", e.getMessage());
        assertEquals(List.of(), names());
        assertThrows(IllegalStateException.class, () -> OutputFile.write(out, w -> {
            throw new IllegalStateException("a bug in the writer");
        }));
        assertEquals(List.of(), names());
    }

    @Test
    void writesBytesAsGiven() throws IOException {
        Path out = dir.resolve("a.bin");
        OutputFile.writeBytes(out, o -> o.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'}));
        assertEquals(4, Files.size(out));
        OutputFile.write(out, w -> w.write("Lào Cai"));
        assertEquals("Lào Cai", Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void aDirectoryOrAMissingDirectoryIsRefusedBeforeWriting() {
        IOException e = assertThrows(IOException.class, () -> OutputFile.write(dir, w -> w.write("x")));
        assertEquals("cannot write " + dir + ": it is a directory", e.getMessage());
        Path missing = dir.resolve("no-such-dir").resolve("a.txt");
        e = assertThrows(IOException.class, () -> OutputFile.write(missing, w -> w.write("x")));
        assertTrue(e.getMessage().startsWith("cannot write " + missing + ": no such directory"), e.getMessage());
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = dir.resolve("real.txt");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real.getFileName());
        OutputFile.write(link, w -> w.write("new"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aDeviceIsWrittenStraightToAndNotReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        OutputFile.write(devNull, w -> w.write("discarded"));
        assertTrue(!Files.isRegularFile(devNull), "/dev/null is still a device");
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full));
        IOException e = assertThrows(IOException.class, () -> OutputFile.write(full, w -> w.write("x")));
        assertEquals("cannot write /dev/full: No space left on device", e.getMessage());
    }

    @Test
    void sameFileFindsTheInputUnderAnotherSpellingALinkOrAHardLink() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), "id\n");
        assertEquals(Optional.of(in), OutputFile.sameFile(in, List.of(in)));
        Path dotted = dir.resolve(".").resolve("in.csv");
        assertEquals(Optional.of(in), OutputFile.sameFile(dotted, List.of(in)));
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertEquals(Optional.of(in), OutputFile.sameFile(sub.resolve("..").resolve("in.csv"), List.of(in)));
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), in);
        assertEquals(Optional.of(in), OutputFile.sameFile(link, List.of(in)));
        Path hard = Files.createLink(dir.resolve("hard.csv"), in);
        assertEquals(Optional.of(in), OutputFile.sameFile(hard, List.of(in)));
    }

    @Test
    void sameFileFindsAnOutputInsideAnInputDirectory() throws IOException {
        Path journal = Files.createDirectory(dir.resolve("journal"));
        Path inside = journal.resolve("ranking.json");
        assertEquals(Optional.of(journal), OutputFile.sameFile(inside, List.of(journal)));
        assertEquals(Optional.of(journal), OutputFile.sameFile(journal, List.of(journal)));
    }

    @Test
    void anOtherOrANewFileIsNotAnInput() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), "id\n");
        Path other = Files.writeString(dir.resolve("other.csv"), "id\n");
        assertEquals(Optional.empty(), OutputFile.sameFile(other, List.of(in)));
        assertEquals(Optional.empty(), OutputFile.sameFile(dir.resolve("new.csv"), List.of(in)));
        assertEquals(Optional.empty(), OutputFile.sameFile(dir.resolve("new.csv"), List.of(dir.resolve("gone.csv"))));
        assertThrows(NullPointerException.class, () -> OutputFile.sameFile(null, List.of(in)));
    }

    @Test
    void anOutputLinkedIntoAnInputDirectoryIsFoundThroughTheLinkDanglingOrNot() throws IOException {
        Path journal = Files.createDirectory(dir.resolve("journal"));
        Path segment = Files.writeString(journal.resolve("journal-000001.jsonl"), "{}\n");
        Path link = Files.createSymbolicLink(dir.resolve("seg"), segment);
        assertEquals(Optional.of(journal), OutputFile.sameFile(link, List.of(journal)));
        Path dangling = Files.createSymbolicLink(dir.resolve("sneaky"), journal.resolve("journal-000002.jsonl"));
        assertEquals(Optional.of(journal), OutputFile.sameFile(dangling, List.of(journal)));
        Path chain = Files.createSymbolicLink(dir.resolve("chain"), dangling);
        assertEquals(Optional.of(journal), OutputFile.sameFile(chain, List.of(journal)));
    }

    @Test
    void aChainOfLinksIsFollowedToItsEndAndALoopIsRefused() throws IOException {
        Path end = dir.resolve("end.txt");
        Path middle = Files.createSymbolicLink(dir.resolve("middle"), end.getFileName());
        Path first = Files.createSymbolicLink(dir.resolve("first"), middle.getFileName());
        OutputFile.write(first, w -> w.write("x"));
        assertEquals("x", Files.readString(end));
        assertTrue(Files.isSymbolicLink(middle) && Files.isSymbolicLink(first), "the links stay links");
        Path a = dir.resolve("a");
        Files.createSymbolicLink(a, dir.resolve("b"));
        Files.createSymbolicLink(dir.resolve("b"), a);
        IOException e = assertThrows(IOException.class, () -> OutputFile.write(a, w -> w.write("x")));
        assertEquals("cannot write " + a + ": more than 40 symbolic links (a loop?)", e.getMessage());
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path out = Files.writeString(dir.resolve("rejects.csv"), "old");
        org.junit.jupiter.api.Assumptions.assumeTrue(out.getFileSystem().supportedFileAttributeViews()
                .contains("posix"));
        java.util.Set<java.nio.file.attribute.PosixFilePermission> rw = java.nio.file.attribute.PosixFilePermissions
                .fromString("rw-r-----");
        Files.setPosixFilePermissions(out, rw);
        OutputFile.write(out, w -> w.write("new"));
        assertEquals(rw, Files.getPosixFilePermissions(out));
        assertEquals("new", Files.readString(out));
    }

    @Test
    void aNameTooLongForTheUsualTemporaryNameStillWrites() throws IOException {
        Path out = dir.resolve("n".repeat(250) + ".txt");
        OutputFile.write(out, w -> w.write("x"));
        assertEquals("x", Files.readString(out));
        assertEquals(List.of(out.getFileName().toString()), names());
    }
}
