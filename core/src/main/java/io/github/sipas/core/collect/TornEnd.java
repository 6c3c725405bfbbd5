package io.github.sipas.core.collect;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

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
     * {@code NAME.torn-OFFSET} first (a {@link SideFile}: written whole or not at all), and forces the copy, the
     * directory and the cut. If the copy cannot be written (a full disk), nothing is cut and no copy is left.
     *
     * @param channel the file, open for reading and writing
     * @param file the file's path
     * @param validEnd the end of the file's last valid line
     * @param channels wraps the copy's channel ({@link SideFile#DIRECT} outside tests)
     * @throws IOException if the copy or the cut fails; the message names the file and the copy, on one line
     */
    static void cut(FileChannel channel, Path file, long validEnd, UnaryOperator<WritableByteChannel> channels)
            throws IOException {
        long size = channel.size();
        if (validEnd >= size) {
            return;
        }
        Path copy = file.resolveSibling(file.getFileName() + ".torn-" + validEnd);
        try {
            SideFile.write(copy, true, out -> {
                long at = validEnd;
                while (at < size) {
                    at += channel.transferTo(at, size - at, out);
                }
            }, channels);
        } catch (IOException e) {
            throw new IOException("journal file " + file + " ends in " + (size - validEnd) + " bytes of a write cut "
                    + "short, which are copied to " + copy.getFileName() + " before they are cut off; the copy "
                    + "failed, so nothing was changed: " + e.getMessage(), e);
        }
        channel.truncate(validEnd);
        channel.force(true);
    }
}
