package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.extract.Article;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.page.Page;
import id.linimasa.timeline.Evidence;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.timeline.TimelineRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three pages of one paginated article (written for this test, "?page=2" and "?page=3" in their canonical
 * addresses) become one article in the corpus, whatever order and however many runs they arrive in.
 */
class PaginatedCorpusTest {

    @TempDir
    Path dir;

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private static Analysis analyse(Page p) {
        return Linimasa.analyse(EXTRACTOR.extract(p));
    }

    private static Page part(int n) throws IOException {
        String name = "jalur-sepeda-" + n + ".html";
        try (InputStream in = PaginatedCorpusTest.class.getResourceAsStream("/paged/" + name)) {
            return new Page(name, null, in.readAllBytes(), Page.Kind.HTML);
        }
    }

    private List<StoredArticle> articles(Corpus c) throws IOException {
        List<StoredArticle> out = new ArrayList<>();
        c.forEachArticle(out::add);
        return out;
    }

    @Test
    void pagesIngestedTogetherInAnyOrderAreOneArticle() throws IOException {
        try (Corpus c = Corpus.open(dir.resolve("c"))) {
            IngestReport r = c.ingest(List.of(part(3), part(1), part(2)), PaginatedCorpusTest::analyse, IngestListener.NONE);
            assertThat(r.failures()).isEmpty();
            List<StoredArticle> all = articles(c);
            assertThat(all).hasSize(1);
            String text = all.get(0).analysis().article().text();
            int p1 = text.indexOf("Pemerintah provinsi mulai membangun");
            int p2 = text.indexOf("Pembangunan tahap pertama");
            int p3 = text.indexOf("Dinas Perhubungan berjanji");
            assertThat(p1).isGreaterThanOrEqualTo(0);
            assertThat(p2).isGreaterThan(p1);
            assertThat(p3).isGreaterThan(p2);
            assertThat(text).doesNotContain("Halaman", "Selanjutnya", "Tampilkan semua");
            assertThat(all.get(0).analysis().article().id()).isEqualTo(part(1).sha256().substring(0, 16));
            assertThat(c.stats().articles()).isEqualTo(1);

            // a second ingest of any page changes nothing: the later pages are known by their hashes
            IngestReport again = c.ingest(List.of(part(2), part(1), part(3)), PaginatedCorpusTest::analyse, IngestListener.NONE);
            assertThat(again.skipped()).isEqualTo(3);
            assertThat(articles(c)).hasSize(1);

            // re-analysis reads all three pages again
            c.reanalyse(PaginatedCorpusTest::analyse, IngestListener.NONE);
            assertThat(articles(c)).singleElement().satisfies(a -> assertThat(a.analysis().article().text()).isEqualTo(text));
        }
    }

    @Test
    void pagesArrivingInSeparateRunsGiveTheSameArticle() throws IOException {
        String together;
        try (Corpus c = Corpus.open(dir.resolve("together"))) {
            c.ingest(List.of(part(1), part(2), part(3)), PaginatedCorpusTest::analyse, IngestListener.NONE);
            together = articles(c).get(0).analysis().article().text();
        }
        try (Corpus c = Corpus.open(dir.resolve("apart"))) {
            c.ingest(List.of(part(2)), PaginatedCorpusTest::analyse, IngestListener.NONE);
            c.ingest(List.of(part(3)), PaginatedCorpusTest::analyse, IngestListener.NONE);
            // pages 2 and 3 are joined already; page 1 joins them and its id becomes the article's
            assertThat(articles(c)).hasSize(1);
            c.ingest(List.of(part(1)), PaginatedCorpusTest::analyse, IngestListener.NONE);
            List<StoredArticle> all = articles(c);
            assertThat(all).hasSize(1);
            assertThat(all.get(0).analysis().article().text()).isEqualTo(together);
            assertThat(all.get(0).analysis().article().id()).isEqualTo(part(1).sha256().substring(0, 16));
        }
    }

