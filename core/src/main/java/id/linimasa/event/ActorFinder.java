package id.linimasa.event;

import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.entity.EntityCatalog;
import id.linimasa.entity.EntityType;
import id.linimasa.entity.Mention;
import id.linimasa.entity.Role;
import id.linimasa.event.Words.Word;
import id.linimasa.quote.Quote;
import id.linimasa.text.Sentence;
import id.linimasa.text.Span;
import id.linimasa.text.Tokenizer;
import id.linimasa.text.WordSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the actors on either side of an event trigger among the linked mentions of one article, and maps
 * each to the state it acts for: a country stands for itself, an official for the state of their role,
 * a city or an organisation for its country. Resolves "ia/dia/beliau" to the last person named and
 * "kedua negara" to the two states the article names most.
 */
final class ActorFinder {

    /** The actors of one side: the states they act for, and the entities as the text names them. */
    record Side(List<String> states, List<String> named) {
        static final Side NONE = new Side(List.of(), List.of());

        boolean isEmpty() {
            return states.isEmpty();
        }

        /** Two or more actors acting together: the first is the source, the others the target. */
        Side[] split() {
            if (states.size() < 2) return new Side[]{this, NONE};
            String first = states.getFirst();
            List<String> rest = states.subList(1, states.size());
            return new Side[]{new Side(List.of(first), named.isEmpty() ? List.of(first) : List.of(named.getFirst())),
                    new Side(rest, named.size() > 1 ? named.subList(1, named.size()) : rest)};
        }
    }

    /** One sentence's words with, for each word, the linked mention covering it (or null). */
    record SentenceWords(List<Word> words, Mention[] mentionAt) {
    }

    private static final int MAX_BACK = 20;
    /** Words for the police, and the state whose police they are when the text names no other (Indonesian news). */
    private static final Set<String> POLICE = WordSet.of("polisi", "kepolisian");
    static final String HOME = "IDN";
    private static final String NATIONAL_POLICE = "org:polri";
    /**
     * Indonesian citizens and migrant workers, wherever the text is set ("Malaysia menahan dua WNI"): people who act
     * for Indonesia as its police do, not the place Indonesia (the catalog does not make them its aliases).
     */
    private static final List<List<String>> CITIZENS = List.of(List.of("wni"), List.of("tki"),
            List.of("warga", "negara", "indonesia"), List.of("pekerja", "migran", "indonesia"));
    private static final Set<String> CITIZENS_FIRST = WordSet.copyOf(CITIZENS.stream().map(List::getFirst).toList());
    /** The words {@link #homeBodies} reads a name of Indonesia's from: the citizens', the police's and those it tests itself. */
    private static final Cue HOME_CUES = Cue.copyOf(Stream.of(CITIZENS_FIRST, POLICE, Set.of("pemerintah", "presiden", "menteri"))
            .flatMap(Set::stream).toList());
    /** Words after "Menteri" that may name a ministry ("Menteri Pekerjaan Umum dan Perumahan Rakyat" is beyond reach). */
    private static final int MINISTRY_WORDS = 3;
    /** Words for officials or groups between "dan" and whom they serve ("Putin dan pejabat tinggi Korea Utara", "Israel dan kelompok Hizbullah"). */
    static final Cue OFFICIALS = Cue.of("pejabat", "para", "pemimpin", "delegasi", "menteri", "presiden",
            "utusan", "perwakilan", "pemerintah", "tinggi", "senior", "petinggi", "duta", "diplomat", "kepala", "militer",
            "perdana", "wakil", "sekretaris", "kanselir", "panglima", "raja", "kelompok", "milisi", "faksi");
    private static final int MAX_AHEAD = 12;
    private static final Cue ALL = Cue.of("semua", "seluruh", "para");
    /** How far after "semua pihak" the place of the conflict may be named. */
    private static final int PARTIES_REACH = 5;
    private static final Cue JOINERS = Cue.of("dan", "serta", ",");
    /** The fronted prepositions that open a phrase of place or time ("Bagi Putin, ..." names whom it is about). */
    private static final Set<String> SETTING = WordSet.of("di", "dari", "pada", "dalam", "usai", "seusai", "setelah", "sebelum",
            "saat", "ketika", "sejak", "selama");
    /** Prepositions that open a phrase fronted before the subject and closed by a comma. */
    private static final List<String> FRONTED_WORDS = Stream.concat(SETTING.stream(), Stream.of("menurut", "bagi")).toList();
    private static final Cue FRONTED = Cue.copyOf(FRONTED_WORDS);
    /** Words that open a phrase fronted before a sentence's subject, with the ones that name whom it is addressed to or with. */
    private static final WordSet PHRASE_OPENERS = WordSet.copyOf(Stream.concat(FRONTED_WORDS.stream(), Stream.of("kepada", "dengan", "bersama")).toList());
    private static final Cue PRONOUNS = Cue.of("ia", "dia", "beliau");
    /** In quoted words, "kami" and "kita" are the speaker's side. */
    private static final Cue FIRST_PERSON = Cue.of("kami", "kita", "saya", "aku");
    /** Words before a place: where it happened, or the route ("ke Darfur melalui perbatasan Chad"). */
    private static final Cue PLACE_PREPOSITIONS = Cue.of("di", "pada", "sejak", "melalui", "lewat", "via");
    /** "30 juta dolar AS": a state named after a currency qualifies the amount and is no actor. */
    private static final WordSet CURRENCIES = WordSet.of("dolar", "dollar", "won", "yen", "yuan", "rupee", "euro");
    private static final int CURRENCY_LENGTH = CURRENCIES.stream().mapToInt(String::length).max().orElseThrow();
    private static final Cue NEAR_PLACE = Cue.of("dekat", "sekitar", "perairan", "wilayah", "kawasan",
            "lepas", "pesisir", "perbatasan", "luar", "dalam");
    private static final Cue AHEAD_STOP = Cue.of("bahwa", "yang", "untuk", "guna", "setelah", "sebelum",
            "ketika", "saat", "sejak", "sementara", "namun", "tetapi", "sedangkan", "kata", "ujar", "menurut",
            "karena", "sehingga", "agar", "sambil", "seraya", ";", ".", ":", "\"", "“", "”");
    /** Words that open a clause with its own subject ("setelah sebagian pengunjuk rasa melempari ..."). */
    private static final Cue SUBORDINATORS = Cue.of("setelah", "sebelum", "ketika", "saat", "karena", "sehingga", "sementara");
    /** Words right before whom aid is for. */
    private static final Cue RECIPIENT_CUES = Cue.of("membantu", "melalui", "bagi", "kepada", "untuk");
    /** Words between a list of states and "anggota" ("dan sejumlah negara anggota OKI"). */
    private static final Cue MEMBERS = Cue.of("negara", "negara-negara", "sejumlah", "beberapa", "para", "lain", "lainnya");
    private static final Cue KILLING = Cue.of("menewaskan", "melukai", "membunuh", "menelan");
    private static final Cue CIVILIANS = Cue.of("warga", "penduduk", "rakyat", "pengungsi", "orang");
    private static final Cue ENVOYS = Cue.of("duta", "dubes", "diplomat", "konsul", "utusan", "duta-duta");
    /** Words that open an aside between commas after the subject. */
    static final Cue ASIDES = Cue.of("yang", "menurut", "melalui", "lewat");
    /** Words after which an actor names the official it acts through, and how far before the official's name they may stand. */
    private static final Cue THROUGH = Cue.of("melalui", "lewat");
    private static final int THROUGH_REACH = 14;
    private static final Cue STATE_WORDS = Cue.of("negara", "pemerintah", "rezim");
    private static final Cue BACKED = Cue.of("didukung", "disokong", "dibekingi", "disponsori", "dibiayai");
    private static final Cue QUOTE_MARKS = Cue.of("\"", "“", "”");
    private static final Cue BACK_STOP = Cue.of("bahwa", ";", ":", "\"", "“", "”", "kata", "ujar");
    /** Words before a verb whose subject is the previous verb's ("Putin bertemu Kim dan menandatangani..."). */
    private static final Cue ZERO_SUBJECT = Cue.of("dan", "serta", "lalu", "kemudian", "sebelum", "setelah",
            "sejak", "usai", "sambil", "seraya", "untuk", "guna", "dengan", "sebelumnya", "saat", "ketika", "seusai");
    /** Conjunctions of time whose clause, with no subject of its own, goes on with the main clause's subject. */
    static final Cue WHEN = Cue.of("saat", "ketika", "setelah", "sebelum", "usai", "seusai", "sambil", "seraya");
    private static final Set<String> TIME_ADVERBIALS = WordSet.of("selama ini", "saat ini", "sejauh ini", "hingga kini",
            "sampai kini", "sejak itu", "sejak lama");
    static final Cue ADVERBS = Cue.of("telah", "sudah", "akan", "juga", "pun", "segera", "kembali",
            "secara", "langsung", "terbuka", "resmi", "tidak", "tak", "belum", "sedang", "masih", "baru", "saja",
            "pernah", "bahkan", "saling", "turut", "ikut", "terus", "lebih", "banyak", "bakal", "hendak", "tengah", "sempat");

