package id.linimasa.app.bench;

import com.sun.management.OperatingSystemMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Concurrent HTTP clients against a server: each client, on a keep-alive connection of its own
 * ({@link HttpConnection}), sends its next GET as soon as the previous one is answered (closed loop), for a warm-up
 * that is not counted and then for the measured time. It remembers every path it asked for, so that a result says
 * how many measured requests the server had never been asked before (and could not answer from a memo of the same
 * question).
 */
public final class LoadDriver {

    /**
     * What one kind of request did: latencies of every answered request, errors, and the time measured.
     *
     * @param cpuNanos CPU time the whole process (server, clients, JIT, GC) used while measuring: divided by the
     *                 requests, a cost per request that the machine's other load does not inflate the way it inflates latency
     */
    public record Result(String name, int clients, long[] nanos, int errors, double seconds, int firstTime, long cpuNanos) {

        public double percentileMillis(double p) {
            if (nanos.length == 0) return Double.NaN;
            int k = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, k))] / 1e6;
        }

        public double perSecond() {
            return nanos.length / seconds;
        }

        public double cpuMillisPerRequest() {
            return nanos.length == 0 ? Double.NaN : cpuNanos / 1e6 / nanos.length;
        }

        /** Percentage of measured requests asked for the first time. */
        public double firstTimePercent() {
            return nanos.length == 0 ? 0 : 100.0 * firstTime / nanos.length;
        }
    }

    private final String host;
    private final int port;
    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    /** @param base the server's address, {@code http://host:port} */
    public LoadDriver(String base) {
        URI uri = URI.create(base);
        this.host = uri.getHost();
        this.port = uri.getPort();
    }

    /** Whether this driver asked the server for the path already. */
    public boolean asked(String path) {
        return asked.contains(path);
    }

    /** Asks for each path once, one after the other, and returns their latencies, sorted. */
    public Result once(String name, List<String> paths) {
        long[] nanos = new long[paths.size()];
        int errors = 0, firstTime = 0;
        long start = System.nanoTime(), cpu0 = processCpuNanos();
        try (HttpConnection http = new HttpConnection(host, port)) {
            for (int i = 0; i < paths.size(); i++) {
                if (asked.add(paths.get(i))) firstTime++;
                long t0 = System.nanoTime();
                if (!get(http, paths.get(i))) errors++;
                nanos[i] = System.nanoTime() - t0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = processCpuNanos() - cpu0;
        Arrays.sort(nanos);
        return new Result(name, 1, nanos, errors, seconds, firstTime, cpu);
    }

    /** Whether the server answered 200 (its whole response read). */
    private static boolean get(HttpConnection http, String path) {
        try {
            return http.get(path).status() == 200;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs {@code clients} clients, each asking for {@code next.apply(its random)} (a path with query),
     * and returns the latencies measured after the warm-up, sorted.
     */
    public Result run(String name, int clients, Duration warmup, Duration measure, Function<SplittableRandom, String> next) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        AtomicInteger errors = new AtomicInteger(), firstTime = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] lat = new long[1 << 16];
            perClient.add(lat);
            int client = c;
            threads.add(Thread.ofPlatform().name("load-" + name + "-" + c).start(() -> {
                SplittableRandom random = new SplittableRandom(client * 7919L + name.hashCode());
                long[] mine = lat;
                try (HttpConnection http = new HttpConnection(host, port)) {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) break;
                        String path = next.apply(random);
                        boolean first = asked.add(path);
                        boolean ok = get(http, path);
                        long t1 = System.nanoTime();
                        if (t0 < measureFrom) continue;
                        if (!ok) errors.incrementAndGet();
                        if (first) firstTime.incrementAndGet();
                        if (counts[client] == mine.length) {
                            mine = Arrays.copyOf(mine, mine.length * 2);
                            perClient.set(client, mine);
                        }
                        mine[counts[client]++] = t1 - t0;
                    }
                }
            }));
        }
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        long cpu0 = processCpuNanos();
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        long cpu = processCpuNanos() - cpu0;
        for (Thread t : threads) t.join();
        int total = 0;
        for (int n : counts) total += n;
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(name, clients, all, errors.get(), measure.toNanos() / 1e9, firstTime.get(), cpu);
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
