package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.entity.EntityCatalog;
import id.linimasa.entity.EntityType;
import id.linimasa.page.Page;
import id.linimasa.quote.Quote;
import id.linimasa.event.Plover;
import id.linimasa.timeline.TimelineBuilder;
import id.linimasa.timeline.TimelineRow;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The embedded corpus: a Lucene index in a folder, one document per article. Readers see the corpus as
 * of its last commit; {@link #ingest} is the only writer (Lucene's write lock keeps a second one out).
 * Thread-safe for reading, so one instance can serve a web server.
 * <pre>
 *   try (Corpus corpus = Corpus.open(Path.of("linimasa-data"))) {
 *       corpus.ingest(pages, page -> Linimasa.analyse(extractor.extract(page)), IngestListener.NONE);
 *       corpus.search(SearchQuery.of("tandatangan")).hits();
 *       corpus.timeline(TimelineQuery.of("Rusia", "Korea Utara"));
 *   }
 * </pre>
 */
public final class Corpus implements AutoCloseable {

    public static final Path DEFAULT_DIR = Path.of("linimasa-data");
    /** How often readers look for a newer commit. */
    private static final long REFRESH_MILLIS = 500;
    /** Entity profiles read at most this many of the entity's newest articles. */
    private static final int PROFILE_ARTICLES = 500;
    /** An article lists at most this many related articles (its original and copies first, then its story's newest). */
    private static final int RELATED = 50;

    private final Path dir;
    private final FSDirectory directory;
    private final Analyzer analyzer = new SearchAnalyzer();
    private final ArticleSearch articleSearch = new ArticleSearch(analyzer);
    private final Map<String, String> entityNames = new ConcurrentHashMap<>();
    /** Names resolved against the current reader; cleared with it. */
    private final Map<String, Optional<String>> resolved = new ConcurrentHashMap<>();
    private static final int CACHED_NAMES = 10_000;
    /** Story lists (a scan of the corpus) by date range, and timelines by query, for the current reader. */
    private final ReaderMemo<List<LocalDate>, List<StorySummary>> storyLists = new ReaderMemo<>(64);
    private final ReaderMemo<TimelineQuery, List<TimelineRow>> timelineRows = new ReaderMemo<>(512);
    private DirectoryReader reader;
    private SortedSetDocValuesReaderState facetState;
    private long checkedAt;

    private Corpus(Path dir) throws IOException {
        this.dir = dir;
        this.directory = FSDirectory.open(dir);
    }

    /** Opens the corpus in {@code dir}; the folder and index are created by the first ingest. */
    public static Corpus open(Path dir) throws IOException {
        return new Corpus(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Whether anything has been committed to this corpus yet. */
    public boolean exists() throws IOException {
        return DirectoryReader.indexExists(directory);
    }

    // ---- writing

    /**
     * Analyses and stores pages, skipping those already stored (same bytes), placing each article in its
     * story, committing every few hundred articles and at the end.
     *
     * @param analyser page to analysis, a pure function run in a thread pool; throws
     *                 {@link id.linimasa.extract.UnreadablePageException} with the reason for a page that has no article
     * @throws CorpusLockedException when another ingest is writing
     */
    public IngestReport ingest(Iterable<Page> pages, Function<Page, Analysis> analyser, IngestListener listener) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        IngestReport report = new CorpusWriter(dir, directory).ingest(pages, analyser, listener);
        synchronized (this) {
            checkedAt = 0; // see the new commit at once
        }
        return report;
    }

    /**
     * Analyses every stored raw page again (after the pipeline improved) and rewrites the articles, keeping
     * their stories; the report counts pages read, articles rewritten and pages the analyser now rejects.
     */
    public IngestReport reanalyse(Function<Page, Analysis> analyser, IngestListener listener) throws IOException {
        if (!exists()) return new IngestReport(0, 0, 0, List.of());
        IngestReport report = new CorpusWriter(dir, directory).reanalyse(analyser, listener);
        synchronized (this) {
            checkedAt = 0;
        }
        return report;
    }

    // ---- reading

    public SearchResult search(SearchQuery q) throws IOException {
        return read(s -> articleSearch.search(s.searcher(), s.facets(), q, this::resolveEntity, this::entityName),
                new SearchResult(0, List.of(), Map.of()));
    }

    public Optional<StoredArticle> article(String id) throws IOException {
        return read(s -> {
            Document d = first(s.searcher(), new TermQuery(new Term(ArticleDocument.ID, id)), ArticleDocument.WITH_ANALYSIS);
            if (d == null) return Optional.<StoredArticle>empty();
            return Optional.of(new StoredArticle(ArticleDocument.analysis(d), d.get(ArticleDocument.STORY),
                    d.get(ArticleDocument.DUPLICATE_OF), related(s.searcher(), d)));
        }, Optional.empty());
    }

    /** An article's story and title, read without its analysis (cheap enough to ask for every row of a timeline). */
    public Optional<StoryRef> storyOf(String articleId) throws IOException {
        return read(s -> {
            TopDocs hit = s.searcher().search(new TermQuery(new Term(ArticleDocument.ID, articleId)), 1);
            if (hit.scoreDocs.length == 0) return Optional.<StoryRef>empty();
            ArticleValues values = new ArticleValues(s.searcher().getIndexReader());
            int doc = hit.scoreDocs[0].doc;
            return Optional.of(new StoryRef(articleId, values.story(doc), values.title(doc)));
        }, Optional.empty());
    }

    /** The raw page an article was made from, as it was read, for re-analysis. */
    public Optional<Page> page(String id) throws IOException {
        return read(s -> {
            Document d = first(s.searcher(), new TermQuery(new Term(ArticleDocument.ID, id)), ArticleDocument.PAGE);
            return d == null ? Optional.<Page>empty() : Optional.of(ArticleDocument.page(d));
        }, Optional.empty());
    }

    /**
     * Events involving every entity of the query, one row per real event (merged across its reports by
     * {@link TimelineBuilder}; syndicated copies are evidence, not sources), ordered by event date. An unknown
     * entity name or an unknown event type gives no rows.
     */
    public List<TimelineRow> timeline(TimelineQuery q) throws IOException {
        return read(s -> timelineRows.get(s.searcher().getIndexReader(), q, () -> {
            Set<String> ids = new LinkedHashSet<>();
            for (String name : q.entities()) {
                Optional<String> id = resolveEntity(s.searcher(), name);
                if (id.isEmpty()) return List.<TimelineRow>of();
                ids.add(id.get());
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
            for (String id : ids) b.add(new TermQuery(new Term(ArticleDocument.ENTITY, id)), Occur.FILTER);
            if (q.outlet() != null) b.add(new TermQuery(new Term(ArticleDocument.OUTLET, ArticleDocument.outletKey(q.outlet()))), Occur.FILTER);
            List<Analysis> analyses = new ArrayList<>();
            Set<String> copies = new java.util.HashSet<>();
            ArticleValues values = new ArticleValues(s.searcher().getIndexReader());
            for (int doc : docs(s.searcher(), b.build())) {
                Analysis a = values.timelineAnalysis(doc);
                analyses.add(a);
                if (values.duplicateOf(doc) != null) copies.add(a.article().id());
            }
            Set<Plover> types = Set.of();
            if (q.type() != null && !q.type().isBlank()) {
                try {
                    types = Set.of(Plover.valueOf(q.type().trim().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException notAType) {
                    return List.<TimelineRow>of();
                }
            }
            Set<String> outlets = q.outlet() == null || q.outlet().isBlank() ? Set.of() : Set.of(q.outlet());
            return List.copyOf(new TimelineBuilder(copies).build(analyses,
                    new id.linimasa.timeline.TimelineQuery(List.copyOf(ids), q.from(), q.to(), types, outlets)));
        }), List.of());
    }

    /** Stories with an article published in the range (either end may be null), latest first. */
    public List<StorySummary> stories(LocalDate from, LocalDate to) throws IOException {
        return read(s -> storyLists.get(s.searcher().getIndexReader(), java.util.Arrays.asList(from, to), () -> {
            Query q = from == null && to == null ? new MatchAllDocsQuery() : ArticleSearch.dateRange(from, to);
            Map<String, List<StoryViews.Row>> byStory = new LinkedHashMap<>();
            ArticleValues values = new ArticleValues(s.searcher().getIndexReader());
            for (int doc : docs(s.searcher(), q)) {
                StoryViews.Row row = StoryViews.row(values, doc);
                byStory.computeIfAbsent(row.story(), k -> new ArrayList<>()).add(row);
            }
            List<StorySummary> out = new ArrayList<>();
            ArticleValues titles = new ArticleValues(s.searcher().getIndexReader());
            for (var e : byStory.entrySet()) out.add(StoryViews.summary(e.getKey(), e.getValue(), titles::title));
            out.sort(Comparator.comparing((StorySummary st) -> st.last() == null ? "" : st.last()).reversed());
            return List.copyOf(out);
        }), List.of());
    }

    public Optional<Story> story(String id) throws IOException {
        return read(s -> {
            List<Document> docs = all(s.searcher(), new TermQuery(new Term(ArticleDocument.STORY, id)), Sort.INDEXORDER, ArticleDocument.WITH_ANALYSIS);
            return docs.isEmpty() ? Optional.<Story>empty() : Optional.of(StoryViews.story(id, docs));
        }, Optional.empty());
    }

    /** The most named entities (of one type, or all when null), by number of articles. */
    public List<EntityCount> entities(EntityType type, int top) throws IOException {
        return read(s -> {
            if (s.facets() == null) return List.<EntityCount>of();
            Facets counts = new SortedSetDocValuesFacetCounts(s.facets());
            List<EntityCount> out = new ArrayList<>();
            for (FacetCount fc : ArticleSearch.top(counts, ArticleDocument.F_ENTITY, Integer.MAX_VALUE, Function.identity())) {
                String[] ref = entityRef(s.searcher(), fc.value());
                EntityType t = ref == null ? null : EntityType.valueOf(ref[1]);
                if (type != null && t != type) continue;
                out.add(new EntityCount(fc.value(), ref == null ? fc.value() : ref[2], t, fc.count()));
                if (out.size() >= top) break;
            }
            return out;
        }, List.of());
    }

    /** What the corpus says about an entity given by id or by any name the articles use for it. */
    public Optional<EntityReport> entity(String nameOrId) throws IOException {
        return read(s -> {
            Optional<String> id = resolveEntity(s.searcher(), nameOrId);
            if (id.isEmpty()) return Optional.<EntityReport>empty();
            return Optional.of(profile(s, id.get()));
        }, Optional.empty());
    }

    /** What an entity said, oldest first, across the corpus. */
    public List<QuoteRow> quotes(String nameOrId) throws IOException {
        return read(s -> {
            Optional<String> id = resolveEntity(s.searcher(), nameOrId);
            if (id.isEmpty()) return List.<QuoteRow>of();
            List<QuoteRow> out = new ArrayList<>();
            for (Document d : all(s.searcher(), new TermQuery(new Term(ArticleDocument.ENTITY, id.get())), ArticleSearch.NEWEST_FIRST, ArticleDocument.WITH_ANALYSIS)) {
                Analysis a = ArticleDocument.analysis(d);
                for (Quote q : a.quotes()) {
                    if (id.get().equals(q.speakerId())) {
                        out.add(new QuoteRow(q, a.article().id(), a.article().title(), a.article().outlet(),
                                a.article().published() == null ? null : a.article().published().iso()));
                    }
                }
            }
            out.sort(Comparator.comparing((QuoteRow r) -> r.published() == null ? "" : r.published()));
            return out;
        }, List.of());
    }

    /** Every article, newest first, streamed one at a time (for export). */
    public void forEachArticle(Consumer<StoredArticle> sink) throws IOException {
        read(s -> {
            var searcher = s.searcher();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().numDocs()), ArticleSearch.NEWEST_FIRST).scoreDocs) {
                Document d = ArticleDocument.load(searcher.getIndexReader(), stored, sd.doc, ArticleDocument.WITH_ANALYSIS);
                sink.accept(new StoredArticle(ArticleDocument.analysis(d), d.get(ArticleDocument.STORY), d.get(ArticleDocument.DUPLICATE_OF), List.of()));
            }
            return null;
        }, null);
    }

    public CorpusStats stats() throws IOException {
        return read(s -> {
            IndexSearcher searcher = s.searcher();
            long articles = searcher.getIndexReader().numDocs();
            long duplicates = searcher.count(new TermRangeQuery(ArticleDocument.DUPLICATE_OF, null, null, true, true));
            long stories = StoryViews.distinctTerms(searcher.getIndexReader(), ArticleDocument.STORY);
            long outlets = StoryViews.distinctTerms(searcher.getIndexReader(), ArticleDocument.OUTLET);
            long entities = StoryViews.distinctTerms(searcher.getIndexReader(), ArticleDocument.ENTITY);
            long events = 0;
            ArticleValues values = new ArticleValues(searcher.getIndexReader());
            for (int doc : docs(searcher, new MatchAllDocsQuery())) events += values.eventCount(doc);
            Query dated = LongField.newRangeQuery(ArticleDocument.PUBLISHED, Long.MIN_VALUE, Long.MAX_VALUE);
            Set<String> when = Set.of(ArticleDocument.PUBLISHED_ISO);
            List<Document> newest = top(searcher, dated, 1, ArticleSearch.NEWEST_FIRST, when);
            List<Document> oldest = top(searcher, dated, 1, ArticleSearch.OLDEST_FIRST, when);
            String first = oldest.isEmpty() ? null : oldest.getFirst().get(ArticleDocument.PUBLISHED_ISO);
            String last = newest.isEmpty() ? null : newest.getFirst().get(ArticleDocument.PUBLISHED_ISO);
            return new CorpusStats(articles, duplicates, stories, outlets, entities, events, first, last);
        }, new CorpusStats(0, 0, 0, 0, 0, 0, null, null));
    }

    /**
     * An entity id for an id, a name or alias (any case) that the corpus's articles use, or a name the entity
     * catalog knows for an entity the corpus has; the most frequent when several match.
     */
    public Optional<String> resolveEntity(String nameOrId) {
        try {
            return read(s -> resolveEntity(s.searcher(), nameOrId), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (reader != null) reader.decRef();
        reader = null;
        directory.close();
    }

    // ---- internals

    private Optional<String> resolveEntity(IndexSearcher searcher, String nameOrId) throws IOException {
        if (nameOrId == null || nameOrId.isBlank()) return Optional.empty();
        Optional<String> known = resolved.get(nameOrId);
        if (known != null) return known;
        Optional<String> found = lookUp(searcher, nameOrId);
        if (resolved.size() < CACHED_NAMES) resolved.put(nameOrId, found);
        return found;
    }

    private Optional<String> lookUp(IndexSearcher searcher, String nameOrId) throws IOException {
        String trimmed = nameOrId.trim();
        if (searcher.count(new TermQuery(new Term(ArticleDocument.ENTITY, trimmed))) > 0) return Optional.of(trimmed);
        String key = ArticleDocument.entityKey(trimmed);
        Map<String, Integer> votes = new HashMap<>();
        ArticleValues values = new ArticleValues(searcher.getIndexReader());
        for (ScoreDoc sd : searcher.search(new TermQuery(new Term(ArticleDocument.ENTITY_ALIAS, key)), 20, Sort.INDEXORDER).scoreDocs) {
            for (String id : values.entitiesNamed(key, sd.doc)) votes.merge(id, 1, Integer::sum);
        }
        if (votes.isEmpty()) {
            // a name no article used, but the catalog knows ("DPRK" in a corpus that only writes "Korut")
            for (String id : EntityCatalog.standard().lookup(trimmed)) {
                if (searcher.count(new TermQuery(new Term(ArticleDocument.ENTITY, id))) > 0) return Optional.of(id);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private String entityName(String id) {
        try {
            return read(s -> {
                String[] ref = entityRef(s.searcher(), id);
                return ref == null ? id : ref[2];
            }, id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String[] entityRef(IndexSearcher searcher, String id) throws IOException {
        String cached = entityNames.get(id);
        if (cached != null) return cached.split("\t", 3);
        Document d = first(searcher, new TermQuery(new Term(ArticleDocument.ENTITY, id)), ArticleDocument.ENTITY_REFS);
        if (d == null) return null;
        for (String[] ref : ArticleDocument.entityRefs(d)) {
            if (ref[0].equals(id)) {
                entityNames.put(id, String.join("\t", ref));
                return ref;
            }
        }
        return null;
    }

    private EntityReport profile(View s, String id) throws IOException {
        IndexSearcher searcher = s.searcher();
        Query q = new TermQuery(new Term(ArticleDocument.ENTITY, id));
        long articles = searcher.count(q);
        List<Document> newest = top(searcher, q, PROFILE_ARTICLES, ArticleSearch.NEWEST_FIRST, ArticleDocument.WITH_ANALYSIS);
        Entity merged = null;
        Set<String> aliases = new LinkedHashSet<>();
        List<EntityReport.DatedRole> roles = new ArrayList<>();
        int quotes = 0;
        for (Document d : newest) {
            Analysis a = ArticleDocument.analysis(d);
            Entity e = a.entity(id);
            if (e == null) continue;
            if (merged == null) merged = e;
            aliases.add(e.name());
            aliases.addAll(e.aliases());
            String published = d.get(ArticleDocument.PUBLISHED_ISO);
            for (var r : e.roles()) roles.add(new EntityReport.DatedRole(r, published, a.article().id()));
            quotes += (int) a.quotes().stream().filter(qt -> id.equals(qt.speakerId())).count();
        }
        if (merged == null) throw new IllegalStateException("entity " + id + " indexed but absent from its articles");
        aliases.remove(merged.name());
        Entity entity = new Entity(merged.id(), merged.type(), merged.name(), List.copyOf(aliases), merged.country(), List.of());
        List<EntityCount> cooccurring = new ArrayList<>();
        if (s.facets() != null) {
            var fc = FacetsCollectorManager.search(searcher, q, 1, new FacetsCollectorManager()).facetsCollector();
            Facets counts = new SortedSetDocValuesFacetCounts(s.facets(), fc);
            for (FacetCount c : ArticleSearch.top(counts, ArticleDocument.F_ENTITY, 11, Function.identity())) {
                if (c.value().equals(id) || cooccurring.size() >= 10) continue;
                String[] ref = entityRef(searcher, c.value());
                cooccurring.add(new EntityCount(c.value(), ref == null ? c.value() : ref[2], ref == null ? null : EntityType.valueOf(ref[1]), c.count()));
            }
        }
        roles.sort(Comparator.comparing((EntityReport.DatedRole r) -> r.published() == null ? "" : r.published()));
        String last = newest.isEmpty() ? null : newest.getFirst().get(ArticleDocument.PUBLISHED_ISO);
        String first = newest.isEmpty() ? null : newest.getLast().get(ArticleDocument.PUBLISHED_ISO);
        return new EntityReport(entity, articles, first, last, cooccurring, roles, quotes);
    }

    private List<StoredArticle.Related> related(IndexSearcher searcher, Document d) throws IOException {
        String id = d.get(ArticleDocument.ID);
        List<StoredArticle.Related> out = new ArrayList<>();
        String original = d.get(ArticleDocument.DUPLICATE_OF);
        if (original != null) {
            Document o = first(searcher, new TermQuery(new Term(ArticleDocument.ID, original)), ArticleDocument.SUMMARY);
            if (o != null) out.add(relatedOf(o, StoredArticle.Relation.DUPLICATE_OF));
        }
        for (Document c : all(searcher, new TermQuery(new Term(ArticleDocument.DUPLICATE_OF, id)), ArticleSearch.NEWEST_FIRST, ArticleDocument.SUMMARY)) {
            out.add(relatedOf(c, StoredArticle.Relation.DUPLICATE));
        }
        for (Document c : top(searcher, new TermQuery(new Term(ArticleDocument.STORY, d.get(ArticleDocument.STORY))), RELATED + out.size() + 1,
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

    private static Document first(IndexSearcher searcher, Query q, Set<String> fields) throws IOException {
        List<Document> docs = top(searcher, q, 1, Sort.INDEXORDER, fields);
        return docs.isEmpty() ? null : docs.getFirst();
    }

    /** The stored {@code fields} of the first {@code n} documents matching {@code q} in {@code sort} order. */
    private static List<Document> top(IndexSearcher searcher, Query q, int n, Sort sort, Set<String> fields) throws IOException {
        List<Document> out = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(q, Math.max(1, n), sort).scoreDocs) {
            out.add(ArticleDocument.load(searcher.getIndexReader(), stored, sd.doc, fields));
        }
        return out;
    }

    /** Ids of the documents matching {@code q}, in index order, loading nothing. */
    private static int[] docs(IndexSearcher searcher, Query q) throws IOException {
        ScoreDoc[] hits = searcher.search(q, Math.max(1, searcher.getIndexReader().maxDoc()), Sort.INDEXORDER).scoreDocs;
        return java.util.Arrays.stream(hits).mapToInt(sd -> sd.doc).toArray();
    }

    private static List<Document> all(IndexSearcher searcher, Query q, Sort sort, Set<String> fields) throws IOException {
        return top(searcher, q, searcher.getIndexReader().maxDoc(), sort, fields);
    }

    /** A reader's view: its searcher and facet ordinals (null when no article has facets). */
    private record View(IndexSearcher searcher, SortedSetDocValuesReaderState facets) {
    }

    @FunctionalInterface
    private interface ReadAction<T> {
        T apply(View view) throws IOException;
    }

    /** Runs {@code action} on the latest committed view, or returns {@code empty} when nothing is committed. */
    private <T> T read(ReadAction<T> action, T empty) throws IOException {
        View view;
        DirectoryReader r;
        synchronized (this) {
            refresh();
            if (reader == null) return empty;
            r = reader;
            r.incRef();
            view = new View(new IndexSearcher(r), facetState);
        }
        try {
            return action.apply(view);
        } finally {
            r.decRef();
        }
    }

    private void refresh() throws IOException {
        long now = System.currentTimeMillis();
        if (reader != null && now - checkedAt < REFRESH_MILLIS) return;
        checkedAt = now;
        DirectoryReader fresh;
        if (reader == null) {
            if (!DirectoryReader.indexExists(directory)) return;
            fresh = DirectoryReader.open(directory);
        } else {
            fresh = DirectoryReader.openIfChanged(reader);
            if (fresh == null) return;
            reader.decRef();
        }
        reader = fresh;
        entityNames.clear();
        resolved.clear();
        try {
            facetState = new DefaultSortedSetDocValuesReaderState(reader, ArticleDocument.FACETS);
        } catch (IllegalArgumentException noFacetsYet) {
            facetState = null;
        }
    }
}
