package id.linimasa.extract;

import id.linimasa.page.Page;
import id.linimasa.text.LanguageGuesser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Small rules behind the metadata, each on text written for this test. */
class MetadataRulesTest {

    @Test
    void siteNamesAndSectionNamesAreCutFromTitles() {
        Set<String> sites = Set.of("Kompas.com", "https://www.kabarkota.co.id");
        assertThat(TitleFinder.strip("Harga Cabai Naik Lagi - Kompas.com", sites)).isEqualTo("Harga Cabai Naik Lagi");
        assertThat(TitleFinder.strip("Tempo.co: Harga Cabai Naik Lagi", Set.of())).isEqualTo("Harga Cabai Naik Lagi");
        assertThat(TitleFinder.strip("Harga Cabai Naik Lagi | Liputan6.com", Set.of())).isEqualTo("Harga Cabai Naik Lagi");
        assertThat(TitleFinder.strip("Opini | Mengapa Harga Cabai Naik Lagi Tahun Ini", Set.of())).isEqualTo("Mengapa Harga Cabai Naik Lagi Tahun Ini");
        assertThat(TitleFinder.strip("Harga Cabai Naik Lagi - Kabarkota", sites)).isEqualTo("Harga Cabai Naik Lagi");
        // a colon inside a headline is the headline's own
        assertThat(TitleFinder.strip("Menteri: Harga Cabai Akan Turun Bulan Depan", Set.of())).isEqualTo("Menteri: Harga Cabai Akan Turun Bulan Depan");
    }

    @Test
    void headlineIsTheH1WhenTheMetaTitleOnlyAddsASegment() {
        // a site suffix that names neither the og:site_name nor the domain as written: the h1 tells where the headline ends
        assertThat(title("<title>Harga Cabai Naik Lagi di Pasar Induk : Warta Raya Ekonomi</title>", "<h1>Harga Cabai Naik Lagi di Pasar Induk</h1>", null))
                .isEqualTo("Harga Cabai Naik Lagi di Pasar Induk");
        // without an h1, the domain's own label in a short tail marks it as the site ("Okezone Bola")
        assertThat(title("<title>Harga Cabai Naik Lagi di Pasar Induk : Wartaraya Bola</title>", "", "https://sport.wartaraya.co.id/read/1"))
                .isEqualTo("Harga Cabai Naik Lagi di Pasar Induk");
        assertThat(ArticleExtractor.siteLabel("ekonomi.wartaraya.co.id")).isEqualTo("wartaraya");
        assertThat(ArticleExtractor.siteLabel("www.kabar.com")).isEqualTo("kabar");
    }

    @Test
    void theOneH1TellingTheStoryBeatsALongerSearchEngineTitle() {
        assertThat(title("<meta property=\"og:title\" content=\"Bus Sekolah Gratis Ditambah! Cek Daftar Rute Bus Sekolah Terbaru 2025\">",
                "<h1>Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran</h1>", null)).isEqualTo("Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran");
        // an h1 about something else (a site's name, a section) is not the headline
        assertThat(title("<meta property=\"og:title\" content=\"Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran\">", "<h1>Berita Kota Hari Ini</h1>", null))
                .isEqualTo("Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran");
    }

    @Test
    void aKickerInTheH1AndAGenericTitleSuffixAreNoPartOfTheHeadline() {
        assertThat(title("<meta property=\"og:title\" content=\"Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran\">",
                "<h1><span>EKSKLUSIF</span> Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran</h1>", null)).isEqualTo("Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran");
        // no h1: the h2 over the article tells where the title element's headline ends
        assertThat(title("<title>Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran - Berita Terkini Hari Ini</title>",
                "<h2>Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran</h2>", null)).isEqualTo("Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran");
    }

    @Test
    void anUpdateLabelBeforeAWeekdayStillMarksTheUpdate() {
        Article a = page("", "<p class=\"meta\">Diperbarui: Selasa, 3 Juni 2025 | 09:12 WIB Diterbitkan: Selasa, 3 Juni 2025 | 07:30 WIB</p>", null);
        assertThat(a.published().iso()).isEqualTo("2025-06-03T07:30+07:00");
        assertThat(a.modified().iso()).isEqualTo("2025-06-03T09:12+07:00");
    }

