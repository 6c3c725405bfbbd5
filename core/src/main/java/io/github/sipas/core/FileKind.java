package io.github.sipas.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a file is, told by its first bytes rather than by its name: a text file (such as CSV), an Excel workbook in
 * the Office Open XML format ({@code .xlsx}, {@code .xlsm}), an old binary Excel file ({@code .xls}), an OpenDocument
 * spreadsheet ({@code .ods}), another zip archive, or another binary file (PDF, image…).
 *
 * <p>The rules, in order: a file starting with the zip signature {@code PK 03 04} (or the empty-archive {@code PK 05
 * 06}) whose first entry is {@code mimetype} holding {@code application/vnd.oasis.opendocument.spreadsheet} is
 * {@link #ODS}; a zip whose {@code [Content_Types].xml} declares a SpreadsheetML main part ({@code
 * …spreadsheetml.sheet.main+xml}, {@code …sheet.macroEnabled.main+xml} or the template forms) is {@link #XLSX}; any
 * other zip (a Word document, an {@code .xlsb}, a zip of CSV files) is {@link #ZIP}. A file starting with the OLE2
 * signature {@code D0 CF 11 E0 A1 B1 1A E1} is {@link #XLS} (Excel 97–2003; a password-protected {@code .xlsx} is such
 * a container too). Otherwise the first {@value #SAMPLE} bytes decide: a NUL byte, or more than one byte in a hundred
 * being a control character other than tab, line feed, form feed and carriage return, make it {@link #OTHER_BINARY}
 * (a PDF, an image, a UTF-16 file); anything else, an empty file included, is {@link #TEXT}, left to the text reader
 * to decode.
 *
 * @since 0.9
 */
public enum FileKind {
    /** Text, such as a CSV or JSON file, in whatever encoding. */
    TEXT("a text file"),
    /** An Excel workbook in the Office Open XML format ({@code .xlsx}, {@code .xlsm}). */
    XLSX("an Excel workbook (.xlsx)"),
    /** An Excel 97–2003 workbook ({@code .xls}), or another OLE2 compound file. */
    XLS("an Excel 97-2003 workbook (.xls)"),
    /** An OpenDocument spreadsheet ({@code .ods}, LibreOffice Calc). */
    ODS("an OpenDocument spreadsheet (.ods)"),
    /** A zip archive that is neither a workbook nor an OpenDocument spreadsheet. */
    ZIP("a zip archive"),
    /** Another binary file: a PDF, an image, a UTF-16 text. */
    OTHER_BINARY("a binary file");

    /** How many bytes are looked at to tell text from binary. */
    public static final int SAMPLE = 8192;

    /** The most bytes of {@code [Content_Types].xml} read to find the workbook's part (it is a few KB). */
    static final int MAX_CONTENT_TYPES = 1 << 20;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final String ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    /**
     * Returns what this kind of file is, in words for a message: {@code an Excel 97-2003 workbook (.xls)}.
     *
     * @return the description, starting with an article
     */
    public String description() {
        return description;
    }

    /**
     * Tells what a file is from its content.
     *
     * @param file the file
     * @return its kind
     * @throws UncheckedIOException if the file cannot be read (it does not exist, it is a directory…)
     */
    public static FileKind of(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (startsWith(head, OLE2)) {
            return XLS;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6))) {
            return zipKind(file, head);
        }
        return isText(head) ? TEXT : OTHER_BINARY;
    }

    private static FileKind zipKind(Path file, byte[] head) {
        if (isOdsMimetype(head)) {
            return ODS;
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null) {
                return ZIP;
            }
            String text;
            try (InputStream in = zip.getInputStream(types)) {
                text = new String(in.readNBytes(MAX_CONTENT_TYPES), StandardCharsets.UTF_8);
            }
            return declaresWorkbook(text) ? XLSX : ZIP;
        } catch (IOException | IllegalArgumentException e) {
            // a zip signature over a broken archive: not something a spreadsheet reader can open
            return ZIP;
        }
    }

    /** Whether the first local entry is an OpenDocument {@code mimetype} naming a spreadsheet (it is stored first). */
    private static boolean isOdsMimetype(byte[] head) {
        if (head.length < 30) {
            return false;
        }
        int nameLength = u16(head, 26);
        int extraLength = u16(head, 28);
        int start = 30;
        if (nameLength != 8 || head.length < start + nameLength
                || !"mimetype".equals(new String(head, start, nameLength, StandardCharsets.US_ASCII))) {
            return false;
        }
        int data = start + nameLength + extraLength;
        int size = Math.min(Math.max(0, head.length - data), 128);
        String mime = size == 0 ? "" : new String(head, data, size, StandardCharsets.US_ASCII);
        return mime.startsWith(ODS_MIME);
    }

    private static boolean declaresWorkbook(String contentTypes) {
        return contentTypes.contains("spreadsheetml.sheet.main+xml")
                || contentTypes.contains("spreadsheetml.template.main+xml")
                || contentTypes.contains("ms-excel.sheet.macroEnabled.main+xml")
                || contentTypes.contains("ms-excel.template.macroEnabled.main+xml");
    }

    private static boolean isText(byte[] head) {
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' || b == 0x7F) {
                control++;
            }
        }
        return control * 100L <= head.length;
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }
}
