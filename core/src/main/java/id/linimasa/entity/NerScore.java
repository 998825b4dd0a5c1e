package id.linimasa.entity;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level exact-match scoring with conlleval's semantics: a predicted chunk counts only when its
 * start, end and type all equal a gold chunk's. Accumulates over sentences.
 */
public final class NerScore {

    /** Precision, recall and F1 of one type or of all types together. */
    public record Prf(int correct, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

    public void add(List<String> gold, List<String> predicted) {
        Set<TagChunk> g = new HashSet<>(TagChunk.of(gold));
        for (TagChunk c : g) count(c.type())[2]++;
        for (TagChunk c : TagChunk.of(predicted)) {
            int[] n = count(c.type());
            n[1]++;
            if (g.contains(c)) n[0]++;
        }
    }

    public Prf overall() {
        int c = 0, p = 0, g = 0;
        for (int[] n : counts.values()) {
            c += n[0];
            p += n[1];
            g += n[2];
        }
        return new Prf(c, p, g);
    }

    public Map<EntityType, Prf> perType() {
        Map<EntityType, Prf> out = new EnumMap<>(EntityType.class);
        counts.forEach((t, n) -> out.put(t, new Prf(n[0], n[1], n[2])));
        return out;
    }

    private int[] count(EntityType t) {
        return counts.computeIfAbsent(t, k -> new int[3]);
    }
}
