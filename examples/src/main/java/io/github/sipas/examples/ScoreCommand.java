package io.github.sipas.examples;

import io.github.sipas.core.OutputFile;
import io.github.sipas.core.TerminalText;
import io.github.sipas.scoring.format.ScoreCsv;
import io.github.sipas.scoring.format.ScoreJson;
import io.github.sipas.scoring.format.ScoreTable;
import io.github.sipas.scoring.format.ScoreXlsx;
import io.github.sipas.scoring.result.ScoreResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.CloseShieldWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sipas score}: the indices, intervals and ranking of every unit. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores a survey round: every unit's SIPAS index with its standard error and confidence "
                + "interval, its elements and criteria, and the ranking with the change of rank.",
                "Cells (units, or units x groups) with fewer than --min-cell forms are published without figures "
                + "and not ranked; personal columns (names, phones, addresses...) are never written.",
                "--rank-sets adds each unit's rank set (the ranks it may truly hold), the units statistically tied "
                + "with the leader and the laggard and, with --previous, the ranges of the changes of rank and the "
                + "changes of index with their tests; --fay-herriot adds empirical-Bayes estimates beside the "
                + "direct ones.",
                "--format xlsx writes an Excel workbook (--out FILE needed): the ranking as officials publish it, "
                + "a sheet of elements and one of criteria per unit, and a sheet of the method and options; "
                + "Vietnamese by default, English with --lang en.",
                "Rejected rows are listed on standard error and counted in the output. Exit code 0 when every row "
                + "was scored, 1 when some rows were rejected, 2 on a usage error or unreadable input."})
final class ScoreCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { TABLE, JSON, CSV, XLSX }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private InputOptions input;

    @CommandLine.Mixin
    private ScoringOptions scoring;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json, csv or xlsx (an Excel workbook; needs --out). Without it, the extension "
                    + "of --out chooses (.xlsx/.xlsm, .json, .csv), and anything else is the table.")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output here instead of standard output: "
            + "whole or not at all (through a temporary file in the same directory); a file that is one of the "
            + "inputs is refused.")
    private Path out;

    @Option(names = "--bom", description = "With --format csv, begin with a byte-order mark so that Excel reads the "
            + "Vietnamese letters correctly.")
    private boolean bom;

    @Option(names = "--excel", description = "With --format csv, write the CSV that Excel with Vietnamese regional "
            + "settings opens as it is: a byte-order mark, ';' between cells and decimal commas (86,91).")
    private boolean excel;

    @Option(names = "--wide", description = "With --format csv, one row per unit with a column per element and per "
            + "criterion, instead of one row per unit and index id.")
    private boolean wide;

    @Option(names = "--lang", paramLabel = "vi|en", description = "With --format xlsx, the workbook's language: vi "
            + "(default, as sipas report) or en.")
    private String lang;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Format f = format(cl);
        checkFormatOptions(cl, f);
        Outputs.refuseInputs(cl, "--out", out, Outputs.inputs(input, scoring));
        ScoringOptions.Outcome outcome = scoring.run(cl, input, null);
        if (outcome == null) {
            return SipasCommand.REJECTED;
        }
        ScoreResult result = outcome.result();
        if (f == Format.XLSX) {
            String language = lang == null ? "vi" : lang;
            OutputFile.writeBytes(out, o -> ScoreXlsx.write(result, outcome.scorer().survey(), language, o));
            return outcome.report().isValid() ? SipasCommand.OK : SipasCommand.REJECTED;
        }
        ScoreCsv.Dialect dialect = excel ? ScoreCsv.Dialect.EXCEL
                : bom ? ScoreCsv.Dialect.STANDARD_BOM : ScoreCsv.Dialect.STANDARD;
        OutputFile.Content<Writer> content = w -> {
            switch (f) {
                case JSON:
                    ScoreJson.write(result, w);
                    break;
                case CSV:
                    if (wide) {
                        ScoreCsv.writeWide(result, w, dialect);
                    } else {
                        ScoreCsv.write(result, w, dialect);
                    }
                    break;
                default:
                    ScoreTable.write(result, outcome.scorer().survey(), w);
                    break;
            }
        };
        if (out == null && f == Format.CSV && System.console() != null) {
            // CSV keeps names as they are, for a spreadsheet; on a terminal they are shown escaped like the table
            java.io.StringWriter text = new java.io.StringWriter();
            content.writeTo(text);
            cl.getOut().print(TerminalText.escapeLines(text.toString()));
            cl.getOut().flush();
        } else if (out == null) {
            try (Writer w = CloseShieldWriter.wrap(cl.getOut())) {
                content.writeTo(w);
            }
        } else {
            OutputFile.write(out, content);
        }
        return outcome.report().isValid() ? SipasCommand.OK : SipasCommand.REJECTED;
    }

    /**
     * The format given, or without --format the one --out's extension names (.xlsx or .xlsm, .json, .csv; any other
     * name, or none, is the table); refuses a workbook's extension for a text format and a text file's for xlsx.
     */
    private Format format(CommandLine cl) {
        String name = out == null || out.getFileName() == null ? ""
                : out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String extension = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1);
        boolean workbookName = extension.equals("xlsx") || extension.equals("xlsm");
        if (!cl.getParseResult().hasMatchedOption("--format")) {
            switch (extension) {
                case "xlsx":
                case "xlsm":
                    return Format.XLSX;
                case "json":
                    return Format.JSON;
                case "csv":
                    return Format.CSV;
                default:
                    return Format.TABLE;
            }
        }
        Format f = ScoringOptions.parse(cl, Format.class, format, "--format");
        if (workbookName && f != Format.XLSX) {
            throw new CommandLine.ParameterException(cl, "--out " + out.getFileName() + " names an Excel workbook, "
                    + "but --format " + format + " writes text that Excel cannot open as one: give --format xlsx, "
                    + "or leave --format out to take it from the name");
        }
        if (f == Format.XLSX && (extension.equals("csv") || extension.equals("json") || extension.equals("txt"))) {
            throw new CommandLine.ParameterException(cl, "--format xlsx writes an Excel workbook, but --out "
                    + out.getFileName() + " names a ." + extension + " file: name it .xlsx");
        }
        return f;
    }

    /**
     * Refuses, before anything is read, options that do not apply to the format: --bom, --excel and --wide are for
     * csv, --lang for xlsx, and a workbook needs --out.
     */
    private void checkFormatOptions(CommandLine cl, Format f) {
        String csvOnly = bom ? "--bom" : excel ? "--excel" : wide ? "--wide" : null;
        if (csvOnly != null && f != Format.CSV) {
            throw new CommandLine.ParameterException(cl, csvOnly + " applies to --format csv only, not to --format "
                    + format);
        }
        if (lang != null && f != Format.XLSX) {
            throw new CommandLine.ParameterException(cl, "--lang applies to --format xlsx only, not to --format "
                    + format);
        }
        if (lang != null && !ScoreXlsx.LANGUAGES.contains(lang)) {
            throw new CommandLine.ParameterException(cl, "--lang must be vi or en, not '" + lang + "'");
        }
        if (f == Format.XLSX && out == null) {
            throw new CommandLine.ParameterException(cl, "--format xlsx writes a binary workbook, not text: give "
                    + "--out FILE.xlsx (--out /dev/stdout to send it down a pipe)");
        }
    }
}
