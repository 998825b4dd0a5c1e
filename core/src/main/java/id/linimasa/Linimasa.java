package id.linimasa;

import id.linimasa.entity.EntityStage;
import id.linimasa.event.EventCoder;
import id.linimasa.extract.Article;
import id.linimasa.quote.QuoteFinder;
import id.linimasa.text.SentenceSplitter;
import id.linimasa.time.TimexStage;

import java.util.List;

/**
 * The library's front door. Per-page work is a pure function of the page and read-only models:
 * <pre>
 *   Analysis a = Linimasa.analyse(article);
 * </pre>
 */
public final class Linimasa {

    private Linimasa() {
    }

    /** The standard analysis chain, in order; built once, shared by all threads. */
    public static Pipeline pipeline() {
        return Holder.STANDARD;
    }

    public static Analysis analyse(Article article) {
        return pipeline().analyse(article);
    }

    /** The articles' analyses in their order, each stage run over all of them in turn (see {@link Pipeline#analyseAll}). */
    public static List<Analysis> analyseAll(List<Article> articles) {
        return pipeline().analyseAll(articles);
    }

    private static final class Holder {
        static final Pipeline STANDARD = new Pipeline(List.of(
                new SentenceSplitter(),
                new EntityStage(),
                new TimexStage(),
                new QuoteFinder(),
                new EventCoder()));
    }
}
