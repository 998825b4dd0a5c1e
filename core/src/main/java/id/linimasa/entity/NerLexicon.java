package id.linimasa.entity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link Gazetteer} the NER model is trained with: the catalog's names (countries, places,
 * organisations) and the word lists beside this class (Indonesian places, given names, titles, and the
 * words that head organisation and place names).
 */
public final class NerLexicon {

    private NerLexicon() {
    }

    public static Gazetteer gazetteer(EntityCatalog catalog) {
        return gazetteer(catalog, List.of());
    }

    /**
     * With the words that the training text writes in lower case (at least twice): a capitalised word
     * whose lower-case form is an ordinary word is less likely a name than one never seen in lower case.
     */
    public static Gazetteer gazetteer(EntityCatalog catalog, List<NerSentence> text) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Entity e : catalog.all()) {
            String cat = e.type() == EntityType.LOC && e.id().equals(e.country()) ? "COUNTRY" : e.type().name();
            names.putIfAbsent(e.name(), cat);
            for (String a : e.aliases()) names.putIfAbsent(a, cat);
        }
        add(names, "places.txt", "LOC");
        add(names, "titles.txt", "TITLE");
        add(names, "org-heads.txt", "ORGHEAD");
        add(names, "place-heads.txt", "LOCHEAD");
        add(names, "given-names.txt", "GIVEN");
        Map<String, Integer> lower = new HashMap<>();
        for (NerSentence sentence : text) {
            for (String t : sentence.tokens()) {
                if (Character.isLowerCase(t.charAt(0))) lower.merge(t, 1, Integer::sum);
            }
        }
        lower.forEach((w, n) -> {
            if (n >= 2) names.putIfAbsent(w, "WORD");
        });
        return new Gazetteer(names);
    }

    private static void add(Map<String, String> names, String resource, String category) {
        for (String line : EntityCatalog.resourceLines(resource)) names.putIfAbsent(line, category);
    }
}
