package id.linimasa.extract;

import id.linimasa.page.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pages that are not one plain article: home, section, tag and index pages, written for these tests. */
class PageKindsTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    static Page resource(String name) throws IOException {
        try (InputStream in = PageKindsTest.class.getResourceAsStream("/pages/" + name)) {
            return new Page(name, null, in.readAllBytes(), name.endsWith(".txt") ? Page.Kind.TEXT : Page.Kind.HTML);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"home-teasers.html", "tag-page.html", "index-page.html", "section-flat.html", "home-dump.txt"})
    void pagesListingOtherStoriesHaveNoArticle(String name) throws IOException {
        Page page = resource(name);
        assertThatThrownBy(() -> extractor.extract(page)).isInstanceOf(UnreadablePageException.class).hasMessageStartingWith("no article found");
    }

    /** Linked subheadings, each over more than one paragraph: an article, not a list. */
    @Test
    void anArticleWithSubheadingsIsStillAnArticle() {
        StringBuilder html = new StringBuilder("<html><body><article><h1>Tiga Cara Kota Pesisir Menghadapi Rob</h1>");
        String[] heads = {"Tanggul laut", "Pompa air", "Rumah panggung"};
        for (String h : heads) {
            html.append("<h2><a href=\"/topik\">").append(h).append("</a></h2>")
                    .append("<p>Pemerintah kota menyiapkan langkah ").append(h.toLowerCase())
                    .append(" untuk mengurangi genangan yang setiap bulan merendam permukiman di tepi pantai utara.</p>")
                    .append("<p>Warga menilai langkah itu membantu, tetapi mereka meminta pekerjaan dipercepat sebelum musim hujan tiba tahun ini.</p>");
        }
        html.append("</article></body></html>");
        Article a = extractor.extract(new Page("a.html", null, html.toString().getBytes(StandardCharsets.UTF_8), Page.Kind.HTML));
        assertThat(a.text()).contains("langkah tanggul laut", "langkah rumah panggung", "musim hujan");
    }

    @Test
    void pageLinksOfAPaginatedArticleAreNotBody() throws IOException {
        Article a = extractor.extract(resource("paged-dump.txt"));
        assertThat(a.text()).contains("ruas lama.\nAnggota dewan");
        assertThat(a.text()).doesNotContain("Halaman", "Selanjutnya", "Page 2", "Next page", "berikutnya", "\n2\n");
        for (String pager : List.of("Halaman 2 dari 3", "« Sebelumnya 1 2 3 Selanjutnya »", "Halaman: 1 2 3 4", "Baca halaman berikutnya", "Page 2 of 3", "Halaman Selanjutnya »")) {
            assertThat(BlockClassifier.label(new Block(pager, "p", new int[]{1, 2}, "", "", 0))).as(pager).isEqualTo(BlockLabel.CLUTTER);
        }
        // a number alone is a table cell
        assertThat(BlockClassifier.label(new Block("12", "td", new int[]{1, 2}, "", "", 0))).isNotEqualTo(BlockLabel.CLUTTER);
    }

    @Test
    void liveBlogKeepsEachEntryWithItsTimeStampInPageOrder() throws IOException {
        Article a = extractor.extract(resource("liveblog-stamps.html"));
        List<String> lines = a.text().lines().toList();
        assertThat(lines.get(0)).startsWith("Banjir bandang menerjang");
        // every entry's stamp is kept and directly followed by its entry, newest first as the page shows them
        String[] stamps = {"Rabu, 22 Jan 2025 13:40 WIB", "Rabu, 22 Jan 2025 11:15 WIB", "Rabu, 22 Jan 2025 09:05 WIB", "Rabu, 22 Jan 2025 07:20 WIB"};
        String[] entries = {"Bantuan logistik tiba", "Jalan provinsi kembali", "Ratusan warga mengungsi", "Air setinggi dada"};
        int last = 0;
        for (int k = 0; k < stamps.length; k++) {
            int at = lines.indexOf(stamps[k]);
            assertThat(at).as(stamps[k]).isGreaterThan(last);
            assertThat(lines.get(at + 1)).startsWith(entries[k]);
            last = at;
        }
        assertThat(a.text()).doesNotContain("Baca juga", "Bagikan", "Berita Terkait");
        assertThat(a.published().iso()).isEqualTo("2025-01-22T06:00+07:00");
    }

    @Test
    void aDateLineInsideAnOrdinaryArticleStaysMetadata() {
        String html = "<html><body><article><h1>Jembatan Baru Diresmikan</h1><p>Gubernur meresmikan jembatan baru yang menghubungkan dua kecamatan di tepi sungai besar itu.</p>"
                + "<div class=\"updated\">Diperbarui Senin, 3 Maret 2025 15:00 WIB</div>"
                + "<p>Warga menyambut jembatan itu karena selama ini mereka harus memutar sejauh dua puluh kilometer untuk ke pasar.</p>"
                + "<p>Pemerintah provinsi berjanji membangun dua jembatan lain di hilir sungai tahun depan.</p></article></body></html>";
        Article a = extractor.extract(new Page("u.html", null, html.getBytes(StandardCharsets.UTF_8), Page.Kind.HTML));
        assertThat(a.text()).doesNotContain("Diperbarui").contains("ke pasar.");
    }

    @Test
    void galleryGivesItsDescriptionAsBodyAndEachPhotoCaptionWithItsCredit() throws IOException {
        Article a = extractor.extract(resource("gallery.html"));
        assertThat(a.title()).isEqualTo("FOTO: Festival Layang-layang di Pantai Selatan");
        assertThat(a.text()).isEqualTo("Ratusan layang-layang raksasa menghiasi langit pantai selatan dalam festival tahunan yang digelar Minggu (6/7/2025). "
                + "Peserta datang dari berbagai kota.");
        assertThat(a.captions()).hasSize(4).allSatisfy(c -> assertThat(c).endsWith("Foto: Warta Raya/Dimas Aditya"));
        assertThat(a.captions().get(0)).startsWith("Layang-layang berbentuk naga");
        assertThat(a.captions().get(3)).startsWith("Juri menilai");
    }

    @Test
    void galleryWithoutAVisibleDescriptionTakesTheDescriptionItsMetadataGives() throws IOException {
        String page = new String(resource("gallery.html").bytes(), StandardCharsets.UTF_8);
        String withoutDescription = page.replaceFirst("<div class=\"gallery-desc\">.*?</div>", "");
        assertThat(withoutDescription).isNotEqualTo(page);
        Article a = extractor.extract(new Page("g.html", null, withoutDescription.getBytes(StandardCharsets.UTF_8), Page.Kind.HTML));
        assertThat(a.text()).isEqualTo("Ratusan layang-layang raksasa menghiasi langit pantai selatan dalam festival tahunan.");
        assertThat(a.captions()).hasSize(4).noneMatch(c -> c.contains("Pawai Obor"));
    }

    @Test
    void galleryOfFiguresWithAOneSentenceLeadTellsItsLanguageByItsCaptions() {
        StringBuilder html = new StringBuilder("<html><head><meta property=\"og:type\" content=\"article\"></head><body><main>"
                + "<h1>FOTO: Menanam Mangrove di Pesisir Utara</h1><p>Ratusan relawan menanam sepuluh ribu bibit mangrove di pesisir utara, Sabtu pagi.</p><div class=\"gallery\">");
        for (int i = 1; i <= 5; i++) {
            html.append("<figure><img src=\"/").append(i).append(".jpg\"><figcaption>Relawan ke-").append(i)
                    .append(" menanam bibit mangrove di pesisir utara sebagai bagian dari gerakan untuk menjaga pantai dari abrasi. (Foto: Kabar Pesisir/Rina)</figcaption></figure>");
        }
        html.append("</div></main></body></html>");
        Article a = extractor.extract(new Page("g.html", null, html.toString().getBytes(StandardCharsets.UTF_8), Page.Kind.HTML));
        assertThat(a.text()).isEqualTo("Ratusan relawan menanam sepuluh ribu bibit mangrove di pesisir utara, Sabtu pagi.");
        assertThat(a.captions()).hasSize(5);
        // one sentence says too little of its language; with the captions it is clear
        assertThat(a.language()).isEqualTo("id");
    }

    @Test
    void liveBlogDrawnByScriptTakesItsEntriesFromJsonLd() {
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"LiveBlogPosting\",\"headline\":\"LIVE: Arus Mudik di Pelabuhan Merak\","
                + "\"datePublished\":\"2025-03-28T05:00:00+07:00\",\"liveBlogUpdate\":["
                + "{\"@type\":\"BlogPosting\",\"headline\":\"Antrean kendaraan mencapai tiga kilometer\",\"datePublished\":\"2025-03-28T09:30:00+07:00\","
                + "\"articleBody\":\"Antrean kendaraan menuju dermaga mengular hingga tiga kilometer dari gerbang tol. Petugas membuka dua dermaga tambahan.\"},"
                + "{\"@type\":\"BlogPosting\",\"headline\":\"Pemudik mulai berdatangan\",\"datePublished\":\"2025-03-28T05:15:00+07:00\","
                + "\"articleBody\":\"Sejak subuh, pemudik bersepeda motor mulai berdatangan ke pelabuhan dan menunggu kapal pertama berangkat.\"}]}";
        String html = "<html><head><title>LIVE: Arus Mudik di Pelabuhan Merak</title><script type=\"application/ld+json\">" + ld + "</script></head>"
                + "<body><h1>LIVE: Arus Mudik di Pelabuhan Merak</h1><div id=\"live-app\">Memuat...</div></body></html>";
        Article a = extractor.extract(new Page("l.html", null, html.getBytes(StandardCharsets.UTF_8), Page.Kind.HTML));
        assertThat(a.text().lines().toList()).containsExactly("2025-03-28T09:30+07:00", "Antrean kendaraan mencapai tiga kilometer",
                "Antrean kendaraan menuju dermaga mengular hingga tiga kilometer dari gerbang tol. Petugas membuka dua dermaga tambahan.",
                "2025-03-28T05:15+07:00", "Pemudik mulai berdatangan",
                "Sejak subuh, pemudik bersepeda motor mulai berdatangan ke pelabuhan dan menunggu kapal pertama berangkat.");
        assertThat(a.published().iso()).isEqualTo("2025-03-28T05:00+07:00");
    }
}