    @Test
    void metadataTimeIsToldInTheZoneThePagePrints() {
        String head = "<meta property=\"article:published_time\" content=\"2025-02-28T15:35:00+00:00\">";
        String body = "<p>Sabtu, 1 Maret 2025 00:35 WIT</p>";
        Article a = page(head, body, null);
        assertThat(a.published().iso()).isEqualTo("2025-03-01T00:35+09:00");
        // microdata on a span, not only on meta elements
        Article b = page("", "<span itemprop=\"datePublished\" content=\"2025-07-13T09:00:00+07:00\">Minggu, 13 Juli 2025 09:00</span>", null);
        assertThat(b.published().iso()).isEqualTo("2025-07-13T09:00+07:00");
    }

    @Test
    void aSubtitleOrRubricInsideTheH1IsNoPartOfTheHeadline() {
        assertThat(title("<meta property=\"og:title\" content=\"Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran\">",
                "<h1>Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran<small>Sepuluh bus baru melayani rute yang belum dilewati angkutan umum</small></h1>", null))
                .isEqualTo("Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran");
        assertThat(title("<meta property=\"og:title\" content=\"Liga Pelajar 2025: Tim Kota Menang 2-1\">",
                "<h1><span class=\"rubrik\">SEPAK BOLA PELAJAR</span> Liga Pelajar 2025: Tim Kota Menang 2-1</h1>", null)).isEqualTo("Liga Pelajar 2025: Tim Kota Menang 2-1");
        // metadata cut short (JSON-LD headlines stop at 110 characters): the whole h1 stays the headline
        assertThat(title("<meta property=\"og:title\" content=\"Bus Sekolah Gratis Ditambah untuk Siswa\">",
                "<h1>Bus Sekolah Gratis Ditambah untuk Siswa <b>Pinggiran</b></h1>", null)).isEqualTo("Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran");
    }

    @Test
    void theHomeLinkNamesTheSiteAndALogoH1DoesNotHideTheHeadline() {
        String home = "<div class=\"nav\"><a href=\"/\"><img src=\"/logo.png\" alt=\"Harian Kita\"></a> <a href=\"/daerah\">Daerah</a></div>";
        for (String sep : new String[]{"&raquo;", "::", "~", "-", "|"}) {
            assertThat(title("<title>Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran " + sep + " Harian Kita</title>", home, null)).as(sep)
                    .isEqualTo("Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran");
        }
        assertThat(title("<title>Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran - Harian Kita Online</title>", home, null))
                .isEqualTo("Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran");
        // a link to another site's home is no name of this one
        assertThat(title("<title>Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran - Harian Kita</title>",
                "<a href=\"https://lain.example.id/\">Harian Kita</a>", "https://kabar.example.id/read/1")).endsWith("Harian Kita");
        // the site's logo in an h1, the headline in an h2 the metadata agrees with
        assertThat(title("<meta property=\"og:title\" content=\"Bus Sekolah Gratis Ditambah - Warta Kota\">",
                "<h1 class=\"logo\"><a href=\"/\">Warta Kota</a></h1><h2>Bus Sekolah Gratis Ditambah</h2>", null)).isEqualTo("Bus Sekolah Gratis Ditambah");
    }

    @Test
    void aSloganAsEveryPagesTitleGivesWayToTheHeadlineAboveTheBody() {
        String html = "<html><head><meta property=\"og:title\" content=\"Portal Berita Terkini dan Terpercaya\"></head><body>"
                + "<div class=\"headline\">Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran</div><article>" + PROSE + "</article></body></html>";
        assertThat(new ArticleExtractor().extract(new Page("t.html", null, html.getBytes(StandardCharsets.UTF_8), Page.Kind.HTML)).title())
                .isEqualTo("Bus Sekolah Gratis Ditambah untuk Siswa Pinggiran");
        // a headline whose words the body does not repeat stays when no line above the body reads as one
        assertThat(title("<meta property=\"og:title\" content=\"Ketika Langit Jakarta Runtuh\">", "<div>Kamis, 3 Juli 2025</div>", null))
                .isEqualTo("Ketika Langit Jakarta Runtuh");
    }

    @Test
    void aShortTitleOrOneSharingAWordWithTheBodyIsNoSloganAndStaysBeforeADeckLine() {
        String deck = "<div class=\"deck\">Sepuluh bus baru melayani rute sekolah di pinggiran kota</div>";
        for (String real : List.of("Nasib Pinggiran", "Nasib Anak Pinggiran")) {
            String html = "<html><head><meta property=\"og:title\" content=\"" + real + "\"></head><body>" + deck + "<article>" + PROSE
                    + "</article></body></html>";
            assertThat(new ArticleExtractor().extract(new Page("t.html", null, html.getBytes(StandardCharsets.UTF_8), Page.Kind.HTML)).title())
                    .isEqualTo(real);
        }
    }

