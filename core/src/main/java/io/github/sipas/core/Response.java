package io.github.sipas.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import io.github.sipas.core.internal.FrozenMap;
import io.github.sipas.core.internal.Texts;

/**
 * One respondent's form: its id, the unit it rates, the survey period, an optional sampling weight, the answers by
 * item id, and other attributes (sex, age group, channel, interviewer…) as text.
 *
 * <p>An item with no entry in {@link #answers()} was not asked: {@link #answer(String)} returns
 * {@link Answer#notAsked()} for it.
 *
 * @param id the response id, unique within a survey round
 * @param unit the unit rated: the unit's id when a {@link UnitList} was used, else its name as written (in NFC, trimmed)
 * @param period the survey period, e.g. {@code "2023"}; null when the data carry none
 * @param weight the sampling weight, finite and positive; empty when the data carry none (counted as 1)
 * @param answers the answers by item id, in the order they were given
 * @param attributes other attributes by name, in the order they were given
 * @since 0.1
 */
public record Response(String id, String unit, String period, OptionalDouble weight, Map<String, Answer> answers,
        Map<String, String> attributes) {

    /**
     * Validates the response and copies the maps.
     *
     * @param id the response id, unique within a survey round; kept in NFC and trimmed of spaces only (a tab or a line
     *     break at either end stays, for {@link ResponseValidator#checkId} to refuse)
     * @param unit the unit rated: the unit's id when a {@link UnitList} was used, else its name as written (in NFC, trimmed)
     * @param period the survey period, e.g. {@code "2023"}; null when the data carry none
     * @param weight the sampling weight, finite and positive; empty when the data carry none (counted as 1)
     * @param answers the answers by item id, in the order they were given
     * @param attributes other attributes by name, in the order they were given
     * @throws NullPointerException if the id, unit, weight, a map, or a key or value in them is null
     * @throws IllegalArgumentException if the id or unit is blank, or the weight is not finite and positive
     */
    public Response {
        id = Require.requireResponseId(id);
        unit = Require.requireText(unit, "unit");
        if (period != null) {
            period = Require.requireText(period, "period");
        }
        Objects.requireNonNull(weight, "weight");
        if (weight.isPresent() && !(weight.getAsDouble() > 0 && Double.isFinite(weight.getAsDouble()))) {
            throw new IllegalArgumentException("weight of response '" + id + "' must be finite and positive, not "
                    + weight.getAsDouble());
        }
        answers = copy(answers, "answer");
        attributes = copy(attributes, "attribute");
    }

    private static <V> Map<String, V> copy(Map<String, V> map, String what) {
        if (map instanceof FrozenMap) {
            return map;
        }
        Map<String, V> out = new LinkedHashMap<>(Math.max(4, map.size() * 4 / 3 + 1));
        for (Map.Entry<String, V> e : map.entrySet()) {
            out.put(Objects.requireNonNull(e.getKey(), what + " name"),
                    Objects.requireNonNull(e.getValue(), what + " " + e.getKey()));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Starts building a response.
     *
     * @param id the response id
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns the answer to an item.
     *
     * @param itemId the item's id
     * @return the answer; {@link Answer#notAsked()} when the response has none for that item
     */
    public Answer answer(String itemId) {
        Answer a = answers.get(itemId);
        return a == null ? Answer.notAsked() : a;
    }

    /**
     * Returns the weight, or 1 when the response carries none.
     *
     * @return the weight
     */
    public double weightOrOne() {
        return weight.isPresent() ? weight.getAsDouble() : 1.0;
    }

    /**
     * Builds a {@link Response}, for applications that record forms in code.
     *
     * <pre>{@code
     * Response r = Response.builder("K-0001").unit("Sa Pa").period("2026")
     *         .answer("A1", 5).answer("A2", Answer.dontKnow()).attribute("gender", "Nữ").build();
     * }</pre>
     *
     * @since 0.1
     */
    public static final class Builder {
        private final String id;
        private String unit;
        private String period;
        private OptionalDouble weight = OptionalDouble.empty();
        private final Map<String, Answer> answers = new LinkedHashMap<>();
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the unit.
         *
         * @param value the unit's id or name
         * @return this builder
         */
        public Builder unit(String value) {
            this.unit = value;
            return this;
        }

        /**
         * Sets the period.
         *
         * @param value the period, e.g. {@code "2026"}, or null
         * @return this builder
         */
        public Builder period(String value) {
            this.period = value;
            return this;
        }

        /**
         * Sets the weight.
         *
         * @param value a finite, positive weight
         * @return this builder
         */
        public Builder weight(double value) {
            this.weight = OptionalDouble.of(value);
            return this;
        }

        /**
         * Sets the answer to an item, replacing any earlier one.
         *
         * @param itemId the item's id
         * @param answer the answer
         * @return this builder
         */
        public Builder answer(String itemId, Answer answer) {
            answers.put(Objects.requireNonNull(itemId, "itemId"), Objects.requireNonNull(answer, "answer"));
            return this;
        }

        /**
         * Sets the answer to an item as a scale point.
         *
         * @param itemId the item's id
         * @param code the point's code
         * @return this builder
         */
        public Builder answer(String itemId, int code) {
            return answer(itemId, Answer.point(code));
        }

        /**
         * Sets an attribute, replacing any earlier value.
         *
         * @param name the attribute's name, e.g. {@code "gender"}
         * @param value its value
         * @return this builder
         */
        public Builder attribute(String name, String value) {
            attributes.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Validates and returns the response.
         *
         * @return the response
         * @throws NullPointerException if the unit is not set
         * @throws IllegalArgumentException if a field is invalid
         */
        public Response build() {
            return new Response(id, Objects.requireNonNull(unit, "unit (not set)"), period, weight, answers,
                    attributes);
        }
    }
}
