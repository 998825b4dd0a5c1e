package id.linimasa.app;

import id.linimasa.index.Corpus;
import id.linimasa.index.IngestListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Stories do not depend on the order pages arrive in: a report that bridges two stories started apart joins them. */
class StoryPlacementTest {

    private static final Path PAGES = Path.of(System.getProperty("linimasa.root")).resolve("examples/stories/id/pages");

    private static Set<String> stories(Path dir, List<String> files) throws Exception {
        try (Corpus c = Corpus.open(dir)) {
            c.ingest(LoadedPages.read(files.stream().map(f -> PAGES.resolve(f).toString()).toList()).pages(),
                    PageAnalysis::analyse, IngestListener.NONE);
            Set<String> stories = new HashSet<>();
            c.forEachArticle(a -> stories.add(a.storyId()));
            return stories;
        }
    }

    @Test
    void followUpsIngestedFirstJoinTheStoryOnceTheReportsLinkingThemArrive(@TempDir Path dir) throws Exception {
        // the release and homecoming follow-ups name too little in common to be linked directly; the first reports link both
        List<String> lateFirst = List.of("s1g_kabarnusa.txt", "s1h_cakrawala.html");
        List<String> bridges = List.of("s1a_kabarnusa.txt", "s1b_wartatimur.html", "s1c_cakrawala.html");
        assertThat(stories(dir.resolve("first"), lateFirst)).hasSizeGreaterThan(1);
        assertThat(stories(dir.resolve("all"), Stream.concat(lateFirst.stream(), bridges.stream()).toList())).hasSize(1);
    }
}
