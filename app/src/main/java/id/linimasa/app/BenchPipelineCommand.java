package id.linimasa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.Stage;
import id.linimasa.app.bench.AssembledPages;
import id.linimasa.extract.Article;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.extract.UnreadablePageException;
import id.linimasa.index.Corpus;
import id.linimasa.page.Page;
import id.linimasa.page.PageFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
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
 * cores, with the CPU time per page (what other processes on a shared machine do not inflate). Pages are read
 * into memory first so that only the analysis is timed; the JIT is warmed up until it has compiled what the
 * analysis runs. As in an ingest, each thread takes a batch of pages, extracts them, then runs each stage over the
 * batch in turn.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Measures full per-page analysis speed (extraction to events): pages/s on one thread and on all cores, CPU time and KB allocated per page, and CPU per stage.")
public final class BenchPipelineCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Pages (files or folders) to analyse.")
    List<String> paths;

    @Option(names = "--seconds", defaultValue = "5", description = "How long each measurement runs (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--threads", description = "Threads for the parallel run (default: all cores).")
    Integer threads;

    @Option(names = "--assemble", paramLabel = "KB", description = "Measure on long pages assembled from the given pages' bodies "
            + "(one after another, laid out with a news site's clutter as HTML and as a text dump), each with at least KB kilobytes of body text.")
    Double assembleKb;

    @Option(names = "--batch", paramLabel = "N", description = "Pages analysed together, stage by stage, as ingest does (default: ingest's, "
            + Corpus.BATCH + "); 1 runs every stage page by page.")
    Integer batchOption;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        LoadedPages loaded = LoadedPages.read(paths);
        List<PageFailure> failures = new ArrayList<>(loaded.failures());
        List<Page> usable = new ArrayList<>();
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> articles = new ArrayList<>();
        for (Page p : loaded.pages()) {
            try {
                articles.add(extractor.extract(p));
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
        String what = usable.size() + " pages";
        if (assembleKb != null) {
            usable = new AssembledPages(articles).pages((int) Math.round(assembleKb * 1024));
            what = usable.size() + " pages assembled from the bodies of " + articles.size();
        }
        long chars = 0, bytes = 0;
        for (Page p : usable) {
            chars += extractor.extract(p).analysisText().length();
            bytes += p.bytes().length;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int n = threads == null ? cores : Math.max(1, threads);
        long nanos = (long) (seconds * 1e9);
        int batch = batchOption == null ? Corpus.BATCH : Math.max(1, batchOption);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        double warmSeconds = warmUp(usable, batch, Math.min(nanos, WINDOW_NANOS), Math.min(MAX_WARMUP_NANOS, MAX_WARMUP_MEASUREMENTS * nanos));
        Run single = run(usable, batch, 1, nanos);
        Run parallel = run(usable, batch, n, nanos);
        Map<String, double[]> stages = stageMillis(usable, batch);
        double kb = chars / 1024.0 / usable.size();
        double cpuMs = stages.values().stream().mapToDouble(v -> v[1]).sum(), bestCpuMs = stages.values().stream().mapToDouble(v -> v[2]).sum();

        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode o = json.createObjectNode();
            o.put("pages", usable.size());
            o.put("assembled", assembleKb != null);
            o.put("failed", failures.size());
            o.put("kb_text_per_page", Output.rounded(kb, 1));
            o.put("kb_page_per_page", Output.rounded(bytes / 1024.0 / usable.size(), 1));
            o.put("cores", cores);
            o.put("threads", n);
            o.put("batch", batch);
            o.put("load_average", Output.rounded(load, 1));
            o.put("warmup_seconds", Output.rounded(warmSeconds, 0));
            o.put("pages_per_second_one_thread", Output.rounded(single.pagesPerSecond(), 1));
            o.put("kb_text_per_second_one_thread", Output.rounded(single.pagesPerSecond() * kb, 1));
            o.put("cpu_ms_per_page_one_thread", Output.rounded(single.cpuMsPerPage(), 3));
            o.put("pages_per_cpu_second", Output.rounded(1000 / single.cpuMsPerPage(), 1));
            o.put("kb_allocated_per_page_one_thread", Output.rounded(single.allocatedKbPerPage(), 1));
            o.put("pages_per_second_all_threads", Output.rounded(parallel.pagesPerSecond(), 1));
            o.put("pages_per_second_per_core", Output.rounded(parallel.pagesPerSecond() / Math.min(n, cores), 1));
            ObjectNode st = o.putObject("ms_per_page");
            stages.forEach((k, v) -> st.put(k, Output.rounded(v[0], 3)));
            ObjectNode cpu = o.putObject("cpu_ms_per_page");
            stages.forEach((k, v) -> cpu.put(k, Output.rounded(v[1], 3)));
            ObjectNode best = o.putObject("best_cpu_ms_per_page");
            stages.forEach((k, v) -> best.put(k, Output.rounded(v[2], 3)));
            o.put("best_pages_per_cpu_second", Output.rounded(1000 / bestCpuMs, 1));
            out.println(o);
        } else {
            out.printf(Locale.ROOT, "pages: %s (%.1f KB of text, %.1f KB of page each on average), analysed in batches of %d; load average %.1f at the start%n",
                    what, kb, bytes / 1024.0 / usable.size(), batch, load);
            out.printf(Locale.ROOT, "warm-up: %.0f s until the JIT compiler went quiet%n", warmSeconds);
            out.printf(Locale.ROOT, "one thread: %.1f pages/s, %.0f KB of text/s; CPU %.3f ms per page = %.1f pages per CPU-second; %.0f KB allocated per page%n",
                    single.pagesPerSecond(), single.pagesPerSecond() * kb, single.cpuMsPerPage(), 1000 / single.cpuMsPerPage(), single.allocatedKbPerPage());
            out.printf(Locale.ROOT, "%d threads on %d cores: %.1f pages/s (%.1f per core), %.0f KB of text/s; CPU %.3f ms per page%n",
                    n, cores, parallel.pagesPerSecond(), parallel.pagesPerSecond() / Math.min(n, cores), parallel.pagesPerSecond() * kb, parallel.cpuMsPerPage());
            out.printf(Locale.ROOT, "ms per page by stage (median of %d passes, one thread), wall (CPU, best pass's CPU):", PASSES);
            stages.forEach((k, v) -> out.printf(Locale.ROOT, " %s %.3f (%.3f, %.3f)", k, v[0], v[1], v[2]));
            out.printf(Locale.ROOT, "; CPU total %.3f, best pass %.3f = %.0f pages per CPU-second%n", cpuMs, bestCpuMs, 1000 / bestCpuMs);
        }
        return failures.isEmpty() ? Main.OK : Main.SOME_FAILED;
    }

    /**
     * Warm-up windows: at least this many, then until this many in a row were quiet, for no longer than the cap nor
     * this many measurements (so that short test runs stay short).
     */
    private static final int MIN_WINDOWS = 15, QUIET_WINDOWS = 3, MAX_WARMUP_MEASUREMENTS = 24;
    private static final long WINDOW_NANOS = 1_000_000_000L, MAX_WARMUP_NANOS = 120_000_000_000L;
    /** A window is quiet when the JIT compiled for less than this share of it (or, without compiler times, the CPU per page did not fall 2%). */
    private static final double QUIET_COMPILE_SHARE = 0.05;

    /**
     * Runs one thread in windows of a second (shorter when the measurements are), at least fifteen, until three in a
     * row were quiet: the JIT compiler busy for under 5% of the window. On this project's 2-core VM the compiler
     * works a full core for 40-50 s before the rules are compiled (the CPU per page falls from 40 ms to about 2 ms
     * meanwhile), and a figure taken earlier measures the compiler, not the steady state a long ingest runs in. The
     * CPU per page alone is too noisy a sign on a shared machine: it stops falling for a few seconds long before the
     * compiler is done. Returns the seconds taken.
     */
    private static double warmUp(List<Page> pages, int batch, long windowNanos, long maxNanos) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        double best = Double.MAX_VALUE;
        int windows = 0, quiet = 0;
        while (System.nanoTime() - start < maxNanos) {
            long compiled = timed ? jit.getTotalCompilationTime() : 0, t0 = System.nanoTime();
            double ms = run(pages, batch, 1, windowNanos).cpuMsPerPage();
            boolean calm = timed
                    ? jit.getTotalCompilationTime() - compiled < QUIET_COMPILE_SHARE * (System.nanoTime() - t0) / 1e6
                    : ms >= best * 0.98;
            windows++;
            quiet = calm ? quiet + 1 : 0;
            best = Math.min(best, ms);
            if (windows >= MIN_WINDOWS && quiet >= QUIET_WINDOWS) break;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Pages per second (wall), the CPU time the worker threads spent per page, and the bytes they allocated per page
     * (what the collector must clear, and what two threads on a shared cache and memory bus pay for; 0 where the JVM
     * does not count them).
     */
    private record Run(double pagesPerSecond, double cpuMsPerPage, double allocatedKbPerPage) {
    }

    /** {@code threads} workers taking batches of pages round-robin for about {@code nanos}. */
    private static Run run(List<Page> pages, int batch, int threads, long nanos) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        AtomicLong allocated = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + nanos;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    long cpu0 = mx.getCurrentThreadCpuTime(), allocated0 = allocatedBytes(mx);
                    ArticleExtractor extractor = new ArticleExtractor();
                    while (System.nanoTime() < deadline) {
                        List<Article> articles = new ArrayList<>(batch);
                        for (Page p : batch(pages, next.getAndAdd(batch), batch)) articles.add(extractor.extract(p));
                        for (Analysis a : Linimasa.analyseAll(articles)) {
                            if (a.sentences().isEmpty() && !a.text().isBlank()) throw new IllegalStateException("no sentences");
                        }
                        done.addAndGet(batch);
                    }
                    cpu.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                    allocated.addAndGet(allocatedBytes(mx) - allocated0);
                    return null;
                }));
            }
            for (Future<?> f : work) f.get();
        } finally {
            pool.shutdown();
        }
        return new Run(done.get() / ((System.nanoTime() - start) / 1e9), cpu.get() / 1e6 / done.get(),
                allocated.get() / 1024.0 / done.get());
    }

    /** The bytes this thread has allocated so far, where the JVM counts them (HotSpot does), else 0. */
    private static long allocatedBytes(ThreadMXBean mx) {
        return mx instanceof com.sun.management.ThreadMXBean hs && hs.isThreadAllocatedMemoryEnabled()
                ? hs.getCurrentThreadAllocatedBytes() : 0;
    }

    /** Passes over the pages for the per-stage figures; each figure is the median pass, and CPU also the best. */
    private static final int PASSES = 11;

    /** {@code size} pages from the {@code first}-th on, going round the list. */
    private static List<Page> batch(List<Page> pages, long first, int size) {
        List<Page> batch = new ArrayList<>(size);
        for (long i = first; i < first + size; i++) batch.add(pages.get((int) (i % pages.size())));
        return batch;
    }

    /**
     * Per stage (extraction first), on one thread, each run over a batch of pages in turn: wall and CPU milliseconds
     * per page of the median pass and the CPU of the best pass (the one other processes on a shared machine disturbed least).
     */
    private static Map<String, double[]> stageMillis(List<Page> pages, int batch) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ArticleExtractor extractor = new ArticleExtractor();
        List<Stage> stages = Linimasa.pipeline().stages();
        int perPass = Math.max(Math.max(1, 40 / pages.size()) * pages.size(), batch);
        Map<String, double[][]> passes = new LinkedHashMap<>(); // stage -> pass -> {wall, cpu}
        for (int pass = 0; pass < PASSES; pass++) {
            for (int first = 0; first < perPass; first += batch) {
                long t0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
                List<Analysis> analyses = new ArrayList<>(batch);
                for (Page p : batch(pages, first, Math.min(batch, perPass - first))) analyses.add(Analysis.of(extractor.extract(p)));
                add(passes, "extract", pass, t0, c0, mx);
                for (Stage s : stages) {
                    long t = System.nanoTime(), c = mx.getCurrentThreadCpuTime();
                    analyses.replaceAll(s::apply);
                    add(passes, s.getClass().getSimpleName(), pass, t, c, mx);
                }
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        passes.forEach((stage, v) -> {
            double[] wall = new double[PASSES], cpu = new double[PASSES];
            for (int k = 0; k < PASSES; k++) {
                wall[k] = v[k][0] / perPass;
                cpu[k] = v[k][1] / perPass;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            out.put(stage, new double[]{wall[PASSES / 2], cpu[PASSES / 2], cpu[0]});
        });
        return out;
    }

    private static void add(Map<String, double[][]> passes, String stage, int pass, long wall0, long cpu0, ThreadMXBean mx) {
        double[] v = passes.computeIfAbsent(stage, k -> new double[PASSES][2])[pass];
        v[1] += (mx.getCurrentThreadCpuTime() - cpu0) / 1e6;
        v[0] += (System.nanoTime() - wall0) / 1e6;
    }
}
