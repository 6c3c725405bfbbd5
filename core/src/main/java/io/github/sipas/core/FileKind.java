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
 * …spreadsheetml.sheet.main+xml}, {@code …sheet.macroEnabled.main+xml} or the template forms) is {@link #XLSX}, and
 * so is an archive too damaged to open (cut short) whose first bytes name a workbook's parts ({@code xl/…}), which the
 * workbook reader then reports as damaged; any other zip (a Word document, an {@code .xlsb}, a zip of CSV files) is
 * {@link #ZIP}. A file starting with the OLE2 signature {@code D0 CF 11 E0 A1 B1 1A E1} is {@link #XLS} (Excel
 * 97–2003; a password-protected {@code .xlsx} is such a container too). Otherwise the first {@value #SAMPLE} bytes
 * decide: a NUL byte, or more than one byte in a hundred being a control character other than tab, line feed, form
 * feed and carriage return, make it {@link #OTHER_BINARY} (a PDF, an image, a UTF-16 file); anything else, an empty
 * file included, is {@link #TEXT}, left to the text reader to decode.
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
     * Returns why a file of this kind is not read where text or a workbook is expected, and how to save it so that it
     * is: {@code this is an Excel 97-2003 workbook (.xls), which sipas does not read: open it in Excel and save it as
     * "Excel Workbook (.xlsx)" or as "CSV UTF-8 (Comma delimited) (.csv)"}. The file is never named here, nor any of
     * its content: the caller names the file.
     *
     * @return the reason, for an {@link InputException}; for {@link #TEXT} and {@link #XLSX}, which are read, a
     *     sentence saying so
     */
    public String refusal() {
        switch (this) {
            case XLS:
                return "this is " + description + ", which sipas does not read: open it in Excel and save it as "
                        + "\"Excel Workbook (.xlsx)\" or as \"CSV UTF-8 (Comma delimited) (.csv)\" (a "
                        + "password-protected .xlsx is such a file too: save it without the password)";
            case ODS:
                return "this is " + description + ", which sipas does not read: open it in LibreOffice Calc and "
                        + "save it as \"Excel 2007-365 (.xlsx)\", or as \"Text CSV (.csv)\" with the character "
                        + "set \"Unicode (UTF-8)\"";
            case ZIP:
                return "this is " + description + ", not a CSV file or an Excel workbook: extract the file inside "
                        + "it (a Google Forms download holds one CSV) and give that file";
            case OTHER_BINARY:
                return "this is " + description + " (a PDF, an image, or text saved as UTF-16 \"Unicode Text\"), "
                        + "not a CSV file or an Excel workbook: save the responses as \"CSV UTF-8 (Comma "
                        + "delimited) (.csv)\" or as \"Excel Workbook (.xlsx)\"";
            default:
                return "this is " + description + ", which is read";
        }
    }

    /**
     * Tells what a file is from its first bytes alone, for a stream that cannot be opened twice: as {@link #of(Path)},
     * but any zip archive is {@link #ZIP}, as its entries cannot be looked at (an {@code .xlsx} or {@code .ods} sent as
     * a stream is {@code ZIP} here).
     *
     * @param head the first bytes of the stream, up to {@value #SAMPLE} (all of it if shorter)
     * @return the kind
     */
    public static FileKind ofHead(byte[] head) {
        if (startsWith(head, OLE2)) {
            return XLS;
        }
        if (isZip(head)) {
            return ZIP;
        }
        return isText(head) ? TEXT : OTHER_BINARY;
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
        if (isZip(head)) {
            return zipKind(file, head);
        }
        return isText(head) ? TEXT : OTHER_BINARY;
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
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
            // a broken archive (cut short by a download, say): a workbook if its first entries are a workbook's
            return namesWorkbookParts(head) ? XLSX : ZIP;
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

    /**
     * Whether the first bytes of a broken zip name a workbook's parts, as the local headers of an .xlsx do: a
     * workbook's part, or {@code [Content_Types].xml} (the first entry of every Office file) without a Word or
     * PowerPoint part in sight, so that even a workbook cut short in its first entry is called a workbook.
     */
    private static boolean namesWorkbookParts(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.contains("xl/workbook.xml") || text.contains("xl/worksheets/")) {
            return true;
        }
        boolean other = text.contains("word/") || text.contains("ppt/");
        return !other && (text.contains("[Content_Types].xml") && (text.contains("xl/") || text.contains("_rels/.rels"))
                || firstEntryIsContentTypes(head));
    }

    private static boolean firstEntryIsContentTypes(byte[] head) {
        String name = "[Content_Types].xml";
        return head.length >= 30 + name.length() && u16(head, 26) == name.length()
                && name.equals(new String(head, 30, name.length(), StandardCharsets.US_ASCII));
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
