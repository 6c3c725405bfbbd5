package io.github.sipas.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import io.github.sipas.core.InputException;
import io.github.sipas.core.Survey;

/**
 * Coverage-guided fuzz tests of {@link SurveyJson}: any input gives either a survey, which writes out and reads back
 * equal to itself, or an {@link InputException} that names the source and a JSON path; never another exception, a hang
 * or an out-of-memory.
 *
 * <p>{@link #anyBytes} takes the fuzzer's bytes as the document; {@link #editedBundledSurvey} applies edits chosen by
 * the fuzzer (remove, retype, copy, duplicate, rename) to a bundled instrument's tree, so that inputs get past the JSON
 * syntax and deep into the model's checks. In a plain {@code mvn verify} both run their saved inputs under
 * {@code SurveyJsonFuzzTestInputs/} as ordinary tests; with {@code -Pfuzz} Jazzer fuzzes one of them for
 * {@code fuzz.time} seconds (see the README, "Fuzzing").
 */
@org.junit.jupiter.api.Tag("slow")
class SurveyJsonFuzzTest {

    private static final String SOURCE = "fuzz.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> BASES = new ArrayList<>();
    /** Field names of the format, for renames and additions that the reader knows. */
    private static final String[] FIELDS = {"id", "version", "title", "source", "aggregation", "scales", "domains",
        "elements", "items", "vi", "en", "document", "confidence", "note", "method", "weights", "points", "satisfied",
        "special", "code", "label", "kind", "domain", "element", "role", "type", "scale", "text", "x"};

    static {
        for (String id : Surveys.BUNDLED_IDS) {
            try (InputStream in = Surveys.class.getResourceAsStream("/io/github/sipas/core/surveys/" + id + ".json")) {
                BASES.add(MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FuzzTest
    void anyBytes(byte[] data) {
        readChecked(data);
    }

    @FuzzTest
    void editedBundledSurvey(FuzzedDataProvider data) throws JsonProcessingException {
        JsonNode root = data.pickValue(BASES).deepCopy();
        for (int edits = 0; edits < 12 && data.remainingBytes() > 0; edits++) {
            edit(root, data);
        }
        readChecked(MAPPER.writeValueAsBytes(root));
    }

    private static void readChecked(byte[] json) {
        Survey survey;
        try {
            survey = SurveyJson.read(new ByteArrayInputStream(json), SOURCE);
        } catch (InputException e) {
            assertEquals(SOURCE, e.source(), e.getMessage());
            assertNotNull(e.path(), () -> "no JSON path: " + e.getMessage());
            assertTrue(e.path().startsWith("$"), e.getMessage());
            return;
        }
        assertEquals(survey, SurveyJson.fromString(SurveyJson.toString(survey), "written"), "read back");
    }

    /** Applies one edit, chosen by the fuzzer, to a container node of the tree. */
    private static void edit(JsonNode root, FuzzedDataProvider data) {
        List<JsonNode> containers = new ArrayList<>();
        List<JsonNode> scalars = new ArrayList<>();
        collect(root, containers, scalars);
        JsonNode target = containers.get(data.consumeInt(0, containers.size() - 1));
        int op = data.consumeInt(0, 7);
        if (target instanceof ArrayNode) {
            ArrayNode a = (ArrayNode) target;
            int i = a.size() == 0 ? 0 : data.consumeInt(0, a.size() - 1);
            switch (op) {
                case 0:
                    if (a.size() > 0) {
                        a.remove(i);
                    }
                    break;
                case 1:
                    if (a.size() > 0) {
                        a.add(a.get(i).deepCopy());
                    }
                    break;
                default:
                    JsonNode v = value(op, data, containers, scalars);
                    if (a.size() == 0 || data.consumeBoolean()) {
                        a.insert(i, v);
                    } else {
                        a.set(i, v);
                    }
                    break;
            }
            return;
        }
        ObjectNode o = (ObjectNode) target;
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() || data.consumeBoolean() ? data.pickValue(FIELDS)
                : names.get(data.consumeInt(0, names.size() - 1));
        switch (op) {
            case 0:
                o.remove(name);
                break;
            case 1:
                JsonNode moved = o.remove(name);
                if (moved != null) {
                    o.set(data.pickValue(FIELDS), moved);
                }
                break;
            default:
                o.set(name, value(op, data, containers, scalars));
                break;
        }
    }

    /** A new value: a fuzzed string, number or literal, a copy of another node, or another node's text. */
    private static JsonNode value(int op, FuzzedDataProvider data, List<JsonNode> containers, List<JsonNode> scalars) {
        switch (op) {
            case 2:
                return NODES.textNode(data.consumeString(24));
            case 3:
                switch (data.consumeInt(0, 5)) {
                    case 0:
                        return NODES.numberNode(data.consumeInt());
                    case 1:
                        return NODES.numberNode(data.consumeLong());
                    case 2:
                        return NODES.numberNode(data.consumeDouble());
                    case 3:
                        return NODES.numberNode(new java.math.BigInteger(1, data.consumeBytes(12)));
                    case 4:
                        return NODES.numberNode(data.consumeInt(-2, 10));
                    default:
                        return NODES.numberNode(new java.math.BigDecimal(data.consumeInt(-100, 100)).movePointLeft(1));
                }
            case 4:
                switch (data.consumeInt(0, 4)) {
                    case 0:
                        return NODES.nullNode();
                    case 1:
                        return NODES.booleanNode(data.consumeBoolean());
                    case 2:
                        return NODES.objectNode();
                    case 3:
                        return NODES.arrayNode();
                    default:
                        return NODES.textNode("");
                }
            case 5:
                return containers.get(data.consumeInt(0, containers.size() - 1)).deepCopy();
            default:
                return scalars.isEmpty() ? NODES.textNode("") : scalars.get(data.consumeInt(0, scalars.size() - 1))
                        .deepCopy();
        }
    }

    private static void collect(JsonNode n, List<JsonNode> containers, List<JsonNode> scalars) {
        if (n.isContainerNode()) {
            containers.add(n);
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                collect(it.next(), containers, scalars);
            }
        } else {
            scalars.add(n);
        }
    }
}
