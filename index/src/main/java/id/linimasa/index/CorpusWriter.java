package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.extract.UnreadablePageException;
import id.linimasa.index.IngestListener.Outcome;
import id.linimasa.page.Page;
import id.linimasa.page.PageFailure;
import id.linimasa.story.StoryFeatures;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One ingest run. Pages are analysed in a thread pool (a pure function per page) while this thread
 * stores the results in input order, places each in its story and commits every {@link #COMMIT_EVERY}
 * articles and at the end. Only a window of pages is in flight, so memory stays flat on large inputs.
 * Until a commit nothing is visible to readers; a crash leaves the corpus at its last commit.
 */
final class CorpusWriter {

    static final int COMMIT_EVERY = 500;
    /** Refresh the near-real-time view used for story candidates this often; newer articles are compared directly. */
    private static final int REFRESH_EVERY = 64;

    private final Path dir;
    private final Directory directory;
    private final StoryLinker linker = new StoryLinker();

    CorpusWriter(Path dir, Directory directory) {
        this.dir = dir;
        this.directory = directory;
    }

    private sealed interface Result permits Analysed, Failed, Skipped {
    }

    private record Analysed(Page page, Analysis analysis) implements Result {
    }

    private record Failed(String source, String reason) implements Result {
    }

    private record Skipped(String source, String id) implements Result {
    }

    IngestReport ingest(Iterable<Page> pages, Function<Page, Analysis> analyser, IngestListener listener) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new SearchAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new CorpusLockedException("corpus " + dir + " is being written by another ingest; try again when it ends", e);
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "linimasa-analyse");
            t.setDaemon(true);
            return t;
        });
        int read = 0, stored = 0, skipped = 0, sinceCommit = 0;
        List<PageFailure> failures = new ArrayList<>();
        try (writer) {
            DirectoryReader nrt = DirectoryReader.open(writer);
            List<StoryLinker.Candidate> recent = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Deque<Future<Result>> window = new ArrayDeque<>();
            var it = pages.iterator();
            while (it.hasNext() || !window.isEmpty()) {
                while (it.hasNext() && window.size() < 2 * threads) {
                    Page page = it.next();
                    read++;
                    String sha = page.sha256();
                    boolean known = !seen.add(sha) || new IndexSearcher(nrt).count(new TermQuery(new Term(ArticleDocument.PAGE_SHA, sha))) > 0;
                    if (known) {
                        window.add(java.util.concurrent.CompletableFuture.completedFuture(new Skipped(page.source(), sha.substring(0, 16))));
                    } else {
                        window.add(pool.submit(() -> analyse(page, analyser)));
                    }
                }
                Result r = take(window.poll());
                switch (r) {
                    case Skipped s -> {
                        skipped++;
                        listener.onPage(s.source(), Outcome.SKIPPED, s.id());
                    }
                    case Failed f -> {
                        failures.add(new PageFailure(f.source(), f.reason()));
                        listener.onPage(f.source(), Outcome.FAILED, f.reason());
                    }
                    case Analysed a -> {
                        StoryFeatures features = StoryFeatures.of(a.analysis());
                        var placement = linker.place(features, new IndexSearcher(nrt), recent);
                        var entry = new ArticleDocument.Entry(a.page(), a.analysis(), features, placement.storyId(), placement.duplicateOf());
                        writer.updateDocument(new Term(ArticleDocument.ID, entry.id()), ArticleDocument.of(entry));
                        recent.add(new StoryLinker.Candidate(features, placement.storyId(), placement.duplicateOf()));
                        stored++;
                        listener.onPage(a.page().source(), Outcome.STORED, entry.id());
                        if (++sinceCommit >= COMMIT_EVERY) {
                            writer.commit();
                            sinceCommit = 0;
                        }
                        if (recent.size() >= REFRESH_EVERY) {
                            DirectoryReader fresh = DirectoryReader.openIfChanged(nrt, writer);
                            if (fresh != null) {
                                nrt.close();
                                nrt = fresh;
                            }
                            recent.clear();
                        }
                    }
                }
            }
            nrt.close();
            writer.commit();
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(read, stored, skipped, failures);
    }

    private static Result analyse(Page page, Function<Page, Analysis> analyser) {
        try {
            Analysis a = analyser.apply(page);
            if (a.article().text().isBlank()) return new Failed(page.source(), page.source() + ": no article text found");
            return new Analysed(page, a);
        } catch (UnreadablePageException e) {
            return new Failed(page.source(), page.source() + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Failed(page.source(), page.source() + ": analysis failed (" + e + ")");
        }
    }

    private static Result take(Future<Result> f) throws IOException {
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
