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
 * <p>A target that is a symbolic link is written through: the file at the end of its chain of links is replaced (or
 * created, for a dangling link) and the links stay. A target under {@code /dev/} or {@code /proc/}, or that exists and
 * is not a regular file (a device such as {@code /dev/null} or {@code /dev/stdout}, a named pipe), cannot be replaced
 * and is written straight to, appending ({@code /dev/stdout} and {@code /dev/stderr} through the process's own
 * streams), failures still reported. A target that is a directory, a read-only file, or
 * whose directory does not exist, is refused before anything is written. A new file is created with the process's
 * default permissions (its umask); a file replaced keeps its permissions (not its owner).
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
        if (isSpecial(target) || isSpecial(file) || Files.exists(file) && !Files.isRegularFile(file)) {
            writeSpecial(target, file, content);
            return;
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": no such directory " + dir);
        }
        boolean replacing = Files.exists(file);
        if (replacing && !Files.isWritable(file)) {
            throw new IOException("cannot write " + target + ": permission denied (the file is read-only)");
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
            if (replacing) {
                keepPermissions(file, temp);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } catch (java.io.UncheckedIOException e) {
            throw cannotWrite(target, e.getCause());
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Whether a path is a device or a process's file descriptor ({@code /dev/…}, {@code /proc/…}): never replaced,
     * written straight to, appending ({@code /dev/stdout} redirected with {@code >>} to a file must not be rewound).
     */
    private static boolean isSpecial(Path p) {
        Path a = p.toAbsolutePath().normalize();
        return a.startsWith("/dev/") || a.startsWith("/proc/");
    }

    /** Standard output or error when the target names them, else null. */
    private static java.io.FileDescriptor standardStream(Path target) {
        String a = target.toAbsolutePath().normalize().toString();
        if (a.equals("/dev/stdout") || a.equals("/dev/fd/1") || a.equals("/proc/self/fd/1")) {
            return java.io.FileDescriptor.out;
        }
        if (a.equals("/dev/stderr") || a.equals("/dev/fd/2") || a.equals("/proc/self/fd/2")) {
            return java.io.FileDescriptor.err;
        }
        return null;
    }

    /** Gives the new file the permissions of the file it replaces (a rejects file of 0600 stays 0600). */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file has the default permissions
        }
    }

    /** Writes to a device, a named pipe or a descriptor, which cannot be replaced: straight to it. */
    private static void writeSpecial(Path target, Path file, Content<OutputStream> content) throws IOException {
        java.io.FileDescriptor fd = standardStream(target);
        if (fd != null) { // the process's own stream, at its own offset; not closed
            writeStraight(target, new java.io.FileOutputStream(fd), content);
            return;
        }
        OutputStream out;
        try {
            out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
        try (out) {
            writeStraight(target, out, content);
        }
    }

    private static void writeStraight(Path target, OutputStream out, Content<OutputStream> content)
            throws IOException {
        try {
            content.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } catch (java.io.UncheckedIOException e) {
            throw cannotWrite(target, e.getCause());
        }
    }

    /**
     * Returns the first input that is the same file as an output, or that is a directory holding it (a journal's
     * directory). The output is first followed through its symbolic links, dangling ones included, to the file a
     * write would replace or create; then paths are compared as files ({@link Files#isSameFile}: file keys, so links,
     * hard links, {@code ./} and relative paths do not slip through), and an output that does not exist yet by its
     * real directory.
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
                Path target = resolve(output); // the file a write would replace: through every link
                if (Files.exists(target) && Files.isSameFile(target, in)) {
                    return Optional.of(in);
                }
                if (Files.isDirectory(in)) {
                    Path dir = in.toRealPath();
                    Path parent = target.toAbsolutePath().getParent();
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

    /** The most symbolic links followed, as Linux's own limit. */
    private static final int MAX_LINKS = 40;

    /**
     * The file to replace or create: the target, or the end of its chain of symbolic links (a dangling link's target
     * is created, as a shell's redirection does).
     */
    private static Path resolve(Path target) throws IOException {
        Path p = target;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new IOException("cannot write " + target + ": more than " + MAX_LINKS
                        + " symbolic links (a loop?)");
            }
            Path link = Files.readSymbolicLink(p);
            Path parent = p.toAbsolutePath().getParent();
            p = parent == null ? link : parent.resolve(link);
        }
        return p;
    }

    private static Path createTemp(Path target, Path dir, String name) throws IOException {
        // .NAME.RANDOM.tmp, or .sipas.RANDOM.tmp when NAME is too long for a file name with 22 more characters
        String base = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 200 ? "sipas" : name;
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + base + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw new IOException("cannot write " + target + ": cannot create a temporary file in " + dir, e);
                }
            } catch (AccessDeniedException e) {
                throw new IOException("cannot write " + target + ": permission denied (cannot create a file in "
                        + dir + ")", e);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }
    }

    /** The failure to write a target: "cannot write TARGET: reason", with the cause. */
    private static IOException cannotWrite(Path target, IOException e) {
        return new IOException("cannot write " + target + ": " + reason(e), e);
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