    @Test
    void aZonelessDateLineTakesTheZoneOfTheMetadataTellingTheSameInstant() {
        Article a = page("<meta property=\"article:published_time\" content=\"2024-08-18T23:12:00Z\">", "<p>19 Agustus 2024 07:12</p>", null);
        assertThat(a.published().iso()).isEqualTo("2024-08-19T07:12+08:00");
        // an update pair agreeing gives the zone to a publication line printed without one
        Article b = page("<meta property=\"article:modified_time\" content=\"2024-11-13T08:10:00+07:00\">",
                "<p>Diperbarui 13 Nov 2024 08.10</p><p>Diterbitkan 12 Nov 2024 19.30</p>", null);
        assertThat(b.published().iso()).isEqualTo("2024-11-12T19:30+07:00");
        // local time labelled UTC by the site's CMS: the line's clock and zone stand, not an instant seven hours later (the next day)
        Article c = page("<meta property=\"article:published_time\" content=\"2024-08-19T20:30:00Z\">", "<p>Senin, 19 Agustus 2024 20:30 WIB</p>", null);
        assertThat(c.published().iso()).isEqualTo("2024-08-19T20:30+07:00");
        // a line without zone showing the metadata's clock agrees with it: the metadata's offset is the page's
        Article d = page("<meta property=\"article:published_time\" content=\"2024-08-19T20:30:00-05:00\">", "<p>August 19, 2024 20:30</p>", null);
        assertThat(d.published().iso()).isEqualTo("2024-08-19T20:30-05:00");
        // with nothing to agree with, the page's local time stays without a zone
        assertThat(page("", "<p>Jumat, 22/03/2013 - 15:12</p>", null).published().iso()).isEqualTo("2013-03-22T15:12");
    }

    @Test
    void aVisiblePublicationLineWinsOverMetadataRewrittenLaterByAMigration() {
        String meta = "<meta property=\"article:published_time\" content=\"2022-03-05T00:00:00+00:00\">";
        String line = "<p class=\"tanggal\">Kamis, 9 September 2021 - 16:45 WITA</p>";
        assertThat(page(meta, line, null).published().iso()).isEqualTo("2021-09-09T16:45+08:00");
        assertThat(page(meta, line, "https://kabar.example.id/2021/09/09/jembatan-baru/").published().iso()).isEqualTo("2021-09-09T16:45+08:00");
        // the address dated as the metadata corroborates it against the line
        assertThat(page(meta, line, "https://kabar.example.id/2022/03/05/jembatan-baru/").published().date()).hasToString("2022-03-05");
        // a date line after the metadata (the day the page was fetched, in its header) is no publication line
        Article today = page("<meta property=\"article:published_time\" content=\"2021-09-09T08:45:00+00:00\">",
                "<p class=\"hari-ini\">Sabtu, 21 November 2026 - 07:00 WITA</p>", null);
        assertThat(today.published().date()).hasToString("2021-09-09");
    }

    @Test
    void hAtomPublishedAndUpdatedTitlesAreDateSources() {
        String footer = "<div class=\"post-footer\">Diposting oleh Redaksi pada <abbr class=\"published\" title=\"2016-02-10T19:42:00+09:00\">19.42</abbr>"
                + " <abbr class=\"updated\" title=\"2016-02-11T07:05:00+09:00\">07.05</abbr></div>";
        String html = "<html><body><article><h2 class=\"entry-title\">Bus Sekolah Gratis Ditambah</h2>" + PROSE + footer + "</article></body></html>";
        Article a = new ArticleExtractor().extract(new Page("t.html", null, html.getBytes(StandardCharsets.UTF_8), Page.Kind.HTML));
        assertThat(a.published().iso()).isEqualTo("2016-02-10T19:42+09:00");
        assertThat(a.modified().iso()).isEqualTo("2016-02-11T07:05+09:00");
    }

