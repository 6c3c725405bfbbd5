package io.github.sipas.examples;

import io.github.sipas.core.ErrorPolicy;
import io.github.sipas.core.Problem;
import io.github.sipas.core.ReadReport;
import io.github.sipas.core.Survey;
import io.github.sipas.scoring.Grouping;
import io.github.sipas.scoring.IntervalMethod;
import io.github.sipas.scoring.RankedUnit;
import io.github.sipas.scoring.Ranking;
import io.github.sipas.scoring.RankingMethod;
import io.github.sipas.scoring.RankingOptions;
import io.github.sipas.scoring.ScoreAccumulator;
import io.github.sipas.scoring.ScoreCsv;
import io.github.sipas.scoring.ScoreJson;
import io.github.sipas.scoring.ScoreResult;
import io.github.sipas.scoring.Scorecard;
import io.github.sipas.scoring.Scorer;
import io.github.sipas.scoring.UnitScore;
import io.github.sipas.scoring.Variant;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sipas score}: the indices, intervals and ranking of every unit. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores a survey round: every unit's SIPAS index with its standard error and confidence "
                + "interval, its elements and criteria, and the ranking with the change of rank.",
                "Rejected rows are listed on standard error and counted in the output. Exit code 0 when every row "
                + "was scored, 1 when some rows were rejected, 2 on a usage error or unreadable input."})
