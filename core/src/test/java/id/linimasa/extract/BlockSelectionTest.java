package id.linimasa.extract;

import id.linimasa.page.Page;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Which blocks make the body: tables, lists and link lines inside articles, on pages written for these tests. */
class BlockSelectionTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String PROSE = "<p>Panitia lomba lari maraton tahunan di Kota Lamaran mengumumkan hasil akhir perlombaan yang diikuti oleh "
            + "lebih dari dua ribu pelari dari berbagai daerah pada Minggu pagi.</p>"
            + "<p>Menurut ketua panitia, cuaca yang cerah membuat banyak peserta mencatat waktu terbaik mereka dan tidak ada pelari yang "
            + "harus dibawa ke rumah sakit selama lomba berlangsung.</p>";

    /** The same report told by its jury: a second pair of paragraphs. */
    private static final String MORE = PROSE.replace("Panitia", "Juri");

    /** An article of the report, the given HTML, then the jury's paragraphs. */
    private Article between(String inner) {
        return extract("<article>" + PROSE + inner + MORE + "</article>");
    }

    private Article extract(String body) {
        String html = "<html><head><title>Hasil Lomba Maraton Lamaran</title></head><body><nav><a href='/'>Beranda</a> <a href='/olahraga'>Olahraga</a></nav>"
                + body + "<footer><p>Hak cipta dilindungi undang-undang.</p></footer></body></html>";
        return extractor.extract(new Page("t.html", null, html.getBytes(StandardCharsets.UTF_8), Page.Kind.HTML));
    }

    @Test
    void tableRowIsOneLineWithEveryCellEvenRepeatedOnes() {
        Article a = between("<table><tr><th>Pos</th><th>Nama</th><th>Medali</th><th>Catatan</th></tr>"
                + "<tr><td>1</td><td>Budi Santoso</td><td>1</td><td>2:11:05</td></tr>"
                + "<tr><td>2</td><td>Agus Salim</td><td>1</td><td>2:12:40</td></tr></table>");
        assertThat(a.text()).contains("\n1 Budi Santoso 1 2:11:05\n2 Agus Salim 1 2:12:40\n").contains("Pos Nama Medali Catatan");
    }

    @Test
    void listInTheNamedArticleBodyIsKeptWithoutProseBesideIt() {
        StringBuilder list = new StringBuilder("<div class='article-content'><h2>Jadwal Lomba Lari 2025</h2>");
        String[] cities = {"Lamaran", "Sukamaju", "Tanjung Baru", "Bukit Hijau", "Pantai Indah", "Muara Jaya", "Lembah Sari", "Kota Lama",
                "Sungai Besar", "Teluk Biru", "Gunung Sari", "Padang Luas", "Kebun Raya", "Pelabuhan Ratu", "Danau Tenang"};
        for (int i = 0; i < cities.length; i++) list.append("<p>Seri ").append(i + 1).append(": ").append(i + 3).append(" Maret di ").append(cities[i]).append("</p>");
        list.append("</div><aside><h3>Terpopuler</h3><ul><li><a href='/a'>Harga cabai naik lagi di pasar induk</a></li></ul></aside>");
        Article a = extract(list.toString());
        assertThat(a.text()).contains("Seri 1: 3 Maret di Lamaran").contains("Seri 15: 17 Maret di Danau Tenang").doesNotContain("Harga cabai");
    }

    @Test
    void linkSpellingAnAddressIsTextNotNavigation() {
        Article a = extract("<div class='post-content'>" + PROSE + "<p>Pendaftaran seri berikutnya dibuka di laman panitia:</p>"
                + "<p><a href='https://lari.example.id/daftar'>https://lari.example.id/daftar</a></p>"
                + MORE + "</div>");
        assertThat(a.text()).contains("\nhttps://lari.example.id/daftar\n");
    }

    @Test
    void hoverCardInsideASentenceIsNotRead() {
        String card = "<span class='card'><img src='/f.jpg'><a href='/p/budi'>Budi Santoso</a><a href='/b/1'>Budi Santoso menang lagi di kandang</a>"
                + "<a href='/b/2'>Rekor baru di lintasan basah</a></span>";
        Article a = between("<p>Juara bertahan <span><a href='/p/budi'>Budi Santoso</a>" + card + "</span> kembali finis pertama "
                + "dengan catatan waktu yang lebih baik daripada tahun lalu.</p>");
        assertThat(a.text()).contains("Juara bertahan Budi Santoso kembali finis pertama").doesNotContain("menang lagi", "Rekor baru");
    }

    @Test
    void itemsRepeatingTheArticlesShareRowAreAListOfOtherStories() {
        String share = "<div class='share'><a href='/wa'>WhatsApp</a> <a href='/fb'>Facebook</a> <a href='/dl'>Unduh</a></div>";
        String story = "Setiap pagi kita diberi kesempatan baru untuk memperbaiki diri, menebar kebaikan kepada sesama dan bersyukur atas hal-hal kecil "
                + "yang sering terlupakan, karena hidup yang bermakna tidak diukur dari banyaknya harta melainkan dari seberapa besar manfaat kita "
                + "bagi orang lain di sekitar kita setiap hari, baik di rumah, di tempat kerja, maupun di jalan ketika bertemu orang yang belum kita kenal. "
                + "Maka mulailah hari ini dengan senyum, doa dan niat baik, lalu biarkan semuanya tumbuh pelan-pelan menjadi kebiasaan";
        StringBuilder page = new StringBuilder("<div class='kolom'><h1>Kata Mutiara Pagi</h1><div class='kutipan'>" + share + "<p>" + story + ".</p></div>");
        page.append("<h3>Anda mungkin suka</h3><div class='daftar'>");
        String[] others = {"Kesabaran", "Keberanian", "Kejujuran", "Ketekunan"};
        for (String o : others) page.append("<div class='kutipan'>").append(share).append("<p>").append(o).append(" adalah ").append(story.substring(13)).append(".</p></div>");
        page.append("</div></div>");
        Article a = extract(page.toString());
        assertThat(a.text()).startsWith("Setiap pagi").doesNotContain("Kesabaran", "Keberanian", "Kejujuran", "Ketekunan");
    }

    @Test
    void authorBioBoxIsNotTheArticle() {
        Article a = extract("<article>" + PROSE + MORE + "<div class='author-bio-box'><p>Dimas Prakoso adalah "
                + "wartawan olahraga yang telah meliput lomba lari, sepak bola dan bulu tangkis di berbagai kota selama lebih dari sepuluh tahun, "
                + "dan kini juga menulis buku tentang sejarah atletik di Indonesia bersama beberapa mantan pelari nasional.</p></div></article>");
        assertThat(a.text()).contains("Juri lomba").doesNotContain("Dimas Prakoso");
    }

    @Test
    void listClosingTheArticleUnderItsOwnHeadingIsKept() {
        Article a = extract("<div class='story'><div class='isi'>" + PROSE + "<h3>Peserta yang lolos</h3><ul><li>Budi Santoso (Lamaran): lolos ketiga kalinya</li>"
                + "<li>Agus Salim (Sukamaju): lolos pertama kali</li><li>Rina Wati (Tanjung Baru): lolos kedua kalinya</li></ul></div></div>"
                + "<div class='sidebar'><p><a href='/x'>Harga cabai naik lagi di pasar induk kota</a></p></div>");
        assertThat(a.text()).contains("Budi Santoso (Lamaran): lolos ketiga kalinya").contains("Rina Wati (Tanjung Baru): lolos kedua kalinya");
    }

    @Test
    void legalNoticeAfterTheArticleIsNotItsText() {
        Article a = extract("<div class='story'>" + PROSE + MORE + "</div><div class='x1'><div class='x2'>Data pasar disediakan oleh "
                + "mitra kami dan dapat tertunda lima belas menit sesuai ketentuan bursa. Seluruh isi situs ini: Hak cipta dilindungi undang-undang. "
                + "Data indeks dari penyedia data yang sama juga digunakan dengan izin mereka. Hak cipta dilindungi undang-undang. Kebijakan privasi dan "
                + "ketentuan layanan berlaku untuk semua pengunjung situs, baik yang terdaftar maupun tidak, dan dapat berubah sewaktu-waktu tanpa pemberitahuan.</div></div>");
        assertThat(a.text()).contains("Juri lomba").doesNotContain("Data pasar", "Hak cipta");
    }

    @Test
    void shortNoteUnderALabelAfterTheArticleIsNotItsText() {
        Article a = extract("<article>" + PROSE + MORE + "<div>Tags</div><div><a href='/t/1'>maraton</a>, <a href='/t/2'>lari</a>, "
                + "<a href='/t/3'>Lamaran</a></div><p>Perhatian: komentar yang menyinggung SARA tidak akan ditampilkan oleh moderator kami.</p></article>");
        assertThat(a.text()).contains("Juri lomba").doesNotContain("Perhatian");
    }

    @Test
    void articleElementHoldingALinkLineIsNotATeaserItem() {
        StringBuilder teasers = new StringBuilder("<ul class='daftar'>");
        for (String t : new String[]{"Harga cabai", "Jalan tol", "Banjir rob"}) {
            teasers.append("<li><div><a href='/b'>").append(t).append(" jadi sorotan warga pekan ini</a></div><div><p>").append(t)
                    .append(" kembali menjadi perhatian setelah warga mengeluhkan dampaknya kepada pemerintah daerah setempat.</p></div></li>");
        }
        teasers.append("</ul>");
        Article a = extract("<div class='story'><p>Pelari tuan rumah menjuarai lomba maraton tahunan Kota Lamaran setelah memimpin sejak kilometer ke-30.</p>"
                + "<div class='lanjutan'>" + PROSE + MORE + "<p><a href='mailto:redaksi@example.id'>Kirim kabar ke redaksi kami lewat surel</a></p>"
                + "</div></div>" + teasers);
        assertThat(a.text()).startsWith("Pelari tuan rumah menjuarai").doesNotContain("jadi sorotan");
    }

    @Test
    void mostReadLabelNamingItsSectionStillOpensAList() {
        Article a = extract("<article>" + PROSE + MORE + "<div><h3>Terpopuler di Olahraga</h3>"
                + "<div>Pelatih baru tim nasional diumumkan pekan depan oleh federasi</div><div>Stadion utama kota akan direnovasi mulai awal tahun depan</div>"
                + "<div>Atlet muda Lamaran raih emas di kejuaraan antarprovinsi</div></div></article>");
        assertThat(a.text()).contains("Juri lomba").doesNotContain("Pelatih baru", "Stadion utama", "Atlet muda");
    }

    @Test
    void cardsOfTwoWordLinkedTitlesAndABlurbAreAList() {
        StringBuilder cards = new StringBuilder("<div class='kartu-kartu'>");
        for (String t : new String[]{"Diet protein", "Diet sayur", "Diet buah", "Diet air"}) {
            cards.append("<div><div><a href='/d'>").append(t).append("</a></div><div>").append(t)
                    .append(" populer di kalangan pelari karena membantu menurunkan berat badan dalam dua minggu.</div></div>");
        }
        Article a = extract("<article>" + PROSE + MORE + cards + "</div></article>");
        assertThat(a.text()).contains("Juri lomba").doesNotContain("dalam dua minggu");
    }

    @Test
    void photoDescriptionBesideItsCreditIsACaption() {
        Article a = between("<div class='gambar'><img src='/f.jpg'><div><div>Para pelari melintasi jembatan gantung di tepi sungai saat "
                + "lomba maraton tahunan Kota Lamaran berlangsung pada Minggu pagi, disaksikan ratusan warga dari kedua sisi sungai.</div>"
                + "<div>Dimas Prakoso | Kabar Lamaran | Getty Images</div></div></div>");
        assertThat(a.text()).contains("Juri lomba").doesNotContain("jembatan gantung");
        assertThat(a.captions()).anyMatch(c -> c.contains("jembatan gantung"));
    }
}
