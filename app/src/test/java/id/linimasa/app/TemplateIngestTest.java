package id.linimasa.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Ingest learns each site's template and keeps it with the corpus; re-analysis leaves it out of the bodies. */
class TemplateIngestTest {

    @Test
    void templateLearnedAtIngestIsLeftOutAfterReanalysis(@TempDir Path tmp) {
        Path pages = Path.of(System.getProperty("linimasa.root", ".")).resolve("examples/extraction/template/html");
        String corpus = tmp.resolve("c").toString();
        assertThat(CommandRun.of("ingest", pages.toString(), "--corpus", corpus).exit()).isEqualTo(Main.OK);
        assertThat(Files.exists(tmp.resolve("c/templates.json"))).isTrue();
        // the first ingest met the site for the first time: its pages still carry the template
        assertThat(CommandRun.of("search", "\"Radio Suara Lembah\"", "--corpus", corpus).out()).startsWith("8 articles");
        CommandRun re = CommandRun.of("reanalyse", "--corpus", corpus);
        assertThat(re.exit()).as(re.err()).isEqualTo(Main.OK);
        assertThat(CommandRun.of("search", "\"Radio Suara Lembah\"", "--corpus", corpus).out()).startsWith("0 articles");
        assertThat(CommandRun.of("search", "\"jembatan gantung\"", "--corpus", corpus).out()).startsWith("1 article");
    }
}
