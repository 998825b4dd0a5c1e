package id.linimasa.entity;

import id.linimasa.text.WordSet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links the names of one article to canonical entities. Catalog names link to their catalog id; a seat of
 * government (Kremlin, Pyongyang, Washington) links to its state when it acts, and to the place itself when
 * it hosts ("di Pyongyang", "ke Moskow", a dateline). People get {@code per:} ids from their fullest name
 * in the article; a later partial mention ("Putin", "Choe") joins the one full name that contains it, and
 * stays unlinked when several do. Other names get a type-prefixed slug of their own.
 */
public final class EntityLinker {

    /** Words before a place that make it the place where something happens rather than an actor. */
    private static final Set<String> HOSTING = WordSet.of("di", "ke", "dari", "menuju", "kota", "ibu", "ibukota", "sekitar",
            "tiba", "dekat", "luar", "seluruh", "wilayah", "kawasan", "at", "in", "to", "from");

    private final EntityCatalog catalog;
    /** The catalog's people with the parts of their names, for {@link #knownPersonWith}. */
    private final Map<String, String[]> catalogPeople = new LinkedHashMap<>();

    public EntityLinker(EntityCatalog catalog) {
        this.catalog = catalog;
        for (Entity e : catalog.all()) if (e.type() == EntityType.PER) catalogPeople.put(e.id(), nameParts(e.name()));
    }

    /** The id a mention links to; {@code previousWord} is the lower-cased word before it, or null. */
    String catalogId(Mention m, String previousWord, boolean dateline) {
        List<String> ids = catalog.lookup(m.text());
        if (ids.isEmpty()) ids = catalog.lookup(stripped(m.text()));
        if (ids.isEmpty()) return null;
        String id = ids.get(0);
        for (String i : ids) {
            if (catalog.get(i).type() == m.type()) {
                id = i;
                break;
            }
        }
        String state = catalog.seatOf(id);
        if (state == null) return id;
        boolean hosts = dateline || (previousWord != null && HOSTING.contains(previousWord));
        return hosts ? id : state;
    }

