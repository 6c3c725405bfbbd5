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

    private long[] keys = new long[1024];
    private long[] lines = new long[1024];
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
        int mask = keys.length - 1;
        int i = (int) h & mask;
        while (keys[i] != 0) {
            if (keys[i] == h) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = h;
        lines[i] = line;
        if (++size * 4 > keys.length * 3) {
            grow();
        }
        return 0;
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = (int) oldKeys[j] & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                lines[i] = oldLines[j];
            }
        }
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
