package io.github.sipas.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import io.github.sipas.core.internal.Texts;

/**
 * One answer to one item, typed: a point of the item's scale, don't know / not applicable, unanswered, not asked
 * (skipped by design), a set of choices, or free text.
 *
 * <p>Only a {@link Point} enters the denominator of an index; the three kinds of missing answer are kept apart so that
 * they can be counted and reported, and never enter it.
 *
 * @since 0.1
 */
public sealed interface Answer permits Answer.Point, Answer.DontKnow, Answer.Unanswered, Answer.NotAsked,
        Answer.Choices, Answer.Text {

    /**
     * Returns a scale point; codes 0 to 10 are shared instances.
     *
     * @param code the code, zero or positive
     * @return the answer
     * @throws IllegalArgumentException if the code is negative
     */
    static Point point(int code) {
        return code >= 0 && code < Point.CACHE.length ? Point.CACHE[code] : new Point(code);
    }

    /**
     * Returns "don't know / not applicable".
     *
     * @return the answer
     */
    static DontKnow dontKnow() {
        return DontKnow.INSTANCE;
    }

    /**
     * Returns "unanswered": the item was asked and left blank.
     *
     * @return the answer
     */
    static Unanswered unanswered() {
        return Unanswered.INSTANCE;
    }

    /**
     * Returns "not asked": the form's routing skipped the item.
     *
     * @return the answer
     */
    static NotAsked notAsked() {
        return NotAsked.INSTANCE;
    }

    /**
     * Returns a set of choices of a multi-select item.
     *
     * @param codes the chosen codes, in any order; repeats are removed
     * @return the answer
     */
    static Choices choices(int... codes) {
        return new Choices(Arrays.stream(codes).boxed().toList());
    }

    /**
     * Returns a free-text answer.
     *
     * @param text the text, not blank
     * @return the answer
     */
    static Text text(String text) {
        return new Text(text);
    }

    /**
     * Returns whether this answer is a point of the scale, the only kind that enters an index's denominator.
     *
     * @return true for {@link Point}
     */
    default boolean isValid() {
        return false;
    }

    /**
     * A point of the item's scale.
     *
     * @param code the code
     */
    record Point(int code) implements Answer {
        private static final Point[] CACHE = new Point[11];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Point(i);
            }
        }

        /**
         * Validates the code.
         *
         * @param code the code
         * @throws IllegalArgumentException if the code is negative
         */
        public Point {
            if (code < 0) {
                throw new IllegalArgumentException("code must be zero or positive, not " + code);
            }
        }

        @Override
        public boolean isValid() {
            return true;
        }
    }

    /** Don't know, or not applicable. */
    record DontKnow() implements Answer {
        private static final DontKnow INSTANCE = new DontKnow();
    }

    /** Asked, and left blank. */
    record Unanswered() implements Answer {
        private static final Unanswered INSTANCE = new Unanswered();
    }

    /** Not asked: skipped by the form's design. */
    record NotAsked() implements Answer {
        private static final NotAsked INSTANCE = new NotAsked();
    }

    /**
     * The chosen options of a multi-select item.
     *
     * @param codes the chosen codes, sorted ascending without repeats; may be empty (nothing chosen)
     */
    record Choices(List<Integer> codes) implements Answer {
        /**
         * Sorts and deduplicates the codes.
         *
         * @param codes the chosen codes, sorted ascending without repeats; may be empty (nothing chosen)
         * @throws NullPointerException if the list or a code is null
         * @throws IllegalArgumentException if a code is negative
         */
        public Choices {
            codes = codes.stream().map(c -> Objects.requireNonNull(c, "code")).distinct().sorted().toList();
            for (int c : codes) {
                if (c < 0) {
                    throw new IllegalArgumentException("codes must be zero or positive, not " + c);
                }
            }
        }
    }

    /**
     * A free-text answer.
     *
     * @param text the text, in NFC, not blank
     */
    record Text(String text) implements Answer {
        /**
         * Validates the text.
         *
         * @param text the text, in NFC, not blank
         * @throws NullPointerException if the text is null
         * @throws IllegalArgumentException if it is blank
         */
        public Text {
            text = Require.requireText(text, "text");
        }
    }
}
