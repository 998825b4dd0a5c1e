package id.linimasa.entity;

import id.linimasa.text.Span;
import id.linimasa.text.TokenSpans;
import id.linimasa.text.WordSet;
import id.linimasa.text.WordMap;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Learns from one article which names the catalog does not know stand for states: a capitalised name
 * governed by words that only states have ("pemerintah X", "Presiden X", "Kedutaan Besar X", "warga X",
 * "perbatasan X"). Hidden pages are full of states no list holds (or that are invented, as in the example
 * corpus); the article's own wording says what they are.
 */
final class StateLearner {

    /** Words whose object is a state; a weight of 1 settles it, 0.5 needs a second piece of evidence. */
    private static final Map<String, Double> CUES = WordMap.copyOf(Map.ofEntries(
            Map.entry("negara", 1.0), Map.entry("pemerintah", 1.0), Map.entry("kedutaan besar", 1.0),
            Map.entry("kedubes", 1.0), Map.entry("penjaga pantai", 1.0), Map.entry("kementerian luar negeri", 1.0),
            Map.entry("kemlu", 1.0), Map.entry("ibu kota", 1.0), Map.entry("ibukota", 1.0), Map.entry("presiden", 1.0),
            Map.entry("wakil presiden", 1.0), Map.entry("perdana menteri", 1.0), Map.entry("pm", 1.0),
            Map.entry("menlu", 1.0), Map.entry("menteri luar negeri", 1.0), Map.entry("menteri pertahanan", 1.0),
            Map.entry("duta besar", 1.0), Map.entry("dubes", 1.0), Map.entry("kepala negara", 1.0),
            Map.entry("angkatan laut", 1.0), Map.entry("angkatan darat", 1.0), Map.entry("angkatan udara", 1.0),
            Map.entry("militer", 1.0), Map.entry("warga", 0.5), Map.entry("rakyat", 0.5), Map.entry("perbatasan", 0.5),
            Map.entry("tentara", 0.5), Map.entry("pasukan", 0.5), Map.entry("parlemen", 0.5),
            Map.entry("kepresidenan", 1.0), Map.entry("berbendera", 1.0), Map.entry("kewarganegaraan", 1.0),
            Map.entry("kantor berita", 0.5), Map.entry("kamar dagang", 0.5)));
    private static final int LONGEST_CUE = 3;
    /** The last words of the cues: a word before a name that is none of them ends no cue. */
    private static final Set<String> CUE_ENDS = WordSet.copyOf(CUES.keySet().stream().map(c -> c.substring(c.lastIndexOf(' ') + 1)).toList());
    /** The first words of the cues of several words: a phrase that begins with no such word is no cue. */
    private static final Set<String> CUE_STARTS = WordSet.copyOf(CUES.keySet().stream().filter(c -> c.indexOf(' ') > 0)
            .map(c -> c.substring(0, c.indexOf(' '))).toList());
    /**
     * Acts only states do, told with the name as subject ("X menjatuhkan sanksi terhadap ..."): each use counts
     * half, so one act settles nothing; a name that is ever part of a longer name (a person's) gets none.
     */
    private static final Set<String> STATE_ACTS = WordSet.of("menjatuhkan sanksi", "memberlakukan sanksi", "mengenakan sanksi",
            "memutuskan hubungan", "mengusir duta", "memanggil duta", "menarik duta", "menginvasi", "mencaplok",
            "menganeksasi", "meratifikasi", "melarang kapal", "menutup perbatasan", "menutup wilayah", "membekukan impor",
            "mengakui kemerdekaan", "menempatkan pasukan", "mengerahkan pasukan");
    /** The first words of {@link #STATE_ACTS}. */
    private static final Set<String> ACT_STARTS = WordSet.copyOf(STATE_ACTS.stream().map(a -> a.split(" ")[0]).toList());
    /** Words that may stand between a subject and its verb. */
    private static final Set<String> BEFORE_VERB = WordSet.of("telah", "sudah", "akan", "juga", "justru", "pun", "kembali",
            "resmi", "secara", "langsung", "baru", "bahkan", "segera", "lalu", "kemudian");
    private static final Set<String> MINISTRY = WordSet.of("kementerian", "kementrian", "kedutaan", "kemlu", "kemhan");

