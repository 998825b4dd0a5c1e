package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** What the corpus says about one entity ({@link EntityReport}), from its newest articles. */
final class EntityReportReader {

    /** A report reads at most this many of the entity's newest articles. */
    private static final int ARTICLES_READ = 500;
    private static final int COOCCURRING = 10;

    private EntityReportReader() {
    }

    static EntityReport report(CorpusView view, EntityDirectory entities, String id) throws IOException {
        Query q = new TermQuery(new Term(ArticleDocument.ENTITY, id));
        long articles = view.searcher().count(q);
        List<Document> newest = view.top(q, ARTICLES_READ, ArticleSearch.NEWEST_FIRST, ArticleDocument.WITH_ANALYSIS);
        Entity named = null;
        Set<String> aliases = new LinkedHashSet<>();
        List<EntityReport.DatedRole> roles = new ArrayList<>();
        int quotes = 0;
        for (Document d : newest) {
            Analysis a = ArticleDocument.analysis(d);
            Entity e = a.entity(id);
            if (e == null) continue;
            if (named == null) named = e;
            aliases.add(e.name());
            aliases.addAll(e.aliases());
            String published = d.get(ArticleDocument.PUBLISHED_ISO);
            for (var r : e.roles()) roles.add(new EntityReport.DatedRole(r, published, a.article().id()));
            quotes += (int) a.quotes().stream().filter(qt -> id.equals(qt.speakerId())).count();
        }
        if (named == null) throw new IllegalStateException("entity " + id + " indexed but absent from its articles");
        aliases.remove(named.name());
        Entity entity = new Entity(named.id(), named.type(), named.name(), List.copyOf(aliases), named.country(), List.of());
        roles.sort(Comparator.comparing((EntityReport.DatedRole r) -> r.published() == null ? "" : r.published()));
        String last = newest.getFirst().get(ArticleDocument.PUBLISHED_ISO);
        String first = newest.getLast().get(ArticleDocument.PUBLISHED_ISO);
        return new EntityReport(entity, articles, first, last, cooccurring(view, entities, q, id), roles, quotes);
    }

    /** The entities most often named in the same articles. */
    private static List<EntityCount> cooccurring(CorpusView view, EntityDirectory entities, Query naming, String id) throws IOException {
        List<EntityCount> out = new ArrayList<>();
        if (view.facets() == null) return out;
        var fc = FacetsCollectorManager.search(view.searcher(), naming, 1, new FacetsCollectorManager()).facetsCollector();
        Facets counts = new SortedSetDocValuesFacetCounts(view.facets(), fc);
        for (FacetCount c : ArticleSearch.top(counts, ArticleDocument.F_ENTITY, COOCCURRING + 1, Function.identity())) {
            if (c.value().equals(id) || out.size() >= COOCCURRING) continue;
            out.add(entities.count(view, c.value(), c.count()));
        }
        return out;
    }
}
