package id.linimasa.index;

import id.linimasa.page.Page;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Facets of more matches than the sample holds are estimated from a random sample and scaled to all matches. */
class FacetSampleTest {

    private static final int ARTICLES = 400, SAMPLE = 100;

    @Test
    void facetsOfManyMatchesAreEstimatedFromASampleAndScaledFewMatchesAreCountedEach(@TempDir Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String outlet = i % 4 == 3 ? "Kabar Timur" : "Harian Nusantara"; // three in four from the first
            String body = "Harga beras di pasar nomor " + i + " naik " + (i * 7 % 13) + " persen. Pedagang "
                    + Integer.toString(i * 7919 + 1000, 36) + " mengeluh" + (i < 40 ? " soal gudang." : ".");
            pages.add(TestPages.page("p" + i + ".txt", "Pasar " + i, outlet, String.format("2025-01-%02d", 1 + i % 28), body));
        }
        try (Corpus corpus = Corpus.open(dir)) {
            assertThat(corpus.ingest(pages, TestPages::analyse, IngestListener.NONE).stored()).isEqualTo(ARTICLES);
        }
        try (var directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            var state = new DefaultSortedSetDocValuesReaderState(reader, ArticleDocument.FACETS);
            ArticleSearch search = new ArticleSearch(new SearchAnalyzer(), SAMPLE);

            SearchResult many = search.search(new IndexSearcher(reader), state, SearchQuery.of("beras"), n -> Optional.empty(), id -> id);
            assertThat(many.total()).as("the total stays exact").isEqualTo(ARTICLES);
            assertThat(many.facetsEstimated()).isTrue();
            assertThat(many.facetSample()).isBetween(SAMPLE / 2L, SAMPLE * 3L / 2);
            Map<String, Long> outlets = many.facets().get("outlet").stream().collect(Collectors.toMap(FacetCount::label, FacetCount::count));
            assertThat(outlets.get("Harian Nusantara")).as("scaled to about 300 of 400").isBetween(230L, 370L);
            assertThat(outlets.get("Kabar Timur")).as("scaled to about 100 of 400").isBetween(40L, 170L);

            SearchResult few = search.search(new IndexSearcher(reader), state, SearchQuery.of("gudang"), n -> Optional.empty(), id -> id);
            assertThat(few.total()).isEqualTo(40);
            assertThat(few.facetsEstimated()).isFalse();
            assertThat(few.facetSample()).isEqualTo(40);
            assertThat(few.facets().get("outlet")).extracting(FacetCount::count).containsExactlyInAnyOrder(30L, 10L);
        }
    }
}
