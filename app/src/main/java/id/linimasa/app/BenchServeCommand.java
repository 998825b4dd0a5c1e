package id.linimasa.app;

import id.linimasa.app.bench.LoadDriver;
import id.linimasa.app.bench.SyntheticNews;
import id.linimasa.app.web.WebServer;
import id.linimasa.index.Corpus;
import id.linimasa.index.IngestListener;
import id.linimasa.index.IngestReport;
import id.linimasa.index.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * {@code linimasa bench serve}: builds (or tops up) a corpus of synthetic pages through the standard
 * ingest, serves it, and drives the API with concurrent clients; prints p50/p99 latency and throughput for
 * search, timeline and article.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load-tests the REST API: search, timeline and article requests from concurrent clients against a "
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
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || clients < 1 || seconds < 1 || warmup < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--articles, --clients and --seconds must be positive");
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
                IngestReport r = corpus.ingest(news.pages(articles), analysis == Analysis.standard ? PageAnalysis::analyse : news::analysis, (source, outcome, detail) -> {
                    if (++done[0] % 10_000 == 0) {
                        err.printf("  %,d pages%n", done[0]);
                        err.flush();
                    }
                });
                double s = (System.nanoTime() - t0) / 1e9;
                err.printf("ingest: %,d stored, %,d skipped, %,d failed in %.0f s (%.0f pages/s)%n", r.stored(), r.skipped(), r.failures().size(), s,
                        (r.stored() + r.skipped()) / s);
                if (!r.failures().isEmpty()) err.println("  first failure: " + r.failures().getFirst().reason());
            }
            long stored = corpus.stats().articles();
            try (WebServer server = WebServer.start(corpus, "127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port();
                List<String> ids = articleIds(base);
                if (ids.isEmpty()) {
                    err.println("bench serve: the corpus has no searchable articles");
                    return Main.SOME_FAILED;
                }
                List<String> words = SyntheticNews.queryWords();
                List<String[]> pairs = SyntheticNews.statePairs();
                LoadDriver load = new LoadDriver(base);
                Duration w = Duration.ofSeconds(warmup), m = Duration.ofSeconds(seconds);
                List<LoadDriver.Result> results = new ArrayList<>();
                for (String request : requests) {
                    java.util.function.Function<SplittableRandom, String> next = switch (request) {
                        case "search" -> r -> "/api/articles?q=" + enc(words.get(r.nextInt(words.size())))
                                + (r.nextInt(4) == 0 ? "&type=CONSULT" : "") + "&limit=20";
                        case "timeline" -> r -> {
                            String[] p = pairs.get(r.nextInt(pairs.size()));
                            return "/api/timeline?entity=" + enc(p[0]) + "&entity=" + enc(p[1]);
                        };
                        case "article" -> r -> "/api/articles/" + enc(ids.get(r.nextInt(ids.size())));
                        default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                                "--requests: '" + request + "' is not one of search, timeline, article");
                    };
                    results.add(load.run(request, clients, w, m, next));
                }
                print(results, stored);
                return results.stream().anyMatch(r -> r.errors() > 0) ? Main.SOME_FAILED : Main.OK;
            }
        }
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

    private void print(List<LoadDriver.Result> results, long stored) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            for (LoadDriver.Result r : results) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("request", r.name());
                row.put("articles", stored);
                row.put("clients", r.clients());
                row.put("requests", r.nanos().length);
                row.put("errors", r.errors());
                row.put("p50_ms", round(r.percentileMillis(50)));
                row.put("p99_ms", round(r.percentileMillis(99)));
                row.put("max_ms", round(r.percentileMillis(100)));
                row.put("per_second", round(r.perSecond()));
                Output.jsonLine(out, row);
            }
        } else {
            out.printf("corpus: %s, %,d articles; %d clients, %d s measured after %d s warm-up, %d cores%n", dir, stored, clients, seconds, warmup,
                    Runtime.getRuntime().availableProcessors());
            out.printf("%-9s %9s %7s %9s %9s %9s %9s%n", "request", "requests", "errors", "p50 ms", "p99 ms", "max ms", "req/s");
            for (LoadDriver.Result r : results) {
                out.printf("%-9s %9d %7d %9.1f %9.1f %9.1f %9.0f%n", r.name(), r.nanos().length, r.errors(), r.percentileMillis(50),
                        r.percentileMillis(99), r.percentileMillis(100), r.perSecond());
            }
        }
        out.flush();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
