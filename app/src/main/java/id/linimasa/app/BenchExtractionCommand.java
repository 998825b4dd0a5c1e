package id.linimasa.app;

import id.linimasa.extract.ArticleExtractor;
import id.linimasa.extract.UnreadablePageException;
import id.linimasa.page.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code linimasa bench extraction DIR}: extraction speed on one thread and on all cores, after a warm-up,
 * with the median wall and CPU time per page and the peak heap. Pages are read into memory first so only extraction is timed.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Measures extraction speed (pages/s, MB/s, median ms per page; 1 thread and all cores) and peak heap.")
public final class BenchExtractionCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Pages: files or folders (e.g. a benchmark's html/ folder).")
    List<String> paths;

    @Option(names = "--seconds", defaultValue = "5", description = "Minimum measured time per mode (default 5).")
    double seconds;

    @Option(names = "--max-median-ms", paramLabel = "X", description = "Exit 1 when the median CPU time per page on one thread is above X ms "
            + "(CPU, not wall, time: other processes on the machine inflate it far less; each page's time is its median over the passes, "
            + "so a disturbed moment that slows fewer than half of them does not move it).")
    Double maxMedianMs;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Override
    public Integer call() throws Exception {
        LoadedPages loaded = LoadedPages.read(paths);
        loaded.failures().forEach(f -> System.err.println("linimasa: " + f.reason()));
        List<Page> pages = loaded.pages();
        if (pages.isEmpty()) {
            System.err.println("linimasa: no pages to measure");
            return Main.SOME_FAILED;
        }
        long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
        ArticleExtractor extractor = new ArticleExtractor();
        // warm-up: at least three passes and half the measuring time, so the JIT has compiled the hot paths
        long warmEnd = System.nanoTime() + (long) (seconds / 2 * 1e9);
        for (int pass = 0; pass < 3 || System.nanoTime() < warmEnd; pass++) for (Page p : pages) run(extractor, p);

        // one thread: per-page times for the median, passes until the minimum time is reached
        // CPU time too: on a shared machine the wall time per page mostly measures the other processes' load
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> times = new ArrayList<>();
        List<List<Long>> cpuTimes = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) cpuTimes.add(new ArrayList<>());
        long start = System.nanoTime();
        int passes = 0;
        do {
            for (int i = 0; i < pages.size(); i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                run(extractor, pages.get(i));
                times.add(System.nanoTime() - t0);
                cpuTimes.get(i).add(threads.getCurrentThreadCpuTime() - c0);
            }
            passes++;
        } while (passes < MIN_PASSES || System.nanoTime() - start < seconds * 1e9);
        double oneSec = (System.nanoTime() - start) / 1e9;
        long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        double medianMs = sorted[sorted.length / 2] / 1e6;
        double p90Ms = sorted[(int) (sorted.length * 0.9)] / 1e6;
        // the median over pages of each page's median over the passes: a moment when the machine was disturbed (another
        // process's burst, the VM's host busy) slows the pages run then, and a page's median leaves out such runs while
        // they are fewer than half of its own; on a quiet machine it is about the median of all the times, the figure before
        long[] pageCpu = new long[pages.size()];
        for (int i = 0; i < pages.size(); i++) pageCpu[i] = cpuTimes.get(i).stream().mapToLong(Long::longValue).sorted().toArray()[passes / 2];
        Arrays.sort(pageCpu);
        double cpuMedianMs = pageCpu[pageCpu.length / 2] / 1e6;

        int cores = Runtime.getRuntime().availableProcessors();
        AtomicLong done = new AtomicLong();
        long startAll = System.nanoTime();
        int passesAll = 0;
        try (ForkJoinPool pool = new ForkJoinPool(cores)) {
            do {
                pool.submit(() -> pages.parallelStream().forEach(p -> {
                    run(extractor, p);
                    done.incrementAndGet();
                })).get();
                passesAll++;
            } while (System.nanoTime() - startAll < seconds * 1e9);
        }
        double allSec = (System.nanoTime() - startAll) / 1e9;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peakHeap += pool.getPeakUsage().getUsed();
        }
        double mb = bytes / 1048576.0;
        String out;
        if (format == Format.json) {
            out = String.format(Locale.ROOT, "{\"pages\":%d,\"megabytes\":%.1f,\"one_thread_pages_per_second\":%.1f,\"one_thread_mb_per_second\":%.2f,"
                            + "\"median_ms_per_page\":%.2f,\"median_cpu_ms_per_page\":%.2f,\"p90_ms_per_page\":%.2f,\"cores\":%d,\"all_cores_pages_per_second\":%.1f,"
                            + "\"all_cores_mb_per_second\":%.2f,\"peak_heap_mb\":%.0f}",
                    pages.size(), mb, pages.size() * passes / oneSec, mb * passes / oneSec, medianMs, cpuMedianMs, p90Ms, cores,
                    pages.size() * passesAll / allSec, mb * passesAll / allSec, peakHeap / 1048576.0);
        } else {
            out = String.format(Locale.ROOT, "pages: %d (%.1f MB of HTML and text)%n1 thread: %.1f pages/s, %.2f MB/s, median %.2f ms/page (CPU %.2f ms, the median of the pages' own medians), p90 %.2f ms/page%n"
                            + "%d cores: %.1f pages/s, %.2f MB/s%npeak heap: %.0f MB",
                    pages.size(), mb, pages.size() * passes / oneSec, mb * passes / oneSec, medianMs, cpuMedianMs, p90Ms, cores,
                    pages.size() * passesAll / allSec, mb * passesAll / allSec, peakHeap / 1048576.0);
        }
        System.out.println(out);
        if (maxMedianMs != null && cpuMedianMs > maxMedianMs) {
            System.err.printf(Locale.ROOT, "linimasa: extraction median %.2f CPU ms per page is above the ceiling %.2f%n", cpuMedianMs, maxMedianMs);
            return Main.SOME_FAILED;
        }
        return loaded.failures().isEmpty() ? Main.OK : Main.SOME_FAILED;
    }

    /** Passes on one thread at least: a page's median over three leaves out one disturbed run, over five two. */
    private static final int MIN_PASSES = 5;

    private static void run(ArticleExtractor extractor, Page p) {
        try {
            extractor.extract(p);
        } catch (UnreadablePageException e) {
            // a page without an article costs time like any other
        }
    }
}
