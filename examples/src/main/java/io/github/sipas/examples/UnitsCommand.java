package io.github.sipas.examples;

import io.github.sipas.core.OutputFile;
import io.github.sipas.core.TerminalText;
import io.github.sipas.core.Unit;
import io.github.sipas.core.UnitLevel;
import io.github.sipas.core.UnitList;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sipas units}: lists the bundled unit lists, or prints one as the CSV file {@code --units} reads. */
@Command(name = "units", mixinStandardHelpOptions = true,
        description = "Lists the bundled unit lists; units ID prints one as CSV (id,name,aliases,level,parent), "
                + "the file --units FILE reads, to start a province's own.")
final class UnitsCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "A bundled unit list to print as CSV.")
    private String id;

    @Option(names = "--out", paramLabel = "FILE", description = "With ID, write the CSV here instead of standard "
            + "output: whole or not at all; an existing file is replaced only through a temporary file.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        PrintWriter stdout = cl.getOut();
        if (id == null) {
            if (out != null) {
                throw new IllegalArgumentException("--out needs a unit list ID: sipas units ID --out FILE");
            }
            stdout.printf("%-12s %6s  %-28s %s%n", "id", "units", "levels", "name");
            for (String bundled : UnitList.BUNDLED_IDS) {
                UnitList list = UnitList.bundled(bundled);
                stdout.printf("%-12s %6d  %-28s %s%n", bundled, list.units().size(), levels(list),
                        TerminalText.escape(UnitList.bundledDescription(bundled)));
            }
            return SipasCommand.OK;
        }
        UnitList list = UnitList.bundled(id);
        if (out != null) {
            OutputFile.write(out, list::writeCsv);
            return SipasCommand.OK;
        }
        StringWriter csv = new StringWriter();
        list.writeCsv(csv);
        // CSV keeps names as they are; what reaches a terminal is escaped (a custom list's names are not ours)
        stdout.print(System.console() != null ? TerminalText.escapeLines(csv.toString()) : csv.toString());
        stdout.flush();
        return SipasCommand.OK;
    }

    /** The levels of a list with their counts: {@code 1 province, 9 district}. */
    private static String levels(UnitList list) {
        Map<UnitLevel, Integer> counts = new TreeMap<>();
        for (Unit u : list.units()) {
            counts.merge(u.level(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((level, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ')
                .append(level.name().toLowerCase(Locale.ROOT)));
        return sb.toString();
    }
}
