package io.github.sipas.core.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;

/**
 * Issue 11, finding 11, in the library (the command line's side is in the examples' {@code Issue11Finding11Test}):
 *
 * <blockquote>11. {@code --responses DIR} naming a directory that is not a journal reads as an empty journal
 * ({@code 0 units, 0 forms}, exit 0); a damaged journal line tells CLI users to "open the journal with skipCorrupt",
 * which the CLI cannot do; reopening a journal on a full disk throws a raw {@code IOException} from
 * {@code FileChannelImpl.transferTo0} and leaves an empty {@code .torn-…} file.</blockquote>
 *
 * <p>Now: {@link Journal#read} refuses a directory that is not a journal; a damaged line is a
 * {@link CorruptJournalException} whose damage an application can word its own advice around; the copy of a torn end
 * is written to a temporary file and renamed into place, so a full disk (simulated by a channel that takes a few
 * bytes, then fails as {@code write(2)} does with {@code ENOSPC}) gives one line naming the file, no side file, and a
 * journal left as it was.
 */
class Issue11Finding11Test {

    static final Survey SIPAS_2017 = Surveys.bundled("sipas-2017");

    @TempDir
    Path dir;

    /** A channel that takes {@code room} bytes, then fails as a full disk does. */
    static UnaryOperator<WritableByteChannel> fullDisk(int room) {
        return out -> new WritableByteChannel() {
            int left = room;

            @Override
            public int write(ByteBuffer src) throws IOException {
                if (left == 0) {
                    throw new IOException("No space left on device");
                }
                int n = Math.min(left, src.remaining());
                ByteBuffer part = src.slice();
                part.limit(n);
                int w = out.write(part);
                src.position(src.position() + w);
                left -= w;
                return w;
            }

            @Override
            public boolean isOpen() {
                return out.isOpen();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void aDirectoryThatIsNotAJournalIsRefused() throws IOException {
        Files.writeString(dir.resolve("round-2.csv"), "response_id,unit\n");
        InputException e = assertThrows(InputException.class, () -> Journal.read(dir, SIPAS_2017, false, c -> { }));
        assertEquals(dir.toString(), e.source());
        assertTrue(e.getMessage().startsWith(dir + ": not a journal: no journal-000001.jsonl"), e.getMessage());
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThrows(InputException.class, () -> Journal.read(empty, SIPAS_2017, false, c -> { }));
    }

    @Test
    void aJournalOpenedButNeverWrittenToReadsAsEmpty() throws IOException {
        Path opened = dir.resolve("opened");
        Journal.builder(opened, SIPAS_2017).open().close();
        assertEquals(List.of("journal.lock"), names(opened));
        assertEquals(0, Journal.read(opened, SIPAS_2017, false, c -> { }).records());

        Path replayed = dir.resolve("replayed");
        try (Journal j = Journal.builder(replayed, SIPAS_2017).open()) {
            j.replay(c -> { });
        }
        assertEquals(List.of("journal-000001.jsonl", "journal.lock"), names(replayed));
        assertEquals(0, Journal.read(replayed, SIPAS_2017, false, c -> { }).records());
    }

    @Test
    void aDamagedLineIsACorruptJournalExceptionWhoseDamageComesWithoutTheAdvice() throws IOException {
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            j.replay(c -> { });
            j.write(JournalTest.collected(JournalTest.fixture().subList(0, 3), 1));
        }
        Path file = JournalTest.firstFile(dir);
        byte[] bytes = Files.readAllBytes(file);
        int unit = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"unit\":\"", 300) + 9;
        bytes[unit] ^= 1;
        Files.write(file, bytes);
        InputException e = assertThrows(InputException.class, () -> Journal.read(dir, SIPAS_2017, false, c -> { }));
        CorruptJournalException corrupt = assertInstanceOf(CorruptJournalException.class, e);
        assertTrue(corrupt.getMessage().endsWith("; " + CorruptJournalException.ADVICE), corrupt.getMessage());
        assertTrue(corrupt.damage().startsWith("checksum mismatch"), corrupt.damage());
        assertFalse(corrupt.damage().contains("skipCorrupt"), corrupt.damage());
    }

    /** Found by review: skipping a damaged header line skipped the check of the journal's survey. */
    @Test
    void aDamagedHeaderIsNeverSkippedEvenWithSkipCorrupt() throws IOException {
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            j.replay(c -> { });
            j.write(JournalTest.collected(JournalTest.fixture().subList(0, 3), 1));
        }
        Path file = JournalTest.firstFile(dir);
        byte[] bytes = Files.readAllBytes(file);
        int survey = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("sipas-2017");
        bytes[survey] = 'S'; // the header's checksum no longer matches
        Files.write(file, bytes);
        for (boolean skip : new boolean[] {false, true}) {
            InputException e = assertThrows(InputException.class, () -> Journal.read(dir, SIPAS_2017, skip, c -> { }));
            assertFalse(e instanceof CorruptJournalException, "no advice to skip it");
            assertTrue(e.getMessage().contains("this is the file's header, which names the journal's survey, so it "
                    + "cannot be skipped: restore the file from a copy"), e.getMessage());
        }
    }

