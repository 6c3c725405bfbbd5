package io.github.sipas.core.internal;

import java.util.Arrays;
import java.util.function.ToLongFunction;

/**
 * Remembers the response ids seen so far, and the line of each, so that a repeated id is found exactly: a table of
 * 64-bit hashes (a polynomial hash of the UTF-16 text, finished with MurmurHash3's fmix64), probed in the open, each
 * beside the place of its id's line and text in pages of 1 MB (an id too long for one, a page of its own), which settle
 * every match of hashes. An id takes 16 to 32 bytes of table and 13 bytes plus one per character of text (two for text
 * beyond Latin-1): a million ids of 9 characters, about 38 MB. Two ids are the same when their texts are equal,
 * character for character: never a false duplicate, never a missed one.
 *
 * <p>A table may also be keyed by well-mixed 64-bit keys alone ({@link #putIfAbsent(long, long)}, for patterns whose
 * hash is their identity), the line then beside the key; a table is used one way or the other, not both.
 */
public final class IdIndex {

    /** The size of a page of ids' text. */
    private static final int PAGE = 1 << 20;

    /**
     * The table: slot i holds its key at 2i and, at 2i + 1, its line (a table of keys) or where its id's entry starts
     * in the pages (a table of ids), side by side, so that a look-up in a table far larger than the caches costs one
     * miss, not two.
     */
    private long[] table = new long[2 * 1024];
    /**
     * The ids' entries, each its line (8 bytes), its length (4), 0 for Latin-1 or 1 for UTF-16 text (1), then its
     * text; an entry never crosses pages, and is found at (page << 32 | offset). Null for a table of keys.
     */
    private byte[][] pages;
    private int pageCount;
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
     * @param id the id
     * @param line the line
     * @return 0 if the id is new, else the line where it was first seen
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
        if (pages == null) {
            if (size > 0) {
                throw new IllegalStateException("a table of keys takes no ids");
            }
            pages = new byte[16][];
            pages[0] = new byte[PAGE];
            pageCount = 1;
        }
        long h = hash == 0 ? 1 : hash;
        long[] t = table;
        int mask = t.length - 2;
        int i = ((int) h << 1) & mask;
        long k;
        while ((k = t[i]) != 0) {
            if (k == h && sameText(t[i + 1], id)) {
                return lineAt(t[i + 1]);
            }
            i = (i + 2) & mask;
        }
        t[i] = h;
        t[i + 1] = append(id, line);
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
        if (pages != null) {
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

    /** The bytes this index holds now (its table, and the pages of the ids' text), for memory budgets. */
    public long bytes() {
        long b = 8L * table.length;
        for (int p = 0; p < pageCount; p++) {
            b += pages[p].length;
        }
        return b;
    }

    private long lineAt(long at) {
        byte[] p = pages[(int) (at >>> 32)];
        int o = (int) at;
        long v = 0;
        for (int b = 0; b < 8; b++) {
            v = v << 8 | (p[o + b] & 0xff);
        }
        return v;
    }

    private boolean sameText(long at, String id) {
        byte[] p = pages[(int) (at >>> 32)];
        int o = (int) at + 8;
        int n = (p[o] & 0xff) << 24 | (p[o + 1] & 0xff) << 16 | (p[o + 2] & 0xff) << 8 | p[o + 3] & 0xff;
        if (n != id.length()) {
            return false;
        }
        boolean wide = p[o + 4] != 0;
        o += 5;
        for (int c = 0; c < n; c++) {
            char x = wide ? (char) ((p[o + 2 * c] & 0xff) << 8 | p[o + 2 * c + 1] & 0xff) : (char) (p[o + c] & 0xff);
            if (x != id.charAt(c)) {
                return false;
            }
        }
        return true;
    }

    private long append(String id, long line) {
        int n = id.length();
        boolean wide = false;
        for (int c = 0; c < n && !wide; c++) {
            wide = id.charAt(c) > 0xff;
        }
        long need = 8 + 5 + (wide ? 2L * n : n);
        if (need > PAGE) {
            // a page of its own, and the next id starts a new one
            addPage((int) need);
            long at = write(pages[pageCount - 1], 0, id, line, wide);
            used = PAGE;
            return at;
        }
        if (used + need > PAGE) {
            addPage(PAGE);
        }
        return write(pages[pageCount - 1], used, id, line, wide);
    }

    private void addPage(int bytes) {
        if (pageCount == pages.length) {
            pages = Arrays.copyOf(pages, 2 * pageCount);
        }
        pages[pageCount++] = new byte[bytes];
        used = 0;
    }

    /** Writes an entry at an offset of the last page; returns its place, the next free byte set in {@link #used}. */
    private long write(byte[] p, int at, String id, long line, boolean wide) {
        int n = id.length();
        int o = at;
        for (int b = 7; b >= 0; b--) {
            p[o++] = (byte) (line >>> (8 * b));
        }
        p[o++] = (byte) (n >>> 24);
        p[o++] = (byte) (n >>> 16);
        p[o++] = (byte) (n >>> 8);
        p[o++] = (byte) n;
        p[o++] = (byte) (wide ? 1 : 0);
        for (int c = 0; c < n; c++) {
            char x = id.charAt(c);
            if (wide) {
                p[o++] = (byte) (x >>> 8);
            }
            p[o++] = (byte) x;
        }
        used = o;
        return (long) (pageCount - 1) << 32 | at;
    }

    private void grow() {
        long[] old = table;
        long[] t = new long[old.length * 2];
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
            }
        }
        table = t;
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