    /** Persons: full names first, then partial mentions matched against them. Returns mention index to id. */
    Map<Integer, String> persons(List<Mention> mentions) {
        Map<Integer, String> out = new LinkedHashMap<>();
        List<String[]> fullNames = new ArrayList<>();
        List<String> fullIds = new ArrayList<>();
        // Longest names first, so that "Jong Un" can join "Kim Jong Un" as a partial mention below.
        List<Integer> order = new ArrayList<>();
        int[] words = new int[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).type() != EntityType.PER) continue;
            order.add(i);
            words[i] = nameParts(mentions.get(i).text()).length;
        }
        order.sort((a, b) -> Integer.compare(words[b], words[a]));
        Map<String, String> own = new HashMap<>(); // a full name's id, the same at each of its mentions
        for (int i : order) {
            Mention m = mentions.get(i);
            String[] parts = nameParts(m.text());
            if (parts.length < 2) continue;
            boolean partOfLonger = false;
            for (int k = 0; k < fullNames.size() && !partOfLonger; k++) {
                String[] f = fullNames.get(k);
                partOfLonger = f.length > parts.length && containsAll(f, parts);
            }
            if (partOfLonger) continue;
            String id = own.computeIfAbsent(m.text(), name -> {
                String known = knownPerson(name);
                if (known == null) known = knownPersonWith(parts);
                return known != null ? known : "per:" + slug(String.join(" ", parts));
            });
            out.put(i, id);
            if (!fullIds.contains(id)) {
                fullNames.add(parts);
                fullIds.add(id);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.PER || out.containsKey(i)) continue;
            String[] parts = nameParts(m.text());
            if (parts.length == 0) continue;
            Set<String> candidates = new LinkedHashSet<>();
            for (int k = 0; k < fullNames.size(); k++) if (containsAll(fullNames.get(k), parts)) candidates.add(fullIds.get(k));
            if (candidates.size() == 1) out.put(i, candidates.iterator().next());
            else if (candidates.isEmpty()) {
                String known = knownPerson(m.text());
                if (known == null) known = knownPersonWith(parts);
                out.put(i, known != null ? known : "per:" + slug(String.join(" ", parts)));
            }
            // several full names contain it ("Kim" beside "Kim Jong Un" and "Kim Yo Jong"): leave it unlinked
        }
        return out;
    }

    private String knownPerson(String name) {
        for (String id : catalog.lookup(name)) if (catalog.get(id).type() == EntityType.PER) return id;
        return null;
    }

    /**
     * The one catalog person whose name contains all the parts ("Kim" or "Jong Un" for Kim Jong Un), for a
     * partial name the article never gives in full; null when no catalog person or several do.
     */
    String knownPersonWith(String[] parts) {
        String found = null;
        for (var e : catalogPeople.entrySet()) {
            if (!containsAll(e.getValue(), parts)) continue;
            if (found != null) return null;
            found = e.getKey();
        }
        return found;
    }

    private static boolean containsAll(String[] full, String[] part) {
        outer:
        for (String p : part) {
            for (String f : full) if (f.equalsIgnoreCase(p)) continue outer;
            return false;
        }
        return true;
    }

    /**
     * Names cut into their words before (bounded): articles name the same people and bodies again and again, and each
     * name is cut by several rules. The arrays are shared, so no caller may change one.
     */
    private static final Map<String, String[]> PARTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PARTS_MAX = 100_000;

    /** The words of a name that begin with a letter ("Kim Jong-un" Kim, Jong-un; "(KPK)" KPK); not to be changed. */
    static String[] nameParts(String name) {
        String[] parts = PARTS.get(name);
        if (parts == null) {
            parts = cut(name);
            if (PARTS.size() < PARTS_MAX) PARTS.put(name, parts);
        }
        return parts;
    }

    private static String[] cut(String name) {
        if (isOneWord(name)) return Character.isLetter(name.charAt(0)) ? new String[] {name} : new String[0];
        List<String> parts = new java.util.ArrayList<>();
        for (id.linimasa.text.Span t : id.linimasa.text.Tokenizer.tokens(name)) {
            if (Character.isLetter(name.charAt(t.start()))) parts.add(t.of(name));
        }
        return parts.toArray(String[]::new);
    }

    /** Letters and digits only: one token, no tokenising needed. */
    private static boolean isOneWord(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) if (!Character.isLetterOrDigit(name.charAt(i))) return false;
        return true;
    }

    /** Removes brackets and quotes the tagger may have kept: "(KPK)" to "KPK". */
    static String stripped(String text) {
        if (!text.isEmpty() && Character.isLetterOrDigit(text.charAt(0)) && Character.isLetterOrDigit(text.charAt(text.length() - 1))) return text;
        return text.replaceAll("^[\\p{Ps}\\p{Pi}\"'\\s]+|[\\p{Pe}\\p{Pf}\"'\\s]+$", "");
    }

    /** "Choe Son Hui" to "choe_son_hui"; accents dropped so spellings meet. */
    public static String slug(String name) {
        if (isPlain(name)) { // most names: ASCII letters and spaces, no need for the regular expressions
            StringBuilder b = new StringBuilder(name.length());
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') b.append(c); // ASCII: no tables asked
                else if (c >= 'A' && c <= 'Z') b.append((char) (c + 32));
                else if (!b.isEmpty() && b.charAt(b.length() - 1) != '_') b.append('_');
            }
            if (!b.isEmpty() && b.charAt(b.length() - 1) == '_') b.setLength(b.length() - 1);
            return b.toString();
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
    }

    private static boolean isPlain(String name) {
        for (int i = 0; i < name.length(); i++) if (name.charAt(i) >= 128) return false;
        return true;
    }

    /** The id for a place or organisation the catalog does not know. */
    static String ownId(Mention m) {
        return ID_PREFIX[m.type().ordinal()] + slug(stripped(m.text()));
    }

    /** Per type, by ordinal, what its own ids start with ("per:", "loc:", "org:"). */
    private static final String[] ID_PREFIX = java.util.Arrays.stream(EntityType.values())
            .map(t -> t.name().toLowerCase(Locale.ROOT) + ":").toArray(String[]::new);

    List<String> catalogLookup(String name) {
        return catalog.lookup(name);
    }

    String countryNamed(String name) {
        return catalog.countryNamed(name);
    }

    Entity catalogEntity(String id) {
        return catalog.get(id);
    }
}
