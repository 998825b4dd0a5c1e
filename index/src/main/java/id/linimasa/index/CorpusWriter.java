package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.Pipeline;
import id.linimasa.extract.UnreadablePageException;
import id.linimasa.index.IngestListener.Outcome;
import id.linimasa.page.Page;
import id.linimasa.page.PageFailure;
import id.linimasa.story.StoryFeatures;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;

/**
 * One ingest run. Pages are analysed in a thread pool, a batch of pages per task (see {@link PageAnalyser}), while this
 * thread stores the results in input order, places each in its story and commits every {@link #COMMIT_EVERY}
 * articles and at the end. Only a window of batches is in flight, each of at most {@link Corpus#BATCH} pages and about
 * {@link #BATCH_BYTES} of raw page, so memory stays flat on large inputs and large pages.
 * Until a commit nothing is visible to readers; a crash leaves the corpus at its last commit.
 */
final class CorpusWriter {

    static final int COMMIT_EVERY = 500;
    static final long BATCH_BYTES = 4L << 20;
    /** Refresh the near-real-time view used for story candidates this often; newer articles are compared directly. */
    private static final int REFRESH_EVERY = 256;

    private final Path dir;
    private final Directory directory;
    private final StoryLinker linker = new StoryLinker();

    CorpusWriter(Path dir, Directory directory) {
        this.dir = dir;
        this.directory = directory;
    }

    private sealed interface Result permits Analysed, Failed, Skipped {
    }

    /** An analysed page, its sketches and its document, ready to be placed in a story and written. */
    private record Analysed(String source, String id, long when, StoryFeatures features, Document document, Analysis analysis,
            String partKey) implements Result {
    }

    private record Failed(String source, String reason) implements Result {
    }

    private record Skipped(String source, String id) implements Result {
    }

    /** A page to analyse (with the later pages stored with it, when it is a joined article's first), or one skipped. */
    private record Job(Page page, List<ArticleDocument.StoredPart> parts, Skipped skipped) {
        List<Page> pages() {
            if (parts.isEmpty()) return List.of(page);
            List<Page> pages = new ArrayList<>();
            pages.add(page);
            for (ArticleDocument.StoredPart p : parts) pages.add(p.page());
            return pages;
        }
    }

