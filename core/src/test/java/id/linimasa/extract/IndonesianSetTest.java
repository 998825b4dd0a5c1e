package id.linimasa.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.linimasa.eval.ExtractionEvaluation;
import id.linimasa.page.Page;
import id.linimasa.page.PageReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled Indonesian set (examples/extraction/id, pages written for this project in the shapes of many
 * outlets' templates): every headline exact and every publication time exact to the minute, in the zone the
 * page prints (WIB, WITA, WIT), which is stricter than the evaluation's same-day date accuracy.
 */
class IndonesianSetTest {

    private static final Path SET = Path.of(System.getProperty("linimasa.root", ".")).resolve("examples/extraction/id");

    @Test
    void titlesAndPublicationTimesAreExact() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(SET.resolve("ground-truth.json").toFile());
        ArticleExtractor extractor = new ArticleExtractor();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : gold.properties()) {
            Path file = SET.resolve("html").resolve(e.getKey() + ".html.gz");
            Page read = new PageReader().read(file.toString(), file);
            Article a = extractor.extract(new Page(read.source(), e.getValue().get("url").asText(), read.bytes(), read.kind()));
            if (!e.getValue().get("title").asText().equals(a.title())) wrong.add(e.getKey() + " title: " + a.title());
            PublicationTime want = PublicationTime.parse(e.getValue().get("published").asText());
            PublicationTime got = a.published();
            // a page that states only a day (its address) is checked for the day, one that prints no zone anywhere for its local time
            if (!ExtractionEvaluation.exactTime(want, got)) wrong.add(e.getKey() + " published: " + (got == null ? null : got.iso()));
        }
        assertThat(wrong).isEmpty();
        assertThat(gold.size()).isGreaterThanOrEqualTo(36);
    }

    @Test
    void bodiesScoreAsWellAsTheGate() throws Exception {
        ExtractionEvaluation.Report r = new ExtractionEvaluation().run(SET);
        assertThat(r.f1()).isGreaterThanOrEqualTo(0.98);
        assertThat(r.precision()).isGreaterThanOrEqualTo(0.97);
    }
}