    private static Page named(String name) throws IOException {
        try (InputStream in = PaginatedCorpusTest.class.getResourceAsStream("/paged/" + name)) {
            return new Page(name, null, in.readAllBytes(), Page.Kind.HTML);
        }
    }

    @Test
    void pagesWhoseAddressesNameNoPageAreJoinedByTheirPageLinks() throws IOException {
        // page 2 has a slug of its own; its rel="prev" and pager link name page 1
        try (Corpus c = Corpus.open(dir.resolve("links"))) {
            c.ingest(List.of(named("pasar-apung-2.html"), named("pasar-apung-1.html")), PaginatedCorpusTest::analyse, IngestListener.NONE);
            List<StoredArticle> all = articles(c);
            assertThat(all).hasSize(1);
            String text = all.get(0).analysis().article().text();
            assertThat(text.indexOf("kembali dibuka pada Senin pagi")).isGreaterThanOrEqualTo(0).isLessThan(text.indexOf("setiap akhir pekan"));
            assertThat(all.get(0).analysis().article().id()).isEqualTo(named("pasar-apung-1.html").sha256().substring(0, 16));
        }
    }

    @Test
    void aPageLinkedAsPreviousButHeadingAnotherStoryStaysApart() throws IOException {
        // "catatan-lain" numbers itself page 2 of the market story (a template's pager pointing the wrong way), but heads a story of its own
        try (Corpus c = Corpus.open(dir.resolve("apart-story"))) {
            c.ingest(List.of(named("catatan-lain.html"), named("pasar-apung-1.html"), named("pasar-apung-2.html")), PaginatedCorpusTest::analyse,
                    IngestListener.NONE);
            List<String> titles = articles(c).stream().map(a -> a.analysis().article().title()).sorted().toList();
            assertThat(titles).containsExactly("Jembatan Gantung di Blitar Diperbaiki", "Pasar Apung Kali Brantas Dibuka Lagi");
            assertThat(articles(c).stream().map(a -> a.analysis().article().text()).filter(t -> t.contains("setiap akhir pekan"))
                    .findFirst().orElseThrow()).contains("kembali dibuka pada Senin pagi");
        }
    }

