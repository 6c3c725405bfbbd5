package io.github.sipas.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files that are neither CSV text nor an {@code .xlsx} workbook, written for the tests of their refusal: only the
 * bytes by which {@link io.github.sipas.core.FileKind} tells them (no reader of them is available here).
 */
public final class OtherFiles {

    /** The signature of an OLE2 compound file, the container of an Excel 97–2003 {@code .xls}. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private OtherFiles() {
    }

    /** Writes an OLE2 file (the start of an {@code .xls}): the signature, then zeros, 4 KiB in all. */
    public static Path xls(Path file) throws IOException {
        byte[] head = new byte[4096];
        System.arraycopy(OLE2, 0, head, 0, OLE2.length);
        return Files.write(file, head);
    }

    /** Writes a zip whose first entry is an OpenDocument spreadsheet's {@code mimetype}, stored, as an {@code .ods}. */
    public static Path ods(Path file) throws IOException {
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
        return file;
    }

    /** Writes a zip holding one CSV file, as a Google Forms download. */
    public static Path zip(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("responses.csv"));
            zip.write("response_id,unit\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** Writes the start of a PDF: its header, then NUL bytes, 2 KiB in all. */
    public static Path pdf(Path file) throws IOException {
        byte[] pdf = new byte[2048];
        byte[] start = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, pdf, 0, start.length);
        return Files.write(file, pdf);
    }
}