final class ScoreCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { TABLE, JSON, CSV }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private InputOptions input;

    @Option(names = "--by", paramLabel = "COLUMN", description = "Group by an attribute column (e.g. gender, "
            + "age_group, channel, period) instead of the unit; 'unit,COLUMN' groups by both.")
    private String by;

    @Option(names = "--previous", paramLabel = "FILE", description = "Last period, for the change of rank: its "
            + "responses (CSV, read like --responses) or a result saved with --format json.")
    private Path previous;

    @Option(names = "--ci", paramLabel = "METHOD", defaultValue = "wilson", description = "Interval of the criteria: "
            + "wilson (default), clopper-pearson, logit or wald. Elements and the index use Wald (logit with logit).")
    private String ci;

    @Option(names = "--level", paramLabel = "P", defaultValue = "0.95",
            description = "Confidence level, in (0, 1); 0.95 unless given.")
    private double level;

    @Option(names = "--ranking", paramLabel = "METHOD", defaultValue = "competition",
            description = "Ties: competition (1, 2, 2, 4; default) or dense (1, 2, 2, 3).")
    private String rankingMethod;

    @Option(names = "--min-respondents", paramLabel = "N", defaultValue = "30",
            description = "Units with fewer forms are flagged (default 30).")
    private int threshold;

    @Option(names = "--exclude-unreliable", description = "Do not rank units with fewer forms than --min-respondents.")
    private boolean excludeUnreliable;

    @Option(names = "--variants", description = "Also compute the rescaled mean score, the share very satisfied and "
            + "the share satisfied on every criterion.")
    private boolean variants;

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
        input.check(cl);
        Format f = parse(Format.class, format, "--format");
        Scorer scorer = scorer(input.survey());
        RankingOptions options = RankingOptions.builder().method(parse(RankingMethod.class, rankingMethod,
                "--ranking")).reliabilityThreshold(threshold).excludeUnreliable(excludeUnreliable).build();

        ScoreAccumulator acc = scorer.accumulator();
        ReadReport report = input.read(input.reader(cl, scorer.survey(), ErrorPolicy.REJECT_ROW, false), acc::add);
        PrintWriter err = cl.getErr();
        for (Problem p : report.problems()) {
            err.println(p);
        }
        if (report.rejected() > 0) {
            err.println(report.summary() + "; the rejected rows are not scored");
        }
        err.flush();
        if (report.fatal()) {
            return SipasCommand.REJECTED;
        }
        String byColumn = scorer.grouping().attribute();
        if (byColumn != null && !"period".equals(byColumn)
                && report.header().stream().noneMatch(h -> h.equalsIgnoreCase(byColumn))) {
            throw new CommandLine.ParameterException(cl, "--by: no column '" + byColumn + "' in " + report.source()
                    + "; its columns are " + String.join(", ", report.header()));
        }
        Scorecard card = acc.result();
        Ranking ranking = Ranking.of(card, options);
        if (previous != null) {
            ranking = ranking.withPrevious(previousRanks(scorer, options));
            if (!ranking.previousOnly().isEmpty()) {
                err.println("ranked in the previous period but absent now: "
                        + String.join(", ", ranking.previousOnly()));
                err.flush();
            }
        }
        Map<String, String> names = new java.util.HashMap<>();
        io.github.sipas.core.UnitList list = input.unitList(false);
        if (list != null) {
            list.units().forEach(u -> names.put(u.id(), u.name()));
        }
        ScoreResult result = new ScoreResult(card, ranking, report.rowsRead(), report.rejected(), names);
        try (Writer w = out == null ? new NonClosing(cl.getOut())
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            switch (f) {
                case JSON:
                    ScoreJson.write(result, w);
                    break;
                case CSV:
                    ScoreCsv.write(result, w, bom);
                    break;
                default:
                    Table.write(result, scorer.survey(), w);
                    break;
            }
        }
        return report.isValid() ? SipasCommand.OK : SipasCommand.REJECTED;
    }

    private Scorer scorer(Survey survey) {
        Scorer.Builder b = Scorer.builder(survey).interval(parse(IntervalMethod.class, ci, "--ci"));
        if (!(level > 0 && level < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--level must be in (0, 1), not " + level);
        }
        b.level(level);
        if (by != null) {
            List<String> parts = List.of(by.split(",", -1));
            if (parts.size() == 1 && !parts.get(0).isBlank() && !parts.get(0).equals("unit")) {
                b.grouping(Grouping.byAttribute(parts.get(0).strip()));
            } else if (parts.size() == 2 && parts.get(0).strip().equals("unit") && !parts.get(1).isBlank()) {
                b.grouping(Grouping.byUnitAnd(parts.get(1).strip()));
            } else if (!by.strip().equals("unit")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--by takes COLUMN or unit,COLUMN, not '" + by + "'");
            }
        }
        if (variants) {
            b.variants(EnumSet.allOf(Variant.class));
        }
        return b.build();
    }

    /** The ranks of the previous period: from a saved JSON result, or by scoring its responses alike. */
    private Map<String, Integer> previousRanks(Scorer scorer, RankingOptions options) throws IOException {
        String head;
        try (java.io.InputStream in = Files.newInputStream(previous)) {
            head = new String(in.readNBytes(64), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        }
        if (previous.toString().endsWith(".json") || head.startsWith("{")) {
            return ScoreJson.readRanks(previous);
        }
        ScoreAccumulator acc = scorer.accumulator();
        ReadReport report = input.reader(spec.commandLine(), scorer.survey(), ErrorPolicy.REJECT_ROW, false)
                .read(previous, acc::add);
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : report.problems()) {
            err.println(p);
        }
        if (report.fatal()) {
            throw new IllegalArgumentException("the previous period " + previous + " could not be read: "
                    + report.summary());
        }
        if (report.rejected() > 0) {
            err.println(report.summary() + "; the rejected rows of the previous period are not scored");
        }
        return Ranking.of(acc.result(), options).ranks();
    }

    private <E extends Enum<E>> E parse(Class<E> type, String text, String option) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        List<String> allowed = new java.util.ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new CommandLine.ParameterException(spec.commandLine(), option + " must be one of "
                + String.join(", ", allowed) + ", not '" + text + "'");
    }

    /** A writer over standard output that the command must not close. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** The ranking table of {@code --format table}. */
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
            for (RankedUnit r : result.ranking().units()) {
                UnitScore u = result.unit(r.label());
                String interval = Double.isNaN(u.index().lower()) ? "" : String.format(Locale.ROOT,
                        "[%6.2f, %6.2f]", u.index().lower(), u.index().upper());
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
                        r.rank() == null ? "-" : r.rank().toString(), label(result, r), r.respondents(),
                        r.rounded() == null ? "-" : r.rounded().toPlainString(), interval, change,
                        r.tier() == null ? "" : r.tier().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        flags).stripTrailing());
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
