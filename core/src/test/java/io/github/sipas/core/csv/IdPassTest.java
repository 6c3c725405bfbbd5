package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipas.core.InputException;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Response;
import io.github.sipas.core.Survey;
import io.github.sipas.core.instrument.Surveys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pass over a large file's ids: the first line of every id, exactly, whatever the runs and the hashes. */
class IdPassTest {

    @TempDir
    Path tmp;

    static Stream<Long> seeds() {
        return LongStream.range(0, 40).boxed();
    }

    /** Records of width 3, the id in column 1: from a small pool (many repeats), some blank, some of another width. */
    private static List<String[]> records(UniformRandomProvider rng, int n) {
        List<String[]> out = new ArrayList<>();
        int pool = 1 + rng.nextInt(60);
        for (int i = 0; i < n; i++) {
            String id = rng.nextInt(10) == 0 ? " " : "R" + rng.nextInt(pool) + (rng.nextBoolean() ? "" : " ");
            out.add(rng.nextInt(15) == 0 ? new String[] {"u", id} : new String[] {"u", id, "x"});
        }
        return out;
    }

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

    @ParameterizedTest
    @MethodSource("seeds")
    void everyIdGetsTheFirstLineTheIdsInMemoryGive(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<String[]> records = records(rng, 1 + rng.nextInt(400));
        int run = 1 << (1 + rng.nextInt(6));
        // hashes that collide often (by length), or the real one
        ToLongFunction<String> hasher = seed % 2 == 0 ? s -> (long) s.length() << 40
                : io.github.sipas.core.internal.IdIndex::hash;
        IdCheck pass = IdPass.of(() -> source(records), 3, 1, "t.csv", tmp, run, hasher,
                IdPass.MAX_CANDIDATES);
        IdCheck memory = IdCheck.inMemory();
        for (int i = 0; i < records.size(); i++) {
            String[] r = records.get(i);
            if (r.length != 3) {
                continue;
            }
            String id = ParseAhead.comparedId(r[1]);
            if (id.isEmpty()) {
                continue;
            }
            assertEquals(memory.firstLine(id, i + 2), pass.firstLine(id, i + 2), "line " + (i + 2) + ", id " + id);
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(0, left.count(), "the runs are deleted");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFileWithoutRepeatsNeedsNoSecondPass() {
        List<String[]> records = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            records.add(new String[] {"u", "R" + i, "x"});
        }
        int[] passes = {0};
        IdCheck pass = IdPass.of(() -> {
            passes[0]++;
            return source(records);
        }, 3, 1, "t.csv", tmp, 8, io.github.sipas.core.internal.IdIndex::hash, IdPass.MAX_CANDIDATES);
        assertEquals(1, passes[0]);
        for (int i = 0; i < 100; i++) {
            assertEquals(0, pass.firstLine("R" + i, i + 2));
        }
    }

    @Test
    void thePassEndsAtTextThatIsNotUtf8AsTheReadDoes() {
        List<String[]> records = List.of(new String[] {"u", "R1", "x"}, new String[] {"u", "R2", "\uFFFD"},
                new String[] {"u", "R1", "x"});
        IdCheck pass = IdPass.of(() -> source(records), 3, 1, "t.csv", tmp, 4,
                io.github.sipas.core.internal.IdIndex::hash, IdPass.MAX_CANDIDATES);
        assertEquals(0, pass.firstLine("R1", 2));
        InputException e = assertThrows(InputException.class, () -> pass.firstLine("R1", 4),
                "a read that goes past the line where the pass ended did not read what the pass did");
        assertTrue(e.getMessage().contains("ended at line 3"), e.getMessage());
    }

    @Test
    void tooManyFormsSharingIdsStopTheReadWithItsReason() {
        List<String[]> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            records.add(new String[] {"u", "R" + i, "x"});
        }
        // every key the same: all 40 distinct ids are candidates, over a limit of 10
        InputException e = assertThrows(InputException.class, () -> IdPass.of(() -> source(records), 3, 1, "t.csv",
                tmp, 4, s -> 0L, 10));
        assertTrue(e.getMessage().contains("more than 10 forms share their response id"), e.getMessage());
    }

