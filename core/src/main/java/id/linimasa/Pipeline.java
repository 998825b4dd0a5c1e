package id.linimasa;

import id.linimasa.extract.Article;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The analysis stages in the order they run; checks at construction that each stage's needs are met. */
public final class Pipeline {

    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        Set<Layer> have = EnumSet.noneOf(Layer.class);
        for (Stage s : stages) {
            if (!have.containsAll(s.needs())) {
                throw new IllegalArgumentException(s.getClass().getSimpleName() + " needs " + s.needs() + " but only " + have + " come before it");
            }
            have.addAll(s.adds());
        }
        this.stages = List.copyOf(stages);
    }

    public Analysis analyse(Article article) {
        Analysis a = Analysis.of(article);
        for (Stage s : stages) a = s.apply(a);
        return a;
    }

    public List<Stage> stages() {
        return stages;
    }
}