    private final Analysis analysis;
    /** The analysis text, built once ({@link Analysis#text()} joins body and captions on every call). */
    private final String text;
    /** The article's entities by id (sized for them: it is only looked up in, never walked). */
    private final Map<String, Entity> entities;
    private final List<Mention> linked;
    /** The two states the article names most, counted on first use: few articles say "kedua negara". */
    private List<String> pair;
    /** For each pair of states (sorted ids), how many events the coder found between them and when it last did. */
    private final Map<List<String>, int[]> pairs = new HashMap<>();
    /** Each pair of states as the first event between them ordered it: "kedua negara" keeps that order. */
    private final Map<List<String>, List<String>> firstOrder = new HashMap<>();
    private int pairEvents;
    /** The two states of the latest meeting told: "kedua menteri" after it are its two sides. */
    private List<String> lastMet;
    /** "Dnipro, Ukraina", "Kastelburg, ibu kota Varenia": a place, a comma and what it lies in. */
    private static final Pattern PLACE_IN_STATE = Pattern.compile(
            "\\s*,\\s*(?:(?:ibu ?kota|ibukota|kota|provinsi|wilayah|negara bagian|region|distrik|pelabuhan)\\s+)?", Pattern.CASE_INSENSITIVE);
    /** "kapal Elira Jaya", "kapal nelayan Talmora Elira Jaya", "KRI Nanggala": what stands before a vessel's name. */
    private static final Pattern VESSEL_BEFORE = Pattern.compile("(?:\\b[Kk]apal|\\bKRI|\\bKM|\\bMV)(?:\\s+\\p{Ll}+){0,3}\\s+$");
    /** "Elira Jaya berbendera Talmora", "Elira Jaya, kapal berbendera Talmora". */
    private static final Pattern FLAG_AFTER = Pattern.compile("\\s*,?\\s*(?:yang\\s+|kapal\\s+)?berbendera\\s+");
    /** "ibu kota Varenia, Kastelburg": the state, a comma, then its capital. */
    private static final Pattern CAPITAL_BEFORE = Pattern.compile("(?i)(?:ibu ?kota|ibukota)\\s+$");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private static final List<String> VESSEL_WORDS = List.of("apal", "KRI", "KM", "MV");
    private int[] vesselWords, vesselWordEnds;
    /** Entity ids of the vessels the article names. */
    private final Set<String> vessels = new HashSet<>();
    /** States worked out from the names of bodies and places the entity layer gave none ({@link #stateFromName}). */
    private final Map<String, String> fromName = new HashMap<>();
    /** Whether each organisation the article names acts for no state ({@link NonState}), worked out once. */
    private final Map<String, Boolean> ownActors = new HashMap<>();
    /** For people the entity layer tied to nothing, what their title says they act for ({@link Titles}), or null. */
    private final Map<String, String> titles = new HashMap<>();
    /** States learned for people and places the entity layer gave none, from the names they stand with. */
    private final Map<String, String> learned = new HashMap<>();

    ActorFinder(Analysis analysis, String text) {
        this.analysis = analysis;
        this.text = text;
        this.entities = HashMap.newHashMap(analysis.entities().size() + 8);
        for (Entity e : analysis.entities()) entities.put(e.id(), e);
        this.linked = linkedInTextOrder(analysis.mentions());
        learnPlaces();
        findVesselWords();
        learnVessels();
    }

