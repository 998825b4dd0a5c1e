package id.linimasa.index;

import id.linimasa.entity.EntityType;
import id.linimasa.event.Plover;
import id.linimasa.page.Page;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.timeline.TimelineRow;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static id.linimasa.index.TestPages.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import id.linimasa.extract.UnreadablePageException;
import id.linimasa.page.PageFailure;
import org.assertj.core.groups.Tuple;

class CorpusTest {
    @TempDir
    Path dir;
    Corpus corpus;

    @BeforeEach
    void ingest() throws IOException {
        corpus = Corpus.open(dir.resolve("corpus"));
        IngestReport r = corpus.ingest(ALL, TestPages::analyse, IngestListener.NONE);
        assertThat(r.stored()).isEqualTo(5);
        assertThat(r.failures()).isEmpty();
    }


    @Test
    void reingestingTheSamePagesChangesNothing() throws IOException {
        var before = corpus.stats();
        IngestReport again = corpus.ingest(ALL, TestPages::analyse, IngestListener.NONE);
        assertThat(again.read()).isEqualTo(5);
        assertThat(again.stored()).isZero();
        assertThat(again.skipped()).isEqualTo(5);
        assertThat(corpus.stats()).isEqualTo(before);
        assertThat(corpus.article(id(COPY)).orElseThrow().duplicateOf()).isEqualTo(id(ORIGINAL));
    }

    @Test
    void stemmedSearchFindsInflectedFormsAndMarksThem() throws IOException {
        SearchResult r = corpus.search(SearchQuery.of("tandatangan"));
        assertThat(r.hits()).extracting(SearchResult.Hit::id)
                .containsExactlyInAnyOrder(id(ORIGINAL), id(COPY), id(OTHER_REPORT), id(TREATY));
        assertThat(r.total()).isEqualTo(4);
        SearchResult.Hit hit = r.hits().getFirst();
        assertThat(hit.snippet().marks()).isNotEmpty();
        assertThat(hit.snippet().marks()).allSatisfy(m -> assertThat(m.of(hit.snippet().text())).isEqualToIgnoringCase("menandatangani"));
        assertThat(hit.snippet().marked("[", "]")).contains("[menandatangani]");

        assertThat(corpus.search(SearchQuery.of("temu")).hits()).extracting(SearchResult.Hit::id).contains(id(ORIGINAL), id(OTHER_REPORT));
        assertThat(corpus.search(SearchQuery.of("Persija menang")).hits()).extracting(SearchResult.Hit::id).containsExactly(id(FOOTBALL));
        assertThat(corpus.search(SearchQuery.of("kereta api pupuk")).hits()).extracting(SearchResult.Hit::id)
                .containsExactlyInAnyOrder(id(ORIGINAL), id(COPY));
    }

    @Test
    void everyHitOfAPageHasEachOfItsMatchedWordsMarked() throws IOException {
        SearchResult r = corpus.search(SearchQuery.of("Rusia tandatangan"));
        assertThat(r.hits()).extracting(SearchResult.Hit::id)
                .containsExactlyInAnyOrder(id(ORIGINAL), id(COPY), id(OTHER_REPORT), id(TREATY));
        // the pages share a segment, so the highlighter's postings move from hit to hit: each hit still gets its own words
        assertThat(r.hits()).allSatisfy(hit -> assertThat(hit.snippet().marks().stream()
                .map(m -> m.of(hit.snippet().text()).toLowerCase()).distinct().sorted().toList())
                .as(hit.id()).containsExactly("menandatangani", "rusia"));
    }

