package io.github.sipas.core.internal;

import java.util.Arrays;
import java.util.function.ToLongFunction;

/**
 * Remembers the response ids seen so far, and the line of each, so that a repeated id is found exactly: a table of
 * 64-bit hashes (a polynomial hash of the UTF-16 text, finished with MurmurHash3's fmix64), probed in the open, beside
 * the ids' text, which settles every match of hashes; about 20 bytes per id and 2 per character of its text (a million
 * ids of 9 characters: about 40 MB). Two ids are the same when their texts are equal, character for character: never a
 * false duplicate, never a missed one.
 *
 * <p>A table may also be keyed by well-mixed 64-bit keys alone ({@link #putIfAbsent(long, long)}, for patterns whose
 * hash is their identity); a table is used one way or the other, not both.
 */
public final class IdIndex {

    /**
     * The table: slot i holds its key at 2i and its line at 2i + 1, side by side, so that a look-up of an id in a
     * table far larger than the caches costs one miss, not two.
     */
    private long[] table = new long[2 * 1024];
    /** Per slot, where its id's text starts in {@link #text} (its length first); null for a table of keys. */
    private int[] offsets;
    /** The ids' texts, each its length then its characters. */
    private char[] text;
    private int used;
    private int size;
    private final ToLongFunction<String> hasher;

    /** An empty index. */
    public IdIndex() {
        this(IdIndex::hash);
    }

    /** An empty index hashing ids with a function of the caller's, for tests that make every id collide. */
    IdIndex(ToLongFunction<String> hasher) {
        this.hasher = hasher;
    }

    /**
     * Records an id seen on a line.
     *
     * @param id the id, at most 65,535 characters
     * @param line the line
     * @return 0 if the id is new, else the line where it was first seen
     * @throws IllegalArgumentException if the id is longer than 65,535 characters
     */
    public long putIfAbsent(String id, long line) {
        return putIfAbsent(id, hasher.applyAsLong(id), line);
    }

    /**
     * Records an id seen on a line, with its {@link #hash} computed by the caller.
     *
     * @return 0 if the id is new, else the line where it was first seen
     */
    public long putIfAbsent(String id, long hash, long line) {
        if (id.length() > Character.MAX_VALUE) {
            throw new IllegalArgumentException("id of " + id.length() + " characters; an id may have at most "
                    + (int) Character.MAX_VALUE);
        }
        if (offsets == null) {
            if (size > 0) {
                throw new IllegalStateException("a table of keys takes no ids");
            }
            offsets = new int[table.length / 2];
            text = new char[1024];
        }
        long h = hash == 0 ? 1 : hash;
        long[] t = table;
        int mask = t.length - 2;
        int i = ((int) h << 1) & mask;
        long k;
        while ((k = t[i]) != 0) {
            if (k == h && sameText(offsets[i >> 1], id)) {
                return t[i + 1];
            }
            i = (i + 2) & mask;
        }
        t[i] = h;
        t[i + 1] = line;
        offsets[i >> 1] = append(id);
        if (++size * 4 > t.length / 2 * 3) {
            grow();
        }
        return 0;
    }

    /**
     * Records a well-mixed 64-bit key seen on a line. Zero marks an empty slot, so a key of 0 is stored as 1: keys 0
     * and 1 count as one, a chance of 2⁻⁶³ for random keys.
     *
     * @return 0 if the key is new, else the line where it was first seen
     */
    public long putIfAbsent(long key, long line) {
        if (offsets != null) {
            throw new IllegalStateException("a table of ids takes no bare keys");
        }
        long h = key == 0 ? 1 : key;
        long[] t = table;
        int mask = t.length - 2;
        int i = ((int) h << 1) & mask;
        long k;
        while ((k = t[i]) != 0) {
            if (k == h) {
                return t[i + 1];
            }
            i = (i + 2) & mask;
        }
        t[i] = h;
        t[i + 1] = line;
        if (++size * 4 > t.length / 2 * 3) {
            grow();
        }
        return 0;
    }

    public int size() {
        return size;
    }

    /** The bytes this index holds now (its table, and the ids' text), for memory budgets. */
    public long bytes() {
        return 8L * table.length + (offsets == null ? 0 : 4L * offsets.length + 2L * text.length);
    }

    private boolean sameText(int at, String id) {
        int n = text[at];
        if (n != id.length()) {
            return false;
        }
        for (int c = 0; c < n; c++) {
            if (text[at + 1 + c] != id.charAt(c)) {
                return false;
            }
        }
        return true;
    }

    private int append(String id) {
        int n = id.length();
        if (used + n + 1 > text.length) {
            long want = Math.max(2L * text.length, (long) used + n + 1);
            if (want > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("the ids' text exceeds 2^31 characters");
            }
            text = Arrays.copyOf(text, (int) want);
        }
        int at = used;
        text[at] = (char) n;
        id.getChars(0, n, text, at + 1);
        used += n + 1;
        return at;
    }

    private void grow() {
        long[] old = table;
        int[] oldOffsets = offsets;
        long[] t = new long[old.length * 2];
        int[] o = oldOffsets == null ? null : new int[t.length / 2];
        int mask = t.length - 2;
        for (int j = 0; j < old.length; j += 2) {
            long k = old[j];
            if (k != 0) {
                int i = ((int) k << 1) & mask;
                while (t[i] != 0) {
                    i = (i + 2) & mask;
                }
                t[i] = k;
                t[i + 1] = old[j + 1];
                if (o != null) {
                    o[i >> 1] = oldOffsets[j >> 1];
                }
            }
        }
        table = t;
        offsets = o;
    }

    public static long hash(String s) {
        long h = 0x9E3779B97F4A7C15L ^ s.length();
        for (int i = 0; i < s.length(); i++) {
            h = (h + s.charAt(i)) * 0xC6A4A7935BD1E995L;
            h ^= h >>> 47;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
