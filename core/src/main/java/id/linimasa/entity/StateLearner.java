package id.linimasa.entity;

import id.linimasa.text.Span;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Learns from one article which names the catalog does not know stand for states: a capitalised name
 * governed by words that only states have ("pemerintah X", "Presiden X", "Kedutaan Besar X", "warga X",
 * "perbatasan X"). Hidden pages are full of states no list holds (or that are invented, as in the example
 * corpus); the article's own wording says what they are.
 */
final class StateLearner {

    /** Words whose object is a state; a weight of 1 settles it, 0.5 needs a second piece of evidence. */
    private static final Map<String, Double> CUES = Map.ofEntries(
            Map.entry("negara", 1.0), Map.entry("pemerintah", 1.0), Map.entry("kedutaan besar", 1.0),
            Map.entry("kedubes", 1.0), Map.entry("penjaga pantai", 1.0), Map.entry("kementerian luar negeri", 1.0),
            Map.entry("kemlu", 1.0), Map.entry("ibu kota", 1.0), Map.entry("ibukota", 1.0), Map.entry("presiden", 1.0),
            Map.entry("wakil presiden", 1.0), Map.entry("perdana menteri", 1.0), Map.entry("pm", 1.0),
            Map.entry("menlu", 1.0), Map.entry("menteri luar negeri", 1.0), Map.entry("menteri pertahanan", 1.0),
            Map.entry("duta besar", 1.0), Map.entry("dubes", 1.0), Map.entry("kepala negara", 1.0),
            Map.entry("angkatan laut", 1.0), Map.entry("angkatan darat", 1.0), Map.entry("angkatan udara", 1.0),
            Map.entry("militer", 1.0), Map.entry("warga", 0.5), Map.entry("rakyat", 0.5), Map.entry("perbatasan", 0.5),
            Map.entry("tentara", 0.5), Map.entry("pasukan", 0.5), Map.entry("parlemen", 0.5));
    private static final int LONGEST_CUE = 3;
    private static final Set<String> MINISTRY = Set.of("kementerian", "kementrian", "kedutaan", "kemlu", "kemhan");

    private final EntityCatalog catalog;
    private final Gazetteer gazetteer;
    private final Set<String> heads;

    StateLearner(EntityCatalog catalog, Gazetteer gazetteer, Set<String> heads) {
        this.catalog = catalog;
        this.gazetteer = gazetteer;
        this.heads = heads;
    }

    /**
     * The names of the article's sentences that stand for states. A cue followed by a further capitalised
     * word ("Presiden Varenia Tomas Velkan" or "Presiden Joko Widodo") counts half; a name the tagger
     * calls a person more often than the cues call it a state stays a person ("Presiden Jokowi").
     */
    Set<String> learn(String text, List<NameFinder.Tagged> sentences) {
        Map<String, Double> score = new HashMap<>();
        for (NameFinder.Tagged t : sentences) {
            List<Span> tokens = t.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                String name = tokens.get(i).of(text);
                if (!candidate(name)) continue;
                double cue = cueBefore(text, tokens, i);
                if (cue == 0) continue;
                boolean more = i + 1 < tokens.size() && Character.isUpperCase(text.charAt(tokens.get(i + 1).start()));
                score.merge(name, more ? cue / 2 : cue, Double::sum);
            }
        }
        for (NameFinder.Tagged t : sentences) {
            for (Mention m : t.mentions()) { // "Kementerian Perikanan Halvekia": a ministry's last word is its state
                String[] words = EntityLinker.nameParts(m.text());
                if (m.type() == EntityType.ORG && words.length > 1 && MINISTRY.contains(words[0].toLowerCase(Locale.ROOT))
                        && candidate(words[words.length - 1])) score.merge(words[words.length - 1], 1.0, Double::sum);
            }
        }
        if (score.isEmpty()) return Set.of();
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (NameFinder.Tagged t : sentences) {
            for (Mention m : t.mentions()) {
                if (score.containsKey(m.text())) votes.computeIfAbsent(m.text(), k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
            }
        }
        Set<String> states = new LinkedHashSet<>();
        score.forEach((name, s) -> {
            Map<EntityType, Integer> v = votes.getOrDefault(name, Map.of());
            int per = v.getOrDefault(EntityType.PER, 0), other = v.getOrDefault(EntityType.LOC, 0) + v.getOrDefault(EntityType.ORG, 0);
            if (s >= 1 && s + other > per) states.add(name);
        });
        return states;
    }

    /** A capitalised word no list knows: not an acronym, not a known entity, ordinary word, title or head. */
    private boolean candidate(String w) {
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1))) return false;
        if (w.equals(w.toUpperCase(Locale.ROOT))) return false;
        return gazetteer.category(w) == null && !heads.contains(w.toLowerCase(Locale.ROOT)) && catalog.lookup(w).isEmpty();
    }

    /** The weight of the longest cue that ends right before token {@code i}, or 0. */
    private static double cueBefore(String text, List<Span> tokens, int i) {
        StringBuilder phrase = new StringBuilder();
        double found = 0;
        for (int k = 1; k <= LONGEST_CUE && i - k >= 0; k++) {
            String w = tokens.get(i - k).of(text).toLowerCase(Locale.ROOT);
            phrase.insert(0, k == 1 ? w : w + " ");
            Double weight = CUES.get(phrase.toString());
            if (weight != null) found = weight;
        }
        return found;
    }
}
