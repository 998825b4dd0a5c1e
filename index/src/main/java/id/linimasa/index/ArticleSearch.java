package id.linimasa.index;

import id.linimasa.text.Span;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Full-text search with filters, facet counts and highlighted snippets. */
final class ArticleSearch {

    static final Sort NEWEST_FIRST = new Sort(
            LongField.newSortField(ArticleDocument.PUBLISHED, true, SortedNumericSelector.Type.MAX),
            SortField.FIELD_DOC);
    static final Sort OLDEST_FIRST = new Sort(
            LongField.newSortField(ArticleDocument.PUBLISHED, false, SortedNumericSelector.Type.MIN),
            SortField.FIELD_DOC);
    private static final int FACET_TOP = 10;
    private static final int SNIPPET_PASSAGES = 2;

    private final Analyzer analyzer;

    ArticleSearch(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * @param resolveEntity turns a name into an entity id (empty: no entity by that name, so no hits)
     * @param facetState    the reader's facet ordinals, or null when nothing has been faceted yet
     */
    SearchResult search(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, SearchQuery q,
                        Function<String, Optional<String>> resolveEntity, Function<String, String> entityName) throws IOException {
        boolean hasText = q.text() != null && !q.text().isBlank();
        Query textQuery = hasText ? parse(q.text()) : new MatchAllDocsQuery();
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(textQuery, hasText ? Occur.MUST : Occur.FILTER);
        for (Query f : filters(q, resolveEntity)) b.add(f, Occur.FILTER);
        Query query = b.build();
        int want = q.offset() + q.limit();
        var result = FacetsCollectorManager.search(searcher, query, Math.max(1, want),
                hasText ? Sort.RELEVANCE : NEWEST_FIRST, true, new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : searcher.count(query);
        List<SearchResult.Hit> hits = new ArrayList<>();
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(q.offset(), top.scoreDocs.length),
                Math.min(want, top.scoreDocs.length));
        Map<Integer, Snippet> snippets = snippets(searcher, hasText ? textQuery : null, page);
        var stored = searcher.storedFields();
        Set<String> fields = new java.util.HashSet<>(ArticleDocument.SUMMARY);
        fields.add(ArticleDocument.BODY);
        for (ScoreDoc sd : page) {
            Document d = stored.document(sd.doc, fields);
            hits.add(new SearchResult.Hit(d.get(ArticleDocument.ID), d.get(ArticleDocument.TITLE), d.get(ArticleDocument.OUTLET_NAME),
                    d.get(ArticleDocument.PUBLISHED_ISO), Float.isNaN(sd.score) ? 0 : sd.score,
                    snippets.getOrDefault(sd.doc, lead(d.get(ArticleDocument.BODY))),
                    d.get(ArticleDocument.STORY), d.get(ArticleDocument.DUPLICATE_OF)));
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        if (facetState != null) {
            Facets counts = new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
            for (String dim : List.of(ArticleDocument.F_OUTLET, ArticleDocument.F_MONTH, ArticleDocument.F_ENTITY, ArticleDocument.F_TYPE)) {
                facets.put(dim, top(counts, dim, FACET_TOP, dim.equals(ArticleDocument.F_ENTITY) ? entityName : Function.identity()));
            }
        }
        return new SearchResult(total, hits, facets);
    }

    static List<FacetCount> top(Facets counts, String dim, int n, Function<String, String> label) throws IOException {
        FacetResult r;
        try {
            // getTopChildren sizes a queue by n; all children are cheaper to sort when n is unbounded
            r = n == Integer.MAX_VALUE ? counts.getAllChildren(dim) : counts.getTopChildren(n, dim);
        } catch (IllegalArgumentException notIndexed) {
            return List.of();
        }
        if (r == null) return List.of();
        List<FacetCount> out = new ArrayList<>();
        for (LabelAndValue lv : r.labelValues) out.add(new FacetCount(lv.label, label.apply(lv.label), lv.value.longValue()));
        out.sort(java.util.Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return out;
    }

    private Query parse(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(ArticleDocument.TITLE, 2f, ArticleDocument.BODY, 1f));
        parser.setDefaultOperator(Occur.MUST);
        Query q = parser.parse(text);
        return q == null ? new MatchNoDocsQuery("only stop words") : q;
    }

    static List<Query> filters(SearchQuery q, Function<String, Optional<String>> resolveEntity) {
        List<Query> out = new ArrayList<>();
        if (q.from() != null || q.to() != null) out.add(dateRange(q.from(), q.to()));
        if (q.outlet() != null && !q.outlet().isBlank()) {
            out.add(new TermQuery(new Term(ArticleDocument.OUTLET, ArticleDocument.outletKey(q.outlet()))));
        }
        if (q.entity() != null && !q.entity().isBlank()) {
            out.add(resolveEntity.apply(q.entity())
                    .<Query>map(id -> new TermQuery(new Term(ArticleDocument.ENTITY, id)))
                    .orElse(new MatchNoDocsQuery("unknown entity")));
        }
        if (q.type() != null) {
            out.add(new TermQuery(new Term(ArticleDocument.TYPE, q.type().name())));
        }
        return out;
    }

    static Query dateRange(LocalDate from, LocalDate to) {
        long lo = from == null ? Long.MIN_VALUE : ArticleDocument.dayKey(from);
        long hi = to == null ? Long.MAX_VALUE : ArticleDocument.dayKey(to.plusDays(1)) - 1;
        return LongField.newRangeQuery(ArticleDocument.PUBLISHED, lo, hi);
    }

    private Map<Integer, Snippet> snippets(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
        Map<Integer, Snippet> out = new LinkedHashMap<>();
        if (query == null || docs.length == 0) return out;
        int[] ids = java.util.Arrays.stream(docs).mapToInt(sd -> sd.doc).toArray();
        Object[] found = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter()).withMaxLength(200_000).withWeightMatches(false))
                .snippets(ArticleDocument.BODY, query, ids);
        for (int i = 0; i < ids.length; i++) if (found[i] instanceof Snippet s) out.put(ids[i], s);
        return out;
    }

    /** The start of the body, for hits without a text query. */
    private static Snippet lead(String body) {
        if (body == null) return new Snippet("", List.of());
        int end = Math.min(body.length(), 240);
        int nl = body.indexOf('\n');
        if (nl > 0 && nl < end) end = nl;
        return new Snippet(body.substring(0, end), List.of());
    }

    /** Exposes the highlighter's per-document objects, which its public API only returns as strings. */
    private static final class SnippetHighlighter extends UnifiedHighlighter {
        SnippetHighlighter(Builder builder) {
            super(builder);
        }

        Object[] snippets(String field, Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[]{field}, query, docIds, new int[]{SNIPPET_PASSAGES}).get(field);
        }
    }

    /** Joins the best passages with " … " and records where the matched words are. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            List<Span> marks = new ArrayList<>();
            for (Passage p : passages) {
                if (!text.isEmpty()) text.append(" … ");
                int base = text.length() - p.getStartOffset();
                int at = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int s = Math.max(p.getMatchStarts()[i], at);
                    int e = p.getMatchEnds()[i];
                    if (e <= s) continue;
                    marks.add(new Span(base + s, base + e));
                    at = e;
                }
                text.append(content, p.getStartOffset(), p.getEndOffset());
            }
            return text.isEmpty() ? null : new Snippet(text.toString().replace('\n', ' '), marks);
        }
    }
}
