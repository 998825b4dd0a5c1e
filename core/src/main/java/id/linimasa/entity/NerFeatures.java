package id.linimasa.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features the NER tagger sees at one token: features that carry across texts rather than memorised
 * names. Word identity and its neighbours, word shape, affixes (including Indonesian morphology: me-, di-,
 * ber-, ter-, pe-, ke-, -kan, -nya, -an, -i), capitalisation with and without sentence start, and which
 * gazetteer names (countries, places, organisations, given names, titles) cover the token and its neighbours.
 */
public final class NerFeatures {

    private static final String[] PREFIXES = {"meng", "meny", "mem", "men", "me", "di", "ber", "ter", "pe", "per", "ke", "se"};
    private static final String[] SUFFIXES = {"kan", "nya", "an", "i", "lah", "kah", "wan", "wati"};

    private final Gazetteer gazetteer;

    public NerFeatures(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Per-token feature lists for a whole sentence (gazetteer matches need the sentence). */
    public List<List<String>> sentence(List<String> tokens) {
        List<List<String>> out = contextual(tokens);
        for (int i = 0; i < tokens.size(); i++) out.get(i).addAll(intrinsic(tokens.get(i)));
        return out;
    }

    /** The features of the word alone, whatever its context: the tagger caches their sum per word. */
    static List<String> intrinsic(String w) {
        List<String> f = new ArrayList<>(24);
        String lw = w.toLowerCase(Locale.ROOT);
        f.add("b");
        f.add("w=" + lw);
        f.add("W=" + w);
        f.add("s=" + shortShape(w));
        f.add("S=" + longShape(w));
        for (int k = 1; k <= 4 && k < lw.length(); k++) {
            f.add("p" + k + "=" + lw.substring(0, k));
            f.add("x" + k + "=" + lw.substring(lw.length() - k));
        }
        for (String p : PREFIXES) {
            if (lw.length() > p.length() + 2 && lw.startsWith(p)) {
                f.add("ap=" + p);
                break;
            }
        }
        for (String s : SUFFIXES) {
            if (lw.length() > s.length() + 2 && lw.endsWith(s)) {
                f.add("as=" + s);
                break;
            }
        }
        if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) f.add("caps");
        if (w.indexOf('-') > 0) f.add("hy");
        f.add("len=" + Math.min(w.length(), 8));
        return f;
    }

    /** Per token, the features that depend on its neighbours, its place in the sentence and the gazetteer. */
    List<List<String>> contextual(List<String> tokens) {
        List<List<String>> out = local(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            for (int d : OFFSETS) {
                int j = i + d;
                out.get(i).addAll(neighbour(j < 0 || j >= tokens.size() ? null : tokens.get(j), d));
            }
        }
        return out;
    }

    /** The offsets of the neighbours whose own words are features. */
    static final int[] OFFSETS = {-2, -1, 1, 2};

    /**
     * The features a word gives the token {@code d} places away from it ({@code word} null beyond the
     * sentence): they depend on the word alone, so the tagger caches their sum per word and offset.
     */
    static List<String> neighbour(String word, int d) {
        if (word == null) return List.of("w" + d + "=" + (d < 0 ? "<s>" : "</s>"), "s" + d + "=_");
        String lj = word.toLowerCase(Locale.ROOT);
        List<String> f = new ArrayList<>(4);
        f.add("w" + d + "=" + lj);
        f.add("s" + d + "=" + shortShape(word));
        if (lj.length() > 3) {
            f.add("x3" + d + "=" + lj.substring(lj.length() - 3));
            f.add("p2" + d + "=" + lj.substring(0, 2));
        }
        return f;
    }

    /** The contextual features other than the neighbours' own words ({@link #neighbour}), as strings. */
    List<List<String>> local(List<String> tokens) {
        Context c = context(tokens);
        List<List<String>> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            List<String> f = new ArrayList<>(12);
            local(c, i, f);
            out.add(f);
        }
        return out;
    }

    /** What the contextual features of a sentence's tokens are made of: each token lower-cased, its shape and gazetteer tag. */
    private record Context(List<String> tokens, String[] lower, String[] shape, String[] gaz) {
    }

    private Context context(List<String> tokens) {
        int n = tokens.size();
        String[] lower = new String[n];
        String[] shape = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = tokens.get(i).toLowerCase(Locale.ROOT);
            shape[i] = shortShape(tokens.get(i));
        }
        return new Context(tokens, lower, shape, gazetteer.tag(tokens.toArray(String[]::new), lower));
    }

    static final String[] GAZ_PREFIX = java.util.Arrays.stream(OFFSETS).mapToObj(d -> "g" + d + "=").toArray(String[]::new);

    /**
     * Token i's contextual features other than its neighbours' own words, in a fixed order (the tagger's sums follow
     * it), added to {@code f}. A feature of several parts joins them with '|'.
     */
    private static void local(Context c, int i, List<String> f) {
        String[] lower = c.lower(), shape = c.shape(), gaz = c.gaz();
        String lw = lower[i];
        boolean first = i == 0 || isOpening(c.tokens().get(i - 1));
        f.add((first ? "s1=F" : "s1=M") + shape[i]);
        for (int k = 0; k < OFFSETS.length; k++) {
            int j = i + OFFSETS[k];
            f.add(GAZ_PREFIX[k] + (j < 0 || j >= gaz.length ? "_" : gaz[j]));
        }
        String prev = i == 0 ? "<s>" : lower[i - 1];
        String next = i + 1 == lower.length ? "</s>" : lower[i + 1];
        f.add("w-1w=" + prev + "|" + lw);
        f.add("ww+1=" + lw + "|" + next);
        f.add("w-1w+1=" + prev + "|" + next);
        f.add("s-1s=" + (i == 0 ? "_" : shape[i - 1]) + "|" + shape[i] + "|" + (i + 1 == lower.length ? "_" : shape[i + 1]));
        f.add("g=" + gaz[i]);
        f.add("gs=" + gaz[i] + "|" + shape[i]);
    }

    /** Features that name the word itself (not its neighbours, shape or affixes). */
    static boolean isWordIdentity(String feature) {
        return feature.startsWith("w=") || feature.startsWith("W=") || feature.startsWith("w-1w=") || feature.startsWith("ww+1=");
    }

    static boolean isOpening(String token) {
        return token.length() == 1 && "\"“‘'(:".indexOf(token.charAt(0)) >= 0;
    }

    /** "Jakarta" Xx, "KPK" X, "29/10/2013" 9/9/9, "McDonald" XxXx: classes with repeats collapsed. */
    static String shortShape(String w) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = cls(w.charAt(i));
            if (c != last) b.append(c);
            last = c;
        }
        return b.toString();
    }

    private static String longShape(String w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length() && b.length() < 6; i++) b.append(cls(w.charAt(i)));
        return b.toString();
    }

    private static char cls(char c) {
        if (Character.isUpperCase(c)) return 'X';
        if (Character.isLowerCase(c)) return 'x';
        if (Character.isDigit(c)) return '9';
        return c;
    }
}
