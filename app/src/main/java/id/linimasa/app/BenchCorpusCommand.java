package id.linimasa.app;

import id.linimasa.Analysis;
import id.linimasa.extract.Article;
import id.linimasa.index.Corpus;
import id.linimasa.index.EntityCount;
import id.linimasa.index.IngestListener;
import id.linimasa.index.IngestReport;
import id.linimasa.index.SearchQuery;
import id.linimasa.index.SearchResult;
import id.linimasa.page.Page;
import id.linimasa.page.PageFailure;
import id.linimasa.timeline.TimelineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * {@code linimasa bench corpus PATH...}: ingest throughput (pages/s, all cores) into a fresh corpus, the same
 * again when every page is already stored, then latency of search, article and timeline reads.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Times the analysis of each page once (pages/s, one thread), then stores the pages, each repeated "
                + "--copies times with a numbered line added so each copy is a new page, into a fresh temporary corpus "
                + "(pages/s for the corpus alone: indexing, story linking, commits); stores them again (all skipped); then "
                + "prints p50/p99 latency of searches, article reads and timelines."})
public final class BenchCorpusCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders of pages")
    List<String> paths;
    @Option(names = "--copies", defaultValue = "20", description = "times each page is ingested (default ${DEFAULT-VALUE})")
    int copies;
    @Option(names = "--queries", defaultValue = "200", description = "reads of each kind to time (default ${DEFAULT-VALUE})")
    int queries;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Page> originals = new ArrayList<>();
        List<PageFailure> failures = new ArrayList<>();
        try (PageStream stream = new PageStream(paths, failures::add)) {
            stream.forEach(originals::add);
        }
        if (originals.isEmpty()) {
            spec.commandLine().getErr().println("linimasa bench corpus: no pages in " + String.join(" ", paths));
            return Main.SOME_FAILED;
        }
        List<Page> pages = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (Page p : originals) {
                byte[] extra = ("\n\nSalinan nomor " + c + " untuk pengukuran.\n").getBytes(StandardCharsets.UTF_8);
                byte[] bytes = Arrays.copyOf(p.bytes(), p.bytes().length + extra.length);
                System.arraycopy(extra, 0, bytes, p.bytes().length, extra.length);
                pages.add(new Page(p.source() + "#" + c, p.url(), bytes, p.kind()));
            }
        }
        Path dir = Files.createTempDirectory("linimasa-bench");
        try (Corpus corpus = Corpus.open(dir)) {
            out.printf(Locale.ROOT, "pages: %d (%d files x %d copies), %d cores%n", pages.size(), originals.size(), copies,
                    Runtime.getRuntime().availableProcessors());
            // the analysis stages dominate ingest time; analyse each file once to time them, then time the corpus alone
            Map<String, Analysis> analysed = new HashMap<>();
            long t0 = System.nanoTime();
            for (Page p : originals) analysed.put(p.source(), PageAnalysis.analyse(p));
            double sa = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "analysis (extraction to events): %.1f pages/s on one thread%n", originals.size() / sa);
            Function<Page, Analysis> reuse = p -> {
                Analysis a = analysed.get(p.source().substring(0, p.source().lastIndexOf('#')));
                Article art = a.article();
                Article copy = new Article(p.sha256().substring(0, 16), p.source(), art.url(), art.title(), art.published(), art.modified(),
                        art.authors(), art.editors(), art.outlet(), art.dateline(), art.language(), art.credits(), art.captions(), art.text(), art.part());
                return new Analysis(copy, a.sentences(), a.mentions(), a.entities(), a.timexes(), a.quotes(), a.events(), a.text(), a.tokens());
            };
            t0 = System.nanoTime();
            IngestReport first = corpus.ingest(pages, reuse, IngestListener.NONE);
            double s1 = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "store (index, story linking, commit; analyses given): %d stored in %.2f s = %.1f pages/s%n",
                    first.stored(), s1, pages.size() / s1);
            t0 = System.nanoTime();
            IngestReport again = corpus.ingest(pages, reuse, IngestListener.NONE);
            double s2 = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "re-ingest: %d skipped in %.2f s = %.0f pages/s%n", again.skipped(), s2, pages.size() / s2);

            List<String> words = sampleWords(corpus);
            List<String> ids = corpus.search(new SearchQuery(null, null, null, null, null, null, SearchQuery.MAX_LIMIT, 0))
                    .hits().stream().map(SearchResult.Hit::id).toList();
            List<String> entities = corpus.entities(null, 10).stream().map(EntityCount::id).toList();
            report(out, "search", i -> {
                corpus.search(SearchQuery.of(words.get(i % words.size())));
                return null;
            });
            report(out, "article", i -> {
                corpus.article(ids.get(i % ids.size()));
                return null;
            });
            if (entities.size() >= 2) {
                report(out, "timeline", i -> {
                    corpus.timeline(TimelineQuery.involving(entities.get(i % entities.size()), entities.get((i + 1) % entities.size())));
                    return null;
                });
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Main.OK;
    }

    @FunctionalInterface
    private interface Read {
        Object run(int i) throws IOException;
    }

    private void report(PrintWriter out, String what, Read read) throws IOException {
        for (int i = 0; i < Math.min(20, queries); i++) read.run(i); // warm up
        long[] nanos = new long[queries];
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            read.run(i);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        IntFunction<Double> ms = q -> nanos[Math.min(nanos.length - 1, q * nanos.length / 100)] / 1e6;
        out.printf(Locale.ROOT, "%-8s p50 %.2f ms, p99 %.2f ms (%d reads, one thread)%n", what, ms.apply(50), ms.apply(99), queries);
        out.flush();
    }

    /** Words from the corpus's own titles, to search for. */
    private static List<String> sampleWords(Corpus corpus) throws IOException {
        List<String> words = new ArrayList<>();
        for (SearchResult.Hit h : corpus.search(new SearchQuery(null, null, null, null, null, null, 50, 0)).hits()) {
            if (h.title() == null) continue;
            for (String w : h.title().split("\\P{L}+")) if (w.length() >= 5) words.add(w.toLowerCase(Locale.ROOT));
        }
        return words.isEmpty() ? List.of("berita") : words;
    }
}