    @Test
    void aPageNumberedByItsLinksJoinsWhenItsTitleAddsThePageNumber() throws IOException {
        // page 2's headline reads "(Halaman 2 dari 2)": still the market story, not another one
        String two = new String(named("pasar-apung-2.html").bytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("content=\"Pasar Apung Kali Brantas Dibuka Lagi\"", "content=\"Pasar Apung Kali Brantas Dibuka Lagi (Halaman 2 dari 2)\"")
                .replace("<h1>Pasar Apung Kali Brantas Dibuka Lagi</h1>", "<h1>Pasar Apung Kali Brantas Dibuka Lagi (Halaman 2 dari 2)</h1>");
        Page second = new Page("pasar-apung-2b.html", null, two.getBytes(java.nio.charset.StandardCharsets.UTF_8), Page.Kind.HTML);
        assertThat(analyse(second).article().title()).contains("dari 2");
        try (Corpus c = Corpus.open(dir.resolve("titled"))) {
            c.ingest(List.of(second, named("pasar-apung-1.html")), PaginatedCorpusTest::analyse, IngestListener.NONE);
            assertThat(articles(c)).singleElement().satisfies(a -> assertThat(a.analysis().article().text()).contains("kembali dibuka pada Senin pagi",
                    "setiap akhir pekan"));
        }
    }

    @Test
    void pagesNumberedByTheirAddressesJoinWhateverTheirTitlesSay() throws IOException {
        String base = "https://kabar.example.id/read/2025/04/02/harga-beras-naik-lagi";
        Page one = TestPages.page(base, "Harga Beras Naik Lagi", "Harian Nusantara", "2025-04-02",
                "Harga beras medium di pasar induk naik lagi pekan ini menjadi Rp14.500 per kilogram.\n");
        Page two = TestPages.page(base + "?page=2", "Harga Beras Naik Lagi Halaman 2 dari 3", "Harian Nusantara", "2025-04-02",
                "Pedagang menyebut pasokan dari sentra produksi berkurang karena panen mundur.\n");
        Page three = TestPages.page(base + "/3", "Pedagang Keluhkan Pasokan (Page 3 of 3)", "Harian Nusantara", "2025-04-02",
                "Dinas perdagangan berjanji menggelar operasi pasar mulai Senin depan.\n");
        try (Corpus c = Corpus.open(dir.resolve("addressed"))) {
            c.ingest(List.of(three, two, one), PaginatedCorpusTest::withAddress, IngestListener.NONE);
            assertThat(articles(c)).singleElement().satisfies(a -> assertThat(a.analysis().article().text())
                    .contains("naik lagi pekan ini", "panen mundur", "operasi pasar"));
        }
    }

    @Test
    void headlinesMatchLessTheirPageWords() {
        assertThat(PartJoiner.sameHeadline(PartJoiner.headlineWords("Harga Beras Naik Lagi"), PartJoiner.headlineWords("Harga Beras Naik Lagi Halaman 2 dari 3")))
                .isTrue();
        assertThat(PartJoiner.sameHeadline(PartJoiner.headlineWords("Harga Beras Naik Lagi"), PartJoiner.headlineWords("Harga Beras Naik Lagi (Page 2 of 3)")))
                .isTrue();
        assertThat(PartJoiner.sameHeadline(PartJoiner.headlineWords("Pasar Apung Kali Brantas Dibuka Lagi"),
                PartJoiner.headlineWords("Jembatan Gantung di Blitar Diperbaiki"))).isFalse();
    }

    /** The stand-in analyser of the index tests, the page's name taken as its address. */
    private static Analysis withAddress(Page p) {
        Analysis a = TestPages.analyse(p);
        Article t = a.article();
        Article located = new Article(t.id(), t.source(), p.source(), t.title(), t.published(), t.modified(), t.authors(), t.editors(), t.outlet(),
                t.dateline(), t.language(), t.credits(), t.captions(), t.text());
        return new Analysis(located, a.sentences(), a.mentions(), a.entities(), a.timexes(), a.quotes(), a.events());
    }

    @Test
    void aJoinedPageLeavesTheMergedEvents() throws IOException {
        Page two = TestPages.page("https://kabar.example.id/read/2025/03/06/delegasi?page=2", "Delegasi Korut di Moskow", "Harian Nusantara",
                "2025-03-06", "Delegasi Korut menandatangani perjanjian dengan Rusia (6/3/2025) di Moskow.\n");
        Page one = TestPages.page("https://kabar.example.id/read/2025/03/06/delegasi", "Delegasi Korut di Moskow", "Harian Nusantara",
                "2025-03-06", "Menteri Korut tiba di Moskow untuk kunjungan tiga hari ke Rusia.\n");
        String twoId = withAddress(two).article().id();
        try (Corpus c = Corpus.open(dir.resolve("events"))) {
            c.ingest(List.of(two), PaginatedCorpusTest::withAddress, IngestListener.NONE);
            assertThat(evidence(c)).contains(twoId);
            c.ingest(List.of(one), PaginatedCorpusTest::withAddress, IngestListener.NONE);
            assertThat(articles(c)).singleElement().satisfies(a -> assertThat(a.analysis().article().text()).contains("tiba di Moskow", "menandatangani"));
            assertThat(evidence(c)).doesNotContain(twoId);
        }
    }

    private static List<String> evidence(Corpus c) throws IOException {
        List<String> ids = new ArrayList<>();
        for (TimelineRow r : c.timeline(TimelineQuery.involving("Rusia"))) for (Evidence e : r.evidence()) ids.add(e.articleId());
        return ids;
    }
}
