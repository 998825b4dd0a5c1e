package id.linimasa.app.web;

import id.linimasa.Analysis;
import id.linimasa.app.LoadedPages;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.index.Corpus;
import id.linimasa.index.IngestListener;
import id.linimasa.index.IngestReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import id.linimasa.extract.Article;

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
    static TestServer of(Path pages, Path corpusDir, Function<Article, Analysis> analyser) throws IOException {
        return new TestServer(corpusDir, ingest(pages, corpusDir, analyser).stored());
    }

    private static IngestReport ingest(Path pages, Path corpusDir, Function<Article, Analysis> analyser) throws IOException {
        LoadedPages read = LoadedPages.read(List.of(pages.toString()));
        if (!read.failures().isEmpty()) throw new IllegalStateException("unreadable test pages: " + read.failures());
        ArticleExtractor extractor = new ArticleExtractor();
        try (Corpus c = Corpus.open(corpusDir)) {
            IngestReport report = c.ingest(read.pages(), page -> analyser.apply(extractor.extract(page)), IngestListener.NONE);
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
