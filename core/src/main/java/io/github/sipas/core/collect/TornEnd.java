package io.github.sipas.core.collect;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The recovery of a torn end: what a crash leaves of a write that was never forced, hence never acknowledged, at the
 * end of a {@link Journal}'s last file. The bytes are kept in a copy beside the file, then cut off, before the
 * journal writes on.
 */
final class TornEnd {

    private TornEnd() {
    }

    /**
     * Cuts a file open for writing back to the end of its last valid line, when bytes follow it: copies them to
     * {@code NAME.torn-OFFSET} first, and forces the copy, the directory and the cut.
     *
     * @param channel the file, open for reading and writing
     * @param validEnd the end of the file's last valid line
     * @param directory the journal's directory
     */
    static void cut(FileChannel channel, Path file, long validEnd, Path directory) throws IOException {
        if (validEnd < channel.size()) {
            keepTornBytes(channel, file, validEnd, directory);
            channel.truncate(validEnd);
            channel.force(true);
        }
    }

    /**
     * Copies the bytes about to be cut off a file to {@code NAME.torn-OFFSET} beside it, forced, so that nothing is
     * destroyed on a judgement: whoever doubts it can look.
     */
    private static void keepTornBytes(FileChannel channel, Path file, long from, Path directory) throws IOException {
        Path copy = file.resolveSibling(file.getFileName() + ".torn-" + from);
        try (FileChannel out = FileChannel.open(copy, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = channel.size();
            long at = from;
            while (at < size) {
                at += channel.transferTo(at, size - at, out);
            }
            out.force(true);
        }
        JournalFiles.forceDirectory(directory);
    }
}
