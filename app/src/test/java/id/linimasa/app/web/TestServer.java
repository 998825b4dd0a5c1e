package id.linimasa.app.web;

import id.linimasa.Analysis;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.index.Corpus;
import id.linimasa.index.IngestListener;
import id.linimasa.index.IngestReport;
import id.linimasa.page.Page;
import id.linimasa.page.PageFailure;
import id.linimasa.page.PageReader;
import id.linimasa.page.PageSink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A real server on a free loopback port over a real corpus ingested from pages on disk. */
final class TestServer implements AutoCloseable {

    private static Path examplesCorpus;
    private static long examplesArticles;

    private final Corpus corpus;
    private final WebServer server;
    private final long articles;

    private TestServer(Path dir, long articles) throws IOException {
        this.corpus = Corpus.open(dir);
        this.server = WebServer.start(corpus, "127.0.0.1", 0);
        this.articles = articles;
    }

    static Path root() {
        return Path.of(System.getProperty("linimasa.root", ".")).toAbsolutePath().normalize();
    }

    /** The bundled example corpus (examples/pages), annotated by {@link StoryAnnotator}; ingested once per run. */
    static synchronized TestServer examples() throws IOException {
        if (examplesCorpus == null) {
            examplesCorpus = Files.createTempDirectory(Files.createDirectories(root().resolve("app/target")), "examples-corpus");
            examplesArticles = ingest(root().resolve("examples/pages"), examplesCorpus, StoryAnnotator::annotate).stored();
        }
        return new TestServer(examplesCorpus, examplesArticles);
    }

    /** A server over a fresh corpus made from the pages in {@code pages}. */
    static TestServer of(Path pages, Path corpusDir, Function<id.linimasa.extract.Article, Analysis> analyser) throws IOException {
        return new TestServer(corpusDir, ingest(pages, corpusDir, analyser).stored());
    }

    private static IngestReport ingest(Path pages, Path corpusDir, Function<id.linimasa.extract.Article, Analysis> analyser) throws IOException {
        List<Page> read = new ArrayList<>();
        List<PageFailure> failed = new ArrayList<>();
        new PageReader().read(List.of(pages.toString()), new PageSink() {
            @Override
            public void page(Page page) {
                read.add(page);
            }

            @Override
            public void failure(PageFailure failure) {
                failed.add(failure);
            }
        });
        if (!failed.isEmpty()) throw new IllegalStateException("unreadable test pages: " + failed);
        ArticleExtractor extractor = new ArticleExtractor();
        try (Corpus c = Corpus.open(corpusDir)) {
            IngestReport report = c.ingest(read, page -> analyser.apply(extractor.extract(page)), IngestListener.NONE);
            if (!report.failures().isEmpty()) throw new IllegalStateException("test pages failed to ingest: " + report.failures());
            return report;
        }
    }

    Http http() {
        return new Http(server.port());
    }

    int port() {
        return server.port();
    }

    long articles() {
        return articles;
    }

    List<Endpoint> endpoints() {
        return new Api(corpus).endpoints();
    }

    @Override
    public void close() throws IOException {
        server.close();
        corpus.close();
    }
}
