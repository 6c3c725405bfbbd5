package io.github.sipas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, finding 6, its part on messages (the rejects file is another class's):
 *
 * <blockquote>An encoding error message repeats a personal value: {@code pii.csv, line 3, column Họ và tên, value
 * 'Nguy…': the text is not UTF-8}.</blockquote>
 *
 * <p>Now a {@link io.github.sipas.core.Problem} or an {@link io.github.sipas.core.InputException} about a cell of a
 * personal column keeps no value, and says {@code (personal column, withheld)} where the value was; a column that is
 * not personal still shows its value.
 */
class Issue11Finding06MessagesTest {

    private static final String HEADER = "response_id,unit,Họ và tên,gender,A1,A2,A3,A4,B1,B2,B3,B4,B5,C1,C2,C3,C4,C5,"
            + "C6,D1,D2,D3,E1,E2,E3,E4\n";
    private static final String ANSWERS = ",4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4\n";

    @TempDir
    Path dir;

    /** pii.csv: line 2 is clean; line 3 has the name "Nguyễn Văn Bình" with its ễ in Windows-1258 bytes. */
    private Path pii(String column) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(HEADER.getBytes(StandardCharsets.UTF_8));
        bytes.write(("R1,Xã A,Trần Thị Hoa,Nữ" + ANSWERS).getBytes(StandardCharsets.UTF_8));
        String name = column.equals("name") ? "Nguy\u0000n Văn Bình" : "Nguyễn Văn Bình";
        String gender = column.equals("gender") ? "N\u0000m" : "Nam";
        byte[] row = ("R2,Xã A," + name + "," + gender + ANSWERS).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < row.length; i++) {
            if (row[i] == 0) {
                row[i] = (byte) 0xE1;  // a lone byte that is not UTF-8 ('á' in Windows-1258)
            }
        }
        bytes.write(row);
        Path file = dir.resolve("pii.csv");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    @Test
    void anEncodingErrorInAPersonalColumnDoesNotRepeatTheValue() throws IOException {
        for (String command : new String[] {"validate", "score"}) {
            CommandLineRun run = CommandLineRun.of(command, "--survey", "sipas-2017", "--responses",
                    pii("name").toString());
            assertEquals(2, run.code(), run.err());
            String all = run.out() + run.err();
            assertTrue(all.contains("pii.csv, line 3, column Họ và tên (personal column, withheld): the text is not "
                    + "UTF-8"), all);
            assertFalse(all.contains("Nguy"), all);
            assertFalse(all.contains("Bình"), all);
            assertFalse(all.contains("value '"), all);
        }
    }

    @Test
    void anEncodingErrorInAnOrdinaryColumnStillShowsTheValue() throws IOException {
        CommandLineRun run = CommandLineRun.of("validate", "--survey", "sipas-2017", "--responses",
                pii("gender").toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("pii.csv, line 3, column gender, value 'N\uFFFDm': the text is not UTF-8"),
                run.err());
        assertFalse(run.err().contains("Nguy"), run.err());
    }
}