    /**
     * The linked mentions by where they start, those starting together in their order: a stable sort on keys of start and
     * index, with no comparator called for each pair (which was a hot spot).
     */
    private static List<Mention> linkedInTextOrder(List<Mention> mentions) {
        long[] keys = new long[mentions.size()];
        int n = 0;
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).entityId() != null) keys[n++] = (long) mentions.get(i).span().start() << 32 | i;
        }
        Arrays.sort(keys, 0, n);
        List<Mention> linked = new ArrayList<>(n);
        for (int k = 0; k < n; k++) linked.add(mentions.get((int) keys[k]));
        return linked;
    }

    /**
     * Whether {@link #VESSEL_BEFORE} finds a vessel word in the 40 characters before {@code end}. Told by hand from the
     * vessel words found there (the pattern tried at each of the 40 places was a hot spot): a word boundary before the
     * word (the pattern's {@code \b}: an ASCII letter, digit or '_' before fails it), then white space and at most three
     * lower-case words up to {@code end}. The rare mark or surrogate before a word is left to the pattern.
     */
    private boolean vesselBefore(int end) {
        int start = Math.max(0, end - 40);
        int k = Arrays.binarySearch(vesselWords, start);
        for (int i = k >= 0 ? k : -k - 1; i < vesselWords.length && vesselWords[i] < end; i++) {
            if (vesselWordEnds[i] > end) continue;
            int at = vesselWords[i];
            if (text.charAt(at) == 'a') { // "apal" of "kapal" or "Kapal"
                at--;
                if (at < start || text.charAt(at) != 'k' && text.charAt(at) != 'K') continue;
            }
            if (at > start) {
                char c = text.charAt(at - 1);
                if (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    return VESSEL_BEFORE.matcher(text.substring(start, end)).find();
                }
                if (c == '_' || Tokenizer.isAsciiLetterOrDigit(c)) continue;
            }
            if (lowerWordsTo(vesselWordEnds[i], end)) return true;
        }
        return false;
    }

    /** Whether {@code text[from, end)} is white space and at most three lower-case words, as {@code (\s+\p{Ll}+){0,3}\s+}. */
    private boolean lowerWordsTo(int from, int end) {
        int i = from;
        if (i >= end || !Tokenizer.isPatternSpace(text.charAt(i))) return false;
        for (int words = 0; ; words++) {
            while (i < end && Tokenizer.isPatternSpace(text.charAt(i))) i++;
            if (i == end) return true;
            if (words == 3) return false;
            int j = i;
            while (j < end) {
                int cp = text.codePointAt(j), n = Character.charCount(cp);
                if (j + n > end || Character.getType(cp) != Character.LOWERCASE_LETTER) break;
                j += n;
            }
            if (j == i || j == end) return false;
            i = j;
        }
    }

    /** Where the text holds a word that may name a vessel ("kapal", "KRI", "KM", "MV"), by start, with where each ends. */
    private void findVesselWords() {
        // each occurrence, overlapping ones too, by the string search (one char's occurrences, as "a", are too many), kept
        // as start and end in one long: no two of the words can start at one place, so the longs sort by start
        long[] found = new long[8];
        int n = 0;
        for (String w : VESSEL_WORDS) {
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
                if (n == found.length) found = Arrays.copyOf(found, 2 * n);
                found[n++] = (long) i << 32 | i + w.length();
            }
        }
        Arrays.sort(found, 0, n);
        vesselWords = new int[n];
        vesselWordEnds = new int[n];
        for (int k = 0; k < n; k++) {
            vesselWords[k] = (int) (found[k] >>> 32);
            vesselWordEnds[k] = (int) found[k];
        }
    }

    /** Whether the text between the offsets is all white space. */
    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(text.charAt(i))) return false;
        return true;
    }

    /** Whether the first character after {@code from} that is not white space is a comma before {@code to}. */
    private boolean commaFirst(int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        return i < to && text.charAt(i) == ',';
    }

    /**
     * A name after "kapal" ("kapal Elira Jaya", "kapal nelayan Talmora Elira Jaya", "KRI Nanggala") is a vessel:
     * it acts for the state whose flag it flies when the article says ("kapal ... Talmora X", "X berbendera
     * Talmora"), and is no actor otherwise.
     */
    private void learnVessels() {
        for (int k = 0; k < linked.size(); k++) {
            Mention m = linked.get(k);
            Mention prev = k > 0 ? linked.get(k - 1) : null;
            // the vessel words first: most names follow none, and are spared the look-ups of their states
            boolean vesselBeforePrev = prev != null && prev.span().end() <= m.span().start()
                    && blank(prev.span().end(), m.span().start()) && vesselBefore(prev.span().start());
            if (!vesselBeforePrev && !vesselBefore(m.span().start())) continue;
            if (actsAsState(m.entityId()) || bodyOfState(m.entityId())) continue;
            boolean flagBefore = vesselBeforePrev && actsAsState(stateOf(prev.entityId()));
            if (!flagBefore && !vesselBefore(m.span().start())) continue;
            vessels.add(m.entityId());
            if (flagBefore) learned.putIfAbsent(m.entityId(), stateOf(prev.entityId()));
            Mention next = k + 1 < linked.size() ? linked.get(k + 1) : null;
            if (next != null && actsAsState(stateOf(next.entityId())) && next.span().start() >= m.span().end()
                    && FLAG_AFTER.matcher(text.substring(m.span().end(), next.span().start())).matches()) {
                learned.putIfAbsent(m.entityId(), stateOf(next.entityId()));
            }
        }
    }

    /** An organisation the catalog gives a country: "kapal perang TNI Angkatan Laut" names its owner, not the vessel. */
    boolean bodyOfState(String id) {
        Entity e = entities.get(id);
        return e != null && e.type() == EntityType.ORG && actsAsState(e.country()) && !government(e) && !ownActor(e);
    }

    /** Ties places the entity layer gave no country to the state an apposition puts them in. */
    private void learnPlaces() {
        for (int k = 0; k + 1 < linked.size(); k++) {
            Mention a = linked.get(k), b = linked.get(k + 1);
            // both appositions open with a comma
            if (a.span().end() > b.span().start() || !commaFirst(a.span().end(), b.span().start())) continue;
            String between = text.substring(a.span().end(), b.span().start());
            // "Honiara, Kompas -": a place is in a place, not in the outlet of a dateline
            if (placeWithoutState(a) && b.type() == EntityType.LOC && actsAsState(stateOf(b.entityId()))
                    && PLACE_IN_STATE.matcher(between).matches()) {
                learned.putIfAbsent(a.entityId(), stateOf(b.entityId()));
            } else if (placeWithoutState(b) && actsAsState(a.entityId()) && COMMA.matcher(between).matches()
                    && CAPITAL_BEFORE.matcher(text.substring(Math.max(0, a.span().start() - 12), a.span().start())).find()) {
                learned.putIfAbsent(b.entityId(), a.entityId());
            }
        }
    }

    /** A place that is no state and that no state is known for: a location, not an actor. */
    private boolean placeWithoutState(Mention m) {
        return m.type() == EntityType.LOC && !actsAsState(stateOf(m.entityId()));
    }

    /** A place or a vessel no state is known for: where, or what was acted on, not who acted. */
    private boolean noActor(Mention m) {
        return placeWithoutState(m) || afterCurrency(m) || vessels.contains(m.entityId()) && !actsAsState(stateOf(m.entityId()));
    }

    private boolean afterCurrency(Mention m) {
        int end = m.span().start();
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        int start = end;
        while (start > 0 && end - start <= CURRENCY_LENGTH && Character.isLetter(text.charAt(start - 1))) start--;
        return end - start <= CURRENCY_LENGTH && CURRENCIES.containsLowerCased(text, start, end);
    }

    /** The sentence's words with the names among them. */
    SentenceWords words(Span sentence, List<Word> words) {
        Mention[] at = new Mention[words.size()];
        int k = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            while (k < linked.size() && linked.get(k).span().end() <= w.start()) k++;
            if (k < linked.size() && linked.get(k).span().start() < w.end()) at[i] = linked.get(k);
        }
        homeBodies(words, at, sentence);
        stateReferences(words, at);
        bodyReferences(words, at, sentence);
        // "Teheran, CNN Indonesia -- Seorang pria ...": the dateline and outlet opening the article act in nothing
        int leadEnd = analysis.article().leadEnd();
        for (int i = 0; i < at.length && sentence.start() < leadEnd && words.get(i).start() < leadEnd; i++) at[i] = null;
        for (int i = 0; i < at.length; i++) {
            // a name's other words have its first word's answer: no body (a body's building is replaced whole)
            Mention body = at[i] == null || i > 0 && at[i] == at[i - 1] ? null : buildingOf(at[i]);
            if (body == null) continue;
            for (Mention old = at[i]; i < at.length && at[i] == old; i++) at[i] = body;
            i--;
        }
        return new SentenceWords(words, at);
    }

    /**
     * "Gedung DPR/MPR", "Kantor Kementerian Perdagangan": a body's building named as a place stands for the body (a
     * protest before it is aimed at the body), a body the catalog knows or the article names. The body's mention, or null.
     */
    private Mention buildingOf(Mention m) {
        // the building word first, read in place: few names open with one
        String building = buildingWord(m.text());
        if (building == null || m.type() == EntityType.PER || actsAsState(m.entityId())) return null;
        String rest = m.text().substring(building.length() + 1);
        int slash = rest.indexOf('/');
        for (String name : slash < 0 ? List.of(rest) : List.of(rest, rest.substring(0, slash))) {
            // "Gedung DPRD Jember" where the article names "DPRD Jember" as a body the catalog lacks
            String named = organisationNamed(name);
            if (named != null) return new Mention(m.span(), m.text(), EntityType.ORG, named);
            for (String id : EntityCatalog.standard().lookup(name)) {
                Entity body = EntityCatalog.standard().get(id);
                if (body.type() != EntityType.ORG) continue;
                entities.putIfAbsent(id, body);
                return new Mention(m.span(), m.text(), EntityType.ORG, id);
            }
        }
        return null;
    }

    private static final List<String> BUILDINGS = List.of("Gedung", "Kantor", "Markas");

    /** The building word a name opens with ("Gedung DPR"), or null. */
    private static String buildingWord(String name) {
        for (String b : BUILDINGS) if (name.length() > b.length() && name.charAt(b.length()) == ' ' && name.startsWith(b)) return b;
        return null;
    }

    /** The word after the place in "pemerintah di X" when X is a place that stands for a state, else -1. */
    private int seatAfter(List<Word> words, Mention[] at, int i) {
        if (i + 2 >= words.size() || !words.get(i + 1).is("di") || at[i + 2] == null || !actsAsState(stateOf(at[i + 2].entityId()))) return -1;
        int end = i + 2;
        while (end < words.size() && at[end] == at[i + 2]) end++;
        return end;
    }

    /**
     * "Polisi membubarkan massa", "bertemu dengan Menteri Ketenagakerjaan", "jika pemerintah tidak membatalkan": the
     * police, a minister, the President and the government named by no state are Indonesia's own where the text is
     * about Indonesia (the sentence names no other state, nor did the last state the text named before it). The
     * government alone is also Indonesia's, though a foreign state was named before, in an article that names Indonesia
     * most: "Rencana impor pemerintah" after a deal with Vietnam, but not "Pemerintah juga menolak" in a story of
     * Moscow and Pyongyang. "Polisi Prancis",
     * "Menteri Luar Negeri Singapura" are that state's: a name right after the words keeps them. Indonesian citizens
     * and migrant workers ("WNI", "pekerja migran Indonesia") are Indonesia's wherever the text is set.
     */
    private void homeBodies(List<Word> words, Mention[] at, Span sentence) {
        Boolean home = null;
        for (int i = 0; i < words.size(); i++) {
            if (at[i] != null) continue;
            if (!HOME_CUES.in(words.get(i))) continue; // most words open none of the names below: one look-up tells
            String w = words.get(i).lower();
            int end = i + 1;
            String id = null;
            int citizens = citizensAt(words, i);
            int seated = w.equals("pemerintah") ? seatAfter(words, at, i) : -1;
            if (citizens > 0) {
                id = HOME;
                end = i + citizens;
            } else if (POLICE.contains(w)) id = NATIONAL_POLICE;
            else if (seated > 0) {
                // "pemerintah di Washington": the government seated at a state's capital is that state
                end = seated;
                Mention seat = at[i + 2];
                id = stateOf(seat.entityId());
                int start = words.get(i).start();
                Mention m = new Mention(new Span(start, seat.span().end()), text.substring(start, seat.span().end()), EntityType.LOC, id);
                for (int k = i; k < end; k++) at[k] = m;
                i = end - 1;
                continue;
            }
            else if (w.equals("pemerintah")) id = HOME;
            // "keputusan Presiden": the President named by no name or state is Indonesia's head of state
            else if (w.equals("presiden") && capitalised(words.get(i)) && (i + 1 == words.size() || !capitalised(words.get(i + 1)))) id = HOME;
            else if (w.equals("menteri") && capitalised(words.get(i))) {
                // "Menteri Ketenagakerjaan": the ministry the catalog knows by "Kementerian Ketenagakerjaan"
                StringBuilder name = new StringBuilder("Kementerian");
                for (int j = i + 1; j < words.size() && j <= i + MINISTRY_WORDS && at[j] == null && capitalised(words.get(j)); j++) {
                    name.append(' ').append(words.get(j).lower());
                    List<String> ids = EntityCatalog.standard().lookup(name.toString());
                    if (!ids.isEmpty()) {
                        id = ids.getFirst();
                        end = j + 1;
                    }
                }
            }
            if (id == null) continue;
            if (citizens == 0) {
                if (end < words.size() && at[end] != null) continue;
                if (home == null) home = aboutHome(at, sentence);
                if (!home && !(w.equals("pemerintah") && homeArticle() && noOtherState(at))) continue;
            }
            Mention m = new Mention(new Span(words.get(i).span().start(), words.get(end - 1).span().end()),
                    text.substring(words.get(i).span().start(), words.get(end - 1).span().end()), EntityType.ORG, id);
            if (!actsAsState(id)) {
                Entity body = EntityCatalog.standard().get(id);
                if (body == null) continue;
                entities.putIfAbsent(id, body);
            }
            for (int k = i; k < end; k++) at[k] = m;
            i = end - 1;
        }
    }

    /**
     * "membekukan aset negara tersebut", "negara Karibia itu meminta bantuan": one state named by "negara" and a
     * demonstrative (a region's name may stand between) is the last state the text named before it. "kedua negara itu",
     * "15 negara itu" and "negara-negara itu" name several, and are left to {@link #isPair}.
     */
    private void stateReferences(List<Word> words, Mention[] at) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (at[i] != null || !words.get(i).is("negara") || i > 0 && (NOT_ONE_STATE.in(words.get(i - 1))
                    || Character.isDigit(words.get(i - 1).lower().charAt(0)))) continue;
            int end = i + 1;
            // "negara Karibia itu": a region between the word and its demonstrative (which the entity stage, reading
            // "negara" before it, may have taken for a country of its own: no ISO code tells it is none)
            while (end < words.size() && at[end] != null && at[end] == at[i + 1] && at[end].type() == EntityType.LOC
                    && !isoCode(stateOf(at[end].entityId()))) end++;
            if (end >= words.size() || !BACK_REFERENCE_WORDS.in(words.get(end))) continue;
            String state = lastStateBefore(words.get(i).span().start(), null);
            if (state == null) continue;
            Mention m = new Mention(new Span(words.get(i).span().start(), words.get(end).span().end()),
                    text.substring(words.get(i).span().start(), words.get(end).span().end()), EntityType.LOC, state);
            for (int k = i; k <= end; k++) at[k] = m;
            i = end;
        }
    }

    /**
     * "kelompok itu", "perusahaan tersebut", "blok regional tersebut": a body named by the word for its kind and a
     * demonstrative (a short description may stand between) is the last body the text named before the sentence, as
     * {@link #stateReferences} does for "negara itu". A group, company, union or party is one of no state; an
     * organisation, institution or bloc any body but a government. Not a kind followed by a name ("kelompok Houthi").
     */
    private void bodyReferences(List<Word> words, Mention[] at, Span sentence) {
        for (int i = 0; i + 1 < words.size(); i++) {
            boolean own = OWN_BODY_KINDS.in(words.get(i));
            if (at[i] != null || !own && !BODY_KINDS.in(words.get(i))) continue;
            String kind = words.get(i).lower();
            int end = i + 1;
            while (end < words.size() && end - i <= DESCRIPTION_WORDS && !BACK_REFERENCE_WORDS.in(words.get(end))
                    && describes(words.get(end), at[end])) end++;
            if (end >= words.size() || !BACK_REFERENCE_WORDS.in(words.get(end))) continue;
            Mention body = lastBodyBefore(sentence.start(), own, COMPANY_KINDS.contains(kind));
            if (body == null) continue;
            Mention m = new Mention(new Span(words.get(i).span().start(), words.get(end).span().end()),
                    text.substring(words.get(i).span().start(), words.get(end).span().end()), body.type(), body.entityId());
            for (int k = i; k <= end; k++) at[k] = m;
            i = end;
        }
    }

    /** How many words may describe a body between its kind and the demonstrative ("blok beranggotakan 15 negara itu"). */
    private static final int DESCRIPTION_WORDS = 4;
    private static final Cue NOT_DESCRIBING = Cue.of("yang", "di", "ke", "dari", "pada", "dengan", "untuk", "dan",
            "serta", "atau", "oleh", "dalam");

    /** A lower-case word or number, no name, verb or preposition: part of a description ("regional", "bersenjata"). */
    private boolean describes(Word w, Mention at) {
        return at == null && !w.punct() && !capitalised(w) && !Words.verbLike(w) && !Words.passiveLike(w)
                && !NOT_DESCRIBING.in(w);
    }

    /** Words for a body of no state ("kelompok itu") and for any body ("organisasi itu"). */
    private static final Cue OWN_BODY_KINDS = Cue.of("kelompok", "perusahaan", "serikat", "partai", "milisi", "geng",
            "faksi", "asosiasi", "aplikator");
    private static final Cue BODY_KINDS = Cue.of("organisasi", "lembaga", "blok", "federasi", "aliansi", "badan");

    /**
     * The last organisation named before {@code offset}: for {@code own}, one acting for no state, a company
     * ("PT ...") for {@code company}; else any but a government.
     */
    private Mention lastBodyBefore(int offset, boolean own, boolean company) {
        for (int k = linked.size() - 1; k >= 0; k--) {
            Mention m = linked.get(k);
            if (m.span().end() > offset || m.type() != EntityType.ORG || actsAsState(m.entityId())) continue;
            Entity e = entities.get(m.entityId());
            if (e == null || government(e) || own && (bodyOfState(m.entityId()) || actsAsState(stateOf(m.entityId())))) continue;
            if (company && !COMPANY.matcher(e.name()).lookingAt()) continue;
            return m;
        }
        return null;
    }

    private static final Set<String> COMPANY_KINDS = WordSet.of("perusahaan", "aplikator");
    private static final Pattern COMPANY = Pattern.compile("(?:PT|CV|Perum|Persero)\\b");

    private static final Cue BACK_REFERENCE_WORDS = Cue.of("itu", "tersebut");
    /** Words before "negara" that make it name more than one state, or a kind of state ("kedua negara itu"). */
    private static final Cue NOT_ONE_STATE = Cue.of("kedua", "ketiga", "keempat", "kelima", "para", "semua",
            "seluruh", "sejumlah", "beberapa", "banyak", "dua", "tiga", "empat", "lima");

    /** How many words from {@code i} name Indonesian citizens or migrant workers ({@link #CITIZENS}), or 0. */
    private static int citizensAt(List<Word> words, int i) {
        if (!CITIZENS_FIRST.contains(words.get(i).lower())) return 0;
        for (List<String> phrase : CITIZENS) {
            if (i + phrase.size() > words.size()) continue;
            int n = 0;
            while (n < phrase.size() && words.get(i + n).lower().equals(phrase.get(n))) n++;
            if (n == phrase.size()) return n;
        }
        return 0;
    }

    private boolean capitalised(Word w) {
        return Character.isUpperCase(text.charAt(w.span().start()));
    }

    /** The sentence names no state but Indonesia, nor did the last state named before it. */
    private boolean aboutHome(Mention[] at, Span sentence) {
        return HOME.equals(lastStateBefore(sentence.start(), HOME)) && noOtherState(at);
    }

    /** The article names Indonesia at least as often as any other state. */
    private boolean homeArticle() {
        if (homeArticle == null) {
            Map<String, Integer> named = new HashMap<>();
            for (Mention m : linked) {
                String state = stateOf(m.entityId());
                if (actsAsState(state)) named.merge(state, 1, Integer::sum);
            }
            int home = named.getOrDefault(HOME, 0);
            homeArticle = home > 0 && named.values().stream().allMatch(n -> n <= home);
        }
        return homeArticle;
    }

    private Boolean homeArticle;

    /** The sentence names no state but Indonesia. */
    private boolean noOtherState(Mention[] at) {
        for (Mention m : at) if (m != null && actsAsState(stateOf(m.entityId())) && !HOME.equals(stateOf(m.entityId()))) return false;
        return true;
    }

    /** The state of the last linked name before {@code offset} that stands for one, or {@code none}. */
    private String lastStateBefore(int offset, String none) {
        for (int k = linked.size() - 1; k >= 0; k--) {
            Mention m = linked.get(k);
            if (m.span().end() > offset) continue;
            String state = stateOf(m.entityId());
            if (actsAsState(state)) return state;
        }
        return none;
    }

    /**
     * "KPK menahan seorang gubernur", "DPR meminta ...": with no other state on either side, a state's own body
     * (a catalogued organisation of that state) stands for itself, as the state would stand for it abroad, and so does
     * the body an official named alone serves ("Panglima TNI ... mengirim"). An organisation of no state on the other
     * side ("diserang kelompok OPM") is no other state.
     */
    Event domestic(Event e) {
        Set<String> states = new HashSet<>();
        for (String s : e.sources()) if (actsAsState(s)) states.add(s);
        for (String s : e.targets()) if (actsAsState(s)) states.add(s);
        if (states.size() != 1) return e;
        return new Event(e.type(), e.mode(), body(e.sources(), e.sourceEntities()), body(e.targets(), e.targetEntities()),
                e.location(), e.date(), e.sentence(), e.trigger(), e.confidence(), e.status(), e.caption(),
                e.sourceEntities(), e.targetEntities());
    }

    private List<String> body(List<String> states, List<String> named) {
        if (states.size() != 1 || named.size() != 1) return states;
        Entity e = entities.get(named.getFirst());
        if (e != null && e.type() == EntityType.PER) {
            for (Role r : e.roles()) {
                Entity served = r.affiliation() == null ? null : entities.get(r.affiliation());
                if (served != null && ownBody(served, states.getFirst())) return List.of(served.id());
            }
            return states;
        }
        return e != null && ownBody(e, states.getFirst()) ? List.of(e.id()) : states;
    }

    /** A body of the state other than its government ("Pemerintah Indonesia" is the state itself). */
    private boolean ownBody(Entity e, String state) {
        return e.type() == EntityType.ORG && !actsAsState(e.id()) && state.equals(e.country()) && !government(e);
    }

    /** A government ("Pemerintah Indonesia") and its ministries ("Kementerian Keuangan") are the state itself. */
    private static boolean government(Entity e) {
        String name = e.name().toLowerCase(Locale.ROOT);
        return name.startsWith("pemerintah") || name.startsWith("kementerian");
    }

    /**
     * The state an entity acts for: a person's role affiliation, else the entity's country, else itself. An
     * organisation of no state ({@link NonState}) acts for itself, and so do those who lead or speak for it.
     */
    String stateOf(String entityId) {
        Entity e = entities.get(entityId);
        if (e == null) return learned.getOrDefault(entityId, entityId);
        if (ownActor(e)) return e.id();
        if (e.type() == EntityType.PER) {
            for (Role r : e.roles()) if (actsAsState(r.affiliation())) return r.affiliation();
            for (Role r : e.roles()) {
                Entity body = r.affiliation() == null ? null : entities.get(r.affiliation());
                if (body != null && ownActor(body)) return body.id();
            }
        }
        if (actsAsState(e.id())) return e.id();
        if (e.country() != null) return e.country();
        if (e.type() == EntityType.PER) {
            for (Role r : e.roles()) if (r.affiliation() != null) return stateOf(r.affiliation());
            String titled = titled(e);
            if (titled != null) return titled;
        }
        String known = learned.get(e.id());
        if (known != null) return known;
        return byOffice(e.id()) ? officeState(Titles.headOfState(e)) : fromName.computeIfAbsent(e.id(), id -> stateFromName(e));
    }

    /**
     * A person who acts for Indonesia only because they hold a national office named without its state
     * ({@link Titles#nationalOffice}): a state named with them in one breath is theirs instead.
     */
    private boolean byOffice(String id) {
        Entity e = entities.get(id);
        return e != null && e.type() == EntityType.PER && e.country() == null && !actsAsState(id)
                && e.roles().stream().allMatch(r -> r.affiliation() == null) && titled(e) == null && !learned.containsKey(id)
                && Titles.nationalOffice(e);
    }

    /**
     * Whose national office a title without a state names ("Menteri Dalam Negeri Gerald Darmanin", "Presiden X"): Indonesia's
     * in an article that names Indonesia; in one that never does, the state or government its first name is ("Pemerintah
     * Prancis memberlakukan ..."), else the state it names most (at least twice, more than any other); else Indonesia's
     * (Indonesian news names its own ministers without their state: "Menteri Agama ... bersama Pemerintah Arab Saudi").
     * An Indonesian outlet in the dateline names Indonesia for a minister ("Naypyidaw, Kompas - Menteri Luar Negeri
     * Retno Marsudi"), but not for a president the catalog does not know as Indonesia's ({@code head}): "CNN Indonesia,
     * Kolombo - ... Pemerintahan Presiden Anura Kumara Dissanayake" is Sri Lanka's.
     */
    private String officeState(boolean head) {
        int k = head ? 1 : 0;
        if (officeState[k] == null) {
            Map<String, Integer> named = new HashMap<>();
            String opening = null;
            int leadEnd = analysis.article().leadEnd();
            for (Mention m : linked) {
                if (head && m.span().start() < leadEnd) continue;
                String state = isoCode(m.entityId()) ? m.entityId() : null;
                Entity e = entities.get(m.entityId());
                boolean governs = state != null;
                // states and their bodies; a city says where, not whose ("Jenewa" in a minister's visit)
                if (state == null && e != null && e.type() == EntityType.ORG && e.country() != null && isoCode(e.country())) {
                    state = e.country();
                    governs = government(e);
                }
                if (state != null) named.merge(state, 1, Integer::sum);
                if (opening == null && m.span().start() >= leadEnd) opening = governs ? state : "";
            }
            String found = HOME;
            int most = named.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<String> top = named.entrySet().stream().filter(n -> n.getValue() == most).map(Map.Entry::getKey).toList();
            if (!named.containsKey(HOME)) {
                if (opening != null && !opening.isEmpty()) found = opening;
                else if (most >= 2 && top.size() == 1) found = top.getFirst();
            }
            officeState[k] = found;
        }
        return officeState[k];
    }

    private boolean headOfState(String id) {
        Entity e = entities.get(id);
        return e != null && Titles.headOfState(e);
    }

    /** {@link #officeState}'s answers for a minister's office and for a head of state's, found on first use. */
    private final String[] officeState = new String[2];

    private boolean ownActor(Entity e) {
        return e.type() == EntityType.ORG && ownActors.computeIfAbsent(e.id(), id -> NonState.organisation(e));
    }

    /**
     * What a person acts for when the entity stage tied their title to nothing: the organisation, state or Indonesian
     * place the title ends in ("Juru bicara OPM", "Gubernur Bali"). Null otherwise.
     */
    private String titled(Entity person) {
        if (!titles.containsKey(person.id())) titles.put(person.id(), Titles.state(person, this::organisationNamed));
        String org = titles.get(person.id());
        return org == null || actsAsState(org) ? org : stateOf(org);
    }

    /** The organisation a linked name of the article with these words stands for, or null. */
    private String organisationNamed(String name) {
        for (Mention m : linked) if (m.type() == EntityType.ORG && m.text().equals(name)) return m.entityId();
        return null;
    }

    /**
     * "Agensi Penguatkuasaan Maritim Malaysia", "Kedutaan Besar Indonesia": a body or mission whose name ends in a
     * state's is that state's; "nelayan asal Bengkalis, Riau": a place of the list of Indonesian places is in
     * Indonesia. The entity's own id otherwise.
     */
    private static String stateFromName(Entity e) {
        // "Kedutaan Besar Indonesia": a mission, whether tagged a body or a building, is its state's
        if (e.type() == EntityType.ORG || e.type() == EntityType.LOC && MISSIONS.stream().anyMatch(e.name()::startsWith)) {
            String[] words = e.name().split(" ");
            for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
                String state = EntityCatalog.standard().countryNamed(String.join(" ", List.of(words).subList(words.length - n, words.length)));
                if (state != null) return state;
            }
        }
        if (e.type() == EntityType.LOC && HomePlaces.NAMES.contains(e.name().toLowerCase(Locale.ROOT))) return HOME;
        return e.id();
    }

    private static final List<String> MISSIONS = List.of("Kedutaan", "Konsulat", "KBRI", "KJRI");

    /** The Indonesian provinces, regions and cities the entity stage's word list names. */
    static final class HomePlaces {
        static final Set<String> NAMES = WordSet.copyOf(EntityCatalog.resourceLines("places.txt").stream()
                .map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }

    /** A country: one with an ISO code, or one the entity stage learned from the article (its own country). */
    boolean actsAsState(String id) {
        if (id == null) return false;
        if (isoCode(id)) return true;
        Entity e = entities.get(id);
        return e != null && id.equals(e.country());
    }

    /** Three capital letters: an ISO 3166 alpha-3 code. */
    private static boolean isoCode(String id) {
        if (id.length() != 3) return false;
        for (int i = 0; i < 3; i++) if (id.charAt(i) < 'A' || id.charAt(i) > 'Z') return false;
        return true;
    }

    /** The subject: the nearest actor before the trigger, within its region and clause. */
    Side before(SentenceWords sw, int from, int trigger) {
        return before(sw, from, trigger, false);
    }

    /** As {@link #before(SentenceWords, int, int)}; {@code overQuotes} reads back past an opening quotation mark. */
    Side before(SentenceWords sw, int from, int trigger, boolean overQuotes) {
        List<Word> w = sw.words();
        int i = trigger - 1;
        while (i >= from && ADVERBS.in(w.get(i))) i--;
        for (int steps = 0; i >= from && steps < MAX_BACK; i--, steps++) {
            Word word = w.get(i);
            if (BACK_STOP.in(word) && !(overQuotes && QUOTE_MARKS.in(word))) break;
            // "... setelah sebagian pengunjuk rasa melempari ...": the subordinate clause has a subject of its own, unnamed
            if (SUBORDINATORS.in(word) && i < trigger - 1) break;
            if (word.is(",")) {
                // "Putin, yang didampingi Lavrov, bertemu ...", "Pemerintah Belanda, melalui menterinya, menyatakan", "X, menurut
                // Y, menyetujui": the subject stands before the aside
                int open = i - 1;
                while (open > from && !w.get(open).is(",")) open--;
                if (open > from && (ASIDES.in(w.get(open + 1)) || apposition(sw, open, i))) {
                    i = open;
                    continue;
                }
            }
            if (sw.mentionAt()[i] != null && !isPlace(sw, i)) {
                int through = through(sw, i, from);
                Side group = groupEndingAt(sw, through >= 0 ? through : i, from);
                if (!group.isEmpty()) return group;
            }
            if (PRONOUNS.in(word)) return pronoun(word.span().start());
            if (word.is("pihaknya")) return ownSide(sw, i);
            if (FIRST_PERSON.in(word)) {
                Side speaker = speakerAt(word.span());
                if (!speaker.isEmpty()) return speaker;
            }
            if (isPair(w, i)) return pairSide(w, i);
            if (word.is("yang")) {
                // a relative clause: its subject is the noun just before "yang", if that is a name
                int h = i - 1;
                return h >= from && sw.mentionAt()[h] != null ? groupEndingAt(sw, h, from) : Side.NONE;
            }
        }
        return Side.NONE;
    }

    /**
     * "Pemerintah Malaysia melalui Menteri Sumber Daya Alam, Lingkungan, dan Perubahan Iklim Nik Nazmi mengirim ...": the
     * one who acts through an official named with a long title is the subject. The index of that actor's name, or -1.
     */
    private int through(SentenceWords sw, int i, int from) {
        List<Word> w = sw.words();
        for (int k = i; k > from && i - k <= THROUGH_REACH; k--) {
            Word word = w.get(k);
            if (THROUGH.in(word)) return sw.mentionAt()[k - 1] != null ? k - 1 : -1;
            if (sw.mentionAt()[k] == null && !capitalised(word) && !word.is(",") && !JOINERS.in(word)) return -1;
        }
        return -1;
    }

    /**
     * "Rusia dan Tiongkok, dua negara pendiri BRICS, menyampaikan ...": between commas after a name, a description in
     * lower case (no verb) is an apposition of that name; what it names is not the subject. The end of a list
     * ("Indonesia, Malaysia, dan Singapura, mengecam", "Indonesia, juga tetangganya Malaysia dan Singapura, mengecam") is none.
     */
    boolean apposition(SentenceWords sw, int open, int close) {
        Word first = sw.words().get(open + 1);
        if (sw.mentionAt()[open - 1] == null || open + 1 >= close || capitalised(first) || first.punct()
                || LIST_JOINERS.in(first)) return false;
        for (int k = open + 1; k < close; k++) if (Words.verbLike(sw.words().get(k)) || BACK_STOP.in(sw.words().get(k))) return false;
        Mention last = sw.mentionAt()[close - 1];
        if (last == null) return true;
        int k = close - 1;
        while (k > open && sw.mentionAt()[k] == last) k--;
        return k == open || !LIST_JOINERS.in(sw.words().get(k));
    }

    private static final Cue LIST_JOINERS = Cue.of("dan", "serta", "atau");

    /** True when the words before the trigger make it share the previous verb's subject. */
    static boolean zeroSubject(List<Word> w, int from, int trigger) {
        int i = trigger - 1;
        while (i >= from && ADVERBS.in(w.get(i))) i--;
        // "... dan selama ini menolak": a time adverbial of two words between "dan" and the verb
        if (i - 1 >= from && TIME_ADVERBIALS.contains(w.get(i - 1).lower() + " " + w.get(i).lower())) i -= 2;
        return i >= from && ZERO_SUBJECT.in(w.get(i));
    }

    /** The first actor group after the trigger, up to the end of its clause; {@code stopAt} bounds the search. */
    Side after(SentenceWords sw, int end, int stopAt) {
        return after(sw, end, stopAt, Set.of());
    }

    /** As {@link #after(SentenceWords, int, int)}, passing over names that follow one of the {@code skipped} words. */
    Side after(SentenceWords sw, int end, int stopAt, Set<String> skipped) {
        List<Word> w = sw.words();
        for (int i = end; i < stopAt && i < end + MAX_AHEAD; i++) {
            Word word = w.get(i);
            boolean recipient = word.is("untuk") && i + 1 < stopAt && sw.mentionAt()[i + 1] != null;
            // "peretas yang didukung Rusia": those backed by a state act for it
            // ("yang disponsori negara China": a word for the state before its name)
            int by = i + 2 < stopAt && STATE_WORDS.in(w.get(i + 2)) ? i + 3 : i + 2;
            if (word.is("yang") && by < stopAt && BACKED.in(w.get(i + 1)) && sw.mentionAt()[by] != null) {
                Side backer = groupStartingAt(sw, by, stopAt);
                if (!backer.isEmpty()) return backer;
            }
            if (allParties(w, i)) return parties(sw, i + 1, stopAt);
            if (AHEAD_STOP.in(word) && !recipient) break;
            // "menyerang warga sipil dan menyebut ...": a verb after "dan" opens the subject's next act
            if (JOINERS.in(word) && i + 1 < stopAt && Words.verbLike(w.get(i + 1))) break;
            if (isPair(w, i)) return pairSide(w, i);
            if (sw.mentionAt()[i] != null && !isPlace(sw, i) && !after(sw, i, skipped)) {
                Side group = groupStartingAt(sw, i, stopAt);
                if (!group.isEmpty()) return group;
            }
        }
        return Side.NONE;
    }

    /** "semua pihak", "seluruh pihak", "pihak-pihak": all the sides of the conflict the text tells. */
    private static boolean allParties(List<Word> w, int i) {
        return w.get(i).is("pihak-pihak") || w.get(i).is("pihak") && i > 0 && ALL.in(w.get(i - 1));
    }

    /**
     * The sides "semua pihak" are: those in the state named after "di" ("semua pihak yang bertikai di Myanmar"), else the
     * two states most events of the text were between ("meminta semua pihak menahan diri").
     */
    private Side parties(SentenceWords sw, int from, int stopAt) {
        for (int i = from; i + 1 < stopAt && i < from + PARTIES_REACH; i++) {
            Mention m = sw.mentionAt()[i + 1];
            if (sw.words().get(i).is("di") && m != null && actsAsState(stateOf(m.entityId()))) {
                return new Side(List.of(stateOf(m.entityId())), List.of(m.entityId()));
            }
        }
        return toldPair();
    }

    /**
     * "serangan udara ... yang menewaskan sedikitnya 45 warga Palestina": the state whose citizens an attack killed or
     * wounded, told after it in the sentence.
     */
    Side victims(SentenceWords sw, int end, int stopAt) {
        List<Word> w = sw.words();
        boolean killed = false;
        for (int i = end; i + 1 < stopAt; i++) {
            if (w.get(i).is(";")) break;
            killed |= KILLING.in(w.get(i));
            Mention m = sw.mentionAt()[i + 1];
            if (killed && CIVILIANS.in(w.get(i)) && m != null && actsAsState(stateOf(m.entityId()))) {
                return new Side(List.of(stateOf(m.entityId())), List.of(m.entityId()));
            }
        }
        return Side.NONE;
    }

    /**
     * "mengirim pesawat untuk membantu Indonesia", "atas permintaan Basarnas", "bantuan ... melalui Palang Merah
     * Indonesia": whom aid is for, named after it by a purpose, a request it answers or the body it goes through.
     */
    Side recipient(SentenceWords sw, int end, int stopAt) {
        List<Word> w = sw.words();
        for (int i = end; i + 1 < stopAt && i < end + 2 * MAX_AHEAD; i++) {
            String s = w.get(i).lower();
            if (s.equals(";") || s.equals("namun") || s.equals("tetapi")) break;
            int name = RECIPIENT_CUES.in(w.get(i)) ? i + 1
                    : s.equals("atas") && w.get(i + 1).is("permintaan") && i + 2 < stopAt ? i + 2 : -1;
            // a body after "melalui" is the channel, not the route
            Mention m = name >= 0 ? sw.mentionAt()[name] : null;
            if (m != null && (m.type() == EntityType.ORG || !isPlace(sw, name))) return groupStartingAt(sw, name, stopAt);
        }
        return Side.NONE;
    }

    /** The partner named after "bersama" or "dengan" further on in the clause than {@link #after} looks, as a side. */
    Side partner(SentenceWords sw, int end, int stopAt) {
        List<Word> w = sw.words();
        for (int i = end; i + 1 < stopAt && i < end + 2 * MAX_AHEAD; i++) {
            if (AHEAD_STOP.in(w.get(i))) break;
            if (w.get(i).is("bersama") || w.get(i).is("dengan")) return after(sw, i + 1, stopAt);
        }
        return Side.NONE;
    }

    /** "memanggil pulang Duta Besar RI untuk Kerajaan Belanda": the state an envoy named after the trigger is posted to. */
    Side envoyHost(SentenceWords sw, int end, int stopAt) {
        List<Word> w = sw.words();
        boolean envoy = false;
        for (int i = end; i + 1 < stopAt && i < end + MAX_AHEAD; i++) {
            String s = w.get(i).lower();
            envoy |= ENVOYS.in(w.get(i));
            if (envoy && s.equals("untuk") && sw.mentionAt()[i + 1] != null) return groupStartingAt(sw, i + 1, stopAt);
        }
        return Side.NONE;
    }

    /** "larangan ekspor yang diberlakukan Indonesia": the agent named right after a relative di- verb in the clause. */
    Side relativeAgent(SentenceWords sw, int end, int stopAt) {
        List<Word> w = sw.words();
        for (int i = end; i + 2 < stopAt && i < end + MAX_AHEAD; i++) {
            if (!w.get(i).is("yang")) {
                if (w.get(i).punct()) break;
                continue;
            }
            Word verb = w.get(i + 1);
            if (!Words.passiveLike(verb)) return Side.NONE;
            int agent = w.get(i + 2).is("oleh") ? i + 3 : i + 2;
            // "yang digelar Presiden Korea Selatan ...": a title word before the name
            while (agent < stopAt && sw.mentionAt()[agent] == null && OFFICIALS.in(w.get(agent))) agent++;
            return agent < stopAt && sw.mentionAt()[agent] != null && !isPlace(sw, agent) ? groupStartingAt(sw, agent, stopAt) : Side.NONE;
        }
        return Side.NONE;
    }

    /**
     * The two sides a sentence names together, for an agreement whose signatories it does not name at the
     * verb ("kerja sama antara A dan B ... kesepakatan yang ditandatangani"): "antara A dan B" or "kedua negara".
     */
    Side pairIn(SentenceWords sw) {
        List<Word> w = sw.words();
        for (int i = 0; i + 1 < w.size(); i++) {
            if (isPair(w, i)) return pairSide(w, i);
            if (w.get(i).is("antara") && sw.mentionAt()[i + 1] != null) {
                Side s = groupStartingAt(sw, i + 1, w.size());
                if (s.states().size() > 1) return s;
            }
        }
        return Side.NONE;
    }

    /** Index of the first word after the trigger that is a preposition from the set, before the clause ends. */
    int find(SentenceWords sw, int end, int stopAt, Set<String> prepositions) {
        List<Word> w = sw.words();
        for (int i = end; i < stopAt && i < end + MAX_AHEAD; i++) {
            if (AHEAD_STOP.in(w.get(i))) return -1;
            if (prepositions.contains(w.get(i).lower())) return i;
        }
        return -1;
    }

    /** Where it happened: a name after "di" (or "ke" for movements) near the trigger. */
    String location(SentenceWords sw, int start, int end, int stopAt, boolean destination) {
        List<Word> w = sw.words();
        for (int i = end; i < stopAt && i < end + MAX_AHEAD; i++) {
            String s = w.get(i).lower();
            if (s.equals("\"") || s.equals("“") || s.equals("”") || s.equals(";")) break;
            if (sw.mentionAt()[i] != null && i > 0 && (w.get(i - 1).is("di") || destination && w.get(i - 1).is("ke"))) {
                return sw.mentionAt()[i].entityId();
            }
        }
        for (int i = start - 1; i >= 1 && start - i < MAX_AHEAD; i--) {
            if (sw.mentionAt()[i] != null && w.get(i - 1).is("di")) return sw.mentionAt()[i].entityId();
        }
        return null;
    }

    private static boolean isPlace(SentenceWords sw, int i) {
        if (after(sw, i, PLACE_PREPOSITIONS.words())) return true;
        // "di Yogyakarta, Surabaya, Makassar dan Medan": the names listed after a place are places too (a state after
        // one is the state it lies in: "di Provinsi Khyber Pakhtunkhwa, Pakistan")
        Mention m = sw.mentionAt()[i];
        if (m.type() == EntityType.LOC && m.entityId() != null && !isoCode(m.entityId()) && inPlaceList(sw, i)) return true;
        // "di dekat Pulau Sendang", "di perairan Talmora": a word for where stands between
        int first = i;
        while (first > 0 && sw.mentionAt()[first - 1] == sw.mentionAt()[i]) first--;
        return first > 1 && NEAR_PLACE.in(sw.words().get(first - 1))
                && PLACE_PREPOSITIONS.in(sw.words().get(first - 2));
    }

    /** True when the place at word {@code i} ends a list of places whose first follows a place preposition. */
    private static boolean inPlaceList(SentenceWords sw, int i) {
        Mention[] at = sw.mentionAt();
        int k = i;
        while (k > 0 && at[k - 1] == at[i]) k--;
        boolean listed = false;
        while (k > 1 && JOINERS.in(sw.words().get(k - 1))) {
            int prev = k - 2;
            if (prev >= 0 && at[prev] == null && JOINERS.in(sw.words().get(prev))) prev--;
            if (prev < 0 || at[prev] == null || at[prev].type() != EntityType.LOC) return false;
            k = prev;
            while (k > 0 && at[k - 1] == at[prev]) k--;
            listed = true;
        }
        return listed && k > 0 && PLACE_PREPOSITIONS.in(sw.words().get(k - 1));
    }

    /** True when the name covering word {@code i} follows one of the words. */
    private static boolean after(SentenceWords sw, int i, Set<String> words) {
        int first = i;
        Mention m = sw.mentionAt()[i];
        while (first > 0 && sw.mentionAt()[first - 1] == m) first--;
        return first > 0 && words.contains(sw.words().get(first - 1).lower());
    }

    private static boolean isPair(List<Word> w, int i) {
        if (!PAIR_WORDS.in(w.get(i))) return false; // the words each case below needs at i: most words are none
        String s = w.get(i).lower();
        if (s.equals("keduanya")) return true;
        if (s.equals("kedua") && i + 1 < w.size()) {
            String n = w.get(i + 1).lower();
            // "kedua negara/pihak/belah", and officials of the two: "kedua menteri luar negeri", "kedua pemimpin"
            return n.equals("negara") || n.equals("pihak") || n.equals("belah") || OFFICIALS.in(w.get(i + 1)) && !n.equals("para");
        }
        if ((s.equals("negara") || s.equals("pihak") || s.equals("pemimpin")) && i > 0) return w.get(i - 1).is("kedua");
        return listed(w, i) > 0;
    }

    /** "ketiga negara (itu)", "keempat pihak": how many states a back-reference to a list names, or 0. */
    private static int listed(List<Word> w, int i) {
        int k = w.get(i).is("negara") || w.get(i).is("pihak") ? i - 1 : i;
        if (k < 0 || k + 1 >= w.size() || !(w.get(k + 1).is("negara") || w.get(k + 1).is("pihak"))) return 0;
        int ordinal = ORDINALS.indexOf(w.get(k).lower());
        return ordinal < 0 ? 0 : ordinal + 3;
    }

    private static final List<String> ORDINALS = List.of("ketiga", "keempat", "kelima", "keenam");
    private static final Cue PAIR_WORDS = Cue.copyOf(Stream.concat(Stream.of("keduanya", "kedua", "negara", "pihak", "pemimpin"),
            ORDINALS.stream()).toList());

    /**
     * "Niger, Mali, dan Burkina Faso ... ketiga negara itu": the last list of {@code n} states named together (joined by
     * commas, "dan" or "serta") before {@code offset}.
     */
    private Side listedStates(int n, int offset) {
        return listedStates(n, offset, List.of());
    }

    /** As {@link #listedStates(int, int)}, passing over lists that name any of the {@code others}. */
    private Side listedStates(int n, int offset, List<String> others) {
        List<String> run = new ArrayList<>(), found = null;
        Mention prev = null;
        for (Mention m : linked) {
            if (m.span().end() > offset) break;
            String state = stateOf(m.entityId());
            boolean joined = prev != null && LIST_GAP.matcher(text.substring(prev.span().end(), Math.max(prev.span().end(), m.span().start()))).matches();
            if (!actsAsState(state) || !joined) {
                if (run.size() == n && Collections.disjoint(run, others)) found = run;
                run = new ArrayList<>();
            }
            prev = actsAsState(state) ? m : null;
            if (prev != null && !run.contains(state)) run.add(state);
        }
        if (run.size() == n && Collections.disjoint(run, others)) found = run;
        return found == null ? Side.NONE : new Side(List.copyOf(found), List.copyOf(found));
    }

    /**
     * "Laos menolak keberatan kedua negara itu" after "Kamboja dan Vietnam memprotes rencana Laos": two states the subject
     * answers are not the subject's own pair, but the last two named together without it; none when no such two were.
     */
    Side pairWithout(Side source, int offset) {
        return listedStates(2, offset, source.states());
    }

    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,\\s*(?:(?:dan|serta)\\s+)?|(?:dan|serta)\\s+)");

    /** "Kedua menteri sepakat ...": the two officials are those who last met; "kedua negara" the states most told of. */
    private Side pairSide(List<Word> w, int i) {
        int n = listed(w, i);
        if (n > 0) return listedStates(n, w.get(i).span().start());
        boolean officials = w.get(i).is("kedua") ? i + 1 < w.size() && OFFICIALS.in(w.get(i + 1))
                : i > 0 && w.get(i - 1).is("kedua") && OFFICIALS.in(w.get(i));
        return officials && lastMet != null ? new Side(lastMet, lastMet) : toldPair();
    }

    /** The two states most events of the text were between so far (else the two it names most): what talks just told were between. */
    Side toldPair() {
        List<String> told = pairs.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<List<String>, int[]> e) -> e.getValue()[0]).thenComparingInt(e -> e.getValue()[1]))
                .map(Map.Entry::getKey).orElse(null);
        if (told != null) {
            List<String> ordered = firstOrder.get(told);
            return new Side(ordered, ordered);
        }
        if (pair == null) pair = mostNamedStates();
        return pair.size() == 2 ? new Side(pair, pair) : Side.NONE;
    }

    /**
     * Records an event between two states: "kedua negara" after it refers to the two states most events so far
     * were between, the latest of them on a tie (background such as "sejak invasi Rusia ke Ukraina" in a story about
     * Russia and North Korea does not move it).
     */
    void sawPair(String source, String target, boolean meeting) {
        if (meeting) lastMet = List.of(source, target);
        List<String> key = source.compareTo(target) < 0 ? List.of(source, target) : List.of(target, source);
        firstOrder.putIfAbsent(key, List.of(source, target));
        int[] seen = pairs.computeIfAbsent(key, k -> new int[2]);
        seen[0]++;
        seen[1] = ++pairEvents;
    }

    /** The speaker of the quote a word stands in, as a side; none when the quote names no linked speaker. */
    private Side speakerAt(Span word) {
        for (Quote q : analysis.quotes()) {
            if (q.speakerId() != null && q.span().contains(word)) return new Side(List.of(stateOf(q.speakerId())), List.of(q.speakerId()));
        }
        return Side.NONE;
    }

    /**
     * The subject of the clause a trigger stands in when the words before it share an earlier verb's subject
     * but no coded event gave one ("Korea Selatan memanggil duta besar Rusia untuk memprotes"): the first
     * actor of the region, when no verb stands before it.
     */
    Side clauseSubject(SentenceWords sw, int from, int trigger) {
        List<Word> w = sw.words();
        for (int i = from; i < trigger; i++) {
            // "Dari Naypyidaw, Retno ...", "Menurut militer Filipina, awak kapal ...": a name in a fronted phrase of place,
            // time or source is not the subject
            if (FRONTED.in(w.get(i))) {
                int comma = i + 1;
                while (comma < trigger && !w.get(comma).is(",")) comma++;
                if (comma < trigger) i = comma;
                continue;
            }
            if (Words.verbLike(w.get(i)) || BACK_STOP.in(w.get(i))) return Side.NONE;
            if (sw.mentionAt()[i] != null && !isPlace(sw, i)) return groupStartingAt(sw, i, trigger);
        }
        return Side.NONE;
    }

    /**
     * "Grab mengatakan pihaknya ...", "Pihaknya juga berencana ..., ujar Whipps", "Pihaknya mengancam ..." after the union's
     * head spoke: "his side" is the body or state of whom the sentence names as speaking (the subject before it, else the
     * name after a speech tag), else of the last person named.
     */
    private Side ownSide(SentenceWords sw, int i) {
        Side subject = clauseSubject(sw, 0, i);
        if (!subject.isEmpty()) return subject;
        List<Word> w = sw.words();
        for (int k = i + 1; k + 1 < w.size(); k++) {
            if (!SPEECH_TAGS.in(w.get(k))) continue;
            int name = k + 1;
            while (name < w.size() && sw.mentionAt()[name] == null && !capitalised(w.get(name)) && name - k <= 2) name++;
            if (name < w.size() && sw.mentionAt()[name] != null) return groupStartingAt(sw, name, w.size());
        }
        Side opener = openerBefore(w.getFirst().span().start());
        return opener.isEmpty() ? pronoun(w.get(i).span().start()) : opener;
    }

    /**
     * "SBMI mengkritik pemerintah ... . Pihaknya juga meminta Ombudsman ...": "pihaknya" with no subject or speaker in its
     * own sentence is whoever opens the sentence before it, the first person or body that sentence names.
     */
    private Side openerBefore(int sentenceStart) {
        Span before = null;
        for (Sentence s : analysis.sentences()) {
            if (s.span().end() > sentenceStart) break;
            before = s.span();
        }
        if (before == null) return Side.NONE;
        int from = Math.max(before.start(), analysis.article().leadEnd());
        // "Kepada Ombudsman, SBMI mengadukan ...": a name in a fronted phrase does not open the sentence's clause
        int word = before.start();
        while (word < before.end() && !Character.isLetter(text.charAt(word))) word++;
        int wordEnd = word;
        while (wordEnd < before.end() && Character.isLetter(text.charAt(wordEnd))) wordEnd++;
        int comma = text.indexOf(',', wordEnd);
        if (PHRASE_OPENERS.containsLowerCased(text, word, wordEnd) && comma >= 0 && comma < before.end()) {
            from = Math.max(from, comma + 1);
        }
        for (Mention m : linked) {
            if (m.span().start() >= before.end()) break;
            if (m.span().start() >= from
                    && (m.type() == EntityType.PER || m.type() == EntityType.ORG)) return side(List.of(m));
        }
        return Side.NONE;
    }

    private static final Cue SPEECH_TAGS = Cue.of("kata", "ujar", "tutur", "ucap", "ungkap", "jelas", "tegas");

    private Side pronoun(int at) {
        for (int k = linked.size() - 1; k >= 0; k--) {
            Mention m = linked.get(k);
            if (m.span().end() <= at && m.type() == EntityType.PER) return side(List.of(m));
        }
        return Side.NONE;
    }

    /** Names joined by "dan", "serta", a comma or nothing (titles: "Presiden Rusia Vladimir Putin") act together. */
    private Side groupEndingAt(SentenceWords sw, int i, int from) {
        List<Mention> ms = new ArrayList<>();
        Mention[] at = sw.mentionAt();
        int k = i;
        while (k >= from) {
            if (at[k] != null) {
                if (ms.isEmpty() || ms.getLast() != at[k]) ms.add(at[k]);
                k--;
                continue;
            }
            String s = sw.words().get(k).lower();
            // "Di sela KTT, Jokowi bertemu ...": a name in a fronted phrase is not the subject's
            if (s.equals(",") && fronted(sw, k, from)) break;
            // "Lembaga Bantuan Hukum (LBH) Semarang": a bracketed abbreviation stands inside the name, the body the name
            // before it spells out (kept once, as the abbreviation)
            if (s.equals(")") && k - 1 >= from && at[k - 1] != null && at[k - 1].type() == EntityType.ORG) {
                k--;
                continue;
            }
            if (s.equals("(") && k - 1 >= from && at[k - 1] != null && !ms.isEmpty() && at[k - 1].type() == EntityType.ORG
                    && ms.getLast().type() == EntityType.ORG) {
                Mention spelled = at[k - 1];
                k--;
                while (k >= from && at[k] == spelled) k--;
                continue;
            }
            // "Indonesia, Malaysia dan sejumlah negara anggota OKI": the members named act, not the body they belong to
            if (s.equals("anggota") && !ms.isEmpty() && ms.stream().noneMatch(x -> actsAsState(stateOf(x.entityId())))) {
                int j = k - 1;
                while (j >= from && at[j] == null && MEMBERS.in(sw.words().get(j))) j--;
                if (j - 1 >= from && at[j] == null && JOINERS.in(sw.words().get(j)) && at[j - 1] != null) {
                    ms.clear();
                    k = j - 1;
                    continue;
                }
            }
            // "Tentara Nasional Indonesia dan militer Amerika Serikat": a word for officials between "dan" and the name
            // ("Tentara Nasional Indonesia (TNI) dan militer ...": after a bracketed abbreviation too)
            if (OFFICIALS.in(sw.words().get(k)) && k - 2 >= from && JOINERS.in(sw.words().get(k - 1)) && (at[k - 2] != null
                    || sw.words().get(k - 2).is(")") && k - 3 >= from && at[k - 3] != null)) {
                k -= 2;
                continue;
            }
            // "Indonesia bersama Malaysia mendesak": named together before the verb, they act together
            boolean joiner = JOINERS.in(sw.words().get(k)) || s.equals("bersama");
            int prev = k - 1;
            if (joiner && prev > from && at[prev] == null && JOINERS.in(sw.words().get(prev))) prev--;
            while (!joiner && prev >= from && at[prev] == null && k - prev < 4 && capitalised(sw, prev)) prev--;
            // "Velkan dan Menteri Luar Negeri Talmora Nadia Kerrow": "dan" before the title (a comma there opens an aside)
            boolean joined = joiner;
            String before = prev > from ? sw.words().get(prev).lower() : "";
            if (!joiner && capitalised(sw, k) && (before.equals("dan") || before.equals("serta")) && at[prev] == null) {
                prev--;
                joined = true;
            }
            if (joined) prev = beforePosition(sw, prev, from);
            // "berunjuk rasa di depan Istana, Malaysia menolak": a place named after a place preposition is no one acting
            if ((joined || capitalised(sw, k)) && prev >= from && at[prev] != null && !(s.equals(",") && isPlace(sw, prev))) {
                k = prev;
                continue;
            }
            break;
        }
        return side(ms.reversed());
    }

    /**
     * "Menkes Budi (kanan) dan Menlu Australia Penny Wong": a caption's bracketed position in lower case after a name is
     * passed over. The index before the bracket, or {@code i} when none closes there.
     */
    private int beforePosition(SentenceWords sw, int i, int from) {
        if (i < from || !sw.words().get(i).is(")")) return i;
        for (int k = i - 1; k >= from && i - k <= 4; k--) {
            Word w = sw.words().get(k);
            if (w.is("(")) return k - 1;
            if (capitalised(w) || w.punct()) return i;
        }
        return i;
    }

    /** True when the comma at {@code comma} closes a phrase opened by a preposition ("Di sela KTT,"). */
    private static boolean fronted(SentenceWords sw, int comma, int from) {
        int k = comma - 1;
        while (k > from && !sw.words().get(k - 1).is(",")) k--;
        return k >= 0 && k < comma && FRONTED.in(sw.words().get(k));
    }

    private Side groupStartingAt(SentenceWords sw, int i, int stopAt) {
        List<Mention> ms = new ArrayList<>();
        Mention[] at = sw.mentionAt();
        int k = i;
        while (k < stopAt) {
            if (at[k] != null) {
                if (ms.isEmpty() || ms.getLast() != at[k]) ms.add(at[k]);
                k++;
                continue;
            }
            String s = sw.words().get(k).lower();
            boolean joiner = JOINERS.in(sw.words().get(k));
            boolean title = capitalised(sw, k);
            int next = k + 1;
            // "Indonesia, Jepang, dan Korea Selatan": the list's last comma stands before its "dan"
            if (joiner && next < stopAt && at[next] == null && JOINERS.in(sw.words().get(next))) next++;
            while (title && next < stopAt && at[next] == null && next - k < 4 && capitalised(sw, next)) next++;
            // "A, Penjabat Perdana Menteri Thailand B, dan ...": a list's next member may come with its title
            while (joiner && next < stopAt && at[next] == null && next - k <= 4
                    && (OFFICIALS.in(sw.words().get(next)) || capitalised(sw, next))) next++;
            if ((joiner || title) && next < stopAt && at[next] != null) {
                k = next;
                continue;
            }
            break;
        }
        return side(ms);
    }

    boolean capitalised(SentenceWords sw, int i) {
        return Character.isUpperCase(text.charAt(sw.words().get(i).span().start()));
    }

    private Side side(List<Mention> found) {
        // "ke Laut Timur", "dari Jalur Gaza": a place no state is known for is where, not who
        List<Mention> ms = new ArrayList<>(found.size());
        boolean hasPerson = false;
        Mention seat = null;
        for (Mention m : found) {
            if (noActor(m)) continue;
            if (seatOfBody(ms, seat, m)) {
                seat = m;
                continue;
            }
            seat = null;
            ms.add(m);
            hasPerson |= m.type() == EntityType.PER;
        }
        if (ms.isEmpty()) return Side.NONE;
        if (ms.size() == 1) return new Side(List.of(stateOf(ms.getFirst().entityId())), List.of(ms.getFirst().entityId()));
        Set<String> states = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        List<String> officers = new ArrayList<>();
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (inTitle(ms, k)) continue;
            boolean officer = byOffice(m.entityId());
            if (officer) officers.add(m.entityId());
            states.add(officer ? m.entityId() : stateOf(m.entityId()));
            if (!hasPerson || m.type() == EntityType.PER) named.add(m.entityId());
        }
        // "Menteri Pertahanan Iran, Ali Rahimi": a person without a known state acts for the place or body named with them;
        // another person's state, or the place in another's title, says nothing of theirs ("Airlangga dan Wakil Perdana
        // Menteri Malaysia Fadillah")
        List<String> known = new ArrayList<>();
        for (int k = 0; k < ms.size(); k++) {
            String state = stateOf(ms.get(k).entityId());
            if (ms.get(k).type() != EntityType.PER && !titleOfNextPerson(ms, k) && actsAsState(state) && !known.contains(state)) known.add(state);
        }
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            // "pemimpin junta Myanmar Min Aung Hlaing": the state in a person's own title is theirs
            String own = k > 0 && titleOfNextPerson(ms, k - 1) ? stateOf(ms.get(k - 1).entityId()) : null;
            // "Duta Besar RI untuk Malaysia Hermono": an envoy serves the state named before "untuk", not the one posted to
            if (own != null) {
                Mention from = envoySender(ms.get(k - 1));
                if (from != null) {
                    own = stateOf(from.entityId());
                    states.remove(stateOf(ms.get(k - 1).entityId()));
                    states.add(own);
                }
            }
            List<String> theirs = actsAsState(own) ? List.of(own) : known;
            if (theirs.isEmpty() || m.type() != EntityType.PER || actsAsState(stateOf(m.entityId())) && !officers.contains(m.entityId())) continue;
            states.remove(m.entityId());
            if (theirs.size() == 1) learned.put(m.entityId(), theirs.getFirst());
        }
        // no state named with them: a national office is Indonesia's
        if (known.isEmpty() && !officers.isEmpty()) {
            List<String> mapped = states.stream().map(st -> officers.contains(st) ? officeState(headOfState(st)) : st).distinct().toList();
            states.clear();
            states.addAll(mapped);
        }
        return new Side(List.copyOf(states), List.copyOf(named));
    }

    /**
     * "Polda Jawa Tengah", "LBH Semarang", "Kepolisian Daerah (Polda) Jawa Tengah", "Gedung DPR, Senayan, Jakarta": a
     * province or city right after a body's name is where the body sits, not an actor beside it.
     */
    private boolean seatOfBody(List<Mention> kept, Mention seat, Mention m) {
        if (kept.isEmpty() || m.type() != EntityType.LOC || actsAsState(m.entityId())) return false;
        Mention body = kept.getLast();
        // a seat named in parts: "Gedung DPR, Senayan, Jakarta"
        Mention previous = seat != null ? seat : body;
        if (body.type() != EntityType.ORG || previous.span().end() > m.span().start()) return false;
        String between = text.substring(previous.span().end(), m.span().start()).strip();
        return between.isEmpty() || between.equals(")") || between.equals(",");
    }

    /** Whether the next name is a person's, with no "dan" or comma between: the name stands in that person's title. */
    private boolean titleOfNextPerson(List<Mention> ms, int k) {
        return k + 1 < ms.size() && ms.get(k + 1).type() == EntityType.PER && !apart(ms.get(k), ms.get(k + 1));
    }

    /** "Duta Besar RI untuk Malaysia": the state an envoy named before {@code postedTo} comes from, or null. */
    private Mention envoySender(Mention postedTo) {
        Mention before = null;
        for (Mention m : linked) {
            if (m.span().end() > postedTo.span().start()) break;
            before = m;
        }
        if (before == null || !actsAsState(stateOf(before.entityId()))) return null;
        String between = text.substring(before.span().end(), postedTo.span().start()).strip();
        String title = text.substring(Math.max(0, before.span().start() - 20), before.span().start()).toLowerCase(java.util.Locale.ROOT);
        return between.equals("untuk") && ENVOYS.words().stream().anyMatch(title::contains) ? before : null;
    }

    /** Whether a comma, "dan" or "serta" stands between two names. */
    private boolean apart(Mention a, Mention b) {
        String between = text.substring(a.span().end(), Math.max(a.span().end(), b.span().start()));
        return between.contains(",") || between.contains(" dan ") || between.contains(" serta ");
    }

    /**
     * "Kepala Pusat Penerangan TNI Laksamana Muda Julius Widjojono": a body of no known state in the title of a person
     * named right after it (no "dan" or comma between) is where they serve, not an actor of its own.
     */
    private boolean inTitle(List<Mention> ms, int k) {
        Mention m = ms.get(k);
        Entity body = entities.get(m.entityId());
        if (m.type() != EntityType.ORG || actsAsState(stateOf(m.entityId())) || body != null && ownActor(body)) return false;
        for (int j = k + 1; j < ms.size(); j++) {
            if (apart(ms.get(j - 1), ms.get(j))) return false;
            if (ms.get(j).type() == EntityType.PER) return true;
        }
        return false;
    }

    /** The two states the article names most: what "kedua negara" refers to. */
    private List<String> mostNamedStates() {
        Map<String, Integer> count = new HashMap<>();
        for (Mention m : linked) {
            String s = stateOf(m.entityId());
            if (actsAsState(s)) count.merge(s, 1, Integer::sum);
        }
        List<String> top = count.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(Map.Entry::getKey).toList();
        return top;
    }
}