    private final EntityCatalog catalog;
    private final Gazetteer gazetteer;
    private final Set<String> heads;
    /**
     * Bits of the finder's {@link WordFacts} (worked out once per word: articles name the same few words again and
     * again): the word may be a state ({@link #candidate}); a catalog name of several words starts with it; the
     * lower-cased word ends a cue, starts a cue of several words, may stand before a verb, starts a state's act; the
     * word coordinates.
     */
    private final int candidateBit, continuesBit, cueEnd, cueStart, beforeVerb, actStart, coordination;

    StateLearner(EntityCatalog catalog, Gazetteer gazetteer, Set<String> heads, WordFacts facts) {
        this.catalog = catalog;
        this.gazetteer = gazetteer;
        this.heads = heads;
        this.candidateBit = facts.add(w -> candidate(w.token));
        this.continuesBit = facts.add(w -> catalog.continuesKey(Gazetteer.key(w.token, w.lower)));
        this.cueEnd = facts.add(w -> CUE_ENDS.contains(w.lower));
        this.cueStart = facts.add(w -> CUE_STARTS.contains(w.lower));
        this.beforeVerb = facts.add(w -> BEFORE_VERB.contains(w.lower));
        this.actStart = facts.add(w -> ACT_STARTS.contains(w.lower));
        this.coordination = facts.add(w -> COORDINATION.contains(w.token));
    }

    /** Cues that are titles: a person may follow them ("Presiden Jokowi"), so the tagger's votes may overrule them. */
    private static final Set<String> TITLES = WordSet.of("presiden", "wakil presiden", "perdana menteri", "pm", "menlu",
            "menteri luar negeri", "menteri pertahanan", "duta besar", "dubes", "kepala negara");

