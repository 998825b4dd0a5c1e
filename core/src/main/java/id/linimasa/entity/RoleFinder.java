package id.linimasa.entity;

import id.linimasa.text.Span;
import id.linimasa.text.TokenSpans;
import id.linimasa.text.WordSet;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds the role an apposition gives a person: the title and affiliation before the name ("Presiden Rusia
 * Vladimir Putin", "juru bicara Kremlin Dmitry Peskov", "Menteri Luar Negeri Jepang Yoko Kamikawa") or
 * after it between commas ("Dmitry Peskov, juru bicara Kremlin, ..."). The phrase must hold a title word;
 * a place or organisation inside it is the affiliation.
 */
public final class RoleFinder {

    /** Lower-case words a title phrase may hold besides capitalised ones ("juru bicara", "menteri luar negeri"). */
    private static final Set<String> TITLE_LOWER = WordSet.of("juru", "bicara", "menteri", "presiden", "wakil", "ketua",
            "pemimpin", "kepala", "duta", "besar", "direktur", "mantan", "luar", "negeri", "dalam", "pertahanan",
            "sekretaris", "jenderal", "panglima", "utusan", "khusus", "tertinggi", "negara", "perdana", "komandan",
            "umum", "pelaksana", "tugas", "kementerian", "penasihat", "keamanan", "nasional", "senior", "ajudan",
            "gubernur", "bupati", "wali", "kota", "raja", "ratu", "kanselir", "pejabat", "urusan", "deputi", "asisten",
            "dan", "pertama", "kedua", "partai", "komite", "sentral", "pusat", "militer", "angkatan", "darat", "laut", "udara");

    /** Words that may stand between a name's comma and its title: "Ri Hi Yong, seorang sekretaris ...". */
    private static final Set<String> LINKS = WordSet.of("seorang", "sang", "selaku", "sebagai", "yang", "merupakan", "juga", "adalah", "kini", "saat", "ini");

    private final Set<String> titleWords;
    private final EntityCatalog catalog;

    public RoleFinder(EntityCatalog catalog) {
        this.catalog = catalog;
        Set<String> words = new HashSet<>();
        // the abbreviated titles are kept apart from titles.txt, a feature list the NER model was trained with
        for (String file : List.of("titles.txt", "title-abbreviations.txt")) {
            for (String t : EntityCatalog.resourceLines(file)) words.add(t.split(" ")[0].toLowerCase(Locale.ROOT));
        }
        words.addAll(List.of("juru", "menteri", "presiden", "pemimpin", "kepala", "duta", "utusan", "penasihat", "mantan", "wakil", "sekretaris"));
        this.titleWords = WordSet.copyOf(words);
    }

    /**
     * The role given to the person mention at index {@code person} of the sentence's mentions, or null.
     * {@code affiliationOf} maps a mention to the entity id it stands for (null when unlinked).
     */
    public Role find(String text, NameFinder.Tagged s, int person, Function<Mention, String> affiliationOf) {
        Mention p = s.mentions().get(person);
        TokenSpans tokens = s.tokens();
        int first = tokenAt(s, p.span().start());
        Role before = scan(text, s, first - 1, -1, p, affiliationOf);
        if (before != null) return before;
        int last = tokenAt(s, p.span().end() - 1);
        if (last + 1 >= tokens.size() || !s.words().get(last + 1).equals(",")) return null;
        int from = last + 2;
        while (from < tokens.size() && LINKS.contains(s.lower()[from])) from++;
        return scan(text, s, from, 1, p, affiliationOf);
    }

    private Role scan(String text, NameFinder.Tagged s, int from, int step, Mention person, Function<Mention, String> affiliationOf) {
        TokenSpans tokens = s.tokens();
        int i = from;
        int start = -1, end = -1;
        boolean hasTitle = false;
        Mention affiliation = null;
        boolean abbreviated = false;
        while (i >= 0 && i < tokens.size()) {
            Span t = tokens.get(i);
            Mention m = mentionAt(s, t);
            if (m != null) {
                // "Serikat Petani Nusantara (SPN)": the name the bracketed abbreviation stands for is the same body
                if (m.type() == EntityType.PER || affiliation != null && !abbreviated) break;
                abbreviated = false;
                affiliation = m;
                int other = tokenAt(s, step < 0 ? m.span().start() : m.span().end() - 1);
                start = start < 0 ? Math.min(i, other) : Math.min(start, Math.min(i, other));
                end = Math.max(end, Math.max(i, other));
                i = other + step;
                continue;
            }
            String w = s.words().get(i);
            String lw = s.lower()[i];
            // "Menteri Agama (Menag) Nasaruddin Umar", "Ketua Umum ... (KNTI) Dani": a bracketed abbreviation inside the title
            // phrase is part of it, and names the body served when it is one
            int bracket = i + 2 * step;
            if (w.equals(step < 0 ? ")" : "(") && bracket >= 0 && bracket < tokens.size()
                    && s.words().get(bracket).equals(step < 0 ? "(" : ")") && Character.isUpperCase(s.words().get(i + step).charAt(0))) {
                Mention inside = mentionAt(s, tokens.get(i + step));
                if (inside != null && (inside.type() == EntityType.PER || affiliation != null)) break;
                if (inside != null) affiliation = inside;
                abbreviated = inside != null && step < 0;
                i = bracket + step;
                continue;
            }
            boolean titleWord = titleWords.contains(lw);
            boolean capitalised = Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0));
            if (!titleWord && !TITLE_LOWER.contains(lw) && !capitalised) break;
            hasTitle |= titleWord;
            start = start < 0 ? i : Math.min(start, i);
            end = Math.max(end, i);
            i += step;
        }
        if (!hasTitle || start < 0) return null;
        // The phrase must begin with its title ("Presiden Rusia"), not with a stray capitalised word.
        while (start <= end && !titleWords.contains(s.lower()[start])) start++;
        if (start > end) return null;
        Span phrase = new Span(tokens.start(start), tokens.end(end));
        String title = titleText(text, phrase, affiliation);
        if (title.isEmpty()) return null;
        Span evidence = step < 0 ? new Span(phrase.start(), person.span().end()) : new Span(person.span().start(), phrase.end());
        String ministry = affiliation == null ? null : ministryNamed(text, phrase, affiliation);
        if (ministry != null) return new Role(withoutAbbreviation(phrase.of(text)), ministry, evidence);
        return new Role(title, affiliation == null ? null : affiliationOf.apply(affiliation), evidence);
    }

    /**
     * "Menteri Agama": a ministry's field the tagger took for a name the catalog does not know is the ministry the
     * catalog knows by "Kementerian" and the same words; null otherwise.
     */
    private String ministryNamed(String text, Span phrase, Mention affiliation) {
        String title = withoutAbbreviation(phrase.of(text));
        if (!title.startsWith("Menteri ") || !catalog.lookup(affiliation.text()).isEmpty()) return null;
        for (String id : catalog.lookup("Kementerian " + title.substring("Menteri ".length()))) {
            if (catalog.get(id).type() == EntityType.ORG) return id;
        }
        return null;
    }

    /** "Menteri Agama (Menag)" to "Menteri Agama". */
    private static String withoutAbbreviation(String title) {
        if (title.indexOf('(') < 0) return title.strip(); // nothing the pattern matches
        return BRACKETED.matcher(title).replaceAll("").strip();
    }

    private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^)]*\\)");

    /** The phrase without its affiliation: "Menteri Luar Negeri Korea Utara" to "Menteri Luar Negeri". */
    private static String titleText(String text, Span phrase, Mention affiliation) {
        if (affiliation == null || !phrase.contains(affiliation.span())) return phrase.of(text).strip();
        String before = text.substring(phrase.start(), affiliation.span().start()).strip();
        String after = text.substring(affiliation.span().end(), phrase.end()).strip();
        return (before + " " + after).strip();
    }

    private static Mention mentionAt(NameFinder.Tagged s, Span token) {
        for (Mention m : s.mentions()) if (m.span().overlaps(token)) return m;
        return null;
    }

    private static int tokenAt(NameFinder.Tagged s, int offset) {
        int i = TokenSearch.covering(s, offset);
        if (i < 0) throw new IllegalArgumentException("no token at " + offset);
        return i;
    }
}
