package id.linimasa.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How well a clustering of items agrees with a gold one: B-cubed precision/recall (per item, the share of its
 * system cluster that is in its gold cluster and the reverse, averaged) and pairwise precision/recall (over the
 * pairs of items put together); and how well directed copy links (copy to original) agree with the gold links.
 */
public record ClusterScore(int items, int goldClusters, int systemClusters, Prf bcubed, Prf pairwise, Prf copies,
                           List<String> errors) {

    public ClusterScore {
        errors = List.copyOf(errors);
    }

    /**
     * @param gold       item to gold cluster label, for every item scored
     * @param system     item to system cluster label; an item missing here is a cluster of its own
     * @param goldCopies copy to original in the gold
     * @param sysCopies  copy to original as the system linked them (items outside {@code gold} are ignored)
     */
    public static ClusterScore of(Map<String, String> gold, Map<String, String> system, Map<String, String> goldCopies,
                                  Map<String, String> sysCopies) {
        Map<String, String> sys = new HashMap<>();
        for (String item : gold.keySet()) sys.put(item, system.getOrDefault(item, "alone:" + item));
        Map<String, Set<String>> goldGroups = groups(gold);
        Map<String, Set<String>> sysGroups = groups(sys);
        double p = 0, r = 0;
        long pairsBoth = 0, pairsSys = 0, pairsGold = 0;
        for (String item : gold.keySet()) {
            Set<String> g = goldGroups.get(gold.get(item));
            Set<String> s = sysGroups.get(sys.get(item));
            long both = s.stream().filter(g::contains).count();
            p += (double) both / s.size();
            r += (double) both / g.size();
            pairsBoth += both - 1;
            pairsSys += s.size() - 1;
            pairsGold += g.size() - 1;
        }
        int n = gold.size();
        List<String> errors = new ArrayList<>();
        for (var e : sysGroups.entrySet()) {
            Set<String> labels = new HashSet<>();
            e.getValue().forEach(i -> labels.add(gold.get(i)));
            if (labels.size() > 1) errors.add("merged gold stories " + labels.stream().sorted().toList() + ": " + e.getValue().stream().sorted().toList());
        }
        for (var e : goldGroups.entrySet()) {
            Map<String, Set<String>> parts = new HashMap<>();
            e.getValue().forEach(i -> parts.computeIfAbsent(sys.get(i), k -> new TreeSet<>()).add(i));
            if (parts.size() > 1) {
                errors.add("split gold story " + e.getKey() + " into " + parts.values().stream().map(Set::toString).sorted().toList());
            }
        }
        long copyHits = 0, copySys = 0;
        for (var e : sysCopies.entrySet()) {
            if (!gold.containsKey(e.getKey())) continue;
            copySys++;
            if (Objects.equals(goldCopies.get(e.getKey()), e.getValue())) copyHits++;
            else errors.add("copy link " + e.getKey() + " -> " + e.getValue() + " (gold: " + goldCopies.get(e.getKey()) + ")");
        }
        for (var e : goldCopies.entrySet()) {
            if (!e.getValue().equals(sysCopies.get(e.getKey())) && !sysCopies.containsKey(e.getKey())) {
                errors.add("missed copy link " + e.getKey() + " -> " + e.getValue());
            }
        }
        errors.sort(null);
        return new ClusterScore(n, goldGroups.size(), sysGroups.size(),
                new Prf(n == 0 ? 0 : p / n, n == 0 ? 0 : r / n),
                new Prf(ratio(pairsBoth, pairsSys), ratio(pairsBoth, pairsGold)),
                new Prf(ratio(copyHits, copySys), ratio(copyHits, goldCopies.size())), errors);
    }

    /** No pairs claimed is no wrong pair: precision 1 then, as recall is 1 when there are none to find. */
    private static double ratio(long hits, long of) {
        return of == 0 ? 1 : (double) hits / of;
    }

    private static Map<String, Set<String>> groups(Map<String, String> labels) {
        Map<String, Set<String>> groups = new HashMap<>();
        labels.forEach((item, label) -> groups.computeIfAbsent(label, k -> new HashSet<>()).add(item));
        return groups;
    }
}