    /**
     * The names of the article's sentences that stand for states. Evidence is firm from a cue no person
     * follows ("pemerintah X") and from titles that put X before two different people ("Presiden X Aurel
     * Vastan", "Menteri Luar Negeri X Tomas Velkan"). It is soft from a title before X ("Presiden X mengatakan",
     * "Presiden X Tomas Velkan", "Presiden Recep Tayyip Erdogan"), as X may be the person; before X and one
     * word ("Presiden Joko Widodo") it counts half. A state is named alone somewhere in the article or before
     * two different people; soft evidence needs two titles and loses to a tagger that calls the name a person
     * more often.
     */
    Set<String> learn(String text, List<NameFinder.Tagged> sentences) {
        Map<String, Double> firm = new HashMap<>(), soft = new HashMap<>();
        Map<String, Integer> softCount = new HashMap<>();
        Set<String> alone = new HashSet<>();
        Map<String, Set<String>> before = new HashMap<>(); // the names that follow a name after a title
        Map<String, Double> acts = new HashMap<>();
        Set<String> inLongerName = new HashSet<>();
        Set<String> beforePerson = new HashSet<>();
        // "pemerintah Marcos" where the article names "Ferdinand Marcos": a person's later name is no state
        Set<String> surnames = new HashSet<>();
        for (NameFinder.Tagged t : sentences) {
            TokenSpans tokens = t.tokens();
            List<String> words = t.words();
            boolean[] capital = t.capital();
            String[] category = t.category();
            for (int i = 0; i < tokens.size(); i++) {
                // a word the gazetteer knows is no candidate: the sentence already says so, without a look-up
                if (!capital[i] || category[i] != null) continue;
                String name = words.get(i);
                if (!WordFacts.has(t.facts()[i], candidateBit) || startsKnownName(t, i)) continue;
                int following = 0;
                while (i + 1 + following < tokens.size() && capital[i + 1 + following]) following++;
                if (following == 0) alone.add(name);
                boolean afterCapital = i > 0 && capital[i - 1] && !sentenceStart(words, i - 1);
                if (following > 0 || afterCapital) inLongerName.add(name);
                if (following == 0 && actFollows(t, i + 1)) acts.merge(name, 0.5, Double::sum);
                String cue = i == 0 || !WordFacts.has(t.facts()[i - 1], cueEnd) ? null : cueBefore(t, i);
                if (cue == null || afterOffice(t, i - cue.split(" ").length)) continue;
                double weight = CUES.get(cue);
                if (TITLES.contains(cue)) softCount.merge(name, 1, Integer::sum);
                if (!TITLES.contains(cue)) firm.merge(name, following == 0 ? weight : weight / 2, Double::sum);
                else if (following >= 2 && personStartsAt(t, tokens.get(i + 1))) {
                    // "Perdana Menteri X Idris Halvorsen": the tagger keeps X out of the person's name that follows
                    firm.merge(name, weight, Double::sum);
                    beforePerson.add(name);
                }
                else if (following >= 2) {
                    soft.merge(name, weight, Double::sum);
                    before.computeIfAbsent(name, k -> new HashSet<>()).add(words.get(i + 1));
                }
                else soft.merge(name, following == 0 ? weight : weight / 2, Double::sum);
            }
            for (Mention m : t.mentions()) { // "Kementerian Perikanan Halvekia": a ministry's last word is its state
                if (m.type() != EntityType.PER && m.type() != EntityType.ORG) continue;
                String[] parts = EntityLinker.nameParts(m.text());
                if (m.type() == EntityType.PER) surnames.addAll(java.util.Arrays.asList(parts).subList(1, parts.length));
                if (m.type() != EntityType.ORG) continue;
                if (parts.length > 1 && MINISTRY.contains(parts[0].toLowerCase(Locale.ROOT))
                        && candidate(parts[parts.length - 1])) firm.merge(parts[parts.length - 1], 1.0, Double::sum);
            }
        }
        acts.forEach((name, w) -> {
            if (!inLongerName.contains(name)) firm.merge(name, w, Double::sum);
        });
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (NameFinder.Tagged t : sentences) {
            for (Mention m : t.mentions()) {
                if (firm.containsKey(m.text()) || soft.containsKey(m.text())) votes.computeIfAbsent(m.text(), k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
            }
        }
        Set<String> states = new LinkedHashSet<>();
        Set<String> named = new HashSet<>(alone); // a state is named alone, or before people the tagger tells apart
        named.addAll(beforePerson);
        before.forEach((name, people) -> {
            if (people.size() < 2) return;
            named.add(name);
            firm.merge(name, 1.0, Double::sum);
        });
        named.removeAll(surnames);
        for (String name : named) {
            double f = firm.getOrDefault(name, 0.0), all = f + soft.getOrDefault(name, 0.0);
            if (all == 0) continue;
            Map<EntityType, Integer> v = votes.getOrDefault(name, Map.of());
            int per = v.getOrDefault(EntityType.PER, 0), other = v.getOrDefault(EntityType.LOC, 0) + v.getOrDefault(EntityType.ORG, 0);
            if (f >= 1 || (softCount.getOrDefault(name, 0) > 1 && all >= 1 && all + other > per)) states.add(name);
        }
        // "Varenia dan Talmora": a name a title already hinted at, coordinated with a state, is one too
        for (NameFinder.Tagged t : soft.isEmpty() ? List.<NameFinder.Tagged>of() : sentences) {
            List<String> words = t.words();
            for (int i = 2; i < words.size(); i++) {
                // the names learned from are capitalised: a pair of other words needs no look-up
                if (!WordFacts.has(t.facts()[i - 1], coordination) || !t.capital()[i] && !t.capital()[i - 2]) continue;
                String a = words.get(i - 2), b = words.get(i);
                if (soft.containsKey(b) && named.contains(b) && isState(a, states)) states.add(b);
                if (soft.containsKey(a) && named.contains(a) && isState(b, states)) states.add(a);
            }
        }
        return states;
    }

    /** True when the words from token {@code i} are an act only states do, after words that may precede a verb. */
    private boolean actFollows(NameFinder.Tagged t, int i) {
        String[] lower = t.lower();
        int[] facts = t.facts();
        while (i < lower.length && WordFacts.has(facts[i], beforeVerb)) i++;
        if (i + 1 >= lower.length || !WordFacts.has(facts[i], actStart)) return false; // no phrase built for other words
        return STATE_ACTS.contains(lower[i]) || STATE_ACTS.contains(lower[i] + " " + lower[i + 1]);
    }

    /**
     * "Kepala Staf Kepresidenan X": a cue that ends an office led by a title ("Kepala" two words before it) is part
     * of that office, and X its holder, no state.
     */
    private static boolean afterOffice(NameFinder.Tagged t, int cueStart) {
        for (int k = cueStart - 1; k >= 0 && k >= cueStart - 2 && t.capital()[k]; k--) if ("TITLE".equals(t.category()[k])) return true;
        return false;
    }

    /** True when the tagger found a person's name starting at the token and the name before it is not part of it. */
    private static boolean personStartsAt(NameFinder.Tagged t, Span token) {
        for (Mention m : t.mentions()) if (m.type() == EntityType.PER && m.span().start() == token.start()) return true;
        return false;
    }

    /** True when token {@code i} opens the sentence or follows a quotation mark or bracket. */
    private static boolean sentenceStart(List<String> words, int i) {
        if (i == 0) return true;
        String prev = words.get(i - 1);
        return prev.equals("\"") || prev.equals("“") || prev.equals("(") || prev.equals(".");
    }

    /** Whether a lower-case phrase is a word that governs states ("pemerintah", "penjaga pantai"). */
    static boolean isCue(String phrase) {
        return CUES.containsKey(phrase);
    }

    private static final Set<String> COORDINATION = WordSet.of("dan", "serta", "maupun", "atau");

    private boolean isState(String name, Set<String> learned) {
        return learned.contains(name) || catalog.countryNamed(name) != null;
    }

    /** "Korea" in "Korea Utara": the first word of a longer catalog name is no name of its own. */
    private boolean startsKnownName(NameFinder.Tagged t, int i) {
        // the word alone first, by its bit: most words start no catalog name
        if (!WordFacts.has(t.facts()[i], continuesBit)) return false;
        List<String> words = t.words();
        for (int k = i + 1; k < words.size() && catalog.continues(words.subList(i, k)); k++) {
            if (!catalog.lookup(words.subList(i, k + 1)).isEmpty()) return true;
        }
        return false;
    }

    /** A capitalised word no list knows: not an acronym, not a known entity, ordinary word, title or head. */
    private boolean candidate(String w) {
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1))) return false;
        if (w.equals(w.toUpperCase(Locale.ROOT))) return false;
        return gazetteer.category(w) == null && !heads.contains(w.toLowerCase(Locale.ROOT)) && catalog.lookup(List.of(w)).isEmpty();
    }

    /** The longest cue that ends right before token {@code i} (whose word before ends some cue), or null. */
    private String cueBefore(NameFinder.Tagged t, int i) {
        String[] lower = t.lower();
        String found = CUES.containsKey(lower[i - 1]) ? lower[i - 1] : null;
        for (int k = 2; k <= LONGEST_CUE && i - k >= 0; k++) {
            if (!WordFacts.has(t.facts()[i - k], cueStart)) continue; // no phrase built for other words
            String phrase = String.join(" ", java.util.Arrays.asList(lower).subList(i - k, i));
            if (CUES.containsKey(phrase)) found = phrase;
        }
        return found;
    }
}
