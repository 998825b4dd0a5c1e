package id.linimasa.event;

import id.linimasa.event.Words.Word;
import id.linimasa.text.WordSet;

import java.util.List;
import java.util.Set;

/**
 * Whether a sentence asserts an event or only mentions it, from the words before its trigger: negation
 * ("tidak", "belum", "membantah") and plans ("akan", "berencana") bind to the verb they stand close to;
 * conditions ("jika") to their clause; hearsay ("dilaporkan", "diduga", "menurut laporan") to the whole
 * sentence before the trigger.
 */
final class StatusCues {

    /** How far before the trigger a negation or plan cue still governs it ("tidak akan pernah lagi bertemu"). */
    private static final int NEAR = 4;

    private static final Cue NEGATION = Cue.of("tidak", "tak", "belum", "bukan", "tanpa", "gagal",
            "membantah", "menyangkal", "dibantah", "urung", "batal", "enggan", "menolak", "jangan", "takkan");
    private static final Cue PLAN = Cue.of("akan", "bakal", "hendak", "berencana", "merencanakan",
            "rencananya", "direncanakan", "dijadwalkan", "berniat", "bermaksud", "ingin", "berjanji", "siap", "mau",
            "untuk", "guna", "demi", "berharap", "mengusulkan",
            // a threatened act has not happened
            "mengancam");
    private static final Cue CONDITION = Cue.of("jika", "jikalau", "apabila", "bila", "kalau",
            "seandainya", "andaikan", "andai");
    /** "agar", "supaya": an outcome wished for, that depends on others; modals: what may be. */
    private static final Cue MODAL = Cue.of("mungkin", "kemungkinan", "bisa", "dapat", "berpotensi", "seharusnya",
            "agar", "supaya");
    private static final Cue HEARSAY = Cue.of("dilaporkan", "diduga", "dikabarkan", "kabarnya",
            "disebut-sebut", "diyakini", "diklaim", "mengklaim", "tampaknya", "konon", "dituduh", "dituding",
            "diberitakan", "ditengarai", "disinyalir", "reportedly", "laporan", "mengaku", "menurut",
            // what someone says or alleges another did is their claim, not the outlet's
            "menuduh", "menuding", "mengatakan", "menyatakan", "menyebut", "menyebutkan", "kata", "ujar");
    /** Words after a negation that make it part of a phrase, not a denial: "tidak hanya", "tak dikenal". */
    private static final Set<String> NOT_A_DENIAL = WordSet.of("hanya", "dikenal", "diketahui", "teridentifikasi");
    /** Verbs of saying or alleging: what they report ends where the speaker's next verb begins ("... dan menuntut"). */
    private static final Cue SPEECH = Cue.of("menuduh", "menuding", "mengatakan", "menyatakan", "menyebut", "menyebutkan",
            "mengaku", "mengklaim");
    /** Conjunctions that open a clause of another subject: hearsay before them does not reach past them. */
    private static final Cue CONTRAST = Cue.of("sementara", "sedangkan", "namun", "tetapi", "tapi");
    /** Triggers that promise their act rather than tell it done. */
    private static final Set<String> PROMISES = WordSet.of("menjanjikan", "dijanjikan", "menawarkan", "ditawarkan");
    /** Clause breaks beyond which a condition no longer reaches. */
    private static final Cue CLAUSE_BREAK = Cue.of(",", ";", ":", "dan", "tetapi", "namun", "sementara");

    /** Nouns that make a speech verb an act of its own ("menyatakan dukungan", "menyampaikan protes"). */
    private static final Set<String> SPOKEN_ACTS = WordSet.of("dukungan", "solidaritas", "protes", "kecaman", "penolakan",
            "keberatan", "keprihatinan", "belasungkawa", "perang");
    /** The verbs of summoning an envoy. */
    static final Set<String> SUMMONS = WordSet.of("memanggil", "dipanggil");

    private StatusCues() {
    }

    private static boolean summoned(List<Word> words, int from, int purpose) {
        for (int k = purpose - 1; k >= from; k--) {
            Word w = words.get(k);
            if (SUMMONS.contains(w.lower())) return true;
            if (CLAUSE_BREAK.in(w)) return false;
        }
        return false;
    }

