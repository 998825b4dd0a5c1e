package id.linimasa.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import id.linimasa.index.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over the bundled example corpus, through a real server on a free port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

    private TestServer server;
    private Http http;

    @BeforeAll
    void start() throws Exception {
        server = TestServer.examples();
        http = server.http();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, UTF_8);
    }

    @Test
    void statsCountTheExampleCorpus() {
        JsonNode s = http.json("/api/stats");
        assertThat(s.get("articles").asLong()).isEqualTo(server.articles());
        assertThat(s.get("outlets").asLong()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void searchReturnsRankedHitsWithMarkedSnippetsAndFacets() {
        JsonNode r = http.json("/api/articles?q=nelayan");
        assertThat(r.get("total").asLong()).isPositive();
        assertThat(r.get("items")).isNotEmpty();
        for (JsonNode hit : r.get("items")) {
            assertThat(hit.get("id").asText()).isNotBlank();
            JsonNode snippet = hit.get("snippet");
            String text = snippet.get("text").asText();
            for (JsonNode m : snippet.get("marks")) {
                int start = m.get("start").asInt(), end = m.get("end").asInt();
                assertThat(end).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(start, end).toLowerCase()).contains("nelayan");
            }
        }
        long outletTotal = 0;
        for (JsonNode f : r.get("facets").get("outlet")) outletTotal += f.get("count").asLong();
        assertThat(outletTotal).isPositive().isLessThanOrEqualTo(r.get("total").asLong());
        assertThat(r.get("facets").get("month")).isNotEmpty();
    }

    @Test
    void outletFilterKeepsOnlyThatOutlet() {
        JsonNode all = http.json("/api/articles?q=Talmora");
        String outlet = all.get("facets").get("outlet").get(0).get("value").asText();
        JsonNode r = http.json("/api/articles?q=Talmora&outlet=" + enc(outlet));
        assertThat(r.get("items")).isNotEmpty();
        for (JsonNode hit : r.get("items")) assertThat(hit.get("outlet").asText()).isEqualToIgnoringCase(outlet);
        assertThat(r.get("total").asLong()).isLessThan(all.get("total").asLong());
    }

    @Test
    void pagingAndTheCapOnPageSize() {
        JsonNode first = http.json("/api/articles?limit=2");
        JsonNode second = http.json("/api/articles?limit=2&offset=2");
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("id")).isNotEqualTo(second.get("items").get(0).get("id"));
        JsonNode capped = http.json("/api/articles?limit=100000");
        assertThat(capped.get("limit").asInt()).isEqualTo(100);
    }

    @Test
    void badParametersGet400WithTheReason() {
        assertBad("/api/articles?from=2025-13-01", "from");
        assertBad("/api/articles?from=2025-03-10&to=2025-03-01", "after");
        assertBad("/api/articles?limit=abc", "limit");
        assertBad("/api/articles?limit=0", "limit");
        assertBad("/api/articles?offset=-1", "offset");
        assertBad("/api/articles?type=BOMBARD", "PLOVER");
        assertBad("/api/articles?colour=red", "colour");
        assertBad("/api/articles?q=a&q=b", "q");
        assertBad("/api/articles?q=" + "x".repeat(600), "longer");
        assertBad("/api/timeline", "entity");
        assertBad("/api/timeline?entity=a&entity=b&entity=c", "entity");
        assertBad("/api/events?type=BOMBARD", "PLOVER");
        assertBad("/api/articles?from=2025-2", "YYYY, YYYY-MM or YYYY-MM-DD");
        assertBad("/api/articles?from=2025-03&to=2025-02", "after");
        assertBad("/api/entities?type=ANIMAL", "type");
        assertBad("/api/stats?verbose=1", "verbose");
        assertBad("/api/articles/" + "a".repeat(300), "id");
    }

    private void assertBad(String path, String reasonMentions) {
        Http.Response r = http.get(path);
        assertThat(r.status()).as(path).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode e = r.json();
        assertThat(e.get("status").asInt()).isEqualTo(400);
        assertThat(e.get("message").asText()).as(path).contains(reasonMentions);
    }

    @Test
    void oddQueriesAreAnsweredNotCrashedOn() {
        for (String q : List.of("\"unbalanced", "(((", "*", "AND", "a OR", "-", "~", "nelayan^", "\\", "[1 TO", "{}", "?")) {
            Http.Response r = http.get("/api/articles?q=" + enc(q));
            assertThat(r.status()).as(q).isIn(200, 400);
            assertThat(r.json().has(r.status() == 200 ? "items" : "message")).as(q).isTrue();
        }
    }

    @Test
    void articleCarriesItsLayersWithSpansIntoTheAnalysisText() {
        String id = http.json("/api/articles?q=Kerrow").get("items").get(0).get("id").asText();
        JsonNode a = http.json("/api/articles/" + enc(id));
        assertThat(a.get("id").asText()).isEqualTo(id);
        String text = a.get("analysisText").asText();
        assertThat(text).startsWith(a.get("text").asText());
        assertThat(a.get("mentions")).isNotEmpty();
        for (JsonNode m : a.get("mentions")) {
            assertThat(text.substring(m.get("span").get("start").asInt(), m.get("span").get("end").asInt())).isEqualTo(m.get("text").asText());
        }
        for (JsonNode t : a.get("timexes")) {
            assertThat(text.substring(t.get("span").get("start").asInt(), t.get("span").get("end").asInt())).isEqualTo(t.get("text").asText());
        }
        assertThat(a.has("quotes")).isTrue();
        assertThat(a.has("events")).isTrue();
    }

    @Test
    void unknownThingsAre404AsJson() {
        for (String path : List.of("/api/articles/doesnotexist", "/api/stories/doesnotexist", "/api/entities/doesnotexist", "/api/nothing-here")) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.json().get("message").asText()).isNotBlank();
        }
    }

    @Test
    void writesAreRefused() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            Http.Response r = http.send(method, "/api/articles");
            assertThat(r.status()).as(method).isEqualTo(405);
            assertThat(r.json().get("status").asInt()).isEqualTo(405);
            assertThat(r.json().get("message").asText()).as(method).contains(method).contains("read-only");
        }
    }

    @Test
    void noRequestPathReachesTheFileSystem() {
        List<String> attempts = List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
                "/api/articles/..%2F..%2F..%2Fetc%2Fpasswd", "/api/articles/%2e%2e", "/js/../../../pom.xml", "/web/index.html",
                "/id/linimasa/app/web/WebServer.class", "/etc/passwd", "/%00", "/api/stories/..%5c..%5cpom.xml");
        for (String path : attempts) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(path).isIn(400, 404);
            assertThat(r.json().get("status").asInt()).as(path + " answers a JSON error").isEqualTo(r.status());
            assertThat(r.body()).as(path).doesNotContain("root:").doesNotContain("<project").doesNotContain("linimasa-parent");
        }
    }

    @Test
    void timelineOfAPairIsOrderedByDateAndItsEvidenceResolves() {
        JsonNode r = http.json("/api/timeline?entity=Varenia&entity=Talmora");
        assertThat(r.get("items")).isNotEmpty();
        String previous = "";
        Set<String> checked = new HashSet<>();
        for (JsonNode row : r.get("items")) {
            String date = row.get("date").asText();
            assertThat(date).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            assertThat(date.compareTo(previous)).as("ordered by date").isGreaterThanOrEqualTo(0);
            previous = date;
            assertThat(row.get("evidence")).isNotEmpty();
            assertThat(row.get("story").asText()).as("grouped by story").isNotBlank();
            assertThat(row.has("storyTitle")).isTrue();
            JsonNode ev = row.get("evidence").get(0);
            String articleId = ev.get("articleId").asText();
            if (checked.add(articleId)) {
                JsonNode a = http.json("/api/articles/" + enc(articleId));
                String text = a.get("analysisText").asText();
                assertThat(text.substring(ev.get("span").get("start").asInt(), ev.get("span").get("end").asInt())).isEqualTo(ev.get("sentence").asText());
            }
        }
        JsonNode one = http.json("/api/timeline?entity=Varenia");
        assertThat(one.get("total").asLong()).isGreaterThanOrEqualTo(r.get("total").asLong());
    }

    @Test
    void answersAreGzippedForClientsThatAcceptItAndTheSameOnceUnzipped() throws Exception {
        String path = "/api/timeline?entity=Varenia";
        Http.Bytes zipped = http.bytes(path, "br;q=1, gzip;q=0.8");
        Http.Bytes plain = http.bytes(path, null);
        assertThat(plain.body().length).as("large enough to be worth compressing").isGreaterThan(GzipAnswer.MIN_BYTES);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));
        assertThat(zipped.body().length).isLessThan(plain.body().length);
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
        assertThat(Json.mapper().readTree(unzipped)).isEqualTo(Json.mapper().readTree(plain.body()));
        assertThat(http.bytes(path, "gzip;q=0, identity").headers().firstValue("Content-Encoding")).as("gzip;q=0 refuses gzip").isEmpty();
        Http.Bytes missing = http.bytes("/api/articles/no-such-article", "gzip");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Encoding")).as("errors go plain").isEmpty();
        assertThat(Json.mapper().readTree(missing.body()).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aTimelineOfAnEntityThatMatchesNothingIsNotFoundAndNamesIt() {
        Http.Response typo = http.get("/api/timeline?entity=Varenia&entity=Talmorra");
        assertThat(typo.status()).isEqualTo(404);
        assertThat(typo.json().get("status").asInt()).isEqualTo(404);
        assertThat(typo.json().get("message").asText()).contains("'Talmorra'").doesNotContain("'Varenia'");
        assertThat(http.get("/api/timeline?entity=Varenia&entity=Talmora").status()).as("both known").isEqualTo(200);
        JsonNode narrowedToNothing = http.json("/api/timeline?entity=Varenia&from=2099");
        assertThat(narrowedToNothing.get("items")).as("a known entity with no rows is an empty timeline, not 404").isEmpty();
    }

    @Test
    void eventsFilterByType() {
        JsonNode all = http.json("/api/events");
        assertThat(all.get("items")).isNotEmpty();
        String type = all.get("items").get(0).get("type").asText();
        JsonNode some = http.json("/api/events?type=" + type.toLowerCase());
        for (JsonNode row : some.get("items")) assertThat(row.get("type").asText()).isEqualTo(type);
    }

    @Test
    void entitiesListAndProfile() {
        JsonNode list = http.json("/api/entities?limit=5");
        assertThat(list.get("items")).isNotEmpty();
        assertThat(list.get("items").size()).isLessThanOrEqualTo(5);
        String id = list.get("items").get(0).get("id").asText();
        JsonNode e = http.json("/api/entities/" + enc(id));
        assertThat(e.get("entity").get("id").asText()).isEqualTo(id);
        assertThat(e.get("articles").asLong()).isPositive();
        JsonNode filtered = http.json("/api/entities?q=" + enc(list.get("items").get(0).get("name").asText().substring(0, 3)));
        List<String> names = new ArrayList<>();
        filtered.get("items").forEach(i -> names.add(i.get("name").asText().toLowerCase()));
        assertThat(names).isNotEmpty().allMatch(n -> n.contains(list.get("items").get(0).get("name").asText().substring(0, 3).toLowerCase()));
    }

    @Test
    void storiesListAndOneStory() {
        JsonNode list = http.json("/api/stories");
        assertThat(list.get("items")).isNotEmpty();
        JsonNode s = http.json("/api/stories/" + enc(list.get("items").get(0).get("id").asText()));
        assertThat(s.get("summary").get("id").asText()).isEqualTo(list.get("items").get(0).get("id").asText());
        assertThat(s.get("reports")).isNotEmpty();
    }

    @Test
    void storiesFilterByHowManyArticlesTellThem() {
        JsonNode all = http.json("/api/stories?limit=200").get("items");
        int most = 0;
        for (JsonNode s : all) most = Math.max(most, s.get("articles").asInt());
        assertThat(most).as("a story several articles tell").isGreaterThan(1);
        JsonNode wide = http.json("/api/stories?limit=200&minArticles=" + most).get("items");
        assertThat(wide).isNotEmpty();
        for (JsonNode s : wide) assertThat(s.get("articles").asInt()).isGreaterThanOrEqualTo(most);
        assertThat(http.json("/api/stories?minArticles=" + (most + 1)).get("items")).isEmpty();
        assertThat(http.get("/api/stories?minArticles=0").status()).isEqualTo(400);
    }

    @Test
    void pageAndAssetsAreServedWithAStrictPolicy() {
        Http.Response page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/js/app.js\">");
        assertThat(page.body()).doesNotContain("http://").doesNotContain("https://");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        Http.Response js = http.get("/js/app.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.contentType()).contains("javascript");
        assertThat(http.get("/api/stats").headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
