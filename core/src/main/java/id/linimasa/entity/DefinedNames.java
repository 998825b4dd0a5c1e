package id.linimasa.entity;

import id.linimasa.text.Span;
import id.linimasa.text.WordSet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * "Mujahidin Indonesia Timur (MIT)", "Tehrik-i-Taliban Pakistan (TTP)", "Serikat Pekerja Nasional (SPN)": capitalised
 * words whose initials spell the acronym in brackets after them are one name, however the tagger cut them or whether
 * it saw them at all. A name that holds a state's name among other words is a body named after the state, not the
 * state: an armed group, a union, a federation. So is a body's name led by its head word before any acronym
 * ("Mahkamah Internasional (ICJ)"). A name that goes on after the bracket ("Konferensi Tingkat Tinggi (KTT)
 * ASEAN", "Kepolisian Daerah (Polda) Jawa Tengah") is left to the tagger, unless a person's name follows.
 */
final class DefinedNames {

    /** Lower-case words inside a name that its acronym skips ("Badan Pengawas Obat dan Makanan (BPOM)"). */
    private static final Set<String> CONNECTORS = WordSet.of("dan", "untuk", "bagi", "atas", "dari", "se", "of", "and", "for", "the", "on", "in");
    /** How many words a name spelled by its acronym may take. */
    private static final int LONGEST = 10;

    private final EntityCatalog catalog;
    /** The type a name's leading words give it ("Serikat ..." ORG), or null. */
    private final Function<List<String>, EntityType> headType;

    DefinedNames(EntityCatalog catalog, Function<List<String>, EntityType> headType) {
        this.catalog = catalog;
        this.headType = headType;
    }

    /**
     * Joins each name defined by an acronym into one mention, adds the acronym as a mention of the same type where the
     * tagger missed it, and returns the names and acronyms so joined with their types, for their other uses.
     */
    Map<String, EntityType> join(String text, List<NameFinder.Tagged> sentences) {
        Map<String, EntityType> joined = new LinkedHashMap<>();
        for (NameFinder.Tagged t : sentences) {
            List<String> w = t.words();
            for (int i = 2; i + 2 < w.size(); i++) {
                if (!"(".equals(w.get(i)) || !")".equals(w.get(i + 2))) continue;
                // "Konferensi Tingkat Tinggi (KTT) ASEAN": the name goes on after the bracket, so its words before are no
                // name; a person there is the holder of a title ("Ketua Umum Kesatuan Nelayan Tradisional Indonesia (KNTI) Dani")
                if (i + 3 < w.size() && t.capital()[i + 3] && !personAt(t, i + 3)) continue;
                String acronym = acronymLetters(w.get(i + 1));
                if (acronym == null) continue;
                int start = nameStart(t, i, acronym);
                if (start < 0) start = spelledStart(t, i, acronym);
                if (start < 0) start = headedStart(t, i);
                if (start < 0) continue;
                Span name = new Span(t.tokens().start(start), t.tokens().end(i - 1));
                List<Mention> ms = t.mentions();
                Mention whole = null;
                for (Mention m : ms) if (m.span().equals(name)) whole = m;
                EntityType type = whole != null ? whole.type() : typeOf(text, t, name, start, i);
                if (type == null) continue;
                if (whole == null) {
                    ms.removeIf(m -> name.contains(m.span()));
                    ms.add(new Mention(name, name.of(text), type, null));
                }
                Span acr = t.tokens().get(i + 1);
                if (ms.stream().noneMatch(m -> m.span().overlaps(acr))) ms.add(new Mention(acr, w.get(i + 1), type, null));
                joined.put(name.of(text), type);
                joined.put(w.get(i + 1), type);
            }
        }
        return joined;
    }

    private static boolean personAt(NameFinder.Tagged t, int token) {
        int start = t.tokens().start(token);
        for (Mention m : t.mentions()) if (m.span().start() == start && m.type() == EntityType.PER) return true;
        return false;
    }

    /** The acronym's letters in upper case, or null when the word is no acronym ("(41)", "(Persero)"). */
    private static String acronymLetters(String w) {
        if (w.length() < 2 || w.length() > 8 || !Character.isUpperCase(w.charAt(0))) return null;
        int upper = 0;
        StringBuilder letters = new StringBuilder();
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c)) return null;
            if (Character.isUpperCase(c)) upper++;
            letters.append(Character.toUpperCase(c));
        }
        return upper >= 2 ? letters.toString() : null;
    }

    /** Where the name whose initials spell the acronym starts, ending right before the bracket at {@code open}; or -1. */
    private static int nameStart(NameFinder.Tagged t, int open, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (int s = open - 1; s >= 0 && open - s <= LONGEST; s--) {
            String word = t.words().get(s);
            if (CONNECTORS.contains(word)) {
                if (s == open - 1) return -1;
                continue;
            }
            if (!t.capital()[s]) return -1;
            String own = initials(word);
            if (own == null) return -1;
            initials.insert(0, own);
            if (initials.length() > acronym.length()) return -1;
            if (initials.length() == acronym.length()) return initials.toString().equals(acronym) && s < open - 1 ? s : -1;
        }
        return -1;
    }

    /**
     * "Southeast Asian Fisheries Development Center (SEAFDEC)": an acronym that takes more than the first letter of some
     * words; the start of the longest run of capitalised words (and connectors) before the bracket that spells it, each
     * word giving its first letter and maybe some later ones in order, each connector nothing or its first; or -1.
     */
    private static int spelledStart(NameFinder.Tagged t, int open, String acronym) {
        int first = open;
        while (first - 1 >= 0 && open - first < LONGEST && (t.capital()[first - 1] || CONNECTORS.contains(t.words().get(first - 1)) && first < open)) first--;
        for (int s = first; s < open - 1; s++) {
            if (!t.capital()[s]) continue;
            if (spells(t.words().subList(s, open), 0, acronym, 0)) return s;
        }
        return -1;
    }

    /** Whether words from {@code w} on spell the acronym's letters from {@code a} on (see {@link #spelledStart}). */
    private static boolean spells(List<String> words, int w, String acronym, int a) {
        if (w == words.size()) return a == acronym.length();
        String word = words.get(w).toUpperCase(java.util.Locale.ROOT);
        if (CONNECTORS.contains(words.get(w)) && spells(words, w + 1, acronym, a)) return true;
        if (a == acronym.length() || word.charAt(0) != acronym.charAt(a)) return false;
        // the word's first letter, then any of its later letters in order, then the next word
        int next = a + 1;
        if (spells(words, w + 1, acronym, next)) return true;
        for (int k = 1; k < word.length() && next < acronym.length(); k++) {
            if (word.charAt(k) != acronym.charAt(next)) continue;
            next++;
            if (spells(words, w + 1, acronym, next)) return true;
        }
        return false;
    }

    /**
     * "Mahkamah Internasional (ICJ)", "Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (KontraS)": an acronym from
     * another language or shaped freely; the nearest capitalised word before the bracket, over capitalised words and
     * connectors, that heads a body's name ({@link #headType}) starts the name; -1 when none does.
     */
    private int headedStart(NameFinder.Tagged t, int open) {
        for (int s = open - 1; s >= 0 && open - s <= LONGEST; s--) {
            String word = t.words().get(s);
            if (CONNECTORS.contains(word) && s < open - 1) continue;
            if (!t.capital()[s] || initials(word) == null) return -1;
            if (s < open - 1 && headType.apply(t.words().subList(s, open)) == EntityType.ORG) return s;
        }
        return -1;
    }

    /** A capitalised word's initials: its first letter and each capital after a hyphen ("Tehrik-i-Taliban" TT); null for no word. */
    private static String initials(String word) {
        StringBuilder out = new StringBuilder().append(word.charAt(0));
        for (int k = 1; k < word.length(); k++) {
            char c = word.charAt(k);
            if (!Character.isLetter(c) && c != '-') return null;
            if (word.charAt(k - 1) == '-' && Character.isUpperCase(c)) out.append(c);
        }
        return out.toString();
    }

    /**
     * The joined name's type: the catalog's, the head word's, a body's for an English body word at its end, or the one
     * type of the names the tagger found inside when none is a state; a body when they are mixed or hold a state. Null
     * when a found name reaches out of it, or nothing types it (an ordinary term).
     */
    private EntityType typeOf(String text, NameFinder.Tagged t, Span name, int start, int open) {
        EntityType inner = null;
        boolean mixed = false, state = false;
        for (Mention m : t.mentions()) {
            if (!m.span().overlaps(name)) continue;
            if (!name.contains(m.span())) return null;
            if (inner != null && inner != m.type()) mixed = true;
            inner = m.type();
            state |= catalog.countryNamed(m.text()) != null;
        }
        for (String id : catalog.lookup(name.of(text))) return catalog.get(id).type();
        EntityType head = headType.apply(t.words().subList(start, open));
        if (head != null) return head;
        if (NameFinder.companyTail(name.of(text))) return EntityType.ORG; // "... Management Authority (AFMA)": no person
        // nothing types it: an ordinary term spelled by its acronym ("Bahan Bakar Minyak (BBM)"), no name
        return inner == null ? null : !mixed && !state ? inner : EntityType.ORG;
    }
}
