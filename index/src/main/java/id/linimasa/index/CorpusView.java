package id.linimasa.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The corpus as of one commit, as every reader sees it: its searcher, its facet ordinals (null when no article
 * has facets), and the stored-field look-ups the readers share.
 */
record CorpusView(IndexSearcher searcher, SortedSetDocValuesReaderState facets) {

    IndexReader reader() {
        return searcher.getIndexReader();
    }

    Document first(Query q, Set<String> fields) throws IOException {
        List<Document> docs = top(q, 1, Sort.INDEXORDER, fields);
        return docs.isEmpty() ? null : docs.getFirst();
    }

    /** The stored {@code fields} of the first {@code n} documents matching {@code q} in {@code sort} order. */
    List<Document> top(Query q, int n, Sort sort, Set<String> fields) throws IOException {
        List<Document> out = new ArrayList<>();
        var stored = searcher.storedFields();
        ArticleValues values = new ArticleValues(reader());
        for (ScoreDoc sd : searcher.search(q, Math.max(1, n), sort).scoreDocs) {
            out.add(ArticleDocument.load(values, stored, sd.doc, fields));
        }
        return out;
    }

    List<Document> all(Query q, Sort sort, Set<String> fields) throws IOException {
        return top(q, searcher.count(q), sort, fields); // a queue sized for the hits, not for the whole index
    }

    /** Ids of the documents matching {@code q}, in index order, loading nothing. */
    int[] docs(Query q) throws IOException {
        ScoreDoc[] hits = searcher.search(q, Math.max(1, searcher.count(q)), Sort.INDEXORDER).scoreDocs;
        return Arrays.stream(hits).mapToInt(sd -> sd.doc).toArray();
    }
}
