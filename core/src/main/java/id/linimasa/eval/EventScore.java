package id.linimasa.eval;

import id.linimasa.eval.EventGoldDocument.Gold;
import id.linimasa.event.Event;
import id.linimasa.event.Plover;
import id.linimasa.text.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores coded events against a gold set, summed over documents. A system event matches a gold event when it
 * has the same type and comes from the sentence holding the gold trigger (one-to-one, an event whose trigger
 * overlaps the gold trigger first). On those matches: actors (same sources and targets; for events done
 * together, AGREE, COOPERATE and meetings and calls, the same actors on either side), dates (same value, or
 * both undated), both, status and mode. Every coded event counts as system output, identified or not.
 *
 * @param misses one line per gold event missed or matched with a difference, and per system event no gold matched
 */
public record EventScore(int documents, int gold, int system, int typed, int actors, int dated, int full,
                         int sameStatus, int sameMode, List<String> misses) {

    public static final EventScore EMPTY = new EventScore(0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());

    public EventScore {
        misses = List.copyOf(misses);
    }

    /** Scores one document's events; {@code sentences} are its sentences, {@code text} its analysis text. */
    public static EventScore of(String name, String text, List<Gold> gold, List<Event> system, List<Sentence> sentences) {
        boolean[] used = new boolean[system.size()];
        int typed = 0, actors = 0, dated = 0, full = 0, sameStatus = 0, sameMode = 0;
        List<String> misses = new ArrayList<>();
        for (Gold g : gold) {
            Sentence s = sentences.stream().filter(x -> x.span().contains(g.trigger())).findFirst().orElse(null);
            int best = -1;
            for (int i = 0; i < system.size() && s != null; i++) {
                Event e = system.get(i);
                if (used[i] || e.type() != g.type() || !e.sentence().equals(s.span())) continue;
                if (best < 0 || e.trigger().overlaps(g.trigger()) && !system.get(best).trigger().overlaps(g.trigger())) best = i;
            }
            String where = name + " \"" + g.trigger().of(text) + "\"";
            if (best < 0) {
                misses.add("missed  " + where + ": " + describe(g));
                continue;
            }
            used[best] = true;
            Event e = system.get(best);
            typed++;
            boolean a = sameActors(g, e), d = Objects.equals(g.date(), e.date() == null ? null : e.date().value());
            if (a) actors++;
            if (d) dated++;
            if (a && d) full++;
            if (g.status() == e.status()) sameStatus++;
            if (Objects.equals(g.mode(), e.mode())) sameMode++;
            if (!a || !d || g.status() != e.status() || !Objects.equals(g.mode(), e.mode())) {
                misses.add("differs " + where + ": gold " + describe(g) + " | system " + describe(e));
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (!used[i]) misses.add("extra   " + name + " \"" + system.get(i).trigger().of(text) + "\": " + describe(system.get(i)));
        }
        return new EventScore(1, gold.size(), system.size(), typed, actors, dated, full, sameStatus, sameMode, misses);
    }

    private static boolean sameActors(Gold g, Event e) {
        if (together(g.type(), g.mode())) {
            return union(g.sources(), g.targets()).equals(union(e.sources(), e.targets()));
        }
        return new HashSet<>(g.sources()).equals(new HashSet<>(e.sources())) && new HashSet<>(g.targets()).equals(new HashSet<>(e.targets()));
    }

    /** Events both sides do together: which one the text names first is no error. */
    private static boolean together(Plover type, String mode) {
        return type == Plover.AGREE || type == Plover.COOPERATE
                || type == Plover.CONSULT && ("meet".equals(mode) || "phone".equals(mode));
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String describe(Gold g) {
        return g.type() + " " + dash(g.mode()) + " " + String.join(",", g.sources()) + ">" + String.join(",", g.targets())
                + " " + dash(g.date()) + " " + g.status();
    }

    private static String describe(Event e) {
        return e.type() + " " + dash(e.mode()) + " " + String.join(",", e.sources()) + ">" + String.join(",", e.targets())
                + " " + dash(e.date() == null ? null : e.date().value()) + " " + e.status();
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    public EventScore plus(EventScore o) {
        List<String> all = new ArrayList<>(misses);
        all.addAll(o.misses);
        return new EventScore(documents + o.documents, gold + o.gold, system + o.system, typed + o.typed,
                actors + o.actors, dated + o.dated, full + o.full, sameStatus + o.sameStatus, sameMode + o.sameMode, all);
    }

    /** Detection with the right type. */
    public Prf typePrf() {
        return Prf.of(typed, system, gold);
    }

    /** Detection with the right type and actors. */
    public Prf actorPrf() {
        return Prf.of(actors, system, gold);
    }

    /** Detection with the right type and date. */
    public Prf datePrf() {
        return Prf.of(dated, system, gold);
    }

    /** Detection with the right type, actors and date: a correct timeline fact. */
    public Prf fullPrf() {
        return Prf.of(full, system, gold);
    }

    /** Of the events detected with the right type, the share with the right status. */
    public double statusAccuracy() {
        return Prf.ratio(sameStatus, typed);
    }

    public double modeAccuracy() {
        return Prf.ratio(sameMode, typed);
    }
}
