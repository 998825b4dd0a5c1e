package id.linimasa.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The few OpenSearch REST calls the job and the search command make, over the JDK's HTTP client (no client
 * library: its transitive dependencies would fight Spark's on a cluster's class path). Thread-safe.
 */
final class OpenSearch {

    static final ObjectMapper JSON = new ObjectMapper();
    /** One client per JVM: each executor shares it across its tasks. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Busy answers (429, 503) are retried this many times, waiting longer each time. */
    private static final int RETRIES = 4;
    /** Hits read per request when reading them all. */
    private static final int PAGE = 1000;

    private final URI base;

    OpenSearch(String url) {
        String u = url.endsWith("/") ? url : url + "/";
        this.base = URI.create(u);
        if (base.getScheme() == null || !base.getScheme().startsWith("http") || base.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) address: " + url);
        }
    }

    String url() {
        return base.toString();
    }

    /** Creates the index with the given settings and mappings unless it exists already (a re-run keeps it as it is). */
    void ensureIndex(String index, JsonNode definition) throws IOException {
        if (send("HEAD", index, null, null).statusCode() == 200) return;
        HttpResponse<String> r = send("PUT", index, "application/json", JSON.writeValueAsString(definition));
        // two jobs starting at once: the other one created it first
        if (r.statusCode() == 400 && r.body().contains("resource_already_exists_exception")) return;
        check(r, "create index " + index);
    }

    /** Which of these document ids the index holds already. */
    Set<String> existing(String index, Collection<String> ids) throws IOException {
        Set<String> found = new HashSet<>();
        if (ids.isEmpty()) return found;
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("ids");
        ids.forEach(list::add);
        HttpResponse<String> r = send("POST", index + "/_mget?_source=false", "application/json", JSON.writeValueAsString(body));
        JsonNode docs = JSON.readTree(check(r, "look up ids in " + index)).path("docs");
        for (JsonNode d : docs) if (d.path("found").asBoolean()) found.add(d.path("_id").asText());
        return found;
    }

    /**
     * Sends bulk items (each its NDJSON action line and, for index, its document line); returns their results in
     * the items' order. Items OpenSearch answers busy (429, e.g. es_rejected_execution_exception) are sent again
     * with back-off, as busy answers to the whole request are.
     */
    List<JsonNode> bulk(List<String> items) throws IOException {
        JsonNode[] results = new JsonNode[items.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) pending.add(i);
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt > 0) sleep(500L << (attempt - 1));
            StringBuilder ndjson = new StringBuilder();
            for (int i : pending) ndjson.append(items.get(i));
            HttpResponse<String> r = send("POST", "_bulk", "application/x-ndjson", ndjson.toString());
            JsonNode answers = JSON.readTree(check(r, "bulk write")).path("items");
            if (answers.size() != pending.size()) throw new IOException("OpenSearch answered " + answers.size() + " of " + pending.size() + " bulk items");
            List<Integer> busy = new ArrayList<>();
            for (int k = 0; k < pending.size(); k++) {
                JsonNode answer = answers.get(k).elements().next();
                results[pending.get(k)] = answer;
                if (answer.path("status").asInt() == 429 && attempt < RETRIES) busy.add(pending.get(k));
            }
            pending = busy;
        }
        return List.of(results);
    }

    /** Makes what was written visible to searches now rather than at the next periodic refresh. */
    void refresh(String... indices) throws IOException {
        check(send("POST", String.join(",", indices) + "/_refresh", null, null), "refresh");
    }

    JsonNode search(String index, JsonNode query) throws IOException {
        return JSON.readTree(check(send("POST", index + "/_search", "application/json", JSON.writeValueAsString(query)), "search " + index));
    }

    /**
     * Every hit of a query, a page at a time through {@code search_after} (no 10,000-hit window): the query's
     * {@code sort} must order the documents uniquely.
     */
    void forEachHit(String index, ObjectNode query, HitSink sink) throws IOException {
        ObjectNode q = query.deepCopy();
        q.put("size", PAGE);
        while (true) {
            JsonNode hits = search(index, q).path("hits").path("hits");
            for (JsonNode h : hits) sink.accept(h);
            if (hits.size() < PAGE) return;
            q.set("search_after", hits.get(hits.size() - 1).path("sort"));
        }
    }

    /** Takes the hits of {@link #forEachHit}; may fail on one it cannot read. */
    @FunctionalInterface
    interface HitSink {
        void accept(JsonNode hit) throws IOException;
    }

    JsonNode get(String index, String id) throws IOException {
        HttpResponse<String> r = send("GET", index + "/_doc/" + id, null, null);
        if (r.statusCode() == 404) return null;
        return JSON.readTree(check(r, "get " + index + "/" + id));
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2));
        if (contentType != null) b.header("Content-Type", contentType);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpRequest request = b.build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> r;
            try {
                r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException e) {
                throw new IOException("cannot reach OpenSearch at " + base + " (connection refused)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while talking to OpenSearch", e);
            }
            boolean busy = r.statusCode() == 429 || r.statusCode() == 503;
            if (!busy || attempt == RETRIES) return r;
            sleep(500L << attempt);
        }
    }

    private static String check(HttpResponse<String> r, String what) throws IOException {
        if (r.statusCode() / 100 == 2) return r.body();
        throw new IOException("OpenSearch refused to " + what + " (HTTP " + r.statusCode() + ": " + reason(r.body()) + ")");
    }

    /** The error's own reason when the body is OpenSearch's JSON error, else the body's first line. */
    private static String reason(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (!error.isMissingNode()) return errorReason(error);
        } catch (IOException notJson) {
            // fall through to the raw first line
        }
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** An OpenSearch error object (of a response or of one bulk item) as "type: reason". */
    static String errorReason(JsonNode error) {
        if (error.isTextual()) return error.asText();
        return error.path("type").asText() + ": " + error.path("reason").asText();
    }

    static JsonNode resource(String name) {
        try (InputStream in = OpenSearch.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) throws IOException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for OpenSearch", e);
        }
    }
}