    @Test
    void aZonelessLineTakesTheLocalOffsetOfTheMetadatasUpdateTime() {
        Article a = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"dateModified\":\"2023-10-02T11:00:00+08:00\"}</script>",
                "<p>01 Oktober 2023 18:20</p>", null);
        assertThat(a.published().iso()).isEqualTo("2023-10-01T18:20+08:00");
        // an update in UTC says nothing of the page's clock, nor one before the line (another instant than the line's)
        assertThat(page("<meta property=\"article:modified_time\" content=\"2023-10-02T11:00:00Z\">", "<p>01 Oktober 2023 18:20</p>", null)
                .published().iso()).isEqualTo("2023-10-01T18:20");
        assertThat(page("<meta property=\"article:modified_time\" content=\"2023-09-30T11:00:00+08:00\">", "<p>01 Oktober 2023 18:20</p>", null)
                .published().iso()).isEqualTo("2023-10-01T18:20");
    }

    @Test
    void aPageShowingTheUtcDayOfItsMetadataKeepsUtc() {
        String meta = "<meta property=\"article:published_time\" content=\"2019-03-14T21:30:00Z\">";
        assertThat(page(meta, "<div class=\"date\">14 Maret 2019</div>", null).published().iso()).isEqualTo("2019-03-14T21:30Z");
        // a page showing no day of its own: told in WIB as before
        assertThat(page(meta, "", null).published().iso()).isEqualTo("2019-03-15T04:30+07:00");
        // a page showing WIB tells the instant in WIB
        assertThat(page(meta, "<div class=\"date\">15 Maret 2019 04:30 WIB</div>", null).published().iso()).isEqualTo("2019-03-15T04:30+07:00");
    }

    @Test
    void aPublicationLineUnderTheBodyIsReadButNotATeasersDate() {
        String html = "<html><body><article><h1>Bus Sekolah Gratis Ditambah</h1>" + PROSE + "<div class=\"date-bottom\">Dipublikasikan pada 15 Juli 2024 pukul 09.30 WIT</div>"
                + "</article></body></html>";
        Article a = new ArticleExtractor().extract(new Page("t.html", null, html.getBytes(StandardCharsets.UTF_8), Page.Kind.HTML));
        assertThat(a.published().iso()).isEqualTo("2024-07-15T09:30+09:00");
        String teaser = "<html><body><article><h1>Bus Sekolah Gratis Ditambah</h1>" + PROSE + "<p>Halte Baru di Pinggiran Kota, 14 Juli 2024 18:00 WIB</p>"
                + "</article></body></html>";
        assertThat(new ArticleExtractor().extract(new Page("t.html", null, teaser.getBytes(StandardCharsets.UTF_8), Page.Kind.HTML)).published()).isNull();
    }

    @Test
    void promptsSyndicationNotesDeskCodesAndPlaceholdersAreNotBody() {
        for (String t : new String[]{"Scroll untuk membaca artikel", "Artikel ini telah tayang di Kabarkota.com dengan judul Bus Sekolah Gratis Ditambah",
                "(A-170/A-108)***", "(wil/wis)", "[Gambas:Video CNN]", "Lihat Foto", "Tonton juga Video: Bus Sekolah Listrik Mulai Diuji Coba",
                "Simak breaking news dan berita pilihan kami langsung di ponselmu.", "Pilihan Untukmu", "Writer: Rina Anggraini"}) {
            assertThat(BlockClassifier.label(new Block(t, "p", new int[]{1}, "", "", 0))).as(t).isIn(BlockLabel.CLUTTER, BlockLabel.METADATA, BlockLabel.BOUNDARY);
        }
        assertThat(BlockClassifier.label(new Block("TIP-INS", "p", new int[]{1}, "", "", 0))).isNotIn(BlockLabel.CLUTTER, BlockLabel.METADATA);
        assertThat(BlockClassifier.label(new Block("Warga bisa memantau posisi bus langsung di ponsel mereka melalui aplikasi yang disediakan dinas.",
                "p", new int[]{1}, "", "", 0))).isEqualTo(BlockLabel.BODY);
        assertThat(BlockClassifier.label(new Block("Berita ini membuat warga di pinggiran kota lega karena anak-anak mereka tidak lagi berjalan jauh ke sekolah.",
                "p", new int[]{1}, "", "", 0))).isEqualTo(BlockLabel.BODY);
    }

    @Test
    void countersAndBylineLabelsAreReadAsWholeWords() {
        for (String t : new String[]{"1.234 kali dibaca", "5 min read", "12 komentar", "3 Views", "Penulis: Agus Salim", "REDAKTUR : Maya Lestari", "- Editor: Dimas",
                "Posted by Rina", "Written by: Dimas", "12 Comments"}) {
            assertThat(BlockClassifier.label(new Block(t, "p", new int[]{1}, "", "", 0))).as(t).isIn(BlockLabel.CLUTTER, BlockLabel.METADATA);
        }
        // a longer word that begins as a counter's word or a byline's label does is the text's own
        for (String t : new String[]{"Lomba sudah 3 kali digelar di kota ini", "Penulisan 12 laporan tahunan", "Editorial pekan ini 5 minggu"}) {
            assertThat(BlockClassifier.label(new Block(t, "p", new int[]{1}, "", "", 0))).as(t).isNotIn(BlockLabel.CLUTTER, BlockLabel.METADATA);
        }
    }

    @Test
    void theLabelOfABoxOfLinksSetIntoTheArticleIsClutterNotAShortLineOfIt() {
        // alone on its line it used to read as a short line of the text, which ended the article before the box's links
        for (String t : new String[]{"Baca Juga", "Baca juga:", "Lihat Juga", "Read also"}) {
            assertThat(BlockClassifier.label(new Block(t, "div", new int[]{1, 2, 3}, "", "", 0))).as(t).isEqualTo(BlockLabel.CLUTTER);
        }
        assertThat(BlockClassifier.label(new Block("Baca juga buku panduan yang dibagikan panitia kepada semua peserta sebelum lomba dimulai pagi ini.",
                "p", new int[]{1}, "", "", 0))).isEqualTo(BlockLabel.BODY);
    }

    @Test
    void reuseProhibitionIsNotBody() {
        assertThat(BlockClassifier.label(new Block("Dilarang keras mengambil konten atau melakukan crawling di situs ini tanpa izin tertulis dari redaksi.",
                "p", new int[]{1}, "", "", 0))).isEqualTo(BlockLabel.CLUTTER);
    }

    private static final String PROSE = "<p>Pemerintah kota menambah jumlah bus sekolah gratis tahun ini karena banyak siswa di pinggiran kota harus berjalan jauh.</p>"
            + "<p>Kepala dinas perhubungan mengatakan sepuluh bus baru akan melayani rute yang selama ini belum dilewati angkutan umum.</p>"
            + "<p>Para orang tua berharap layanan itu juga berjalan pada hari Sabtu ketika ada kegiatan ekstrakurikuler di sekolah.</p>";

    private static Article page(String head, String bodyStart, String url) {
        String html = "<html><head>" + head + "</head><body><article>" + bodyStart + PROSE + "</article></body></html>";
        return new ArticleExtractor().extract(new Page("t.html", url, html.getBytes(StandardCharsets.UTF_8), Page.Kind.HTML));
    }

    private static String title(String head, String bodyStart, String url) {
        return page(head, bodyStart, url).title();
    }

    @Test
    void aRubricBeforeTheDashIsNoDateline() {
        for (String rubric : List.of("Eksklusif", "Opini", "Video", "VIDEO", "Analysis", "Cek Fakta")) {
            assertThat(LeadFinder.find(rubric + " - Harga cabai rawit di pasar induk naik lagi pekan ini.")).as(rubric).isEqualTo(LeadFinder.Lead.NONE);
        }
        // a place the project's lists do not hold is still a dateline
        assertThat(LeadFinder.find("Atambua - Harga cabai rawit di pasar induk naik lagi pekan ini.")).isEqualTo(new LeadFinder.Lead("Atambua", null, 10));
    }

    @Test
    void leadGivesOutletAndDatelineWhicheverComesFirst() {
        assertThat(LeadFinder.find("TEMPO.CO, Jakarta - Harga cabai naik.")).isEqualTo(new LeadFinder.Lead("Jakarta", "TEMPO.CO", 20));
        assertThat(LeadFinder.find("MEDAN, kabarsumut.id – Harga cabai naik.")).isEqualTo(new LeadFinder.Lead("MEDAN", "kabarsumut.id", 23));
        assertThat(LeadFinder.find("Jakarta (ANTARA) - Harga cabai naik.")).isEqualTo(new LeadFinder.Lead("Jakarta", "ANTARA", 19));
        assertThat(LeadFinder.find("BUFFALO, N.Y. — Prices rose.")).isEqualTo(new LeadFinder.Lead("BUFFALO, N.Y.", null, 16));
        assertThat(LeadFinder.find("Harga cabai naik lagi pekan ini.")).isEqualTo(LeadFinder.Lead.NONE);
    }

    @Test
    void leadBrandsMayBeHyphenatedOrLowerCaseAndTheSiteAloneIsNoPlace() {
        assertThat(LeadFinder.find("KABAR-SELATAN.COM, PALOPO - Harga cabai naik.")).isEqualTo(new LeadFinder.Lead("PALOPO", "KABAR-SELATAN.COM", 28));
        assertThat(LeadFinder.find("beritadesa.com, SOLOK - Harga cabai naik.")).isEqualTo(new LeadFinder.Lead("SOLOK", "beritadesa.com", 24));
        assertThat(LeadFinder.find("sementara itu, kata dia - harga naik.")).isEqualTo(LeadFinder.Lead.NONE);
        assertThat(LeadFinder.find("WARTA SENJA – Harga cabai naik.", "Warta Senja")).isEqualTo(new LeadFinder.Lead(null, "Warta Senja", 14));
        assertThat(LeadFinder.find("SENJA – Harga cabai naik.", "SENJA.co.id")).isEqualTo(new LeadFinder.Lead(null, "SENJA.co.id", 8));
        assertThat(LeadFinder.find("JAKARTA – Harga cabai naik.", "Jakarta Senja")).isEqualTo(new LeadFinder.Lead("JAKARTA", null, 10));
        assertThat(LeadFinder.find("PALU – Harga cabai naik.", null)).isEqualTo(new LeadFinder.Lead("PALU", null, 7));
    }

    @Test
    void titleCasePlacesAndPlacesAfterTheBrandAreDatelines() {
        assertThat(LeadFinder.find("Jakarta - Harga cabai naik.")).isEqualTo(new LeadFinder.Lead("Jakarta", null, 10));
        assertThat(LeadFinder.find("Bandar Lampung - Harga cabai naik.")).isEqualTo(new LeadFinder.Lead("Bandar Lampung", null, 17));
        assertThat(LeadFinder.find("Sementara - harga cabai naik.")).isEqualTo(LeadFinder.Lead.NONE);
        assertThat(LeadFinder.find("KABARKOTA.CO.ID - SURABAYA. Harga cabai naik.")).isEqualTo(new LeadFinder.Lead("SURABAYA", "KABARKOTA.CO.ID", 28));
        assertThat(LeadFinder.find("Kabarkota.id, Surabaya: Harga cabai naik.")).isEqualTo(new LeadFinder.Lead("Surabaya", "Kabarkota.id", 24));
        assertThat(LeadFinder.find("Menteri, kata dia: harga cabai naik.")).isEqualTo(LeadFinder.Lead.NONE);
        assertThat(LeadFinder.find("SURABAYA, (KK).- Harga cabai naik.")).isEqualTo(new LeadFinder.Lead("SURABAYA", "KK", 17));
        // a brand without a domain is told from the place by the name the site's address is registered under
        assertThat(LeadFinder.find("KABAR Kota, Surabaya - Harga cabai naik.", null, "kabarkota")).isEqualTo(new LeadFinder.Lead("Surabaya", "KABAR Kota", 23));
    }

    @Test
    void bylineNamesStopAtDatesAndRoles() {
        assertThat(BylineFinder.names("Rina Anggraini Diperbarui 2 Nov 2023", 0)).containsExactly("Rina Anggraini");
        assertThat(BylineFinder.names("Agus Salim dan Maya Lestari", 0)).containsExactly("Agus Salim", "Maya Lestari");
        assertThat(BylineFinder.names("Bryan Smith Nov 19, 2019", 0)).containsExactly("Bryan Smith");
        assertThat(BylineFinder.titleCase("ALIFIA DWI")).isEqualTo("Alifia Dwi");
    }

    @Test
    void languageIsIndonesianEnglishOrUnknown() {
        assertThat(LanguageGuesser.guess("Presiden mengatakan bahwa pemerintah akan membangun jembatan yang baru di desa itu dan warga menyambut dengan gembira."))
                .isEqualTo("id");
        assertThat(LanguageGuesser.guess("The president said that the government will build a new bridge in the village and the people were glad of it."))
                .isEqualTo("en");
        assertThat(LanguageGuesser.guess("Il presidente ha detto che il governo costruirà un nuovo ponte nel villaggio e la gente era contenta di questo."))
                .isNull();
    }
}
