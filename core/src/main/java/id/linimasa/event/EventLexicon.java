package id.linimasa.event;

import id.linimasa.event.EventPattern.Frame;
import id.linimasa.event.Words.Word;
import id.linimasa.text.WordMap;
import id.linimasa.text.WordSet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Indonesian event lexicon ({@code lexicon.tsv}) compiled into patterns over surface forms, indexed by
 * the forms of their first slot so that matching a sentence costs one hash look-up per word.
 */
public final class EventLexicon {

    /** Words allowed between two slots of one pattern ("mengirim lebih banyak pasukan"). */
    private static final int MAX_GAP = 3;
    /** A passive's object may carry its owners before the verb ("jalur kereta antara Vladivostok dan Rason resmi diluncurkan"). */
    private static final int MAX_OBJECT_GAP = 8;

    /** Roots whose -kan form means something else: "mengundangkan" is to enact a law, not to invite. */
    private static final Set<String> KAN_CHANGES_MEANING = WordSet.of("undang");

    /** A pattern found in a sentence: words [start, end) of the sentence's word list. */
    public record Match(EventPattern pattern, int start, int end, int verb) {
    }

    private final Map<String, List<EventPattern>> byFirst;
    /**
     * One bit for each hash (modulo its size) of a form that starts a pattern: most words start none, and a bit clear
     * says so without a look-up in the map, whose entries the other analysis stages have pushed out of the cache.
     */
    private final long[] firstHashes = new long[FIRST_HASH_BITS / Long.SIZE];
    private static final int FIRST_HASH_BITS = 1 << 14;

    private EventLexicon(List<EventPattern> patterns) {
        Map<String, List<EventPattern>> first = new HashMap<>();
        for (EventPattern p : patterns) {
            for (String form : p.slots().getFirst()) {
                first.computeIfAbsent(form, k -> new ArrayList<>()).add(p);
                int h = form.hashCode() & (FIRST_HASH_BITS - 1);
                firstHashes[h >>> 6] |= 1L << h;
            }
        }
        this.byFirst = WordMap.copyOf(first);
    }

    /** The patterns the form starts, or null. */
    private List<EventPattern> startingWith(String form) {
        int h = form.hashCode() & (FIRST_HASH_BITS - 1);
        return (firstHashes[h >>> 6] & 1L << h) == 0 ? null : byFirst.get(form);
    }

    public static EventLexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final EventLexicon STANDARD = load("lexicon.tsv");
    }

    static EventLexicon load(String resource) {
        try (InputStream in = EventLexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<EventPattern> patterns = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 4) throw new IllegalStateException(resource + ":" + n + ": expected 4 tab-separated columns");
                patterns.addAll(compile(Plover.valueOf(f[0]), f[1].equals("-") ? null : f[1], Frame.valueOf(f[2].toUpperCase()), f[3]));
            }
            return new EventLexicon(patterns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The active pattern, and for meN- verbs the di- passive in text order and with the object first. */
    static List<EventPattern> compile(Plover type, String mode, Frame frame, String pattern) {
        String[] raw = pattern.trim().split(" +");
        List<Set<String>> active = new ArrayList<>();
        Set<String> passiveVerb = null;
        for (int i = 0; i < raw.length; i++) {
            String slot = raw[i];
            Set<String> forms = new LinkedHashSet<>();
            if (slot.startsWith("meN:")) {
                String[] rs = slot.substring(4).split("\\+");
                String root = rs[0], suffix = rs.length > 1 ? rs[1] : "";
                forms.addAll(VerbForms.active(root, suffix));
                if (i == 0) passiveVerb = new LinkedHashSet<>(List.of(VerbForms.passive(root, suffix)));
                // "mengirim" and "mengirimkan", "dikirim" and "dikirimkan": a bare verb also takes -kan with little change
                if (suffix.isEmpty() && !KAN_CHANGES_MEANING.contains(root)) {
                    forms.addAll(VerbForms.active(root, "kan"));
                    if (i == 0) passiveVerb.add(VerbForms.passive(root, "kan"));
                }
            } else if (slot.startsWith("ber:")) {
                forms.add(VerbForms.ber(slot.substring(4)));
            } else {
                for (String w : slot.split("\\|")) {
                    // a literal di- verb ("diperkuat") is the passive of its me- sibling in the same slot
                    if (i == 0 && w.startsWith("di") && w.length() > 6) {
                        if (passiveVerb == null) passiveVerb = new LinkedHashSet<>();
                        passiveVerb.add(w);
                    } else forms.add(w);
                }
            }
            active.add(forms);
        }
        List<EventPattern> out = new ArrayList<>();
        out.add(new EventPattern(type, mode, frame, active, false, 0));
        if (passiveVerb != null && frame != Frame.NOUN) {
            List<Set<String>> inOrder = new ArrayList<>(active);
            inOrder.set(0, passiveVerb);
            out.add(new EventPattern(type, mode, frame, inOrder, true, 0));
            if (active.size() > 1) {
                // "pasukan ... dikirim": the object comes first, the verb last
                List<Set<String>> objectFirst = new ArrayList<>(active.subList(1, active.size()));
                objectFirst.add(passiveVerb);
                out.add(new EventPattern(type, mode, frame, objectFirst, true, objectFirst.size() - 1));
            }
        }
        return out;
    }

    /** Every pattern occurrence in the words, overlapping ones resolved in favour of the longest. */
    public List<Match> find(List<Word> words) {
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.punct()) continue;
            List<EventPattern> cands = startingWith(w.lower());
            if (cands == null && w.clitic()) cands = startingWith(w.bare());
            if (cands == null) continue;
            for (EventPattern p : cands) {
                Match m = match(p, words, i);
                if (m != null) all.add(m);
            }
        }
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.pattern().slots().size(), a.pattern().slots().size()));
        List<Match> kept = new ArrayList<>();
        for (Match m : all) {
            boolean beaten = false;
            for (int k = 0; k < kept.size(); k++) {
                Match o = kept.get(k);
                if (m.start() < o.end() && o.start() < m.end()) {
                    if (m.pattern().slots().size() > o.pattern().slots().size()) kept.set(k, m);
                    beaten = true;
                    break;
                }
            }
            if (!beaten) kept.add(m);
        }
        return kept;
    }

    private static Match match(EventPattern p, List<Word> words, int start) {
        int pos = start;
        int verbAt = start;
        for (int s = 1; s < p.slots().size(); s++) {
            Set<String> forms = p.slots().get(s);
            int found = -1;
            int gap = p.passive() && s == p.verb() && s > 0 ? MAX_OBJECT_GAP : MAX_GAP;
            for (int j = pos + 1; j < words.size() && j <= pos + 1 + gap; j++) {
                Word w = words.get(j);
                // a me-/ber- verb ends the object of an object-first passive: "rudal ... dan menganalisis ... yang ditembakkan"
                if (w.punct() || gap == MAX_OBJECT_GAP && Words.verbLike(w)) break;
                if (forms.contains(w.lower()) || w.clitic() && forms.contains(w.bare())) {
                    found = j;
                    break;
                }
            }
            if (found < 0) return null;
            pos = found;
            if (s == p.verb()) verbAt = found;
        }
        return new Match(p, start, pos + 1, verbAt);
    }
}