    private IndexWriter openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new SearchAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new CorpusLockedException("corpus " + dir + " is being written by another ingest; try again when it ends", e);
        }
    }

    private static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "linimasa-analyse");
            t.setDaemon(true);
            return t;
        });
    }

    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    IngestReport ingest(Iterable<Page> pages, PageAnalyser analyser, IngestListener listener) throws IOException {
        IndexWriter writer = openWriter();
        int threads = THREADS;
        ExecutorService pool = pool(threads);
        int read = 0, stored = 0, skipped = 0, sinceCommit = 0;
        List<PageFailure> failures = new ArrayList<>();
        try (writer; EventRecords events = new EventRecords(writer)) {
            DirectoryReader nrt = DirectoryReader.open(writer);
            List<StoryLinker.Candidate> recent = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Set<String> partKeys = new TreeSet<>();
            Deque<Future<List<Result>>> window = new ArrayDeque<>();
            var it = pages.iterator();
            while (it.hasNext() || !window.isEmpty()) {
                while (it.hasNext() && window.size() < 2 * threads) {
                    List<Job> batch = new ArrayList<>();
                    long bytes = 0;
                    while (it.hasNext() && batch.size() < Corpus.BATCH && bytes < BATCH_BYTES) {
                        Page page = it.next();
                        read++;
                        String sha = page.sha256();
                        boolean known = !seen.add(sha) || new IndexSearcher(nrt).count(new TermQuery(new Term(ArticleDocument.PAGE_SHA, sha))) > 0;
                        batch.add(new Job(page, List.of(), known ? new Skipped(page.source(), sha.substring(0, 16)) : null));
                        if (!known) bytes += page.bytes().length;
                    }
                    window.add(submit(pool, batch, analyser));
                }
                for (Result r : take(window.poll())) switch (r) {
                    case Skipped s -> {
                        skipped++;
                        listener.onPage(s.source(), Outcome.SKIPPED, s.id());
                    }
                    case Failed f -> {
                        failures.add(new PageFailure(f.source(), f.reason()));
                        listener.onPage(f.source(), Outcome.FAILED, f.reason());
                    }
                    case Analysed a -> {
                        var placement = linker.place(a.features(), new IndexSearcher(nrt), recent);
                        if (placement.duplicateOf() != null && a.when() < placement.originalWhen()) {
                            // the copy arrived first: this page is the original, and the earlier ones become its copies
                            nrt = refreshed(nrt, writer, recent);
                            repoint(writer, events, new IndexSearcher(nrt), placement.duplicateOf(), a.id());
                            placement = new StoryLinker.Placement(placement.storyId(), null, 0, placement.joined());
                        }
                        if (!placement.joined().isEmpty()) {
                            nrt = refreshed(nrt, writer, recent);
                            for (String other : placement.joined()) restory(writer, events, new IndexSearcher(nrt), other, placement.storyId());
                        }
                        writer.updateDocument(new Term(ArticleDocument.ID, a.id()),
                                ArticleDocument.place(a.document(), placement.storyId(), placement.duplicateOf()));
                        events.put(a.analysis(), placement.duplicateOf() != null, placement.storyId());
                        recent.add(new StoryLinker.Candidate(a.features(), placement.storyId(), placement.duplicateOf(), a.when()));
                        stored++;
                        if (a.partKey() != null) partKeys.add(a.partKey());
                        listener.onPage(a.source(), Outcome.STORED, a.id());
                        if (++sinceCommit >= COMMIT_EVERY) {
                            writer.commit();
                            sinceCommit = 0;
                        }
                        if (recent.size() >= REFRESH_EVERY) nrt = refreshed(nrt, writer, recent);
                    }
                }
            }
            nrt = refreshed(nrt, writer, recent);
            new PartJoiner(writer, events, analyser, listener).joinAll(nrt, partKeys);
            nrt.close();
            writer.commit();
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(read, stored, skipped, failures);
    }

    /**
     * Reopens the near-real-time reader over what the writer holds; the articles kept in {@code recent} (stored
     * since the last reopen, so invisible to the old reader) are then visible to searches and are dropped.
     */
    private static DirectoryReader refreshed(DirectoryReader nrt, IndexWriter writer, List<StoryLinker.Candidate> recent) throws IOException {
        DirectoryReader fresh = DirectoryReader.openIfChanged(nrt, writer);
        recent.clear();
        if (fresh == null) return nrt;
        nrt.close();
        return fresh;
    }

    /** Rewrites the articles of story {@code from} as articles of story {@code to}, their merged events with them. */
    private static void restory(IndexWriter writer, EventRecords events, IndexSearcher searcher, String from, String to) throws IOException {
        replace(writer, events, searcher, new TermQuery(new Term(ArticleDocument.STORY, from)), story -> to, original -> original);
    }

    /** Rewrites the article {@code oldOriginal} and its copies as copies of {@code original}. */
    private static void repoint(IndexWriter writer, EventRecords events, IndexSearcher searcher, String oldOriginal, String original) throws IOException {
        var q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArticleDocument.ID, oldOriginal)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(ArticleDocument.DUPLICATE_OF, oldOriginal)), BooleanClause.Occur.SHOULD)
                .build();
        replace(writer, events, searcher, q, story -> story, old -> original);
    }

    /**
     * Rewrites the articles {@code which} finds with their story and original changed as the two functions say (each
     * given the stored one), their merged events with them.
     */
    private static void replace(IndexWriter writer, EventRecords events, IndexSearcher searcher, Query which,
                                UnaryOperator<String> story, UnaryOperator<String> original) throws IOException {
        var fields = searcher.storedFields();
        ArticleValues values = new ArticleValues(searcher.getIndexReader());
        for (var sd : searcher.search(which, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
            Document stored = ArticleDocument.load(values, fields, sd.doc, ArticleDocument.EVERYTHING);
            Analysis analysis = ArticleDocument.analysis(stored);
            Document rebuilt = ArticleDocument.withParts(ArticleDocument.of(ArticleDocument.page(stored), analysis, StoryFeatures.of(analysis), ArticleDocument.part(stored)),
                    ArticleDocument.parts(stored));
            String newStory = story.apply(values.story(sd.doc)), newOriginal = original.apply(values.duplicateOf(sd.doc));
            writer.updateDocument(new Term(ArticleDocument.ID, values.id(sd.doc)), ArticleDocument.place(rebuilt, newStory, newOriginal));
            events.put(analysis, newOriginal != null, newStory);
        }
    }

    /**
     * Runs the analyser again over every stored raw page and rewrites each article with its new analysis,
     * keeping its story and original; a page the new analyser cannot read keeps its old analysis and is
     * reported. Commits like an ingest, so an interrupted run leaves a mix of old and new analyses, all valid.
     */
    IngestReport reanalyse(PageAnalyser analyser, IngestListener listener) throws IOException {
        IndexWriter writer = openWriter();
        ExecutorService pool = pool(THREADS);
        int read = 0, stored = 0, sinceCommit = 0;
        List<PageFailure> failures = new ArrayList<>();
        try (writer; DirectoryReader snapshot = DirectoryReader.open(writer); EventRecords events = new EventRecords(writer)) {
            IndexSearcher searcher = new IndexSearcher(snapshot);
            ArticleValues values = new ArticleValues(snapshot);
            var fields = searcher.storedFields();
            Deque<Future<List<Result>>> window = new ArrayDeque<>();
            Deque<Integer> docs = new ArrayDeque<>();
            var hits = searcher.search(ArticleDocument.ARTICLES, Math.max(1, snapshot.maxDoc()),
                    Sort.INDEXORDER).scoreDocs;
            int next = 0;
            while (next < hits.length || !window.isEmpty()) {
                while (next < hits.length && window.size() < 2 * THREADS) {
                    List<Job> batch = new ArrayList<>();
                    long bytes = 0;
                    while (next < hits.length && batch.size() < Corpus.BATCH && bytes < BATCH_BYTES) {
                        int doc = hits[next++].doc;
                        Document loaded = ArticleDocument.load(values, fields, doc, ArticleDocument.PAGE);
                        Job job = new Job(ArticleDocument.page(loaded), ArticleDocument.parts(loaded), null);
                        read += 1 + job.parts().size();
                        docs.add(doc);
                        batch.add(job);
                        for (Page p : job.pages()) bytes += p.bytes().length;
                    }
                    window.add(submit(pool, batch, analyser));
                }
                for (Result r : take(window.poll())) {
                    int doc = docs.poll();
                    if (r instanceof Analysed a) {
                        writer.updateDocument(new Term(ArticleDocument.ID, values.id(doc)),
                                ArticleDocument.place(a.document(), values.story(doc), values.duplicateOf(doc)));
                        events.put(a.analysis(), values.duplicateOf(doc) != null, values.story(doc));
                        stored++;
                        listener.onPage(a.source(), Outcome.STORED, a.id());
                        if (++sinceCommit >= COMMIT_EVERY) {
                            writer.commit();
                            sinceCommit = 0;
                        }
                    } else if (r instanceof Failed f) {
                        failures.add(new PageFailure(f.source(), f.reason()));
                        listener.onPage(f.source(), Outcome.FAILED, f.reason());
                    }
                }
            }
            writer.commit();
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(read, stored, 0, failures);
    }

    /**
     * Merges the events of every stored analysis again, from scratch, without analysing any page: for a corpus
     * written before merged events were stored, or after the merging rules changed. One commit at the end, so
     * readers see the old merged events or the new ones, never a mix.
     */
    IngestReport remergeEvents(IngestListener listener) throws IOException {
        IndexWriter writer = openWriter();
        int read = 0;
        try (writer) {
            writer.deleteDocuments(new TermQuery(new Term(EventDocument.STATE, EventDocument.ROW_STATE)),
                    new TermQuery(new Term(EventDocument.STATE, EventDocument.PENDING_STATE)));
            try (DirectoryReader snapshot = DirectoryReader.open(writer); EventRecords events = new EventRecords(writer)) {
                IndexSearcher searcher = new IndexSearcher(snapshot);
                ArticleValues values = new ArticleValues(snapshot);
                var fields = searcher.storedFields();
                for (var sd : searcher.search(ArticleDocument.ARTICLES, Math.max(1, snapshot.maxDoc()), Sort.INDEXORDER).scoreDocs) {
                    Analysis a = ArticleDocument.analysis(ArticleDocument.load(values, fields, sd.doc, ArticleDocument.WITH_ANALYSIS));
                    events.put(a, values.duplicateOf(sd.doc) != null, values.story(sd.doc));
                    read++;
                    listener.onPage(a.article().source(), Outcome.STORED, a.article().id());
                }
            }
            writer.commit();
        }
        return new IngestReport(read, read, 0, List.of());
    }

    /** Analyses the batch's pages in a task of the pool; its results come in the batch's order. */
    private static Future<List<Result>> submit(ExecutorService pool, List<Job> batch, PageAnalyser analyser) {
        List<Job> todo = batch.stream().filter(j -> j.skipped() == null).toList();
        if (todo.isEmpty()) return CompletableFuture.completedFuture(List.copyOf(batch.stream().map(Job::skipped).toList()));
        return pool.submit(() -> {
            List<Pipeline.Attempt> attempts = analyser.analyse(todo.stream().map(Job::pages).toList());
            List<Result> results = new ArrayList<>(batch.size());
            int k = 0;
            for (Job j : batch) results.add(j.skipped() != null ? j.skipped() : result(j, attempts.get(k++)));
            return results;
        });
    }

    private static Result result(Job job, Pipeline.Attempt attempt) {
        Page page = job.page();
        try {
            if (attempt.failure() != null) return failed(page, attempt.failure());
            Analysis a = attempt.analysis();
            if (a.article().text().isBlank()) return new Failed(page.source(), page.source() + ": no article text found");
            StoryFeatures features = StoryFeatures.of(a);
            Document doc = ArticleDocument.withParts(ArticleDocument.of(page, a, features), job.parts());
            return new Analysed(page.source(), a.article().id(), ArticleDocument.when(a), features, doc, a, doc.get(ArticleDocument.PART_KEY));
        } catch (IOException e) {
            return new Failed(page.source(), page.source() + ": cannot store (" + e.getMessage() + ")");
        } catch (RuntimeException | StackOverflowError e) {
            return failed(page, e);
        }
    }

    private static Failed failed(Page page, Throwable e) {
        return new Failed(page.source(), page.source() + (e instanceof UnreadablePageException ? ": " + e.getMessage() : ": analysis failed (" + e + ")"));
    }

    private static List<Result> take(Future<List<Result>> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("ingest failed", e.getCause());
        }
    }
}
