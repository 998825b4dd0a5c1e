package id.linimasa.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the sources an article credits: a "Sumber: ..." line, an agency line ("REUTERS | TASS",
 * "(AP/AFP)"), a "kantor berita ..." named in prose, and the wire agencies the prose cites
 * ("dikutip dari Reuters", "Interfax melaporkan"). Photo credits in captions are not sources.
 */
final class CreditFinder {

    /** Each agency's names, canonical first (resource agencies.tsv, sources named there). */
    private static final List<List<String>> AGENCIES = loadAgencies();
    /** Every name of an agency, lower case, to its canonical name. */
    private static final Map<String, String> CANONICAL = canonicalNames();
    /** Every agency name as written (case tells "Antara" the agency from "antara" the word), by its first char, longest first so "RIA Novosti" wins over "RIA". */
    private static final Map<Character, List<String>> AGENCY_NAMES = AGENCIES.stream().flatMap(List::stream)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.groupingBy(n -> n.charAt(0), HashMap::new, Collectors.toList()));
    /** AGENCY_NAMES by their first two characters when both are ASCII (packed seven bits each): the scan of every position of the prose looks up most in an array. */
    @SuppressWarnings("unchecked")
    private static final List<String>[] AGENCY_NAMES_ASCII = new List[1 << 14];

    static {
        AGENCY_NAMES.forEach((c, names) -> {
            for (String n : names) {
                if (c >= 128 || n.charAt(1) >= 128) continue;
                int key = c << 7 | n.charAt(1);
                if (AGENCY_NAMES_ASCII[key] == null) AGENCY_NAMES_ASCII[key] = new ArrayList<>();
                AGENCY_NAMES_ASCII[key].add(n);
            }
        });
    }
    private static final Pattern CITING_FOLDED = Pattern.compile("(dikutip|mengutip|kutip|menurut|melaporkan|dilaporkan|laporan|dilansir|melansir|lansir"
            + "|kata|mengatakan|via|sumber|reported|reports|according|told|said|cited|quoted|kantor berita|news agency|wire)");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?iu)^(sumber|source|sumber berita)\\s*:\\s*(.{2,60}?)\\s*\\.?$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");
    /** {@link #creditKey} of every agency name. */
    private static final Map<String, String> AGENCY_KEYS = agencyKeys();
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[|/,]\\s*");
    private static final Pattern AGENCY_LINE = Pattern.compile("^\\(?(\\p{Lu}[\\p{Lu}\\d.]+(?:\\s*[|/,]\\s*\\p{Lu}[\\p{Lu}\\d.]+)*)\\)?$");
    private static final Pattern NEWS_AGENCY = Pattern.compile("(?u)([Kk]antor [Bb]erita)((?:\\s+\\p{Lu}[\\p{L}\\d-]*){1,5})(?:\\s*\\((\\p{Lu}{2,})\\))?");

    private CreditFinder() {
    }

    static List<String> find(List<Block> body, List<Block> around) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Block b : around) {
            String t = b.text();
            // SOURCE_LINE's labels begin with an "s" (a letter other than ASCII may fold onto one)
            Matcher s = !t.isEmpty() && (t.charAt(0) >= 128 || (t.charAt(0) | 0x20) == 's') ? SOURCE_LINE.matcher(t) : null;
            if (s != null && s.matches()) for (String part : LIST_SEPARATOR.split(s.group(2))) add(out, part);
            Matcher a = b.words() <= 6 && t.length() > 2 ? AGENCY_LINE.matcher(t) : null;
            if (a != null && a.matches()) for (String part : LIST_SEPARATOR.split(a.group(1))) add(out, part);
        }
        for (Block b : body) {
            String t = b.text();
            // every NEWS_AGENCY match holds "antor " one character after its start: a plain scan spares most paragraphs the pattern,
            // and the others the positions before it
            int named = t.indexOf("antor ", 1);
            Matcher n = named > 0 ? NEWS_AGENCY.matcher(t).region(named - 1, t.length()) : null;
            while (n != null && n.find()) {
                String name = n.group(2).trim();
                String acronym = null;
                for (String w : Whitespace.split(name)) if (w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().allMatch(Character::isLetter)) acronym = w;
                String known = knownSuffix(n.group(1) + " " + name);
                if (known != null) add(out, known);
                else if (n.group(3) != null) add(out, n.group(3));
                else if (acronym != null) add(out, acronym);
                else add(out, Character.isUpperCase(n.group(1).charAt(0)) ? n.group(1) + " " + name : name);
            }
            for (int at = nameStart(t, 0); at < t.length(); at = nameStart(t, at)) {
                String name = agencyAt(t, at);
                if (name == null) {
                    at++;
                    continue;
                }
                int end = at + name.length();
                // an agency credited already is not looked at again (the prose of a wire story names it often)
                if (!out.containsKey(creditKey(name)) && cites(t, Math.max(0, at - 40), Math.min(t.length(), end + 25))) add(out, name);
                at = end;
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Where an agency name may begin from {@code from} on: a capital or "dpa"'s "d"; other ASCII characters are passed over at once. */
    private static int nameStart(String t, int from) {
        int n = t.length();
        int i = from;
        while (i < n) {
            char c = t.charAt(i);
            if (c >= 128 || c >= 'A' && c <= 'Z' || c == 'd') break;
            i++;
        }
        return i;
    }

    /**
     * The agency name that starts at {@code at} as a word of its own (a capital or "dpa" with no letter before
     * or after it), the longest if several do, or null. One map lookup per position, where a pattern of all
     * the names tried each of them.
     */
    private static String agencyAt(String t, int at) {
        if (at + 1 >= t.length()) return null;
        char c = t.charAt(at);
        char next = t.charAt(at + 1);
        List<String> names = c < 128 && next < 128 ? AGENCY_NAMES_ASCII[c << 7 | next] : AGENCY_NAMES.get(c);
        if (names == null || (at > 0 && Character.isLetter(t.codePointBefore(at)))) return null;
        int first = t.codePointAt(at);
        if (Character.getType(first) != Character.UPPERCASE_LETTER && first != 'd') return null;
        for (String n : names) {
            int end = at + n.length();
            if (t.startsWith(n, at) && (end == t.length() || !Character.isLetter(t.codePointAt(end)))) return n;
        }
        return null;
    }

    /** The agency a phrase ends with ("kantor berita Rusia Interfax", "Kantor Berita Pusat Korea"), or null. */
    private static String knownSuffix(String phrase) {
        String[] w = Whitespace.split(phrase);
        for (int i = 0; i < w.length; i++) {
            String c = CANONICAL.get(String.join(" ", Arrays.asList(w).subList(i, w.length)).toLowerCase(Locale.ROOT));
            if (c != null) return c;
        }
        return null;
    }

    /** Credits are canonical agency names, each once whatever name the page used. */
    private static void add(Map<String, String> out, String name) {
        String n = TRAILING_PUNCTUATION.matcher(name.trim()).replaceAll("");
        if (n.isEmpty()) return;
        String canonical = CANONICAL.getOrDefault(n.toLowerCase(Locale.ROOT), n);
        out.putIfAbsent(canonical.toLowerCase(Locale.ROOT), canonical);
    }

    /** The key {@link #add} files an agency name under (every name is in AGENCY_KEYS), or null when it adds nothing. */
    private static String creditKey(String agencyName) {
        return AGENCY_KEYS.get(agencyName);
    }

    /** Whether t[from, to) holds one of CITING's words. */
    private static boolean cites(String t, int from, int to) {
        // folded char by char as CITING's case-insensitive Unicode matching folds it ("ſ" is an "s", the Kelvin sign a "k"), then
        // matched case-sensitively: the same answer, without folding every char at every place the pattern tries
        char[] folded = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            folded[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 128 ? c : Character.toLowerCase(Character.toUpperCase(c));
        }
        return CITING_FOLDED.matcher(new String(folded)).find();
    }

    private static List<List<String>> loadAgencies() {
        List<List<String>> agencies = new ArrayList<>();
        try (InputStream in = CreditFinder.class.getResourceAsStream("agencies.tsv")) {
            if (in == null) throw new IllegalStateException("resource agencies.tsv missing");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.strip().split("\t");
                List<String> names = new ArrayList<>(List.of(cols[0]));
                if (cols.length > 1) names.addAll(List.of(cols[1].split("\\|")));
                // agencyAt looks names up by their first two characters
                for (String n : names) if (n.length() < 2) throw new IllegalStateException("agencies.tsv: a name needs two characters or more: " + line);
                agencies.add(List.copyOf(names));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(agencies);
    }

    private static Map<String, String> agencyKeys() {
        Map<String, String> keys = new HashMap<>();
        for (List<String> names : AGENCIES) {
            for (String name : names) {
                Map<String, String> one = new LinkedHashMap<>();
                add(one, name);
                if (!one.isEmpty()) keys.put(name, one.keySet().iterator().next());
            }
        }
        return Map.copyOf(keys);
    }

    private static Map<String, String> canonicalNames() {
        Map<String, String> out = new HashMap<>();
        for (List<String> names : AGENCIES) for (String n : names) out.put(n.toLowerCase(Locale.ROOT), names.get(0));
        return Map.copyOf(out);
    }
}
