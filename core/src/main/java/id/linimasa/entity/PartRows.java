package id.linimasa.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weight rows of the tagger's features made of a few short parts ("s-1s=" of three word shapes, "gs=" of a
 * gazetteer tag and a shape), by the parts' ids packed into one key. Every token asks for one or both, and the
 * model has a few hundred of them: an exact table this small stays in a core's first cache, where {@link
 * FeatureIndex}'s of all the model's names does not, and a key costs no hashing of the names' chars.
 */
final class PartRows {

    /** Bits of a part's id in a key: three ids fit an int. */
    static final int ID_BITS = 10;

    private final int[] keys; // key + 1, 0: empty
    private final int[] rows;
    private final int mask;

    private PartRows(Map<Integer, Integer> rowByKey) {
        int capacity = Integer.highestOneBit(Math.max(8, rowByKey.size() * 4 - 1)) << 1; // at most a quarter full
        keys = new int[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        for (var e : rowByKey.entrySet()) {
            int i = slot(e.getKey());
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = e.getKey() + 1;
            rows[i] = e.getValue();
        }
    }

    /** The row of the feature of this key, or -1 when the model lacks it (or a part is unknown: a negative key). */
    int row(int key) {
        if (key < 0) return -1;
        for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) if (keys[i] == key + 1) return rows[i];
        return -1;
    }

    private int slot(int key) {
        return (key * 0x9E3779B9 >>> 16) & mask;
    }

    /** The key of the parts' ids, each below 2^{@link #ID_BITS}, or -1 when one is unknown (negative). */
    static int key(int a, int b) {
        return a < 0 || b < 0 ? -1 : a << ID_BITS | b;
    }

    static int key(int a, int b, int c) {
        return a < 0 || b < 0 || c < 0 ? -1 : (a << ID_BITS | b) << ID_BITS | c;
    }

    /**
     * The rows of the features named {@code prefix} and parts joined by '|', out of the model's names; {@code firsts}:
     * the values the first part may take (null: any). A part may itself hold a '|' (the shape of "|" is "|"), so every
     * cut of a name into that many parts at its '|'s is kept: the parts of a token then find its name however it cut.
     * New part ids go into {@code ids}.
     */
    static PartRows of(Map<String, Integer> index, String prefix, int parts, Set<String> firsts, Map<String, Integer> ids) {
        Map<Integer, Integer> rowByKey = new HashMap<>();
        for (var e : index.entrySet()) {
            if (!e.getKey().startsWith(prefix)) continue;
            for (List<String> cut : cuts(e.getKey().substring(prefix.length()), parts)) {
                if (firsts != null && !firsts.contains(cut.get(0))) continue;
                int key = 0;
                for (String part : cut) key = key << ID_BITS | ids.computeIfAbsent(part, k -> ids.size());
                rowByKey.put(key, e.getValue());
            }
        }
        if (ids.size() >= 1 << ID_BITS) throw new IllegalStateException("too many feature parts for " + prefix + ": " + ids.size());
        return new PartRows(rowByKey);
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
