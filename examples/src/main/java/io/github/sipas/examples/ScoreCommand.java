package io.github.sipas.examples;

import io.github.sipas.core.Survey;
import io.github.sipas.scoring.IntervalMethod;
import io.github.sipas.scoring.RankedUnit;
import io.github.sipas.scoring.ScoreCsv;
import io.github.sipas.scoring.ScoreJson;
import io.github.sipas.scoring.ScoreResult;
import io.github.sipas.scoring.Scorecard;
import io.github.sipas.scoring.Suppression;
import io.github.sipas.scoring.UnitScore;
import java.io.IOException;
import org.apache.commons.io.output.CloseShieldWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sipas score}: the indices, intervals and ranking of every unit. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores a survey round: every unit's SIPAS index with its standard error and confidence "
                + "interval, its elements and criteria, and the ranking with the change of rank.",
                "Cells (units, or units x groups) with fewer than --min-cell forms are published without figures "
                + "and not ranked; personal columns (names, phones, addresses...) are never written.",
                "Rejected rows are listed on standard error and counted in the output. Exit code 0 when every row "
                + "was scored, 1 when some rows were rejected, 2 on a usage error or unreadable input."})
final class ScoreCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { TABLE, JSON, CSV }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private InputOptions input;

    @CommandLine.Mixin
    private ScoringOptions scoring;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json or csv.")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output here instead of standard output.")
    private Path out;

    @Option(names = "--bom", description = "With --format csv, begin with a byte-order mark so that Excel reads the "
            + "Vietnamese letters correctly.")
    private boolean bom;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Format f = ScoringOptions.parse(cl, Format.class, format, "--format");
        ScoringOptions.Outcome outcome = scoring.run(cl, input, null);
        if (outcome == null) {
            return SipasCommand.REJECTED;
        }
        ScoreResult result = outcome.result();
        try (Writer w = out == null ? CloseShieldWriter.wrap(cl.getOut())
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            switch (f) {
                case JSON:
                    ScoreJson.write(result, w);
                    break;
                case CSV:
                    ScoreCsv.write(result, w, bom);
                    break;
                default:
                    Table.write(result, outcome.scorer().survey(), w);
                    break;
            }
        }
        return outcome.report().isValid() ? SipasCommand.OK : SipasCommand.REJECTED;
    }

    /**
     * The ranking table of {@code --format table}. A suppressed cell keeps its row, with its number of forms, and
     * shows {@code n<K} (fewer than K forms) or {@code x} (complementary) in place of its index and
     * {@code suppressed} in place of its interval; a note under the table, after an empty line, says what the markers
     * mean.
     */
    static final class Table {
        private Table() {
        }

        static void write(ScoreResult result, Survey survey, Writer w) {
            Scorecard card = result.scorecard();
            PrintWriter p = new PrintWriter(w);
            String level = String.format(Locale.ROOT, "%s", 100 * card.level()).replaceAll("\\.0$", "");
            p.printf("%s (%s): %d forms read, %d scored, %d rejected%n", survey.title().vi(), survey.id(),
                    result.rowsRead(), result.rowsRead() - result.rejected(), result.rejected());
            p.printf("Index: %s; %s%% intervals (%s for criteria, %s for the index)%n",
                    card.aggregation().method().name().toLowerCase(Locale.ROOT).replace('_', ' '), level,
                    card.method().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    card.method() == IntervalMethod.LOGIT ? "logit" : "wald");
            int width = Math.max(4, result.ranking().units().stream().mapToInt(r -> label(result, r).length()).max()
                    .orElse(4));
            String head = String.format(Locale.ROOT, "%4s  %-" + width + "s  %7s  %6s  %-16s  %6s  %-12s  %s",
                    "Rank", "Unit", "Forms", "Index", level + "% interval", "Change", "Tier", "Flags");
            p.println(head);
            int k = result.disclosure().minRespondents();
            for (RankedUnit r : result.ranking().units()) {
                UnitScore u = result.unit(r.label());
                String interval = r.isSuppressed() ? "suppressed" : Double.isNaN(u.index().lower()) ? ""
                        : String.format(Locale.ROOT, "[%6.2f, %6.2f]", u.index().lower(), u.index().upper());
                String index = r.isSuppressed() ? (r.suppression() == Suppression.SMALL_CELL ? "n<" + k : "x")
                        : r.rounded() == null ? "-" : r.rounded().toPlainString();
                String change = r.rankChange() == null ? (r.previousRank() == null && r.isRanked() ? "new" : "")
                        : r.rankChange() > 0 ? "+" + r.rankChange() : r.rankChange().toString();
                if (result.ranking().previousRanks().isEmpty()) {
                    change = "";
                }
                String flags = String.join(" ", r.flags().stream().map(x -> x.name().toLowerCase(Locale.ROOT)
                        .replace('_', '-')).toList());
                if (!r.isRanked()) {
                    flags = (flags.isEmpty() ? "" : flags + " ") + "not ranked: " + r.reason();
                }
                p.println(String.format(Locale.ROOT, "%4s  %-" + width + "s  %7d  %6s  %-16s  %6s  %-12s  %s",
                        r.rank() == null ? "-" : r.rank().toString(), label(result, r), r.respondents(), index,
                        interval, change,
                        r.tier() == null ? "" : r.tier().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        flags).stripTrailing());
            }
            if (!result.ranking().suppressed().isEmpty()) {
                p.println();
                p.printf("n<%d: suppressed, fewer than %d forms; x: suppressed to protect a smaller cell of the same "
                        + "total (complementary). Suppressed cells are not ranked.%n", k, k);
            }
            p.flush();
        }

        private static String label(ScoreResult result, RankedUnit r) {
            UnitScore u = result.unit(r.label());
            String unit = u.unit() == null ? null : result.nameOf(u.unit());
            return unit == null ? u.group() : u.group() == null ? unit : unit + " / " + u.group();
        }
    }
}
