package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review of issue 14: the pass over a large file's ids when its runs cannot be spilled. */
class IdPassReviewTest {

    @TempDir
    Path tmp;

    private static ParseAhead.Source source(List<String[]> records) {
        return into -> {
            for (int i = 0; i < records.size(); i++) {
                into.at(i + 2);
                if (!into.add(records.get(i), i + 2)) {
                    return;
                }
            }
        };
    }

    /**
     * Runs of 2 ids; the third id must spill the first run, into a directory that does not exist. The failure to
     * write is caught as if it were a failure of the text, and the pass silently ends there: the duplicate of line 2
     * at line 5 is missed (0 returned), where the ids in memory give 2. It should fail loudly (or fall back to memory).
     */
    @Test
    void aRunThatCannotBeWrittenDoesNotSilentlyEndThePass() {
        List<String[]> records = List.of(new String[] {"u", "a"}, new String[] {"u", "b"},
                new String[] {"u", "c"}, new String[] {"u", "a"});
        Path missing = tmp.resolve("no-such-dir");
        IdCheck pass;
        try {
            pass = IdPass.of(() -> source(records), 2, 1, "t.csv", missing, 2,
                    io.github.sipas.core.internal.IdIndex::hash, IdPass.MAX_CANDIDATES);
        } catch (UncheckedIOException e) {
            return; // a loud failure is acceptable
        }
        assertEquals(0, pass.firstLine("a", 2));
        assertEquals(0, pass.firstLine("b", 3));
        assertEquals(0, pass.firstLine("c", 4));
        assertEquals(2, pass.firstLine("a", 5), "the duplicate at line 5 was missed");
    }
}
