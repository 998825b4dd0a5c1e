package id.linimasa.event;

import id.linimasa.event.Words.Word;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reaction aimed at an act told before ("mengecam serangan tersebut", "menolak tuduhan itu", "memprotes
 * peluncuran itu") is aimed at who did that act: the latest event of the article of the kind the noun names,
 * by others than the reacting side, preferring one done to the reacting side.
 */
final class BackReference {

    /** Reactions that are aimed at someone: only these take their target from an earlier act. */
    private static final Set<Plover> REACTIONS = EnumSet.of(Plover.ACCUSE, Plover.PROTEST, Plover.REJECT,
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
            Map.entry("penangkapan", EnumSet.of(Plover.COERCE)), Map.entry("penahanan", EnumSet.of(Plover.COERCE)),
            Map.entry("langkah", ANY), Map.entry("tindakan", ANY), Map.entry("keputusan", ANY), Map.entry("kebijakan", ANY));
    private static final Set<String> DEMONSTRATIVES = Set.of("itu", "tersebut", "ini");
    /** How far after the trigger the referring noun may stand ("mengancam akan membalas latihan tersebut"). */
    private static final int REACH = 6;
    /** Words between the noun and its demonstrative ("langkah Warsawa tersebut"). */
    private static final int NOUN_REACH = 3;
    private static final Set<String> CLAUSE_BREAK = Set.of(",", ";", ":", ".", "dan", "serta", "namun", "tetapi", "karena");

    private BackReference() {
    }

    /** The event with its target taken from the act it refers back to, or the event unchanged. */
    static Event aim(List<Event> earlier, Event e, List<Word> words, int from, int to) {
        if (!REACTIONS.contains(e.type()) || !e.targets().isEmpty() || e.sources().isEmpty()) return e;
        for (int i = from; i < to && i < words.size() && i < from + REACH; i++) {
            String s = words.get(i).bare();
            if (CLAUSE_BREAK.contains(s)) break;
            Set<Plover> kinds = NOUNS.get(s);
            if (kinds == null || !demonstrativeAfter(words, i, to)) continue;
            Event act = latest(earlier, e, kinds, true);
            if (act == null) act = latest(earlier, e, kinds, false);
            if (act == null) return e;
            return new Event(e.type(), e.mode(), e.sources(), act.sources(), e.location(), e.date(), e.sentence(), e.trigger(),
                    e.confidence(), e.status(), e.caption(), e.sourceEntities(), act.sourceEntities());
        }
        return e;
    }

    private static boolean demonstrativeAfter(List<Word> words, int noun, int to) {
        for (int k = noun + 1; k < to && k < words.size() && k <= noun + NOUN_REACH; k++) {
            if (DEMONSTRATIVES.contains(words.get(k).lower())) return true;
            if (words.get(k).punct()) return false;
        }
        return false;
    }

    private static Event latest(List<Event> earlier, Event reaction, Set<Plover> kinds, boolean doneToReactor) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Event a = earlier.get(k);
            if (!kinds.contains(a.type()) || a.sources().isEmpty() || a.sources().stream().anyMatch(reaction.sources()::contains)) continue;
            if (doneToReactor && a.targets().stream().noneMatch(reaction.sources()::contains)) continue;
            return a;
        }
        return null;
    }
}