    /** Through the reader: a file read after the pass gives the very report and responses of a read in memory. */
    @ParameterizedTest
    @MethodSource("seeds")
    void aReadAfterThePassReportsTheSameDuplicatesAtTheSameLines(long seed) throws IOException {
        Survey survey = Surveys.bundled("sipas-2017");
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        StringBuilder csv = new StringBuilder("response_id,unit");
        survey.criteria().forEach(c -> csv.append(',').append(c.id()));
        csv.append('\n');
        int rows = 1 + rng.nextInt(300);
        for (int i = 0; i < rows; i++) {
            csv.append(rng.nextInt(8) == 0 ? "" : "R" + rng.nextInt(1 + rng.nextInt(200))).append(",Sa Pa");
            for (int j = 0; j < survey.criteria().size(); j++) {
                csv.append(',').append(1 + rng.nextInt(5));
            }
            csv.append(rng.nextInt(20) == 0 ? ",extra\n" : "\n");
        }
        Path file = tmp.resolve("f.csv");
        Files.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
        List<Response> inMemory = new ArrayList<>();
        List<Response> afterPass = new ArrayList<>();
        ReadReport a = CsvResponseReader.builder(survey).build().read(file, inMemory::add);
        ReadReport b = CsvResponseReader.builder(survey).idMemory(0).build().read(file, afterPass::add);
        assertEquals(a.problems(), b.problems());
        assertEquals(a.summary(), b.summary());
        assertEquals(inMemory, afterPass);
    }

    @Test
    void idMemoryIsAtLeastZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvResponseReader.builder(Surveys.bundled("sipas-2017")).idMemory(-1));
        assertTrue(e.getMessage().contains("idMemory must be at least 0, not -1"), e.getMessage());
    }

    @Test
    void aFailureOfTheTextEndsThePassAtItsLineAndTheCheckRefusesLaterLines() {
        ParseAhead.Source failing = into -> {
            into.at(2);
            into.add(new String[] {"u", "R1", "x"}, 2);
            into.at(3);
            throw new java.io.UncheckedIOException(new java.io.IOException("broken CSV"));
        };
        IdCheck pass = IdPass.of(() -> failing, 3, 1, "t.csv", tmp, 4, io.github.sipas.core.internal.IdIndex::hash,
                IdPass.MAX_CANDIDATES);
        assertEquals(0, pass.firstLine("R1", 2));
        assertThrows(InputException.class, () -> pass.firstLine("R2", 3));
    }

    @Test
    void aReadThatAsksForOtherIdsThanThePassSawFailsWhenItEnds() {
        List<String[]> records = List.of(new String[] {"u", "R1", "x"}, new String[] {"u", "R2", "x"});
        IdCheck pass = IdPass.of(() -> source(records), 3, 1, "t.csv", tmp, 4,
                io.github.sipas.core.internal.IdIndex::hash, IdPass.MAX_CANDIDATES);
        assertEquals(0, pass.firstLine("R1", 2));
        assertEquals(0, pass.firstLine("R3", 3));
        InputException e = assertThrows(InputException.class, pass::finish);
        assertTrue(e.getMessage().contains("the file changed during the read"), e.getMessage());
        IdCheck same = IdPass.of(() -> source(records), 3, 1, "t.csv", tmp, 4,
                io.github.sipas.core.internal.IdIndex::hash, IdPass.MAX_CANDIDATES);
        same.firstLine("R1", 2);
        same.firstLine("R2", 3);
        same.finish();
    }

    @Test
    void aRunThatCannotBeWrittenEndsThePassLoudly() {
        List<String[]> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(new String[] {"u", "R" + i, "x"});
        }
        // a repeat after the first run: swallowing the failure would miss it (found by review)
        records.add(new String[] {"u", "R0", "x"});
        Path missing = tmp.resolve("no-such-dir");
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> IdPass.of(
                () -> source(records), 3, 1, "t.csv", missing, 2, io.github.sipas.core.internal.IdIndex::hash,
                IdPass.MAX_CANDIDATES));
        assertTrue(e.getMessage().contains("no-such-dir"), e.getMessage());
    }
}
