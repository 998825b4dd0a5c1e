package id.linimasa.index;

import id.linimasa.page.Page;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Stored articles by id, with the articles related to them, their raw pages, and all of them for export. */
final class ArticleReader {

    /** An article lists at most this many related articles (its original and copies first, then its story's newest). */
    private static final int RELATED = 50;

    private ArticleReader() {
    }

    static Optional<StoredArticle> article(CorpusView view, String id) throws IOException {
        Document d = view.first(byId(id), ArticleDocument.WITH_ANALYSIS);
        if (d == null) return Optional.empty();
        return Optional.of(new StoredArticle(ArticleDocument.analysis(d), d.get(ArticleDocument.STORY),
                d.get(ArticleDocument.DUPLICATE_OF), related(view, d)));
    }

    static Optional<Page> page(CorpusView view, String id) throws IOException {
        Document d = view.first(byId(id), ArticleDocument.PAGE);
        return d == null ? Optional.empty() : Optional.of(ArticleDocument.page(d));
    }

    /** Every article, newest first, one at a time, without related articles. */
    static void forEach(CorpusView view, Consumer<StoredArticle> sink) throws IOException {
        var stored = view.searcher().storedFields();
        ArticleValues values = new ArticleValues(view.reader());
        int all = Math.max(1, view.reader().maxDoc());
        for (ScoreDoc sd : view.searcher().search(ArticleDocument.ARTICLES, all, ArticleSearch.NEWEST_FIRST).scoreDocs) {
            Document d = ArticleDocument.load(values, stored, sd.doc, ArticleDocument.WITH_ANALYSIS);
            sink.accept(new StoredArticle(ArticleDocument.analysis(d), d.get(ArticleDocument.STORY), d.get(ArticleDocument.DUPLICATE_OF), List.of()));
        }
    }

    private static TermQuery byId(String id) {
        return new TermQuery(new Term(ArticleDocument.ID, id));
    }

    private static List<StoredArticle.Related> related(CorpusView view, Document d) throws IOException {
        String id = d.get(ArticleDocument.ID);
        List<StoredArticle.Related> out = new ArrayList<>();
        String original = d.get(ArticleDocument.DUPLICATE_OF);
        if (original != null) {
            Document o = view.first(byId(original), ArticleDocument.SUMMARY);
            if (o != null) out.add(relatedOf(o, StoredArticle.Relation.DUPLICATE_OF));
        }
        for (Document c : view.all(new TermQuery(new Term(ArticleDocument.DUPLICATE_OF, id)), ArticleSearch.NEWEST_FIRST, ArticleDocument.SUMMARY)) {
            out.add(relatedOf(c, StoredArticle.Relation.DUPLICATE));
        }
        for (Document c : view.top(new TermQuery(new Term(ArticleDocument.STORY, d.get(ArticleDocument.STORY))), RELATED + out.size() + 1,
                ArticleSearch.NEWEST_FIRST, ArticleDocument.SUMMARY)) {
            String cid = c.get(ArticleDocument.ID);
            if (cid.equals(id) || out.stream().anyMatch(r -> r.id().equals(cid))) continue;
            if (out.size() >= RELATED) break;
            out.add(relatedOf(c, StoredArticle.Relation.SAME_STORY));
        }
        return out;
    }

    private static StoredArticle.Related relatedOf(Document d, StoredArticle.Relation relation) {
        return new StoredArticle.Related(d.get(ArticleDocument.ID), d.get(ArticleDocument.TITLE), d.get(ArticleDocument.OUTLET_NAME),
                d.get(ArticleDocument.PUBLISHED_ISO), relation);
    }
}
