package io.github.sipas.core.internal;

/**
 * Remembers the response ids seen so far, and the line of each, in 16 bytes per id whatever the id's length, so that
 * duplicate detection over a million rows costs tens of megabytes, not hundreds.
 *
 * <p>Ids are kept as 64-bit hashes (a polynomial hash of the UTF-16 text, finished with MurmurHash3's fmix64) in an
 * open-addressing table. Two different ids share a hash with probability about n²/2⁶⁵ over n ids: 3·10⁻⁸ for a million
 * ids. Such a collision would report a false duplicate, never miss a true one.
 */
public final class IdIndex {

    /**
     * The table: slot i holds its key at 2i and its line at 2i + 1, side by side, so that a look-up of an id in a
     * table far larger than the caches costs one miss, not two (a million ids: a 32 MB table).
     */
    private long[] table = new long[2 * 1024];
    private int size;

    /**
     * Records an id seen on a line.
     *
     * @return 0 if the id is new, else the line where it was first seen
     */
    public long putIfAbsent(String id, long line) {
        return putIfAbsent(hash(id), line);
    }

    /**
     * Records a well-mixed 64-bit key seen on a line. Zero marks an empty slot, so a key of 0 is stored as 1: keys 0
     * and 1 count as one, a chance of 2⁻⁶³ for random keys.
     *
     * @return 0 if the key is new, else the line where it was first seen
     */
    public long putIfAbsent(long key, long line) {
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
