package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.Layer;
import id.linimasa.Linimasa;
import id.linimasa.Pipeline;
import id.linimasa.Stage;
import id.linimasa.page.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Ingest with an extractor and a pipeline: pages analysed a batch at a time, stage by stage. */
class BatchIngestTest {

    private static final Page JUNK = new Page("junk.bin", null, new byte[]{0, 1, 2, 3}, Page.Kind.TEXT);
    private static final List<Page> PAGES = List.of(TestPages.ORIGINAL, TestPages.COPY, JUNK, TestPages.FOOTBALL, TestPages.TREATY);

    @Test
    void aBadPageInTheMiddleOfABatchFailsAloneAndTheOthersAreStoredAsPageByPage(@TempDir Path dir) throws IOException {
        List<String> calls = new ArrayList<>();
        try (Corpus c = Corpus.open(dir)) {
            IngestReport r = c.ingest(PAGES, TestPages::article, Linimasa.pipeline(), (source, outcome, detail) -> calls.add(source + " " + outcome));
            assertThat(r.read()).isEqualTo(5);
            assertThat(r.stored()).isEqualTo(4);
            assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("junk.bin: no article header"));
            assertThat(calls).containsExactly("a.txt STORED", "b.txt STORED", "junk.bin FAILED", "d.txt STORED", "e.txt STORED");
            Map<String, Analysis> stored = new HashMap<>();
            c.forEachArticle(a -> stored.put(a.analysis().article().source(), a.analysis()));
            assertThat(stored).containsOnlyKeys("a.txt", "b.txt", "d.txt", "e.txt");
            for (Page p : PAGES) {
                if (p != JUNK) assertThat(stored.get(p.source())).as(p.source()).isEqualTo(Linimasa.analyse(TestPages.article(p)));
            }
            assertThat(stored.get("a.txt").entities()).isNotEmpty();
        }
    }

    /** Throws on the football report, as a stage with a bug might on one page. */
    private record Fussy() implements Stage {
        public Set<Layer> needs() {
            return Set.of();
        }

        public Set<Layer> adds() {
            return Set.of();
        }

        public Analysis apply(Analysis a) {
            if (a.article().title().contains("Persija")) throw new IllegalStateException("cannot read " + a.article().source());
            return a;
        }
    }

    @Test
    void aStageThatThrowsOnOneArticleFailsThatPageAlone(@TempDir Path dir) throws IOException {
        Pipeline pipeline = new Pipeline(List.of(new Fussy()));
        try (Corpus c = Corpus.open(dir)) {
            IngestReport r = c.ingest(PAGES, TestPages::article, pipeline, IngestListener.NONE);
            assertThat(r.stored()).isEqualTo(3);
            assertThat(r.failures()).extracting(f -> f.reason())
                    .containsExactly("junk.bin: no article header", "d.txt: analysis failed (java.lang.IllegalStateException: cannot read d.txt)");
            IngestReport again = c.reanalyse(TestPages::article, pipeline, IngestListener.NONE);
            assertThat(again.stored()).isEqualTo(3);
            assertThat(again.failures()).isEmpty();
        }
    }
}
