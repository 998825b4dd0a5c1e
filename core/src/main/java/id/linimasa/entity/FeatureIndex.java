package id.linimasa.entity;

import java.util.Map;

/**
 * The tagger's feature names mapped to their weight rows, looked up by a 64-bit hash of the name, so that
 * a feature built from a token and its neighbours is found without building its string (and the compact
 * table stays in cache where a map of a few hundred thousand strings does not). The hash is FNV-1a over
 * the name's chars, fed part by part; the model's own names are checked to hash apart when it loads, and
 * a name the model does not have matches one of them with a chance of about one in 10^13 per lookup.
 */
final class FeatureIndex {

    private static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** Slot i holds the hash at 2i and its row + 1 at 2i + 1 (0: empty), side by side so a lookup reads one cache line. */
    private final long[] table;
    private final int mask;

    FeatureIndex(Map<String, Integer> index) {
        int capacity = Integer.highestOneBit(Math.max(16, index.size() * 2 + 1)) << 1;
        table = new long[capacity * 2];
        mask = capacity - 1;
        for (var e : index.entrySet()) {
            long h = hash(e.getKey(), "");
            int at = slot(h);
            if (at >= 0) throw new IllegalStateException("NER features " + e.getKey() + " and another share a hash");
            table[2 * ~at] = h;
            table[2 * ~at + 1] = e.getValue() + 1;
        }
    }

    /** The hash of the name {@code prefix + part}. */
    static long hash(String prefix, String part) {
        return add(add(START, prefix), part);
    }

    /** The hash of the name {@code prefix + a + "|" + b}. */
    static long hash(String prefix, String a, String b) {
        return add(add(hash(prefix, a), '|'), b);
    }

    /** The hash of the name {@code prefix + a + "|" + b + "|" + c}. */
    static long hash(String prefix, String a, String b, String c) {
        return add(add(hash(prefix, a, b), '|'), c);
    }

    private static long add(long h, String s) {
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * PRIME;
        return h;
    }

    private static long add(long h, char c) {
        return (h ^ c) * PRIME;
    }

    /** The weight row of the feature whose name hashes to {@code h}, or -1. */
    int row(long h) {
        int at = slot(h);
        return at < 0 ? -1 : (int) table[2 * at + 1] - 1;
    }

    /** The slot holding {@code h}, or the complement of the empty slot where it would go. */
    private int slot(long h) {
        int i = (int) (mix(h) & mask);
        while (table[2 * i + 1] != 0) {
            if (table[2 * i] == h) return i;
            i = (i + 1) & mask;
        }
        return ~i;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }
}
