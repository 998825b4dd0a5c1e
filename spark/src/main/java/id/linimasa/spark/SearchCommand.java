package id.linimasa.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.StreamSupport;

/** {@code linimasa-spark search QUERY}: ranked articles from the OpenSearch index, with the matched words marked. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the articles an ingest wrote to OpenSearch: ranked by relevance to QUERY in title, body and "
                + "captions (Indonesian stop words and stemming), every word required; \"quoted phrase\", -exclude and a|b work. "
                + "Snippets mark the matched words «like this»."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "words to find")
    List<String> words;
    @Mixin
    OpenSearchOptions openSearch;
    @Option(names = "--limit", defaultValue = "10", description = "hits to show (default ${DEFAULT-VALUE}, at most 1000)")
    int limit;
    @Option(names = "--format", defaultValue = "text", description = "text or json (JSON Lines, one hit a line)")
    Format format;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (limit < 0 || limit > 1000) throw new ParameterException(spec.commandLine(), "--limit must be between 0 and 1000");
        PrintWriter out = spec.commandLine().getOut();
        Result r = search(openSearch.client(spec), ArticleDocuments.articlesIndex(openSearch.prefix), String.join(" ", words), limit);
        if (format == Format.json) {
            for (Hit h : r.hits()) out.println(OpenSearch.JSON.writeValueAsString(h));
            return LinimasaSpark.OK;
        }
        out.printf("%d article%s%n", r.total(), r.total() == 1 ? "" : "s");
        int rank = 0;
        for (Hit h : r.hits()) {
            out.printf("%n%d. %s%n   %s | %s | %s%n", ++rank, or(h.title()), or(h.published()), or(h.outlet()), h.id());
            if (!h.snippet().isBlank()) out.printf("   %s%n", h.snippet());
        }
        return LinimasaSpark.OK;
    }

    /** A ranked article: its ids, what to show, and the best passage of its body with the matched words marked. */
    record Hit(String id, String pageSha, double score, String title, String published, String outlet, String source, String snippet) {
    }

    /** How many articles match, and the first of them in rank order. */
    record Result(long total, List<Hit> hits) {
    }

    static Result search(OpenSearch os, String index, String query, int limit) throws IOException {
        ObjectNode q = OpenSearch.JSON.createObjectNode();
        q.put("size", limit).put("track_total_hits", true);
        q.putObject("query").putObject("simple_query_string")
                .put("query", query).put("default_operator", "and")
                .putArray("fields").add("title^2").add("body").add("captions");
        q.putArray("_source").add("id").add("title").add("published_iso").add("outlet").add("source");
        ObjectNode highlight = q.putObject("highlight");
        highlight.putArray("pre_tags").add("«");
        highlight.putArray("post_tags").add("»");
        highlight.putObject("fields").putObject("body").put("fragment_size", 160).put("number_of_fragments", 1).put("no_match_size", 160);
        JsonNode found = os.search(index, q).path("hits");
        List<Hit> hits = StreamSupport.stream(found.path("hits").spliterator(), false).map(h -> {
            JsonNode s = h.path("_source");
            JsonNode fragment = h.path("highlight").path("body").path(0);
            return new Hit(s.path("id").asText(), h.path("_id").asText(), h.path("_score").asDouble(), text(s, "title"),
                    text(s, "published_iso"), text(s, "outlet"), text(s, "source"), fragment.asText("").replaceAll("\\s+", " ").strip());
        }).toList();
        return new Result(found.path("total").path("value").asLong(), hits);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    private static String or(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
