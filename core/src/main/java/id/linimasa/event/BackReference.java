package id.linimasa.event;

import id.linimasa.event.Words.Word;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reaction aimed at an act told before ("mengecam serangan tersebut", "menolak tuduhan itu", "memprotes
 * peluncuran itu") is aimed at who did that act: the latest event of the article of the kind the noun names,
 * by others than the reacting side, preferring one done to the reacting side. A reply to "surat itu" goes to
 * the writer of the letter told before; releasing "nelayan itu" goes to whom the same side seized them from.
 */
final class BackReference {

    /**
     * Reactions to an act, aimed at whoever did it: only these take their target from an earlier act, or from the
     * agent of the act they name ("memprotes larangan yang diberlakukan Indonesia", in {@link EventCoder}).
     */
    static final Set<Plover> REACTIONS = EnumSet.of(Plover.ACCUSE, Plover.PROTEST, Plover.REJECT,
            Plover.THREATEN, Plover.SUPPORT);
    private static final Set<Plover> ANY = EnumSet.allOf(Plover.class);
    /** Nouns for an act, with the kinds of event they refer back to. */
    private static final Map<String, Set<Plover>> NOUNS = Map.ofEntries(
            Map.entry("serangan", EnumSet.of(Plover.ASSAULT)), Map.entry("serbuan", EnumSet.of(Plover.ASSAULT)),
            Map.entry("gempuran", EnumSet.of(Plover.ASSAULT)), Map.entry("invasi", EnumSet.of(Plover.ASSAULT)),
            Map.entry("peluncuran", EnumSet.of(Plover.ASSAULT, Plover.MOBILIZE)),
            Map.entry("latihan", EnumSet.of(Plover.MOBILIZE)), Map.entry("pengerahan", EnumSet.of(Plover.MOBILIZE)),
            Map.entry("sanksi", EnumSet.of(Plover.SANCTION)), Map.entry("embargo", EnumSet.of(Plover.SANCTION)),
            Map.entry("pengusiran", EnumSet.of(Plover.SANCTION, Plover.COERCE)),
            Map.entry("tuduhan", EnumSet.of(Plover.ACCUSE)), Map.entry("tudingan", EnumSet.of(Plover.ACCUSE)),
            Map.entry("kecaman", EnumSet.of(Plover.ACCUSE)), Map.entry("klaim", EnumSet.of(Plover.ACCUSE)),
            Map.entry("ancaman", EnumSet.of(Plover.THREATEN)),
            Map.entry("kesepakatan", EnumSet.of(Plover.AGREE)), Map.entry("perjanjian", EnumSet.of(Plover.AGREE)),
            Map.entry("pakta", EnumSet.of(Plover.AGREE)), Map.entry("gencatan", EnumSet.of(Plover.AGREE)), Map.entry("penjualan", EnumSet.of(Plover.AID)),
            Map.entry("pengiriman", EnumSet.of(Plover.AID, Plover.MOBILIZE)), Map.entry("bantuan", EnumSet.of(Plover.AID)),
            Map.entry("penangkapan", EnumSet.of(Plover.COERCE)), Map.entry("larangan", EnumSet.of(Plover.SANCTION, Plover.COERCE)), Map.entry("surat", EnumSet.of(Plover.CONSULT)), Map.entry("penahanan", EnumSet.of(Plover.COERCE)),
            Map.entry("langkah", ANY), Map.entry("tindakan", ANY), Map.entry("keputusan", ANY), Map.entry("kebijakan", ANY),
            Map.entry("insiden", ANY), Map.entry("peristiwa", ANY), Map.entry("kejadian", ANY));
    /** The acts a concession undoes: a seizure or a sanction. */
    private static final Set<Plover> UNDONE = EnumSet.of(Plover.COERCE, Plover.SANCTION);
    /** Acts done against someone, which a denial or refusal answers (not help or troops sent to an ally). */
    private static final Set<Plover> AGAINST = EnumSet.of(Plover.ACCUSE, Plover.PROTEST, Plover.REJECT, Plover.THREATEN,
            Plover.REQUEST, Plover.SANCTION, Plover.COERCE, Plover.ASSAULT);
    /** How many of the latest acts by others a denial may answer. */
    private static final int ANSWERED_ACTS = 3;
    private static final Cue DEMONSTRATIVES = Cue.of("itu", "tersebut", "ini");
    private static final Set<Plover> TOGETHER = EnumSet.of(Plover.AGREE, Plover.COOPERATE, Plover.CONSULT);
    /** How far after the trigger the referring noun is still its object ("mengutuk keras serangan itu"). */
    private static final int OBJECT_REACH = 1;
    /** How far after the trigger the referring noun may stand ("mengancam akan membalas latihan tersebut"). */
    private static final int REACH = 6;
    /** Words between the noun and its demonstrative ("langkah Warsawa tersebut"). */
    private static final int NOUN_REACH = 3;
    private static final Cue CLAUSE_BREAK = Cue.of(",", ";", ":", ".", "dan", "serta", "namun", "tetapi", "karena");

    private BackReference() {
    }

    /**
     * The event with its target taken from the act it refers back to, or the event unchanged. A target already
     * found stays unless the referring noun is the verb's object right after it ("mengutuk serangan itu sebagai
     * pelanggaran kedaulatan Yaman": the attack's authors, not Yemen).
     */
    static Event aim(List<Event> earlier, Event e, List<Word> words, int from, int to) {
        if (e.type() == Plover.CONCEDE && e.targets().isEmpty() && !e.sources().isEmpty()) return undone(earlier, e, words, from, to);
        // "membalas surat itu": a reply goes to the writer of the letter told before
        boolean reply = e.type() == Plover.CONSULT && "letter".equals(e.mode());
        if (!REACTIONS.contains(e.type()) && !reply || e.sources().isEmpty()) return e;
        for (int i = from; i < to && i < words.size() && i < from + REACH; i++) {
            String s = words.get(i).bare();
            if (CLAUSE_BREAK.contains(s)) break;
            Set<Plover> kinds = NOUNS.get(s);
            if (kinds == null || !demonstrativeAfter(words, i, to)) continue;
            if (!e.targets().isEmpty() && i > from + OBJECT_REACH) return e;
            Event act = latest(earlier, e, kinds, reply, true);
            if (act == null) act = latest(earlier, e, kinds, reply, false);
            if (act == null) return e;
            // an agreement or meeting is done by both sides; welcoming it is aimed at both
            List<String> targets = new ArrayList<>(act.sources()), named = new ArrayList<>(act.sourceEntities());
            if (TOGETHER.contains(act.type()) && !reply) {
                act.targets().stream().filter(t -> !targets.contains(t)).forEach(targets::add);
                act.targetEntities().stream().filter(t -> !named.contains(t)).forEach(named::add);
            }
            return new Event(e.type(), e.mode(), e.sources(), targets, e.location(), e.date(), e.sentence(), e.trigger(),
                    e.confidence(), e.status(), e.caption(), e.sourceEntities(), named);
        }
        return e;
    }

    /**
     * "Moskow membantah bahwa ...", "Prancis menolak perintah tersebut" after "Niger mengusir duta besar Prancis": a
     * denial, or a reaction to something named with a demonstrative, that names no one answers the act just told
     * against the reacting side (an accusation, demand, sanction, attack...) among the latest {@value #ANSWERED_ACTS} acts
     * by others; the event unchanged when none was.
     */
    static Event answer(List<Event> earlier, Event e, boolean answering) {
        if (!answering || !REACTIONS.contains(e.type()) || !e.targets().isEmpty() || e.sources().isEmpty()) return e;
        int others = 0;
        for (int k = earlier.size() - 1; k >= 0 && others < ANSWERED_ACTS; k--) {
            Event a = earlier.get(k);
            if (a.sources().isEmpty() || a.sources().stream().anyMatch(e.sources()::contains)) continue;
            others++;
            // a welcome answers any act aimed at the welcoming side (a letter, a proposal); a denial or refusal one against it
            boolean answered = e.type() == Plover.SUPPORT || AGAINST.contains(a.type());
            if (!answered || a.targets().stream().noneMatch(e.sources()::contains)) continue;
            return new Event(e.type(), e.mode(), e.sources(), a.sources(), e.location(), e.date(), e.sentence(), e.trigger(),
                    e.confidence(), e.status(), e.caption(), e.sourceEntities(), a.sourceEntities());
        }
        return e;
    }

    /**
     * "Malaysia membebaskan keenam nelayan itu", "mencabut sanksi tersebut": what a side undoes by referring back
     * is its own latest seizure or sanction, and the release or lifting goes to whom that was done to.
     */
    private static Event undone(List<Event> earlier, Event e, List<Word> words, int from, int to) {
        boolean referring = false;
        for (int i = from; i < to && i < words.size() && i < from + REACH && !referring; i++) {
            if (CLAUSE_BREAK.in(words.get(i))) break;
            referring = DEMONSTRATIVES.in(words.get(i));
        }
        if (!referring) return e;
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Event a = earlier.get(k);
            if (!UNDONE.contains(a.type()) || !a.sources().equals(e.sources()) || a.targets().isEmpty()) continue;
            return new Event(e.type(), e.mode(), e.sources(), a.targets(), e.location(), e.date(), e.sentence(), e.trigger(),
                    e.confidence(), e.status(), e.caption(), e.sourceEntities(), a.targetEntities());
        }
        return e;
    }

    private static boolean demonstrativeAfter(List<Word> words, int noun, int to) {
        for (int k = noun + 1; k < to && k < words.size() && k <= noun + NOUN_REACH; k++) {
            if (DEMONSTRATIVES.in(words.get(k))) return true;
            if (words.get(k).punct()) return false;
        }
        return false;
    }

    /** {@code letter}: only a letter will do (the act a reply answers). */
    private static Event latest(List<Event> earlier, Event reaction, Set<Plover> kinds, boolean letter, boolean doneToReactor) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Event a = earlier.get(k);
            if (!kinds.contains(a.type()) || letter && !"letter".equals(a.mode()) || a.sources().isEmpty() || a.sources().stream().anyMatch(reaction.sources()::contains)) continue;
            if (doneToReactor && a.targets().stream().noneMatch(reaction.sources()::contains)) continue;
            return a;
        }
        return null;
    }
}
