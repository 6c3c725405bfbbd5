package io.github.sipas.core.collect;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * A file that a {@link Journal} writes whole, besides appending to its journal files: the copy of a torn end, and a
 * new journal file with its header. It is written to a temporary file in the same directory ({@code .NAME.…​.tmp},
 * which no journal file name matches), forced, then moved into place in one atomic rename, and the directory forced;
 * on any failure the temporary file is removed, so a full disk leaves no empty or partial file behind.
 */
final class SideFile {

    /** Writes a side file's bytes. */
    @FunctionalInterface
    interface Content {
        void writeTo(WritableByteChannel out) throws IOException;
    }

    /** How the bytes reach the temporary file: the file's channel itself, unless a test injects a failing one. */
    static final UnaryOperator<WritableByteChannel> DIRECT = c -> c;

    private SideFile() {
    }

    /**
     * Removes the temporary files that a process killed while writing a side file left in a journal's directory
     * ({@code .journal-….tmp}); called by the one process that holds the journal's lock.
     *
     * @param directory the journal's directory
     * @throws IOException if the directory cannot be listed or a leftover removed
     */
    static void removeLeftovers(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (java.util.stream.Stream<Path> s = Files.list(directory)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".journal-") && name.endsWith(".tmp") && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Writes {@code target} whole, as the class documentation describes.
     *
     * @param target the file to write
     * @param replace whether an existing file of that name is replaced (else it is refused, and left as it is)
     * @param content writes the bytes
     * @param channels wraps the temporary file's channel ({@link #DIRECT} outside tests)
     * @throws IOException if the file cannot be written or moved; the message names it
     */
    static void write(Path target, boolean replace, Content content, UnaryOperator<WritableByteChannel> channels)
            throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        // Not Files.createTempFile, which makes the file readable by its owner only: a journal file keeps the
        // permissions every file the process creates gets, as before.
        Path temporary = directory.resolve("." + target.getFileName() + "."
                + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(channels.apply(out));
                out.force(true);
            }
            // One process holds the journal's lock, so nothing creates the target between the check and the move.
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException d) {
                e.addSuppressed(d);
            }
            throw e;
        }
        JournalFiles.forceDirectory(directory);
    }
}
