package id.linimasa.entity;

import id.linimasa.text.WordSet;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words that head organisation and place names and people's titles ("Kementerian", "Kabupaten", "Menteri"):
 * many names share them, so they say little about which name it is.
 */
public final class NameHeads {

    private static final Set<String> WORDS = load();

    private NameHeads() {
    }

    /** Whether the lower-case word is (part of) a name head or title. */
    public static boolean contains(String lowerWord) {
        return WORDS.contains(lowerWord);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String file : new String[]{"org-heads.txt", "place-heads.txt", "titles.txt"}) {
            for (String line : EntityCatalog.resourceLines(file)) {
                for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (!w.isEmpty()) words.add(w);
            }
        }
        return WordSet.copyOf(words);
    }
}
