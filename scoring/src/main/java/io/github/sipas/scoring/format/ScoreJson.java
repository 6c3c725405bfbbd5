package io.github.sipas.scoring.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sipas.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import io.github.sipas.scoring.disclose.Disclosure;
import io.github.sipas.scoring.estimate.ElementScore;
import io.github.sipas.scoring.estimate.Estimate;
import io.github.sipas.scoring.uncertainty.FayHerriotFit;
import io.github.sipas.scoring.uncertainty.IndexDifference;
import io.github.sipas.scoring.estimate.ItemOptions;
import io.github.sipas.scoring.estimate.ItemScore;
import io.github.sipas.scoring.estimate.NegativeItem;
import io.github.sipas.scoring.estimate.OptionShare;
import io.github.sipas.scoring.estimate.ScaleReliability;
import io.github.sipas.scoring.uncertainty.RankChange;
import io.github.sipas.scoring.uncertainty.RankSet;
import io.github.sipas.scoring.uncertainty.RankSetOptions;
import io.github.sipas.scoring.uncertainty.RankSetType;
import io.github.sipas.scoring.uncertainty.RankSets;
import io.github.sipas.scoring.rank.RankedUnit;
import io.github.sipas.scoring.rank.Ranking;
import io.github.sipas.scoring.result.ScoreResult;
import io.github.sipas.scoring.estimate.Scorecard;
import io.github.sipas.scoring.uncertainty.SmallAreaEstimate;
import io.github.sipas.scoring.disclose.Suppression;
import io.github.sipas.scoring.uncertainty.TauSet;
import io.github.sipas.scoring.uncertainty.TiedGroup;
import io.github.sipas.scoring.uncertainty.Uncertainty;
import io.github.sipas.scoring.uncertainty.UnitEstimate;
import io.github.sipas.scoring.estimate.UnitScore;
import io.github.sipas.scoring.estimate.VariantScore;

