package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.quote.Quote;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What one entity said across the corpus. */
final class QuoteReader {

    private QuoteReader() {
    }

    /** The quotes whose speaker is the entity, oldest article first. */
    static List<QuoteRow> quotes(CorpusView view, String entityId) throws IOException {
        List<QuoteRow> out = new ArrayList<>();
        TermQuery naming = new TermQuery(new Term(ArticleDocument.ENTITY, entityId));
        for (Document d : view.all(naming, ArticleSearch.NEWEST_FIRST, ArticleDocument.WITH_ANALYSIS)) {
            Analysis a = ArticleDocument.analysis(d);
            for (Quote q : a.quotes()) {
                if (entityId.equals(q.speakerId())) {
                    out.add(new QuoteRow(q, a.article().id(), a.article().title(), a.article().outlet(),
                            a.article().published() == null ? null : a.article().published().iso()));
                }
            }
        }
        out.sort(Comparator.comparing((QuoteRow r) -> r.published() == null ? "" : r.published()));
        return out;
    }
}
