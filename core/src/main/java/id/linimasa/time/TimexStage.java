package id.linimasa.time;

import id.linimasa.Analysis;
import id.linimasa.Layer;
import id.linimasa.Stage;

import java.util.Set;

/** Adds the TIMEXES layer: the article's time expressions, resolved against its publication time. */
public final class TimexStage implements Stage {

    private final TimexTagger tagger = new TimexTagger();

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.TIMEXES);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        return analysis.withTimexes(tagger.tag(analysis.text(), analysis.sentences(), analysis.article().published()));
    }
}
