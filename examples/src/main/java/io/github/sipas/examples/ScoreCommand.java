package io.github.sipas.examples;

import io.github.sipas.core.Survey;
import io.github.sipas.scoring.uncertainty.IndexDifference;
import io.github.sipas.scoring.estimate.IntervalMethod;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.format.ScoreCsv;
import io.github.sipas.scoring.format.ScoreJson;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.uncertainty.SmallAreaEstimate;
import io.github.sipas.scoring.disclose.Suppression;
import io.github.sipas.scoring.uncertainty.Uncertainty;
import io.github.sipas.scoring.estimate.UnitScore;
import java.io.IOException;
import org.apache.commons.io.output.CloseShieldWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import io.github.sipas.scoring.rank.Tier;
import io.github.sipas.core.Unit;

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
     *
     * <p>With rank sets ({@link ScoreResult#uncertainty()}) a column "Rank set" follows the interval ({@code 2–4},
     * or {@code 3} when the set is one rank), with a previous period the columns "Change set" (the interval of the
     * change of rank, {@code [-1, +3]}), "Δ index" (current − previous, {@code *} when significant at the level) and
     * "p" ({@code <.001} below 0.001) follow the change, and with Fay–Herriot estimates the columns "FH" and "RMSE"
     * follow the rank set; notes under the table say how the sets were computed and name the units statistically tied
     * with the leader and the laggard. Without them the table is as before, to the byte.
     */
    static final class Table {
        private Table() {
        }

        /** A column: its header, its width (0: the last, not padded) and whether it is aligned left. */
        private record Column(String header, int width, boolean left) {
            String cell(String text) {
                return width == 0 ? text : String.format(Locale.ROOT, "%" + (left ? "-" : "") + width + "s", text);
            }
        }

        static void write(ScoreResult result, Survey survey, Writer w) {
            Scorecard card = result.scorecard();
            Uncertainty un = result.uncertainty();
            boolean sets = un != null && un.rankSets().isPresent();
            boolean changes = un != null && un.rankChanges().isPresent();
            boolean fh = un != null && un.fayHerriot().isPresent();
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
            int k = result.disclosure().minRespondents();
            List<List<String>> rows = new ArrayList<>();
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
                List<String> row = new ArrayList<>(List.of(r.rank() == null ? "-" : r.rank().toString(),
                        label(result, r), Long.toString(r.respondents()), index, interval));
                if (sets) {
                    row.add(un.rankSet(r.label()).map(x -> x.size() == 1 ? Integer.toString(x.lower())
                            : x.lower() + "\u2013" + x.upper()).orElse(""));
                }
                if (fh) {
                    Optional<SmallAreaEstimate> e = un.fayHerriot(r.label()).filter(SmallAreaEstimate::isEstimated);
                    row.add(e.map(x -> String.format(Locale.ROOT, "%.2f", x.estimate())).orElse(""));
                    row.add(e.map(x -> String.format(Locale.ROOT, "%.2f", x.rmse())).orElse(""));
                }
                row.add(change);
                if (changes) {
                    row.add(un.rankChange(r.label()).map(c -> "[" + signed(c.changeLower()) + ", "
                            + signed(c.changeUpper()) + "]").orElse(""));
                    Optional<IndexDifference> d = un.indexChange(r.label());
                    row.add(d.map(x -> String.format(Locale.ROOT, "%+.2f", x.difference())
                            + (x.isSignificant() ? "*" : " ")).orElse(""));
                    row.add(d.map(x -> x.pValue() < 0.001 ? "<.001" : String.format(Locale.ROOT, "%.3f",
                            x.pValue())).orElse(""));
                }
                row.add(r.tier() == null ? "" : r.tier().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                row.add(flags);
                rows.add(row);
            }
            List<Column> columns = new ArrayList<>(List.of(new Column("Rank", 4, false), new Column("Unit", width,
                    true), new Column("Forms", 7, false), new Column("Index", 6, false),
                    new Column(level + "% interval", 16, true)));
            if (sets) {
                columns.add(new Column("Rank set", widest(rows, columns.size(), 8), true));
            }
            if (fh) {
                columns.add(new Column("FH", 6, false));
                columns.add(new Column("RMSE", 5, false));
            }
            columns.add(new Column("Change", 6, false));
            if (changes) {
                columns.add(new Column("Change set", widest(rows, columns.size(), 10), true));
                columns.add(new Column("\u0394 index", 8, false));
                columns.add(new Column("p", 5, false));
            }
            columns.add(new Column("Tier", 12, true));
            columns.add(new Column("Flags", 0, true));
            p.println(line(columns, columns.stream().map(Column::header).toList()));
            for (List<String> row : rows) {
                p.println(line(columns, row).stripTrailing());
            }
            boolean notes = !result.ranking().suppressed().isEmpty() || un != null;
            if (notes) {
                p.println();
            }
            if (!result.ranking().suppressed().isEmpty()) {
                p.printf("n<%d: suppressed, fewer than %d forms; x: suppressed to protect a smaller cell of the same "
                        + "total (complementary). Suppressed cells are not ranked.%n", k, k);
            }
            if (un != null) {
                notes(p, result, un, level);
            }
            p.flush();
        }

        private static void notes(PrintWriter p, ScoreResult result, Uncertainty un, String level) {
            un.rankSets().ifPresent(s -> {
                String type = switch (s.type()) {
                    case TWO_SIDED -> "two-sided";
                    case LOWER -> "lower (a best rank only)";
                    case UPPER -> "upper (a worst rank only)";
                };
                p.printf("Rank set: %s%% %s %s rank sets (%d draws, seed %d): %s.%n", level, s.isSimultaneous()
                        ? "simultaneous" : "marginal", type, s.options().draws(), s.options().seed(),
                        s.isSimultaneous() ? "together they hold every ranked unit's true rank with " + level
                        + "% confidence" : "each holds its own unit's true rank with " + level
                        + "% confidence, not all together");
            });
            un.tiedWithLeader().ifPresent(g -> p.printf("Statistically tied with the leader (%s): %s.%n",
                    names(result, g.anchors()), names(result, g.units())));
            un.tiedWithLaggard().ifPresent(g -> p.printf("Statistically tied with the laggard (%s): %s.%n",
                    names(result, g.anchors()), names(result, g.units())));
            un.rankChanges().ifPresent(c -> p.printf("Change set: the change of rank (previous - current) allowed by "
                    + "both periods' simultaneous sets; \u0394 index: current - previous, * when its %s%% interval "
                    + "excludes 0; p: test of no change.%n", level));
            un.fayHerriot().ifPresent(f -> p.printf("FH: Fay-Herriot empirical-Bayes estimate (%s scale, %d units%s) "
                    + "and its RMSE, beside the direct index.%n",
                    f.scale().name().toLowerCase(Locale.ROOT), f.areas(), f.converged() ? ""
                    : "; did not converge, no estimate"));
        }

        private static String names(ScoreResult result, List<String> labels) {
            return String.join(", ", labels.stream().map(l -> {
                UnitScore u = result.unit(l);
                return name(result, u);
            }).toList());
        }

        private static String signed(int n) {
            return n > 0 ? "+" + n : Integer.toString(n);
        }

        private static int widest(List<List<String>> rows, int column, int min) {
            return Math.max(min, rows.stream().mapToInt(r -> r.get(column).length()).max().orElse(0));
        }

        private static String line(List<Column> columns, List<String> cells) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    b.append("  ");
                }
                b.append(columns.get(i).cell(cells.get(i)));
            }
            return b.toString();
        }

        private static String label(ScoreResult result, RankedUnit r) {
            return name(result, result.unit(r.label()));
        }

        private static String name(ScoreResult result, UnitScore u) {
            String unit = u.unit() == null ? null : result.nameOf(u.unit());
            return unit == null ? u.group() : u.group() == null ? unit : unit + " / " + u.group();
        }
    }
}
