package id.linimasa.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermRangeQuery;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/** The corpus's totals: articles, copies, stories, outlets, entities, events, and the span of publication dates. */
final class StatsReader {

    static final CorpusStats EMPTY = new CorpusStats(0, 0, 0, 0, 0, 0, null, null);

    private StatsReader() {
    }

    static CorpusStats stats(CorpusView view) throws IOException {
        IndexSearcher searcher = view.searcher();
        IndexReader reader = view.reader();
        long duplicates = searcher.count(new TermRangeQuery(ArticleDocument.DUPLICATE_OF, null, null, true, true));
        long events = 0;
        ArticleValues values = new ArticleValues(reader);
        int[] articles = view.docs(ArticleDocument.ARTICLES);
        for (int doc : articles) events += values.eventCount(doc);
        return new CorpusStats(articles.length, duplicates, StoryViews.distinctTerms(reader, ArticleDocument.STORY),
                StoryViews.distinctTerms(reader, ArticleDocument.OUTLET), StoryViews.distinctTerms(reader, ArticleDocument.ENTITY),
                events, published(view, ArticleSearch.OLDEST_FIRST), published(view, ArticleSearch.NEWEST_FIRST));
    }

    /** The publication time of the first dated article in {@code order}, or null when none is dated. */
    private static String published(CorpusView view, Sort order) throws IOException {
        Query dated = LongField.newRangeQuery(ArticleDocument.PUBLISHED, Long.MIN_VALUE, Long.MAX_VALUE);
        List<Document> first = view.top(dated, 1, order, Set.of(ArticleDocument.PUBLISHED_ISO));
        return first.isEmpty() ? null : first.getFirst().get(ArticleDocument.PUBLISHED_ISO);
    }
}