/**
 * Writes a {@link ScoreResult} as JSON, and reads back the ranks of a saved result as the previous period of a new one.
 *
 * <p>The document:
 * <pre>{@code
 * {"survey": "sipas-2017", "level": 0.95, "method": "wilson", "aggregation": "mean-of-elements",
 *  "rowsRead": 1800, "rejected": 0, "ranking": {"method": "competition", "reliabilityThreshold": 30},
 *  "disclosure": {"minRespondents": 10, "suppressed": 1},
 *  "negativeItems": [{"element": "E", "item": "E1", "itemRest": -0.31, "forms": 2436, "reversed": false,
 *      "message": "item E1 ..."}],
 *  "units": [{"unit": "Si Ma Cai", "respondents": 90, "rank": 1, "previousRank": 3, "rankChange": 2,
 *             "tier": "high", "flags": [], "suppressed": false, "rounded": 86.91,
 *             "index": {"value": 86.9123, "se": 1.2, "lower": 84.5, "upper": 89.3, "alpha": 0.93,
 *                       "alphaLower": 0.91, "alphaUpper": 0.95, "alphaForms": 61, "standardizedAlpha": 0.93,
 *                       "alphaIfDeleted": [...], "itemRest": [...]},
 *             "variants": {"mean-score": {...}},
 *             "elements": [{"id": "A", "value": 85.2, "se": 2.9, "lower": 79.5, "upper": 90.9, "items": ["A1", ...],
 *                           "alpha": 0.81, "alphaLower": 0.75, "alphaUpper": 0.86, "alphaForms": 80,
 *                           "standardizedAlpha": 0.81, "alphaIfDeleted": [...], "itemRest": [...]}],
 *             "items": [{"id": "A1", "valid": 88, "satisfied": 75, "unanswered": 1, "dontKnow": 1, "notAsked": 0,
 *                        "value": 85.23, "se": 3.8, "lower": 76.3, "upper": 91.1, "designEffect": 1.0,
 *                        "effectiveSize": 88, "mean": 4.1, "sd": 0.9, "median": 4,
 *                        "counts": [1, 2, 10, 40, 35], "shares": [1.1, 2.3, 11.4, 45.5, 39.8]}]}]}
 * }</pre>
 * When the survey has other questions (perception, expectation, "in general") that were asked, each unit also has
 * {@code "options"}: per question its {@code id}, {@code role}, {@code type}, {@code answered}, {@code dontKnow},
 * {@code unanswered} and {@code "shares"} ({@code code}, {@code label}, {@code count}, weighted {@code share} in
 * percent). Units come in ranking order, ranked units first. Values are in percent and at full precision; an undefined figure is
 * {@code null}, never NaN. A unit that is not ranked has {@code "rank": null} and a {@code "reason"}.
 *
 * <p>Every unit names its unit or group by one rule: {@code "unit"} is the unit (its id when units were matched
 * against a unit list, then {@code "name"} is its name), or, when grouping by an attribute alone, the group's value;
 * never null. When grouping by an attribute (alone or with the unit), the root has {@code "grouping": {"unit": true,
 * "attribute": "gender"}} ({@code "unit"} false for the attribute alone), and each unit {@code "group"}, the
 * attribute's value, and {@code "label"}, the name used in the ranking ({@code "Bắc Hà / Nữ"}, or the value alone);
 * without a grouping by an attribute neither is written.
 *
 * <p>A cell that the result's {@link Disclosure} rule suppresses (fewer respondents than
 * {@code disclosure.minRespondents}, or complementary; see {@link ScoreResult#suppressed()}) keeps its place among the
 * unranked units, with its label, its number of forms and no figure at all: no {@code rounded}, {@code index},
 * {@code variants}, {@code options}, {@code elements} or {@code items}.
 * <pre>{@code
 * {"unit": "Mường Khương", "respondents": 5, "rank": null, "previousRank": null, "rankChange": null, "tier": null,
 *  "flags": ["few-respondents"], "suppressed": true, "suppression": "small-cell",
 *  "reason": "suppressed: 5 respondents, fewer than the 10 needed to publish a figure"}
 * }</pre>
 * {@code "suppression"} is {@code "small-cell"} or {@code "complementary"} ({@link Suppression}); the root's
 * {@code "disclosure"} gives the threshold and the number of suppressed cells. Read back by {@link #readRanks(Path)},
 * a suppressed unit was not ranked.
 *
 * <p>When the result carries an {@link Uncertainty} ({@link ScoreResult#withUncertainty(Uncertainty)}), and only then,
 * the document has more fields. With rank sets, the root says once how they were computed and gives the groups
 * ({@code tiedWithLeader}, {@code tiedWithLaggard}: simultaneous two-sided sets only; {@code tauBest},
 * {@code tauWorst}: the units that may be first or last, τ = 1), and {@code changes} when a previous period was given;
 * every published unit gets {@code "rankSet"} ({@code null} when it has none: not ranked, or no standard error):
 * <pre>{@code
 * "rankSets": {"type": "two-sided", "simultaneous": true, "level": 0.95, "draws": 1000, "seed": 1, "stepdown": true,
 *              "method": "parametric bootstrap of the largest standardized difference (...)", "units": 9,
 *              "tiedWithLeader": {"anchors": ["Bảo Yên"], "units": ["Bảo Yên", "Si Ma Cai"]},
 *              "tiedWithLaggard": {...}, "tauBest": {"tau": 1, "units": ["Bảo Yên", "Si Ma Cai"]}, "tauWorst": {...},
 *              "changes": {"type": "two-sided", "simultaneous": true, "previousUnits": 9, "units": 9}},
 * "units": [{"unit": "Bảo Yên", ..., "index": {...}, "rankSet": {"lower": 1, "upper": 2},
 *            "rankChangeSet": {"lower": -1, "upper": 5},
 *            "indexChange": {"difference": 4.77, "se": 2.06, "lower": 0.73, "upper": 8.82, "z": 2.31,
 *                            "pValue": 0.021, "significant": true},
 *            "fayHerriot": {"estimate": 96.71, "rmse": 0.64, "shrinkage": 0.019}, ...}]
 * }</pre>
 * {@code rankChangeSet} (the range of the change of rank, previous − current) and {@code indexChange} (current −
 * previous, at the level of the sets) are there when a previous period was given, {@code null} for a unit not ranked
 * in both periods. With Fay–Herriot estimates, the root's {@code "fayHerriot"} gives the model ({@code scale},
 * {@code areas}, {@code modelVariance}, {@code coefficients}, {@code coefficientSes}, {@code iterations},
 * {@code converged}) and each published unit its estimate and RMSE in percent, and its shrinkage, beside its
 * {@code index}; with a {@code reason} and null figures when it was left out of the fit. A suppressed unit gets none
 * of these fields, and takes no part in the sets or the fit ({@link Uncertainty}). {@link #readEstimates(Path)} reads
 * the ranked units' indices back as a previous period.
 *
 * @since 0.1
 */
