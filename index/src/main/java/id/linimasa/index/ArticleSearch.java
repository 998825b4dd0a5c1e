package id.linimasa.index;

import id.linimasa.text.Span;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;

/** Full-text search with filters, facet counts and highlighted snippets. */
final class ArticleSearch {

    static final Sort NEWEST_FIRST = new Sort(
            LongField.newSortField(ArticleDocument.PUBLISHED, true, SortedNumericSelector.Type.MAX),
            SortField.FIELD_DOC);
    static final Sort OLDEST_FIRST = new Sort(
            LongField.newSortField(ArticleDocument.PUBLISHED, false, SortedNumericSelector.Type.MIN),
            SortField.FIELD_DOC);
    private static final int FACET_TOP = 10;
    /**
     * Facets are counted over at most this many matches, drawn at random, and scaled up: counting every match of a
     * word most articles have costs more than the rest of the search together, and the counts only guide narrowing.
     */
    static final int FACET_SAMPLE = 10_000;

    private final int facetSample;
    private static final int SNIPPET_PASSAGES = 2;
    private static final Set<String> BODY_ONLY = Set.of(ArticleDocument.BODY);

    private static final int PARSED_QUERIES = 1000;

    private final Analyzer analyzer;
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();
    /** Totals and facet counts by query, for the reader they were counted on: paging skips the full pass. */
    private final ReaderMemo<Query, Counts> counts = new ReaderMemo<>(1000);
    /**
     * Whole answers by request, for the reader they were computed on: a search asked again (a popular word, a page
     * reloaded, a link shared) costs only its JSON. An answer of 20 hits with snippets takes about 15 KB, of 100 hits
     * (the API's largest page) about 75 KB.
     */
    private final ReaderMemo<SearchQuery, SearchResult> results = new ReaderMemo<>(500);

    /** @param facetSample how many matches at most facets are counted over ({@link #FACET_SAMPLE}; fewer in tests) */
    ArticleSearch(Analyzer analyzer, int facetSample) {
        this.analyzer = analyzer;
        this.facetSample = facetSample;
    }

    /**
     * @param resolveEntity turns a name into an entity id (empty: no entity by that name, so no hits)
     * @param facetState    the reader's facet ordinals, or null when nothing has been faceted yet
     */
    SearchResult search(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, SearchQuery q,
                        Function<String, Optional<String>> resolveEntity, Function<String, String> entityName) throws IOException {
        return results.get(searcher.getIndexReader(), q, () -> searchNew(searcher, facetState, q, resolveEntity, entityName));
    }

