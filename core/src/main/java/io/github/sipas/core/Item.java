package io.github.sipas.core;

import java.util.Objects;
import io.github.sipas.core.internal.Texts;

/**
 * An item of a questionnaire: a criterion rated on a scale, an "in general" question, a perception or expectation
 * question, or a demographic question.
 *
 * <p>Rules checked when built: a {@link ItemRole#CRITERION criterion} belongs to an element and is answered with one
 * point ({@link ItemType#SINGLE}); a {@link ItemType#TEXT text} item has no scale; every other item has one; only a
 * criterion may be reverse-keyed. Whether the element and scale exist, and whether a reverse-keyed criterion's scale
 * can be mirrored, is checked by the {@link Survey}.
 *
 * <p><b>Reverse keying.</b> A reverse-keyed criterion's codes run the other way ("the queue was long": 1 = disagree is
 * the good answer): the scorer takes each valid code c as its mirror lowest + highest − c over the scale's points, for
 * the mean, standard deviation, median and reliability, and counts as satisfied the codes whose mirror is in the
 * scale's satisfied set. Counts and shares stay on the codes the respondent ticked. This is {@code psych::alpha}'s
 * {@code keys} and {@code reverse.code}'s rule.
 *
 * @param id the item's id, which is also its column in the wide CSV format, e.g. {@code "A1"}
 * @param element the id of the element the item belongs to; required for criteria, null allowed otherwise
 * @param text the question or statement as printed on the form
 * @param scale the id of the item's scale; null for text items
 * @param role what the item is for
 * @param type how the item is answered
 * @param reverse whether the criterion is reverse-keyed (see above); false for every other item
 * @since 0.1
 */
public record Item(String id, String element, LocalizedText text, String scale, ItemRole role, ItemType type,
        boolean reverse) {

    /**
     * Validates the item as described in the class documentation.
     *
     * @param id the item's id, which is also its column in the wide CSV format, e.g. {@code "A1"}
     * @param element the id of the element the item belongs to; required for criteria, null allowed otherwise
     * @param text the question or statement as printed on the form
     * @param scale the id of the item's scale; null for text items
     * @param role what the item is for
     * @param type how the item is answered
     * @param reverse whether the criterion is reverse-keyed
     * @throws NullPointerException if the id, text, role or type is null
     * @throws DefinitionException if the fields do not fit together, or an item that is not a criterion is
     *     reverse-keyed; the message names the item
     */
    public Item {
        id = Require.requireId(id, "item id", "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(type, "type");
        if (element != null) {
            element = Require.requireId(element, "element of item '" + id + "'", "element");
        }
        if (scale != null) {
            scale = Require.requireId(scale, "scale of item '" + id + "'", "scale");
        }
        if (type == ItemType.TEXT && scale != null) {
            throw new DefinitionException("scale", "item '" + id + "' is a text item and must not name a scale");
        }
        if (type != ItemType.TEXT && scale == null) {
            throw new DefinitionException("scale", "item '" + id + "' must name a scale");
        }
        if (role == ItemRole.CRITERION && element == null) {
            throw new DefinitionException("element", "criterion '" + id + "' must belong to an element");
        }
        if (role == ItemRole.CRITERION && type != ItemType.SINGLE) {
            throw new DefinitionException("type", "criterion '" + id + "' must be of type SINGLE, not " + type);
        }
        if (reverse && role != ItemRole.CRITERION) {
            throw new DefinitionException("reverse", "item '" + id + "' has the role '"
                    + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "'; only a criterion can be "
                    + "reverse-keyed");
        }
    }

    /**
     * Returns an item that is not reverse-keyed.
     *
     * @param id the item's id
     * @param element the id of the element the item belongs to; required for criteria, null allowed otherwise
     * @param text the question or statement as printed on the form
     * @param scale the id of the item's scale; null for text items
     * @param role what the item is for
     * @param type how the item is answered
     * @throws NullPointerException if the id, text, role or type is null
     * @throws DefinitionException if the fields do not fit together; the message names the item
     */
    public Item(String id, String element, LocalizedText text, String scale, ItemRole role, ItemType type) {
        this(id, element, text, scale, role, type, false);
    }

    /**
     * Returns this item reverse-keyed, or not.
     *
     * @param value whether the item is reverse-keyed
     * @return the item with {@code reverse} set to the value
     * @throws DefinitionException if the value is true and the item is not a criterion
     */
    public Item withReverse(boolean value) {
        return new Item(id, element, text, scale, role, type, value);
    }

    /**
     * Returns a criterion: a single-choice item of an element, rated on a scale.
     *
     * @param id the item's id
     * @param element the element's id
     * @param scale the scale's id
     * @param text the statement
     * @return the item
     */
    public static Item criterion(String id, String element, String scale, LocalizedText text) {
        return new Item(id, element, text, scale, ItemRole.CRITERION, ItemType.SINGLE);
    }

    /**
     * Returns whether this item is a criterion, that is, whether it counts in the indices.
     *
     * @return true for {@link ItemRole#CRITERION}
     */
    public boolean isCriterion() {
        return role == ItemRole.CRITERION;
    }
}
