package io.github.sipas.core.collect;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.github.sipas.core.InputException;

/** The files of a {@link Journal}'s directory: their names and numbers, their listing, and making a name durable. */
final class JournalFiles {

    /** Names of journal files: {@code journal-} then the file number in at least six digits, then {@code .jsonl}. */
    static final Pattern FILE_NAME = Pattern.compile("journal-(\\d{6,18})\\.jsonl");

    private JournalFiles() {
    }

    /** The name of journal file number {@code number}: {@code journal-000001.jsonl}. */
    static String name(int number) {
        return String.format("journal-%06d.jsonl", number);
    }

    /** The journal files of a directory, by number; refuses a gap in the numbering. */
    static List<Path> list(Path directory) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (Stream<Path> s = Files.list(directory)) {
            s.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches()).forEach(out::add);
        }
        out.sort((a, b) -> Long.compare(number(a), number(b)));
        if (!out.isEmpty() && number(out.get(0)) != 1) {
            throw new InputException(directory.toString(), 0, null, null, null, "journal file journal-000001.jsonl "
                    + "is missing (the first file is " + out.get(0).getFileName() + "): its responses would be "
                    + "forgotten, and their ids accepted again", null);
        }
        for (int i = 1; i < out.size(); i++) {
            if (number(out.get(i)) != number(out.get(i - 1)) + 1) {
                throw new InputException(directory.toString(), 0, null, null, null, "journal file "
                        + name(number(out.get(i - 1)) + 1) + " is missing between "
                        + out.get(i - 1).getFileName() + " and " + out.get(i).getFileName(), null);
            }
        }
        return out;
    }

    static int number(Path file) {
        Matcher m = FILE_NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a journal file name: " + file);
        }
        long n = Long.parseLong(m.group(1));
        if (n > Integer.MAX_VALUE) {
            throw new InputException(file.toString(), 0, null, null, null, "journal file number " + n
                    + " is too large", null);
        }
        return (int) n;
    }

    /** Makes a new file's name durable. Linux allows forcing a directory; Windows cannot open one, and needs not. */
    static void forceDirectory(Path directory) throws IOException {
        try (FileChannel d = FileChannel.open(directory, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }
}
