package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.Pipeline;
import id.linimasa.extract.Article;
import id.linimasa.entity.EntityType;
import id.linimasa.page.Page;
import id.linimasa.timeline.TimelineBuilder;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.timeline.TimelineRow;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The embedded corpus: a Lucene index in a folder, one document per article. Readers see the corpus as
 * of its last commit; {@link #ingest} is the only writer (Lucene's write lock keeps a second one out).
 * Thread-safe for reading, so one instance can serve a web server. This class is the front door: it holds the
 * current reader and hands each question to the reader class for it ({@link ArticleSearch}, {@link ArticleReader},
 * {@link TimelineReader}, {@link StoryReader}, {@link EntityDirectory}, {@link EntityReportReader},
 * {@link QuoteReader}, {@link StatsReader}).
 * <pre>
 *   try (Corpus corpus = Corpus.open(Path.of("linimasa-data"))) {
 *       corpus.ingest(pages, extractor::extract, Linimasa.pipeline(), IngestListener.NONE);
 *       corpus.search(SearchQuery.of("tandatangan")).hits();
 *       corpus.timeline(TimelineQuery.involving("Rusia", "Korea Utara"));
 *   }
 * </pre>
 */
public final class Corpus implements AutoCloseable {

    public static final Path DEFAULT_DIR = Path.of("linimasa-data");
    /** Pages an ingest task analyses together, stage by stage: enough for each stage's code and word lists to stay hot. */
    public static final int BATCH = 16;
    /** How often readers look for a newer commit. */
    private static final long REFRESH_MILLIS = 500;

    private final Path dir;
    private final FSDirectory directory;
    private final Analyzer analyzer = new SearchAnalyzer();
    private final ArticleSearch articleSearch = new ArticleSearch(analyzer, ArticleSearch.FACET_SAMPLE);
    /** Entity names and ids, stories and timelines are cached per reader by these. */
    private final EntityDirectory entities = new EntityDirectory();
    private final StoryReader stories = new StoryReader();
    private final TimelineReader timelines = new TimelineReader(entities);
    /** Totals and entity lists read the whole corpus: remembered for the commit they were read from. */
    private final ReaderMemo<Boolean, CorpusStats> stats = new ReaderMemo<>(1);
    private final ReaderMemo<EntityType, List<EntityCount>> entityLists = new ReaderMemo<>(EntityType.values().length + 1);
    /** The reader requests use; swapped whole by {@link #refresh} so that reading takes no lock. */
    private volatile Snapshot current;
    private volatile long checkedAt;
    /** Held by the one thread that looks for a newer commit; the others read on meanwhile. */
    private final ReentrantLock refreshing = new ReentrantLock();

    /** A reader and the view requests get of it (its searcher and facet ordinals). */
    private record Snapshot(DirectoryReader reader, CorpusView view) {
    }

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
        return ingest(pages, new PageAnalyser.Whole(analyser), listener);
    }

    /**
     * As {@link #ingest(Iterable, Function, IngestListener)}, each page extracted by {@code extractor} and a batch of
     * articles at a time analysed by {@code pipeline} stage by stage ({@link Pipeline#analyseAll}): the same
     * analyses, cheaper. The way to ingest with the standard pipeline.
     */
    public IngestReport ingest(Iterable<Page> pages, Function<Page, Article> extractor, Pipeline pipeline, IngestListener listener) throws IOException {
        return ingest(pages, new PageAnalyser.Staged(extractor, pipeline), listener);
    }

    private IngestReport ingest(Iterable<Page> pages, PageAnalyser analyser, IngestListener listener) throws IOException {
        Files.createDirectories(dir);
        IngestReport report = new CorpusWriter(dir, directory).ingest(pages, analyser, listener);
        checkedAt = 0; // see the new commit at once
        return report;
    }

    /**
     * Analyses every stored raw page again (after the pipeline improved) and rewrites the articles, keeping
     * their stories; the report counts pages read, articles rewritten and pages the analyser now rejects.
     */
    public IngestReport reanalyse(Function<Page, Analysis> analyser, IngestListener listener) throws IOException {
        return reanalyse(new PageAnalyser.Whole(analyser), listener);
    }

    /** As {@link #reanalyse(Function, IngestListener)}, with extraction and a pipeline run over batches (see {@link #ingest(Iterable, Function, Pipeline, IngestListener)}). */
    public IngestReport reanalyse(Function<Page, Article> extractor, Pipeline pipeline, IngestListener listener) throws IOException {
        return reanalyse(new PageAnalyser.Staged(extractor, pipeline), listener);
    }

    private IngestReport reanalyse(PageAnalyser analyser, IngestListener listener) throws IOException {
        if (!exists()) return new IngestReport(0, 0, 0, List.of());
        IngestReport report = new CorpusWriter(dir, directory).reanalyse(analyser, listener);
        checkedAt = 0;
        return report;
    }

    /**
     * Merges the events of every stored article again without analysing pages (after the merging rules changed, or
     * for a corpus written before merged events were stored); the report counts the articles read.
     */
    public IngestReport remergeEvents(IngestListener listener) throws IOException {
        if (!exists()) return new IngestReport(0, 0, 0, List.of());
        IngestReport report = new CorpusWriter(dir, directory).remergeEvents(listener);
        checkedAt = 0;
        return report;
    }

    // ---- reading

    public SearchResult search(SearchQuery q) throws IOException {
        return read(v -> articleSearch.search(v.searcher(), v.facets(), q, entities.resolver(v), id -> entities.name(v, id)),
                new SearchResult(0, List.of(), Map.of(), false, 0));
    }

    public Optional<StoredArticle> article(String id) throws IOException {
        return read(v -> ArticleReader.article(v, id), Optional.empty());
    }

    /** The raw page an article was made from, as it was read, for re-analysis. */
    public Optional<Page> page(String id) throws IOException {
        return read(v -> ArticleReader.page(v, id), Optional.empty());
    }

    /**
     * Events involving every entity of the query (ids or any name the corpus knows), one row per real event
     * (merged across its reports by {@link TimelineBuilder}; syndicated copies are evidence, not sources), ordered
     * by event date. An unknown entity name gives no rows.
     */
    public List<TimelineRow> timeline(TimelineQuery q) throws IOException {
        return timeline(q, 0, Integer.MAX_VALUE).entries().stream().map(TimelineEntry::row).toList();
    }

    /**
     * {@link #timeline} from {@code offset}, at most {@code limit} rows (only those are read), each with the story of
     * its first report, for views that page and group rows by story.
     */
    public TimelinePage timeline(TimelineQuery q, int offset, int limit) throws IOException {
        return read(v -> timelines.timeline(v, q, offset, limit), new TimelinePage(0, List.of()));
    }

    /** Stories with an article published in the range (either end may be null), latest first. */
    public List<StorySummary> stories(LocalDate from, LocalDate to) throws IOException {
        return read(v -> stories.stories(v, from, to), List.of());
    }

    public Optional<Story> story(String id) throws IOException {
        return read(v -> StoryReader.story(v, id), Optional.empty());
    }

    /** The most named entities (of one type, or all when null), by number of articles. */
    public List<EntityCount> entities(EntityType type, int top) throws IOException {
        List<EntityCount> all = read(v -> entityLists.get(v.reader(), type, () -> entities.all(v, type)), List.of());
        return all.subList(0, Math.min(Math.max(0, top), all.size()));
    }

    /** What the corpus says about an entity given by id or by any name the articles use for it. */
    public Optional<EntityReport> entity(String nameOrId) throws IOException {
        return read(v -> {
            Optional<String> id = entities.resolve(v, nameOrId);
            return id.isEmpty() ? Optional.<EntityReport>empty() : Optional.of(EntityReportReader.report(v, entities, id.get()));
        }, Optional.empty());
    }

    /** What an entity said, oldest first, across the corpus. */
    public List<QuoteRow> quotes(String nameOrId) throws IOException {
        return read(v -> {
            Optional<String> id = entities.resolve(v, nameOrId);
            return id.isEmpty() ? List.<QuoteRow>of() : QuoteReader.quotes(v, id.get());
        }, List.of());
    }

    /** Every article, newest first, streamed one at a time (for export). */
    public void forEachArticle(Consumer<StoredArticle> sink) throws IOException {
        read(v -> {
            ArticleReader.forEach(v, sink);
            return null;
        }, null);
    }

    public CorpusStats stats() throws IOException {
        return read(v -> stats.get(v.reader(), true, () -> StatsReader.stats(v)), StatsReader.EMPTY);
    }

    /**
     * An entity id for an id, a name or alias (any case) that the corpus's articles use, or a name the entity
     * catalog knows for an entity the corpus has. When several entities answer to the name, one whose canonical
     * name it is wins over one that only has it as an alias, then the one more articles give that name.
     */
    public Optional<String> resolveEntity(String nameOrId) {
        try {
            return read(v -> entities.resolve(v, nameOrId), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        refreshing.lock();
        try {
            if (current != null) current.reader().decRef();
            current = null;
            directory.close();
        } finally {
            refreshing.unlock();
        }
    }

    @FunctionalInterface
    private interface ReadAction<T> {
        T apply(CorpusView view) throws IOException;
    }

    /**
     * Runs {@code action} on the latest committed view, or returns {@code empty} when nothing is committed.
     * Like Lucene's SearcherManager: a request pins the current reader by reference count, without a lock.
     */
    private <T> T read(ReadAction<T> action, T empty) throws IOException {
        refreshIfDue();
        while (true) {
            Snapshot s = current;
            if (s == null) return empty;
            if (!s.reader().tryIncRef()) continue; // closed by a refresh just now: take the newer one
            try {
                return action.apply(s.view());
            } finally {
                s.reader().decRef();
            }
        }
    }

    /** Looks for a newer commit every {@link #REFRESH_MILLIS}; only the first reader blocks (nothing to read yet). */
    private void refreshIfDue() throws IOException {
        if (current != null && System.currentTimeMillis() - checkedAt < REFRESH_MILLIS) return;
        if (current == null) refreshing.lock();
        else if (!refreshing.tryLock()) return;
        try {
            long now = System.currentTimeMillis();
            if (current != null && now - checkedAt < REFRESH_MILLIS) return;
            checkedAt = now;
            DirectoryReader fresh;
            if (current == null) {
                if (!DirectoryReader.indexExists(directory)) return;
                fresh = DirectoryReader.open(directory);
            } else {
                fresh = DirectoryReader.openIfChanged(current.reader());
                if (fresh == null) return;
            }
            SortedSetDocValuesReaderState facetState;
            try {
                facetState = new DefaultSortedSetDocValuesReaderState(fresh, ArticleDocument.FACETS);
            } catch (IllegalArgumentException noFacetsYet) {
                facetState = null;
            }
            Snapshot old = current;
            entities.clear();
            current = new Snapshot(fresh, new CorpusView(new IndexSearcher(fresh), facetState));
            if (old != null) old.reader().decRef();
        } finally {
            refreshing.unlock();
        }
    }
}
