package io.github.sipas.core;

import java.util.Locale;
import java.util.Objects;
import io.github.sipas.core.internal.Texts;

/**
 * What a column of a response file holds.
 *
 * <p>Written in a mapping file as one of: {@code response_id}, {@code unit}, {@code period}, {@code weight},
 * {@code ignore}, {@code attribute:NAME}, {@code item:ID}, {@code choice:ID=CODE} (one option of a multi-select item),
 * or a bare item id.
 *
 * @param kind what the column holds
 * @param name the item id for {@link Kind#ITEM}, the attribute name for {@link Kind#ATTRIBUTE}, else the field's name
 * @since 0.1
 */
public record ColumnTarget(Kind kind, String name) {

    /** The column of response ids. */
    public static final ColumnTarget RESPONSE_ID = new ColumnTarget(Kind.RESPONSE_ID, "response_id");
    /** The column of units. */
    public static final ColumnTarget UNIT = new ColumnTarget(Kind.UNIT, "unit");
    /** The column of periods. */
    public static final ColumnTarget PERIOD = new ColumnTarget(Kind.PERIOD, "period");
    /** The column of weights. */
    public static final ColumnTarget WEIGHT = new ColumnTarget(Kind.WEIGHT, "weight");
    /** A column to skip. */
    public static final ColumnTarget IGNORE = new ColumnTarget(Kind.IGNORE, "ignore");

    /**
     * Validates the target.
     *
     * @param kind what the column holds
     * @param name the item id for {@link Kind#ITEM}, the attribute name for {@link Kind#ATTRIBUTE}, else the field's name
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the name is blank, or a field or ignore target has another name than its
     *     own ({@code response_id}, {@code unit}, {@code period}, {@code weight}, {@code ignore})
     */
    public ColumnTarget {
        Objects.requireNonNull(kind, "kind");
        name = Require.requireText(name, "name");
        if (kind != Kind.ITEM && kind != Kind.ATTRIBUTE && kind != Kind.CHOICE
                && !name.equals(kind.name().toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("a " + kind + " target is named '"
                    + kind.name().toLowerCase(java.util.Locale.ROOT) + "', not '" + name + "'");
        }
    }

    /**
     * Returns the target for an item.
     *
     * @param itemId the item's id
     * @return the target
     */
    public static ColumnTarget item(String itemId) {
        return new ColumnTarget(Kind.ITEM, itemId);
    }

    /**
     * Returns the target for an attribute.
     *
     * @param name the attribute's name
     * @return the target
     */
    public static ColumnTarget attribute(String name) {
        return new ColumnTarget(Kind.ATTRIBUTE, name);
    }

    /**
     * Returns the target for one option of a multi-select item.
     *
     * @param itemId the item's id
     * @param code the option's code
     * @return the target
     */
    public static ColumnTarget choice(String itemId, int code) {
        return new ColumnTarget(Kind.CHOICE, itemId + "=" + code);
    }

    /**
     * Parses a target as written in a mapping file (see the class documentation).
     *
     * @param text the text
     * @return the target
     * @throws IllegalArgumentException if the text is blank or names an empty item or attribute
     */
    public static ColumnTarget parse(String text) {
        String t = Require.requireText(text, "target");
        String lower = t.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "response_id":
                return RESPONSE_ID;
            case "unit":
                return UNIT;
            case "period":
                return PERIOD;
            case "weight":
                return WEIGHT;
            case "ignore":
                return IGNORE;
            default:
                break;
        }
        if (lower.startsWith("attribute:")) {
            return attribute(t.substring("attribute:".length()).strip());
        }
        if (lower.startsWith("item:")) {
            return item(t.substring("item:".length()).strip());
        }
        if (lower.startsWith("choice:")) {
            String rest = t.substring("choice:".length()).strip();
            int eq = rest.lastIndexOf('=');
            if (eq <= 0 || eq == rest.length() - 1) {
                throw new IllegalArgumentException("a choice target is written choice:ITEM=CODE, not '" + t + "'");
            }
            return choice(rest.substring(0, eq).strip(), Integer.parseInt(rest.substring(eq + 1).strip()));
        }
        return item(t);
    }

    /**
     * Writes the target as {@link #parse(String)} reads it.
     *
     * @return the text
     */
    @Override
    public String toString() {
        switch (kind) {
            case ITEM:
                return "item:" + name;
            case ATTRIBUTE:
                return "attribute:" + name;
            case CHOICE:
                return "choice:" + name;
            default:
                return name;
        }
    }

    /**
     * What a column holds.
     *
     * @since 0.1
     */
    public enum Kind {
        /** The response id. */
        RESPONSE_ID,
        /** The unit. */
        UNIT,
        /** The survey period. */
        PERIOD,
        /** The sampling weight. */
        WEIGHT,
        /** The answers to an item. */
        ITEM,
        /** An attribute kept as text. */
        ATTRIBUTE,
        /**
         * One option of a multi-select item, as exports write them, one column per option ({@code N2/3},
         * {@code N2_3}): 1 or 0, yes or no. The name is {@code ITEM=CODE}, e.g. {@code N2=3}.
         */
        CHOICE,
        /** Nothing to keep. */
        IGNORE
    }
}
