package id.linimasa.event;

import id.linimasa.event.ActorFinder.SentenceWords;
import id.linimasa.event.ActorFinder.Side;
import id.linimasa.event.Words.Word;
import id.linimasa.text.Sentence;
import id.linimasa.text.Span;

import java.util.List;
import java.util.Optional;

/**
 * A statement by a state's voice about another state whose words code no PLOVER event ("Lavrov menyatakan
 * hubungan Rusia dengan Korea Utara ...", "“...,” kata juru bicara Kemlu Tiongkok", "Putin menegaskan bahwa
 * hubungan ... berjalan sesuai rencana ketika ia menerima kunjungan ..."): coded as {@link Plover#STATEMENT},
 * dated only by the sentence's own date (when a statement was made is what the text says, not the last date the
 * story set). Words that tell an event are coded as that event instead.
 */
final class StatementFinder {

    /** Verbs that open what someone said: the speaker stands before them. */
    private static final Cue SAYS = Cue.of("menyatakan", "mengatakan", "menegaskan", "mengumumkan", "menyebut",
            "menyebutkan", "menjelaskan", "mengungkapkan", "menyampaikan", "mengingatkan", "berkata", "berpendapat");
    /** Words after a quote that attribute it: the speaker follows them. */
    private static final Cue SAID = Cue.of("kata", "ujar", "ucap", "tutur", "tegas", "jelas", "ungkap", "imbuh");
    private static final double CONFIDENCE = 0.5;
    private static final Cue NOT = Cue.of("tidak", "tak", "belum", "bukan");
    /** Words that open a clause of when something was said, not of what. */
    private static final Cue WHEN_SAID = Cue.of("ketika", "saat", "sewaktu", "setelah", "sebelum", "seusai", "usai", ";");

    private StatementFinder() {
    }

    /** @param triggers word indices of the event triggers the sentence has */
    static Optional<Event> find(ActorFinder actors, EventDater dater, SentenceWords sw, Sentence sentence, boolean[] quoted,
                                List<Integer> triggers) {
        List<Word> words = sw.words();
        for (int v = 0; v < words.size(); v++) {
            if (quoted[v]) continue;
            boolean opens = SAYS.in(words.get(v)), closes = closes(words.get(v));
            if (!opens && !closes) continue;
            int from = opens ? v + 1 : 0, to = opens ? contentEnd(words, v + 1) : v;
            if (triggers.stream().anyMatch(t -> t >= from && t < to)) continue;
            // "Rusia membantah ... dan menyebut ...": the speaker is the subject of the verb "dan" joins it to
            Side source = !opens ? actors.after(sw, v + 1, words.size())
                    : ActorFinder.zeroSubject(words, 0, v) ? actors.clauseSubject(sw, 0, v) : actors.before(sw, 0, v);
            if (source.isEmpty() || !source.states().stream().allMatch(actors::actsAsState)) continue;
            // what was said: after the verb, or before the attribution
            Side target = aboutState(actors, sw, from, to, source);
            if (target.isEmpty()) continue;
            EventDate date = dater.ownDate(words, v);
            Span trigger = words.get(v).span();
            EventStatus status = negated(words, v) ? EventStatus.NEGATED : EventStatus.ASSERTED;
            return Optional.of(new Event(Plover.STATEMENT, null, source.states(), target.states(), null, date,
                    sentence.span(), trigger, CONFIDENCE, status, sentence.caption(), source.named(), target.named()));
        }
        return Optional.empty();
    }

    /** Whether a word of the sentence may attribute what someone says (quoted words included). */
    static boolean speaks(List<Word> words) {
        for (Word w : words) if (SAYS.in(w) || closes(w)) return true;
        return false;
    }

    /** A verb that closes what was said ("kata", "ujarnya"). */
    private static boolean closes(Word w) {
        return SAID.in(w) || w.clitic() && SAID.contains(w.bare());
    }

    /** "tidak mengatakan", "belum menyatakan": only a negation right before the verb denies the statement. */
    private static boolean negated(List<Word> words, int v) {
        for (int i = v - 1; i >= 0 && i >= v - 2; i--) if (NOT.in(words.get(i))) return true;
        return false;
    }

    /** Where what was said ends: at a clause of the time it was said ("ketika ia menerima kunjungan ..."). */
    private static int contentEnd(List<Word> words, int from) {
        for (int i = from; i < words.size(); i++) if (WHEN_SAID.in(words.get(i))) return i;
        return words.size();
    }

    /** The first state other than the speaker's that the words [from, to) name. */
    private static Side aboutState(ActorFinder actors, SentenceWords sw, int from, int to, Side source) {
        for (int i = from; i < to; i++) {
            if (sw.mentionAt()[i] == null) continue;
            String id = sw.mentionAt()[i].entityId();
            String state = actors.stateOf(id);
            if (actors.actsAsState(state) && !source.states().contains(state)) return new Side(List.of(state), List.of(id));
        }
        return Side.NONE;
    }
}
