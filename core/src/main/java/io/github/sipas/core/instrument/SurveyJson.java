package io.github.sipas.core.instrument;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharConversionException;
import java.io.IOException;
import org.apache.commons.io.output.CloseShieldWriter;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import io.github.sipas.core.Aggregation;
import io.github.sipas.core.AggregationMethod;
import io.github.sipas.core.Confidence;
import io.github.sipas.core.Domain;
import io.github.sipas.core.Element;
import io.github.sipas.core.FileKind;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Item;
import io.github.sipas.core.ItemRole;
import io.github.sipas.core.ItemType;
import io.github.sipas.core.LocalizedText;
import io.github.sipas.core.Scale;
import io.github.sipas.core.ScalePoint;
import io.github.sipas.core.SourceDocument;
import io.github.sipas.core.SpecialCode;
import io.github.sipas.core.SpecialKind;
import io.github.sipas.core.Survey;
import io.github.sipas.core.internal.Texts;

/**
 * Reads and writes survey instruments as JSON, so that a province can write its own questionnaire as a file.
 *
 * <p>The format, with every field that is allowed (optional ones marked):
 * <pre>{@code
 * {
 *   "id": "sipas-2017", "version": "2017",
 *   "title": {"vi": "...", "en": "..."},                      // or {"en": "..."}, {"vi": "..."}, "..."
 *   "source": {"document": "Quyết định 2640/QĐ-BNV", "confidence": "secondary", "note": "..."},   // optional;
 *                                                            // note optional
 *   "aggregation": {"method": "mean-of-elements"},           // optional; or mean-of-items, mean-of-domains,
 *                                                            // {"method": "weighted-elements", "weights": {"A": 2, ...}}
 *   "indexId": "SIPAS",                                      // optional; the overall index's id, "index" if absent
 *   "scales": [{"id": "satisfaction5", "title": {...},
 *               "points": [{"code": 1, "label": {"vi": "Rất không hài lòng", "en": "Very dissatisfied"}}, ...],
 *               "satisfied": [4, 5],                            // optional
 *               "special": [{"code": "0", "kind": "dont-know", "label": {...}}]}],   // optional; kind: not-asked
 *   "domains": [{"id": "policy", "title": {...}}],               // optional
 *   "elements": [{"id": "A", "title": {...}, "domain": "policy"}],   // domain optional
 *   "items": [{"id": "A1", "element": "A", "role": "criterion", "type": "single",
 *              "scale": "satisfaction5", "text": {...},
 *              "reverse": true}]                                // optional, criteria only: reverse-keyed
 * }
 * }</pre>
 * {@code role} is one of {@code criterion} (the default), {@code in-general}, {@code perception}, {@code expectation},
 * {@code demographic}; {@code type} one of {@code single} (the default), {@code multiple}, {@code text}.
 *
 * <p>Every title, label and text may be given in one language only, {@code {"en": "Waiting time"}},
 * {@code {"vi": "Thời gian chờ"}} or as a plain string {@code "Waiting time"}: the missing language falls back to the
 * one given ({@link LocalizedText#of(String)}), and is written with both. The source is optional: an instrument of a
 * researcher's own need not cite a document, and is written without one. A scale that criteria use must name its
 * satisfied codes, whatever its points: there is no default.
 *
 * <p>Reading is strict: an unknown field, a missing or mistyped field, a duplicate key, or an inconsistent definition
 * fails with an {@link InputException} naming the source, the JSON path (such as {@code $.items[3].scale}) and the
 * reason. Input is bounded: nesting depth 64, strings of 1 MB, documents of 16 MB. Writing produces the same format,
 * indented, and every instrument read back from its output equals itself.
 *
 * @since 0.1
 */
