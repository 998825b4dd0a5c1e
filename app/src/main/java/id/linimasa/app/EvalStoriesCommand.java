package id.linimasa.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.Linimasa;
import id.linimasa.eval.ClusterScore;
import id.linimasa.event.Plover;
import id.linimasa.index.Corpus;
import id.linimasa.index.IngestListener;
import id.linimasa.page.Page;
import id.linimasa.timeline.Evidence;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.timeline.TimelineRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code linimasa eval stories}: story clustering and copy detection against a gold set of pages. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Ingests the pages of a story gold set (DIR/gold.json: pages in ingest order, each with its story and, "
                + "for a syndicated copy, the page it copies; format in examples/stories/id/README.md) into a temporary corpus, "
                + "once in the gold's order and once shuffled with a fixed seed, and scores the stories (B-cubed and pairwise "
                + "precision/recall/F1) and the copy-to-original links (precision/recall). When the gold lists events, also says "
                + "into how many merged timeline events each was told and with how many sources.")
public final class EvalStoriesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "folder with gold.json and the pages it names")
    Path dir;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--errors", description = "also list merged and split stories and wrong copy links (text format)")
    boolean errors;

    @Option(names = "--seed", defaultValue = "7", description = "seed of the shuffled order (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--min-f1", paramLabel = "X", description = "exit 1 when the B-cubed F1 of either order is below X")
    Double minF1;

    /** A gold event: the reports that tell it (copies excluded) and its type. */
    private record GoldEvent(String story, String what, Plover type, List<String> dates, List<String> sources) {
    }

    /**
     * How one gold event came out: the merged rows that hold any of its reports, and of the row holding most, how many
     * gold sources it holds, how many sources it counts (copies must not count) and its dates.
     */
    private record EventOutcome(GoldEvent gold, int rows, int sourcesFound, int rowSources, List<String> dates) {
    }

    private record Run(String order, ClusterScore score, List<EventOutcome> events) {
    }

    @Override
    public Integer call() throws IOException {
        Path goldFile = dir.resolve("gold.json");
        if (!Files.isRegularFile(goldFile)) {
            System.err.println(goldFile + ": no such file");
            return Main.SOME_FAILED;
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(goldFile.toFile());
        } catch (IOException e) {
            System.err.println(goldFile + ": not JSON (" + e.getMessage() + ")");
            return Main.SOME_FAILED;
        }
        Map<String, String> gold = new LinkedHashMap<>();
        Map<String, String> goldCopies = new HashMap<>();
        for (JsonNode p : root.path("pages")) {
            String page = p.path("page").asText();
            if (page.isEmpty() || p.path("story").asText().isEmpty()) {
                System.err.println(goldFile + ": a page entry without \"page\" or \"story\": " + p);
                return Main.SOME_FAILED;
            }
            gold.put(page, p.get("story").asText());
            if (p.hasNonNull("copy_of")) goldCopies.put(page, p.get("copy_of").asText());
        }
        if (gold.isEmpty()) {
            System.err.println(goldFile + ": no pages");
            return Main.SOME_FAILED;
        }
        List<GoldEvent> goldEvents = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            goldEvents.add(new GoldEvent(e.path("story").asText(), e.path("what").asText(), Plover.valueOf(e.path("type").asText()),
                    texts(e.path("dates")), texts(e.path("sources"))));
        }
        List<Page> pages = new ArrayList<>();
        int failed = 0;
        for (String name : gold.keySet()) {
            LoadedPages loaded = LoadedPages.read(List.of(dir.resolve(name).toString()));
            loaded.failures().forEach(f -> System.err.println(f.reason()));
            failed += loaded.failures().size();
            pages.addAll(loaded.pages());
        }
        List<Page> shuffled = new ArrayList<>(pages);
        Collections.shuffle(shuffled, new Random(seed));
        List<Run> runs = new ArrayList<>();
        for (var order : List.of(Map.entry("gold order", pages), Map.entry("shuffled (seed " + seed + ")", shuffled))) {
            runs.add(run(order.getKey(), order.getValue(), gold, goldCopies, goldEvents));
        }
        print(runs, gold.size());
        int status = failed > 0 ? Main.SOME_FAILED : Main.OK;
        double worst = runs.stream().mapToDouble(r -> r.score().bcubed().f1()).min().orElse(0);
        if (ScoreTable.belowFloor("eval stories: B-cubed F1", worst, minF1)) status = Main.SOME_FAILED;
        return status;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Ingests {@code pages} in this order into a fresh corpus and scores what it made of them. */
    private Run run(String order, List<Page> pages, Map<String, String> gold, Map<String, String> goldCopies,
                    List<GoldEvent> goldEvents) throws IOException {
        Path tmp = Files.createTempDirectory("linimasa-eval-stories");
        try (Corpus corpus = Corpus.open(tmp)) {
            Map<String, String> idToPage = new HashMap<>();
            corpus.ingest(pages, PageAnalysis::extract, Linimasa.pipeline(), (source, outcome, detail) -> {
                if (outcome == IngestListener.Outcome.FAILED) System.err.println(detail);
                else if (outcome == IngestListener.Outcome.STORED) idToPage.put(detail, pageName(source));
                else System.err.println(source + ": " + outcome.name().toLowerCase() + " " + detail + " (scored as a story of its own)");
            });
            Map<String, String> system = new HashMap<>();
            Map<String, String> sysCopies = new HashMap<>();
            corpus.forEachArticle(a -> {
                String page = idToPage.get(a.id());
                if (page == null) return;
                system.put(page, a.storyId());
                if (a.duplicateOf() != null) sysCopies.put(page, idToPage.getOrDefault(a.duplicateOf(), a.duplicateOf()));
            });
            List<TimelineRow> rows = goldEvents.isEmpty() ? List.of() : corpus.timeline(TimelineQuery.all());
            List<EventOutcome> events = goldEvents.stream().map(g -> outcome(g, rows, idToPage)).toList();
            return new Run(order, ClusterScore.of(gold, system, goldCopies, sysCopies), events);
        } finally {
            delete(tmp);
        }
    }

    /** The gold page name of a source path (relative to DIR, as gold.json names it). */
    private String pageName(String source) {
        return dir.relativize(Path.of(source)).toString().replace('\\', '/');
    }

    private static EventOutcome outcome(GoldEvent g, List<TimelineRow> rows, Map<String, String> idToPage) {
        Set<String> sources = Set.copyOf(g.sources());
        List<TimelineRow> telling = rows.stream().filter(r -> r.type() == g.type())
                .filter(r -> r.evidence().stream().anyMatch(e -> sources.contains(idToPage.get(e.articleId())))).toList();
        TimelineRow best = telling.stream().max(Comparator.comparingLong(r -> found(r, sources, idToPage))).orElse(null);
        if (best == null) return new EventOutcome(g, 0, 0, 0, List.of());
        List<String> dates = new ArrayList<>(List.of(best.date()));
        dates.addAll(best.otherDates());
        return new EventOutcome(g, telling.size(), (int) found(best, sources, idToPage), best.sources(), dates);
    }

    private static long found(TimelineRow r, Set<String> sources, Map<String, String> idToPage) {
        return r.evidence().stream().map(Evidence::articleId).distinct().filter(id -> sources.contains(idToPage.get(id))).count();
    }

    private static void delete(Path tmp) throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private void print(List<Run> runs, int pages) throws IOException {
        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            root.put("pages", pages);
            root.put("gold_stories", runs.getFirst().score().goldClusters());
            root.put("seed", seed);
            for (Run r : runs) {
                ObjectNode n = root.putObject(r.order().startsWith("gold") ? "gold_order" : "shuffled");
                n.put("system_stories", r.score().systemClusters());
                n.set("bcubed", ScoreTable.json(json, r.score().bcubed()));
                n.set("pairwise", ScoreTable.json(json, r.score().pairwise()));
                n.set("copies", ScoreTable.json(json, r.score().copies()));
                ArrayNode events = n.putArray("events");
                for (EventOutcome e : r.events()) {
                    ObjectNode en = events.addObject();
                    en.put("story", e.gold().story());
                    en.put("type", e.gold().type().name());
                    en.put("gold_sources", e.gold().sources().size());
                    en.put("merged_rows", e.rows());
                    en.put("sources_in_best_row", e.sourcesFound());
                    en.put("best_row_counts_sources", e.rowSources());
                    en.set("dates", json.valueToTree(e.dates()));
                }
            }
            System.out.println(json.writeValueAsString(root));
            return;
        }
        PrintStream out = System.out;
        out.printf("pages %d, gold stories %d%n", pages, runs.getFirst().score().goldClusters());
        for (Run r : runs) {
            ClusterScore s = r.score();
            out.printf("%n%s: system stories %d%n", r.order(), s.systemClusters());
            ScoreTable.header(16, "measure");
            ScoreTable.line(16, "B-cubed", s.bcubed());
            ScoreTable.line(16, "pairwise", s.pairwise());
            ScoreTable.line(16, "copies", s.copies());
            for (EventOutcome e : r.events()) {
                out.printf("event %s %s (%s): %d merged row(s); best row has %d of %d sources and counts %d; dates %s%n",
                        e.gold().story(), e.gold().type(), e.gold().what(), e.rows(), e.sourcesFound(), e.gold().sources().size(), e.rowSources(),
                        e.dates().stream().collect(Collectors.joining(", ")));
            }
            if (errors) s.errors().forEach(err -> out.println("  " + err));
        }
    }
}
