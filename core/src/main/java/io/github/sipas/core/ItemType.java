package io.github.sipas.core;

/**
 * How an item is answered.
 *
 * @since 0.1
 */
public enum ItemType {
    /** One point of the item's scale: {@link Answer.Point}. */
    SINGLE,
    /** Any number of the scale's points, as a multi-select question: {@link Answer.Choices}. */
    MULTIPLE,
    /** Free text, with no scale: {@link Answer.Text}. */
    TEXT
}
