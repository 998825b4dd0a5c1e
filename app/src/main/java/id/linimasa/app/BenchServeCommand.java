package id.linimasa.app;

import id.linimasa.Linimasa;
import id.linimasa.app.bench.LoadDriver;
import id.linimasa.app.bench.SyntheticNews;
import id.linimasa.app.web.WebServer;
import id.linimasa.index.Corpus;
import id.linimasa.index.IngestListener;
import id.linimasa.index.IngestReport;
import id.linimasa.event.Plover;
import id.linimasa.index.Json;
import id.linimasa.index.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import static java.nio.charset.StandardCharsets.UTF_8;
import java.util.function.Function;

/**
 * {@code linimasa bench serve}: builds (or tops up) a corpus of synthetic pages through the standard
 * ingest, serves it, and drives the API with concurrent clients; prints p50/p99 latency and throughput for
 * search, timeline and article.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load-tests the REST API: search, timeline and article requests from concurrent clients (each on a keep-alive "
                + "connection of its own, accepting gzip like a browser) against a "
                + "corpus of at least --articles synthetic pages (built on first use, topped up later; pages already there are skipped).",
                "Prints p50/p99/max latency and requests per second for each."})
public final class BenchServeCommand implements Callable<Integer> {

    /** Where the analyses of synthetic pages come from. */
    enum Analysis { generated, standard }

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "linimasa-bench", description = "corpus folder (default: ${DEFAULT-VALUE})")
    Path dir;
    @Option(names = "--articles", defaultValue = "100000", description = "synthetic pages the corpus must hold (default: ${DEFAULT-VALUE})")
    int articles;
    @Option(names = "--clients", defaultValue = "8", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int clients;
    @Option(names = "--seconds", defaultValue = "20", description = "measured seconds per request kind (default: ${DEFAULT-VALUE})")
    int seconds;
    @Option(names = "--warmup", defaultValue = "5", description = "unmeasured seconds before each (default: ${DEFAULT-VALUE})")
    int warmup;
    @Option(names = "--analysis", defaultValue = "generated",
            description = "how new pages are analysed: 'generated' (what the generator wrote, fast) or 'standard' (the full pipeline) (default: ${DEFAULT-VALUE})")
    Analysis analysis;
    @Option(names = "--requests", split = ",", defaultValue = "search,timeline,article",
            description = "which requests to measure, in order (default: ${DEFAULT-VALUE})")
    List<String> requests;
    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || clients < 1 || seconds < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--articles, --clients and --seconds must be positive");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Corpus corpus = Corpus.open(dir)) {
            long have = corpus.exists() ? corpus.stats().articles() : 0;
            if (have < articles) {
                err.printf("bench serve: ingesting %,d synthetic pages into %s (%,d articles there; %s analysis)...%n", articles, dir, have, analysis);
                err.flush();
                long t0 = System.nanoTime();
                int[] done = {0};
                SyntheticNews news = new SyntheticNews(1);
                IngestListener progress = (source, outcome, detail) -> {
                    if (++done[0] % 10_000 == 0) {
                        err.printf("  %,d pages%n", done[0]);
                        err.flush();
                    }
                };
                IngestReport r = analysis == Analysis.standard // the standard analysis as ingest runs it, in batches
                        ? corpus.ingest(news.pages(articles), PageAnalysis::extract, Linimasa.pipeline(), progress)
                        : corpus.ingest(news.pages(articles), news::analysis, progress);
                double s = (System.nanoTime() - t0) / 1e9;
                err.printf("ingest: %,d stored, %,d skipped, %,d failed in %.0f s (%.0f pages/s)%n", r.stored(), r.skipped(), r.failures().size(), s,
                        (r.stored() + r.skipped()) / s);
                if (!r.failures().isEmpty()) err.println("  first failure: " + r.failures().getFirst().reason());
            }
            long stored = corpus.stats().articles();
            try (WebServer server = WebServer.start(corpus, "127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port();
                LoadDriver load = new LoadDriver(base);
                Map<String, Function<SplittableRandom, String>> kinds = new LinkedHashMap<>();
                for (String request : requests) {
                    if (!List.of("search", "timeline", "article").contains(request)) {
                        throw new ParameterException(spec.commandLine(), "--requests: '" + request + "' is not one of search, timeline, article");
                    }
                }
                // cold: before anything else asks the server anything (finding article ids searches, so articles come last)
                List<LoadDriver.Result> cold = new ArrayList<>();
                Map<String, Function<SplittableRandom, String>> generators = new LinkedHashMap<>();
                generators.put("search", BenchServeCommand::search);
                generators.put("timeline", BenchServeCommand::timeline);
                for (String request : requests) {
                    if (generators.containsKey(request)) cold.add(load.once(request, distinct(generators.get(request), COLD_REQUESTS)));
                }
                List<String> ids = articleIds(base);
                if (ids.isEmpty()) {
                    err.println("bench serve: the corpus has no searchable articles");
                    return Main.SOME_FAILED;
                }
                generators.put("article", r -> "/api/articles/" + enc(ids.get(r.nextInt(ids.size()))));
                if (requests.contains("article")) cold.add(load.once("article", distinct(generators.get("article"), COLD_REQUESTS)));
                for (String request : requests) kinds.put(request, generators.get(request));
                Duration w = Duration.ofSeconds(warmup), m = Duration.ofSeconds(seconds);
                List<LoadDriver.Result> results = new ArrayList<>();
                for (var kind : kinds.entrySet()) results.add(load.run(kind.getKey(), clients, w, m, kind.getValue()));
                print(cold, results, stored);
                if (requests.contains("search")) printNewSearchCpu(newSearchCpu(corpus, load));
                return results.stream().anyMatch(r -> r.errors() > 0) || cold.stream().anyMatch(r -> r.errors() > 0) ? Main.SOME_FAILED : Main.OK;
            }
        }
    }

    /** Requests asked once each, one at a time, right after the server starts: what a first visitor waits. */
    private static final int COLD_REQUESTS = 40;
    private static final List<String> TYPES = List.of("CONSULT", "AGREE", "SANCTION", "ACCUSE");

    private static String search(SplittableRandom r) {
        return Search.draw(r).path();
    }

    /**
     * A search as users vary them: one or two topic words, sometimes narrowed by event type, outlet or years,
     * so that most are asked for the first time and a memo of earlier answers does not carry the figures.
     */
    private record Search(String words, String type, String outlet, Integer fromYear) {

        static Search draw(SplittableRandom r) {
            List<String> words = SyntheticNews.queryWords();
            String q = words.get(r.nextInt(words.size()));
            if (r.nextInt(10) < 3) q += " " + words.get(r.nextInt(words.size()));
            String type = r.nextInt(4) == 0 ? TYPES.get(r.nextInt(TYPES.size())) : null;
            String outlet = r.nextInt(4) == 0 ? SyntheticNews.outlets().get(r.nextInt(SyntheticNews.outlets().size())) : null;
            Integer from = r.nextInt(4) == 0 ? 2019 + r.nextInt(6) : null;
            return new Search(q, type, outlet, from);
        }

        String path() {
            StringBuilder path = new StringBuilder("/api/articles?limit=20&q=").append(enc(words));
            if (type != null) path.append("&type=").append(type);
            if (outlet != null) path.append("&outlet=").append(enc(outlet));
            if (fromYear != null) path.append("&from=").append(fromYear);
            return path.toString();
        }

        /** The same search as the API makes of {@link #path}. */
        SearchQuery query() {
            return new SearchQuery(words, fromYear == null ? null : LocalDate.of(fromYear, 1, 1), null, outlet, null,
                    type == null ? null : Plover.valueOf(type), 20, 0);
        }
    }

    /**
     * The CPU time of searches the server was never asked, each made once by the corpus itself in this thread (no
     * HTTP, no other request sharing the cores), in ms, sorted: the cost of a new search, the heaviest last.
     */
    private static double[] newSearchCpu(Corpus corpus, LoadDriver load) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SplittableRandom r = new SplittableRandom(7);
        Set<Search> seen = new HashSet<>();
        List<Double> cpu = new ArrayList<>();
        for (int tries = 0; cpu.size() < COLD_REQUESTS && tries < 100 * COLD_REQUESTS; tries++) {
            Search s = Search.draw(r);
            if (load.asked(s.path()) || !seen.add(s)) continue;
            long t0 = threads.getCurrentThreadCpuTime();
            corpus.search(s.query());
            cpu.add((threads.getCurrentThreadCpuTime() - t0) / 1e6);
        }
        return cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private void printNewSearchCpu(double[] cpu) {
        if (cpu.length == 0) return;
        PrintWriter out = spec.commandLine().getOut();
        double p50 = cpu[(cpu.length - 1) / 2], p90 = cpu[(int) Math.ceil(0.9 * cpu.length) - 1], max = cpu[cpu.length - 1];
        double mean = Arrays.stream(cpu).average().orElse(0);
        if (format == Format.json) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("phase", "new-search-cpu");
            row.put("searches", cpu.length);
            row.put("cpu_mean_ms", Output.rounded(mean, 1));
            row.put("cpu_p50_ms", Output.rounded(p50, 1));
            row.put("cpu_p90_ms", Output.rounded(p90, 1));
            row.put("cpu_max_ms", Output.rounded(max, 1));
            Output.jsonLine(out, row);
        } else {
            out.printf("new searches in-process: %d the server was never asked, each once, CPU time of the searching thread (no HTTP): "
                    + "mean %.1f ms, p50 %.1f, p90 %.1f, max %.1f%n", cpu.length, mean, p50, p90, max);
        }
        out.flush();
    }

    /** The timeline of a pair of states (sometimes one state), sometimes of one event type or from a year on. */
    private static String timeline(SplittableRandom r) {
        List<String[]> pairs = SyntheticNews.statePairs();
        String[] p = pairs.get(r.nextInt(pairs.size()));
        StringBuilder path = new StringBuilder("/api/timeline?entity=").append(enc(p[0]));
        if (r.nextInt(5) > 0) path.append("&entity=").append(enc(p[1]));
        if (r.nextInt(10) < 3) path.append("&type=").append(TYPES.get(r.nextInt(TYPES.size())));
        if (r.nextInt(10) < 3) path.append("&from=").append(2019 + r.nextInt(6));
        return path.toString();
    }

    /** {@code n} different requests from the generator. */
    private static List<String> distinct(Function<SplittableRandom, String> next, int n) {
        SplittableRandom r = new SplittableRandom(42);
        Set<String> out = new LinkedHashSet<>();
        for (int tries = 0; out.size() < n && tries < 100 * n; tries++) out.add(next.apply(r));
        return new ArrayList<>(out);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, UTF_8);
    }

    /** A few thousand article ids, found the way a client would: by searching. */
    private static List<String> articleIds(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Set<String> ids = new LinkedHashSet<>();
        for (String word : SyntheticNews.queryWords()) {
            for (int offset = 0; offset < 300; offset += 100) {
                var res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?limit=100&offset=" + offset + "&q=" + enc(word))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() != 200) break;
                for (var hit : Json.mapper().readTree(res.body()).get("items")) ids.add(hit.get("id").asText());
            }
        }
        return new ArrayList<>(ids);
    }

    private void print(List<LoadDriver.Result> cold, List<LoadDriver.Result> results, long stored) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            for (LoadDriver.Result r : cold) Output.jsonLine(out, row("cold", r, stored));
            for (LoadDriver.Result r : results) Output.jsonLine(out, row("load", r, stored));
        } else {
            out.printf("corpus: %s, %,d articles; %d cores%n", dir, stored, Runtime.getRuntime().availableProcessors());
            out.printf("cold: %d different requests of each kind, each asked once, one at a time, right after the server started%n", COLD_REQUESTS);
            out.printf("%-9s %9s %7s %9s %9s %9s %9s%n", "request", "requests", "errors", "p50 ms", "p90 ms", "max ms", "cpu ms");
            for (LoadDriver.Result r : cold) {
                out.printf("%-9s %9d %7d %9.1f %9.1f %9.1f %9.1f%n", r.name(), r.nanos().length, r.errors(), r.percentileMillis(50),
                        r.percentileMillis(90), r.percentileMillis(100), r.cpuMillisPerRequest());
            }
            out.printf("load: %d clients, %d s measured after %d s warm-up; 'new' = share of requests the server had never been asked%n",
                    clients, seconds, warmup);
            out.printf("%-9s %9s %7s %9s %9s %9s %9s %6s %9s%n", "request", "requests", "errors", "p50 ms", "p99 ms", "max ms", "req/s", "new", "cpu ms");
            for (LoadDriver.Result r : results) {
                out.printf("%-9s %9d %7d %9.1f %9.1f %9.1f %9.0f %5.0f%% %9.1f%n", r.name(), r.nanos().length, r.errors(), r.percentileMillis(50),
                        r.percentileMillis(99), r.percentileMillis(100), r.perSecond(), r.firstTimePercent(), r.cpuMillisPerRequest());
            }
            out.println("cpu ms = CPU time of this whole process (server and clients) per request while measuring; the machine's load at "
                    + "the end, one minute average: " + String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        }
        out.flush();
    }

    private static Map<String, Object> row(String phase, LoadDriver.Result r, long stored) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("phase", phase);
        row.put("request", r.name());
        row.put("articles", stored);
        row.put("clients", r.clients());
        row.put("requests", r.nanos().length);
        row.put("errors", r.errors());
        row.put("first_time_percent", Output.rounded(r.firstTimePercent(), 1));
        row.put("p50_ms", Output.rounded(r.percentileMillis(50), 1));
        row.put("p99_ms", Output.rounded(r.percentileMillis(99), 1));
        row.put("max_ms", Output.rounded(r.percentileMillis(100), 1));
        row.put("per_second", Output.rounded(r.perSecond(), 1));
        row.put("cpu_ms_per_request", Output.rounded(r.cpuMillisPerRequest(), 1));
        return row;
    }
}
