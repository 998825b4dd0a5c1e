package id.linimasa.quote;

import id.linimasa.Analysis;
import id.linimasa.Layer;
import id.linimasa.Stage;
import id.linimasa.entity.Entity;
import id.linimasa.entity.EntityCatalog;
import id.linimasa.entity.EntityType;
import id.linimasa.entity.Mention;
import id.linimasa.entity.Role;
import id.linimasa.text.Sentence;
import id.linimasa.text.Span;
import id.linimasa.text.Tokenizer;
import id.linimasa.text.WordSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds who said what. Direct quotes are the words between quotation marks (curly or straight; a quote
 * running over several paragraphs opens each one and closes only the last), attributed by a speech verb
 * after them ("...," kata X; "...," ujarnya) or before them (X mengatakan, "..."). Indirect quotes are
 * reported speech: "X mengatakan bahwa ...", "..., kata X kepada wartawan", "Menurut X, ...".
 * The speaker is the linked entity named there; "-nya" ("katanya") and "ia" point to the person just named in the
 * paragraph, else the previous speaker. Quoted terms, titles and slogans without a speaker tag are no quotes.
 */
public final class QuoteFinder implements Stage {

    /** Verbs that attribute words after the quote: "...," kata Peskov. "-nya" forms refer to the last speaker. */
    private static final Pattern AFTER = Pattern.compile(
            "^[\\s,.]*(?:demikian\\s+)?(kata|ujar|ucap|tutur|tegas|jelas|imbuh|tambah|ungkap|papar|sebut|lanjut|terang|tandas|pungkas|pesan"
            // questions and replies, complaints and memories, and words written in a post ("tulis X", "cuitnya")
            + "|tanya|jawab|sergah|sambung|keluh|kisah|kenang|sindir|urai|beber|tulis|cuit"
            // retorts and shouts ("balas Siti", "sahut Iis", "teriak sejumlah buruh"), a statement's close ("demikian pernyataan X")
            + "|balas|sahut|timpal|teriak|seru|bisik|celetuk|(?<=demikian\\s)(?:pernyataan|keterangan)"
            // English wire copy: "...," said X
            + "|said|says|added)(nya)?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** English speech verbs of wire copy ("..., a ministry official said", "He said the ...", "told Reuters that ..."). */
    private static final String ENGLISH_VERBS = "said|says|added|stated|explained|noted|warned|insisted|wrote";
    /** An English tag after the quote with the speaker before the verb: "...," she said; "...," X, the ministry's ..., told reporters. */
    private static final Pattern ENGLISH_AFTER = Pattern.compile("^[\\s,]*(?:((?i:he|she))|(\\p{Lu}[^.!?“”\"\\n]{1,120}?))\\s+(?:" + ENGLISH_VERBS + "|told)\\b");
    /** "..., a senior trade ministry official said on Monday, ...": the reported clause before its subject and verb. */
    private static final Pattern ENGLISH_TRAILING = Pattern.compile(",\\s+([^,.;“”\"]{1,60}?)\\s+(?:" + ENGLISH_VERBS
            + "|told\\s+\\S+)(?=[\\s,.]|$)");
    /**
     * "X said (in a statement) (that) ...", "X told Reuters that ...": the reported words after the verb; "told" wants
     * whom it told and "that".
     */
    private static final Pattern ENGLISH_REPORT = Pattern.compile("\\b(?:(?:said|says|added|stated|explained|warned|insisted)"
            + "(?:\\s+(?:in\\s+a\\s+statement|on\\s+\\p{Lu}\\p{Ll}+))?,?\\s+(?:that\\s+)?|told\\s+[\\p{L}.]+\\s+that\\s+)");
    /** An English article opening the words before a name ("the United Nations"). */
    private static final Pattern ARTICLE = Pattern.compile("^(?i:the|an?)(?:\\s+|$)");
    /** "According to X, ...": the source named at the sentence's start. */
    private static final Pattern ACCORDING = Pattern.compile("^\\s*According\\s+to\\s+([^,]{2,80}),\\s*");
    /** Verbs that introduce speech after them: X mengatakan, "..." / X mengatakan bahwa ... */
    // lower case as running text writes them, and factored by prefix: the regex engine tries them at every position
    // "mengaku(i)", "menyebut" and "memastikan" report a clause too; what is only named or felt is told apart by NOT_SPEECH
    private static final String SPEECH_VERBS = "me(?:ngatakan|nyatakan|negaskan|njelaskan|ngungkapkan|nyebutkan|nyebut|nambahkan"
            + "|nuturkan|ngklaim|nilai|mperingatkan|nekankan|ngemukakan|ngakui|ngaku|mastikan|nduga|mperkirakan|maparkan|nerangkan"
            + "|mbantah|nampik|mbenarkan|nuding)"
            + "|ber(?:kata|ujar|dalih|pendapat|cerita)";
    /** Before quotation marks these verbs introduce words too; for reported speech they need "bahwa" ("menyampaikan bahwa"). */
    // replies and quips ("menimpali", "berkelakar") introduce words between quotation marks, never a clause of their own
    private static final String CONVEYING = "me(?:nyampaikan|nyerukan|ngingatkan|nimpali|njawab|nyahut|ngumumkan|nulis)|ber(?:kelakar|seloroh|seru|saksi)";
    /** Of those, the ones that report a clause after a comma too ("Bupati menjawab, pemerintah kabupaten sudah ..."). */
    private static final String CONVEYING_CLAUSE = "me(?:njawab|nyampaikan|ngingatkan|ngumumkan)";
    /** A question introduces the words in quotation marks after it, never reported words of its own ("bertanya, apakah ..."). */
    private static final String ASKING = "bertanya";
    /**
     * What a speech verb takes when it reports no words: a feeling or stance ("mengaku puas", "menyatakan keprihatinan",
     * "menyatakan dukungan") unless "bahwa" or a comma follows.
     */
    private static final Set<String> STANCES = WordSet.of("puas", "senang", "bangga", "kecewa", "sedih", "bersyukur", "lega",
            "terharu", "prihatin", "khawatir", "bahagia", "gembira", "heran", "kaget", "terkejut", "menyesal",
            "keprihatinan", "kekecewaan", "kekhawatiran", "dukungan", "duka", "belasungkawa", "simpati", "apresiasi",
            "penyesalan", "kesiapan", "kesediaan", "komitmen", "terima", "keberatan", "penolakan", "persetujuan",
            // what the words were about, or how they were said ("bercerita tentang ...", "berkata singkat kepada wartawan")
            "tentang", "soal", "mengenai", "singkat", "lirih", "pelan", "perlahan", "panjang",
            // a thing won ("memastikan gelar", "memastikan tiket ke final")
            "gelar", "tiket", "kemenangan", "medali", "kursi", "juara");
    /**
     * Verbs that take a thing as readily as a clause ("mengakui keunggulan lawan", "membantah tudingan itu", "membenarkan
     * adanya jeda"): without "bahwa" or a comma they report words only when a clause follows.
     */
    private static final Set<String> CLAUSE_ONLY = WordSet.of("mengakui", "membantah", "menampik", "membenarkan", "menuding");
    /** Words in the first few after such a verb that make what follows a clause ("mengakui kakinya mulai kram"). */
    private static final Set<String> CLAUSE_MARKERS = WordSet.of("tidak", "belum", "sudah", "telah", "masih", "mulai", "akan",
            "sedang", "harus", "bisa", "dapat", "kurang", "terlalu", "sempat", "pernah",
            // predicates without a verb's prefix ("mengakui timnya kalah")
            "kalah", "gagal", "salah", "keliru", "lalai",
            // that something is ("mengakui ada tiket ganda"; not "adanya ...")
            "ada");
    /**
     * Words after which a speech verb is what someone believes, fears or may not do ("Mereka percaya menyebut nama harimau
     * ... mendatangkan celaka"): no one reports words with it.
     */
    private static final Set<String> COMPLEMENT_TAKERS = WordSet.of("percaya", "yakin", "takut", "enggan", "pantang", "dilarang",
            "khawatir", "ragu", "segan", "malu", "berani", "lupa");
    /** Quoted words after these name a thing (a banner's text, a hashtag, a title, a nickname): no one says them. */
    private static final List<String> NAMING_WORDS = List.of("bertuliskan", "bertajuk", "berjudul", "berjuluk", "bernama", "tagar",
            "sebutan", "dijuluki", "menjuluki", "yel-yel", "slogan", "semboyan", "jargon", "moto", "motto");
    private static final Pattern NAMED_AS = Pattern.compile("\\b(?:" + String.join("|", NAMING_WORDS) + ")\\s*$", Pattern.CASE_INSENSITIVE);
    private static final int NAMING_WORD_LENGTH = NAMING_WORDS.stream().mapToInt(String::length).max().orElseThrow();
    /** "menyebut X sebagai Y": naming, not reporting. */
    private static final Pattern NAMING = Pattern.compile("\\bsebagai\\b|[“”\"]");
    private static final Pattern AS = Pattern.compile("\\bsebagai\\b");
    private static final Pattern COPULA = Pattern.compile("\\bsebagai\\s[^,“”\"]{1,40}?\\s(?:adalah|merupakan|ialah)\\s");
    private static final Pattern BEFORE = Pattern.compile("\\b(" + SPEECH_VERBS + "|" + CONVEYING + "|" + ASKING + ")\\b");
    /**
     * "X mengatakan(, kepada wartawan) bahwa ...", "X menegaskan pada Selasa (4/3) bahwa ...", "X memperingatkan Y bahwa
     * ...": the reported words start after the verb, what stands between it and a near "bahwa", and "bahwa".
     */
    private static final Pattern INDIRECT = Pattern.compile("\\b(?:(" + SPEECH_VERBS + ")[,:]?\\s+(?:(?:[^.“”\"]{1,50}?\\s+)?bahwa\\s+)?"
            + "|(" + CONVEYING_CLAUSE + "),\\s+"
            + "|(" + CONVEYING + ")\\s+(?:[^.“”\"]{1,50}?\\s+)?bahwa\\s+)");
    /**
     * {@link #INDIRECT} for a sentence without "bahwa", where its parts that need the word fail: the same matches, without
     * the search up to 50 characters ahead for the word at every verb.
     */
    private static final Pattern INDIRECT_WITHOUT_BAHWA = Pattern.compile("\\b(?:(" + SPEECH_VERBS + ")[,:]?\\s+|(" + CONVEYING_CLAUSE + "),\\s+)");
    /**
     * "Penegasan itu disampaikan X ...", "Demikian dikatakan X ...", "Kalimat itu diucapkan X ...": a paragraph that opens so
     * gives the speaker of the words in quotation marks that closed the paragraph before.
     */
    private static final Pattern SAID_BY = Pattern.compile("(?:(?:Demikian|Begitu)\\s+|(?:\\p{Lu}\\p{Ll}+\\s+)(?:\\p{Ll}+\\s+)?(?:itu|tersebut)\\s+)"
            + "di(?:sampaikan|katakan|ucapkan|ungkapkan|tegaskan|lontarkan|utarakan|jelaskan)\\s");
    /** "Putin: “...”": a name and a colon right before the quotation marks. */
    private static final Pattern COLON = Pattern.compile(":\\s*$");
    private static final Pattern TRAILING = Pattern.compile(
            ",\\s+(kata|ujar|ucap|tutur|tegas|jelas|imbuh|ungkap|menurut|lanjut(?=nya)|tambah(?=nya)|terang(?=nya))(nya)?\\b");
    /** "Menurut X, ...", "Menurutnya, ..." ("according to him"), also after a connective ("Namun, menurut dia, ..."). */
    private static final Pattern MENURUT = Pattern.compile("^\\s*(?:\\p{Lu}\\p{Ll}++,\\s+m|M)enurut(?:nya|\\s+([^,]{2,80})),\\s*");
    /** "Menurut X, “...”": the source named right before the quotation marks. */
    private static final Pattern MENURUT_BEFORE = Pattern.compile("\\bMenurut\\s+([^,.“”\"]{2,80}),\\s*$");
    /** Sentence-final punctuation: quoted words without it may be a term, a title or a slogan rather than speech. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]");
    /** Quoted words this short, without a sentence end or a speaker tag at them, are a term ("wait and see"). */
    private static final int TERM_WORDS = 4;
    /** Words between a pronoun and its speech verb ("ia hanya berkata", "dia juga menegaskan"). */
    private static final Set<String> ADVERBS = WordSet.of("hanya", "juga", "pun", "lalu", "kemudian", "bahkan", "sempat",
            "kembali", "tetap", "masih", "sudah", "telah", "pernah", "sendiri", "lantas", "pula", "sebelumnya", "tidak");
    /** Who a quote's speaker may be written as, for someone named before ("pihaknya": his side, for the one quoted before). */
    private static final Set<String> PRONOUNS = WordSet.of("ia", "dia", "beliau", "pihaknya", "he", "she");
    /** First words of a subject that make it many people, unnamed ("Para buruh", "Sejumlah pengungsi", "Dua serikat pekerja"). */
    private static final Set<String> PLURAL = WordSet.of("para", "sejumlah", "sebagian", "beberapa", "banyak", "mereka", "kedua",
            "dua", "tiga", "empat", "lima", "enam", "puluhan", "ratusan", "ribuan", "seluruh", "semua", "kalangan");
    /** People by what they do or where they are, as a bare subject ("penumpang mengaku ..."): many, unnamed. */
    private static final Set<String> PEOPLE = WordSet.of("warga", "penumpang", "pedagang", "petani", "nelayan", "buruh", "pekerja",
            "karyawan", "siswa", "mahasiswa", "pengunjung", "wisatawan", "penonton", "jemaah", "jamaah", "pengemudi", "sopir",
            "pelanggan", "konsumen", "peserta", "relawan", "pengungsi", "penduduk", "warganet", "suporter", "pendukung", "penggemar");
    /** Connectives that may open a clause before its subject ("Namun penumpang mengaku ..."). */
    private static final Set<String> CONNECTIVES = WordSet.of("namun", "tetapi", "tapi", "sementara", "sedangkan", "adapun", "bahkan", "kini");
    /** Units after a number that make it a time ("Dua pekan lalu, ..."), not a count of speakers. */
    private static final Set<String> TIME_UNITS = WordSet.of("detik", "menit", "jam", "hari", "pekan", "minggu", "bulan", "tahun", "kali");
    /** Words right before a name that make it no speaker: a language ("berbahasa Inggris"), where someone lives or comes from. */
    private static final List<String> NOT_SUBJECT_WORDS = List.of("bahasa", "berbahasa", "warga", "asal");
    private static final Pattern NOT_SUBJECT_LEAD = Pattern.compile("(?i:\\b(?:" + String.join("|", NOT_SUBJECT_WORDS) + "))\\s+$");
    private static final int NOT_SUBJECT_LENGTH = NOT_SUBJECT_WORDS.stream().mapToInt(String::length).max().orElseThrow();
    /** A relative clause without commas up to a name ("pernyataan yang diterima Kompas"): the name is no subject. */
    private static final Pattern RELATIVE_LEAD = Pattern.compile("\\byang\\s[^,.;:“”\"]*$");
    /** A relative clause that only gives a title ("yang juga Ketua Harian Partai X"): the name after it still speaks. */
    private static final Pattern TITLE_RELATIVE = Pattern.compile("yang\\s+(?:(?:juga|merupakan|menjabat|sekaligus|kini|adalah|sebagai)\\s+)+(?:\\p{Lu}\\S*\\s+)*");
    /** Degrees written after a name and a comma ("Anastasia Widyaningrum, MPH,"), which the tagger may take for a body. */
    private static final Set<String> DEGREES = WordSet.of("MPH", "MBA", "MSc", "MM", "MH", "SH", "SE", "ST", "MSi", "MKes", "PhD", "MA",
            "MT", "SPd", "SIP", "SSos", "MAP", "MPA", "LLM", "SKom", "MKom", "SKM", "MPd");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<!\\p{L})\\p{Ll}{3,}");
    /** Words before a speech verb that leave it without a subject of its own. */
    private static final Set<String> ZERO_SUBJECT = WordSet.of("dan", "serta", "dengan", "sambil", "seraya", "lalu", "kemudian");
    /** How far before its verb a speaker's name may end ("Peskov, juru bicara Kremlin, mengatakan"). */
    private static final int SUBJECT_REACH = 40;
    /** The outlet-and-place lead a first sentence may still carry ("TEMPO.CO, Jakarta - "): not anyone's words. */
    private static final Pattern DATELINE = Pattern.compile("^[\\p{L}\\d.]+,\\s+[\\p{L}\\d. ()]{1,30}?\\s+[-–—]\\s+");
    /** A relative clause between a subject and its verb. */
    private static final Pattern RELATIVE = Pattern.compile(",\\s*(?:yang|who|which)\\s[^,]{1,80},\\s*$");
    /** A description set off by commas between a subject and its verb ("Rizky, pemain berusia 19 tahun asal X, mengaku"). */
    private static final Pattern APPOSITION = Pattern.compile("(?:\\s*\\(\\d+\\))?,\\s*\\p{Ll}[^.;:“”\"]{0,120},\\s*");
    /** A specialist's degree after a name ("dr. X, Sp.PD,"), which the tagger may take for a name. */
    private static final Pattern SPECIALIST = Pattern.compile("Sp\\.?\\p{Lu}{1,4}");
    /** A capitalised word, where a name the entity stage missed may stand. */
    private static final Pattern CAPITALISED = Pattern.compile("\\s*(\\p{Lu}\\p{L}+)\\b");
    /** Titles written alone for a person named before ("Menlu", "Dubes"). */
    private static final Set<String> TITLES = java.util.stream.Stream.of("titles.txt", "title-abbreviations.txt")
            .flatMap(f -> EntityCatalog.resourceLines(f).stream())
            .filter(t -> !t.contains(" ")).map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.collectingAndThen(Collectors.toSet(), WordSet::copyOf));
    /** Titles of two words ("Juru Bicara", "Wakil Presiden"), lower-cased: an office as subject may open with one. */
    private static final Set<String> TITLE_PHRASES = EntityCatalog.resourceLines("titles.txt").stream()
            .filter(t -> t.split(" ").length == 2).map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.collectingAndThen(Collectors.toSet(), WordSet::copyOf));
    /** How far before a name its title may start ("Duta Besar Indonesia untuk Malaysia X"). */
    private static final int TITLE_REACH = 50;
    private static final Pattern TITLE_WORD = Pattern.compile("\\b\\p{Lu}\\p{Ll}+");
    /** A sentence whose subject is someone unnamed ("Seorang pedagang ...", "Salah seorang warga ..."). */
    private static final Pattern UNNAMED = Pattern.compile("\\s*(?:salah\\s+)?seorang\\b", Pattern.CASE_INSENSITIVE);
    /** How far after a speech verb the speaker's name may stand ("kata juru bicara kementerian itu, X"). */
    private static final int NAME_REACH = 60;
    /** How far a long title may hold the name back ("ujar Kepala Pusat Data, Informasi, dan Komunikasi ..., X"). */
    private static final int TITLE_STRETCH = 150;
    /** Lower-case words a title of capitalised words may hold ("Menteri Koordinator Bidang ... dan ..."). */
    private static final Set<String> TITLE_LINKS = WordSet.of("dan", "serta", "untuk", "bidang", "urusan", "juru", "bicara", "wakil");
    /**
     * "tegas politikus partai itu", "kata pria berusia 58 tahun itu di hadapan hakim": a description ending in "itu" or
     * "tersebut" (then punctuation, or where and how the words were said) points back to someone named.
     */
    // a nickname in quotation marks may stand in it ("kata pemain yang dijuluki “Kilat” itu")
    private static final Pattern ANAPHOR = Pattern.compile("\\s*(\\p{Ll}+)\\s(?:[^,.;:\\n“”\"]|[“\"][^”\"\\n]{1,30}[”\"])*?[“\"]?(\\p{L}+)[”\"]?\\s+(?:itu|tersebut)(?:\\s*[,.;\\n]"
            + "|\\s+(?:di|dengan|kepada|pada|saat|ketika|sambil|seusai|usai|dalam|sebelum|setelah|melalui|lewat)\\s)");
    /** Words before a nickname ("akrab disapa Ko Hendra"). */
    private static final Set<String> NICKNAMED = WordSet.of("disapa", "dipanggil", "dijuluki", "julukan", "sapaan");
    /** What comes before "itu" in a time phrase ("saat itu"): no description of a person. */
    private static final Set<String> TIME_WORDS = WordSet.of("saat", "waktu", "ketika", "kala", "hari", "pagi", "siang", "sore", "malam");
    /** A sentence whose subject is someone unnamed, anywhere in a paragraph. */
    private static final Pattern UNNAMED_START = Pattern.compile("(?:^|[.!?]\\s+)(?:[Ss]alah\\s+)?(?:[Ss]eorang)\\b", Pattern.MULTILINE);
    /** Bodies a sentence may name by their kind alone ("Perusahaan juga memastikan ..."): the body named before. */
    private static final Set<String> BODY_NOUNS = WordSet.of("perusahaan", "perseroan", "manajemen", "kementerian", "lembaga", "badan",
            "otoritas", "kepolisian", "kedutaan", "promotor", "penyelenggara");
    /** Of those, the words for a company: the company named before, not the outlet or a regulator named since. */
    private static final Set<String> COMPANY_NOUNS = WordSet.of("perusahaan", "perseroan", "manajemen", "promotor", "penyelenggara");
    /** A company's name ("PT ...", "... Tbk", "... (Persero)"). */
    private static final Pattern COMPANY = Pattern.compile("^PT\\s|\\bTbk\\b|\\bPersero\\b");
    /** Prepositions before a person who is no sentence's subject ("menikah dengan pengusaha X"). */
    private static final Set<String> PREPOSITIONS = WordSet.of("dengan", "kepada", "untuk", "oleh", "terhadap", "dari", "pada", "bagi");
    /** "Berikut petikan wawancara Tempo dengan X": question-and-answer paragraphs follow, the answers X's words. */
    private static final Pattern INTERVIEW = Pattern.compile("^(?:Berikut\\s+(?:petikan\\s+)?|Petikan\\s+)wawancara");
    /** "sang menteri", "Sang pelatih": an office for someone named before. */
    private static final Pattern SANG = Pattern.compile("\\b[Ss]ang\\s+(\\p{Ll}+)");
    private static final Pattern LOWER_WORD = Pattern.compile("\\s*(\\p{Ll}+)\\b");
    private static final Pattern FIRST_WORD = Pattern.compile("[^\\p{L}]*(\\p{L}+)");

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        Speakers speakers = new Speakers(analysis, text);
        List<Draft> drafts = new ArrayList<>(direct(speakers));
        interview(analysis, speakers, drafts);
        indirect(analysis, speakers, drafts);
        drafts.sort(Comparator.comparingInt(d -> d.span.start()));
        List<Quote> out = new ArrayList<>();
        Draft previous = null, last = null;
        for (Draft d : drafts) {
            if (d.speaker == null && d.followsPrevious) {
                // "Seorang korban mengaku ... ¶ “...,” katanya": the one left unnamed, when no one is named since
                if (last != null && last.unnamed && d.pronounAt >= 0 && !speakers.personBetween(last.span.end(), d.pronounAt)) d.unnamed = true;
                else speakers.resolvePronoun(d, previous);
            }
            if (d.speaker != null) previous = d;
            last = d;
            out.add(d.quote(text));
        }
        return analysis.withQuotes(out);
    }

    /** A quote being assembled: its words, and who said them once that is known. */
    private static final class Draft {
        final Span span;
        final boolean direct;
        Mention speaker;
        String speakerId;
        String role;
        boolean followsPrevious;
        /** The speaker is a description ("pria berusia 58 tahun itu"): someone named as a subject, not as an object. */
        boolean described;
        /** Where a pronoun or "-nya" stands for the speaker, or -1 when the words simply go on from the last speaker's. */
        int pronounAt = -1;
        /** The speakers are many and unnamed ("Para buruh menilai ...", "Mereka mengatakan ..."): no one's words, still words. */
        boolean plural;
        /** The speaker is one the text leaves unnamed ("Seorang warga ...", "kata seorang petugas"): a later "-nya" is them too. */
        boolean unnamed;

        Draft(Span span, boolean direct) {
            this.span = span;
            this.direct = direct;
        }

        /** The speaker is "ia", "dia" or "-nya" at {@code at}: someone named before. */
        void refersBack(int at) {
            followsPrevious = true;
            pronounAt = at;
        }

        void take(Draft other) {
            speaker = other.speaker;
            speakerId = other.speakerId;
            role = other.role;
        }

        Quote quote(String text) {
            return new Quote(span, span.of(text), direct, speaker == null ? null : speaker.span(),
                    speaker == null ? null : speaker.text(), speakerId, role);
        }
    }

    private List<Draft> direct(Speakers speakers) {
        String text = speakers.text;
        List<Draft> out = new ArrayList<>();
        int open = -1;
        boolean continued = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            if (open >= 0 && !startsWithOpening(text, lineStart, lineEnd)) {
                // an unclosed quote not carried on by the next paragraph ends with its own paragraph
                Draft d = attributed(speakers, open, Math.max(0, lineStart - 1), continued);
                if (d != null) out.add(d);
                open = -1;
            }
            for (int i = nextMark(text, lineStart, lineEnd); i < lineEnd; i = nextMark(text, i + 1, lineEnd)) {
                char c = text.charAt(i);
                if (open >= 0 && c != '”' && i == firstNonSpace(text, lineStart, lineEnd)) {
                    continued = true; // the paragraph goes on with the same speaker's words
                    continue;
                }
                boolean opening = c == '“' || c == '"' && open < 0 && (i == lineStart || " (\t[".indexOf(text.charAt(i - 1)) >= 0);
                if (opening) {
                    if (open < 0) {
                        open = i + 1;
                        continued = false;
                    }
                    continue;
                }
                int from = open >= 0 ? open : lineStart; // a closing mark alone closes words from the paragraph start
                Draft d = attributed(speakers, from, i, continued);
                if (d != null) out.add(d);
                open = -1;
                continued = false;
            }
            lineStart = lineEnd + 1;
        }
        if (open >= 0) {
            Draft d = attributed(speakers, open, text.length(), continued);
            if (d != null) out.add(d);
        }
        return out;
    }

    /**
     * The first quotation mark ('"', '“' or '”') in {@code text[from, to)}, else {@code to}: String.indexOf scans for one
     * char many at a time (a Latin-1 text holds no curly mark at all), where a loop of charAt reads one by one.
     */
    private static int nextMark(String text, int from, int to) {
        int next = to;
        for (char mark : MARKS) {
            int i = text.indexOf(mark, from, next);
            if (i >= 0) next = i;
        }
        return next;
    }

    private static final char[] MARKS = {'"', '“', '”'};

    private static boolean startsWithOpening(String text, int from, int to) {
        int i = firstNonSpace(text, from, to);
        return i < to && (text.charAt(i) == '“' || text.charAt(i) == '"');
    }

    private static int firstNonSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /** The quote's words from {@code from} to the closing mark at {@code to}, with the speaker around them. */
    private Draft attributed(Speakers speakers, int from, int to, boolean continued) {
        String text = speakers.text;
        Span span = trim(text, from, to);
        if (span == null || span.end() - span.start() < 3) return null;
        Draft d = new Draft(span, true);
        int lineEnd = text.indexOf('\n', to);
        if (lineEnd < 0) lineEnd = text.length();
        int closeEnd = Math.min(to + 1, lineEnd);
        Matcher after = AFTER.matcher(text).region(closeEnd, lineEnd);
        int lineStart = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
        if (secondHalf(text, lineStart, from)) return null;
        if (findBeforeSpace(NAMED_AS, NAMING_WORD_LENGTH, text, lineStart, Math.max(lineStart, from - 1))) return null;
        boolean tagged = true; // a speaker tag right at the quotation marks
        Matcher english = ENGLISH_AFTER.matcher(text).region(closeEnd, lineEnd);
        if (after.find()) {
            if (after.group(2) != null) d.refersBack(span.start());
            else speakers.assign(d, after.end(), Math.min(lineEnd, after.end() + NAME_REACH));
        } else if (english.lookingAt()) {
            if (english.group(1) != null) d.refersBack(span.start());
            else speakers.assign(d, english.start(2), english.end(2));
        } else {
            // the last speech verb before the quote in its paragraph: X mengatakan, "..." or X mengatakan bahwa ... "..."
            Matcher before = BEFORE.matcher(text).region(lineStart, Math.max(lineStart, from - 1));
            int verb = -1;
            int verbEnd = -1;
            while (before.find()) {
                verb = before.start();
                verbEnd = before.end();
            }
            Matcher menurut = MENURUT_BEFORE.matcher(text).region(lineStart, Math.max(lineStart, from - 1));
            if (menurut.find()) speakers.assign(d, menurut.start(1), menurut.end(1));
            else if (verb >= 0) {
                speakers.assignBefore(d, lineStart, verb);
                String between = text.substring(verbEnd, Math.max(verbEnd, from - 1)).trim();
                // "bercerita bahwa murid-muridnya berebut novel di perpustakaan, “Laskar Pelangi”": a title in reported words
                tagged = between.isEmpty() || (between.endsWith(",") || between.endsWith(":")) && !between.contains("bahwa");
            } else if (COLON.matcher(text).region(lineStart, Math.max(lineStart, from - 1)).find()) {
                int colon = text.lastIndexOf(':', from - 1);
                if (!speakers.headline(d, lineStart, colon, to)) speakers.assignBefore(d, lineStart, from - 1);
            }
            else if (!continued && speakers.attributedNext(d, to)) {
                tagged = true;
            } else {
                d.followsPrevious = continued;
                tagged = continued;
            }
        }
        return tagged || !termLike(span.of(text)) ? d : null;
    }

    /**
     * Quoted words that name rather than say: a short phrase or a title-cased one ("Laut yang Tak Pernah Tidur") without
     * a sentence end. They are speech only with a speaker tag at them.
     */
    private static boolean termLike(String words) {
        if (SENTENCE_END.matcher(words).find()) return false;
        String[] w = words.split("\\s+");
        long capitalised = java.util.Arrays.stream(w).filter(x -> Character.isUpperCase(x.charAt(0))).count();
        return w.length <= TERM_WORDS || capitalised * 3 >= w.length * 2;
    }

    /** "“...,” ungkap X, “...”": the quotation marks at {@code from} reopen the words a speaker tag split. */
    private static boolean secondHalf(String text, int lineStart, int from) {
        // the last closing mark before, looked for back to the paragraph's start only (not through the text before it)
        int close = Math.min(from - 2, text.length() - 1);
        while (close >= lineStart && text.charAt(close) != '”' && text.charAt(close) != '"') close--;
        if (close < lineStart) return false;
        String between = text.substring(close + 1, Math.max(close + 1, from - 1)).trim();
        // "“...,” kata X, sementara Y menimpali, “...”": a second speaker's words, not the rest of the first's
        return between.endsWith(",") && (AFTER.matcher(between).lookingAt() || ENGLISH_AFTER.matcher(between).lookingAt())
                && !BEFORE.matcher(between).find();
    }

    /**
     * "Berikut petikan wawancara Tempo dengan X." and question-and-answer paragraphs after it: each paragraph of the body
     * after a question (a paragraph ending in "?"), up to the next one, is X's words, though no quotation marks stand there.
     */
    private static void interview(Analysis analysis, Speakers speakers, List<Draft> drafts) {
        String text = speakers.text;
        int bodyEnd = analysis.article().text().length();
        Matcher lead = null;
        for (Sentence s : analysis.sentences()) {
            // the lead opens its sentence: only sentences that open so are searched, not the whole text
            int at = s.span().start();
            if (at >= bodyEnd || !text.startsWith("Berikut", at) && !text.startsWith("Petikan", at)) continue;
            Matcher m = INTERVIEW.matcher(text).region(at, s.span().end());
            if (m.lookingAt()) {
                lead = m;
                break;
            }
        }
        if (lead == null) return;
        int leadStart = text.lastIndexOf('\n', lead.start()) + 1;
        int leadEnd = text.indexOf('\n', lead.end());
        if (leadEnd < 0 || leadEnd >= bodyEnd) return;
        Optional<Mention> interviewee = speakers.lastPerson(leadStart, leadEnd, new Draft(new Span(leadStart, leadEnd), false));
        boolean answering = false;
        for (int start = leadEnd + 1; start < bodyEnd; ) {
            int end = text.indexOf('\n', start);
            if (end < 0 || end > bodyEnd) end = bodyEnd;
            Span span = trim(text, start, end);
            if (span != null && text.charAt(end - 1) == '?') answering = true;
            else if (span != null && answering && text.substring(start, end).indexOf('"') < 0 && text.substring(start, end).indexOf('“') < 0
                    && !overlapsAny(drafts, span)) {
                Draft d = new Draft(span, true);
                interviewee.ifPresent(m -> speakers.set(d, m, -1));
                drafts.add(d);
            }
            start = end + 1;
        }
    }

    private void indirect(Analysis analysis, Speakers speakers, List<Draft> drafts) {
        String text = speakers.text;
        // one matcher of each pattern for the article, reset to each sentence: their bounds are set where they are used
        Matcher menurut = MENURUT.matcher(""), trailing = TRAILING.matcher(""), withBahwa = INDIRECT.matcher(""),
                withoutBahwa = INDIRECT_WITHOUT_BAHWA.matcher("");
        Matcher according = ACCORDING.matcher(""), englishTrailing = ENGLISH_TRAILING.matcher(""), report = ENGLISH_REPORT.matcher("");
        for (Sentence s : analysis.sentences()) {
            if (overlapsAny(drafts, s.span())) continue;
            String sentence = s.span().of(text);
            int base = s.span().start();
            menurut.reset(sentence);
            trailing.reset(sentence);
            Matcher verb = (sentence.contains("bahwa") ? withBahwa : withoutBahwa).reset(sentence);
            Draft d = null;
            // the pattern is anchored: found at the start or nowhere; it needs "enurut", which most sentences lack
            if (sentence.contains("enurut") && menurut.lookingAt()) {
                d = new Draft(trim(text, base + menurut.end(), s.span().end()), false);
                Optional<Mention> named = menurut.group(1) == null || !Character.isLowerCase(menurut.group(1).charAt(0)) ? Optional.empty()
                        : speakers.personThenComma(base + menurut.end());
                if (named.isPresent()) { // "Menurut ekonom Universitas X, Gilang ..., kenaikan ...": the person the role describes
                    int comma = text.indexOf(',', named.get().span().end());
                    d = new Draft(trim(text, comma + 1, s.span().end()), false);
                    speakers.set(d, named.get(), -1);
                } else if (menurut.group(1) == null) d.refersBack(base);
                else speakers.assign(d, base + menurut.start(1), base + menurut.end(1));
                if (d.speaker != null && d.speaker.type() != EntityType.PER) d.role = null; // "menurut laporan intelijen X"
            } else if (find(trailing, sentence, i -> nextTrailingComma(sentence, i))
                    && (trailing.start() > 10 || innerTag(sentence, trailing.start(), trailing.end()))) {
                // "Uang itu, menurut Arif, diserahkan ...": a short subject before a tag inside the sentence; the words are all of it
                int end = trailing.start() > 10 ? base + trailing.start() : s.span().end();
                d = new Draft(trim(text, Math.max(base, analysis.article().leadEnd()), end), false);
                if (trailing.group(2) != null) d.refersBack(base);
                else speakers.assign(d, base + trailing.end(), Math.min(s.span().end(), base + trailing.end() + NAME_REACH));
            } else if (find(verb, sentence, i -> nextVerbStart(sentence, i)) && verb.end() < sentence.length() - 10
                    && reportsWords(verb, sentence) && !COMPLEMENT_TAKERS.contains(wordBefore(sentence, verb.start()).toLowerCase(Locale.ROOT))) {
                d = new Draft(trim(text, base + verb.end(), s.span().end()), false);
                speakers.assignBefore(d, base, base + verb.start());
                // "laporan menyebutkan": no one to quote; "seorang pedagang mengatakan": someone unnamed
                if (d.speaker == null && !d.followsPrevious && !d.plural && !d.unnamed && !UNNAMED.matcher(sentence).lookingAt()) d = null;
            } else if (sentence.contains(" said") || sentence.contains(" told ") || sentence.startsWith("According")) {
                english(speakers, s.span(), according.reset(sentence), englishTrailing.reset(sentence), report.reset(sentence), drafts);
            }
            if (d != null) add(drafts, d);
        }
    }

    /**
     * Whether the speaker tag at [tagStart, tagEnd) of {@code sentence} stands inside it after two words or more: the name
     * closed by a comma and the sentence going on in lower case ("Uang itu, menurut Arif, diserahkan ..."; not "Namun,
     * kata dia, ...", a connective alone).
     */
    private static boolean innerTag(String sentence, int tagStart, int tagEnd) {
        if (sentence.substring(0, tagStart).trim().indexOf(' ') < 0) return false;
        int comma = sentence.indexOf(',', tagEnd);
        if (comma < 0 || comma - tagEnd > NAME_REACH) return false;
        int k = comma + 1;
        while (k < sentence.length() && sentence.charAt(k) == ' ') k++;
        return k < sentence.length() && Character.isLowerCase(sentence.charAt(k));
    }

    /**
     * English reported speech in a sentence, added to {@code drafts}: "According to X, ...", "..., X said (on Monday)",
     * "X said (in a statement) (that) ...", "X told Reuters that ...". A speaker left unnamed ("Farmers ... told Reuters
     * that") still reports words.
     */
    private static void english(Speakers speakers, Span sentence, Matcher according, Matcher trailing, Matcher report, List<Draft> drafts) {
        String text = speakers.text;
        int base = sentence.start();
        int length = sentence.end() - base;
        if (according.lookingAt()) {
            Draft d = new Draft(trim(text, base + according.end(), sentence.end()), false);
            speakers.assign(d, base + according.start(1), base + according.end(1));
            add(drafts, d);
            return;
        }
        boolean trails = trailing.find() && trailing.start() > 10;
        boolean reports = report.find();
        if (trails && !(reports && report.start() < trailing.start())) {
            // the first sentence's words start after the dateline opening the text ("JAKARTA (Reuters) - ..."), as in Indonesian
            Draft d = new Draft(trim(text, Math.max(base, speakers.analysis.article().leadEnd()), base + trailing.start()), false);
            if (PRONOUNS.contains(trailing.group(1).toLowerCase(Locale.ROOT))) d.refersBack(base);
            else speakers.assign(d, base + trailing.start(1), base + trailing.end(1));
            add(drafts, d);
        } else if (reports) {
            // "X said ..., while Y told Reuters that ...": a report verb before the trailing clause makes that clause a
            // second one, not the tag of all the words before it; X's words end where it starts, and it may report its own
            int end = trails ? trailing.start() : length;
            if (report.end() < end - 10) {
                Draft d = new Draft(trim(text, base + report.end(), base + end), false);
                speakers.assignBefore(d, base, base + report.start());
                add(drafts, d);
            }
            if (trails && report.find(trailing.start()) && report.end() < length - 10) {
                Draft second = new Draft(trim(text, base + report.end(), sentence.end()), false);
                speakers.assignBefore(second, base + trailing.start(1), base + report.start());
                add(drafts, second);
            }
        }
    }

    /**
     * {@code pattern.matcher(text).region(from, to).find()} for a pattern of {@code \\b}, one of some words (the longest
     * {@code longest} chars, ending in a letter), then only white space up to {@code $}: the word ends where the white space
     * (and line breaks) closing the stretch begins, so the search starts the longest word before that, not at every char
     * of the stretch; with the text before it in view for {@code \\b} (as it was, the search starting later).
     */
    private static boolean findBeforeSpace(Pattern pattern, int longest, String text, int from, int to) {
        int end = to;
        while (end > from && (Tokenizer.isPatternSpace(text.charAt(end - 1)) || Tokenizer.isLineTerminator(text.charAt(end - 1)))) end--;
        int start = Math.max(from, end - longest);
        return pattern.matcher(text).region(start, to).useTransparentBounds(start > from).find();
    }

    private static void add(List<Draft> drafts, Draft d) {
        if (d.span != null) drafts.add(d);
    }

    /** The word right before {@code at} in {@code s}, past the spaces there ("" at the start). */
    private static String wordBefore(String s, int at) {
        int end = at;
        while (end > 0 && s.charAt(end - 1) == ' ') end--;
        int begin = end;
        while (begin > 0 && Character.isLetter(s.charAt(begin - 1))) begin--;
        return s.substring(begin, end);
    }

    private static boolean overlapsAny(List<Draft> drafts, Span span) {
        for (Draft d : drafts) if (d.span.overlaps(span)) return true;
        return false;
    }

    /**
     * Whether {@code word} occurs within {@code text[from, to)}, as part of a longer word too ("itu" in "situasi"): a
     * pre-test that spares the search where it cannot match.
     */
    private static boolean holds(String text, String word, int from, int to) {
        return from <= to && text.indexOf(word, from, to) >= 0;
    }

    /**
     * Whether {@code text[from, to)} ends with a comma, then white space and at most one line terminator: where every
     * {@link #RELATIVE} match ends (",\s*$"). Most stretches before a verb do not, and need no search.
     */
    private static boolean commaEnds(String text, int from, int to) {
        int k = to;
        if (k > from && Tokenizer.isLineTerminator(text.charAt(k - 1))) k--;
        while (k > from && Tokenizer.isPatternSpace(text.charAt(k - 1))) k--;
        return k > from && text.charAt(k - 1) == ',';
    }

    /** Whether {@link #COPULA} is in {@code s}: searched from its first "sebagai", where any match begins. */
    private static boolean copula(String s) {
        int from = s.indexOf("sebagai");
        return from >= 0 && COPULA.matcher(s).find(from);
    }

    /**
     * Whether a speech verb matched by {@link #INDIRECT} reports words: not when it names ("menyebut X sebagai Y") or,
     * without "bahwa" or a comma, takes a feeling or stance ("mengaku puas", "menyatakan keprihatinan") or a thing
     * ({@link #CLAUSE_ONLY}: "mengakui keunggulan lawan").
     */
    private static boolean reportsWords(Matcher verb, String sentence) {
        String rest = sentence.substring(verb.end());
        // "menyebut X sebagai Y", "menilai X sebagai Y": naming; "menyebut perannya sebagai Laras adalah yang terberat": a clause whose subject says "sebagai"
        // "menyebut gedung itu sudah ditetapkan sebagai ...", "menyebut tim memberi nilai buruk bagi yang bersikap “toxic”": a clause before the naming word
        if ("menyebut".equals(verb.group(1))) {
            int naming = namingAt(rest);
            if (naming >= 0 && !copula(rest) && !clauseBefore(rest, naming)) return false;
        }
        if ("menilai".equals(verb.group(1)) && AS.matcher(rest).find() && !copula(rest)) return false;
        String matched = verb.group();
        if (matched.contains(",") || matched.contains(":") || matched.contains("bahwa")) return true;
        // "mengakui pemerintahan militer": a thing admitted or recognised; "mengakui kakinya mulai kram": a clause
        // "membenarkan adanya tunggakan": a thing, whatever follows it
        if (CLAUSE_ONLY.contains(verb.group(1))) return !rest.startsWith("adanya ") && clauseAhead(rest);
        int sp = rest.indexOf(' ');
        String object = (sp < 0 ? rest : rest.substring(0, sp)).toLowerCase(Locale.ROOT);
        // "menyatakan dukungannya": the stance is the same with "-nya"
        return !STANCES.contains(object) && !(object.endsWith("nya") && STANCES.contains(object.substring(0, object.length() - 3)));
    }

    /** Where {@link #NAMING} is first found in the text, or -1: without "sebagai", at its first quotation mark. */
    private static int namingAt(String rest) {
        if (rest.contains("sebagai")) {
            Matcher m = NAMING.matcher(rest);
            return m.find() ? m.start() : -1;
        }
        int at = nextMark(rest, 0, rest.length());
        return at < rest.length() ? at : -1;
    }

    /**
     * Whether the words of {@code rest} before {@code end} make a clause, not a thing named; a verb after "yang" only
     * describes the thing ("menyebut kebijakan yang sudah berlaku sebagai ...").
     */
    private static boolean clauseBefore(String rest, int end) {
        String head = rest.substring(0, end);
        int relative = head.indexOf("yang ");
        return clauseAhead(relative < 0 ? head : head.substring(0, relative));
    }

    /**
     * Whether one of the first four words of {@code rest}, cut at white space as {@code split("\\s+")} cuts it (a
     * leading space makes an empty first word), marks a clause or is a verb: read in place, not split whole.
     */
    private static boolean clauseAhead(String rest) {
        int i = 0, n = rest.length();
        for (int k = 0; k < 4; k++) {
            int j = i;
            while (j < n && !Tokenizer.isPatternSpace(rest.charAt(j))) j++;
            String w = rest.substring(i, j).toLowerCase(Locale.ROOT);
            if (CLAUSE_MARKERS.contains(w) || prefixedVerb(w)) return true;
            while (j < n && Tokenizer.isPatternSpace(rest.charAt(j))) j++;
            if (j == n) return false;
            i = j;
        }
        return false;
    }

    /** A verb that takes an object, by its prefix ("menghantam"; not "bersama", a preposition). */
    private static boolean transitive(String word) {
        return word.startsWith("me") && prefixedVerb(word);
    }

    /** A verb by its prefix and length ("menjadi", "bersembunyi", "tertangkap"; not "merek", "berita"), which makes a clause. */
    private static boolean prefixedVerb(String word) {
        int end = word.length();
        while (end > 0 && !Character.isLetter(word.charAt(end - 1))) end--;
        String w = word.substring(0, end);
        if (w.equals("tersebut")) return false;
        return w.startsWith("me") ? w.length() >= 6 : (w.startsWith("ber") || w.startsWith("ter")) && w.length() >= 7;
    }

    /**
     * {@code m.find()} on the whole of {@code s} for a pattern that can start only where {@code next} points (the first
     * such place at or after its argument, or -1): the pattern is tried there alone (the regex engine would try it at
     * every character), with the text around in view.
     */
    private static boolean find(Matcher m, String s, IntUnaryOperator next) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = next.applyAsInt(0); i >= 0; i = next.applyAsInt(i + 1)) {
            if (m.region(i, s.length()).lookingAt()) return true;
        }
        return false;
    }

    /**
     * The first comma at or after {@code from} that {@link #TRAILING} can start at, or -1: white space after it, then
     * one of {@link #TRAILING_FIRST} (most commas are followed by other words).
     */
    private static int nextTrailingComma(String s, int from) {
        for (int i = s.indexOf(',', from); i >= 0; i = s.indexOf(',', i + 1)) {
            int k = i + 1;
            while (k < s.length() && Tokenizer.isPatternSpace(s.charAt(k))) k++;
            if (k > i + 1 && k < s.length() && TRAILING_FIRST.indexOf(s.charAt(k)) >= 0) return i;
        }
        return -1;
    }

    /** The first letters of {@link #TRAILING}'s words. */
    private static final String TRAILING_FIRST = "kutjiml";

    /**
     * The first place at or after {@code from} where an {@link #INDIRECT} verb can start, or -1: one of its verbs, not
     * inside a word ("pemerintah"). The pattern's {@code \b} decides; only an ASCII letter, digit or '_' before, which is
     * sure to fail it, is told here.
     */
    private static int nextVerbStart(String s, int from) {
        for (int i = from; ; ) {
            int me = s.indexOf("me", i), ber = s.indexOf("ber", i);
            int at = me < 0 ? ber : ber < 0 ? me : Math.min(me, ber);
            if (at < 0) return at;
            char c = at == 0 ? ' ' : s.charAt(at - 1);
            if (c != '_' && !Tokenizer.isAsciiLetterOrDigit(c) && isVerbWord(s, at)) return at;
            i = at + 1;
        }
    }

    /**
     * Whether the lower-case ASCII letters at {@code at} make one of the verbs {@link #INDIRECT} starts with: after its
     * verb the pattern wants a comma, a colon or a space, so the verb is the whole run ("mengatakannya" is none).
     */
    private static boolean isVerbWord(String s, int at) {
        int end = at;
        while (end < s.length() && s.charAt(end) >= 'a' && s.charAt(end) <= 'z') end++;
        return INDIRECT_VERBS.containsLowerCased(s, at, end);
    }

    /** Every verb {@link #SPEECH_VERBS} and {@link #CONVEYING} match. */
    private static final WordSet INDIRECT_VERBS = WordSet.copyOf(Stream.concat(literals(SPEECH_VERBS).stream(), literals(CONVEYING).stream()).toList());

    /** The strings a pattern of literal letters, alternatives and {@code (?:...)} groups matches ("me(?:nilai|nduga)"). */
    static List<String> literals(String pattern) {
        int[] at = {0};
        List<String> out = alternatives(pattern, at);
        if (at[0] != pattern.length()) throw new IllegalArgumentException("not a pattern of literals: " + pattern);
        return out;
    }

    private static List<String> alternatives(String p, int[] at) {
        List<String> out = new ArrayList<>(sequence(p, at));
        while (at[0] < p.length() && p.charAt(at[0]) == '|') {
            at[0]++;
            out.addAll(sequence(p, at));
        }
        return out;
    }

    private static List<String> sequence(String p, int[] at) {
        List<String> out = List.of("");
        while (at[0] < p.length() && p.charAt(at[0]) != '|' && p.charAt(at[0]) != ')') {
            List<String> next;
            if (p.startsWith("(?:", at[0])) {
                at[0] += 3;
                next = alternatives(p, at);
                if (at[0] >= p.length() || p.charAt(at[0]) != ')') throw new IllegalArgumentException("not a pattern of literals: " + p);
                at[0]++;
            } else if (Character.isLetter(p.charAt(at[0]))) {
                next = List.of(String.valueOf(p.charAt(at[0]++)));
            } else throw new IllegalArgumentException("not a pattern of literals: " + p);
            List<String> joined = new ArrayList<>();
            for (String a : out) for (String b : next) joined.add(a + b);
            out = joined;
        }
        return out;
    }

    /**
     * Whether {@link #DATELINE} can match at {@code a}: its first run of letters, digits and dots is followed by a comma,
     * which can only stand right after the longest such run. Most quotes open with no such run and need no pattern.
     */
    private static boolean mayOpenDateline(String text, int a, int b) {
        int k = a;
        while (k < b) {
            int c = text.codePointAt(k);
            if (!Character.isLetter(c) && !(c >= '0' && c <= '9') && c != '.') break;
            k += Character.charCount(c);
        }
        return k > a && k < b && text.charAt(k) == ',';
    }

    private static Span trim(String text, int from, int to) {
        int a = from, b = Math.min(to, text.length());
        while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == '“' || text.charAt(a) == '"')) a++;
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || ",.;”\"".indexOf(text.charAt(b - 1)) >= 0)) b--;
        if (mayOpenDateline(text, a, b)) {
            Matcher lead = DATELINE.matcher(text).region(a, b);
            if (lead.lookingAt()) a = lead.end();
        }
        return b > a ? new Span(a, b) : null;
    }

    /** The linked mentions of one article, for finding speakers and their roles. */
    private static final class Speakers {
        private final Analysis analysis;
        private final String text;
        private final List<Mention> mentions;
        /** The article's entities by id (the first of an id, as {@link Analysis#entity} finds it), for look-ups per speaker. */
        private final Map<String, Entity> entities = new HashMap<>();

        Speakers(Analysis analysis, String text) {
            this.analysis = analysis;
            this.text = text;
            List<Mention> sorted = new ArrayList<>(analysis.mentions());
            // the entity stage gives them in text order: sorted only when they are not
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).span().start() < sorted.get(i - 1).span().start()) {
                    sorted.sort(Comparator.comparingInt(m -> m.span().start()));
                    break;
                }
            }
            this.mentions = sorted;
            for (Entity e : analysis.entities()) entities.putIfAbsent(e.id(), e);
        }

        /**
         * The first person named in [from, to) or after a long title, else a first name, surname or title for someone
         * named before, else the first name (an organisation, a state); a description ending in "itu" points back.
         */
        void assign(Draft d, int from, int to) {
            if (anaphor(from, to)) {
                // "tutur bupati perempuan pertama ... itu": the person named last with that office, else whoever was named
                Optional<Mention> holder = lowerTitle(from);
                if (holder.isPresent()) {
                    set(d, holder.get(), from);
                    return;
                }
                d.refersBack(from);
                d.described = true;
                return;
            }
            Mention first = null;
            int lineEnd = text.indexOf('\n', from);
            // no name past the tag's sentence ("kata seorang petugas. (Republika/X)": the photo's credit)
            int reach = sentenceEnd(from, Math.min(lineEnd < 0 ? text.length() : lineEnd, from + TITLE_STRETCH));
            boolean unnamed = UNNAMED.matcher(text).region(from, reach).lookingAt();
            for (Mention m : mentions) {
                int at = m.span().start();
                if (at < from) continue;
                if (at >= reach || pronounAt(from, at)) break;
                if (at >= to && !(m.type() == EntityType.PER && titleStretch(from, at))) continue;
                if (m.type() == EntityType.PER) {
                    set(d, appositive(m, from), from);
                    return;
                }
                if (first == null && at < to) first = m;
            }
            if (unnamed) { // "kata seorang warga desa di Kabupaten X": no one named, not the place
                d.unnamed = true;
                return;
            }
            String pronoun = firstWord(from, to);
            if (PRONOUNS.contains(pronoun)) {
                d.refersBack(from);
                return;
            }
            if (first == null && BODY_NOUNS.contains(pronoun)) { // "tulis manajemen": the body named before
                lastBody(from, pronoun).ifPresent(m -> set(d, m, -1));
                return;
            }
            if (first == null && "akun".equals(pronoun)) { // "cuit akun itu": the person or body whose account was named
                lastHolder(from).ifPresent(m -> set(d, m, -1));
                return;
            }
            Optional<Mention> untagged = named(from, to).or(() -> lowerTitle(from));
            if (untagged.isPresent()) set(d, untagged.get(), from);
            else if (first != null) set(d, first, from);
        }

        /**
         * "kata kuasa hukum Heru, Fransiskus Lamatokan": a person named in a role's words ("kuasa hukum Heru") and another
         * named right after a comma is the one the role describes.
         */
        private Mention appositive(Mention m, int from) {
            int k = firstStartingAt(m.span().start()) + 1;
            if (k >= mentions.size() || !LOWER_CASE_WORD.matcher(text).region(from, m.span().start()).find()) return m;
            Mention next = mentions.get(k);
            return next.type() == EntityType.PER && ", ".equals(text.substring(m.span().end(), Math.max(m.span().end(), next.span().start()))) ? next : m;
        }

        /** The last person or body named before {@code before} in its paragraph: whose account a post came from. */
        private Optional<Mention> lastHolder(int before) {
            int paragraph = text.lastIndexOf('\n', Math.max(0, before - 1)) + 1;
            Mention holder = null;
            for (int k = firstStartingAt(paragraph); k < mentions.size() && mentions.get(k).span().start() < before; k++) {
                if (mentions.get(k).type() != EntityType.LOC) holder = mentions.get(k);
            }
            return Optional.ofNullable(holder);
        }

        /**
         * A quote headline ("Kepala BMKG: “...”", "Bupati Garut: “...”") whose words before the colon are an office and name
         * no person: the person named first in the next paragraph, who holds it. False when the words are not such a headline.
         */
        boolean headline(Draft d, int lineStart, int colon, int quoteEnd) {
            int lineEnd = text.indexOf('\n', quoteEnd);
            if (lineEnd < 0 || !text.substring(Math.min(quoteEnd + 1, lineEnd), lineEnd).isBlank()) return false;
            Matcher w = FIRST_WORD.matcher(text).region(lineStart, colon);
            if (!w.lookingAt() || !TITLES.contains(w.group(1).toLowerCase(Locale.ROOT)) || colon - lineStart > TITLE_REACH) return false;
            int k = firstStartingAt(lineStart);
            if (k < mentions.size() && mentions.get(k).span().start() < colon && mentions.get(k).type() == EntityType.PER) return false;
            int nextEnd = text.indexOf('\n', lineEnd + 1);
            for (int j = firstStartingAt(lineEnd); j < mentions.size(); j++) {
                Mention m = mentions.get(j);
                if (nextEnd >= 0 && m.span().start() >= nextEnd) break;
                if (m.type() == EntityType.PER) {
                    set(d, m, -1);
                    return true;
                }
            }
            return false;
        }

        /**
         * Words in quotation marks that close their paragraph untagged, given their speaker by the next paragraph's opening
         * ("Penegasan itu disampaikan Kapolda X saat ...", {@link #SAID_BY}): the first person named in its sentence.
         */
        boolean attributedNext(Draft d, int quoteEnd) {
            int lineEnd = text.indexOf('\n', quoteEnd);
            if (lineEnd < 0 || !text.substring(Math.min(quoteEnd + 1, lineEnd), lineEnd).isBlank()) return false;
            int next = lineEnd + 1;
            // the pattern opens with a capital letter: a paragraph that does not is told without it
            if (next >= text.length() || !Character.isUpperCase(text.charAt(next))) return false;
            Matcher m = SAID_BY.matcher(text).region(next, text.length());
            if (!m.lookingAt()) return false;
            int nextEnd = text.indexOf('\n', next);
            int end = sentenceEnd(m.end(), nextEnd < 0 ? text.length() : nextEnd);
            for (int k = firstStartingAt(m.end()); k < mentions.size() && mentions.get(k).span().start() < end; k++) {
                if (mentions.get(k).type() == EntityType.PER) {
                    set(d, mentions.get(k), -1);
                    return true;
                }
            }
            return false;
        }

        /** A person named at {@code at} (past white space) with a comma right after the name, or empty. */
        Optional<Mention> personThenComma(int at) {
            int k = firstStartingAt(at);
            if (k >= mentions.size()) return Optional.empty();
            Mention m = mentions.get(k);
            int end = m.span().end();
            return m.type() == EntityType.PER && text.substring(at, m.span().start()).isBlank() && end < text.length() && text.charAt(end) == ','
                    ? Optional.of(m) : Optional.empty();
        }

        /** "tegas jaksa": an office in lower case for the person named last before with it. */
        private Optional<Mention> lowerTitle(int from) {
            Matcher w = LOWER_WORD.matcher(text).region(from, text.length());
            if (!w.lookingAt() || !TITLES.contains(w.group(1))) return Optional.empty();
            String id = titled(w.group(1), w.start(1));
            return id == null ? Optional.empty() : Optional.of(new Mention(new Span(w.start(1), w.end(1)), w.group(1), EntityType.PER, id));
        }

        /**
         * Where the sentence holding {@code from} ends before {@code to}: after a lower-case word of four letters or more
         * and a full stop, then white space (not "dr." nor "H." before a name), else {@code to}.
         */
        private int sentenceEnd(int from, int to) {
            for (int i = text.indexOf('.', from); i >= 0 && i + 1 < to; i = text.indexOf('.', i + 1)) {
                if (!Character.isWhitespace(text.charAt(i + 1))) continue;
                int b = i;
                while (b > from && Character.isLowerCase(text.charAt(b - 1))) b--;
                if (i - b >= 4 && (b == from || !Character.isLetter(text.charAt(b - 1)))) return i;
            }
            return to;
        }

        /** Whether [from, to) is a title's words only: capitalised words, commas and the few lower-case words titles hold. */
        private boolean titleStretch(int from, int to) {
            for (String w : text.substring(from, to).split("[\\s,]+")) {
                if (w.isEmpty() || Character.isUpperCase(w.charAt(0)) || TITLE_LINKS.contains(w)) continue;
                return false;
            }
            return true;
        }

        /** "kata politikus partai itu": a description after the verb that ends in "itu" or "tersebut" and names no one. */
        private boolean anaphor(int from, int to) {
            int limit = Math.min(text.length(), to + 1);
            // the pattern needs "itu" or "tersebut" within the stretch: most stretches are told by a search for them
            if (!holds(text, "itu", from, limit) && !holds(text, "tersebut", from, limit)) return false;
            Matcher a = ANAPHOR.matcher(text).region(from, limit);
            if (!a.lookingAt() || PRONOUNS.contains(a.group(1)) || TIME_WORDS.contains(a.group(2).toLowerCase(Locale.ROOT))
                    || UNNAMED.matcher(a.group()).lookingAt()) return false; // "kata seorang warga desa itu": no one named
            int end = a.end();
            // "pria yang akrab disapa Ko Hendra itu": a nickname, not someone else named
            return mentions.stream().noneMatch(m -> m.type() == EntityType.PER && m.span().start() >= from && m.span().start() < end
                    && !NICKNAMED.contains(wordBefore(text, m.span().start()).toLowerCase(Locale.ROOT)));
        }

        /**
         * The speaker of a quote whose speaker is a pronoun or "-nya", or which goes on from the last speaker's words: the
         * last speaker when quoted in the same paragraph, else the last person named before the pronoun in its paragraph
         * ("Rektor X menemui massa. Ia menyatakan, ..."), else the last speaker.
         */
        void resolvePronoun(Draft d, Draft previous) {
            if (d.pronounAt >= 0) {
                int paragraph = text.lastIndexOf('\n', Math.max(0, d.pronounAt - 1)) + 1;
                int unnamed = lastUnnamed(paragraph, d.pronounAt);
                if (previous == null || previous.span.start() < paragraph) {
                    Optional<Mention> person = lastPerson(paragraph, d.pronounAt, d);
                    // "Seorang pelapor ... mengatakan ... “...,” ujarnya": someone unnamed, after anyone named
                    if (unnamed >= 0 && (person.isEmpty() || person.get().span().end() <= unnamed)) return;
                    if (person.isPresent()) {
                        set(d, person.get(), -1);
                        return;
                    }
                } else if (unnamed >= previous.span.end()) {
                    return;
                } else {
                    // "“...?” tanya hakim X. Bambang menggeleng. “...,” jawabnya": whoever a sentence since was about
                    Optional<Mention> subject = sentenceSubject(previous.span.end(), d.pronounAt);
                    if (subject.isPresent()) {
                        set(d, subject.get(), -1);
                        return;
                    }
                }
            }
            if (previous != null) d.take(previous);
        }

        /** Where the last sentence in [from, to) whose subject is someone unnamed ("Seorang warga ...") starts, or -1. */
        private int lastUnnamed(int from, int to) {
            if (!holds(text, "eorang", from, to)) return -1; // what every UNNAMED_START match holds
            Matcher u = UNNAMED_START.matcher(text).region(from, to);
            int at = -1;
            while (u.find()) at = u.start();
            return at;
        }

        /**
         * The last person named in [from, to) for the speaker {@code d} refers to: a tagged name, a first name or surname the
         * entity stage left untagged, or "sang" and an office ("sang menteri"); not a name inside the quote itself or in
         * quotation marks (a nickname), nor, for a description, someone named after a preposition.
         */
        private Optional<Mention> lastPerson(int from, int to, Draft d) {
            Mention person = null;
            for (Mention m : mentions) {
                if (m.span().start() >= to) break;
                // "Cut Nurasiah ... saat gelombang menghantam Ulee Lheue. Ia ...": the object of a verb is not whom "ia" means
                if (m.span().start() >= from && m.type() == EntityType.PER && antecedent(m.span().start(), d)
                        && !afterPlacePreposition(m.span().start()) // "di Jalan Gatot Subroto": a street
                        && (person == null || !transitive(wordBefore(text, m.span().start()).toLowerCase(Locale.ROOT)))) person = m;
            }
            Matcher w = CAPITALISED.matcher(text).region(from, to);
            int after = person == null ? from : person.span().end();
            while (w.find()) {
                if (w.start(1) < after || afterPlacePreposition(w.start(1)) || !antecedent(w.start(1), d) || tagged(w.start(1))) continue; // "di Dusun Curah Kobokan"
                String id = resolvePartial(w.group(1));
                if (id != null) person = new Mention(new Span(w.start(1), w.end(1)), w.group(1), EntityType.PER, id);
            }
            Matcher office = SANG.matcher(text).region(person == null ? from : person.span().end(), to);
            while (office.find()) {
                String id = TITLES.contains(office.group(1)) ? titled(office.group(1), office.start(1)) : null;
                if (id != null) person = new Mention(new Span(office.start(1), office.end(1)), office.group(1), EntityType.PER, id);
            }
            return Optional.ofNullable(person);
        }

        /** Whether a name at {@code at} may be whom the speaker {@code d} refers back to. */
        private boolean antecedent(int at, Draft d) {
            if (d.direct && d.span.start() <= at && at < d.span.end()) return false;
            if (at > 0 && (text.charAt(at - 1) == '“' || text.charAt(at - 1) == '"')) return false; // "dijuluki “Si Kilat”"
            return !d.described || !afterPreposition(at);
        }

        /** Whether a mention covers {@code at}: a name already weighed as a whole (mentions do not overlap). */
        private boolean tagged(int at) {
            int k = firstStartingAt(at + 1) - 1;
            return k >= 0 && mentions.get(k).span().end() > at;
        }

        /** Whether a preposition stands before {@code at}, perhaps with a few lower-case words between ("dengan pengusaha X"). */
        private boolean afterPreposition(int at) {
            int end = at;
            for (int k = 0; k < 3; k++) {
                while (end > 0 && text.charAt(end - 1) == ' ') end--;
                int begin = end;
                while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) begin--;
                if (begin == end || !Character.isLowerCase(text.charAt(begin))) return false;
                if (PREPOSITIONS.contains(text.substring(begin, end))) return true;
                end = begin;
            }
            return false;
        }

        /** The last person in [from, to) who opens a sentence ("Bambang menggeleng."), or empty. */
        private Optional<Mention> sentenceSubject(int from, int to) {
            Mention subject = null;
            for (int k = firstStartingAt(from); k < mentions.size(); k++) {
                Mention m = mentions.get(k);
                int at = m.span().start();
                if (at >= to) break;
                if (m.type() != EntityType.PER) continue;
                int i = at;
                while (i > from && text.charAt(i - 1) == ' ') i--;
                if (i > from && ".!?".indexOf(text.charAt(i - 1)) >= 0) subject = m;
            }
            return Optional.ofNullable(subject);
        }

        /**
         * A name the entity stage left untagged at {@code from}: a first name or surname of a person named earlier ("tutur
         * Yohanes"), or a bare title ("kata Dubes", "Menlu mengatakan") for the person named last before with a role of
         * that initial.
         */
        private Optional<Mention> named(int from, int to) {
            Matcher w = CAPITALISED.matcher(text).region(from, Math.max(from, to));
            if (!w.lookingAt()) return Optional.empty();
            String word = w.group(1);
            Span span = new Span(w.start(1), w.end(1));
            String id = resolvePartial(word);
            if (id == null && TITLES.contains(word.toLowerCase())) id = titled(word, span.start());
            return id == null ? Optional.empty() : Optional.of(new Mention(span, word, EntityType.PER, id));
        }

        /**
         * The person last named before {@code before} with the office {@code title} shortens: a role, or a title written
         * before the name, that starts as it does ("Dubes": "Duta Besar ...", "Menlu": "Menteri Luar Negeri").
         */
        private String titled(String title, int before) {
            String t = title.toLowerCase(Locale.ROOT);
            String id = null;
            for (Mention m : mentions) {
                if (m.span().start() >= before) break;
                Entity e = m.entityId() == null ? null : entities.get(m.entityId());
                // a person the tagger made of an office ("Wamenlu") is no one's office
                if (e == null || e.type() != EntityType.PER || TITLES.contains(e.name().toLowerCase(Locale.ROOT))) continue;
                String lead = titleLead(m), l = lead;
                if (e.roles().stream().anyMatch(r -> shortens(t, r.title().toLowerCase(Locale.ROOT)))
                        || TITLE_WORD.matcher(lead).results().anyMatch(r -> !inTitle(l, r.start())
                                && shortens(t, l.substring(r.start()).toLowerCase(Locale.ROOT)))) {
                    id = e.id();
                }
            }
            return id;
        }

        /**
         * The words before a person's name where a title written before it stands, from its sentence's or paragraph's start:
         * {@link #TITLE_REACH} characters, or {@link #TITLE_STRETCH} when a comma sets the name off after a long title
         * ("Kepala Kantor Otoritas Jasa Keuangan (OJK) Jawa Timur, Bambang Hermawan, ...").
         */
        private String titleLead(Mention m) {
            int start = m.span().start();
            int reach = commaEnds(text, Math.max(0, start - 3), start) ? TITLE_STRETCH : TITLE_REACH;
            String lead = text.substring(Math.max(0, start - reach), start);
            return lead.substring(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf('\n')) + 1);
        }

        /** Whether a capitalised word stands right before {@code at}: the word there goes on a title ("Wakil Menteri"). */
        private static boolean inTitle(String lead, int at) {
            String word = wordBefore(lead, at);
            return !word.isEmpty() && lead.charAt(at - 1) == ' ' && Character.isUpperCase(word.charAt(0));
        }

        /**
         * Whether {@code title} is {@code office} or shortens it: the same first two letters, then its letters in order
         * ("dubes": "duta besar", "wamenlu": "wakil menteri luar negeri"; not "menteri": "menurut").
         */
        private static boolean shortens(String title, String office) {
            if (!office.startsWith(title.substring(0, 2))) return false;
            int j = 2;
            for (int i = 2; i < title.length(); i++, j++) {
                j = office.indexOf(title.charAt(i), j);
                if (j < 0) return false;
            }
            return true;
        }

        /**
         * The speaker before a speech verb at {@code verb}: the nearest name that is not a place, "ia" for the
         * last speaker, and the clause's first name when the verb has no subject of its own ("..., dan
         * mengemukakan", "membalas surat dengan mengatakan").
         */
        void assignBefore(Draft d, int from, int verb) {
            if (pluralSubject(from, verb)) {
                d.plural = true;
                return;
            }
            if (unnamedSubject(from, verb)) {
                d.unnamed = true;
                return;
            }
            List<String> words = wordsBetween(from, verb);
            int w = words.size() - 1;
            while (w > 0 && ADVERBS.contains(words.get(w).toLowerCase())) w--;
            if (w >= 0 && PRONOUNS.contains(words.get(w).toLowerCase())) {
                d.refersBack(verb);
                return;
            }
            Optional<Mention> officeHolder = officeSubject(from, verb);
            if (officeHolder.isPresent()) {
                set(d, officeHolder.get(), -1);
                return;
            }
            if (w > 0 && ("itu".equalsIgnoreCase(words.get(w)) || "tersebut".equalsIgnoreCase(words.get(w)))
                    && BODY_NOUNS.contains(words.get(w - 1).toLowerCase(Locale.ROOT))) {
                // "kementerian itu menyebut": the body of that kind named last before the sentence, not one named in it
                int sentence = Math.max(from, text.lastIndexOf(". ", verb) + 2);
                lastBody(sentence, words.get(w - 1).toLowerCase(Locale.ROOT)).ifPresent(m -> set(d, m, -1));
                return;
            }
            if (w > 0 && ("itu".equalsIgnoreCase(words.get(w)) || "tersebut".equalsIgnoreCase(words.get(w))) && description(from, verb)) {
                // "Jubir KPK itu menyebut ...": the person named last with that office
                int sentence = Math.max(from, text.lastIndexOf(". ", verb) + 2);
                Optional<Mention> holder = lowerTitle(sentence).or(() -> named(sentence, verb).filter(m -> TITLES.contains(m.text().toLowerCase(Locale.ROOT))));
                if (holder.isPresent()) {
                    set(d, holder.get(), -1);
                    return;
                }
                d.refersBack(verb); // "Pemain berusia 23 tahun itu mengakui ...": someone named before
                d.described = true;
                return;
            }
            if (w > 0 && "sang".equalsIgnoreCase(words.get(w - 1))) { // "Sang pelatih menilai ...": the coach named before
                String office = words.get(w).toLowerCase(Locale.ROOT);
                String id = TITLES.contains(office) ? titled(office, verb) : null;
                int at = text.lastIndexOf(words.get(w), verb);
                if (id != null) set(d, new Mention(new Span(at, at + office.length()), words.get(w), EntityType.PER, id), -1);
                else d.refersBack(verb);
                return;
            }
            String noun = w >= 0 ? words.get(w) : "";
            if (BODY_NOUNS.contains(noun.toLowerCase(Locale.ROOT)) && (w == 0 || Character.isLowerCase(noun.charAt(0)))) {
                // "Perusahaan juga memastikan ...", "manajemen perseroan menyatakan ...": the company named before
                lastBody(from, noun.toLowerCase(Locale.ROOT)).ifPresent(m -> set(d, m, -1));
                return;
            }
            String last = w >= 0 ? words.getLast().toLowerCase() : "";
            int lastAt = verb;
            while (lastAt > from && Character.isWhitespace(text.charAt(lastAt - 1))) lastAt--;
            while (lastAt > from && !Character.isWhitespace(text.charAt(lastAt - 1))) lastAt--;
            int lastWord = lastAt;
            if (mentions.stream().noneMatch(m -> m.span().start() <= lastWord && m.span().end() > lastWord)) {
                Optional<Mention> untagged = named(lastWord, verb);
                if (untagged.isPresent()) {
                    set(d, untagged.get(), -1);
                    return;
                }
            }
            // "X, yang memerankan tokoh Y, mengaku ...": the subject stands before the relative clause
            Matcher relative = RELATIVE.matcher(text).region(from, verb);
            int subjectEnd = commaEnds(text, from, verb) && relative.find() ? relative.start() : verb;
            // the candidates are the names in [from, subjectEnd) not after a place preposition: of them only the first
            // (and the first person) or the last is wanted, so the place test is run from that end until one passes
            int first = firstStartingAt(from), beyond = firstStartingAt(subjectEnd + 1);
            if (ZERO_SUBJECT.contains(last)) {
                Mention firstOne = null;
                for (int k = first; k < beyond; k++) {
                    Mention m = mentions.get(k);
                    if (!candidate(m, subjectEnd)) continue;
                    if (m.type() == EntityType.PER) {
                        set(d, m, -1);
                        return;
                    }
                    if (firstOne == null) firstOne = m;
                }
                if (firstOne != null) set(d, firstOne, -1);
                return;
            }
            for (int k = beyond - 1; k >= first; k--) {
                Mention nearest = mentions.get(k);
                if (!candidate(nearest, subjectEnd)) continue;
                if (nearest.type() == EntityType.LOC && k > first) {
                    // "Ombudsman RI menyatakan": the body whose name the state or place ends
                    Mention body = mentions.get(k - 1);
                    if (body.type() == EntityType.ORG && candidate(body, subjectEnd)
                            && text.substring(body.span().end(), nearest.span().start()).isBlank()) nearest = body;
                } else if (nearest.type() == EntityType.ORG && k > first) {
                    // "Badan ... (BPJPH) Kementerian Agama mengingatkan": the body, not the ministry it belongs to
                    Mention body = mentions.get(k - 1);
                    if (body.type() == EntityType.ORG && candidate(body, subjectEnd)
                            && text.substring(body.span().end(), nearest.span().start()).matches("\\)?\\s+")) nearest = body;
                }
                if (subjectEnd - nearest.span().end() <= SUBJECT_REACH
                        || APPOSITION.matcher(text).region(nearest.span().end(), subjectEnd).matches()) set(d, nearest, -1);
                return;
            }
        }

        /**
         * A subject that is an office alone ("Kapolrestabes menyebut", "Wali kota memastikan", "Kepala BPJPH menambahkan",
         * "Juru bicara Kejaksaan Agung juga menyebut"):
         * the person named last before with those words as the title before the name; a body's name alone speaks for
         * the body, so the first word is a title unless the subject names nothing.
         */
        private Optional<Mention> officeSubject(int from, int verb) {
            int start = verb;
            while (start > from && ",.!?\n".indexOf(text.charAt(start - 1)) < 0) start--;
            List<String> words = wordsBetween(start, verb);
            int n = words.size();
            while (n > 1 && ADVERBS.contains(words.get(n - 1).toLowerCase(Locale.ROOT))) n--;
            if (n == 0 || n > 4 || !Character.isUpperCase(words.getFirst().charAt(0))) return Optional.empty();
            boolean named = false;
            for (int k = firstStartingAt(start); k < mentions.size() && mentions.get(k).span().start() < verb; k++) {
                if (mentions.get(k).type() == EntityType.PER) return Optional.empty();
                named = true;
            }
            if (named && !TITLES.contains(words.getFirst().toLowerCase(Locale.ROOT))
                    && !(n > 1 && TITLE_PHRASES.contains((words.get(0) + " " + words.get(1)).toLowerCase(Locale.ROOT)))) return Optional.empty();
            String phrase = String.join(" ", words.subList(0, n));
            Pattern title = Pattern.compile("(?<!\\p{L})" + Pattern.quote(phrase) + "(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            String id = null;
            for (Mention m : mentions) {
                if (m.span().start() >= start) break;
                if (m.type() != EntityType.PER || m.entityId() == null) continue;
                String lead = titleLead(m);
                Matcher t = title.matcher(lead);
                // "Wakil Kepala BPJPH X" holds the words, not the office
                if (t.find() && !inTitle(lead, t.start())) id = m.entityId();
            }
            int at = text.indexOf(words.getFirst(), start);
            return id == null ? Optional.empty() : Optional.of(new Mention(new Span(at, at + phrase.length()), phrase, EntityType.PER, id));
        }

        /**
         * Whether the clause before {@code verb} (from its sentence's start or the last comma) is many people and names no
         * one: "Para buruh", "Di luar posko, sejumlah pengungsi", "Dua serikat pekerja di pabrik itu", "Mereka".
         */
        private boolean pluralSubject(int from, int verb) {
            int start = verb;
            while (start > from && ",.!?\n".indexOf(text.charAt(start - 1)) < 0) start--;
            List<String> words = wordsBetween(start, verb);
            while (!words.isEmpty() && CONNECTIVES.contains(words.getFirst().toLowerCase(Locale.ROOT))) words = words.subList(1, words.size());
            if (words.isEmpty()) return false;
            // "Namun penumpang (juga) mengaku": a bare noun for people, nothing after it but adverbs
            boolean people = PEOPLE.contains(words.getFirst().toLowerCase(Locale.ROOT))
                    && words.subList(1, words.size()).stream().allMatch(x -> ADVERBS.contains(x.toLowerCase(Locale.ROOT)));
            if (!people && !PLURAL.contains(words.getFirst().toLowerCase(Locale.ROOT))) return false;
            if (words.size() > 1 && TIME_UNITS.contains(words.get(1).toLowerCase(Locale.ROOT))) return false; // "Dua pekan lalu"
            for (int k = firstStartingAt(start); k < mentions.size() && mentions.get(k).span().start() < verb; k++) {
                if (mentions.get(k).type() == EntityType.PER) return false;
            }
            return true;
        }

        /**
         * Whether the clause before {@code verb} is someone the text does not name: "Seorang pedagang di kawasan Tanah Abang",
         * "Warga lain yang enggan disebut namanya", "Sumber lain di partai koalisi"; a place or body in it is not the speaker.
         */
        private boolean unnamedSubject(int from, int verb) {
            int start = verb;
            while (start > from && ",.!?\n".indexOf(text.charAt(start - 1)) < 0) start--;
            List<String> words = wordsBetween(start, verb);
            while (!words.isEmpty() && CONNECTIVES.contains(words.getFirst().toLowerCase(Locale.ROOT))) words = words.subList(1, words.size());
            if (words.size() < 2) return false;
            String first = words.getFirst().toLowerCase(Locale.ROOT);
            boolean unnamed = "seorang".equals(first) || "salah".equals(first) && "seorang".equalsIgnoreCase(words.get(1))
                    || "sumber".equals(first) || PEOPLE.contains(first);
            return unnamed && !personBetween(start, verb);
        }

        /** Whether a person who may be a subject (not a street's or place's name after "di") is named in [from, to). */
        boolean personBetween(int from, int to) {
            for (int k = firstStartingAt(from); k < mentions.size() && mentions.get(k).span().start() < to; k++) {
                Mention m = mentions.get(k);
                if (m.type() == EntityType.PER && !afterPlacePreposition(m.span().start())) return true;
            }
            return false;
        }

        /** A name that may be the subject of a verb whose subject ends at {@code subjectEnd}. */
        private boolean candidate(Mention m, int subjectEnd) {
            int start = m.span().start(), lead = Math.max(0, start - PlaceLead.REACH);
            return m.span().end() <= subjectEnd && !afterPlacePreposition(start) && !placeAfterPlace(m) && !degree(m)
                    && !findBeforeSpace(NOT_SUBJECT_LEAD, NOT_SUBJECT_LENGTH, text, lead, start) && !afterVerbRelative(lead, start);
        }

        /** A degree after a name and its comma; "MA", "SE" or "ST" without that comma is a body ("MA menegaskan"). */
        private boolean degree(Mention m) {
            int before = m.span().start();
            while (before > 0 && Tokenizer.isPatternSpace(text.charAt(before - 1))) before--;
            return before > 0 && text.charAt(before - 1) == ','
                    && (DEGREES.contains(m.text().replace(".", "").replace(",", "")) || SPECIALIST.matcher(m.text()).matches());
        }

        /** Whether a relative clause with its own verb ("yang diterima Kompas") leads up to {@code start}; a title one does not. */
        private boolean afterVerbRelative(int lead, int start) {
            // the pattern needs "yang", which most stretches before a name lack
            if (!holds(text, "yang", lead, start)) return false;
            Matcher r = RELATIVE_LEAD.matcher(text).region(lead, start);
            return r.find() && !TITLE_RELATIVE.matcher(text).region(r.start(), start).matches();
        }

        /** The index of the first mention starting at or after {@code offset} ({@link #mentions} are in text order). */
        private int firstStartingAt(int offset) {
            int lo = 0, hi = mentions.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (mentions.get(mid).span().start() < offset) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        /** The words of {@code text[from, to)} split at white space, as {@code trim().split("\\s+")} gives them. */
        private List<String> wordsBetween(int from, int to) {
            List<String> out = new ArrayList<>();
            int i = from;
            while (i < to && text.charAt(i) <= ' ') i++;
            int end = to;
            while (end > i && text.charAt(end - 1) <= ' ') end--;
            while (i < end) {
                int j = i;
                while (j < end && !Tokenizer.isPatternSpace(text.charAt(j))) j++;
                out.add(text.substring(i, j));
                while (j < end && Tokenizer.isPatternSpace(text.charAt(j))) j++;
                i = j;
            }
            return out;
        }

        /**
         * Whether the words of the sentence before {@code verb} are a description, not a name: no person named in them and
         * no name at their start ("Arkeolog lulusan Universitas Gadjah Mada itu", not "Kementerian Luar Negeri itu").
         */
        private boolean description(int from, int verb) {
            int start = Math.max(from, text.lastIndexOf(". ", verb) + 2);
            while (start < verb && Character.isWhitespace(text.charAt(start))) start++;
            int first = start;
            return mentions.stream().noneMatch(m -> m.span().end() > first && m.span().start() < verb
                    && (m.type() == EntityType.PER || m.span().start() <= first));
        }

        /**
         * The last organisation named before {@code before}; for a company's {@code noun}, the last company if any; else
         * the last whose name starts with the noun ("kementerian": "Kementerian Kesehatan ...", not a news agency since).
         */
        private Optional<Mention> lastBody(int before, String noun) {
            Mention body = null, company = null, kind = null;
            for (Mention m : mentions) {
                if (m.span().start() >= before) break;
                if (m.type() != EntityType.ORG) continue;
                body = m;
                Entity e = m.entityId() == null ? null : entities.get(m.entityId());
                if (e != null && COMPANY.matcher(e.name()).find()) company = m;
                if (m.text().toLowerCase(Locale.ROOT).startsWith(noun + " ")) kind = m;
            }
            if (company != null && COMPANY_NOUNS.contains(noun)) return Optional.of(company);
            return Optional.ofNullable(kind != null ? kind : body);
        }

        /** A place after a comma that goes on a place after "di" ("di Pasar Minggu, Jakarta Selatan"). */
        private boolean placeAfterPlace(Mention m) {
            int k = firstStartingAt(m.span().start()) - 1;
            if (m.type() != EntityType.LOC || k < 0) return false;
            Mention before = mentions.get(k);
            return before.type() == EntityType.LOC && text.substring(before.span().end(), m.span().start()).matches(",\\s+")
                    && afterPlacePreposition(before.span().start());
        }

        /** A name after "di", "ke" or "dari", also at the end of a longer capitalised name ("di Pasar Pagi Arengka"). */
        private boolean afterPlacePreposition(int start) {
            return PlaceLead.before(text, start);
        }

        private void set(Draft d, Mention m, int verbEnd) {
            d.speaker = m;
            d.speakerId = m.entityId() != null ? m.entityId() : resolvePartial(m.text());
            if (m.type() == EntityType.PER && TITLES.contains(m.text().toLowerCase(Locale.ROOT))) {
                String id = titled(m.text(), m.span().start()); // "Menurut Wamenlu": the tagger's person is an office
                if (id != null) d.speakerId = id;
            }
            d.role = role(d.speakerId, m, verbEnd);
        }

        /** A name the linker left open ("Choe") taken as the article's entity whose name ends or starts with it. */
        private String resolvePartial(String name) {
            String n = name.toLowerCase();
            for (Entity e : analysis.entities()) {
                if (e.type() != EntityType.PER) continue;
                String full = e.name().toLowerCase();
                if (full.endsWith(" " + n) || full.startsWith(n + " ")) return e.id();
            }
            return null;
        }

        /** The role as the attribution words give it ("kata juru bicara Kremlin X"), else the article's role nearest before. */
        private String role(String id, Mention m, int verbEnd) {
            if (verbEnd >= 0 && m.span().start() > verbEnd) {
                // an article before the name is no role ("According to the United Nations", "..., the ministry said")
                String between = ARTICLE.matcher(text.substring(verbEnd, m.span().start()).trim()).replaceFirst("");
                if (between.length() > 2 && !between.contains(",") && between.split("\\s+").length <= 6) return between;
            }
            Entity e = id == null ? null : entities.get(id);
            if (e == null || e.roles().isEmpty()) return null;
            Role best = null;
            for (Role r : e.roles()) {
                if (best == null || r.span().start() <= m.span().start() && r.span().start() > best.span().start()) best = r;
            }
            return best.title();
        }

        private boolean pronounAt(int from, int to) {
            return PRONOUNS.contains(firstWord(from, to));
        }

        /** The first word in [from, to), lower-cased, without the punctuation after it ("kata dia,"). */
        private String firstWord(int from, int to) {
            Matcher w = FIRST_WORD.matcher(text).region(from, Math.max(from, to));
            return w.lookingAt() ? w.group(1).toLowerCase(Locale.ROOT) : "";
        }
    }
}
