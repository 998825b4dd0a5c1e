package id.linimasa.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weight rows of the tagger's features made of a few parts ("s-1s=" of three word shapes, "gs=" of a gazetteer
 * tag and a shape, "ww+1=" of two words...), by the parts' ids packed into one key: every token asks for several, so a
 * key costs no hashing of the parts' chars, and the table is exact and small (a slot is one long, the key beside the
 * row), so that it stays in a core's cache.
 */
final class PartRows {

    private final long[] table; // per slot: the key + 1 in the high half, the row in the low; 0: empty
    private final int mask, bits;

    private PartRows(Map<Integer, Integer> rowByKey, int bits) {
        int capacity = Integer.highestOneBit(Math.max(8, rowByKey.size() * 2 - 1)) << 1; // at most half full
        table = new long[capacity];
        mask = capacity - 1;
        this.bits = bits;
        for (var e : rowByKey.entrySet()) {
            int i = slot(e.getKey());
            while (table[i] != 0) i = (i + 1) & mask;
            table[i] = (long) (e.getKey() + 1) << 32 | e.getValue();
        }
    }

    /** The row of the feature of this key, or -1 when the model lacks it (or a part is unknown: a negative key). */
    int row(int key) {
        if (key < 0) return -1;
        long wanted = key + 1L;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long e = table[i];
            if (e == 0) return -1;
            if (e >>> 32 == wanted) return (int) e;
        }
    }

    private int slot(int key) {
        return (key * 0x9E3779B9 >>> 8) & mask;
    }

    /** The key of two parts' ids, or -1 when one is unknown (negative). */
    int key(int a, int b) {
        return a < 0 || b < 0 ? -1 : a << bits | b;
    }

    /** The key of three parts' ids, or -1 when one is unknown (negative). */
    int key(int a, int b, int c) {
        return a < 0 || b < 0 || c < 0 ? -1 : (a << bits | b) << bits | c;
    }

    /**
     * The rows of the features named {@code prefix} and {@code parts} parts joined by '|', out of the model's names;
     * {@code firsts}: the values the first part may take (null: any). A part may itself hold a '|' (the shape of "|"
     * is "|"), so every cut of a name into its parts at its '|'s is kept: the parts of a token then find its name
     * however it was cut. Parts new to {@code ids} get the next id there, which must stay below 2^{@code bits}.
     */
    static PartRows of(Map<String, Integer> index, String prefix, int parts, int bits, Set<String> firsts, Map<String, Integer> ids) {
        if (parts * bits > 31) throw new IllegalArgumentException(parts + " parts of " + bits + " bits do not fit a key");
        Map<Integer, Integer> rowByKey = new HashMap<>();
        for (var e : index.entrySet()) {
            if (!e.getKey().startsWith(prefix)) continue;
            for (List<String> cut : cuts(e.getKey().substring(prefix.length()), parts)) {
                if (firsts != null && !firsts.contains(cut.get(0))) continue;
                int key = 0;
                for (String part : cut) key = key << bits | ids.computeIfAbsent(part, k -> ids.size());
                if (ids.size() > 1 << bits) throw new IllegalStateException("more than 2^" + bits + " parts of NER features: " + prefix);
                rowByKey.put(key, e.getValue());
            }
        }
        return new PartRows(rowByKey, bits);
    }

    /** Every way to cut the text into {@code parts} parts at its '|'s. */
    private static List<List<String>> cuts(String text, int parts) {
        List<List<String>> out = new ArrayList<>();
        if (parts == 1) {
            out.add(List.of(text));
            return out;
        }
        for (int at = text.indexOf('|'); at >= 0; at = text.indexOf('|', at + 1)) {
            for (List<String> rest : cuts(text.substring(at + 1), parts - 1)) {
                List<String> cut = new ArrayList<>(parts);
                cut.add(text.substring(0, at));
                cut.addAll(rest);
                out.add(cut);
            }
        }
        return out;
    }
}
