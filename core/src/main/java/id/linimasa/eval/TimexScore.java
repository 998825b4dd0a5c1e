package id.linimasa.eval;

import id.linimasa.time.Timex;

import java.util.List;

/**
 * TempEval-3 style scores for time expressions, summed over documents: strict (same span) and relaxed
 * (overlapping span) precision, recall and F1; type accuracy over relaxed matches; and value F1, where a
 * system expression counts only when it overlaps a gold one and has the same value.
 */
public record TimexScore(int documents, int gold, int system, int strict, int relaxed, int sameType, int sameValue) {

    public static final TimexScore EMPTY = new TimexScore(0, 0, 0, 0, 0, 0, 0);

    /** Scores one document. Each gold expression pairs with at most one system expression, the one it overlaps most. */
    public static TimexScore of(List<Timex> gold, List<Timex> system) {
        boolean[] used = new boolean[system.size()];
        int strict = 0, relaxed = 0, sameType = 0, sameValue = 0;
        for (Timex g : gold) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < system.size(); i++) {
                Timex s = system.get(i);
                int overlap = Math.min(g.span().end(), s.span().end()) - Math.max(g.span().start(), s.span().start());
                if (!used[i] && overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) continue;
            used[best] = true;
            Timex s = system.get(best);
            relaxed++;
            if (s.span().equals(g.span())) strict++;
            if (s.type() == g.type()) sameType++;
            if (s.value().equals(g.value())) sameValue++;
        }
        return new TimexScore(1, gold.size(), system.size(), strict, relaxed, sameType, sameValue);
    }

    public TimexScore plus(TimexScore o) {
        return new TimexScore(documents + o.documents, gold + o.gold, system + o.system, strict + o.strict,
                relaxed + o.relaxed, sameType + o.sameType, sameValue + o.sameValue);
    }

    public Prf strictPrf() {
        return Prf.of(strict, system, gold);
    }

    public Prf relaxedPrf() {
        return Prf.of(relaxed, system, gold);
    }

    public double typeAccuracy() {
        return Prf.ratio(sameType, relaxed);
    }

    public double valueF1() {
        return Prf.of(sameValue, system, gold).f1();
    }
}
