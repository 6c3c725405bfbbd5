package io.github.sipas.examples;

import io.github.sipas.core.Survey;
import io.github.sipas.core.UnitList;
import io.github.sipas.core.csv.CsvResponseReader;
import io.github.sipas.scoring.ScoreRun;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.estimate.Grouping;
import io.github.sipas.scoring.estimate.IntervalMethod;
import io.github.sipas.scoring.estimate.Scorer;
import io.github.sipas.scoring.estimate.Variant;
import io.github.sipas.scoring.rank.RankingMethod;
import io.github.sipas.scoring.rank.RankingOptions;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.uncertainty.FayHerriot;
import io.github.sipas.scoring.uncertainty.FayHerriotScale;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import io.github.sipas.scoring.uncertainty.RankSetType;
import io.github.sipas.core.ReadReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of a scoring run, shared by {@code score} and {@code report}: checked here, then handed to the
 * library's {@link ScoreRun}, which reads, scores, ranks and computes the uncertainty.
 */
final class ScoringOptions {

    /** What a run produced: the result, the read's report, and the scorer used. */
    record Outcome(ScoreResult result, ReadReport report, Scorer scorer) {
    }

    @Option(names = "--by", paramLabel = "COLUMN", description = "Group by an attribute column (e.g. gender, "
            + "age_group, channel, period) instead of the unit; 'unit,COLUMN' groups by both. A personal column (name, "
            + "phone, address, id, birth date...) or one with more distinct values than forms / K (K the --min-cell) "
            + "is refused, since its values would be published as labels.")
    private String by;

    @Option(names = "--previous", paramLabel = "FILE", description = "Last period, for the change of rank: its "
            + "responses (CSV, read like --responses) or a result saved with --format json.")
    private Path previous;

