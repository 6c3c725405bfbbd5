package io.github.sipas.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import io.github.sipas.core.internal.FrozenMap;

/**
 * A fixed order of item ids, for code that reads the answers of many responses item by item, such as a scorer: {@link
 * #answers(Response, Answer[])} fills an array in this order. For responses read by {@link
 * io.github.sipas.core.csv.CsvResponseReader}, which share the layout of their file's columns, this is a copy from
 * array to array, with no lookup by id.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @since 0.1
 */
public final class ItemOrder {

    private final String[] ids;
    /** The last layout seen and where each of our ids sits in it (-1: absent); replaced as a whole. */
    private volatile Cached cached;

    private record Cached(FrozenMap.Layout layout, int[] positions) {
    }

    private ItemOrder(String[] ids) {
        this.ids = ids;
    }

    /**
     * Returns an order of item ids.
     *
     * @param ids the item ids, without repeats
     * @return the order
     * @throws IllegalArgumentException if an id repeats
     */
    public static ItemOrder of(List<String> ids) {
        String[] a = ids.stream().map(id -> Objects.requireNonNull(id, "id")).toArray(String[]::new);
        if (java.util.Set.of(a).size() != a.length) {
            throw new IllegalArgumentException("item ids repeat: " + ids);
        }
        return new ItemOrder(a);
    }

    /**
     * Returns the number of items.
     *
     * @return the size
     */
    public int size() {
        return ids.length;
    }

    /**
     * Fills an array with a response's answers in this order; null where the response has no answer to an item (not
     * asked).
     *
     * @param response the response
     * @param out an array of at least {@link #size()} elements
     * @return {@code out}
     * @throws IllegalArgumentException if the array is too short
     */
    public Answer[] answers(Response response, Answer[] out) {
        if (out.length < ids.length) {
            throw new IllegalArgumentException("out has " + out.length + " elements, fewer than " + ids.length);
        }
        Map<String, Answer> answers = response.answers();
        if (answers instanceof FrozenMap) {
            FrozenMap<Answer> frozen = (FrozenMap<Answer>) answers;
            Cached c = cached;
            if (c == null || c.layout != frozen.layout()) {
                int[] positions = new int[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    Integer p = frozen.layout().index.get(ids[i]);
                    positions[i] = p == null ? -1 : p;
                }
                c = new Cached(frozen.layout(), positions);
                cached = c;
            }
            frozen.copyTo(c.positions, out);
            return out;
        }
        for (int i = 0; i < ids.length; i++) {
            out[i] = answers.get(ids[i]);
        }
        return out;
    }
}
