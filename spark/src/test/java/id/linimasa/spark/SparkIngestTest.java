package id.linimasa.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.entity.Entity;
import id.linimasa.entity.Mention;
import id.linimasa.event.Event;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.page.Page;
import id.linimasa.page.PageReader;
import id.linimasa.quote.Quote;
import id.linimasa.text.Sentence;
import id.linimasa.time.Timex;
import org.apache.spark.SparkException;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static id.linimasa.spark.CommandRun.run;
import static id.linimasa.spark.OpenSearch.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job end to end on a real Spark session (local, two cores) writing to a real OpenSearch node started in this
 * JVM: what is indexed is what the core pipeline gives for the same page, a re-run writes nothing, bad pages are
 * reported while the rest is indexed, a page OpenSearch refuses is left out whole, and search finds articles.
 * Each test writes to indices of its own prefix.
 */
@ExtendWith(TestCluster.class)
class SparkIngestTest {

    private static final Path PAGES = Path.of(System.getProperty("linimasa.root")).resolve("examples/pages");

    private static SparkSession spark;
    private static String url;
    private static OpenSearch os;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = TestCluster.spark();
        url = TestCluster.url();
        os = new OpenSearch(url);
    }

    /** The job as the ingest command runs it: indices first (a missing one with its mapping), then Spark. */
    private static SparkIngest.Report ingest(String path, String prefix, int partitions) throws IOException {
        SparkIngest.createIndices(os, prefix);
        return SparkIngest.run(spark, List.of(path), url, prefix, partitions);
    }

    /** The example pages as the core reads and analyses them, by content hash. */
    private static Map<String, Analysis> coreAnalyses() throws Exception {
        return coreAnalyses(PAGES);
    }

    private static Map<String, Analysis> coreAnalyses(Path folder) throws Exception {
        Map<String, Analysis> bySha = new LinkedHashMap<>();
        ArticleExtractor extractor = new ArticleExtractor();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                Page page = new PageReader().read(f.toString(), f);
                bySha.put(page.sha256(), Linimasa.analyse(extractor.extract(page)));
            }
        }
        return bySha;
    }

    private static long count(String index, String field, String value) throws IOException {
        ObjectNode q = JSON.createObjectNode();
        q.put("size", 0).put("track_total_hits", true);
        if (field == null) q.putObject("query").putObject("match_all");
        else q.putObject("query").putObject("term").put(field, value);
        return os.search(index, q).path("hits").path("total").path("value").asLong();
    }

    private static <T> List<T> layer(JsonNode source, String field, TypeReference<List<T>> type) {
        return JSON.convertValue(source.path(field), type);
    }

    @Test
    void indexedArticlesAndEventsHoldWhatTheCorePipelineGives() throws Exception {
        Map<String, Analysis> expected = coreAnalyses();
        SparkIngest.Report r = ingest(PAGES.toString(), "same", 0);

        assertThat(r.failures()).isEmpty();
        assertThat(r.read()).isEqualTo(expected.size());
        assertThat(r.indexed()).isEqualTo(expected.size());
        assertThat(count("same-articles", null, null)).isEqualTo(expected.size());
        int events = 0;
        for (Map.Entry<String, Analysis> e : expected.entrySet()) {
            Analysis a = e.getValue();
            JsonNode doc = os.get("same-articles", e.getKey());
            assertThat(doc).as("article of page %s", a.article().source()).isNotNull();
            JsonNode s = doc.path("_source");
            assertThat(s.path("id").asText()).isEqualTo(a.article().id());
            assertThat(s.path("title").textValue()).isEqualTo(a.article().title());
            assertThat(s.path("body").asText()).isEqualTo(a.article().text());
            assertThat(s.path("outlet").textValue()).isEqualTo(a.article().outlet());
            assertThat(s.path("published_iso").textValue()).isEqualTo(a.article().published() == null ? null : a.article().published().iso());
            assertThat(layer(s, "captions", new TypeReference<List<String>>() { })).isEqualTo(a.article().captions());
            assertThat(layer(s, "authors", new TypeReference<List<String>>() { })).isEqualTo(a.article().authors());
            assertThat(layer(s, "sentences", new TypeReference<List<Sentence>>() { })).isEqualTo(a.sentences());
            assertThat(layer(s, "mentions", new TypeReference<List<Mention>>() { })).isEqualTo(a.mentions());
            assertThat(layer(s, "entities", new TypeReference<List<Entity>>() { })).isEqualTo(a.entities());
            assertThat(layer(s, "timexes", new TypeReference<List<Timex>>() { })).isEqualTo(a.timexes());
            assertThat(layer(s, "quotes", new TypeReference<List<Quote>>() { })).isEqualTo(a.quotes());
            assertThat(layer(s, "events", new TypeReference<List<Event>>() { })).isEqualTo(a.events());
            // one event document per event, its evidence sentence the words its span points at
            assertThat(count("same-events", "page_sha", e.getKey())).isEqualTo(a.events().size());
            for (int i = 0; i < a.events().size(); i++) {
                Event ev = a.events().get(i);
                JsonNode es = os.get("same-events", ArticleDocuments.eventId(e.getKey(), i)).path("_source");
                assertThat(es.path("article_id").asText()).isEqualTo(a.article().id());
                assertThat(es.path("type").asText()).isEqualTo(ev.type().name());
                assertThat(es.path("sentence").asText()).isEqualTo(ev.sentence().of(a.text()));
                assertThat(JSON.convertValue(es.path("event"), Event.class)).isEqualTo(ev);
            }
            events += a.events().size();
        }
        assertThat(events).as("the examples have events to check").isPositive();
        assertThat(count("same-events", null, null)).isEqualTo(events);
        // the mapping works for queries: an entity id and an event type find the articles that have them
        Analysis withEvents = expected.values().stream().filter(a -> !a.events().isEmpty()).findFirst().orElseThrow();
        String type = withEvents.events().getFirst().type().name();
        assertThat(count("same-articles", "event_types", type))
                .isEqualTo(expected.values().stream().filter(a -> a.events().stream().anyMatch(ev -> ev.type().name().equals(type))).count());
        String entity = withEvents.entities().getFirst().id();
        assertThat(count("same-articles", "entity_ids", entity))
                .isEqualTo(expected.values().stream().filter(a -> a.entity(entity) != null).count());
    }

    @Test
    void aSecondRunWritesNothing() throws IOException {
        SparkIngest.Report first = ingest(PAGES.toString(), "again", 3);
        assertThat(first.indexed()).isPositive();
        Map<String, Long> versions = seqNos("again-articles");
        versions.putAll(seqNos("again-events"));

        // the same files through a Hadoop URI: the content hash, not the path, says a page is indexed
        SparkIngest.Report second = ingest(PAGES.toUri().toString(), "again", 3);

        assertThat(second.failures()).isEmpty();
        assertThat(second.read()).isEqualTo(first.read());
        assertThat(second.indexed()).isZero();
        assertThat(second.unchanged()).isEqualTo(first.indexed());
        Map<String, Long> after = seqNos("again-articles");
        after.putAll(seqNos("again-events"));
        assertThat(after).isEqualTo(versions);
    }

    /** Every document's id and sequence number: a write of any kind, even of the same content, changes the latter. */
    private static Map<String, Long> seqNos(String index) throws IOException {
        ObjectNode q = JSON.createObjectNode();
        q.put("size", 1000).put("seq_no_primary_term", true).put("_source", false);
        q.putObject("query").putObject("match_all");
        Map<String, Long> out = new LinkedHashMap<>();
        for (JsonNode h : os.search(index, q).path("hits").path("hits")) out.put(h.path("_id").asText(), h.path("_seq_no").asLong());
        assertThat(out).isNotEmpty();
        return out;
    }

    @Test
    void badPagesAreReportedWithTheirReasonAndTheRestIsIndexed() throws Exception {
        Path good = Files.copy(PAGES.resolve("01_kabarnusa_kapal-ditahan.txt"), dir.resolve("baik.txt"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("dikompres.html.gz")))) {
            out.write(Files.readAllBytes(PAGES.resolve("02_wartatimur_tuduhan-dan-ancaman.html")));
        }
        Files.createFile(dir.resolve("kosong.html"));
        Files.write(dir.resolve("gambar.html"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3, 4, 5, 6});
        Files.write(dir.resolve("rusak.html.gz"), new byte[]{0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Files.writeString(dir.resolve("pendek.html"), "<html><body><p>Halaman ini kosong.</p></body></html>");
        Files.writeString(dir.resolve("catatan.md"), "bukan halaman");
        String missing = dir.resolve("tidak-ada").toString();

        CommandRun run = run("ingest", "--opensearch", url, "--index-prefix", "bad", "--partitions", "2", dir.toString(), missing);

        assertThat(run.code()).isEqualTo(LinimasaSpark.SOME_FAILED);
        String d = dir.toString();
        assertThat(run.err().lines().toList()).containsExactlyInAnyOrder(
                d + "/gambar.html: binary file, not an HTML page or a text dump",
                d + "/kosong.html: empty file",
                run.err().lines().filter(l -> l.startsWith(d + "/pendek.html: no article")).findFirst().orElse("pendek.html not reported"),
                run.err().lines().filter(l -> l.startsWith(d + "/rusak.html.gz: corrupt gzip data")).findFirst().orElse("rusak.html.gz not reported"),
                missing + ": no such file or folder");
        assertThat(run.out()).contains("pages read: 6\n", "articles indexed: 2\n", "failed: 5\n");
        Page gzipped = new PageReader().read("x", dir.resolve("dikompres.html.gz"));
        assertThat(os.get("bad-articles", gzipped.sha256()).path("_source").path("source").asText()).isEqualTo(d + "/dikompres.html.gz");
        assertThat(os.get("bad-articles", new PageReader().read("x", good).sha256())).isNotNull();
        assertThat(count("bad-articles", null, null)).isEqualTo(2);
    }

    /** A fictional report with nothing to code as an event: no actor does anything to another. */
    private static final String QUIET_PAGE = """
            Cuaca Cerah Sambut Festival Layang-layang di Pantai Selatan

            Kabar Pesisir - Minggu, 9 Maret 2025 | 08.15 WIB

            Langit biru dan angin yang stabil menjadi pemandangan sepanjang pagi di pantai selatan. Ratusan layang-layang
            berwarna cerah menghiasi udara sejak matahari terbit, dari yang berbentuk ikan hingga naga panjang berekor merah.

            Pedagang makanan berjajar di sepanjang pasir, menjual jagung bakar, kelapa muda, dan aneka gorengan hangat.
            Anak-anak berlarian di tepi air sambil menarik benang layang-layang kecil buatan sendiri.

            Menurut catatan panitia, festival tahun ini berlangsung selama tiga hari dan ditutup dengan pertunjukan lampu
            pada malam terakhir. Suasana pantai tetap tertib dan bersih hingga sore hari.
            """;

    @Test
    void aPageOpenSearchRefusesIsLeftOutWhole() throws Exception {
        Files.copy(PAGES.resolve("01_kabarnusa_kapal-ditahan.txt"), dir.resolve("01.txt"));
        Files.copy(PAGES.resolve("07_cakrawala_pertemuan-jakarta.html"), dir.resolve("07.html"));
        Path quiet = Files.writeString(dir.resolve("festival.txt"), QUIET_PAGE);
        Map<String, Analysis> expected = coreAnalyses(dir);
        Analysis festival = expected.get(new PageReader().read("x", quiet).sha256());
        assertThat(festival.article().text()).as("the page without events is an article").isNotBlank();
        assertThat(festival.events()).as("the page without events has none").isEmpty();
        // an events index whose mapping cannot take an evidence sentence: every page with events is refused
        ObjectNode definition = JSON.createObjectNode();
        definition.putObject("mappings").putObject("properties").putObject("sentence").put("type", "integer");
        os.ensureIndex("refused-events", definition);

        SparkIngest.Report r = ingest(dir.toString(), "refused", 0);

        assertThat(r.failures()).hasSize(2)
                .anySatisfy(f -> assertThat(f).startsWith(dir + "/01.txt: not indexed (OpenSearch: mapper_parsing_exception"))
                .anySatisfy(f -> assertThat(f).startsWith(dir + "/07.html: not indexed (OpenSearch: mapper_parsing_exception"));
        assertThat(r.indexed()).isEqualTo(1);
        for (Map.Entry<String, Analysis> e : expected.entrySet()) {
            boolean refused = !e.getValue().events().isEmpty();
            assertThat(os.get("refused-articles", e.getKey()) == null).as(e.getValue().article().source()).isEqualTo(refused);
        }
        assertThat(count("refused-events", null, null)).isZero();

        // with an events index that takes them, a re-run indexes the refused pages, events and article
        assertThat(http("DELETE", "refused-events").statusCode()).isEqualTo(200);
        SparkIngest.Report again = ingest(dir.toString(), "refused", 0);
        assertThat(again.failures()).isEmpty();
        assertThat(again.indexed()).isEqualTo(2);
        assertThat(again.unchanged()).isEqualTo(1);
        os.refresh("refused-events");
        for (Map.Entry<String, Analysis> e : expected.entrySet()) {
            assertThat(os.get("refused-articles", e.getKey())).as(e.getValue().article().source()).isNotNull();
            assertThat(count("refused-events", "page_sha", e.getKey())).isEqualTo(e.getValue().events().size());
        }
    }

    @Test
    void aPageWhoseArticleIsRefusedLeavesNoEvents() throws Exception {
        Files.copy(PAGES.resolve("01_kabarnusa_kapal-ditahan.txt"), dir.resolve("01.txt"));
        Path quiet = Files.writeString(dir.resolve("festival.txt"), QUIET_PAGE);
        Map<String, Analysis> expected = coreAnalyses(dir);
        String withEvents = new PageReader().read("x", dir.resolve("01.txt")).sha256();
        assertThat(expected.get(withEvents).events()).isNotEmpty();
        // an articles index that cannot take event type names: the article of a page with events is refused after its events went in
        ObjectNode definition = JSON.createObjectNode();
        definition.putObject("mappings").putObject("properties").putObject("event_types").put("type", "integer");
        os.ensureIndex("noarticle-articles", definition);

        SparkIngest.Report r = ingest(dir.toString(), "noarticle", 0);

        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f).startsWith(dir + "/01.txt: not indexed (OpenSearch: mapper_parsing_exception"));
        assertThat(r.indexed()).isEqualTo(1);
        assertThat(os.get("noarticle-articles", withEvents)).isNull();
        assertThat(os.get("noarticle-articles", new PageReader().read("x", quiet).sha256())).isNotNull();
        assertThat(count("noarticle-events", null, null)).as("the refused article's events are deleted again").isZero();
    }

    @Test
    void theSameBytesInSeveralTasksAreOneArticleCountedOnce() throws Exception {
        Path page = PAGES.resolve("01_kabarnusa_kapal-ditahan.txt");
        for (int i = 0; i < 6; i++) Files.copy(page, dir.resolve("salinan-" + i + ".txt"));
        String sha = new PageReader().read("x", page).sha256();

        // one task per copy, two at a time: tasks look the page up before any of them has written it
        SparkIngest.Report r = ingest(dir.toString(), "copies", 6);

        assertThat(r.failures()).isEmpty();
        assertThat(r.read()).isEqualTo(6);
        assertThat(r.indexed()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(5);
        assertThat(count("copies-articles", null, null)).isEqualTo(1);
        assertThat(count("copies-events", "page_sha", sha)).isEqualTo(coreAnalyses(dir).get(sha).events().size());
    }

    /** Sends one request to the test node and gives back its answer. */
    private static HttpResponse<String> http(String method, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/" + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aJobThatFailsIsOneLine() throws IOException {
        // a closed articles index exists (no mapping is made) but refuses the look-up of every task: the job aborts
        SparkIngest.createIndices(os, "closed");
        assertThat(http("POST", "closed-articles/_close").statusCode()).isEqualTo(200);

        CommandRun run = run("ingest", "--opensearch", url, "--index-prefix", "closed", PAGES.toString());

        assertThat(run.code()).isEqualTo(LinimasaSpark.SOME_FAILED);
        assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("linimasa-spark ingest: ").contains("index_closed_exception").doesNotContain("Driver stacktrace"));
    }

    @Test
    void aFailureIsShownAsItsFirstIoCauseOrItsRootCausesFirstLine() {
        String trace = "\n\tat id.linimasa.spark.IngestTask.call(IngestTask.java:1)\nDriver stacktrace:\n\tat org.apache.spark.x(x.scala:1)";
        IOException io = new IOException("cannot reach OpenSearch at http://os:9200/ (connection refused)", new java.net.ConnectException());
        assertThat(LinimasaSpark.oneLine(new SparkException("Job aborted due to stage failure: lost task 0.0" + trace, io)))
                .isEqualTo(io.getMessage());
        assertThat(LinimasaSpark.oneLine(new SparkException("Job aborted due to stage failure: lost task 0.0" + trace)))
                .isEqualTo("SparkException: Job aborted due to stage failure: lost task 0.0");
        assertThat(LinimasaSpark.oneLine(new RuntimeException("wrapped", new IllegalStateException("no models"))))
                .isEqualTo("IllegalStateException: no models");
    }

    @Test
    void searchRanksTheArticleThatHasAWordOfItsBody() throws Exception {
        Map<String, Analysis> expected = coreAnalyses();
        // the test's session is running: the command joins it and says that --master is not what it runs on
        CommandRun ingest = run("ingest", "--opensearch", url, "--index-prefix", "find", "--master", "local[1]", PAGES.toString());
        assertThat(ingest.code()).isEqualTo(LinimasaSpark.OK);
        assertThat(ingest.err()).isEqualTo("linimasa-spark ingest: --master local[1] ignored: joining the running Spark session on local[2]\n");
        // a word of one article's body whose search term (after the index's stemming) no other article has
        List<Analysis> all = new ArrayList<>(expected.values());
        Analysis target = all.get(3);
        java.util.Set<String> elsewhere = new java.util.HashSet<>();
        for (Analysis a : all) if (a != target) analyze(a.article().title() + "\n" + a.text()).forEach(t -> elsewhere.add(t.path("token").asText()));
        String body = target.article().text();
        String word = analyze(body).stream()
                .filter(t -> !elsewhere.contains(t.path("token").asText()))
                .map(t -> body.substring(t.path("start_offset").asInt(), t.path("end_offset").asInt()))
                .filter(w -> w.length() >= 6 && w.chars().allMatch(Character::isLetter))
                .findFirst().orElseThrow();

        CommandRun text = run("search", "--opensearch", url, "--index-prefix", "find", word.toLowerCase(Locale.ROOT));
        assertThat(text.code()).isEqualTo(LinimasaSpark.OK);
        assertThat(text.out()).as("search for %s", word).startsWith("1 article\n").contains("1. " + target.article().title(), target.article().id(), "«" + word + "»");

        CommandRun json = run("search", "--opensearch", url, "--index-prefix", "find", "--format", "json", word);
        JsonNode hit = JSON.readTree(json.out().lines().findFirst().orElseThrow());
        assertThat(hit.path("id").asText()).isEqualTo(target.article().id());
        assertThat(hit.path("snippet").asText()).contains("«" + word + "»");
    }

    /** The tokens (term and offsets) the articles index's analyzer makes of a text. */
    private static List<JsonNode> analyze(String text) {
        try {
            ObjectNode q = JSON.createObjectNode().put("analyzer", "linimasa").put("text", text);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/find-articles/_analyze"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(q.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<JsonNode> tokens = new ArrayList<>();
            JSON.readTree(r.body()).path("tokens").forEach(tokens::add);
            return tokens;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void commandsFollowTheExitCodes() {
        assertThat(run("--help").code()).isEqualTo(LinimasaSpark.OK);
        CommandRun help = run("ingest", "--help");
        assertThat(help.code()).isEqualTo(LinimasaSpark.OK);
        assertThat(help.out()).contains("--opensearch", "--master", "PATH");
        CommandRun noUrl = run("ingest", PAGES.toString());
        assertThat(noUrl.code()).isEqualTo(LinimasaSpark.USAGE);
        assertThat(noUrl.err()).startsWith("linimasa-spark ingest: Missing required option: '--opensearch=URL'");
        CommandRun notAnAddress = run("ingest", "--opensearch", "localhost:9200", PAGES.toString());
        assertThat(notAnAddress.code()).isEqualTo(LinimasaSpark.USAGE);
        assertThat(notAnAddress.err()).startsWith("linimasa-spark ingest: --opensearch: not an http(s) address: localhost:9200");
        CommandRun ingestDown = run("ingest", "--opensearch", "http://127.0.0.1:1", PAGES.toString());
        assertThat(ingestDown.code()).isEqualTo(LinimasaSpark.SOME_FAILED);
        assertThat(ingestDown.err()).isEqualTo("linimasa-spark ingest: cannot reach OpenSearch at http://127.0.0.1:1/ (connection refused)\n");
        CommandRun down = run("search", "--opensearch", "http://127.0.0.1:1", "kapal");
        assertThat(down.code()).isEqualTo(LinimasaSpark.SOME_FAILED);
        assertThat(down.err()).isEqualTo("linimasa-spark search: cannot reach OpenSearch at http://127.0.0.1:1/ (connection refused)\n");
    }
}