    /**
     * @param from first word of the trigger's region (the quote it stands in, or the sentence)
     * @param inQuote true when the trigger stands inside someone's quoted words
     */
    static EventStatus status(List<Word> words, int from, int trigger, boolean inQuote) {
        boolean plan = false, condition = false, hearsay = inQuote;
        boolean clauseOpen = true;
        // "X menyebut ... dan menuntut ...": what the speaker does next is the speaker's own act, not a claim
        boolean coordinated = false;
        // "X menyatakan ..., sementara Y memuji ...", "menuduh ..., tuduhan yang dibantah Beijing": what another subject
        // does, or a denial of what was said, is not part of what was said ("..., tetapi berterima kasih" goes on with it)
        boolean ownClause = false;
        // "menjanjikan bantuan", "menawarkan bantuan": the trigger itself promises the act
        if (PROMISES.contains(words.get(trigger).lower())) plan = true;
        // a plan or negation just before the quotation marks governs the quoted verb: akan “memperluas ...”
        int reach = trigger - from <= NEAR ? Math.max(0, from - NEAR) : from;
        for (int i = trigger - 1; i >= reach; i--) {
            Word w = words.get(i);
            String s = w.lower();
            boolean near = trigger - i <= NEAR;
            // "tidak hanya" is "not only": the event still happened;
            // "kelompok bersenjata tak dikenal": "unknown" describes the actor, it denies nothing
            if (near && clauseOpen && NEGATION.in(w) && !(i + 1 < words.size() && NOT_A_DENIAL.contains(words.get(i + 1).lower()))) {
                // "agar tidak memasok", "jika tidak dibebaskan": a negated wish or condition is no denial
                boolean wished = i > 0 && (MODAL.in(words.get(i - 1)) || CONDITION.in(words.get(i - 1)));
                return wished ? EventStatus.HYPOTHETICAL : EventStatus.NEGATED;
            }
            // "memanggil duta besar India untuk memprotes": the summons is the protest, done already
            if (near && PLAN.in(w) && !(s.equals("untuk") && summoned(words, reach, i))) plan = true;
            if (near && MODAL.in(w)) condition = true;
            if (CLAUSE_BREAK.in(w)) clauseOpen = false;
            if (s.equals("dan") || s.equals("serta")) coordinated = true;
            if (CONTRAST.in(w) && i + 1 < trigger && !Words.verbLike(words.get(i + 1)) || s.equals(",") && i + 2 == trigger - 1 && words.get(trigger - 1).is("yang")) ownClause = true;
            if (clauseOpen && CONDITION.in(w)) condition = true;
            // "menyatakan dukungan": a speech verb with an act noun is the speaker's own act, not a report
            if (!ownClause && HEARSAY.in(w) && !(i + 1 < words.size() && SPOKEN_ACTS.contains(words.get(i + 1).lower()))
                    && !(coordinated && SPEECH.in(w))) hearsay = true;
        }
        // "Jika Rusia kembali melanggar ..., kami akan menembak jatuh ...": what is promised on a condition may not happen
        if (plan && !condition) for (int i = trigger - 1; i >= from && !condition; i--) condition = CONDITION.in(words.get(i));
        if (condition) return EventStatus.HYPOTHETICAL;
        if (plan) return EventStatus.PLANNED;
        return hearsay ? EventStatus.REPORTED : EventStatus.ASSERTED;
    }

    /** Words after an event noun that make it one to come: "pertemuan berikutnya dijadwalkan ...". */
    private static final Cue NOUN_PLAN = Cue.of("akan", "bakal", "dijadwalkan", "direncanakan", "berikutnya",
            "mendatang", "lanjutan", "selanjutnya", "rencananya");
    /** Attributions after the trigger: ", kata X", ", menurut X". */
    private static final Cue TRAILING_SOURCE = Cue.of("kata", "ujar", "menurut", "ucap", "tutur");

    /** A noun's status from the words after it, up to its predicate: a plan cue there makes it planned. */
    static EventStatus plannedNoun(List<Word> words, int end, int to, EventStatus status) {
        if (status != EventStatus.ASSERTED && status != EventStatus.REPORTED) return status;
        for (int i = end; i < to && i < words.size() && i < end + 2 * NEAR; i++) {
            Word w = words.get(i);
            if (NOUN_PLAN.in(w)) return EventStatus.PLANNED;
            if (CLAUSE_BREAK.in(w) || Words.verbLike(w)) break;
        }
        return after(words, end, to, status);
    }

    /**
     * The status after the words that follow the trigger: a plan with a condition after it is hypothetical
     * ("akan menjatuhkan sanksi jika terbukti"); an act attributed after it is reported ("..., menurut Pentagon").
     */
    static EventStatus after(List<Word> words, int end, int to, EventStatus status) {
        for (int i = end; i < to && i < words.size(); i++) {
            Word w = words.get(i);
            if (w.is(";")) break;
            if (CONDITION.in(w) && status == EventStatus.PLANNED) return EventStatus.HYPOTHETICAL;
            if (TRAILING_SOURCE.in(w) && i > 0 && words.get(i - 1).is(",") && status == EventStatus.ASSERTED) return EventStatus.REPORTED;
        }
        return status;
    }
}
