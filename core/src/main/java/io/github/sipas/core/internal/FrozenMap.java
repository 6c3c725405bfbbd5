package io.github.sipas.core.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map over a key layout shared by many maps: the reader's columns. Each map holds only an array of
 * values (null for an absent key), so a million responses cost a million small arrays, not a million hash tables.
 * Iteration follows the layout's order; equality and hash code are those of {@link Map}.
 */
public final class FrozenMap<V> extends AbstractMap<String, V> {

    /** The keys, in order, and the position of each. */
    public static final class Layout {
        public final String[] keys;
        public final Map<String, Integer> index;

        public Layout(String[] keys) {
            this.keys = keys.clone();
            Map<String, Integer> m = new java.util.HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                if (m.put(keys[i], i) != null) {
                    throw new IllegalArgumentException("duplicate key " + keys[i]);
                }
            }
            this.index = m;
        }
    }

    private final Layout layout;
    private final Object[] values;
    private final int size;

    /** Takes ownership of the values array; null entries are absent keys. */
    public FrozenMap(Layout layout, Object[] values) {
        this.layout = layout;
        this.values = values;
        int n = 0;
        for (Object v : values) {
            n += v == null ? 0 : 1;
        }
        this.size = n;
    }

    public Layout layout() {
        return layout;
    }

    /** out[i] = the value at positions[i], or null where the position is -1. */
    public void copyTo(int[] positions, Object[] out) {
        for (int i = 0; i < positions.length; i++) {
            int p = positions[i];
            out[i] = p < 0 ? null : values[p];
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        Integer i = layout.index.get(key);
        return i == null ? null : (V) values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < values.length && values[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<String, V> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, V> e = new SimpleImmutableEntry<>(layout.keys[next], (V) values[next]);
                        next = advance(next + 1);
                        return e;
                    }
                };
            }
        };
    }
}
