package id.linimasa.index;

import id.linimasa.event.Plover;
import id.linimasa.timeline.TimelineQuery;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Timelines from the corpus: one query over the merged events ({@link EventDocument}) that involve every entity
 * of the query, in timeline order; each hit holds its row ready to read, and only the rows of the requested page
 * are read. The hits of a query are memoised per reader.
 */
final class TimelineReader {

    private static final Sort TIMELINE_ORDER = new Sort(new SortField(EventDocument.ORDER, SortField.Type.STRING), SortField.FIELD_DOC);

    private final ReaderMemo<TimelineQuery, int[]> hits = new ReaderMemo<>(512);
    private final EntityDirectory entities;

    TimelineReader(EntityDirectory entities) {
        this.entities = entities;
    }

    /** The query's rows from {@code offset}, at most {@code limit}, with their stories; an entity name the corpus does not know gives none. */
    TimelinePage timeline(CorpusView view, TimelineQuery q, int offset, int limit) throws IOException {
        int[] docs = hits.get(view.reader(), q, () -> matching(view, q));
        int from = Math.min(offset, docs.length), to = (int) Math.min(docs.length, (long) from + limit);
        return new TimelinePage(docs.length, read(view, Arrays.copyOfRange(docs, from, to)));
    }

    /** The event documents of the query's rows, in timeline order. */
    private int[] matching(CorpusView view, TimelineQuery q) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(EventDocument.STATE, EventDocument.ROW_STATE)), Occur.FILTER);
        for (String name : q.entities()) {
            Optional<String> id = entities.resolve(view, name);
            if (id.isEmpty()) return new int[0];
            b.add(new TermQuery(new Term(EventDocument.INVOLVED, id.get())), Occur.FILTER);
        }
        if (!q.outlets().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String o : q.outlets()) any.add(new TermQuery(new Term(EventDocument.OUTLET, ArticleDocument.outletKey(o))), Occur.SHOULD);
            b.add(any.build(), Occur.FILTER);
        }
        if (!q.types().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (Plover t : q.types()) any.add(new TermQuery(new Term(EventDocument.TYPE, t.name())), Occur.SHOULD);
            b.add(any.build(), Occur.FILTER);
        }
        if (q.from() != null) b.add(LongField.newRangeQuery(EventDocument.DATE_LAST, q.from().toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        if (q.to() != null) b.add(LongField.newRangeQuery(EventDocument.DATE_FIRST, Long.MIN_VALUE, q.to().toEpochDay()), Occur.FILTER);
        BooleanQuery query = b.build();
        int n = view.searcher().count(query); // a queue sized for the hits, not for the whole index
        if (n == 0) return new int[0];
        ScoreDoc[] found = view.searcher().search(query, n, TIMELINE_ORDER).scoreDocs;
        return Arrays.stream(found).mapToInt(sd -> sd.doc).toArray();
    }

    /** The rows of the hits in hit order, read in doc order (doc values read forwards). */
    private static List<TimelineEntry> read(CorpusView view, int[] hits) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) byDoc[i] = i;
        Arrays.sort(byDoc, (x, y) -> Integer.compare(hits[x], hits[y]));
        TimelineEntry[] out = new TimelineEntry[hits.length];
        List<LeafReaderContext> leaves = view.reader().leaves();
        BinaryDocValues values = null;
        int leafOrd = -1;
        for (int i : byDoc) {
            int doc = hits[i];
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            if (leaf.ord != leafOrd) {
                values = DocValues.getBinary(leaf.reader(), EventDocument.ROW);
                leafOrd = leaf.ord;
            }
            if (!values.advanceExact(doc - leaf.docBase)) throw new IOException("merged event without its row (doc " + doc + ")");
            out[i] = EventDocument.entry(values.binaryValue());
        }
        return new ArrayList<>(Arrays.asList(out));
    }
}