public final class ScoreJson {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                    .maxStringLength(1 << 20).maxDocumentLength(256L << 20).build())
            .build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Beyond the C0 controls that JSON escapes anyway, escapes what {@link io.github.sipas.core.TerminalText} escapes
     * (C1 controls, format and bidirectional characters, separators, characters that do not show) and every surrogate
     * (so that a lone one is kept, not turned into {@code ?} by the encoder) as {@code \}{@code uXXXX}: the same
     * string once parsed, but one that cannot act on a terminal it is printed to or reorder a name.
     */
    private static final class TerminalEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final int[] ASCII = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            // Jackson hands over UTF-16 units: a surrogate, paired or not, is escaped on its own half by half
            if (io.github.sipas.core.TerminalText.isUnsafe(ch)) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format(java.util.Locale.ROOT,
                        "\\u%04X", ch));
            }
            return null;
        }
    }

    private ScoreJson() {
    }

    /**
     * Writes a result as indented JSON.
     *
     * @param result the result
     * @param out where to write; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ScoreResult result, Writer out) {
        try {
            MAPPER.writer().with(new TerminalEscapes())
                    .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, tree(result));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a result as indented JSON text.
     *
     * @param result the result
     * @return the text
     */
    public static String toString(ScoreResult result) {
        java.io.StringWriter w = new java.io.StringWriter();
        write(result, w);
        return w.toString();
    }

    /**
     * Reads the ranks of a result saved by {@link #write}: each unit's label and rank ({@code null} when it was not
     * ranked), for {@link Ranking#withPrevious(Map)}.
     *
     * @param file the saved JSON
     * @return the ranks by label, in the file's order
     * @throws InputException if the file is not a saved result; the message names the JSON path
     * @throws UncheckedIOException if it cannot be read
     */
    public static Map<String, Integer> readRanks(Path file) {
        String source = file.toString();
        JsonNode units = units(file);
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            JsonNode u = units.get(i);
            String label = label(source, u, i);
            Integer rank = rank(source, u, i);
            if (ranks.containsKey(label)) {
                throw InputException.atPath(source, "$.units[" + i + "]." + (u.has("label") ? "label" : "unit"),
                        "unit '" + label + "' appears twice", null);
            }
            ranks.put(label, rank);
        }
        return ranks;
    }

    /**
     * Reads the overall index of the units ranked in a result saved by {@link #write}: each unit's label,
     * {@code index.value}, {@code index.se} and {@code respondents}, as the previous period of
     * {@link Uncertainty.Builder#previous(List)}. Units that were not ranked then (suppressed, excluded or undefined)
     * are left out, and so are ranked units whose standard error is {@code null} (a single form), as
     * {@link Uncertainty#estimates(io.github.sipas.scoring.estimate.Scorecard, io.github.sipas.scoring.rank.Ranking)} leaves them out of the current period.
     *
     * @param file the saved JSON
     * @return the estimates, in the file's order, immutable
     * @throws InputException if the file is not a saved result, or a ranked unit's index is not a number with a
     *     standard error of at least 0; the message names the JSON path
     * @throws UncheckedIOException if it cannot be read
     */
    public static List<UnitEstimate> readEstimates(Path file) {
        String source = file.toString();
        JsonNode units = units(file);
        Map<String, UnitEstimate> estimates = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            JsonNode u = units.get(i);
            String label = label(source, u, i);
            if (rank(source, u, i) == null) {
                continue;
            }
            String at = "$.units[" + i + "]";
            JsonNode value = u.path("index").path("value");
            JsonNode se = u.path("index").path("se");
            JsonNode respondents = u.path("respondents");
            if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
                throw InputException.atPath(source, at + ".index.value", "expected the ranked unit's index as a "
                        + "number, not " + value, null);
            }
            if (se.isNull()) {
                continue;
            }
            if (!se.isNumber() || !(se.doubleValue() >= 0) || !Double.isFinite(se.doubleValue())) {
                throw InputException.atPath(source, at + ".index.se", "expected the index's standard error as a "
                        + "number at least 0, or null, not " + se, null);
            }
            if (!respondents.canConvertToLong() || !respondents.isIntegralNumber() || respondents.longValue() < 1) {
                throw InputException.atPath(source, at + ".respondents", "expected the number of forms, a whole "
                        + "number of at least 1, not " + respondents, null);
            }
            if (estimates.containsKey(label)) {
                throw InputException.atPath(source, at + "." + (u.has("label") ? "label" : "unit"), "unit '" + label
                        + "' appears twice", null);
            }
            estimates.put(label, estimate(label, value.doubleValue(), se.doubleValue(), respondents.longValue()));
        }
        return List.copyOf(estimates.values());
    }

    /**
     * Makes the estimate of a unit read from a saved result: the one place where this library's writers build a
     * {@link UnitEstimate} from figures (from a scorecard they take {@link UnitEstimate#of(Scorecard)}), with its
     * number of forms, so that an SE of 0 from a small unit gets the floor {@link UnitEstimate#floorSe(long)} as in
     * the current period.
     */
    private static UnitEstimate estimate(String unit, double value, double se, long respondents) {
        return new UnitEstimate(unit, value, se, respondents);
    }

    /** The "units" array of a saved result. */
    private static JsonNode units(Path file) {
        String source = file.toString();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = MAPPER.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null, null,
                    "$", "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        if (root == null || !root.path("units").isArray()) {
            throw InputException.atPath(source, "$.units", "not a saved sipas result: no \"units\" array", null);
        }
        return root.get("units");
    }

    private static String label(String source, JsonNode u, int i) {
        String field = u.has("label") ? "label" : "unit";
        JsonNode label = u.get(field);
        if (label == null || !label.isTextual()) {
            throw InputException.atPath(source, "$.units[" + i + "]." + field, "expected the unit's "
                    + field + " as text", null);
        }
        return label.textValue();
    }

    private static Integer rank(String source, JsonNode u, int i) {
        JsonNode rank = u.get("rank");
        if (rank != null && !rank.isNull()
                && !(rank.isIntegralNumber() && rank.canConvertToInt() && rank.intValue() >= 1)) {
            throw InputException.atPath(source, "$.units[" + i + "].rank", "expected a whole number from 1 to "
                    + Integer.MAX_VALUE + ", or null, not " + rank, null);
        }
        return rank == null || rank.isNull() ? null : rank.intValue();
    }

    /**
     * Returns the name the outputs give to a constant: lower case, with hyphens for underscores
     * ({@code TWO_SIDED} is {@code two-sided}).
     *
     * @param e the constant
     * @return its name
     */
    public static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ObjectNode tree(ScoreResult result) {
        Scorecard card = result.scorecard();
        Ranking ranking = result.ranking();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("survey", card.survey());
        root.put("level", card.level());
        root.put("method", name(card.method()));
        root.put("aggregation", name(card.aggregation().method()));
        if (card.grouping().attribute() != null) {
            ObjectNode grouping = root.putObject("grouping");
            grouping.put("unit", card.grouping().byUnit());
            grouping.put("attribute", card.grouping().attribute());
        }
        root.put("rowsRead", result.rowsRead());
        root.put("rejected", result.rejected());
        ObjectNode rk = root.putObject("ranking");
        rk.put("method", name(ranking.options().method()));
        rk.put("reliabilityThreshold", ranking.options().reliabilityThreshold());
        rk.put("excludeUnreliable", ranking.options().excludeUnreliable());
        ObjectNode disclosure = root.putObject("disclosure");
        disclosure.put("minRespondents", result.disclosure().minRespondents());
        disclosure.put("suppressed", ranking.suppressed().size());
        ArrayNode negative = root.putArray("negativeItems");
        for (NegativeItem i : result.scorecard().negativeItems()) {
            ObjectNode n = negative.addObject();
            n.put("element", i.element());
            n.put("item", i.item());
            n.put("itemRest", i.itemRest());
            n.put("forms", i.forms());
            n.put("reversed", i.reversed());
            n.put("message", i.message());
        }
        Uncertainty uncertainty = result.uncertainty();
        if (uncertainty != null) {
            uncertainty.rankSets().ifPresent(sets -> root.set("rankSets", rankSets(sets, uncertainty)));
            uncertainty.fayHerriot().ifPresent(fit -> root.set("fayHerriot", fayHerriot(fit)));
        }
        ArrayNode units = root.putArray("units");
        for (RankedUnit r : ranking.units()) {
            UnitScore u = result.unit(r.label());
            ObjectNode n = units.addObject();
            n.put("unit", u.unitOrGroup());
            if (u.unit() != null && result.unitNames().containsKey(u.unit())) {
                n.put("name", result.nameOf(u.unit()));
            }
            if (u.group() != null) {
                n.put("group", u.group());
                n.put("label", u.label());
            }
            n.put("respondents", u.respondents());
            putInt(n, "rank", r.rank());
            putInt(n, "previousRank", r.previousRank());
            putInt(n, "rankChange", r.rankChange());
            n.put("tier", r.tier() == null ? null : name(r.tier()));
            ArrayNode flags = n.putArray("flags");
            r.flags().forEach(f -> flags.add(name(f)));
            n.put("suppressed", r.isSuppressed());
            if (r.isSuppressed()) {
                n.put("suppression", name(r.suppression()));
                n.put("reason", r.reason());
                continue;
            }
            if (r.rounded() == null) {
                n.putNull("rounded");
            } else {
                n.put("rounded", r.rounded());
            }
            if (r.reason() != null) {
                n.put("reason", r.reason());
            }
            ObjectNode index = estimate(u.index());
            reliability(index, u.reliability());
            n.set("index", index);
            if (uncertainty != null) {
                uncertain(n, r.label(), uncertainty);
            }
            if (!u.variants().isEmpty()) {
                ObjectNode vs = n.putObject("variants");
                for (VariantScore v : u.variants()) {
                    ObjectNode vn = estimate(v.index());
                    if (!v.elements().isEmpty()) {
                        ObjectNode el = vn.putObject("elements");
                        v.elements().forEach((k, e) -> el.set(k, estimate(e)));
                        ObjectNode it = vn.putObject("items");
                        v.items().forEach((k, e) -> it.set(k, estimate(e)));
                    }
                    vs.set(name(v.variant()), vn);
                }
            }
            if (!u.options().isEmpty()) {
                ArrayNode opts = n.putArray("options");
                for (ItemOptions o : u.options()) {
                    ObjectNode on = opts.addObject();
                    on.put("id", o.id());
                    on.put("role", name(o.role()));
                    on.put("type", name(o.type()));
                    on.put("answered", o.answered());
                    on.put("dontKnow", o.dontKnow());
                    on.put("unanswered", o.unanswered());
                    ArrayNode shares = on.putArray("shares");
                    for (OptionShare s : o.options()) {
                        ObjectNode sn = shares.addObject();
                        sn.put("code", s.code());
                        sn.put("label", s.label());
                        sn.put("count", s.count());
                        put(sn, "share", s.share());
                    }
                }
            }
            ArrayNode elements = n.putArray("elements");
            for (ElementScore e : u.elements()) {
                ObjectNode en = elements.addObject();
                en.put("id", e.id());
                putEstimate(en, e.estimate());
                ArrayNode its = en.putArray("items");
                e.items().forEach(its::add);
                put(en, "alpha", e.alpha());
                put(en, "alphaLower", e.alphaLower());
                put(en, "alphaUpper", e.alphaUpper());
                en.put("alphaForms", e.alphaForms());
                put(en, "standardizedAlpha", e.reliability().standardizedAlpha());
                en.set("alphaIfDeleted", doubles(e.reliability().alphaIfDeleted()));
                en.set("itemRest", doubles(e.reliability().itemRestCorrelations()));
            }
            ArrayNode items = n.putArray("items");
            for (ItemScore i : u.items()) {
                ObjectNode in = items.addObject();
                in.put("id", i.id());
                in.put("valid", i.valid());
                in.put("satisfied", i.satisfied());
                in.put("unanswered", i.unanswered());
                in.put("dontKnow", i.dontKnow());
                in.put("notAsked", i.notAsked());
                putEstimate(in, i.estimate());
                put(in, "designEffect", i.designEffect());
                put(in, "effectiveSize", i.effectiveSize());
                put(in, "mean", i.mean());
                put(in, "sd", i.sd());
                put(in, "median", i.median());
                ArrayNode counts = in.putArray("counts");
                i.counts().forEach(counts::add);
                in.set("shares", doubles(i.shares()));
            }
        }
        return root;
    }

    /** The root's "rankSets": how the sets were computed, and the groups they give. */
    private static ObjectNode rankSets(RankSets sets, Uncertainty uncertainty) {
        ObjectNode n = MAPPER.createObjectNode();
        RankSetOptions o = sets.options();
        n.put("type", name(sets.type()));
        n.put("simultaneous", sets.isSimultaneous());
        n.put("level", o.level());
        n.put("draws", o.draws());
        n.put("seed", o.seed());
        n.put("stepdown", o.stepdown());
        n.put("method", "parametric bootstrap of the largest standardized difference (Mogstad, Romano, Shaikh and "
                + "Wilhelm 2024; R csranks)");
        n.put("units", sets.units().size());
        uncertainty.tiedWithLeader().ifPresent(g -> n.set("tiedWithLeader", group(g)));
        uncertainty.tiedWithLaggard().ifPresent(g -> n.set("tiedWithLaggard", group(g)));
        uncertainty.mayBeFirst().ifPresent(t -> n.set("tauBest", tau(t)));
        uncertainty.mayBeLast().ifPresent(t -> n.set("tauWorst", tau(t)));
        uncertainty.rankChanges().ifPresent(c -> {
            ObjectNode cn = n.putObject("changes");
            cn.put("type", name(RankSetType.TWO_SIDED));
            cn.put("simultaneous", true);
            cn.put("previousUnits", c.previous().units().size());
            cn.put("units", c.changes().size());
        });
        return n;
    }

    private static ObjectNode group(TiedGroup g) {
        ObjectNode n = MAPPER.createObjectNode();
        ArrayNode anchors = n.putArray("anchors");
        g.anchors().forEach(anchors::add);
        ArrayNode units = n.putArray("units");
        g.units().forEach(units::add);
        return n;
    }

    private static ObjectNode tau(TauSet t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("tau", t.tau());
        ArrayNode units = n.putArray("units");
        t.units().forEach(units::add);
        return n;
    }

    /** The root's "fayHerriot": the model fitted. */
    private static ObjectNode fayHerriot(FayHerriotFit fit) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("scale", name(fit.scale()));
        n.put("areas", fit.areas());
        put(n, "modelVariance", fit.modelVariance());
        n.set("coefficients", doubles(fit.coefficients()));
        n.set("coefficientSes", doubles(fit.coefficientSes()));
        n.put("iterations", fit.iterations());
        n.put("converged", fit.converged());
        return n;
    }

    /** A published unit's rank set, change intervals and Fay–Herriot estimate, when they were computed. */
    private static void uncertain(ObjectNode n, String label, Uncertainty uncertainty) {
        if (uncertainty.rankSets().isPresent()) {
            Optional<RankSet> set = uncertainty.rankSet(label);
            if (set.isPresent()) {
                ObjectNode sn = n.putObject("rankSet");
                sn.put("lower", set.get().lower());
                sn.put("upper", set.get().upper());
            } else {
                n.putNull("rankSet");
            }
        }
        if (uncertainty.rankChanges().isPresent()) {
            Optional<RankChange> change = uncertainty.rankChange(label);
            if (change.isPresent()) {
                ObjectNode cn = n.putObject("rankChangeSet");
                cn.put("lower", change.get().changeLower());
                cn.put("upper", change.get().changeUpper());
            } else {
                n.putNull("rankChangeSet");
            }
            Optional<IndexDifference> difference = uncertainty.indexChange(label);
            if (difference.isPresent()) {
                IndexDifference d = difference.get();
                ObjectNode dn = n.putObject("indexChange");
                put(dn, "difference", d.difference());
                put(dn, "se", d.se());
                put(dn, "lower", d.lower());
                put(dn, "upper", d.upper());
                put(dn, "z", d.z());
                put(dn, "pValue", d.pValue());
                dn.put("significant", d.isSignificant());
            } else {
                n.putNull("indexChange");
            }
        }
        if (uncertainty.fayHerriot().isPresent()) {
            Optional<SmallAreaEstimate> eb = uncertainty.fayHerriot(label);
            if (eb.isPresent()) {
                SmallAreaEstimate e = eb.get();
                ObjectNode en = n.putObject("fayHerriot");
                put(en, "estimate", e.estimate());
                put(en, "rmse", e.rmse());
                put(en, "shrinkage", e.shrinkage());
                if (e.reason() != null) {
                    en.put("reason", e.reason());
                }
            } else {
                n.putNull("fayHerriot");
            }
        }
    }

    private static void putInt(ObjectNode n, String name, Integer value) {
        if (value == null) {
            n.putNull(name);
        } else {
            n.put(name, value.intValue());
        }
    }

    private static void put(ObjectNode n, String name, double value) {
        if (Double.isFinite(value)) {
            n.put(name, value);
        } else {
            n.putNull(name);
        }
    }

    private static ArrayNode doubles(List<Double> values) {
        ArrayNode a = MAPPER.createArrayNode();
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
        return a;
    }

    private static void putEstimate(ObjectNode n, Estimate e) {
        put(n, "value", e.value());
        put(n, "se", e.se());
        put(n, "lower", e.lower());
        put(n, "upper", e.upper());
    }

    /** The whole instrument's reliability, with the names the elements' figures have. */
    private static void reliability(ObjectNode n, ScaleReliability r) {
        put(n, "alpha", r.alpha());
        put(n, "alphaLower", r.alphaLower());
        put(n, "alphaUpper", r.alphaUpper());
        n.put("alphaForms", r.alphaForms());
        put(n, "standardizedAlpha", r.reliability().standardizedAlpha());
        n.set("alphaIfDeleted", doubles(r.reliability().alphaIfDeleted()));
        n.set("itemRest", doubles(r.reliability().itemRestCorrelations()));
    }

    private static ObjectNode estimate(Estimate e) {
        ObjectNode n = MAPPER.createObjectNode();
        putEstimate(n, e);
        return n;
    }
}
