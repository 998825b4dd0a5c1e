package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.SharedData;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.page.Page;
import id.linimasa.page.PageReader;
import id.linimasa.page.PageSink;
import id.linimasa.timeline.TimelineBuilder;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.timeline.TimelineRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.TreeMap;

/** The corpus over the five real seed pages (read from ../shared at run time), through the real pipeline. */
class SeedCorpusTest {

    @TempDir
    static Path tmp;
    static Corpus corpus;
    static List<Page> pages = new ArrayList<>();

    @BeforeAll
    static void ingest() throws IOException {
        Path seeds = SharedData.seeds();
        new PageReader().read(List.of(seeds.toString()), PageSink.of(pages::add, failure -> {
            throw new AssertionError(failure.reason());
        }));
        ArticleExtractor extractor = new ArticleExtractor();
        corpus = Corpus.open(tmp.resolve("seeds"));
        IngestReport r = corpus.ingest(pages, extractor::extract, Linimasa.pipeline(), IngestListener.NONE);
        assertThat(r.failures()).isEmpty();
        assertThat(r.stored()).isEqualTo(5);
    }

    @Test
    void stemmedSearchFindsEveryFormOfTheWord() throws IOException {
        List<String> hits = corpus.search(SearchQuery.of("tandatangan")).hits().stream().map(SearchResult.Hit::id).toList();
        assertThat(hits).isNotEmpty();
        // every page whose text has a form of "tanda tangan" is found, and only those
        List<String> expected = new ArrayList<>();
        corpus.forEachArticle(a -> {
            if (a.analysis().text().toLowerCase().matches("(?s).*(t|men)andatangan.*")) expected.add(a.id());
        });
        assertThat(hits).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theTwoReportsOfTheFebruary2025MeetingAreOneStoryAndTheOthersApart() throws IOException {
        Map<String, List<String>> byStory = new TreeMap<>();
        corpus.forEachArticle(a -> byStory.computeIfAbsent(a.storyId(), k -> new ArrayList<>())
                .add(a.analysis().article().published().date().toString()));
        List<List<String>> groups = byStory.values().stream().map(g -> g.stream().sorted().toList()).toList();
        assertThat(groups).hasSize(4);
        assertThat(groups).contains(List.of("2025-02-28", "2025-03-01"));
        assertThat(corpus.stats().duplicates()).isZero();
    }

    @Test
    void theStoredMergedEventsAreTheBatchMergeOfTheSeeds() throws IOException {
        List<Analysis> analyses = new ArrayList<>();
        corpus.forEachArticle(a -> analyses.add(a.analysis()));
        List<TimelineRow> batch = new TimelineBuilder().build(analyses, TimelineQuery.involving("RUS", "PRK"));
        assertThat(batch).isNotEmpty();
        assertThat(corpus.timeline(TimelineQuery.involving("Rusia", "Korut"))).isEqualTo(batch);
    }

    @Test
    void namesResolveThroughTheAliasesTheArticlesCarry() throws IOException {
        assertThat(corpus.resolveEntity("Korut")).contains("PRK");
        assertThat(corpus.resolveEntity("korea utara")).contains("PRK");
        assertThat(corpus.resolveEntity("Rusia")).contains("RUS");
        assertThat(corpus.resolveEntity("Russian Federation")).as("a catalog name no seed uses").contains("RUS");
        assertThat(corpus.resolveEntity("Atlantis")).isEmpty();
        long withPrk = corpus.search(new SearchQuery(null, null, null, null, "Korut", null, 10, 0)).total();
        assertThat(withPrk).isEqualTo(5);
    }

    @Test
    void storedAnalysesReadBackEqualToAFreshAnalysis() throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        for (Page p : pages) {
            Analysis fresh = Linimasa.analyse(extractor.extract(p));
            StoredArticle stored = corpus.article(fresh.article().id()).orElseThrow();
            assertThat(stored.analysis()).isEqualTo(fresh);
            assertThat(corpus.page(fresh.article().id()).orElseThrow().bytes()).isEqualTo(p.bytes());
        }
        assertThat(pages.stream().map(Page::source).collect(Collectors.toSet())).hasSize(5);
    }
}