public final class SurveyJson {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1 << 20)
                    .maxDocumentLength(16L << 20)
                    .build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static final Set<String> SURVEY_FIELDS = Set.of("id", "version", "title", "source", "aggregation",
            "indexId", "scales", "domains", "elements", "items");
    private static final Set<String> TEXT_FIELDS = Set.of("vi", "en");
    private static final List<String> TEXT_LANGUAGES = List.of("vi", "en");
    private static final Set<String> SOURCE_FIELDS = Set.of("document", "confidence", "note");
    private static final Set<String> AGGREGATION_FIELDS = Set.of("method", "weights");
    private static final Set<String> SCALE_FIELDS = Set.of("id", "title", "points", "satisfied", "special");
    private static final Set<String> POINT_FIELDS = Set.of("code", "label");
    private static final Set<String> SPECIAL_FIELDS = Set.of("code", "kind", "label");
    private static final Set<String> DOMAIN_FIELDS = Set.of("id", "title");
    private static final Set<String> ELEMENT_FIELDS = Set.of("id", "title", "domain");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "element", "role", "type", "scale", "text",
            "reverse");

    private SurveyJson() {
    }

    /**
     * Reads an instrument from a JSON file.
     *
     * <p>A workbook, an archive or an old {@code .xls} given as the instrument is refused in one line saying what the
     * file is (by {@link FileKind#of(Path)}), before any JSON is parsed: an {@code .xlsx} is most often a Kobo/ODK form
     * definition, from which {@link XlsForm} makes an instrument ({@code sipas surveys --from-xlsform}).
     *
     * @param file the file, UTF-8
     * @return the survey
     * @throws InputException if the file is not a valid instrument; the message names the file and JSON path
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Survey read(Path file) {
        Objects.requireNonNull(file, "file");
        FileKind kind;
        try {
            kind = FileKind.of(file);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read survey file " + file + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
        switch (kind) {
            case XLSX -> throw new InputException(file.toString(), 0, null, null, null, "this is "
                    + kind.description()
                    + ", not an instrument JSON: if it is a Kobo/ODK form definition (XLSForm), make the instrument "
                    + "from it with 'sipas surveys --from-xlsform FILE --out survey.json' (XlsForm in the API), "
                    + "check it, and give that JSON file", null);
            case XLS, ODS, ZIP -> throw new InputException(file.toString(), 0, null, null, null, "this is "
                    + kind.description()
                    + ", not an instrument JSON: give a bundled instrument's id or a JSON file such as 'sipas "
                    + "surveys --json sipas-2017' prints", null);
            default -> {
                // text, or what may be a UTF-16 or UTF-32 JSON file: the JSON parser decides
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read survey file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads an instrument from a JSON stream; the stream is not closed.
     *
     * @param in the stream, UTF-8
     * @param source the name of the source for messages, usually a file name
     * @return the survey
     * @throws InputException if the input is not a valid instrument; the message names the source and JSON path
     */
    public static Survey read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        JsonNode root;
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            root = MAPPER.readTree(parser);
            if (root != null && parser.nextToken() != null) {
                long line = parser.currentLocation().getLineNr();
                throw new InputException(source, line, null, null, "$", "not valid JSON: unexpected content after the "
                        + "end of the document, at line " + line, null);
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(source, line, null, null, "$", "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (CharConversionException e) {
            // Jackson takes UTF-16 and UTF-32 too, found from the first bytes, and reports a bad code point in them so
            throw InputException.atPath(source, "$", "not valid JSON: " + e.getMessage() + "; save the file as UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read survey " + source + ": " + e.getMessage(), e);
        }
        if (root == null) {
            throw InputException.atPath(source, "$", "the document is empty", null);
        }
        return fromTree(new JsonIn(source, "$", root));
    }

    /**
     * Reads an instrument from a JSON string.
     *
     * @param json the JSON text
     * @param source the name of the source for messages
     * @return the survey
     * @throws InputException if the text is not a valid instrument
     */
    public static Survey fromString(String json, String source) {
        return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), source);
    }

    private static Survey fromTree(JsonIn root) {
        root.object(SURVEY_FIELDS);
        Survey.Builder b = Survey.builder(root.get("id").asText())
                .version(root.get("version").asText())
                .title(text(root.get("title")))
                .source(root.has("source") ? source(root.get("source")) : null);
        if (root.has("aggregation")) {
            b.aggregation(aggregation(root.get("aggregation")));
        }
        if (root.has("indexId")) {
            b.indexId(root.get("indexId").asText());
        }
        for (JsonIn s : root.get("scales").elements()) {
            b.scale(scale(s));
        }
        for (JsonIn d : root.elementsOr("domains")) {
            d.object(DOMAIN_FIELDS);
            b.domain(d.build(n -> new Domain(n.get("id").asText(), text(n.get("title")))));
        }
        for (JsonIn e : root.get("elements").elements()) {
            e.object(ELEMENT_FIELDS);
            b.element(e.build(n -> new Element(n.get("id").asText(), text(n.get("title")),
                    n.has("domain") ? n.get("domain").asText() : null)));
        }
        for (JsonIn i : root.get("items").elements()) {
            b.item(item(i));
        }
        return root.build(n -> b.build());
    }

    /**
     * A text: {@code {"vi": …, "en": …}}, or in one language, {@code {"vi": …}}, {@code {"en": …}} or a plain string,
     * the missing language falling back to the one given ({@link LocalizedText#of(String)}).
     */
    private static LocalizedText text(JsonIn n) {
        if (n.isText()) {
            if (Texts.clean(n.asText()).isEmpty()) {
                throw n.error("a text must not be blank");
            }
            return n.build(x -> LocalizedText.of(x.asText()));
        }
        n.object(TEXT_FIELDS);
        if (!n.has("vi") && !n.has("en")) {
            throw n.error("a text needs 'vi', 'en' or both (or is a plain string, for one language)");
        }
        String vi = n.has("vi") ? n.get("vi").asText() : null;
        String en = n.has("en") ? n.get("en").asText() : null;
        for (String lang : TEXT_LANGUAGES) {
            String t = lang.equals("vi") ? vi : en;
            if (t != null && Texts.clean(t).isEmpty()) {
                throw n.error(lang, lang + " must not be blank; leave it out for a text in one language");
            }
        }
        return n.build(x -> new LocalizedText(vi != null ? vi : en, en != null ? en : vi));
    }

    private static SourceDocument source(JsonIn n) {
        n.object(SOURCE_FIELDS);
        return n.build(x -> new SourceDocument(x.get("document").asText(), x.get("confidence").asEnum(Confidence.class),
                x.has("note") ? x.get("note").asText() : ""));
    }

    private static Aggregation aggregation(JsonIn n) {
        n.object(AGGREGATION_FIELDS);
        AggregationMethod method = n.get("method").asEnum(AggregationMethod.class);
        Map<String, Double> weights = new LinkedHashMap<>();
        if (n.has("weights")) {
            JsonIn w = n.get("weights");
            w.object(Set.copyOf(w.fieldNames()));
            for (String key : w.fieldNames()) {
                weights.put(key, w.get(key).asDouble());
            }
        }
        return n.build(x -> new Aggregation(method, weights));
    }

    private static Scale scale(JsonIn n) {
        n.object(SCALE_FIELDS);
        List<ScalePoint> points = new ArrayList<>();
        for (JsonIn p : n.get("points").elements()) {
            p.object(POINT_FIELDS);
            points.add(p.build(x -> new ScalePoint(x.get("code").asInt(), text(x.get("label")))));
        }
        Set<Integer> satisfied = new TreeSet<>();
        for (JsonIn s : n.elementsOr("satisfied")) {
            if (!satisfied.add(s.asInt())) {
                throw s.error("code " + s.asInt() + " is listed twice");
            }
        }
        List<SpecialCode> special = new ArrayList<>();
        for (JsonIn s : n.elementsOr("special")) {
            s.object(SPECIAL_FIELDS);
            special.add(s.build(x -> new SpecialCode(x.get("code").asText(), x.get("kind").asEnum(SpecialKind.class),
                    text(x.get("label")))));
        }
        return n.build(x -> new Scale(x.get("id").asText(), text(x.get("title")), points, satisfied, special));
    }

    private static Item item(JsonIn n) {
        n.object(ITEM_FIELDS);
        return n.build(x -> new Item(x.get("id").asText(),
                x.has("element") ? x.get("element").asText() : null,
                text(x.get("text")),
                x.has("scale") ? x.get("scale").asText() : null,
                x.has("role") ? x.get("role").asEnum(ItemRole.class) : ItemRole.CRITERION,
                x.has("type") ? x.get("type").asEnum(ItemType.class) : ItemType.SINGLE,
                x.has("reverse") && x.get("reverse").asBoolean()));
    }

    /**
     * Writes an instrument as indented JSON in the format read by {@link #read(InputStream, String)}.
     *
     * @param survey the survey
     * @param out where to write; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Survey survey, Writer out) {
        Objects.requireNonNull(out, "out");
        try {
            MAPPER.writeValue(CloseShieldWriter.wrap(out), toTree(survey));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns an instrument as indented JSON text.
     *
     * @param survey the survey
     * @return the JSON text
     */
    public static String toString(Survey survey) {
        java.io.StringWriter w = new java.io.StringWriter();
        write(survey, w);
        return w.toString();
    }

    private static ObjectNode toTree(Survey s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", s.id());
        root.put("version", s.version());
        root.set("title", text(s.title()));
        s.source().ifPresent(source -> {
            ObjectNode src = root.putObject("source");
            src.put("document", source.document());
            src.put("confidence", JsonIn.jsonName(source.confidence()));
            if (!source.note().isEmpty()) {
                src.put("note", source.note());
            }
        });
        ObjectNode agg = root.putObject("aggregation");
        agg.put("method", JsonIn.jsonName(s.aggregation().method()));
        if (!s.aggregation().weights().isEmpty()) {
            ObjectNode w = agg.putObject("weights");
            s.aggregation().weights().forEach(w::put);
        }
        if (!Survey.DEFAULT_INDEX_ID.equals(s.indexId())) {
            root.put("indexId", s.indexId());
        }
        ArrayNode scales = root.putArray("scales");
        for (Scale sc : s.scales()) {
            ObjectNode n = scales.addObject();
            n.put("id", sc.id());
            n.set("title", text(sc.title()));
            ArrayNode points = n.putArray("points");
            for (ScalePoint p : sc.points()) {
                ObjectNode pn = points.addObject();
                pn.put("code", p.code());
                pn.set("label", text(p.label()));
            }
            if (!sc.satisfied().isEmpty()) {
                ArrayNode sat = n.putArray("satisfied");
                new TreeSet<>(sc.satisfied()).forEach(sat::add);
            }
            if (!sc.special().isEmpty()) {
                ArrayNode sp = n.putArray("special");
                for (SpecialCode c : sc.special()) {
                    ObjectNode cn = sp.addObject();
                    cn.put("code", c.code());
                    cn.put("kind", JsonIn.jsonName(c.kind()));
                    cn.set("label", text(c.label()));
                }
            }
        }
        if (!s.domains().isEmpty()) {
            ArrayNode domains = root.putArray("domains");
            for (Domain d : s.domains()) {
                ObjectNode n = domains.addObject();
                n.put("id", d.id());
                n.set("title", text(d.title()));
            }
        }
        ArrayNode elements = root.putArray("elements");
        for (Element e : s.elements()) {
            ObjectNode n = elements.addObject();
            n.put("id", e.id());
            n.set("title", text(e.title()));
            if (e.domain() != null) {
                n.put("domain", e.domain());
            }
        }
        ArrayNode items = root.putArray("items");
        for (Item i : s.items()) {
            ObjectNode n = items.addObject();
            n.put("id", i.id());
            if (i.element() != null) {
                n.put("element", i.element());
            }
            n.put("role", JsonIn.jsonName(i.role()));
            n.put("type", JsonIn.jsonName(i.type()));
            if (i.scale() != null) {
                n.put("scale", i.scale());
            }
            n.set("text", text(i.text()));
            if (i.reverse()) {
                n.put("reverse", true);
            }
        }
        return root;
    }

    private static ObjectNode text(LocalizedText t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("vi", t.vi());
        n.put("en", t.en());
        return n;
    }

}
