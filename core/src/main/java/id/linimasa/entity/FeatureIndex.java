package id.linimasa.entity;

import java.util.Map;

/**
 * The tagger's feature names mapped to their weight rows, looked up by a hash of the name, so that a feature
 * built from a token and its neighbours is found without building its string. The hash is polynomial modulo the
 * prime 2^61-1, so that the hash of a name made of parts follows from the parts' own hashes: a word's hash is
 * taken once (the tagger keeps it as a {@link Part}), and joining it to its neighbour's costs a multiply and an add,
 * not a pass over the neighbour's chars. The table is compact so that it stays in a core's cache (a few lookups per
 * token, most of them for names the model lacks): a slot is one long, the top 40 bits of the mixed hash beside the
 * row. The model's own names are checked to be told apart when it loads, and a name the model does not have
 * matches one of them with a chance of about one in 10^11 per lookup.
 */
final class FeatureIndex {

    private static final int ROW_BITS = 24;
    private static final long ROW_MASK = (1L << ROW_BITS) - 1;
    private static final long PRIME = (1L << 61) - 1;
    private static final long BASE = 0x1d4b_6c3f_9a27_e5L;

    /** Per slot: the mixed hash's top 40 bits, then its row + 1 in the low 24 bits (0: empty). */
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
            table[~at] = (mix(h) & ~ROW_MASK) | (e.getValue() + 1);
        }
    }

    /**
     * A part of a feature name as it follows what comes before it: "|" and a word. {@code hash} is that of its chars
     * alone, {@code shift} the power of the base that the hash of the chars before it is multiplied by.
     */
    record Part(long hash, long shift) {
        static Part of(String word) {
            return new Part(add(add(0, '|'), word), power(word.length() + 1));
        }
    }

    /** The hash of the name {@code prefix + part}. */
    static long hash(String prefix, String part) {
        return add(add(0, prefix), part);
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
        return add(add(h, '|'), part);
    }

    /** As {@link #then(long, String)}, with the part's hash and shift known ({@link Part}). */
    static long then(long h, long partHash, long partShift) {
        long r = multiply(h, partShift) + partHash;
        return r >= PRIME ? r - PRIME : r;
    }

    private static long add(long h, String s) {
        for (int i = 0; i < s.length(); i++) h = add(h, s.charAt(i));
        return h;
    }

    private static long add(long h, char c) {
        long r = multiply(h, BASE) + c;
        return r >= PRIME ? r - PRIME : r;
    }

    private static long power(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) p = multiply(p, BASE);
        return p;
    }

    /** {@code a * b} modulo 2^61-1, for {@code a} and {@code b} below it. */
    private static long multiply(long a, long b) {
        long lo = a * b, hi = Math.multiplyHigh(a, b);
        long r = (lo & PRIME) + (lo >>> 61) + (hi << 3); // 2^64 is 8 and 2^61 is 1 modulo 2^61-1
        r = (r & PRIME) + (r >>> 61);
        return r >= PRIME ? r - PRIME : r;
    }

    /**
     * The weight rows of the features whose names hash to the first {@code count} hashes (-1: no such feature).
     * Each hash's first slot is read for all of them before any is resolved: the reads, often cache misses (the other
     * stages push the table out between sentences), then overlap instead of each waiting for the one before.
     */
    int[] rows(long[] hashes, int count) {
        long[] mixed = new long[count], first = new long[count];
        for (int k = 0; k < count; k++) {
            mixed[k] = mix(hashes[k]);
            first[k] = table[(int) (mixed[k] & mask)];
        }
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            long top = mixed[k] & ~ROW_MASK, e = first[k];
            int i = (int) (mixed[k] & mask);
            while (e != 0 && (e & ~ROW_MASK) != top) {
                i = (i + 1) & mask;
                e = table[i];
            }
            out[k] = e == 0 ? -1 : (int) (e & ROW_MASK) - 1;
        }
        return out;
    }

    /** The slot holding {@code h}, or the complement of the empty slot where it would go. */
    private int slot(long h) {
        long m = mix(h), top = m & ~ROW_MASK;
        int i = (int) (m & mask);
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
