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
    void aWorkbookCutShortIsStillAWorkbookAndAnotherBrokenZipAZip() throws IOException {
        Path whole = dir.resolve("whole.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(whole)) {
            org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("S");
            for (int i = 0; i < 2000; i++) {
                s.createRow(i).createCell(0).setCellValue("phiếu " + i);
            }
            wb.write(out);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(FileKind.XLSX, FileKind.of(cut), "so that the workbook reader says it is damaged");
        byte[] zip = Files.readAllBytes(io.github.sipas.core.testing.OtherFiles.zip(dir.resolve("a.zip")));
        Path cutZip = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(zip, zip.length - 30));
        assertEquals(FileKind.ZIP, FileKind.of(cutZip));
        // regression (new-user trial): `head -c 100` of a workbook, cut inside its first entry, [Content_Types].xml
        Path head = Files.write(dir.resolve("head.xlsx"), java.util.Arrays.copyOf(bytes, 100));
        assertEquals(FileKind.XLSX, FileKind.of(head), "a workbook cut short in its first entry");
    }

    @Test
    void aWordDocumentCutShortIsABrokenZipNotAWorkbook() throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(b)) {
            z.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            z.write("<w:document/>".repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] docx = b.toByteArray();
        Path cut = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(docx, docx.length - 40));
        assertEquals(FileKind.ZIP, FileKind.of(cut));
    }

    @Test
    void anOle2FileIsAnXls() throws IOException {
        assertEquals(FileKind.XLS, FileKind.of(io.github.sipas.core.testing.OtherFiles.xls(dir.resolve("a.xls"))));
    }

    @Test
    void aZipWithAnOpenDocumentSpreadsheetMimetypeFirstIsAnOds() throws IOException {
        assertEquals(FileKind.ODS, FileKind.of(io.github.sipas.core.testing.OtherFiles.ods(dir.resolve("a.ods"))));
    }

    @Test
    void anotherZipIsAZip() throws IOException {
        assertEquals(FileKind.ZIP, FileKind.of(io.github.sipas.core.testing.OtherFiles.zip(dir.resolve("a.zip"))));
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