    @Test
    void reopeningOnAFullDiskNamesTheFileLeavesNoSideFileAndChangesNothing() throws IOException {
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            j.replay(c -> { });
            j.write(JournalTest.collected(JournalTest.fixture().subList(0, 2), 1));
        }
        Path file = JournalTest.firstFile(dir);
        long clean = Files.size(file);
        byte[] torn = "{\"seq\":3,\"received\":\"2026-11-29T08:00:03Z\",\"id\":\"K-3\",\"un"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, torn, StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(file);
        List<String> namesBefore = names(dir);

        IOException e = assertThrows(IOException.class, () -> {
            try (Journal j = Journal.builder(dir, SIPAS_2017).sideChannels(fullDisk(10)).open()) {
                j.replay(c -> { });
            }
        });
        assertEquals("journal file " + file + " ends in " + torn.length + " bytes of a write cut short, which are "
                + "copied to journal-000001.jsonl.torn-" + clean + " before they are cut off; the copy failed, so "
                + "nothing was changed: No space left on device", e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertEquals(namesBefore, names(dir), "no .torn- file and no temporary left");
        assertArrayEquals(before, Files.readAllBytes(file));

        // With room again, the same journal opens, keeps the bytes beside the file, and cuts them off.
        List<Collected> read = new ArrayList<>();
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            j.replay(read::add);
        }
        assertEquals(2, read.size());
        assertArrayEquals(torn, Files.readAllBytes(dir.resolve("journal-000001.jsonl.torn-" + clean)));
        assertEquals(clean, Files.size(file));
    }

    @Test
    void aNewFileOnAFullDiskIsNotLeftEmptyOrHeadless() throws IOException {
        IOException e = assertThrows(IOException.class, () -> {
            try (Journal j = Journal.builder(dir, SIPAS_2017).sideChannels(fullDisk(20)).open()) {
                j.replay(c -> { });
            }
        });
        assertTrue(e.getMessage().startsWith("cannot create journal file " + JournalTest.firstFile(dir) + ": "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("No space left on device"), e.getMessage());
        assertEquals(List.of("journal.lock"), names(dir), "no empty journal-000001.jsonl, no temporary");
    }

    @Test
    void temporariesLeftByAKilledProcessAreRemovedOnOpening() throws IOException {
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            j.replay(c -> { });
        }
        Files.writeString(dir.resolve(".journal-000002.jsonl.123456.tmp"), "{\"format\":\"sipas-jou");
        Files.writeString(dir.resolve("notes.tmp"), "not ours");
        try (Journal j = Journal.builder(dir, SIPAS_2017).open()) {
            j.replay(c -> { });
        }
        assertEquals(List.of("journal-000001.jsonl", "journal.lock", "notes.tmp"), names(dir));
    }

    private static void assertArrayEquals(byte[] expected, byte[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
    }
}
