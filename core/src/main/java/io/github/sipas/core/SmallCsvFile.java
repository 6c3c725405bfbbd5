package io.github.sipas.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Opens the small CSV files a user writes by hand (a unit list, a column mapping): at most {@value #MAX_BYTES} bytes,
 * so that a wrong or hostile file cannot fill the memory, and strict UTF-8 (with or without a byte-order mark), so that
 * a file saved in Windows-1258, TCVN3 or VNI is refused instead of read as garbled names. A workbook ({@code .xlsx},
 * {@code .xls}, {@code .ods}) or other binary file is refused with one line saying what it is and how to save it as CSV
 * ({@link FileKind#refusal()}), never with the encoding message. Public for the readers of
 * the library's other packages (the values file of {@code core.csv}); not meant for applications.
 *
 * @since 0.2
 */
public final class SmallCsvFile {

    /** The largest file accepted: 16 MiB, far beyond a province's units or a questionnaire's columns. */
    public static final long MAX_BYTES = 16L << 20;

    private SmallCsvFile() {
    }

    /**
     * Opens a file for reading.
     *
     * @param file the file
     * @param what what the file is, for messages ("unit list")
     * @return the text, decoded as strict UTF-8
     * @throws InputException if the file is larger than {@value #MAX_BYTES} bytes, or is not text
     * @throws IOException if it cannot be opened
     */
    public static Reader open(Path file, String what) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new InputException(file.toString(), 0, null, null, null, "the " + what + " is " + size
                    + " bytes; at most " + MAX_BYTES + " are read (is it the right file?)", null);
        }
        FileKind kind = FileKind.of(file);
        if (kind == FileKind.XLSX) {
            throw new InputException(file.toString(), 0, null, null, null, "this is " + kind.description() + "; a "
                    + what + " is read from CSV: in Excel, save its sheet as \"CSV UTF-8 (Comma delimited) (.csv)\"",
                    null);
        }
        if (kind != FileKind.TEXT) {
            throw new InputException(file.toString(), 0, null, null, null, kind.refusal(), null);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
        return new InputStreamReader(in, utf8);
    }

    /**
     * Turns a decoding failure, which Commons CSV may wrap, into the library's exception at a line; returns null for
     * another failure.
     *
     * @param e what the parser threw
     * @param source the file name
     * @param line the line being read
     * @return the exception to throw, or null
     */
    public static InputException notUtf8(Throwable e, String source, long line) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return new InputException(source, line, null, null, null, "the text is not UTF-8 (a file saved in "
                        + "Windows-1258, TCVN3 or VNI?); save it as UTF-8", e);
            }
        }
        return null;
    }
}
