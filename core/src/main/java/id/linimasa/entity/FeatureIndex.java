package id.linimasa.entity;

import id.linimasa.text.Fnv1a;

import java.util.Map;

/**
 * The tagger's feature names mapped to their weight rows, looked up by a 64-bit hash of the name, so that
 * a feature built from a token and its neighbours is found without building its string. The hash is FNV-1a
 * over the name's chars, fed part by part. The table is compact so that it stays in a core's cache (a few
 * lookups per token, most of them for names the model lacks): a slot is one long, the top 40 bits of the
 * hash beside the row. The model's own names are checked to be told apart when it loads, and a name the
 * model does not have matches one of them with a chance of about one in 10^11 per lookup.
 */
final class FeatureIndex {

    private static final int ROW_BITS = 24;
    private static final long ROW_MASK = (1L << ROW_BITS) - 1;

    /** Per slot: the hash's top 40 bits, then its row + 1 in the low 24 bits (0: empty). */
    private final long[] table;
    private final int mask;

    FeatureIndex(Map<String, Integer> index) {
        if (index.size() >= ROW_MASK) throw new IllegalStateException("too many NER features: " + index.size());
        int capacity = Integer.highestOneBit(Math.max(16, index.size() * 3 / 2)) << 1; // under 2/3 full
        table = new long[capacity];
        mask = capacity - 1;
        for (var e : index.entrySet()) {
            long h = hash(e.getKey(), "");
            int at = slot(h);
            if (at >= 0) throw new IllegalStateException("NER features " + e.getKey() + " and another share a hash");
            table[~at] = (h & ~ROW_MASK) | (e.getValue() + 1);
        }
    }

    /** The hash of the name {@code prefix + part}. */
    static long hash(String prefix, String part) {
        return Fnv1a.add(Fnv1a.of(prefix), part);
    }

    /** The hash of the name {@code prefix + a + "|" + b}. */
    static long hash(String prefix, String a, String b) {
        return then(hash(prefix, a), b);
    }

    /** The hash of the name {@code prefix + a + "|" + b + "|" + c}. */
    static long hash(String prefix, String a, String b, String c) {
        return then(hash(prefix, a, b), c);
    }

    /** The hash of the name whose first parts hash to {@code h}, then "|" and {@code part}. */
    static long then(long h, String part) {
        return Fnv1a.add(Fnv1a.add(h, '|'), part);
    }

    /** The weight row of the feature whose name hashes to {@code h}, or -1. */
    int row(long h) {
        int at = slot(h);
        return at < 0 ? -1 : (int) (table[at] & ROW_MASK) - 1;
    }

    /** The slot holding {@code h}, or the complement of the empty slot where it would go. */
    private int slot(long h) {
        long top = h & ~ROW_MASK;
        int i = (int) (mix(h) & mask);
        for (long e = table[i]; e != 0; e = table[i]) {
            if ((e & ~ROW_MASK) == top) return i;
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