    @Option(names = "--ci", paramLabel = "METHOD", defaultValue = "wilson", description = "Interval of the criteria: "
            + "wilson (default), clopper-pearson, logit, wald or beta (Korn-Graubard, as R's svyciprop "
            + "method = \"beta\"). Elements and the index use Wald (logit with logit).")
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

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "10", description = "Suppress every cell (a unit, "
            + "or a unit x group with --by unit,COLUMN) with fewer than K forms: its figures are replaced by a note, "
            + "it is not ranked and it is left out of charts and means; when one cell of a unit is suppressed, the "
            + "next smallest is too, so that the unit's total cannot give it away. The count of forms is still shown. "
            + "1 suppresses nothing (default 10).")
    private int minCell;

    @Option(names = "--variants", description = "Also compute the rescaled mean score, the share very satisfied and "
            + "the share satisfied on every criterion.")
    private boolean variants;

    /** The fewest and most bootstrap draws --draws takes. */
    static final int MIN_DRAWS = 100;
    static final int MAX_DRAWS = 100_000;

    @Option(names = "--rank-sets", description = "Also give each ranked unit's rank set: the ranks it may truly hold "
            + "at --level, from the indices and their standard errors (e.g. 2-4: second to fourth), simultaneous over "
            + "all units unless --marginal; the units statistically tied with the leader and the laggard; and with "
            + "--previous, the interval of each unit's change of rank and the change of its index with its standard "
            + "error and test. Suppressed cells take no part.")
    private boolean rankSets;

    @Option(names = "--rank-set-type", paramLabel = "TYPE", description = "With --rank-sets: two-sided (default; "
            + "best and worst rank), lower (a best rank only, 'at best k-th': who may be among the best) or upper (a "
            + "worst rank only, 'at worst k-th': who may be among the worst).")
    private String rankSetType;

    @Option(names = "--marginal", description = "With --rank-sets: marginal sets, each holding its own unit's rank at "
            + "--level (narrower; not to be read together) instead of simultaneous sets, which hold every unit's rank "
            + "at once.")
    private boolean marginal;

    @Option(names = "--draws", paramLabel = "N", description = "With --rank-sets: the bootstrap draws for the sets' "
            + "critical value, " + MIN_DRAWS + " to " + MAX_DRAWS + " (default 1000); more draws, less simulation "
            + "noise, more time and memory (draws x units numbers).")
    private Integer draws;

    @Option(names = "--seed", paramLabel = "S", description = "With --rank-sets: the seed of the draws (default 1); "
            + "the same data, options and seed always give the same sets.")
    private Long seed;

    @Option(names = "--fay-herriot", paramLabel = "SCALE", arity = "0..1", fallbackValue = "arcsine",
            description = "Also give each published unit's Fay-Herriot empirical-Bayes estimate and its RMSE beside "
            + "(never instead of) its direct index: a model fitted on the published units that borrows strength "
            + "from the others for small samples; on the arcsine (default), logit or identity scale.")
    private String fayHerriot;

    /** The file of --previous, or null. */
    Path previous() {
        return previous;
    }

    /**
     * Reads, scores and ranks with a {@link ScoreRun}; its messages (problems, rejected rows, suppressed cells) go to
     * standard error. Each accepted response also goes to {@code extra} with its line (for data-quality checks), unless
     * it is null.
     *
     * @return the outcome, or null when the file could not be read past its header
     */
    Outcome run(CommandLine cl, InputOptions input, CsvResponseReader.LineSink extra) {
        input.check(cl);
        Scorer scorer = scorer(cl, input.survey());
        if (minCell < 1) {
            throw new CommandLine.ParameterException(cl, "--min-cell must be at least 1 (1 suppresses nothing), not "
                    + minCell);
        }
        RankingOptions options = RankingOptions.builder().method(parse(cl, RankingMethod.class, rankingMethod,
                "--ranking")).reliabilityThreshold(threshold).excludeUnreliable(excludeUnreliable).build();
        PrintWriter err = cl.getErr();
        ScoreRun.Builder b = ScoreRun.builder(scorer).ranking(options).disclosure(Disclosure.of(minCell))
                .messages(m -> {
                    err.println(m);
                    err.flush();
                });
        uncertainty(cl, scorer.level(), b);
        UnitList list = input.unitList(false);
        if (list != null) {
            b.units(list);
        }
        input.mapping(scorer.survey()).ifPresent(b::mapping);
        input.delimiter(cl).ifPresent(b::delimiter);
        b.decimalMark(input.decimalMark());
        input.configure(cl, b);
        b.values(input.values(scorer.survey())); // --values, else the form's (--xlsform)
        if (previous != null) {
            b.previous(previous);
        }
        ScoreRun.Outcome outcome;
        try (Progress progress = input.progress()) {
            b.responses(input.source(progress)).listener((r, line) -> {
                progress.row();
                if (extra != null) {
                    extra.accept(r, line);
                }
            });
            outcome = b.build().run();
        } catch (ScoreRun.SettingException e) {
            String option = switch (e.setting()) {
                case GROUPING -> "--by";
                case RANK_SETS -> "--rank-sets";
                case FAY_HERRIOT -> "--fay-herriot";
            };
            throw new CommandLine.ParameterException(cl, option + ": " + e.getMessage());
        }
        return outcome.isRead() ? new Outcome(outcome.result(), outcome.report(), scorer) : null;
    }

    private Scorer scorer(CommandLine cl, Survey survey) {
        Scorer.Builder b = Scorer.builder(survey).interval(parse(cl, IntervalMethod.class, ci, "--ci"));
        if (!(level > 0 && level < 1)) {
            throw new CommandLine.ParameterException(cl, "--level must be in (0, 1), not " + level);
        }
        b.level(level);
        if (by != null) {
            try {
                grouping(cl, b);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, "--by: " + e.getMessage());
            }
        }
        if (variants) {
            b.variants(EnumSet.allOf(Variant.class));
        }
        return b.build();
    }

    /** Sets the grouping of --by; a personal column is refused by {@link Grouping}. */
    private void grouping(CommandLine cl, Scorer.Builder b) {
        List<String> parts = List.of(by.split(",", -1));
        if (parts.size() == 1 && !parts.get(0).isBlank() && !parts.get(0).equals("unit")) {
            b.grouping(Grouping.byAttribute(parts.get(0).strip()));
        } else if (parts.size() == 2 && parts.get(0).strip().equals("unit") && !parts.get(1).isBlank()) {
            b.grouping(Grouping.byUnitAnd(parts.get(1).strip()));
        } else if (!by.strip().equals("unit")) {
            throw new CommandLine.ParameterException(cl, "--by takes COLUMN or unit,COLUMN, not '" + by + "'");
        }
    }

    /**
     * Asks the run for what --rank-sets and --fay-herriot ask for, checked.
     *
     * @param level the run's confidence level, which the rank sets take
     */
    private void uncertainty(CommandLine cl, double level, ScoreRun.Builder b) {
        if (!rankSets) {
            String stray = rankSetType != null ? "--rank-set-type" : marginal ? "--marginal" : draws != null
                    ? "--draws" : seed != null ? "--seed" : null;
            if (stray != null) {
                throw new CommandLine.ParameterException(cl, stray + " applies to rank sets: add --rank-sets");
            }
        }
        if (rankSets) {
            RankSetType type = rankSetType == null ? RankSetType.TWO_SIDED
                    : parse(cl, RankSetType.class, rankSetType, "--rank-set-type");
            int n = draws == null ? RankSetOptions.DEFAULT_DRAWS : draws;
            if (n < MIN_DRAWS || n > MAX_DRAWS) {
                throw new CommandLine.ParameterException(cl, "--draws must be from " + MIN_DRAWS + " to " + MAX_DRAWS
                        + ", not " + n);
            }
            RankSetOptions options;
            try {
                options = RankSetOptions.builder().level(level).draws(n)
                        .seed(seed == null ? RankSetOptions.DEFAULT_SEED : seed).build();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, "--rank-sets: " + e.getMessage() + " (--level)");
            }
            if (marginal) {
                b.marginalRankSets(type, options);
            } else {
                b.rankSets(type, options);
            }
        }
        if (fayHerriot != null) {
            b.fayHerriot(FayHerriot.builder().scale(parse(cl, FayHerriotScale.class, fayHerriot, "--fay-herriot"))
                    .build());
        }
    }

    static <E extends Enum<E>> E parse(CommandLine cl, Class<E> type, String text, String option) {
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
        throw new CommandLine.ParameterException(cl, option + " must be one of "
                + String.join(", ", allowed) + ", not '" + text + "'");
    }
}
