package id.linimasa.story;

import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.entity.Mention;
import id.linimasa.entity.NameHeads;
import id.linimasa.extract.Article;
import id.linimasa.text.Stopwords;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names an article is about, as story matching compares them: a country by its id (one id whatever
 * the text calls it), every other named entity by the distinctive words of its mentions ("Bengkalis" for
 * "Kabupaten Bengkalis", "Pemerintah Kabupaten Bengkalis" and the town alike, which entity linking may
 * keep apart). Left out: name heads and titles ("Kementerian", "Menteri"), the dateline (where the report
 * was filed, not what it is about) and the outlet's own name.
 */
public final class TopicNames {

    /** Countries are named in many unrelated stories: a shared country is weaker evidence than a shared person or place. */
    static final double COUNTRY_WEIGHT = 0.5;
    private static final int MIN_WORD = 4;

    private TopicNames() {
    }

    public static Set<String> of(Analysis a) {
        Article article = a.article();
        int datelineEnd = datelineEnd(article);
        String outlet = article.outlet() == null ? "" : letters(article.outlet());
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : a.entities()) byId.put(e.id(), e);
        Set<String> names = new HashSet<>();
        for (Mention m : a.mentions()) {
            Entity e = m.entityId() == null ? null : byId.get(m.entityId());
            if (e == null || m.span().start() < datelineEnd) continue;
            String mentioned = letters(m.text());
            if (!outlet.isEmpty() && !mentioned.isEmpty() && outlet.contains(mentioned)) continue;
            if (isCountry(e)) {
                names.add(e.id());
                continue;
            }
            for (String w : m.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() >= MIN_WORD && !NameHeads.contains(w) && !Stopwords.isStopword(w)) names.add(w);
            }
        }
        return names;
    }

    /** A country's id is its own country code (ISO alpha-3), lower-case name words never are. */
    static boolean isCountryKey(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

    static double weight(String name) {
        return isCountryKey(name) ? COUNTRY_WEIGHT : 1;
    }

    private static boolean isCountry(Entity e) {
        return e.id().equals(e.country());
    }

    /** End of the dateline place when the body opens with it ("JAKARTA, kabarnusa.com –"), else 0; the outlet after it is left out as the outlet. */
    private static int datelineEnd(Article a) {
        String d = a.dateline();
        return d == null || d.isBlank() || !a.text().regionMatches(true, 0, d, 0, d.length()) ? 0 : d.length();
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }
}
