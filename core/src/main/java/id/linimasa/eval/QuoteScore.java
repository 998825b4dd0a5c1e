package id.linimasa.eval;

import id.linimasa.eval.QuoteGoldDocument.Gold;
import id.linimasa.quote.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores found quotes against a gold set, summed over documents. A system quote matches a gold quote when its
 * span contains the gold's first words (one-to-one; of several, one of the gold's kind first, then the
 * shortest). On those matches: the kind (direct or indirect) and the speaker (same entity id, or both without
 * one). Every found quote counts as system output.
 *
 * @param misses one line per gold quote missed or matched with another kind or speaker, and per system quote
 *               no gold matched
 */
public record QuoteScore(int documents, int gold, int system, int matched, int sameKind, int sameSpeaker,
                         List<String> misses) {

    public static final QuoteScore EMPTY = new QuoteScore(0, 0, 0, 0, 0, 0, List.of());

    public QuoteScore {
        misses = List.copyOf(misses);
    }

    /** Scores one document's quotes; {@code text} is its analysis text. */
    public static QuoteScore of(String name, String text, List<Gold> gold, List<Quote> system) {
        boolean[] used = new boolean[system.size()];
        int matched = 0, sameKind = 0, sameSpeaker = 0;
        List<String> misses = new ArrayList<>();
        for (Gold g : gold) {
            int best = -1;
            for (int i = 0; i < system.size(); i++) {
                Quote q = system.get(i);
                if (used[i] || !q.span().contains(g.words())) continue;
                if (best < 0 || better(q, system.get(best), g)) best = i;
            }
            String where = name + ":" + g.line() + " \"" + g.words().of(text) + "\"";
            if (best < 0) {
                misses.add("missed  " + where + ": " + kind(g.direct()) + " " + dash(g.speakerId()));
                continue;
            }
            used[best] = true;
            Quote q = system.get(best);
            matched++;
            boolean kind = q.direct() == g.direct(), speaker = Objects.equals(g.speakerId(), q.speakerId());
            if (kind) sameKind++;
            if (speaker) sameSpeaker++;
            if (!kind || !speaker) {
                misses.add((speaker ? "kind    " : "speaker ") + where + ": gold " + kind(g.direct()) + " " + dash(g.speakerId())
                        + " | system " + describe(q));
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (!used[i]) misses.add("extra   " + name + " \"" + abbreviate(system.get(i).text()) + "\": " + describe(system.get(i)));
        }
        return new QuoteScore(1, gold.size(), system.size(), matched, sameKind, sameSpeaker, misses);
    }

    /** Of two quotes holding the gold's words, the one of the gold's kind, else the tighter one. */
    private static boolean better(Quote q, Quote best, Gold g) {
        if ((q.direct() == g.direct()) != (best.direct() == g.direct())) return q.direct() == g.direct();
        return q.span().end() - q.span().start() < best.span().end() - best.span().start();
    }

    private static String describe(Quote q) {
        return kind(q.direct()) + " " + dash(q.speakerId()) + (q.speaker() == null ? "" : " (\"" + q.speaker() + "\")");
    }

    private static String kind(boolean direct) {
        return direct ? "direct" : "indirect";
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    private static String abbreviate(String s) {
        String flat = s.replace('\n', ' ');
        return flat.length() <= 60 ? flat : flat.substring(0, 60) + "...";
    }

    public QuoteScore plus(QuoteScore o) {
        List<String> all = new ArrayList<>(misses);
        all.addAll(o.misses);
        return new QuoteScore(documents + o.documents, gold + o.gold, system + o.system, matched + o.matched,
                sameKind + o.sameKind, sameSpeaker + o.sameSpeaker, all);
    }

    /** Detection: a found quote holding a gold quote's first words. */
    public Prf detection() {
        return Prf.of(matched, system, gold);
    }

    /** Detection with the right speaker: who said what, right. */
    public Prf withSpeaker() {
        return Prf.of(sameSpeaker, system, gold);
    }

    /** Of the detected quotes, the share with the gold's kind. */
    public double kindAccuracy() {
        return Prf.ratio(sameKind, matched);
    }

    /** Of the detected quotes, the share with the gold's speaker. */
    public double speakerAccuracy() {
        return Prf.ratio(sameSpeaker, matched);
    }
}
