package io.github.sipas.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link HeadBytes}: where the header record ends in a stream's first bytes, read whole or one byte at a time. */
class HeadBytesTest {

    private static final int BOUND = 1 << 20;

    private static int end(String s, boolean oneByte, int bound) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        InputStream in = new ByteArrayInputStream(b);
        HeadBytes head = HeadBytes.read(oneByte ? new ByteRecordsTest.Chunked(in, 1) : in, bound);
        if (head.headerEnd >= 0) {
            // the bytes read hold the header and start as the stream does
            for (int i = 0; i < head.headerEnd; i++) {
                assertEquals(b[i], head.bytes[i]);
            }
        }
        return head.headerEnd;
    }

    private static void assertEnd(int expected, String s) throws IOException {
        assertEquals(expected, end(s, false, BOUND), "whole: " + s);
        assertEquals(expected, end(s, true, BOUND), "one byte a read: " + s);
    }

    @Test
    void endsAtLf() throws IOException {
        assertEnd(7, "id,ữ\n1,2\n");
    }

    @Test
    void endsAtCrLf() throws IOException {
        assertEnd(8, "id,ữ\r\n1,2\r\n");
        // the CR the last byte of a read, the LF the first of the next
        assertEnd(6, "id,u\r\n");
    }

    @Test
    void loneCrIsLeftToTheTextPath() throws IOException {
        assertEnd(-1, "id,u\r1,2\r");
        assertEnd(-1, "id,u\r");
    }

    @Test
    void quotedNameWithLineBreak() throws IOException {
        assertEnd(17, "id,\"unit\nname\",a\n1,2,3\n");
        assertEnd(18, "id,\"un\"\"it\r\nx\",a\r\n1,2,3\n");
    }

    @Test
    void streamShorterThanTheHeader() throws IOException {
        assertEnd(7, "id,unit");
        assertEnd(0, "");
        // an unclosed quote to the end: the text path reports it
        assertEnd(-1, "id,\"unit");
    }

    @Test
    void boundExceeded() throws IOException {
        String longHeader = "a,".repeat(40_000) + "b\n";
        assertEquals(-1, end(longHeader, false, 1000));
        assertEquals(-1, end(longHeader, true, 1000));
        assertEquals(-1, end("abcdefghijklmnop", true, 10));
        assertEquals(longHeader.length(), end(longHeader, false, BOUND));
    }

    private static int recordEnd(String s, char d) throws IOException {
        return HeadBytes.read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), BOUND).recordEnd(d);
    }

    @Test
    void recordEndAsCommonsCsvReadsIt() throws IOException {
        assertEquals(7, recordEnd("id,ữ\n1,2\n", ','));
        assertEquals(17, recordEnd("id,\"unit\nname\",a\n1,2,3\n", ','));
        assertEquals(14, recordEnd("\"id\" ,\"unit\"\r\n1,2\r\n", ','));
        assertEquals(7, recordEnd("id,unit", ','));
        // a quote inside a name is text: the header ends at the first line break, where the quote scan does not
        assertEquals(13, recordEnd("id,age\"group\n1,x\"\n2,3\n", ','));
        // with ';' the quote after the comma is text and the one after ';' opens a field across the line break
        assertEquals(11, recordEnd("a,\"b;\"c\nd\"\n", ';'));
        assertEquals(-1, recordEnd("a,\"b;\"c\nd\"\n", ','));
        assertEquals(-1, recordEnd("id,\"a\"b\n1,2\n", ','));
        assertEquals(-1, recordEnd("id,unit\r1,2\n", ','));
    }
}
