package io.github.sipas.core.instrument;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import io.github.sipas.core.DefinitionException;
import io.github.sipas.core.InputException;

/**
 * A JSON node with its path, for hand-written strict mapping that reports the JSON path of every fault: unknown
 * fields, missing fields, wrong types.
 */
final class JsonIn {

    private final String source;
    private final String path;
    private final JsonNode node;

    JsonIn(String source, String path, JsonNode node) {
        this.source = source;
        this.path = path;
        this.node = node;
    }

    String path() {
        return path;
    }

    InputException error(String reason) {
        return InputException.atPath(source, path, reason, null);
    }

    InputException error(String child, String reason) {
        return InputException.atPath(source, path + "." + child, reason, null);
    }

    /** Requires an object whose fields are among the allowed ones. */
    JsonIn object(Set<String> allowed) {
        if (!node.isObject()) {
            throw error("expected an object, found " + kind(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw error(name, "unknown field '" + name + "'; allowed here: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        return this;
    }

    boolean has(String name) {
        JsonNode child = node.get(name);
        return child != null && !child.isNull();
    }

    JsonIn get(String name) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            throw error(name, "required field '" + name + "' is missing");
        }
        return new JsonIn(source, path + "." + name, child);
    }

    String text(String name) {
        return get(name).asText();
    }

    String textOr(String name, String fallback) {
        return has(name) ? text(name) : fallback;
    }

    String asText() {
        if (!node.isTextual()) {
            throw error("expected a string, found " + kind(node));
        }
        return node.textValue();
    }

    /** Whether this node is a string. */
    boolean isText() {
        return node.isTextual();
    }

    int asInt() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw error("expected a whole number, found " + kind(node) + " " + node);
        }
        return node.intValue();
    }

    boolean asBoolean() {
        if (!node.isBoolean()) {
            throw error("expected true or false, found " + kind(node) + " " + node);
        }
        return node.booleanValue();
    }

    double asDouble() {
        if (!node.isNumber()) {
            throw error("expected a number, found " + kind(node));
        }
        return node.doubleValue();
    }

    List<JsonIn> elements() {
        if (!node.isArray()) {
            throw error("expected an array, found " + kind(node));
        }
        List<JsonIn> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonIn(source, path + "[" + i + "]", node.get(i)));
        }
        return out;
    }

    List<JsonIn> elementsOr(String name) {
        return has(name) ? get(name).elements() : List.of();
    }

    List<String> fieldNames() {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Maps this node's text to an enum constant written in lower case with hyphens, e.g. {@code in-general}. */
    <E extends Enum<E>> E asEnum(Class<E> type) {
        String text = asText();
        for (E e : type.getEnumConstants()) {
            if (jsonName(e).equals(text)) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(jsonName(e));
        }
        throw error("'" + text + "' is not allowed here; allowed: " + String.join(", ", allowed));
    }

    static String jsonName(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Runs a construction and turns the model's complaints into errors at this node's path. */
    <T> T build(Function<JsonIn, T> maker) {
        try {
            return maker.apply(this);
        } catch (DefinitionException e) {
            String where = e.where().isEmpty() ? path : path + "." + e.where();
            throw InputException.atPath(source, where, e.getMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InputException.atPath(source, path, e.getMessage(), e);
        }
    }

    private static String kind(JsonNode n) {
        return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
