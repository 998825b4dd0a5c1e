package id.linimasa.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import id.linimasa.index.Json;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks a just-started server one question of each kind (stats, a listing, a text search, an article, an entity's
 * timeline, stories) before it is announced: the JVM loads and compiles the code paths and the index files are
 * read once, so the first visitor does not wait for that. Answers are thrown away; a failure only means a colder start.
 */
final class Warmup {

    private static final int ROUNDS = 3;

    private Warmup() {
    }

    static void run(int port) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                get(http, base + "/api/stats");
                get(http, base + "/api/stories?limit=30");
                JsonNode newest = get(http, base + "/api/articles?limit=20").path("items");
                if (newest.isEmpty()) return;
                JsonNode first = newest.get(round % newest.size());
                get(http, base + "/api/articles/" + enc(first.path("id").asText()));
                String title = first.path("title").asText("");
                String word = title.isBlank() ? "" : title.split("\\s+")[0];
                if (!word.isEmpty()) get(http, base + "/api/articles?limit=20&q=" + enc(word));
                JsonNode top = get(http, base + "/api/entities?limit=2").path("items");
                if (!top.isEmpty()) {
                    StringBuilder tl = new StringBuilder(base + "/api/timeline?limit=500");
                    for (JsonNode e : top) tl.append("&entity=").append(enc(e.path("id").asText()));
                    get(http, tl.toString());
                }
            }
        } catch (Exception e) {
            // a colder first request, nothing worse
        }
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        return res.statusCode() == 200 ? Json.mapper().readTree(res.body()) : Json.mapper().createObjectNode();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
