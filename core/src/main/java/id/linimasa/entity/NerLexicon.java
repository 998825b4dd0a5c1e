package id.linimasa.entity;

import java.util.LinkedHashMap;
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
        return new Gazetteer(names);
    }

    private static void add(Map<String, String> names, String resource, String category) {
        for (String line : EntityCatalog.resourceLines(resource)) names.putIfAbsent(line, category);
    }
}
