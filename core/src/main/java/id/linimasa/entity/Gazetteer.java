package id.linimasa.entity;

import id.linimasa.text.WordSet;
import id.linimasa.text.WordMap;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lower-cased names (one or more tokens) with a category ("COUNTRY", "PLACE", "ORG", "GIVEN", "TITLE"...),
 * matched longest-first over a sentence to give the tagger dictionary features. Saved inside the NER model
 * so that a model always sees the lists it was trained with.
 */
public final class Gazetteer {

    private final Map<String, String> names;
    private final int longest;
    /** Every proper prefix of a name of several tokens ("korea" of "korea utara"): where a longer match may go on. */
    private final java.util.Set<String> prefixes;
    /** Per category its "B-" and "I-" tags, made once: {@link #tag} gives the same strings every time. */
    private final Map<String, String[]> tags;
    /**
     * Per first word of a name of several tokens, the words that may follow it in one: most words that start such a
     * name are not followed by one, which this tells with no key of two words built and looked up.
     */
    private final Map<String, java.util.Set<String>> seconds;

    public Gazetteer(Map<String, String> names) {
        Map<String, String> m = new HashMap<>();
        // one string per category, not one per name as read: its hash is then taken once and stays in the cache
        Map<String, String> categories = new HashMap<>();
        int max = 1;
        for (var e : names.entrySet()) {
            String key = normalise(e.getKey());
            if (key.isEmpty()) continue;
            m.putIfAbsent(key, categories.computeIfAbsent(e.getValue(), c -> c));
            max = Math.max(max, key.split(" ").length);
        }
        this.names = WordMap.copyOf(m);
        this.longest = max;
        this.prefixes = prefixes(m.keySet());
        Map<String, java.util.Set<String>> second = new HashMap<>();
        for (String key : m.keySet()) {
            String[] words = key.split(" ", 3);
            if (words.length > 1) second.computeIfAbsent(words[0], w -> new java.util.HashSet<>()).add(words[1]);
        }
        Map<String, java.util.Set<String>> kept = new HashMap<>();
        second.forEach((first, next) -> kept.put(first, WordSet.copyOf(next)));
        this.seconds = WordMap.copyOf(kept);
        Map<String, String[]> t = new HashMap<>();
        for (String cat : m.values()) t.computeIfAbsent(cat, c -> new String[] {"B-" + c, "I-" + c});
        this.tags = Map.copyOf(t);
    }

    /** Every tag {@link #tag} can give: "O", then "B-CAT" and "I-CAT" of each category. */
    List<String> tagValues() {
        List<String> out = new java.util.ArrayList<>(List.of("O"));
        for (String[] t : tags.values()) out.addAll(List.of(t));
        return out;
    }

    /** Every proper prefix, at a space, of the keys of several tokens. */
    static java.util.Set<String> prefixes(java.util.Collection<String> keys) {
        java.util.Set<String> p = new java.util.HashSet<>();
        for (String key : keys) {
            for (int at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) p.add(key.substring(0, at));
        }
        return WordSet.copyOf(p);
    }

    /**
     * Joins the name's tokens with single spaces, lower-cased, as {@link #tag} looks them up; acronyms
     * ("AS", "RI", "UN") keep their case so they do not match the words "as", "Ri" or "Un".
     */
    public static String normalise(String name) {
        if (isPlain(name)) return key(List.of(name)); // one word: no tokenising
        return key(id.linimasa.text.Tokenizer.tokens(name).stream().map(s -> s.of(name)).toList());
    }

    /** Whether the name is one token of letters and digits, as most names looked up are. */
    private static boolean isPlain(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) if (!Character.isLetterOrDigit(name.charAt(i))) return false;
        return true;
    }

    /** {@link #normalise} for a name already cut into tokens. */
    static String key(List<String> tokens) {
        String joined = tokens.size() == 1 ? tokens.getFirst() : String.join(" ", tokens);
        return isAcronym(joined) ? joined : joined.toLowerCase(Locale.ROOT);
    }

    /** {@link #key} of one word, with its lower case known. */
    static String key(String word, String lower) {
        return isAcronym(word) ? word : lower;
    }

    static boolean isAcronym(String name) {
        if (name.length() < 2 || name.length() > 4) return false;
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) return name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
            if (c >= 'a' && c <= 'z') return false;
            letter |= c >= 'A' && c <= 'Z';
        }
        return letter; // ASCII: upper-cased as it stands, and a letter among its chars
    }

    /** The category of a single token ("AS" or "jakarta"), or null. */
    public String category(String token) {
        String c = isAcronym(token) ? names.get(token) : null;
        return c != null ? c : names.get(token.toLowerCase(Locale.ROOT));
    }

    /** Per token: "B-CAT" or "I-CAT" inside the longest gazetteer match, "O" elsewhere. */
    public String[] tag(String[] tokens, String[] lower) {
        int n = lower.length;
        String[] first = new String[n];
        boolean[] goesOn = new boolean[n];
        for (int i = 0; i < n; i++) {
            first[i] = startCategory(tokens[i], lower[i]);
            goesOn[i] = goesOn(lower[i]);
        }
        return tag(lower, first, goesOn, n);
    }

    /** The category of the name of one token that {@link #tag} matches at this token, or null. */
    String startCategory(String token, String lower) {
        String c = isAcronym(token) ? names.get(token) : null;
        return c != null ? c : names.get(lower);
    }

    /** Whether a name of several tokens begins with this lower-cased token. */
    boolean goesOn(String lower) {
        return prefixes.contains(lower);
    }

    /**
     * {@link #tag(String[], String[])} with each token's {@link #startCategory} and {@link #goesOn} known (the
     * tagger keeps them per word), for the first n tokens: keys of several tokens are built only where a name may go on.
     */
    String[] tag(String[] lower, String[] first, boolean[] goesOn, int n) {
        String[] out = new String[n];
        java.util.Arrays.fill(out, "O");
        int i = 0;
        while (i < n) {
            int matched = first[i] == null ? 0 : 1;
            String cat = first[i];
            String key = lower[i];
            for (int k = 1; goesOn[i] && k < longest && i + k < n; k++) {
                if (k == 1 && !seconds.getOrDefault(lower[i], java.util.Set.of()).contains(lower[i + 1])) break;
                key = key + ' ' + lower[i + k];
                String c = names.get(key);
                if (c != null) {
                    matched = k + 1;
                    cat = c;
                }
                if (!prefixes.contains(key)) break;
            }
            if (matched == 0) {
                i++;
                continue;
            }
            String[] t = tags.get(cat);
            for (int k = 0; k < matched; k++) out[i + k] = t[k == 0 ? 0 : 1];
            i += matched;
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(names.size());
        for (var e : new java.util.TreeMap<>(names).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    static Gazetteer read(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, String> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) m.put(in.readUTF(), in.readUTF());
        return new Gazetteer(m);
    }
}
