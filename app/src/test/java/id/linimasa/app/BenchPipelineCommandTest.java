package id.linimasa.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench prints its figures (what they are is measured, not asserted) and reports bad pages. */
class BenchPipelineCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsPagesPerSecondForOneThreadAllThreadsAndEachStage() throws Exception {
        Path example = Path.of(System.getProperty("linimasa.root", ".")).resolve("examples/pages/01_kabarnusa_kapal-ditahan.txt");
        Files.copy(example, dir.resolve("a.txt"));
        Files.write(dir.resolve("b.txt"), new byte[0]);
        CommandRun r = CommandRun.of("bench", "pipeline", dir.toString(), "--seconds", "0.2", "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.SOME_FAILED);
        assertThat(r.err()).contains("b.txt");
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertThat(o.has("pages")).as("out: %s err: %s", r.out(), r.err()).isTrue();
        assertThat(o.get("pages").asInt()).isEqualTo(1);
        assertThat(o.get("pages_per_second_one_thread").asDouble()).isPositive();
        assertThat(o.get("pages_per_second_all_threads").asDouble()).isPositive();
        assertThat(o.get("ms_per_page").has("EventCoder")).isTrue();
        assertThat(o.get("ms_per_page").has("QuoteFinder")).isTrue();
    }

    @Test
    void assemblesLongPagesOfTheAskedSizeFromTheGivenOnes() throws Exception {
        Path pages = Path.of(System.getProperty("linimasa.root", ".")).resolve("examples/pages");
        CommandRun r = CommandRun.of("bench", "pipeline", pages.toString(), "--assemble", "4", "--seconds", "0.2", "--threads", "1", "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        JsonNode o = new ObjectMapper().readTree(r.out());
        long given;
        try (var files = Files.list(pages)) {
            given = files.count();
        }
        assertThat(o.get("assembled").asBoolean()).isTrue();
        assertThat(o.get("pages").asInt()).isEqualTo(2 * (int) given); // one HTML page and one text dump each
        // the extractor keeps the assembled body: clutter and a cut lead cost a little, the asked size stays near
        assertThat(o.get("kb_text_per_page").asDouble()).isGreaterThan(3.6);
        assertThat(o.get("kb_page_per_page").asDouble()).isGreaterThan(o.get("kb_text_per_page").asDouble());
        assertThat(o.get("cpu_ms_per_page_one_thread").asDouble()).isPositive();
        // an analysis allocates at least its page's text again (HotSpot counts a thread's allocations)
        assertThat(o.get("kb_allocated_per_page_one_thread").asDouble()).isGreaterThan(o.get("kb_text_per_page").asDouble());
        assertThat(o.get("best_cpu_ms_per_page").get("EntityStage").asDouble()).isPositive();
    }
}
