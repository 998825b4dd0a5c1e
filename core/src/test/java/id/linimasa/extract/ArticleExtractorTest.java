package id.linimasa.extract;

import id.linimasa.page.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Extraction on pages written for these tests, imitating the structure of Indonesian news sites. */
class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static Page html(String resource) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/pages/" + resource)) {
            return new Page(resource, null, in.readAllBytes(), Page.Kind.HTML);
        }
    }

    @Test
    void jsonLdPageGivesBodyWithoutClutterAndItsMetadata() throws IOException {
        Article a = extractor.extract(html("kompas-like.html"));
        assertThat(a.title()).isEqualTo("Banjir Rob Rendam Pesisir Kota Lamaran, Ribuan Warga Mengungsi");
        assertThat(a.published().iso()).isEqualTo("2024-05-07T14:30+07:00");
        assertThat(a.modified().iso()).isEqualTo("2024-05-07T16:05+07:00");
        assertThat(a.authors()).containsExactly("Dimas Prakoso");
        assertThat(a.editors()).containsExactly("Sari Wulandari");
        assertThat(a.outlet()).isEqualTo("KOMPAS.com");
        assertThat(a.dateline()).isEqualTo("LAMARAN");
        assertThat(a.language()).isEqualTo("id");
        assertThat(a.url()).isEqualTo("https://regional.kompas.com/read/2024/05/07/14300071/banjir-rob-rendam-pesisir");
        assertThat(a.text()).startsWith("LAMARAN, KOMPAS.com - Banjir rob");
        assertThat(a.text()).contains("Tanggul belum rampung\n").contains("masa tanggap darurat berlangsung.");
        assertThat(a.text()).doesNotContain("Baca juga", "Terpopuler", "Bagikan", "Berita Terkait", "Gelombang Tinggi", "Semoga cepat surut",
                "Copyright", "Harga Cabai", "banjir rob Lamaran", "Warga menyeberangi");
        assertThat(a.captions()).singleElement().asString().startsWith("Warga menyeberangi genangan rob");
        assertThat(a.text().lines().filter(l -> l.contains("mengungsi ke tempat yang lebih tinggi")).count()).isEqualTo(1);
    }

    @Test
    void metaAndVisibleDateLinePageWithBreaksAndInserts() throws IOException {
        Article a = extractor.extract(html("detik-like.html"));
        assertThat(a.title()).isEqualTo("Gubernur Resmikan Jembatan Gantung Baru di Desa Sukamaju");
        assertThat(a.published().iso()).isEqualTo("2023-11-02T09:15:42+07:00");
        assertThat(a.authors()).containsExactly("Rina Anggraini");
        assertThat(a.dateline()).isEqualTo("Bandung");
        assertThat(a.text()).startsWith("Bandung - Gubernur meresmikan").contains("bantuan provinsi.").contains("di sekitar desa.");
        assertThat(a.text()).doesNotContain("ADVERTISEMENT", "Baca juga", "Syukuran", "Terpopuler", "Kurs Rupiah");
    }

    @Test
    void homePageHasNoArticle() throws IOException {
        Page home = html("home.html");
        assertThatThrownBy(() -> extractor.extract(home)).isInstanceOf(UnreadablePageException.class).hasMessageContaining("no article found");
    }

    @Test
    void windows1252PageIsDecodedNotLost() {
        String html = "<html><head><title>Kafé Baru di Tepi Danau Dibuka untuk Umum | KabarKita</title></head><body><article><h1>Kafé Baru di Tepi Danau Dibuka untuk Umum</h1>"
                + "<p>JAKARTA, KabarKita.com - Sebuah kafé baru yang menyajikan kopi “tubruk” khas daerah dibuka di tepi danau pada akhir pekan ini, "
                + "dan pengunjung sudah antre sejak pagi untuk mencoba menu andalannya.</p>"
                + "<p>Pemiliknya mengatakan bahwa sebagian besar bahan baku dibeli langsung dari petani kopi di lereng gunung yang tidak jauh dari lokasi kafé.</p>"
                + "<p>Ia berharap usaha ini dapat membuka lapangan kerja bagi pemuda desa yang selama ini merantau ke kota besar untuk mencari pekerjaan.</p>"
                + "</article></body></html>";
        Page page = new Page("w.html", null, html.getBytes(Charset.forName("windows-1252")), Page.Kind.HTML);
        Article a = extractor.extract(page);
        assertThat(a.text()).contains("kafé baru").contains("“tubruk”").doesNotContain("\ufffd");
        assertThat(a.title()).isEqualTo("Kafé Baru di Tepi Danau Dibuka untuk Umum");
    }

    @Test
    void textDumpUsesTheSameBlockModel() {
        String dump = String.join("\n",
                "Beranda", "Ekonomi",
                "Harga Gabah Naik, Petani di Lembah Hijau Sambut Panen Raya dengan Syukur",
                "Penulis: Agus Salim | Editor: Maya Lestari",
                "Senin, 4 Maret 2024 | 10:20 WITA",
                "facebook twitter whatsapp copy link",
                "MAKASSAR, kabarlembah.id - Petani di Lembah Hijau menyambut panen raya dengan syukur karena harga gabah naik dibandingkan musim lalu.",
                "Petani di Lembah Hijau menyambut panen raya dengan syukur karena harga gabah naik dibandingkan musim lalu.",
                "Kenaikan harga itu, menurut ketua kelompok tani setempat, terjadi karena permintaan dari penggilingan di kota meningkat tajam sejak awal tahun.",
                "Baca Juga: Pupuk Bersubsidi Kembali Langka di Sejumlah Kecamatan",
                "Para petani berharap harga tetap stabil hingga akhir musim agar mereka bisa melunasi utang modal tanam yang dipinjam dari koperasi.",
                "Sumber: ANTARA",
                "Berita Terkait",
                "Pupuk Bersubsidi Kembali Langka di Sejumlah Kecamatan",
                "2 jam yang lalu");
        Article a = extractor.extract(new Page("d.txt", null, dump.getBytes(StandardCharsets.UTF_8), Page.Kind.TEXT));
        assertThat(a.title()).isEqualTo("Harga Gabah Naik, Petani di Lembah Hijau Sambut Panen Raya dengan Syukur");
        assertThat(a.published().iso()).isEqualTo("2024-03-04T10:20+08:00");
        assertThat(a.authors()).containsExactly("Agus Salim");
        assertThat(a.editors()).containsExactly("Maya Lestari");
        assertThat(a.outlet()).isEqualTo("kabarlembah.id");
        assertThat(a.dateline()).isEqualTo("MAKASSAR");
        assertThat(a.credits()).containsExactly("ANTARA");
        assertThat(a.text().split("\n")).hasSize(3);
        assertThat(a.text()).doesNotContain("Baca Juga", "Berita Terkait", "facebook", "jam yang lalu");
    }

    @Test
    void pageWithoutHeadlineOfItsOwnHasNullTitleAndNoGuessedMetadata() {
        String dump = String.join("\n",
                "Kabar Pilihan",
                "Artis Muda Rilis Lagu Baru tentang Persahabatan dan Perpisahan",
                "Warga di kaki gunung mulai menanam kopi arabika setelah pelatihan yang digelar dinas pertanian kabupaten selama tiga bulan terakhir.",
                "Menurut para petani, bibit yang dibagikan tumbuh dengan baik karena curah hujan tahun ini cukup tinggi dan merata di seluruh lereng.",
                "Dinas pertanian berencana memperluas program tersebut ke desa-desa lain yang memiliki ketinggian lahan serupa mulai tahun depan.");
        Article a = extractor.extract(new Page("n.txt", null, dump.getBytes(StandardCharsets.UTF_8), Page.Kind.TEXT));
        assertThat(a.title()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.authors()).isEmpty();
        assertThat(a.outlet()).isNull();
        assertThat(a.dateline()).isNull();
        assertThat(a.credits()).isEmpty();
        assertThat(a.text()).doesNotContain("Artis Muda");
    }

    @Test
    void eastIndonesianTimeKeepsItsZoneAndAgencyNamesAreCanonicalAndPhotoTitlesAreNoCaptions() {
        String dump = String.join("\n",
                "Nelayan Merauke Tangkap Ikan Kakap Raksasa Seberat Delapan Puluh Kilogram",
                "Minggu, 9 Maret 2025 06:40 WIT",
                "Seorang nelayan menunjukkan ikan kakap hasil tangkapannya di dermaga Merauke, 8 Maret 2025. Dinas Perikanan via Kabarselatan",
                "MERAUKE, kabarselatan.id - Seorang nelayan di Merauke menangkap ikan kakap seberat delapan puluh kilogram, menurut Kantor Berita Antara.",
                "Ikan itu tertangkap jaring sekitar tiga mil dari pantai ketika cuaca sedang tenang dan arus laut tidak terlalu kuat, kata dia.",
                "Kakap Raksasa",
                "Ikan kakap raksasa dipamerkan di pasar ikan Merauke. (Foto: Dok. Warga)",
                "Kabar ini juga dilaporkan ANTARA, yang menyebut harga ikan itu mencapai jutaan rupiah di pasar setempat pada hari yang sama.",
                "Dinas perikanan berencana mendata hasil tangkapan besar seperti ini untuk memantau kesehatan populasi ikan di perairan selatan.");
        Article a = extractor.extract(new Page("k.txt", null, dump.getBytes(StandardCharsets.UTF_8), Page.Kind.TEXT));
        // the stated day and zone, not the caption's date, not converted to another zone
        assertThat(a.published().iso()).isEqualTo("2025-03-09T06:40+09:00");
        // "Kantor Berita Antara" and "ANTARA" are one agency
        assertThat(a.credits()).containsExactly("ANTARA");
        assertThat(a.captions()).hasSize(2).noneMatch(c -> c.equals("Kakap Raksasa"));
        assertThat(a.captions().get(0)).startsWith("Seorang nelayan menunjukkan");
        assertThat(a.text()).doesNotContain("Kakap Raksasa\n", "Dok. Warga", "via Kabarselatan");
    }

    @Test
    void jsonLdTimeInUtcIsToldInTheZoneOfTheVisibleLine() {
        String html = "<html><head><title>Pelabuhan Baru Dibuka di Sorong</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Pelabuhan Baru Dibuka di Sorong\",\"datePublished\":\"2025-03-08T23:30:00+00:00\"}</script></head><body><article>"
                + "<h1>Pelabuhan Baru Dibuka di Sorong</h1><div class=\"date\">Minggu, 9 Maret 2025 08:30 WIT</div>"
                + "<p>SORONG, kabartimur.id - Pelabuhan baru di Sorong resmi dibuka pada Minggu pagi dan langsung melayani kapal penumpang dari Ambon.</p>"
                + "<p>Pengelola pelabuhan mengatakan bahwa fasilitas itu mampu menampung tiga kapal besar sekaligus dan akan memperlancar arus barang.</p>"
                + "<p>Warga berharap harga kebutuhan pokok di kota itu bisa turun karena biaya angkut yang lebih murah dari sebelumnya.</p>"
                + "</article></body></html>";
        Article a = extractor.extract(new Page("s.html", null, html.getBytes(StandardCharsets.UTF_8), Page.Kind.HTML));
        // the same instant, in the zone and on the day the page prints
        assertThat(a.published().iso()).isEqualTo("2025-03-09T08:30+09:00");
    }

    @Test
    void graphJsonLdPageWithInsertsAndPaginationLinks() throws IOException {
        Article a = extractor.extract(html("tribun-like.html"));
        assertThat(a.title()).isEqualTo("Jalan Provinsi di Kabupaten Sindangrasa Ambles, Truk Dialihkan Lewat Jalur Desa");
        assertThat(a.published().iso()).isEqualTo("2024-02-19T13:25+07:00");
        assertThat(a.modified().iso()).isEqualTo("2024-02-19T15:02+07:00");
        assertThat(a.authors()).containsExactly("Yudi Hartono");
        assertThat(a.editors()).containsExactly("Lilis Setiawati");
        assertThat(a.dateline()).isEqualTo("SINDANGRASA");
        assertThat(a.text()).startsWith("TRIBUNSINDANG.COM, SINDANGRASA - Ruas jalan").contains("bahu jalan sebelah utara.");
        assertThat(a.text().split("\n")).hasSize(5);
        assertThat(a.text()).doesNotContain("Baca juga", "Halaman", "Selanjutnya", "Berita Terkait", "Harga Emas", "jalan ambles", "Copyright");
        assertThat(a.captions()).singleElement().asString().startsWith("Kondisi jalan provinsi");
    }

    @Test
    void itempropDateWithoutZoneTakesTheVisibleWitaAndBreakSeparatedParagraphsAreKept() throws IOException {
        Article a = extractor.extract(html("antara-like.html"));
        assertThat(a.title()).isEqualTo("Pemkot Tanjung Seruni perluas layanan air bersih ke pulau kecil");
        assertThat(a.published().iso()).isEqualTo("2024-06-12T17:45+08:00");
        assertThat(a.authors()).containsExactly("Rahmat Fauzi");
        assertThat(a.outlet()).isEqualTo("ANTARA");
        assertThat(a.dateline()).isEqualTo("Tanjung Seruni");
        assertThat(a.text()).startsWith("Tanjung Seruni (ANTARA) - Pemerintah Kota").contains("kapal tangki yang datang seminggu sekali.");
        assertThat(a.text()).contains("\"Warga tidak perlu lagi membeli air jeriken");
        assertThat(a.text()).doesNotContain("Baca juga", "Pewarta", "Copyright", "Terpopuler", "harga cabai", "Dilarang keras");
    }

    @Test
    void liveBlogKeepsEveryUpdateAndNoTeaser() throws IOException {
        Article a = extractor.extract(html("liveblog-like.html"));
        assertThat(a.title()).isEqualTo("LIVE: Pawai Budaya HUT Kota Wirabumi, Ribuan Warga Padati Jalan Utama");
        assertThat(a.published().iso()).isEqualTo("2024-08-17T08:00+07:00");
        assertThat(a.modified().iso()).isEqualTo("2024-08-17T11:40+07:00");
        assertThat(a.text()).startsWith("Pawai budaya memperingati").contains("Rombongan terakhir tiba", "Hujan ringan sempat turun", "Wali kota melepas rombongan");
        assertThat(a.text()).doesNotContain("ADVERTISEMENT", "SCROLL", "Berita Terkait", "Panitia memastikan", "Pengendara diminta", "Lokasi dagang");
    }

    @Test
    void utcMetadataOfAnIndonesianPageWithoutAVisibleZoneIsToldInWib() {
        String html = "<html lang=\"id\"><head><title>Warga Kerja Bakti Bersihkan Saluran Air</title>"
                + "<meta property=\"article:published_time\" content=\"2019-10-19T20:12:00Z\"></head><body>"
                + "<h1>Warga Kerja Bakti Bersihkan Saluran Air</h1><span class=\"time\">2 jam lalu</span><div class=\"story\">"
                + "<p>Ratusan warga membersihkan saluran air di lingkungan mereka karena gang-gang selalu tergenang setiap hujan turun.</p>"
                + "<p>Lurah setempat meminjamkan gerobak dan cangkul kepada setiap rukun warga yang ikut dalam kerja bakti itu.</p>"
                + "<p>Sampah yang terkumpul diangkut truk dinas lingkungan hidup ke tempat pembuangan sementara pada siang harinya.</p>"
                + "</div></body></html>";
        Article a = extractor.extract(new Page("k.html", null, html.getBytes(StandardCharsets.UTF_8), Page.Kind.HTML));
        // the same instant, on the day Indonesian readers saw it
        assertThat(a.published().iso()).isEqualTo("2019-10-20T03:12+07:00");
    }

    @Test
    void embedsLeadInsAndStyledHeadlinesOfOldTemplates() {
        String html = "<html><head><title>KABAR KOTA CyberNews - Perahu Pinisi Diluncurkan di Tanah Beru</title></head><body>"
                + "<div class=\"judul\">Perahu Pinisi Diluncurkan di Tanah Beru</div><div class=\"isi\">"
                + "<p>Sebuah perahu pinisi sepanjang tiga puluh meter diluncurkan ke laut setelah ritual adat yang disaksikan ratusan warga.</p>"
                + "<blockquote class=\"instagram-media\"><a href=\"/p\">Lihat postingan ini di Instagram</a><p>Pinisi turun ke laut #pinisi</p>"
                + "<p>Sebuah kiriman dibagikan oleh Info Kota (@infokota) pada 5 Feb 2017 jam 4:30 PST</p></blockquote>"
                + "<h2>Dikerjakan Empat Belas Bulan</h2><figure><img src=\"/a.jpg\"><figcaption>Tukang mengerjakan lambung perahu. (Foto: Kabar Kota)</figcaption></figure>"
                + "<p>Perahu itu dikerjakan selama empat belas bulan oleh dua puluh tukang dengan kayu ulin dan kayu besi dari seberang.</p>"
                + "<blockquote class=\"twitter-tweet\"><p>Akhirnya pinisi pesanan kami berlayar juga, terima kasih para tukang</p>&mdash; Wisata Bahari (@wisatabahari) "
                + "<a href=\"/s\">February 6, 2017</a></blockquote>"
                + "<p>Simak juga video pilihan berikut ini:</p>"
                + "<p>Pemiliknya berencana memakai pinisi tersebut untuk membawa wisatawan berlayar di perairan timur Indonesia.</p>"
                + "</div></body></html>";
        Article a = extractor.extract(new Page("p.html", null, html.getBytes(StandardCharsets.UTF_8), Page.Kind.HTML));
        assertThat(a.title()).isEqualTo("Perahu Pinisi Diluncurkan di Tanah Beru");
        assertThat(a.text()).contains("Dikerjakan Empat Belas Bulan\nPerahu itu", "Akhirnya pinisi pesanan kami",
                "\u2014 Wisata Bahari (@wisatabahari) February 6, 2017").endsWith("perairan timur Indonesia.");
        assertThat(a.text()).doesNotContain("Instagram", "kiriman dibagikan", "#pinisi", "Simak juga");
    }
}
