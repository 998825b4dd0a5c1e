package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.timeline.TimelineBuilder;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.timeline.TimelineRow;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Timelines from the corpus: the articles naming every entity of the query (and from its outlets), merged
 * into events by {@link TimelineBuilder}; syndicated copies are evidence, not sources. Memoised per reader.
 */
final class TimelineReader {

    private final ReaderMemo<TimelineQuery, List<TimelineRow>> rows = new ReaderMemo<>(512);
    private final EntityDirectory entities;

    TimelineReader(EntityDirectory entities) {
        this.entities = entities;
    }

    /** The query's rows; an entity name the corpus does not know gives none. */
    List<TimelineRow> timeline(CorpusView view, TimelineQuery q) throws IOException {
        return rows.get(view.reader(), q, () -> {
            Set<String> ids = new LinkedHashSet<>();
            for (String name : q.entities()) {
                Optional<String> id = entities.resolve(view, name);
                if (id.isEmpty()) return List.of();
                ids.add(id.get());
            }
            List<Analysis> analyses = new ArrayList<>();
            Set<String> copies = new HashSet<>();
            ArticleValues values = new ArticleValues(view.reader());
            for (int doc : view.docs(filter(ids, q.outlets()))) {
                Analysis a = values.timelineAnalysis(doc);
                analyses.add(a);
                if (values.duplicateOf(doc) != null) copies.add(a.article().id());
            }
            return List.copyOf(new TimelineBuilder(copies).build(analyses, q.withEntities(List.copyOf(ids))));
        });
    }

    /** Articles naming every entity and, when outlets are given, from one of them. */
    private static BooleanQuery filter(Set<String> ids, Set<String> outlets) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
        for (String id : ids) b.add(new TermQuery(new Term(ArticleDocument.ENTITY, id)), Occur.FILTER);
        if (!outlets.isEmpty()) {
            BooleanQuery.Builder anyOutlet = new BooleanQuery.Builder();
            for (String o : outlets) anyOutlet.add(new TermQuery(new Term(ArticleDocument.OUTLET, ArticleDocument.outletKey(o))), Occur.SHOULD);
            b.add(anyOutlet.build(), Occur.FILTER);
        }
        return b.build();
    }
}
