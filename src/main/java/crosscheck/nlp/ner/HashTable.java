package crosscheck.nlp.ner;

/**
 * An open-addressing table from the 64-bit FNV-1a hash of an entry's characters to its bits, in two primitive
 * arrays: some 300,000 entries and prefixes would otherwise be as many strings, boxed integers and map nodes,
 * which the garbage collector copies at start-up. With some 300,000 keys, two of them share a hash with a
 * probability of about 2 in 10^9, and the lookup of a word that is no entry finds one with about 2 in 10^14; such
 * a word would be taken for that entry. Not thread-safe while filled;
 * read-only afterwards. The gazetteer and the word clusters each keep one.
 */
final class HashTable {
    static final long EMPTY_HASH = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long[] hashes;
    private int[] bits;
    private int size;

    HashTable(int capacity) {
        hashes = new long[Integer.highestOneBit(Math.max(16, capacity - 1)) << 1];
        bits = new int[hashes.length];
    }

    static long extend(long hash, char c) {
        return (hash ^ c) * PRIME;
    }

    static long extend(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * PRIME;
        }
        return hash;
    }

    /** A hash never 0, which marks a free slot. */
    private static long key(long hash) {
        return hash == 0 ? PRIME : hash;
    }

    private int slotOf(long key) {
        int mask = hashes.length - 1;
        int slot = (int) (key ^ (key >>> 29) ^ (key >>> 43)) & mask;
        while (hashes[slot] != 0 && hashes[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    int bits(long hash) {
        return bits[slotOf(key(hash))];
    }

    void orInto(long hash, int bit) {
        long key = key(hash);
        int slot = slotOf(key);
        if (hashes[slot] == 0) {
            if (2 * (size + 1) > hashes.length) {
                grow();
                slot = slotOf(key);
            }
            hashes[slot] = key;
            size++;
        }
        bits[slot] |= bit;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldBits = bits;
        hashes = new long[oldHashes.length * 2];
        bits = new int[hashes.length];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                int slot = slotOf(oldHashes[i]);
                hashes[slot] = oldHashes[i];
                bits[slot] = oldBits[i];
            }
        }
    }
}
