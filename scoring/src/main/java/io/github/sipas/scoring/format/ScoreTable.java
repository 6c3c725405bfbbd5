package io.github.sipas.scoring.format;

import io.github.sipas.core.Survey;
import io.github.sipas.core.TerminalText;
import io.github.sipas.scoring.disclose.Suppression;
import io.github.sipas.scoring.estimate.IntervalMethod;
import io.github.sipas.scoring.estimate.NegativeItem;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.estimate.UnitScore;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.uncertainty.IndexDifference;
import io.github.sipas.scoring.uncertainty.SmallAreaEstimate;
import io.github.sipas.scoring.uncertainty.Uncertainty;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The ranking table that {@code sipas score} prints: a header line with the survey and the counts of forms, a line
 * naming the index's aggregation and the intervals, then one row per unit in ranking order: rank, unit, forms, index
 * (rounded as ranked), interval, change of rank ({@code new} for a unit unranked in the previous period), tier and
 * flags ({@code not ranked: reason} for an unranked unit). The unit's column is headed by the grouping
 * ({@link io.github.sipas.scoring.estimate.Grouping#heading(String)}): {@code Unit}, the attribute's name with
 * {@code --by gender} ({@code gender}), or {@code Unit / gender} with {@code --by unit,gender}.
 *
 * <p>A suppressed cell keeps its row, with its number of forms, and shows {@code n<K} (fewer than K forms) or
 * {@code x} (complementary) in place of its index and {@code suppressed} in place of its interval; a note under the
 * table, after an empty line, says what the markers mean.
 *
 * <p>The table is text for a terminal: a name or title holding control characters, escape sequences or bidirectional
 * controls is written with them escaped ({@link TerminalText#escape}: {@code ESC} as <code>&#92;u001B</code>), so a
 * hostile file cannot clear the screen, overwrite a line or reorder a name.
 *
 * <p>With rank sets ({@link ScoreResult#uncertainty()}) a column "Rank set" follows the interval ({@code 2–4},
 * or {@code 3} when the set is one rank), with a previous period the columns "Change set" (the interval of the
 * change of rank, {@code [-1, +3]}), "Δ index" (current − previous, {@code *} when significant at the level) and
 * "p" ({@code <.001} below 0.001) follow the change, and with Fay–Herriot estimates the columns "FH" and "RMSE"
 * follow the rank set; notes under the table say how the sets were computed and name the units statistically tied
 * with the leader and the laggard. Without them those columns and notes are absent. A last note warns of each
 * criterion that correlates negatively with the rest of its scale over the units pooled ({@link NegativeItem}).
 *
 * @since 0.1
 */
public final class ScoreTable {
    private ScoreTable() {
    }

    /** A column: its header, its width (0: the last, not padded) and whether it is aligned left. */
    private record Column(String header, int width, boolean left) {
        String cell(String text) {
            return width == 0 ? text : String.format(Locale.ROOT, "%" + (left ? "-" : "") + width + "s", text);
        }
    }

    /**
     * Writes a result's ranking table.
     *
     * @param result the result
     * @param survey the survey it scores, whose title and id head the table
     * @param w where to write; flushed, not closed
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the result is of another survey
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ScoreResult result, Survey survey, Writer w) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(w, "w");
        if (!result.scorecard().survey().equals(survey.id())) {
            throw new IllegalArgumentException("the result is of survey '" + result.scorecard().survey()
                    + "', not '" + survey.id() + "'");
        }
        Scorecard card = result.scorecard();
        Uncertainty un = result.uncertainty();
        boolean sets = un != null && un.rankSets().isPresent();
        boolean changes = un != null && un.rankChanges().isPresent();
        boolean fh = un != null && un.fayHerriot().isPresent();
        StringWriter text = new StringWriter();
        PrintWriter p = new PrintWriter(text);
        String level = String.format(Locale.ROOT, "%s", 100 * card.level()).replaceAll("\\.0$", "");
        p.printf("%s (%s): %d forms read, %d scored, %d rejected%n", TerminalText.escape(survey.title().vi()),
                TerminalText.escape(survey.id()),
                result.rowsRead(), result.rowsRead() - result.rejected(), result.rejected());
        p.printf("Index: %s; %s%% intervals (%s for criteria, %s for the index)%n",
                card.aggregation().method().name().toLowerCase(Locale.ROOT).replace('_', ' '), level,
                card.method().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                card.method() == IntervalMethod.LOGIT ? "logit" : "wald");
        String heading = TerminalText.escape(card.grouping().heading("Unit"));
        int width = Math.max(heading.length(), result.ranking().units().stream().mapToInt(r -> label(result, r)
                .length()).max().orElse(4));
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
        List<Column> columns = new ArrayList<>(List.of(new Column("Rank", 4, false), new Column(heading, width,
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
        List<NegativeItem> negative = result.scorecard().negativeItems();
        boolean notes = !result.ranking().suppressed().isEmpty() || un != null || !negative.isEmpty();
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
        for (NegativeItem n : negative) {
            p.printf("Warning: %s%n", TerminalText.escape(n.message()));
        }
        p.flush();
        try {
            w.write(text.toString()); // a PrintWriter on w would swallow a failure of w
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return TerminalText.escape(unit == null ? u.group() : u.group() == null ? unit : unit + " / " + u.group());
    }
}
