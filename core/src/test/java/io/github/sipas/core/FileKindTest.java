package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKindTest {

    @TempDir
    Path dir;

    @Test
    void anXlsxWorkbookIsToldByItsContentWhateverItsName() throws IOException {
        Path file = dir.resolve("phieu.csv");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        assertEquals(FileKind.XLSX, FileKind.of(file));
    }

    @Test
    void anOle2FileIsAnXls() throws IOException {
        byte[] head = new byte[512];
        byte[] sig = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(sig, 0, head, 0, sig.length);
        assertEquals(FileKind.XLS, FileKind.of(Files.write(dir.resolve("a.xls"), head)));
    }

    @Test
    void aZipWithAnOpenDocumentSpreadsheetMimetypeFirstIsAnOds() throws IOException {
        Path file = dir.resolve("a.ods");
        byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry e = new ZipEntry("mimetype");
            e.setMethod(ZipEntry.STORED);
            e.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals(FileKind.ODS, FileKind.of(file));
    }

    @Test
    void anotherZipIsAZip() throws IOException {
        Path file = dir.resolve("a.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("data.csv"));
            zip.write("a,b\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals(FileKind.ZIP, FileKind.of(file));
    }

    @Test
    void textInAnyEightBitEncodingIsTextAndAnEmptyFileToo() throws IOException {
        assertEquals(FileKind.TEXT, FileKind.of(Files.writeString(dir.resolve("u.csv"),
                "response_id,unit\r\n1,Bảo Yên\r\n\tx\f\n", StandardCharsets.UTF_8)));
        assertEquals(FileKind.TEXT, FileKind.of(Files.write(dir.resolve("w.csv"),
                new byte[] {'a', ',', (byte) 0xE0, (byte) 0xF2, '\n'})));
        assertEquals(FileKind.TEXT, FileKind.of(Files.write(dir.resolve("e.csv"), new byte[0])));
    }

    @Test
    void aPdfImageOrUtf16FileIsBinary() throws IOException {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withNul = new byte[pdf.length + 1];
        System.arraycopy(pdf, 0, withNul, 0, pdf.length);
        assertEquals(FileKind.OTHER_BINARY, FileKind.of(Files.write(dir.resolve("a.pdf"), withNul)));
        assertEquals(FileKind.OTHER_BINARY, FileKind.of(Files.write(dir.resolve("a.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13})));
        assertEquals(FileKind.OTHER_BINARY, FileKind.of(Files.writeString(dir.resolve("u16.csv"), "a,b\n",
                StandardCharsets.UTF_16LE)));
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThrows(UncheckedIOException.class, () -> FileKind.of(dir.resolve("none.csv")));
    }

    @Test
    void theFirstBytesOfAStreamTellAZipAnOle2FileBinaryAndText() {
        assertEquals(FileKind.ZIP, FileKind.ofHead(new byte[] {'P', 'K', 3, 4, 0, 0}));
        assertEquals(FileKind.XLS, FileKind.ofHead(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}));
        assertEquals(FileKind.OTHER_BINARY, FileKind.ofHead(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}));
        assertEquals(FileKind.TEXT, FileKind.ofHead("response_id,unit\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(FileKind.TEXT, FileKind.ofHead(new byte[0]));
    }

    @Test
    void eachRefusalSaysWhatTheFileIsAndHowToSaveItAsXlsxOrCsvUtf8() {
        for (FileKind kind : List.of(FileKind.XLS, FileKind.ODS, FileKind.OTHER_BINARY)) {
            String m = kind.refusal();
            assertTrue(m.startsWith("this is " + kind.description()), m);
            assertTrue(m.contains(".xlsx") && m.contains("UTF-8"), m);
        }
        assertTrue(FileKind.ZIP.refusal().contains("extract the file inside it"), FileKind.ZIP.refusal());
    }
}
