package id.linimasa.entity;

import java.util.List;

/** Runs a {@link NerModel} over labelled sentences and scores it against their tags. */
public final class NerEvaluation {

    private NerEvaluation() {
    }

    public static NerScore score(NerModel model, List<NerSentence> sentences) {
        NerScore score = new NerScore();
        for (NerSentence s : sentences) score.add(s.tags(), model.tag(s.tokens()));
        return score;
    }
}
