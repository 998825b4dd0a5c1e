package id.linimasa.eval;

import id.linimasa.entity.Mention;
import id.linimasa.eval.EntityGoldDocument.Gold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an article's names against an entity gold set, summed over documents. Names: each distinct form a document
 * writes with its type, gold against the system's mentions (a form found with another type counts as a miss and an extra
 * one). Links: each pair of the gold forms of a document, the same entity when one gold entity holds both; the system
 * links them when it gives both forms one entity id.
 *
 * @param misses one line per gold form missed or mistyped, system form the gold lacks, and pair linked wrongly
 */
public record EntityScore(int documents, int goldNames, int systemNames, int matchedNames, int goldLinks, int systemLinks,
                          int matchedLinks, List<String> misses) {

    public static final EntityScore EMPTY = new EntityScore(0, 0, 0, 0, 0, 0, 0, List.of());

    public EntityScore {
        misses = List.copyOf(misses);
    }

    /** Scores one document's mentions. */
    public static EntityScore of(String name, List<Gold> gold, List<Mention> system) {
        Map<String, String> goldType = new LinkedHashMap<>(), goldKey = new LinkedHashMap<>();
        for (Gold g : gold) {
            for (String form : g.forms()) {
                goldType.put(form, g.type());
                goldKey.put(form, g.key());
            }
        }
        Map<String, String> systemType = new LinkedHashMap<>(), systemId = new LinkedHashMap<>();
        for (Mention m : system) {
            systemType.putIfAbsent(m.text(), m.type().name());
            systemId.putIfAbsent(m.text(), m.entityId());
        }
        List<String> misses = new ArrayList<>();
        int matched = 0;
        for (var g : goldType.entrySet()) {
            String found = systemType.get(g.getKey());
            if (g.getValue().equals(found)) matched++;
            else misses.add(name + ": missed " + g.getValue() + " \"" + g.getKey() + "\"" + (found == null ? "" : " (found as " + found + ")"));
        }
        for (var s : systemType.entrySet()) {
            if (!s.getValue().equals(goldType.get(s.getKey()))) misses.add(name + ": extra " + s.getValue() + " \"" + s.getKey() + "\" " + systemId.get(s.getKey()));
        }
        List<String> forms = new ArrayList<>(goldKey.keySet());
        int goldLinks = 0, systemLinks = 0, matchedLinks = 0;
        for (int i = 0; i < forms.size(); i++) {
            for (int j = i + 1; j < forms.size(); j++) {
                String a = forms.get(i), b = forms.get(j), idA = systemId.get(a);
                boolean same = goldKey.get(a).equals(goldKey.get(b));
                boolean linked = idA != null && idA.equals(systemId.get(b));
                if (same) goldLinks++;
                if (linked) systemLinks++;
                if (same && linked) matchedLinks++;
                if (same != linked) {
                    misses.add(name + ": " + (same ? "not linked" : "linked wrongly") + " \"" + a + "\" " + idA + ", \"" + b + "\" " + systemId.get(b));
                }
            }
        }
        return new EntityScore(1, goldType.size(), systemType.size(), matched, goldLinks, systemLinks, matchedLinks, misses);
    }

    public EntityScore plus(EntityScore o) {
        List<String> all = new ArrayList<>(misses);
        all.addAll(o.misses);
        return new EntityScore(documents + o.documents, goldNames + o.goldNames, systemNames + o.systemNames, matchedNames + o.matchedNames,
                goldLinks + o.goldLinks, systemLinks + o.systemLinks, matchedLinks + o.matchedLinks, all);
    }

    public Prf names() {
        return Prf.of(matchedNames, systemNames, goldNames);
    }

    public Prf links() {
        return Prf.of(matchedLinks, systemLinks, goldLinks);
    }
}
