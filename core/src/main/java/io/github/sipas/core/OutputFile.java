package io.github.sipas.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the target's directory
 * ({@code .NAME.RANDOM.tmp}), which is forced to the disk, closed and then moved over the target in one atomic rename.
 * Until the rename nobody sees a half-written file; when anything fails (a full disk, a closed pipe, an exception of
 * the code writing the content) the temporary file is removed and a file that was already there is left as it was.
 *
 * <p>A target that is a symbolic link is written through: the file the link points to is replaced and the link stays.
 * A target that exists and is not a regular file (a device such as {@code /dev/null} or {@code /dev/stdout}, a named
 * pipe) cannot be replaced and is written straight to, failures still reported. A target that is a directory, or whose
 * directory does not exist, is refused before anything is written. The new file
 * is created with the process's default permissions (its umask); replacing a file does not keep that file's owner or
 * permissions.
 *
 * <p>{@link #sameFile(Path, Collection)} tells whether a planned output is one of the run's inputs, so that a command
 * can refuse it before reading anything (an input overwritten by a result is lost for good).
 *
 * <pre>{@code
 * OutputFile.write(Path.of("ranking.json"), w -> ScoreJson.write(result, w));
 * }</pre>
 *
 * @since 0.1
 */
public final class OutputFile {

    /**
     * Code that writes a file's content.
     *
     * @param <T> the writer or stream it writes to
     */
    @FunctionalInterface
    public interface Content<T> {
        /**
         * Writes the content.
         *
         * @param out where to write; closed by {@link OutputFile}
         * @throws IOException if writing fails
         */
        void writeTo(T out) throws IOException;
    }

    private OutputFile() {
    }

    /**
     * Writes a UTF-8 text file atomically, as described in the class documentation.
     *
     * @param target the file to write or replace
     * @param content writes the text; the writer is buffered
     * @throws IOException naming the target when it cannot be written (the reason follows a colon), the content's
     *     {@link java.io.UncheckedIOException} included; the target is then as it was. Another exception of the content
     *     is thrown as it is, the target also left as it was
     * @throws NullPointerException if an argument is null
     */
    public static void write(Path target, Content<Writer> content) throws IOException {
        Objects.requireNonNull(content, "content");
        writeBytes(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            content.writeTo(w);
            w.flush();
        });
    }

    /**
     * Writes a file's bytes atomically, as described in the class documentation.
     *
     * @param target the file to write or replace
     * @param content writes the bytes; the stream is not buffered
     * @throws IOException naming the target when it cannot be written (the reason follows a colon), the content's
     *     {@link java.io.UncheckedIOException} included; the target is then as it was. Another exception of the content
     *     is thrown as it is, the target also left as it was
     * @throws NullPointerException if an argument is null
     */
    public static void writeBytes(Path target, Content<OutputStream> content) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path file = resolve(target);
        Path dir = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new IOException("cannot write " + target + ": it is a directory");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            writeSpecial(target, file, content);
            return;
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": no such directory " + dir);
        }
        Path temp = createTemp(target, dir, file.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        } catch (java.io.UncheckedIOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e.getCause()), e.getCause());
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Writes to a device or a named pipe, which cannot be replaced: straight to it. */
    private static void writeSpecial(Path target, Path file, Content<OutputStream> content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            content.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        } catch (java.io.UncheckedIOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e.getCause()), e.getCause());
        }
    }

    /**
     * Returns the first input that is the same file as an output, or that is a directory holding it (a journal's
     * directory). Paths are compared as files ({@link Files#isSameFile}: file keys, so links, {@code ./} and relative
     * paths do not slip through); an output that does not exist yet is compared by its real directory and name.
     *
     * @param output the planned output
     * @param inputs the run's input files and directories; those that do not exist are passed over
     * @return the input that the output would overwrite, if any
     * @throws NullPointerException if an argument or an input is null
     */
    public static Optional<Path> sameFile(Path output, Collection<Path> inputs) {
        Objects.requireNonNull(output, "output");
        for (Path in : inputs) {
            Objects.requireNonNull(in, "input");
            if (!Files.exists(in)) {
                continue;
            }
            try {
                if (Files.exists(output) && Files.isSameFile(output, in)) {
                    return Optional.of(in);
                }
                if (Files.isDirectory(in)) {
                    Path dir = in.toRealPath();
                    Path parent = output.toAbsolutePath().getParent();
                    for (Path p = parent == null ? null : realOrNull(parent); p != null; p = p.getParent()) {
                        if (p.equals(dir)) {
                            return Optional.of(in);
                        }
                    }
                }
            } catch (IOException e) {
                // an input that cannot be resolved cannot be compared; reading it will report the problem
            }
        }
        return Optional.empty();
    }

    private static Path realOrNull(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** The file to replace: the target, or the file a symbolic link points to. */
    private static Path resolve(Path target) throws IOException {
        if (Files.isSymbolicLink(target)) {
            try {
                return target.toRealPath();
            } catch (NoSuchFileException e) {
                Path link = Files.readSymbolicLink(target);
                Path parent = target.toAbsolutePath().getParent();
                return parent == null ? link : parent.resolve(link);
            }
        }
        return target;
    }

    private static Path createTemp(Path target, Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw new IOException("cannot write " + target + ": cannot create a temporary file in " + dir, e);
                }
            } catch (IOException e) {
                throw new IOException("cannot write " + target + ": " + reason(e), e);
            }
        }
    }

    /** The reason of a failure, without the path the exception may repeat. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