    private SearchResult searchNew(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, SearchQuery q,
                                   Function<String, Optional<String>> resolveEntity, Function<String, String> entityName) throws IOException {
        boolean hasText = q.text() != null && !q.text().isBlank();
        Query textQuery = hasText ? parse(q.text()) : ArticleDocument.ARTICLES;
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(textQuery, hasText ? Occur.MUST : Occur.FILTER);
        for (Query f : filters(q, resolveEntity)) b.add(f, Occur.FILTER);
        Query query = b.build();
        int want = q.offset() + q.limit(), queue = Math.max(1, want);
        IndexReader reader = searcher.getIndexReader();
        Counts counts = this.counts.known(reader, query);
        TopDocs top;
        if (hasText && requiredClauses(textQuery) > 1) {
            // Several words: every hit is scored. Block-max skipping over a conjunction of field disjunctions spent four
            // fifths of such a search recomputing score bounds (JFR), far more than scoring 20,000 hits costs. As every
            // hit is visited anyway, a new query's facet sample is drawn in the same pass.
            var scoreAll = new TopScoreDocCollectorManager(queue, null, Integer.MAX_VALUE);
            if (counts == null) {
                Object[] both = searcher.search(query, new MultiCollectorManager(scoreAll, sampler()));
                top = (TopDocs) both[0];
                counts = counts(facetState, (RandomSamplingFacetsCollector) both[1], entityName);
                this.counts.remember(reader, query, counts);
            } else {
                top = searcher.search(query, scoreAll);
            }
        } else {
            // the page alone: Lucene may skip hits that cannot make it (block-max WAND); the totals come with the facets
            top = hasText ? searcher.search(query, new TopScoreDocCollectorManager(queue, null, queue)) : searcher.search(query, queue, NEWEST_FIRST);
            if (counts == null) {
                counts = counts(facetState, searcher.search(query, sampler()), entityName);
                this.counts.remember(reader, query, counts);
            }
        }
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(q.offset(), top.scoreDocs.length),
                Math.min(want, top.scoreDocs.length));
        Map<Integer, Snippet> snippets = snippets(searcher, hasText ? textQuery : null, page);
        List<SearchResult.Hit> hits = hits(searcher, page, snippets);
        return new SearchResult(counts.total(), hits, counts.facets(), counts.estimated(), counts.counted());
    }

    private static long requiredClauses(Query q) {
        return q instanceof BooleanQuery b ? b.clauses().stream().filter(c -> c.occur() == Occur.MUST).count() : 1;
    }

    /**
     * How many articles matched and their facet counts: the same for every page of a query.
     *
     * @param counted how many of the matches the facets were counted over (all of them unless {@code estimated})
     */
    private record Counts(long total, Map<String, List<FacetCount>> facets, boolean estimated, long counted) {
    }

    /** Every hit without scoring it, kept whole up to {@link #facetSample} hits and as a random sample beyond. */
    private CollectorManager<RandomSamplingFacetsCollector, RandomSamplingFacetsCollector> sampler() {
        return RandomSamplingFacetsCollector.createManager(facetSample, 0x5EED);
    }

    /** The total and facet counts of a query's hits; counts from a sample are scaled up to estimates. */
    private static Counts counts(SortedSetDocValuesReaderState facetState, RandomSamplingFacetsCollector collected,
                                 Function<String, String> entityName) throws IOException {
        long total = 0, counted = 0;
        for (FacetsCollector.MatchingDocs m : collected.getOriginalMatchingDocs()) total += m.totalHits();
        // Drawing the sample sets the sampling rate: it is 0 until then, and a scale read before made every count the
        // total. A sampled segment keeps its original hit count, so the sample is counted by its documents.
        for (FacetsCollector.MatchingDocs m : collected.getMatchingDocs()) {
            DocIdSetIterator docs = m.bits().iterator();
            while (docs != null && docs.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) counted++;
        }
        boolean estimated = counted < total;
        double scale = estimated ? 1 / collected.getSamplingRate() : 1;
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        if (facetState != null) {
            Facets counts = new SortedSetDocValuesFacetCounts(facetState, collected);
            for (String dim : List.of(ArticleDocument.F_OUTLET, ArticleDocument.F_MONTH, ArticleDocument.F_ENTITY, ArticleDocument.F_TYPE)) {
                List<FacetCount> top = top(counts, dim, FACET_TOP, dim.equals(ArticleDocument.F_ENTITY) ? entityName : Function.identity());
                long all = total;
                facets.put(dim, estimated ? top.stream().map(c -> new FacetCount(c.value(), c.label(), Math.min(all, Math.round(c.count() * scale)))).toList() : top);
            }
        }
        return new Counts(total, Collections.unmodifiableMap(facets), estimated, counted);
    }

    /**
     * The page's hits from doc values (no stored record is decompressed for them); only a hit without a
     * snippet loads its body for the lead.
     */
    private static List<SearchResult.Hit> hits(IndexSearcher searcher, ScoreDoc[] page, Map<Integer, Snippet> snippets) throws IOException {
        ScoreDoc[] ascending = page.clone();
        Arrays.sort(ascending, Comparator.comparingInt(sd -> sd.doc)); // doc values read forwards
        ArticleValues values = new ArticleValues(searcher.getIndexReader());
        Map<Integer, SearchResult.Hit> byDoc = new HashMap<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : ascending) {
            Snippet snippet = snippets.get(sd.doc);
            if (snippet == null) snippet = lead(stored.document(sd.doc, BODY_ONLY).get(ArticleDocument.BODY));
            byDoc.put(sd.doc, new SearchResult.Hit(values.id(sd.doc), values.title(sd.doc), values.outlet(sd.doc), values.published(sd.doc),
                    Float.isNaN(sd.score) ? 0 : sd.score, snippet, values.story(sd.doc), values.duplicateOf(sd.doc)));
        }
        List<SearchResult.Hit> out = new ArrayList<>();
        for (ScoreDoc sd : page) out.add(byDoc.get(sd.doc));
        return out;
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
        out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return out;
    }

    /** Parsed queries by text: analysing the words (stemming) is a good part of a search, and the same words come back. */
    private Query parse(String text) {
        Query known = parsed.get(text);
        if (known != null) return known;
        if (parsed.size() >= PARSED_QUERIES) parsed.clear();
        Query q = parseNew(text);
        parsed.put(text, q);
        return q;
    }

    private Query parseNew(String text) {
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
        int[] ids = Arrays.stream(docs).mapToInt(sd -> sd.doc).toArray();
        Object[] found = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter()).withScorer(MATCHES_NEAR_THE_LEAD).withBreakIterator(SentenceBreaks::new)
                .withMaxLength(200_000).withWeightMatches(false))
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

    /**
     * Ranks passages by how many query words they hold, a passage nearer the start a little higher. Lucene's default
     * BM25 passage scorer hashes every matched term of every passage to weigh distinct terms, a quarter of the
     * highlighting time on long bodies (JFR), for snippets that read no better.
     */
    private static final PassageScorer MATCHES_NEAR_THE_LEAD = new PassageScorer() {
        @Override
        public float score(Passage passage, int contentLength) {
            return passage.getNumMatches() * norm(passage.getStartOffset());
        }
    };

    /** Exposes the highlighter's per-document objects, which its public API only returns as strings. */
    private static final class SnippetHighlighter extends UnifiedHighlighter {
        SnippetHighlighter(Builder builder) {
            super(builder);
        }

        /**
         * Offsets from the postings when every segment indexed them (the default asks the reader, which merges
         * every segment's field infos per search); an older corpus's body is analysed again.
         */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
                if (info != null && info.getIndexOptions() != IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) return OffsetSource.ANALYSIS;
            }
            return OffsetSource.POSTINGS;
        }

        Object[] snippets(String field, Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[]{field}, query, docIds, new int[]{SNIPPET_PASSAGES}).get(field);
        }

        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            return source == OffsetSource.POSTINGS ? new ForwardPostings(components) : super.getOffsetStrategy(source, components);
        }
    }

    /**
     * The query words' postings with offsets, opened once per segment for a page of hits and moved forward from hit to
     * hit (the highlighter visits them in doc order). Lucene's strategy looked every word up in the terms index again
     * and allocated new postings for each hit: a third of a search's garbage and a tenth of its CPU (JFR).
     */
    private static final class ForwardPostings extends PostingsOffsetStrategy {
        private Terms segment;
        private BytesRef[] words;
        private PostingsEnum[] postings;
        private int lastDoc = -1;

        ForwardPostings(UHComponents components) {
            super(components);
        }

        @Override
        protected void createOffsetsEnumsForTerms(BytesRef[] sourceTerms, Terms termsIndex, int doc, List<OffsetsEnum> results) throws IOException {
            if (termsIndex != segment || sourceTerms != words || doc <= lastDoc) open(sourceTerms, termsIndex);
            lastDoc = doc;
            for (int i = 0; i < words.length; i++) {
                PostingsEnum p = postings[i];
                if (p != null && p.docID() < doc) p.advance(doc);
                if (p != null && p.docID() == doc) results.add(new OffsetsEnum.OfPostings(words[i], p));
            }
        }

        private void open(BytesRef[] sourceTerms, Terms termsIndex) throws IOException {
            segment = termsIndex;
            words = sourceTerms;
            postings = new PostingsEnum[words.length];
            TermsEnum te = termsIndex.iterator();
            for (int i = 0; i < words.length; i++) {
                if (!te.seekExact(words[i])) continue;
                postings[i] = te.postings(null, PostingsEnum.OFFSETS);
                if (postings[i] == null) throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets, cannot highlight");
            }
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
