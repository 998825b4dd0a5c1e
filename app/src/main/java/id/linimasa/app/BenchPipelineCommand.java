package id.linimasa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.Stage;
import id.linimasa.extract.Article;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.extract.UnreadablePageException;
import id.linimasa.page.Page;
import id.linimasa.page.PageFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code linimasa bench pipeline DIR}: pages per second for the full per-page analysis, from raw page to
 * events (extraction, sentences, entities, time expressions, quotes, events), on one thread and on all
 * cores. Pages are read into memory first so that only the analysis is timed; each run warms up first.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Measures full per-page analysis speed (extraction to events): pages/s on one thread and on all cores.")
public final class BenchPipelineCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Pages (files or folders) to analyse.")
    List<String> paths;

    @Option(names = "--seconds", defaultValue = "5", description = "How long each measurement runs (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--threads", description = "Threads for the parallel run (default: all cores).")
    Integer threads;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        LoadedPages loaded = LoadedPages.read(paths);
        List<Page> pages = loaded.pages();
        List<PageFailure> failures = new ArrayList<>(loaded.failures());
        List<Page> usable = new ArrayList<>();
        long chars = 0;
        ArticleExtractor extractor = new ArticleExtractor();
        for (Page p : pages) {
            try {
                chars += extractor.extract(p).analysisText().length();
                usable.add(p);
            } catch (UnreadablePageException e) {
                failures.add(new PageFailure(p.source(), p.source() + ": " + e.getMessage()));
            }
        }
        failures.forEach(f -> err.println("linimasa: " + f.reason()));
        if (usable.isEmpty()) {
            err.println("linimasa: no readable pages to measure");
            return Main.SOME_FAILED;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int n = threads == null ? cores : Math.max(1, threads);
        long nanos = (long) (seconds * 1e9);

        run(usable, 1, Math.min(nanos, 2_000_000_000L)); // warm-up: JIT, models, lexicons
        double single = run(usable, 1, nanos);
        double parallel = run(usable, n, nanos);
        Map<String, Double> stages = stageMillis(usable);
        double kb = chars / 1024.0 / usable.size();

        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode o = json.createObjectNode();
            o.put("pages", usable.size());
            o.put("failed", failures.size());
            o.put("kb_text_per_page", round(kb));
            o.put("cores", cores);
            o.put("threads", n);
            o.put("pages_per_second_one_thread", round(single));
            o.put("pages_per_second_all_threads", round(parallel));
            o.put("pages_per_second_per_core", round(parallel / Math.min(n, cores)));
            ObjectNode st = o.putObject("ms_per_page");
            stages.forEach((k, v) -> st.put(k, Math.round(v * 1000) / 1000.0));
            out.println(o);
        } else {
            out.printf(Locale.ROOT, "pages: %d (%.1f KB of text each on average)%n", usable.size(), kb);
            out.printf(Locale.ROOT, "one thread: %.1f pages/s%n", single);
            out.printf(Locale.ROOT, "%d threads on %d cores: %.1f pages/s (%.1f per core)%n", n, cores, parallel, parallel / Math.min(n, cores));
            out.print("ms per page by stage:");
            stages.forEach((k, v) -> out.printf(Locale.ROOT, " %s %.3f", k, v));
            out.println();
        }
        return failures.isEmpty() ? Main.OK : Main.SOME_FAILED;
    }

    /** Pages per second with {@code threads} workers taking pages round-robin for about {@code nanos}. */
    private static double run(List<Page> pages, int threads, long nanos) throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + nanos;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    ArticleExtractor extractor = new ArticleExtractor();
                    while (System.nanoTime() < deadline) {
                        Page p = pages.get((int) (next.getAndIncrement() % pages.size()));
                        Analysis a = Linimasa.analyse(extractor.extract(p));
                        if (a.sentences().isEmpty() && !a.text().isBlank()) throw new IllegalStateException("no sentences");
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) f.get();
        } finally {
            pool.shutdown();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Milliseconds per page spent in extraction and in each analysis stage, on one thread. */
    private static Map<String, Double> stageMillis(List<Page> pages) {
        Map<String, Double> ms = new LinkedHashMap<>();
        ArticleExtractor extractor = new ArticleExtractor();
        List<Stage> stages = Linimasa.pipeline().stages();
        int rounds = Math.max(1, 200 / pages.size());
        for (int r = 0; r < rounds; r++) {
            for (Page p : pages) {
                long t0 = System.nanoTime();
                Article article = extractor.extract(p);
                ms.merge("extract", (System.nanoTime() - t0) / 1e6, Double::sum);
                Analysis a = Analysis.of(article);
                for (Stage s : stages) {
                    long t = System.nanoTime();
                    a = s.apply(a);
                    ms.merge(s.getClass().getSimpleName(), (System.nanoTime() - t) / 1e6, Double::sum);
                }
            }
        }
        int total = rounds * pages.size();
        ms.replaceAll((k, v) -> v / total);
        return ms;
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
