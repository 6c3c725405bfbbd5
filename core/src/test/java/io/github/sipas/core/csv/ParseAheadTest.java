package io.github.sipas.core.csv;

import static io.github.sipas.core.csv.CsvResponseReaderTest.CRITERIA_2017;
import static io.github.sipas.core.csv.CsvResponseReaderTest.SIPAS_2017;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import io.github.sipas.core.Answer;
import io.github.sipas.core.AnswerParser;
import io.github.sipas.core.ColumnMapping;
import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.RowRules;
import io.github.sipas.core.Rule;

/**
 * Tests of {@link ParseAhead} run on the test's thread: what it hands on for each record (its line, the cleaned id and
 * the line where the id was first seen, the first column not UTF-8, the cleaned cells and the parsed answers), and the
 * batch that carries a failure of the text.
 */
class ParseAheadTest {

    private static final String HEADER = "response_id,unit,note," + String.join(",", CRITERIA_2017) + "\n";
    private static final String FOURS = ",4".repeat(22);

    /** Parses a text after its header, as a read does, and returns every batch put on the queue. */
    private static List<ParseAhead.Batch> parse(String text) throws IOException {
        RecordLimit limit = new RecordLimit(new StringReader(text), 1 << 20);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setRecordSeparator("\n").get();
        CSVParser parser = CSVParser.builder().setReader(new BufferedReader(limit)).setFormat(format).get();
        Iterator<CSVRecord> it = parser.iterator();
        CSVRecord head = it.next();
        limit.recordEnded();
        List<String> names = new ArrayList<>();
        head.forEach(names::add);
        Columns columns = new HeaderResolver(new RowRules(SIPAS_2017, null), ColumnMapping.NONE, Set.of())
                .resolve(List.copyOf(names), new ProblemLog("t.csv", ErrorPolicy.REJECT_ROW));
        assertTrue(columns.ok);
        ParseAhead parsed = new ParseAhead(ParseAhead.csv(parser, it, limit, parser.getCurrentLineNumber() + 1, 0),
                columns);
        parsed.run();
        List<ParseAhead.Batch> out = new ArrayList<>();
        parsed.queue.drainTo(out);
        return out;
    }

    @Test
    void handsOnEachRecordWithItsLineIdCellsAndAnswers() throws IOException {
        List<ParseAhead.Batch> batches = parse(HEADER
                + " R1 ,Bắc Hà,\"two\nlines\"" + FOURS + "\n"
                + "R2,Bắc Hà,," + "7" + ",4".repeat(21) + "\n"
                + "R1,Bắc Hà,again" + FOURS + "\n"
                + "R3,Bắc Hà\n"
                + "R4,B\uFFFDc Hà," + FOURS + "\n"
                + ",Bắc Hà," + FOURS + "\n");
        assertEquals(1, batches.size());
        ParseAhead.Batch b = batches.get(0);
        assertTrue(b.last);
        assertNull(b.failure);
        assertEquals(6, b.size);
        assertArrayEquals(new long[] {2, 4, 5, 6, 7, 8}, Arrays.copyOf(b.lines, b.size));
        assertEquals("R1", b.ids[0], "cleaned");
        assertEquals(0, b.firstLines[0], "the first R1");
        assertEquals("R1", b.ids[2]);
        assertEquals(2, b.firstLines[2], "R1 again: first seen on line 2");
        assertEquals("Bắc Hà", b.cleaned[0][0]);
        assertNull(b.cleaned[0][1], "no period column");
        assertEquals("two\nlines", b.cleaned[0][2]);
        assertSame(b.cleaned[0][0], b.cleaned[1][0], "a repeated cell is cleaned once");
        assertSame(Answer.point(4), b.cells[0][0]);
        assertEquals(Rule.OUT_OF_RANGE, assertInstanceOf(AnswerParser.Failure.class, b.cells[1][0]).rule());
        assertNull(b.cleaned[3], "a row of the wrong width is left to the row checks");
        assertNull(b.cells[3]);
        assertEquals(-1, b.notUtf8[0]);
        assertEquals(1, b.notUtf8[4], "the unit column holds U+FFFD");
        assertNull(b.cleaned[4]);
        assertNull(b.ids[5], "a blank id is not registered");
        assertEquals(0, b.firstLines[5]);
    }

    @Test
    void aFailureOfTheTextFollowsTheRecordsBeforeItWithTheLineWhereItsRecordStarts() throws IOException {
        List<ParseAhead.Batch> batches = parse(HEADER + "R1,U," + FOURS + "\n"
                + "R2,U,\"never closed" + FOURS + "\n");
        assertEquals(2, batches.size());
        ParseAhead.Batch good = batches.get(0);
        assertEquals(1, good.size);
        assertFalse(good.last);
        ParseAhead.Batch failed = batches.get(1);
        assertEquals(0, failed.size);
        assertEquals(3, failed.failureLine);
        assertInstanceOf(UncheckedIOException.class, failed.failure);
    }

    @Test
    void findsTheFirstColumnHoldingTheReplacementCharacter() {
        String[] r = record("a,b\uFFFD,\uFFFD");
        assertEquals(1, ParseAhead.notUtf8(r));
        assertEquals(-1, ParseAhead.notUtf8(record("a,b,c")));
        assertEquals(0, ParseAhead.notUtf8(record("\uFFFD")));
    }

    private static String[] record(String line) {
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(line)).setFormat(CSVFormat.DEFAULT).get()) {
            return p.getRecords().get(0).values();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
