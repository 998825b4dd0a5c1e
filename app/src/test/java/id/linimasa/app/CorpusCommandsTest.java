package id.linimasa.app;

import com.fasterxml.jackson.databind.JsonNode;
import id.linimasa.index.Corpus;
import id.linimasa.index.IngestListener;
import id.linimasa.index.Json;
import id.linimasa.index.TestPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static id.linimasa.index.TestPages.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The corpus-reading commands, in-process, over a corpus of the index tests' pages. */
class CorpusCommandsTest {

    @TempDir
    static Path tmp;
    static String corpus;

    @BeforeAll
    static void ingest() throws IOException {
        Path dir = tmp.resolve("corpus");
        try (Corpus c = Corpus.open(dir)) {
            c.ingest(ALL, TestPages::analyse, IngestListener.NONE);
        }
        corpus = dir.toString();
    }

    static CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--corpus");
        all.add(corpus);
        return CommandRun.of(all.toArray(String[]::new));
    }

    static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.strip().split("\n")) if (!line.isBlank()) nodes.add(Json.mapper().readTree(line));
        return nodes;
    }

    @Test
    void searchPrintsRankedHitsWithMarkedSnippets() throws IOException {
        CommandRun r = run("search", "tandatangan", "--from", "2025-01-01");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("3 articles").contains("«menandatangani»").contains(id(ORIGINAL)).doesNotContain(id(TREATY));
        CommandRun json = run("search", "tandatangan", "--outlet", "Kabar Timur", "--format", "json");
        assertThat(jsonLines(json.out())).extracting(n -> n.get("id").asText()).containsExactlyInAnyOrder(id(OTHER_REPORT), id(TREATY));
        assertThat(run("search", "x", "--from", "kemarin").exit()).isEqualTo(Main.USAGE);
    }

    @Test
    void showPrintsEveryLayerWithSpans() throws IOException {
        CommandRun r = run("show", id(ORIGINAL));
        assertThat(r.exit()).isZero();
        String text = TestPages.analyse(ORIGINAL).text();
        int at = text.indexOf("Korea Utara");
        assertThat(r.out()).contains("Putin Terima Delegasi Korut di Moskow", "Harian Nusantara", "2025-02-28T16:09+07:00")
                .contains("[" + at + "," + (at + "Korea Utara".length()) + ") \"Korea Utara\"")
                .contains("AGREE/sign 2025-02-27 (DAY)", "Vladimir Putin", "DUPLICATE", id(COPY), "SAME_STORY");
        JsonNode json = jsonLines(run("show", id(COPY), "--format", "json").out()).getFirst();
        assertThat(json.get("duplicateOf").asText()).isEqualTo(id(ORIGINAL));
        assertThat(json.at("/analysis/article/published").asText()).isEqualTo("2025-02-28T18:30+07:00");
        CommandRun missing = run("show", "0000");
        assertThat(missing.exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(missing.err().strip()).isEqualTo("linimasa show: no article 0000 in " + corpus);
    }

    @Test
    void timelineResolvesNamesAndPrintsJsonLinesWithTheContractFields() throws IOException {
        CommandRun r = run("timeline", "Rusia", "Korut", "--format", "json");
        assertThat(r.exit()).isZero();
        List<JsonNode> rows = jsonLines(r.out());
        assertThat(rows).extracting(n -> n.get("date").asText()).containsExactly("2024-06-19", "2025-02-27", "2025-02-27");
        JsonNode row = rows.get(1);
        for (String field : List.of("date", "precision", "type", "actors", "summary", "evidence", "sources")) assertThat(row.has(field)).as(field).isTrue();
        assertThat(row.get("sources").asInt()).isEqualTo(2);
        assertThat(row.at("/evidence/0/articleId").asText()).isNotBlank();
        assertThat(row.at("/evidence/0/outlet").asText()).isNotBlank();
        assertThat(row.at("/evidence/0/sentence").asText()).contains("menandatangani");

        CommandRun text = run("timeline", "Korea Utara", "--type", "consult", "--to", "2025-12-31");
        assertThat(text.out()).contains("2025-02-27", "CONSULT/meet", "(2 sources)").doesNotContain("AGREE");
        CommandRun unknown = run("timeline", "Atlantis");
        assertThat(unknown.exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(unknown.err()).contains("no entity named 'Atlantis'");
        assertThat(run("timeline").exit()).isEqualTo(Main.USAGE);
        for (List<String> badType : List.of(List.of("timeline", "Rusia"), List.of("search", "kerja"))) {
            List<String> args = new ArrayList<>(badType);
            args.addAll(List.of("--type", "rapat"));
            CommandRun bad = run(args.toArray(String[]::new));
            assertThat(bad.exit()).as(badType.toString()).isEqualTo(Main.USAGE);
            assertThat(bad.err().strip()).as(badType.toString()).contains("'rapat'", "CONSULT").doesNotContain("\n");
        }
        CommandRun three = run("timeline", "Rusia", "Korut", "Putin");
        assertThat(three.exit()).isEqualTo(Main.USAGE);
        assertThat(three.err().strip()).startsWith("linimasa timeline: ").contains("Putin").doesNotContain("\n");
        assertThat(three.out()).isEmpty();
    }

    @Test
    void datesTakeAYearAMonthOrADayFromTheStartOrToTheEndOfIt() throws IOException {
        assertThat(searchIds("--from", "2025")).containsExactlyInAnyOrder(id(ORIGINAL), id(COPY), id(OTHER_REPORT), id(FOOTBALL));
        assertThat(searchIds("--from", "2025-03")).containsExactlyInAnyOrder(id(OTHER_REPORT), id(FOOTBALL));
        assertThat(searchIds("--to", "2025-02")).containsExactlyInAnyOrder(id(ORIGINAL), id(COPY), id(TREATY));
        assertThat(searchIds("--to", "2024")).containsExactly(id(TREATY));
        assertThat(searchIds("--from", "2025-02-28", "--to", "2025-02-28")).containsExactlyInAnyOrder(id(ORIGINAL), id(COPY));
        assertThat(jsonLines(run("timeline", "Rusia", "--from", "2025-02", "--to", "2025-02", "--format", "json").out()))
                .extracting(n -> n.get("date").asText()).containsOnly("2025-02-27").isNotEmpty();
        assertThat(jsonLines(run("timeline", "Rusia", "--to", "2024", "--format", "json").out()))
                .extracting(n -> n.get("date").asText()).containsExactly("2024-06-19");
        assertThat(run("stories", "--from", "2026").out()).isBlank();
        assertThat(run("stories", "--to", "2024-06").out()).contains("Pakta Pertahanan Diteken").doesNotContain("Persija");

        for (String bad : List.of("kemarin", "2025-13", "2025/02", "25-02-28", "2025-02-30", "2025-2")) {
            for (String command : List.of("search", "stories", "timeline")) {
                List<String> args = new ArrayList<>(List.of(command));
                if (command.equals("timeline")) args.add("Rusia");
                args.addAll(List.of("--from", bad));
                CommandRun r = run(args.toArray(String[]::new));
                assertThat(r.exit()).as(command + " " + bad).isEqualTo(Main.USAGE);
                assertThat(r.err().strip()).as(command + " " + bad).startsWith("linimasa " + command + ": ")
                        .contains("'" + bad + "'", "YYYY, YYYY-MM or YYYY-MM-DD").doesNotContain("\n").doesNotContain("Exception");
            }
        }
    }

    private static List<String> searchIds(String... dates) throws IOException {
        List<String> args = new ArrayList<>(List.of("search", "", "--limit", "100", "--format", "json"));
        args.addAll(List.of(dates));
        CommandRun r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isZero();
        return jsonLines(r.out()).stream().map(n -> n.get("id").asText()).toList();
    }

    @Test
    void exportWritesArticlesAndEventsAsJsonLinesOrCsv() throws IOException {
        List<JsonNode> articles = jsonLines(run("export", "--what", "articles").out());
        assertThat(articles).hasSize(5);
        assertThat(articles).allSatisfy(a -> assertThat(a.at("/analysis/article/id").asText()).isNotBlank());
        List<JsonNode> events = jsonLines(run("export", "--what", "events", "--format", "jsonl").out());
        assertThat(events).hasSize(7);
        assertThat(events).allSatisfy(e -> assertThat(e.get("sentence").asText()).isNotBlank());
        String csv = run("export", "--what", "events", "--format", "csv").out();
        String[] lines = csv.strip().split("\r?\n");
        assertThat(lines[0]).startsWith("article_id,outlet,published");
        assertThat(lines).hasSize(8);
        assertThat(run("export", "--what", "people").exit()).isEqualTo(Main.USAGE);
    }

    @Test
    void storiesStoryQuotesEntitiesAndEntity() {
        String storyId = TestPages.id(ORIGINAL);
        CommandRun stories = run("stories", "--min-articles", "2");
        assertThat(stories.out()).contains(storyId, "2 articles + 1 copy", "Harian Nusantara, Portal Kilat, Kabar Timur")
                .doesNotContain("Persija");
        CommandRun story = run("story", storyId);
        assertThat(story.out()).contains("syndicated copy of " + id(ORIGINAL), "Kabar Timur", "new voices: Vladimir Putin");
        assertThat(run("quotes", "Putin").out()).contains("Hubungan kedua bangsa kita", "Harian Nusantara");
        assertThat(run("entities", "--type", "PER").out()).contains("Vladimir Putin").doesNotContain("Korea Utara");
        assertThat(run("entity", "Korut").out()).contains("Korea Utara  (PRK, LOC, PRK)", "named in 4 articles", "Vladimir Putin");
        assertThat(run("entity", "Nobody").exit()).isEqualTo(Main.SOME_FAILED);
    }

    @Test
    void aMissingCorpusIsOneLineAndExitOneAndNothingIsCreated(@TempDir Path empty) {
        Path missing = empty.resolve("nothing");
        List<List<String>> reads = List.of(List.of("search", "apa"), List.of("show", "x"), List.of("timeline", "Rusia"),
                List.of("export"), List.of("stories"), List.of("story", "x"), List.of("quotes", "Putin"), List.of("entities"),
                List.of("entity", "Putin"), List.of("serve", "--port", "0"));
        for (List<String> command : reads) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--corpus", missing.toString()));
            CommandRun r = CommandRun.of(args.toArray(String[]::new));
            assertThat(r.exit()).as(command.toString()).isEqualTo(Main.SOME_FAILED);
            assertThat(r.err().strip()).as(command.toString())
                    .startsWith("linimasa " + command.getFirst() + ": no corpus at " + missing).doesNotContain("\n");
            assertThat(missing).as(command.toString()).doesNotExist();
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("ingest", "search", "show", "timeline", "export", "stories", "story", "quotes", "entities", "entity", "demo", "reanalyse")) {
            CommandRun r = CommandRun.of(cmd, "--help");
            assertThat(r.exit()).as(cmd).isZero();
            assertThat(r.out()).as(cmd).contains("Usage: linimasa " + cmd);
        }
    }
}