    @Test
    void eachHitMarksItsOwnWordsWhenEveryPageIsASegmentIngestedInReverse(@TempDir Path other) throws IOException {
        // a commit merges the small segments, so each page is ingested into a corpus of its own and the indexes are
        // joined unmerged: newest-first hits then step back in doc ids and from segment to segment, and the
        // highlighter's postings are opened again for each
        List<Directory> parts = new ArrayList<>();
        for (Page page : ALL.reversed()) {
            Path part = other.resolve("part" + parts.size());
            try (Corpus c = Corpus.open(part)) {
                c.ingest(List.of(page), TestPages::analyse, IngestListener.NONE);
            }
            parts.add(FSDirectory.open(part));
        }
        try (IndexWriter joined = new IndexWriter(FSDirectory.open(other.resolve("corpus")),
                new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            joined.addIndexes(parts.toArray(Directory[]::new));
            joined.commit();
        }
        for (Directory d : parts) d.close();
        try (Corpus segmented = Corpus.open(other.resolve("corpus"))) {
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(other.resolve("corpus")))) {
                assertThat(reader.leaves()).as("one segment per page").hasSize(ALL.size());
            }
            for (String query : List.of("pyongyang|pupuk|militer", "moskow|kim|persija", "ekonomi|strategis|sundulan")) {
                List<String> words = List.of(query.split("\\|"));
                int total = segmented.search(new SearchQuery(query, null, null, null, null, null, 10, 0)).hits().size();
                assertThat(total).as(query).isGreaterThanOrEqualTo(3);
                for (int offset = 0; offset <= 2; offset++) {
                    for (SearchResult.Hit hit : segmented.search(new SearchQuery(query, null, null, null, null, null, 2, offset)).hits()) {
                        String text = hit.snippet().text();
                        List<String> present = words.stream()
                                .filter(w -> Pattern.compile("\\b" + w + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).find()).toList();
                        assertThat(present).as(query + " @" + offset + " " + hit.id()).isNotEmpty();
                        assertThat(hit.snippet().marks().stream().map(m -> m.of(text).toLowerCase()).distinct().sorted().toList())
                                .as(query + " @" + offset + " " + hit.id()).containsExactlyElementsOf(present.stream().sorted().toList());
                    }
                }
            }
        }
    }

    @Test
    void filtersByDateOutletEntityAndEventType() throws IOException {
        var all = new SearchQuery("tandatangan", null, null, null, null, null, 10, 0);
        assertThat(ids(corpus.search(new SearchQuery("tandatangan", LocalDate.of(2025, 1, 1), null, null, null, null, 10, 0))))
                .containsExactlyInAnyOrder(id(ORIGINAL), id(COPY), id(OTHER_REPORT));
        assertThat(ids(corpus.search(new SearchQuery(null, null, LocalDate.of(2025, 2, 28), null, null, null, 10, 0))))
                .containsExactlyInAnyOrder(id(ORIGINAL), id(COPY), id(TREATY));
        assertThat(ids(corpus.search(new SearchQuery(null, null, null, "kabar timur", null, null, 10, 0))))
                .containsExactlyInAnyOrder(id(OTHER_REPORT), id(TREATY));
        assertThat(ids(corpus.search(new SearchQuery(null, null, null, null, "Korut", null, 10, 0))))
                .containsExactlyInAnyOrder(id(ORIGINAL), id(COPY), id(OTHER_REPORT), id(TREATY));
        assertThat(ids(corpus.search(new SearchQuery(null, null, null, null, "Persija", null, 10, 0)))).containsExactly(id(FOOTBALL));
        assertThat(ids(corpus.search(new SearchQuery(null, null, null, null, "Tidak Ada", null, 10, 0)))).isEmpty();
        assertThat(ids(corpus.search(new SearchQuery(null, null, null, null, null, Plover.CONSULT, 10, 0))))
                .containsExactlyInAnyOrder(id(ORIGINAL), id(COPY), id(OTHER_REPORT));
        assertThat(corpus.search(all).total()).isEqualTo(4);
    }

    @Test
    void pagesThroughHitsNewestFirstWithFacets() throws IOException {
        SearchResult first = corpus.search(new SearchQuery("", null, null, null, null, null, 2, 0));
        SearchResult second = corpus.search(new SearchQuery("", null, null, null, null, null, 2, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hits()).extracting(SearchResult.Hit::id).containsExactly(id(OTHER_REPORT), id(FOOTBALL));
        assertThat(second.hits()).extracting(SearchResult.Hit::id).containsExactly(id(COPY), id(ORIGINAL));
        assertThat(first.facets().get("outlet")).contains(new FacetCount("Harian Nusantara", "Harian Nusantara", 2),
                new FacetCount("Kabar Timur", "Kabar Timur", 2));
        assertThat(first.facets().get("month")).contains(new FacetCount("2025-02", "2025-02", 2));
        assertThat(first.facets().get("entity")).contains(new FacetCount("PRK", "Korea Utara", 4));
        assertThat(first.facets().get("type")).contains(new FacetCount("AGREE", "AGREE", 4));
        assertThat(first.facetsEstimated()).as("few matches: every one counted").isFalse();
    }

    @Test
    void aSearchOfSeveralWordsCountsOneFacetValuePerMatchingArticleOnEveryResultPage() throws IOException {
        SearchResult r = corpus.search(new SearchQuery("Putin delegasi", null, null, null, null, null, 10, 0));
        assertThat(r.total()).isEqualTo(r.hits().size()).isGreaterThan(1);
        var byOutlet = new java.util.TreeMap<String, Long>();
        for (SearchResult.Hit h : r.hits()) byOutlet.merge(h.outlet(), 1L, Long::sum);
        var faceted = new java.util.TreeMap<String, Long>();
        for (FacetCount c : r.facets().get("outlet")) faceted.put(c.label(), c.count());
        assertThat(faceted).isEqualTo(byOutlet);
        SearchResult secondPage = corpus.search(new SearchQuery("Putin delegasi", null, null, null, null, null, 1, 1));
        assertThat(secondPage.facets()).isEqualTo(r.facets());
        assertThat(secondPage.hits()).extracting(SearchResult.Hit::id).containsExactly(r.hits().get(1).id());
    }

    @Test
    void aRepeatedSearchStatsAndEntityListSeeArticlesIngestedSinceTheyWereFirstAsked() throws IOException {
        SearchQuery q = SearchQuery.of("Persija");
        SearchResult before = corpus.search(q);
        long articles = corpus.stats().articles();
        long persijaArticles = corpus.entities(EntityType.ORG, 10).stream().filter(c -> c.id().equals("org:persija")).findFirst().orElseThrow().articles();
        assertThat(corpus.search(q)).as("asked again, same commit").isEqualTo(before);
        corpus.ingest(List.of(TestPages.page("f.txt", "Persija Tumbang di Kandang", "Kabar Timur", "2025-03-08",
                "Persija kalah dari tamu mereka pada Sabtu (8/3/2025). Pelatih Persija kecewa.")), TestPages::analyse, IngestListener.NONE);
        SearchResult after = corpus.search(q);
        assertThat(after.total()).isEqualTo(before.total() + 1);
        assertThat(corpus.stats().articles()).as("totals are remembered per commit only").isEqualTo(articles + 1);
        assertThat(corpus.entities(EntityType.ORG, 10)).filteredOn(c -> c.id().equals("org:persija"))
                .extracting(EntityCount::articles).containsExactly(persijaArticles + 1);
        assertThat(after.hits()).extracting(SearchResult.Hit::title).contains("Persija Tumbang di Kandang");
    }

    @Test
    void showsTheFullAnalysisAsStoredAndTheRawPage() throws IOException {
        StoredArticle a = corpus.article(id(ORIGINAL)).orElseThrow();
        assertThat(a.analysis()).isEqualTo(TestPages.analyse(ORIGINAL));
        assertThat(a.analysis().events()).hasSize(2);
        assertThat(a.duplicateOf()).isNull();
        assertThat(a.related()).extracting(StoredArticle.Related::id, StoredArticle.Related::relation)
                .contains(Tuple.tuple(id(COPY), StoredArticle.Relation.DUPLICATE),
                        Tuple.tuple(id(OTHER_REPORT), StoredArticle.Relation.SAME_STORY));
        assertThat(corpus.page(id(ORIGINAL)).orElseThrow().bytes()).isEqualTo(ORIGINAL.bytes());
        assertThat(corpus.article("nope")).isEmpty();
    }

    @Test
    void linksSyndicatedCopiesAndClustersReportsOfOneStory() throws IOException {
        StoredArticle copy = corpus.article(id(COPY)).orElseThrow();
        assertThat(copy.duplicateOf()).isEqualTo(id(ORIGINAL));
        String story = copy.storyId();
        assertThat(corpus.article(id(OTHER_REPORT)).orElseThrow().storyId()).isEqualTo(story);
        assertThat(corpus.article(id(TREATY)).orElseThrow().storyId()).isNotEqualTo(story);
        assertThat(corpus.article(id(FOOTBALL)).orElseThrow().storyId()).isNotEqualTo(story);

        StorySummary summary = corpus.stories(LocalDate.of(2025, 2, 1), null).stream().filter(s -> s.id().equals(story)).findFirst().orElseThrow();
        assertThat(summary.outlets()).containsExactly("Harian Nusantara", "Portal Kilat", "Kabar Timur");
        assertThat(summary.articles()).isEqualTo(2);
        assertThat(summary.copies()).isEqualTo(1);
        assertThat(corpus.stories(null, LocalDate.of(2024, 12, 31))).extracting(StorySummary::id).containsExactly(corpus.article(id(TREATY)).orElseThrow().storyId());

        Story full = corpus.story(story).orElseThrow();
        assertThat(full.reports()).extracting(Story.Report::id).containsExactly(id(ORIGINAL), id(COPY), id(OTHER_REPORT));
        assertThat(full.reports().get(0).newEntities()).contains("Vladimir Putin", "Korea Utara");
        assertThat(full.reports().get(0).newQuotes()).containsExactly("Vladimir Putin");
        assertThat(full.reports().get(1).newEntities()).isEmpty();
        assertThat(full.reports().get(2).newEvents()).isEmpty();
    }

    @Test
    void timelineMergesReportsAndDoesNotCountCopies() throws IOException {
        List<TimelineRow> rows = corpus.timeline(TimelineQuery.involving("Rusia", "Korut"));
        assertThat(rows).extracting(TimelineRow::date, TimelineRow::type, TimelineRow::sources).containsExactly(
                Tuple.tuple("2024-06-19", Plover.AGREE, 1),
                Tuple.tuple("2025-02-27", Plover.AGREE, 2),
                Tuple.tuple("2025-02-27", Plover.CONSULT, 2));
        TimelineRow signing = rows.get(1);
        assertThat(signing.evidence()).hasSize(3);
        assertThat(signing.evidence()).allSatisfy(e -> assertThat(e.sentence()).contains("menandatangani"));
        assertThat(signing.actors()).containsExactlyInAnyOrder("Rusia", "Korea Utara");

        assertThat(corpus.timeline(TimelineQuery.involving("Rusia").between(LocalDate.of(2025, 1, 1), null).ofTypes(Set.of(Plover.AGREE))))
                .extracting(TimelineRow::date).containsExactly("2025-02-27");
        assertThat(corpus.timeline(TimelineQuery.involving("Rusia").fromOutlets(Set.of("kabar timur")))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.evidence()).anySatisfy(e -> assertThat(e.outlet()).isEqualTo("Kabar Timur")));
        assertThat(corpus.timeline(TimelineQuery.involving("Rusia").fromOutlets(Set.of("kabar timur")))).as("a row an outlet reported keeps every source")
                .anySatisfy(r -> assertThat(r.evidence()).extracting(e -> e.outlet()).contains("Kabar Timur").hasSizeGreaterThan(1));
        assertThat(corpus.timeline(TimelineQuery.involving("Persija", "Rusia"))).isEmpty();
        assertThat(corpus.timeline(TimelineQuery.involving("Atlantis"))).isEmpty();
    }

    @Test
    void entitiesProfilesAndQuotes() throws IOException {
        assertThat(corpus.entities(null, 2)).extracting(EntityCount::id).containsExactlyInAnyOrder("RUS", "PRK");
        // the list is memoised and shared by every request: a caller cannot change it for the next one
        assertThatThrownBy(() -> corpus.entities(null, 2).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(corpus.entities(null, 2)).hasSize(2);
        assertThat(corpus.entities(EntityType.PER, 10)).extracting(EntityCount::name, EntityCount::articles)
                .containsExactly(Tuple.tuple("Vladimir Putin", 4L), Tuple.tuple("Kim Jong Un", 1L));
        EntityReport putin = corpus.entity("putin").orElseThrow();
        assertThat(putin.entity().id()).isEqualTo("per:vladimir_putin");
        assertThat(putin.articles()).isEqualTo(4);
        assertThat(putin.first()).startsWith("2024-06-20");
        assertThat(putin.cooccurring()).extracting(EntityCount::id).contains("RUS", "PRK").doesNotContain("per:vladimir_putin", "org:persija");
        assertThat(putin.quotes()).isEqualTo(2);
        assertThat(corpus.quotes("Vladimir Putin")).extracting(QuoteRow::articleId).containsExactly(id(ORIGINAL), id(COPY));
        assertThat(corpus.quotes("Vladimir Putin").getFirst().quote().text()).startsWith("Hubungan kedua bangsa");
        assertThat(corpus.entity("Atlantis")).isEmpty();
    }

    @Test
    void statsAndExport() throws IOException {
        CorpusStats s = corpus.stats();
        assertThat(s.articles()).isEqualTo(5);
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(s.stories()).isEqualTo(3);
        assertThat(s.outlets()).isEqualTo(3);
        assertThat(s.events()).isEqualTo(2 + 2 + 2 + 1);
        assertThat(s.first()).startsWith("2024-06-20");
        assertThat(s.last()).startsWith("2025-03-01T09:00");
        List<String> exported = new ArrayList<>();
        corpus.forEachArticle(a -> exported.add(a.id()));
        assertThat(exported).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void aFailedPageIsReportedAndTheRestStored() throws IOException {
        Page junk = new Page("junk.bin", null, new byte[]{0, 1, 2, 3}, Page.Kind.TEXT);
        Page fresh = TestPages.page("f.txt", "Hujan Deras", "Kabar Timur", "2025-03-02", "Hujan deras mengguyur kota sepanjang malam.");
        assertThat(corpus.stories(null, null)).hasSize(3);
        IngestReport r = corpus.ingest(List.of(junk, fresh), TestPages::analyse, IngestListener.NONE);
        assertThat(r.stored()).isEqualTo(1);
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo("junk.bin");
            assertThat(f.reason()).isEqualTo("junk.bin: no article header");
        });
        assertThat(corpus.stats().articles()).isEqualTo(6);
        assertThat(corpus.stories(null, null)).as("the story list of the new commit").hasSize(4);
    }

    @Test
    void aCrashMidIngestLeavesTheLastCommitAndNoLock() throws IOException {
        Page p1 = TestPages.page("g.txt", "Satu", "Kabar Timur", "2025-03-03", "Banjir melanda tiga kecamatan di pesisir utara.");
        Page p2 = TestPages.page("h.txt", "Dua", "Kabar Timur", "2025-03-04", "Jembatan gantung baru diresmikan oleh bupati.");
        assertThatThrownBy(() -> corpus.ingest(List.of(p1, p2), TestPages::analyse, (source, outcome, detail) -> {
            if (source.equals("h.txt")) throw new IllegalStateException("simulated crash");
        })).hasMessage("simulated crash");
        try (Corpus reopened = Corpus.open(dir.resolve("corpus"))) {
            assertThat(reopened.stats().articles()).isEqualTo(5);
            assertThat(reopened.search(SearchQuery.of("banjir")).total()).isZero();
            IngestReport after = reopened.ingest(List.of(p1, p2), TestPages::analyse, IngestListener.NONE);
            assertThat(after.stored()).isEqualTo(2);
            assertThat(reopened.search(SearchQuery.of("banjir")).total()).isEqualTo(1);
        }
    }

    @Test
    void aSecondWriterIsTurnedAwayWhileAnIngestRuns() throws IOException {
        Page p = TestPages.page("i.txt", "Tiga", "Kabar Timur", "2025-03-05", "Pasar malam kembali dibuka setelah renovasi.");
        AtomicReference<Throwable> second = new AtomicReference<>();
        try (Corpus other = Corpus.open(dir.resolve("corpus"))) {
            corpus.ingest(List.of(p), TestPages::analyse, (source, outcome, detail) -> {
                try {
                    other.ingest(List.of(), TestPages::analyse, IngestListener.NONE);
                } catch (IOException e) {
                    second.set(e);
                }
            });
        }
        assertThat(second.get()).isInstanceOf(CorpusLockedException.class).hasMessageContaining("another ingest");
        assertThat(corpus.stats().articles()).isEqualTo(6);
    }

    @Test
    void reanalysingRewritesEveryArticleFromItsRawPageAndKeepsItsStory() throws IOException {
        String story = corpus.article(id(COPY)).orElseThrow().storyId();
        // a "better pipeline": the same analysis without events
        IngestReport r = corpus.reanalyse(p -> TestPages.analyse(p).withEvents(List.of()), IngestListener.NONE);
        assertThat(r.read()).isEqualTo(5);
        assertThat(r.stored()).isEqualTo(5);
        assertThat(corpus.stats().articles()).isEqualTo(5);
        assertThat(corpus.stats().events()).isZero();
        assertThat(corpus.article(id(ORIGINAL)).orElseThrow().analysis().events()).isEmpty();
        assertThat(corpus.article(id(COPY)).orElseThrow().storyId()).isEqualTo(story);
        assertThat(corpus.article(id(COPY)).orElseThrow().duplicateOf()).isEqualTo(id(ORIGINAL));
        assertThat(corpus.search(new SearchQuery(null, null, null, null, null, Plover.AGREE, 10, 0)).total()).isZero();
        assertThat(corpus.page(id(TREATY)).orElseThrow().bytes()).isEqualTo(TREATY.bytes());

        IngestReport rejected = corpus.reanalyse(p -> {
            if (p.source().equals("d.txt")) throw new UnreadablePageException("not an article any more");
            return TestPages.analyse(p);
        }, IngestListener.NONE);
        assertThat(rejected.failures()).extracting(PageFailure::reason).containsExactly("d.txt: not an article any more");
        assertThat(corpus.article(id(FOOTBALL))).isPresent();
        assertThat(corpus.stats().events()).isEqualTo(7);
    }

    @Test
    void aCopyIngestedBeforeItsOriginalBecomesItsCopyWhenTheOriginalArrives(@TempDir Path other) throws IOException {
        try (Corpus c = Corpus.open(other.resolve("c"))) {
            c.ingest(List.of(COPY), TestPages::analyse, IngestListener.NONE);
            assertThat(c.article(id(COPY)).orElseThrow().duplicateOf()).isNull();
            c.ingest(List.of(OTHER_REPORT, ORIGINAL), TestPages::analyse, IngestListener.NONE);
            assertThat(c.article(id(ORIGINAL)).orElseThrow().duplicateOf()).isNull();
            assertThat(c.article(id(COPY)).orElseThrow().duplicateOf()).isEqualTo(id(ORIGINAL));
            assertThat(c.article(id(COPY)).orElseThrow().storyId()).isEqualTo(c.article(id(ORIGINAL)).orElseThrow().storyId());
            assertThat(c.stats().articles()).isEqualTo(3);
            assertThat(c.stats().duplicates()).isEqualTo(1);
            assertThat(c.timeline(TimelineQuery.involving("Rusia", "Korea Utara"))).allSatisfy(r -> assertThat(r.sources()).isEqualTo(2));
        }
    }

    @Test
    void anEmptyCorpusAnswersEmpty(@TempDir Path empty) throws IOException {
        try (Corpus c = Corpus.open(empty.resolve("none"))) {
            assertThat(c.exists()).isFalse();
            assertThat(c.search(SearchQuery.of("apa")).total()).isZero();
            assertThat(c.timeline(TimelineQuery.involving("Rusia"))).isEmpty();
            assertThat(c.stats().articles()).isZero();
            assertThat(c.stories(null, null)).isEmpty();
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }
}
