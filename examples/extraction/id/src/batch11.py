# Batch 11: written blind by an evaluator who did not read the extractor or its tuning notes: Suara, Merdeka (a
# 2015 page stating no zone anywhere), Sindonews, Jawa Pos, iNews with relative times in the sidebar, Medcom with
# a JSON-LD carrying only dateModified, Kontan, JPNN's upper-case "BACA JUGA:" lines, VOA and BBC Indonesia in UTC,
# a WordPress site in WITA with "Diperbarui" and comments, a Blogspot news blog with <br> paragraphs and the
# "Blog: Post" title, a Tribun Papua page in WIT, a small regional CMS with no metadata at all and Tirto's
# "Baca juga artikel terkait" closing line. All news fictional, our own sentences.

PAGES = []


def page(**kw):
    PAGES.append(kw)


page(
    id="b11-suara-jumat",
    url="https://www.suara.com/news/2020/06/12/134500/warga-bekasi-manfaatkan-lahan-tidur-untuk-kebun-sayur",
    title="Warga Bekasi Manfaatkan Lahan Tidur untuk Kebun Sayur Selama Pandemi",
    published="2020-06-12T13:45+07:00",
    paras=[
        "Suara.com - Warga sebuah perumahan di Kecamatan Tambun Selatan, Kabupaten Bekasi, mengubah lahan tidur milik pengembang menjadi kebun sayur selama masa pembatasan sosial.",
        "Lahan seluas sekitar dua ribu meter persegi itu kini ditanami kangkung, bayam, terong dan cabai yang dirawat bergiliran oleh warga.",
        "Ketua RW setempat, Dedi Kurniawan, mengatakan pihak pengembang mengizinkan pemanfaatan lahan selama belum ada rencana pembangunan.",
        "\"Hasil panennya dibagi rata, sebagian dijual murah ke warga lain. Uangnya untuk beli bibit dan pupuk lagi,\" kata Dedi saat ditemui, Jumat (12/6/2020).",
        "Kegiatan berkebun juga menjadi hiburan bagi warga yang kehilangan pekerjaan atau bekerja dari rumah.",
    ],
    inserts={2: '<div class="baca-juga-new"><span>Baca Juga:</span><ul><li><a href="/news/2020/06/11/a">Pasar Tambun Kembali Dibuka dengan Sistem Ganjil Genap</a></li><li><a href="/news/2020/06/10/b">Harga Sayur di Bekasi Mulai Turun</a></li></ul></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Warga Bekasi Manfaatkan Lahan Tidur untuk Kebun Sayur Selama Pandemi</title>
<meta property="og:title" content="Warga Bekasi Manfaatkan Lahan Tidur untuk Kebun Sayur Selama Pandemi">
<meta property="og:site_name" content="suara.com">
<meta property="og:type" content="article">
<meta name="content_PublishedDate" content="2020-06-12T13:45:00+07:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Warga Bekasi Manfaatkan Lahan Tidur untuk Kebun Sayur Selama Pandemi","datePublished":"2020-06-12T13:45:00+07:00","dateModified":"2020-06-12T13:45:00+07:00"}</script>
</head><body>
<div class="header"><a href="/">Suara.com</a> <a href="/news">News</a> <a href="/bisnis">Bisnis</a> <a href="/bola">Bola</a> <a href="/lifestyle">Lifestyle</a> <a href="/entertainment">Entertainment</a> <a href="/otomotif">Otomotif</a> <a href="/tekno">Tekno</a></div>
<div class="main-content">
<div class="breadcrumb"><a href="/">Home</a> / <a href="/news">News</a></div>
<div class="info"><h1>Warga Bekasi Manfaatkan Lahan Tidur untuk Kebun Sayur Selama Pandemi</h1>
<div class="writer"><span>Bangun Santoso</span> | <span>Muhammad Yasir</span></div>
<div class="date"><span>Jum'at, 12 Juni 2020 | 13:45 WIB</span></div></div>
<div class="img-cover"><img src="/kebun.jpg"><p class="caption">Warga memanen kangkung di kebun bersama, Tambun Selatan. [Suara.com/Muhammad Yasir]</p></div>
<article class="detail-content">
{BODY}
</article>
<div class="tag-header"><span>Tag</span> <a href="/tag/bekasi">#bekasi</a> <a href="/tag/kebun-sayur">#kebun sayur</a></div>
<div class="share-box"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Line</a></div>
<div class="terpopuler"><h3>Terpopuler</h3><ol><li><a href="/x1">Link Live Streaming Liga Inggris Malam Ini</a></li><li><a href="/x2">Ramalan Zodiak Hari Ini</a></li></ol></div>
<div class="berita-terkait"><h3>Berita Terkait</h3><div><a href="/y1">Warga Depok Tanam Hidroponik di Atap Rumah</a> <span>Kamis, 11 Juni 2020 | 09:20 WIB</span></div></div>
</div>
<footer>© 2020 suara.com - All Rights Reserved.</footer>
</body></html>""")

page(
    id="b11-merdeka-2015-nozone",
    url="https://www.merdeka.com/peristiwa/kapal-motor-tenggelam-di-perairan-selayar-12-penumpang-selamat.html",
    title="Kapal motor tenggelam di perairan Selayar, 12 penumpang selamat",
    published="2015-03-19T06:10",
    paras=[
        "Merdeka.com - Sebuah kapal motor pengangkut penumpang dan barang tenggelam di perairan Kabupaten Kepulauan Selayar, Sulawesi Selatan, Rabu malam. Seluruh dua belas penumpang berhasil diselamatkan nelayan yang melintas.",
        "Kapal itu berlayar dari Pelabuhan Pamatata menuju Pulau Jampea dan diduga bocor di bagian lambung setelah dihantam ombak setinggi dua meter.",
        "Kepala pos SAR setempat mengatakan para penumpang sempat bertahan di atas drum dan jeriken kosong selama hampir satu jam sebelum ditolong.",
        "\"Untung ada dua perahu nelayan yang sedang memancing tidak jauh dari lokasi,\" katanya kepada wartawan.",
        "Polisi masih memeriksa nakhoda untuk mengetahui apakah kapal membawa muatan melebihi kapasitas.",
    ],
    html="""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Kapal motor tenggelam di perairan Selayar, 12 penumpang selamat | merdeka.com</title>
<meta name="description" content="Sebuah kapal motor pengangkut penumpang dan barang tenggelam di perairan Selayar.">
<meta property="og:title" content="Kapal motor tenggelam di perairan Selayar, 12 penumpang selamat">
<script type="text/javascript">var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];</script>
</head><body>
<div id="mdk-header"><a href="/">merdeka.com</a> <a href="/politik">Politik</a> <a href="/peristiwa">Peristiwa</a> <a href="/uang">Uang</a> <a href="/dunia">Dunia</a> <a href="/olahraga">Olahraga</a> <a href="/teknologi">Teknologi</a> <a href="/artis">Artis</a></div>
<div id="mdk-body"><div class="mdk-body-content">
<div class="mdk-body-breadcrumb"><a href="/">Home</a> > <a href="/peristiwa">Peristiwa</a></div>
<h1>Kapal motor tenggelam di perairan Selayar, 12 penumpang selamat</h1>
<div class="mdk-date-reporter">Reporter : <span>Salviah Ika Padmasari</span> | Kamis, 19 Maret 2015 06:10</div>
<div class="mdk-body-paragraph-img"><img src="/kapal.jpg"><span class="mdk-body-paragraph-caption">Ilustrasi kapal tenggelam. ©2015 Merdeka.com</span></div>
<div class="mdk-body-paragraph">
{BODY}
<p>[war]</p>
</div>
<div class="mdk-tag-cloud"><span>Topik berita Terkait:</span> <a href="/tag/k/kapal-tenggelam">Kapal Tenggelam</a> <a href="/tag/s/selayar">Selayar</a></div>
<div class="mdk-body-bacajuga"><h4>Baca juga:</h4><ul><li><a href="/a1">Kapal nelayan terbalik di Makassar, satu orang hilang</a></li><li><a href="/a2">Basarnas cari penumpang speedboat di Maluku</a></li></ul></div>
</div>
<div class="mdk-sidebar"><h3>Berita Terpopuler</h3><ul><li><a href="/p1">Polisi tangkap pembobol ATM di Bogor</a></li><li><a href="/p2">Harga BBM turun mulai pekan depan</a></li></ul></div></div>
<div id="mdk-footer">Copyright © 2015 merdeka.com All rights reserved.</div>
</body></html>""")

page(
    id="b11-sindonews-dash",
    url="https://daerah.sindonews.com/read/1349876/174/bendungan-irigasi-di-bojonegoro-jebol-sawah-terendam-1540344600",
    title="Bendungan Irigasi di Bojonegoro Jebol, Ratusan Hektare Sawah Terendam",
    published="2018-10-24T08:30+07:00",
    paras=[
        "BOJONEGORO - Sebuah bendungan irigasi di Kecamatan Kedungadem, Kabupaten Bojonegoro, jebol setelah hujan deras mengguyur kawasan hulu semalaman.",
        "Air yang tertampung di bendungan meluap ke persawahan dan merendam sekitar 300 hektare tanaman padi yang baru berumur tiga minggu.",
        "Kepala desa setempat, Sunarto, mengatakan retakan di dinding bendungan sebenarnya sudah terlihat sejak kemarau lalu dan sudah dilaporkan ke dinas terkait.",
        "Petani khawatir harus menanam ulang karena bibit yang terendam lebih dari tiga hari biasanya membusuk.",
        "Dinas pekerjaan umum kabupaten menurunkan alat berat untuk menutup sementara bagian yang jebol dengan karung pasir.",
    ],
    inserts={3: '<div class="baca-juga"><strong>Baca Juga:</strong> <a href="/read/1349001">Debit Bengawan Solo Naik, Warga Bantaran Waspada</a></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Bendungan Irigasi di Bojonegoro Jebol, Ratusan Hektare Sawah Terendam</title>
<meta name="title" content="Bendungan Irigasi di Bojonegoro Jebol, Ratusan Hektare Sawah Terendam">
<meta property="og:title" content="Bendungan Irigasi di Bojonegoro Jebol, Ratusan Hektare Sawah Terendam">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2018-10-24T08:30:00+07:00">
</head><body>
<div class="header"><a href="/">SINDOnews</a> <a href="//nasional.sindonews.com">Nasional</a> <a href="//metro.sindonews.com">Metro</a> <a href="//daerah.sindonews.com">Daerah</a> <a href="//ekbis.sindonews.com">Ekbis</a> <a href="//sports.sindonews.com">Sports</a></div>
<div class="article">
<div class="breadcrumb"><a href="/">Home</a> > <a href="/daerah">Daerah</a> > Jawa Timur</div>
<h1>Bendungan Irigasi di Bojonegoro Jebol, Ratusan Hektare Sawah Terendam</h1>
<div class="article-time">Rabu, 24 Oktober 2018 - 08:30 WIB</div>
<div class="author">Muhammad Roqib</div>
<div class="article-image"><img src="/bendungan.jpg"><div class="caption">Bendungan irigasi di Kedungadem yang jebol. Foto/SINDOnews/Muhammad Roqib</div></div>
<div class="article-content" id="content">
{BODY}
<p>(nag)</p>
</div>
<div class="article-tag"><span>Tags:</span> <a href="/topic/1/banjir">banjir</a> <a href="/topic/2/bojonegoro">bojonegoro</a></div>
<div class="article-related"><h3>Berita Terkait</h3><ul><li><a href="/r1">Banjir Lamongan Rendam Jalan Provinsi</a> <span>Selasa, 23 Oktober 2018 - 17:05 WIB</span></li><li><a href="/r2">Tanggul Kali Lamong Kembali Jebol</a> <span>Senin, 22 Oktober 2018 - 11:40 WIB</span></li></ul></div>
<div class="comment-box"><h4>Komentar</h4><div id="disqus_thread"></div><script>var disqus_config = function () { this.page.identifier = "1349876"; };</script></div>
</div>
<footer>Copyright © 2018 SINDOnews.com, All Rights Reserved</footer>
</body></html>""")

page(
    id="b11-jawapos-detik",
    url="https://www.jawapos.com/nasional/12/08/2019/relawan-bersihkan-pantai-kenjeran-kumpulkan-dua-ton-sampah/",
    title="Relawan Bersihkan Pantai Kenjeran, Kumpulkan Dua Ton Sampah Plastik",
    published="2019-08-12T17:43+07:00",
    paras=[
        "JawaPos.com – Ratusan relawan dari berbagai komunitas membersihkan Pantai Kenjeran, Surabaya, Minggu (11/8). Dalam tiga jam mereka mengumpulkan sekitar dua ton sampah yang sebagian besar berupa plastik.",
        "Koordinator kegiatan, Rizal Maulana, mengatakan sampah yang paling banyak ditemukan adalah botol minuman, sedotan dan kantong belanja.",
        "Sampah yang terkumpul dipilah di lokasi. Plastik yang masih bisa didaur ulang diserahkan ke bank sampah, sisanya diangkut ke tempat pembuangan akhir.",
        "\"Kami ingin warga melihat sendiri berapa banyak sampah yang terbawa ombak ke pantai setiap minggu,\" kata Rizal.",
        "Pemerintah kota berencana menambah tempat sampah terpilah di sepanjang kawasan wisata pantai tersebut.",
    ],
    inserts={1: '<p><strong>Baca juga: </strong><a href="/surabaya/x">Pemkot Surabaya Larang Kantong Plastik di Pasar Modern</a></p>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Relawan Bersihkan Pantai Kenjeran, Kumpulkan Dua Ton Sampah Plastik - Jawa Pos</title>
<meta property="og:title" content="Relawan Bersihkan Pantai Kenjeran, Kumpulkan Dua Ton Sampah Plastik">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2019-08-12T17:43:16+07:00">
<meta property="article:modified_time" content="2019-08-12T17:43:16+07:00">
</head><body>
<div class="header"><a href="/">JawaPos.com</a> <a href="/nasional">Nasional</a> <a href="/surabaya-raya">Surabaya Raya</a> <a href="/ekonomi">Ekonomi</a> <a href="/sepak-bola">Sepak Bola</a> <a href="/entertainment">Entertainment</a></div>
<div class="main">
<div class="read__header">
<div class="breadcrumb"><a href="/">Home</a> / <a href="/nasional">Nasional</a></div>
<h1 class="read__title">Relawan Bersihkan Pantai Kenjeran, Kumpulkan Dua Ton Sampah Plastik</h1>
<div class="read__info"><span class="read__info__date">12 Agustus 2019, 17:43:16 WIB</span></div>
<div class="read__info__author">Editor : Estu Suryowati<br>Reporter : Dimas Nur Apriyanto</div>
</div>
<div class="read__photo"><img src="/kenjeran.jpg"><div class="read__photo__caption">Relawan memilah sampah di Pantai Kenjeran, Surabaya. (Dimas Nur Apriyanto/JawaPos.com)</div></div>
<div class="read__content">
{BODY}
</div>
<div class="read__tag"><span>Editor : Estu Suryowati</span><br><span>Reporter : Dimas Nur Apriyanto</span></div>
<div class="read__tag__list"><a href="/tag/sampah-plastik">sampah plastik</a> <a href="/tag/kenjeran">kenjeran</a></div>
<div class="popular"><h3>Terpopuler</h3><ol><li><a href="/p1">Persebaya Tumbangkan Arema di Gelora Bung Tomo</a></li><li><a href="/p2">Jalan Tol Gempol-Pasuruan Dibuka Penuh</a></li></ol></div>
</div>
<footer>Copyright © 2019 PT Jawa Pos Group Multimedia</footer>
</body></html>""")

page(
    id="b11-inews-relatif",
    url="https://www.inews.id/news/nasional/menteri-resmikan-sekolah-rakyat-di-pulau-sebatik",
    title="Sekolah Rakyat di Pulau Sebatik Diresmikan, Tampung 200 Siswa Perbatasan",
    published="2025-02-03T10:15+08:00",
    paras=[
        "NUNUKAN, iNews.id - Sebuah sekolah berasrama untuk anak-anak dari keluarga kurang mampu di Pulau Sebatik, Kabupaten Nunukan, Kalimantan Utara, diresmikan pada Senin (3/2/2025).",
        "Sekolah itu menampung dua ratus siswa tingkat SMP dan SMA yang sebagian besar berasal dari desa-desa di sepanjang garis perbatasan dengan Malaysia.",
        "Kepala sekolah, Marthen Lolo, mengatakan seluruh biaya pendidikan, asrama dan makan siswa ditanggung pemerintah.",
        "\"Selama ini banyak anak di sini yang putus sekolah karena harus ikut orang tuanya bekerja di kebun sawit seberang,\" kata Marthen.",
        "Pemerintah daerah berharap lulusan sekolah tersebut bisa melanjutkan ke perguruan tinggi melalui jalur beasiswa daerah tertinggal.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Sekolah Rakyat di Pulau Sebatik Diresmikan, Tampung 200 Siswa Perbatasan</title>
<meta property="og:title" content="Sekolah Rakyat di Pulau Sebatik Diresmikan, Tampung 200 Siswa Perbatasan">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-02-03T10:15:00+08:00">
</head><body>
<div class="nav"><a href="/">iNews.id</a> <a href="/news">News</a> <a href="/finance">Finance</a> <a href="/sport">Sport</a> <a href="/lifestyle">Lifestyle</a> <a href="/regional">Regional</a></div>
<div class="container">
<div class="sidebar-left"><h4>Berita Terkini</h4>
<div class="item"><a href="/k1">Harga Emas Antam Naik Rp5.000</a><span>2 jam lalu</span></div>
<div class="item"><a href="/k2">Timnas Putri Kalahkan Vietnam</a><span>3 jam lalu</span></div>
<div class="item"><a href="/k3">Banjir Rob Genangi Pesisir Semarang</a><span>5 jam lalu</span></div></div>
<article class="detail">
<div class="breadcrumb"><a href="/">Home</a> <a href="/news">News</a> <a href="/news/nasional">Nasional</a></div>
<h1 class="title-news">Sekolah Rakyat di Pulau Sebatik Diresmikan, Tampung 200 Siswa Perbatasan</h1>
<div class="author"><span class="reporter">Ahmad Rizali</span> · <span class="date-news">Senin, 03 Februari 2025 - 10:15:00 WITA</span></div>
<div class="share"><a>Bagikan</a> <a>fb</a> <a>tw</a> <a>wa</a></div>
<figure><img src="/sebatik.jpg"><figcaption>Siswa Sekolah Rakyat di Pulau Sebatik mengikuti upacara peresmian. (Foto: iNews/Ahmad Rizali)</figcaption></figure>
<div class="detail-content">
{BODY}
</div>
<div class="editor">Editor: Reza Yunanto</div>
<div class="follow">Follow Berita iNews di Google News</div>
<div class="tag"><a href="/tag/sebatik">sebatik</a> <a href="/tag/perbatasan">perbatasan</a> <a href="/tag/sekolah-rakyat">sekolah rakyat</a></div>
<div class="related"><h3>Berita Terkait</h3><div><a href="/b1">Jalan Paralel Perbatasan Kaltara Rampung 80 Persen</a><span>1 hari lalu</span></div></div>
</article></div>
<footer>Copyright © 2025 iNews.id. All rights reserved</footer>
</body></html>""")

page(
    id="b11-medcom-modified",
    url="https://www.medcom.id/nasional/daerah/aNr0jx8K-tiga-pendaki-tersesat-di-gunung-rinjani-ditemukan-selamat",
    title="Tiga Pendaki Tersesat di Gunung Rinjani Ditemukan Selamat",
    published="2023-05-07T14:05+07:00",
    paras=[
        "Medcom.id, Lombok: Tim gabungan menemukan tiga pendaki asal Surabaya yang tersesat di jalur pendakian Gunung Rinjani dalam keadaan selamat setelah dua hari dicari.",
        "Ketiganya ditemukan di sebuah lembah di sisi timur Danau Segara Anak, jauh dari jalur resmi yang seharusnya mereka lalui.",
        "Kepala balai taman nasional mengatakan para pendaki kehabisan bekal makanan pada hari kedua dan bertahan dengan air sungai.",
        "Mereka dievakuasi ke pos Sembalun dan langsung mendapat pemeriksaan kesehatan oleh petugas medis.",
        "Balai taman nasional kembali mengingatkan pendaki untuk tidak meninggalkan jalur resmi dan selalu menggunakan jasa pemandu berlisensi.",
    ],
    inserts={2: '<div class="baca"><p>Baca: <a href="/nasional/daerah/x">Jalur Pendakian Rinjani Dibuka Kembali setelah Perbaikan</a></p></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Tiga Pendaki Tersesat di Gunung Rinjani Ditemukan Selamat - Medcom.id</title>
<meta property="og:title" content="Tiga Pendaki Tersesat di Gunung Rinjani Ditemukan Selamat">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tiga Pendaki Tersesat di Gunung Rinjani Ditemukan Selamat","dateModified":"2023-05-08T09:30:00+07:00","author":{"@type":"Person","name":"Husen Miftahudin"}}</script>
</head><body>
<div class="header"><a href="/">Medcom.id</a> <a href="/nasional">Nasional</a> <a href="/ekonomi">Ekonomi</a> <a href="/internasional">Internasional</a> <a href="/olahraga">Olahraga</a> <a href="/teknologi">Teknologi</a> <a href="/hiburan">Hiburan</a></div>
<div class="detail">
<div class="breadcrumb"><a href="/nasional">Nasional</a> / <a href="/nasional/daerah">Daerah</a></div>
<h1>Tiga Pendaki Tersesat di Gunung Rinjani Ditemukan Selamat</h1>
<div class="info_author"><a>Husen Miftahudin</a> • <span class="date">07 Mei 2023 14:05</span></div>
<div class="pic"><img src="/rinjani.jpg"><div class="caption">Ilustrasi jalur pendakian Gunung Rinjani. Medcom.id</div></div>
<div class="text" id="articleBody">
{BODY}
<p>(UWA)</p>
</div>
<div class="tag"><b>Cek Berita dan Artikel yang lain di</b> <a href="https://news.google.com">Google News</a></div>
<div class="tags"><a href="/tag/rinjani">rinjani</a> <a href="/tag/pendaki-hilang">pendaki hilang</a></div>
<div class="related"><h3>Artikel Terkait</h3><a href="/r1">Basarnas Evakuasi Pendaki Cedera di Semeru</a> <a href="/r2">Kuota Pendaki Rinjani Ditambah saat Libur Panjang</a></div>
</div>
<footer>Copyright © 2023 medcom.id All Rights Reserved.</footer>
</body></html>""")

page(
    id="b11-kontan-slash",
    url="https://nasional.kontan.co.id/news/penyaluran-kur-untuk-petani-kopi-di-lampung-barat-naik",
    title="Penyaluran KUR untuk Petani Kopi di Lampung Barat Naik",
    published="2024-04-15T18:20+07:00",
    paras=[
        "KONTAN.CO.ID - BANDAR LAMPUNG. Penyaluran kredit usaha rakyat kepada petani kopi di Kabupaten Lampung Barat naik hampir 30% pada kuartal pertama tahun ini dibanding periode yang sama tahun lalu.",
        "Kenaikan itu didorong harga kopi robusta yang tinggi sehingga petani berani menambah modal untuk pemupukan dan peremajaan tanaman.",
        "Pimpinan sebuah bank penyalur di Liwa mengatakan rasio kredit bermasalah di sektor kopi tetap rendah karena sebagian besar petani membayar cicilan setelah panen.",
        "Meski begitu, pemerintah daerah mengingatkan petani agar tidak menggunakan kredit untuk kebutuhan konsumtif saat harga sedang tinggi.",
    ],
    inserts={2: '<p><strong>Baca Juga:</strong> <a href="/news/harga-kopi-robusta-cetak-rekor">Harga Kopi Robusta Cetak Rekor Tertinggi</a></p>',
             3: '<div class="adv-inarticle"><span>ADVERTISEMENT</span></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Penyaluran KUR untuk Petani Kopi di Lampung Barat Naik</title>
<meta property="og:title" content="Penyaluran KUR untuk Petani Kopi di Lampung Barat Naik">
<meta property="og:type" content="article">
<meta name="content_PublishedDate" content="2024-04-15 18:20:00">
<meta property="article:published_time" content="2024-04-15T18:20:00+07:00">
</head><body>
<div class="nav"><a href="/">KONTAN</a> <a href="//nasional.kontan.co.id">Nasional</a> <a href="//keuangan.kontan.co.id">Keuangan</a> <a href="//investasi.kontan.co.id">Investasi</a> <a href="//industri.kontan.co.id">Industri</a> <a href="//insight.kontan.co.id">Insight</a></div>
<div class="detail-content">
<h1 class="detail-desk">Penyaluran KUR untuk Petani Kopi di Lampung Barat Naik</h1>
<div class="fs14 ff-opensans font-gray">Reporter: <b>Tri Sulistiowati</b> | Editor: <b>Khomarul Hidayat</b></div>
<div class="fs14 ff-opensans font-gray">Senin, 15 April 2024 / 18:20 WIB</div>
<div class="img-detail-desk"><img src="/kopi.jpg"><div class="fs12">ILUSTRASI. Petani memetik kopi robusta di Lampung Barat. KONTAN/Baihaki</div></div>
<div class="tmpt-desk-kon">
{BODY}
</div>
<div class="tag-list">Tag <a href="/tag/kur">KUR</a> <a href="/tag/kopi">Kopi</a></div>
<div class="newsletter">Newsletter: Dapatkan ringkasan berita ekonomi setiap pagi. <input><button>Daftar</button></div>
<div class="terpopuler"><h3>Terpopuler</h3><ol><li><a href="/x1">IHSG Melemah di Awal Pekan</a></li><li><a href="/x2">Rupiah Ditutup Menguat</a></li></ol></div>
</div>
<footer>Copyright © 2024 KONTAN. All Rights Reserved.</footer>
</body></html>""")

page(
    id="b11-jpnn-bacajuga",
    url="https://www.jpnn.com/news/pasar-raya-padang-ditata-ulang-pedagang-kaki-lima-direlokasi",
    title="Pasar Raya Padang Ditata Ulang, Pedagang Kaki Lima Direlokasi",
    published="2017-10-08T21:35+07:00",
    paras=[
        "jpnn.com, PADANG - Pemerintah Kota Padang mulai menata ulang kawasan Pasar Raya dengan merelokasi ratusan pedagang kaki lima yang selama ini berjualan di badan jalan.",
        "Para pedagang dipindahkan ke lantai dasar gedung pasar yang selesai dibangun kembali setelah rusak akibat gempa beberapa tahun lalu.",
        "Kepala dinas perdagangan kota mengatakan setiap pedagang mendapat petak berukuran dua kali dua meter tanpa dipungut biaya sewa selama enam bulan pertama.",
        "Sebagian pedagang mengaku khawatir pembeli enggan masuk ke dalam gedung dan memilih belanja di tepi jalan seperti biasa.",
        "Pemerintah kota berjanji menertibkan pedagang yang kembali berjualan di jalan dan memindahkan pangkalan angkutan kota ke dekat pintu masuk gedung pasar.",
    ],
    inserts={2: '<p><strong>BACA JUGA: <a href="/news/x">Pedagang Pasar Raya Tolak Kenaikan Retribusi</a></strong></p>',
             4: '<p><strong>BACA JUGA: <a href="/news/y">Wali Kota Padang Sidak Pasar Pagi-pagi Buta</a></strong></p>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Pasar Raya Padang Ditata Ulang, Pedagang Kaki Lima Direlokasi - JPNN.com</title>
<meta property="og:title" content="Pasar Raya Padang Ditata Ulang, Pedagang Kaki Lima Direlokasi">
<meta property="og:type" content="article">
<meta name="pubdate" content="2017-10-08T14:35:00Z">
</head><body>
<div class="header"><a href="/">JPNN.com</a> <a href="/politik">Politik</a> <a href="/hukum">Hukum</a> <a href="/ekonomi">Ekonomi</a> <a href="/daerah">Daerah</a> <a href="/olahraga">Olahraga</a> <a href="/jpnn-tv">JPNN TV</a></div>
<div class="content">
<div class="breadcrumb"><a href="/">Home</a> » <a href="/daerah">Daerah</a></div>
<h1>Pasar Raya Padang Ditata Ulang, Pedagang Kaki Lima Direlokasi</h1>
<div class="date">Minggu, 08 Oktober 2017 – 21:35 WIB</div>
<div class="share-top"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>
<div class="img-main"><img src="/pasar-raya.jpg"><div class="caption">Suasana Pasar Raya Padang. Foto: Padang Ekspres/JPG</div></div>
<div class="page-content">
{BODY}
<p>(adz/jpnn)</p>
</div>
<div class="author-box">Redaktur &amp; Reporter : Adek</div>
<div class="tags"><a href="/tag/pasar-raya">Pasar Raya</a> <a href="/tag/padang">Padang</a></div>
<div class="more"><h3>BACA ARTIKEL LAINNYA...</h3><a href="/z1">Jembatan Siti Nurbaya Dicat Ulang</a></div>
<div class="popular"><h3>Terpopuler</h3><ol><li><a href="/pp1">Honorer K2 Demo di Depan Istana</a></li><li><a href="/pp2">Jadwal Tes CPNS Kemenkumham</a></li></ol></div>
</div>
<footer>© 2017 jpnn.com</footer>
</body></html>""")

page(
    id="b11-voa-utc",
    url="https://www.voaindonesia.com/a/petani-vanila-alor-ekspor-perdana-ke-amerika/3521678.html",
    title="Petani Vanila Alor Ekspor Perdana ke Amerika",
    published="2016-09-22T23:10+00:00",
    paras=[
        "Kelompok petani vanila di Kabupaten Alor, Nusa Tenggara Timur, melakukan ekspor perdana ke Amerika Serikat bulan ini setelah bertahun-tahun hanya menjual ke pengepul lokal.",
        "Pengiriman pertama berupa 500 kilogram polong vanila kering yang dibeli sebuah perusahaan rempah di negara bagian California.",
        "Ketua koperasi petani, Yakobus Maure, mengatakan harga yang diterima petani kini hampir dua kali lipat dibanding saat menjual ke pengepul.",
        "Pendampingan dari sebuah lembaga swadaya masyarakat membantu petani memperbaiki cara pengeringan sehingga kadar air polong memenuhi syarat pembeli.",
        "Koperasi itu berharap bisa mengirim dua kali lipat jumlah tersebut pada musim panen berikutnya.",
    ],
    html="""<!DOCTYPE html>
<html lang="id" dir="ltr"><head><meta charset="utf-8">
<title>Petani Vanila Alor Ekspor Perdana ke Amerika</title>
<meta property="og:title" content="Petani Vanila Alor Ekspor Perdana ke Amerika">
<meta property="og:site_name" content="VOA">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Petani Vanila Alor Ekspor Perdana ke Amerika","datePublished":"2016-09-22 23:10:00Z","dateModified":"2016-09-22 23:10:00Z","publisher":{"@type":"NewsMediaOrganization","name":"VOA"}}</script>
</head><body>
<div class="hdr"><a href="/">VOA Indonesia</a> <a href="/z/2345">Indonesia</a> <a href="/z/2346">Amerika</a> <a href="/z/2347">Dunia</a> <a href="/z/2348">Ekonomi</a> <a href="/z/2349">Kesehatan</a> <a href="/z/2350">Video</a></div>
<div class="col-title"><div class="category"><a href="/z/2348">Ekonomi</a></div>
<h1 class="title pg-title">Petani Vanila Alor Ekspor Perdana ke Amerika</h1>
<div class="published"><span class="date"><time pubdate="pubdate" datetime="2016-09-22T23:10:00+00:00">22 September 2016</time></span></div>
<div class="links"><a>Bagikan</a> <a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Cetak</a></div></div>
<div class="cover-media"><img src="/vanila.jpg"><span class="caption">Petani menjemur polong vanila di Alor, NTT (foto: ilustrasi).</span></div>
<div class="body-container"><div class="wsw">
{BODY}
</div></div>
<div class="media-block-wrap"><h2>Forum</h2><p>Belum ada komentar</p></div>
<div class="related"><h2>Terkait</h2><a href="/a/1">Harga Cengkih di Maluku Anjlok</a> <a href="/a/2">Ekspor Kopi Indonesia ke AS Meningkat</a></div>
<div class="footer">VOA Indonesia · Ikuti kami · Kebijakan Privasi · Syarat Penggunaan</div>
</body></html>""")

page(
    id="b11-bbc-indonesia",
    url="https://www.bbc.com/indonesia/indonesia-56632101",
    title="Banjir bandang di Flores Timur: 'Kami hanya sempat menyelamatkan anak-anak'",
    published="2021-04-05T03:12+00:00",
    paras=[
        "Warga sebuah desa di Pulau Adonara, Flores Timur, menceritakan bagaimana banjir bandang datang pada dini hari ketika sebagian besar penduduk sedang tidur.",
        "\"Suaranya seperti truk besar lewat. Kami hanya sempat menyelamatkan anak-anak, semua barang tertinggal,\" kata Maria Goreti, seorang ibu rumah tangga, kepada wartawan BBC News Indonesia.",
        "Lumpur dan batu dari lereng bukit menimbun puluhan rumah di bagian bawah desa. Jalan menuju desa itu terputus sehingga bantuan harus diangkut dengan perahu.",
        ("h2", "Cuaca ekstrem"),
        "Badan meteorologi sebelumnya memperingatkan adanya siklon tropis di selatan Nusa Tenggara Timur yang memicu hujan sangat lebat selama beberapa hari.",
        "Para ahli mengatakan penggundulan hutan di lereng bukit memperparah dampak hujan deras di kawasan tersebut.",
    ],
    inserts={3: '<div class="bbc-promo"><a href="/indonesia/majalah-5"><span>Anda mungkin tertarik:</span> Mengapa siklon tropis makin sering terbentuk di dekat Indonesia?</a></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Banjir bandang di Flores Timur: 'Kami hanya sempat menyelamatkan anak-anak' - BBC News Indonesia</title>
<meta property="og:title" content="Banjir bandang di Flores Timur: 'Kami hanya sempat menyelamatkan anak-anak' - BBC News Indonesia">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ReportageNewsArticle","headline":"Banjir bandang di Flores Timur: 'Kami hanya sempat menyelamatkan anak-anak'","datePublished":"2021-04-05T03:12:44.000Z","dateModified":"2021-04-05T07:40:02.000Z","publisher":{"@type":"NewsMediaOrganization","name":"BBC News Indonesia"}}</script>
</head><body>
<div class="cookie-banner"><p>Kami menggunakan cookies untuk memberikan Anda layanan digital terbaik. Apakah Anda setuju?</p><button>Ya, saya setuju</button> <button>Tidak, bawa saya ke pengaturan</button></div>
<header><a href="/indonesia">BBC News, Indonesia</a><nav><a href="/indonesia">Berita</a> <a href="/indonesia/topics/indonesia">Indonesia</a> <a href="/indonesia/topics/dunia">Dunia</a> <a href="/indonesia/topics/majalah">Majalah</a> <a href="/indonesia/topics/video">Video</a></nav></header>
<main role="main">
<h1 id="content">Banjir bandang di Flores Timur: 'Kami hanya sempat menyelamatkan anak-anak'</h1>
<div class="byline"><span>Nama Wartawan</span><span>Wartawan BBC News Indonesia</span></div>
<time datetime="2021-04-05">5 April 2021</time>
<figure><img src="/adonara.jpg"><p class="image-source">SUMBER GAMBAR, BNPB</p><figcaption>Keterangan gambar, Rumah-rumah tertimbun lumpur di Pulau Adonara.</figcaption></figure>
<div class="article-body">
{BODY}
</div>
<section class="related-topics"><h2>Topik terkait</h2><a>Indonesia</a> <a>Bencana alam</a> <a>Banjir</a></section>
<section class="most-read"><h2>Paling banyak dibaca</h2><ol><li><a href="/m1">Mengapa harga minyak goreng naik?</a></li><li><a href="/m2">Vaksin Covid: Apa yang perlu Anda ketahui</a></li></ol></section>
</main>
<footer>© 2021 BBC. BBC tidak bertanggung jawab atas konten dari situs eksternal. <a>Baca tentang peraturan baru terkait link eksternal.</a></footer>
</body></html>""")

page(
    id="b11-wp-makassar-wita",
    url="https://beritasulsel.id/2025/02/27/pembangunan-dermaga-pulau-barrang-lompo-molor/",
    title="Pembangunan Dermaga Pulau Barrang Lompo Molor, Nelayan Kesulitan Bongkar Muat",
    published="2025-02-27T14:30+08:00",
    paras=[
        "MAKASSAR, BERITASULSEL — Pembangunan dermaga baru di Pulau Barrang Lompo, Kecamatan Kepulauan Sangkarrang, Makassar, molor dari jadwal yang ditetapkan akhir tahun lalu.",
        "Akibatnya, nelayan dan pedagang di pulau itu harus membongkar muat barang di dermaga darurat dari papan kayu yang mulai lapuk.",
        "Seorang nelayan, Daeng Rahman, mengatakan perahunya beberapa kali terbentur tiang dermaga darurat saat ombak tinggi.",
        "\"Kalau angin barat begini, kami harus tunggu sampai sore baru bisa sandar. Ikan bisa rusak kalau terlalu lama di perahu,\" katanya.",
        "Pejabat pembuat komitmen proyek menyebut keterlambatan terjadi karena kapal pengangkut material tidak bisa berlayar selama cuaca buruk bulan Januari.",
        "Ia menargetkan dermaga rampung dan bisa digunakan sebelum bulan puasa.",
    ],
    inserts={2: '<p><strong>Baca Juga:</strong> <a href="https://beritasulsel.id/2025/02/20/x">Kapal Penumpang Rute Makassar-Barrang Lompo Sempat Tertahan Cuaca</a></p>',
             4: '<div class="code-block code-block-3"><ins class="adsbygoogle" data-ad-slot="456"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'},
    html="""<!DOCTYPE html>
<html lang="id" prefix="og: https://ogp.me/ns#"><head><meta charset="UTF-8">
<title>Pembangunan Dermaga Pulau Barrang Lompo Molor, Nelayan Kesulitan Bongkar Muat &#8211; Berita Sulsel</title>
<meta property="og:title" content="Pembangunan Dermaga Pulau Barrang Lompo Molor, Nelayan Kesulitan Bongkar Muat &#8211; Berita Sulsel">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-02-27T14:30:12+08:00">
<meta property="article:modified_time" content="2025-02-27T16:00:40+08:00">
<meta property="og:updated_time" content="2025-02-27T16:00:40+08:00">
<link rel="stylesheet" href="/wp-content/themes/newsup/style.css">
</head><body class="post-template-default single single-post single-format-standard">
<div id="cookie-law-info-bar">Situs web ini menggunakan cookie untuk meningkatkan pengalaman Anda. <a>Terima</a> <a>Baca Selengkapnya</a></div>
<div class="mg-head"><div class="mg-date">Sabtu, November 21, 2026</div><a href="/" class="site-title">Berita Sulsel</a><p class="site-description">Tajam dan Terpercaya</p>
<nav><a href="/">Home</a> <a href="/category/makassar">Makassar</a> <a href="/category/daerah">Daerah</a> <a href="/category/politik">Politik</a> <a href="/category/hukum">Hukum</a> <a href="/category/ekonomi">Ekonomi</a></nav></div>
<div class="mg-breaking"><span>Terkini</span> <a href="/b1">Harga Cabai di Pasar Terong Naik</a> <a href="/b2">Jalan Poros Maros Rusak Parah</a></div>
<main><article class="post type-post">
<div class="mg-blog-category"><a href="/category/makassar">Makassar</a></div>
<h1 class="title single">Pembangunan Dermaga Pulau Barrang Lompo Molor, Nelayan Kesulitan Bongkar Muat</h1>
<div class="media mg-info-author-block"><span>By <a href="/author/admin">Redaksi</a></span> <span class="mg-blog-date"><i class="fas fa-clock"></i> 27 Februari 2025 | Diperbarui 27 Februari 2025, 16:00 WITA</span></div>
<img class="wp-post-image" src="/wp-content/uploads/2025/02/dermaga.jpg">
<div class="mg-blog-post-box entry-content">
{BODY}
<div class="post-share"><span>Bagikan:</span> <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Telegram</a></div>
</div>
<div class="mg-tags"><span>Tags:</span> <a href="/tag/barrang-lompo">Barrang Lompo</a> <a href="/tag/dermaga">Dermaga</a></div>
<nav class="post-navigation"><a rel="prev" href="/2025/02/27/y/">Sebelumnya: Dua Pencuri Motor Ditangkap di Tamalate</a> <a rel="next" href="/2025/02/27/z/">Selanjutnya: Pemkot Makassar Gelar Pasar Murah</a></nav>
<div class="mg-related"><h4>Related Post</h4><div><a href="/r1">Kapal Ferry Makassar-Selayar Kembali Berlayar</a> <span>Februari 26, 2025</span></div><div><a href="/r2">Warga Pulau Kodingareng Keluhkan Air Bersih</a> <span>Februari 24, 2025</span></div></div>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on &ldquo;Pembangunan Dermaga Pulau Barrang Lompo Molor, Nelayan Kesulitan Bongkar Muat&rdquo;</h3>
<ol class="comment-list"><li class="comment"><div class="comment-author"><b>Andi Baso</b> <span>28 Februari 2025 pukul 07:15</span></div><div class="comment-content"><p>Semoga cepat selesai, kasihan nelayan di pulau yang setiap hari harus antre sandar di dermaga kayu itu.</p></div></li>
<li class="comment"><div class="comment-author"><b>Ilham</b> <span>1 Maret 2025 pukul 20:41</span></div><div class="comment-content"><p>Proyek tahun lalu juga begitu, molor terus alasannya cuaca.</p></div></li></ol>
<div id="respond"><h3>Tinggalkan Balasan</h3><p>Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *</p><textarea></textarea><button>Kirim Komentar</button></div></div>
</article>
<aside class="widget-area"><section class="widget"><h2>Berita Populer</h2><ul><li><a href="/w1">Banjir Rendam Perumahan di Antang</a></li><li><a href="/w2">Festival Kuliner Pantai Losari Dibuka</a></li></ul></section>
<section class="widget"><h2>Newsletter</h2><p>Daftarkan email Anda untuk mendapatkan berita terbaru.</p></section></aside></main>
<footer class="footer">Copyright © 2025 Berita Sulsel | Powered by WordPress | Theme: Newsup</footer>
</body></html>""")

page(
    id="b11-blogspot-kendari",
    url="https://kabarkendari.blogspot.com/2015/11/nelayan-bajo-di-soropia-terima-bantuan-mesin-perahu.html",
    title="Nelayan Bajo di Soropia Terima Bantuan Mesin Perahu",
    published="2015-11-04T08:17+08:00",
    wrap="{}<br /><br />",
    paras=[
        "KENDARI - Sebanyak empat puluh nelayan suku Bajo di Kecamatan Soropia, Kabupaten Konawe, menerima bantuan mesin perahu dari pemerintah provinsi, Selasa kemarin.",
        "Bantuan itu diserahkan langsung oleh kepala dinas kelautan dan perikanan provinsi di balai desa Bokori.",
        "Para nelayan selama ini kebanyakan masih menggunakan dayung dan layar sehingga hanya bisa melaut di sekitar pesisir.",
        "Salah seorang penerima, La Ode Sahrun, mengatakan dengan mesin baru ia berharap bisa mencari ikan sampai ke perairan Pulau Wawonii.",
        "Dinas berjanji menyalurkan bantuan serupa untuk nelayan di Kecamatan Lalonggasumeeto pada tahun anggaran berikutnya.",
    ],
    html="""<!DOCTYPE html>
<html class='v2' dir='ltr' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'><head>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<title>Kabar Kendari: Nelayan Bajo di Soropia Terima Bantuan Mesin Perahu</title>
<meta content='https://kabarkendari.blogspot.com/2015/11/nelayan-bajo-di-soropia-terima-bantuan-mesin-perahu.html' property='og:url'/>
<meta content='Nelayan Bajo di Soropia Terima Bantuan Mesin Perahu' property='og:title'/>
<meta content='KENDARI - Sebanyak empat puluh nelayan suku Bajo di Kecamatan Soropia menerima bantuan mesin perahu.' property='og:description'/>
<script type='text/javascript'>var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-111-1']);</script>
</head><body>
<div class='header-outer'><h1 class='title'><a href='https://kabarkendari.blogspot.com/'>Kabar Kendari</a></h1><p class='description'>Berita Terkini Seputar Kendari dan Sulawesi Tenggara</p></div>
<div class='tabs-outer'><ul><li><a href='/'>Beranda</a></li><li><a href='/search/label/Daerah'>Daerah</a></li><li><a href='/search/label/Politik'>Politik</a></li><li><a href='/search/label/Olahraga'>Olahraga</a></li></ul></div>
<div class='main-outer'><div class='main-inner'>
<div class='date-outer'><h2 class='date-header'><span>Rabu, 04 November 2015</span></h2>
<div class='post hentry' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<h3 class='post-title entry-title' itemprop='name'>Nelayan Bajo di Soropia Terima Bantuan Mesin Perahu</h3>
<div class='post-header'></div>
<div class='post-body entry-content' itemprop='description articleBody'>
<div class="separator" style="clear: both; text-align: center;"><a href="https://1.bp.blogspot.com/x/s1600/bajo.jpg"><img border="0" src="https://1.bp.blogspot.com/x/s320/bajo.jpg" /></a></div>
<table class="tr-caption-container"><tr><td class="tr-caption">Penyerahan bantuan mesin perahu di Desa Bokori</td></tr></table>
{BODY}
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Diposting oleh <span class='fn'>Redaksi Kabar Kendari</span></span>
<span class='post-timestamp'>di <a class='timestamp-link' href='https://kabarkendari.blogspot.com/2015/11/nelayan.html' rel='bookmark'><abbr class='published' itemprop='datePublished' title='2015-11-04T08:17:00+08:00'>08.17</abbr></a></span>
<span class='post-comment-link'><a class='comment-link' href='#comments'>Tidak ada komentar:</a></span></div>
<div class='post-share-buttons'><a class='share-button sb-email'>Kirimkan Ini lewat Email</a><a class='share-button sb-blog'>BlogThis!</a><a class='share-button sb-twitter'>Berbagi ke Twitter</a><a class='share-button sb-facebook'>Berbagi ke Facebook</a></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Label: <a href='/search/label/Daerah' rel='tag'>Daerah</a>, <a href='/search/label/Konawe' rel='tag'>Konawe</a></span></div></div>
</div>
<div class='comments' id='comments'><h4>Tidak ada komentar:</h4><div id='comment-holder'></div><p class='comment-footer'><a href='#'>Posting Komentar</a></p></div>
</div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='/2015/11/newer.html'>Posting Lebih Baru</a></span> <span id='blog-pager-older-link'><a class='blog-pager-older-link' href='/2015/11/older.html'>Posting Lama</a></span> <a class='home-link' href='/'>Beranda</a></div>
<div class='post-feeds'>Langganan: <a href='/feeds/posts/default'>Posting Komentar (Atom)</a></div>
</div>
<div class='sidebar'><div class='widget PopularPosts'><h2>Postingan Populer</h2><ul><li><a href='/p1'>Jadwal Kapal Kendari-Wanci Pekan Ini</a></li><li><a href='/p2'>Harga Cengkih di Kolaka Naik</a></li></ul></div>
<div class='widget BlogArchive'><h2>Arsip Blog</h2><ul><li>► 2016 (84)</li><li>▼ 2015 (212)<ul><li>▼ November (19)</li><li>► Oktober (23)</li></ul></li></ul></div></div></div>
<div class='footer-outer'>Tema Sederhana. Diberdayakan oleh <a href='https://www.blogger.com'>Blogger</a>.</div>
</body></html>""")

page(
    id="b11-tribunpapua-wit",
    url="https://papua.tribunnews.com/2023/10/10/warga-distrik-abepura-keluhkan-air-bersih-mati-sepekan",
    title="Warga Distrik Abepura Keluhkan Air Bersih Mati Sepekan",
    published="2023-10-10T09:15+09:00",
    paras=[
        "TRIBUN-PAPUA.COM, JAYAPURA - Warga di sejumlah kelurahan di Distrik Abepura, Kota Jayapura, mengeluhkan aliran air bersih yang mati selama sepekan terakhir.",
        "Untuk kebutuhan sehari-hari, warga terpaksa membeli air dari truk tangki dengan harga sekitar Rp 150.000 per tandon.",
        "Perusahaan daerah air minum setempat menyebut gangguan terjadi karena pipa transmisi dari sumber air di kaki Gunung Cycloop tertimbun longsor.",
        "Direktur teknik perusahaan itu mengatakan perbaikan ditargetkan selesai dalam tiga hari bila cuaca mendukung.",
        "Sementara itu, pemerintah kota mengerahkan lima truk tangki untuk membagikan air gratis di titik-titik yang paling terdampak.",
    ],
    inserts={2: '<p><strong>Baca juga: <a href="/2023/10/09/x">Longsor di Kawasan Cycloop, Jalan ke Sentani Sempat Tertutup</a></strong></p>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Warga Distrik Abepura Keluhkan Air Bersih Mati Sepekan - Tribun-papua.com</title>
<meta property="og:title" content="Warga Distrik Abepura Keluhkan Air Bersih Mati Sepekan - Tribun-papua.com">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2023-10-10T07:15:00+07:00">
<meta name="content_PublishedDate" content="2023-10-10 07:15:00">
</head><body>
<div id="header"><a href="/">Tribun-Papua.com</a> <a href="/jayapura">Jayapura</a> <a href="/mimika">Mimika</a> <a href="/merauke">Merauke</a> <a href="/papua-barat">Papua Barat</a> <a href="/sport">Sport</a></div>
<div class="main">
<div class="breadcrumb"><a href="/">Home</a> » <a href="/jayapura">Jayapura</a></div>
<h1 id="arttitle">Warga Distrik Abepura Keluhkan Air Bersih Mati Sepekan</h1>
<div class="credit"><div>Penulis: Calvin Louis Erari</div><div>Editor: Roy Ratumakin</div></div>
<time class="grey">Selasa, 10 Oktober 2023 09:15 WIT</time>
<div class="ovh imgfull"><img src="/air.jpg"><div class="arial">Warga antre air bersih dari truk tangki di Abepura. TRIBUN-PAPUA.COM/CALVIN LOUIS ERARI</div></div>
<div class="side-article txt-article multi-fontsize">
{BODY}
</div>
<div class="artikel-tayang">Artikel ini telah tayang di <a>Tribun-papua.com</a> dengan judul Warga Distrik Abepura Keluhkan Air Bersih Mati Sepekan</div>
<div class="tagcloud"><a href="/tag/abepura">#Abepura</a> <a href="/tag/air-bersih">#Air Bersih</a></div>
<div class="terkait"><h3>Berita Terkait</h3><ul><li><a href="/t1">PDAM Jayapura Perbaiki Pipa di Entrop</a> <span>Senin, 9 Oktober 2023 15:02 WIT</span></li></ul></div>
<div class="most"><h3>Terpopuler</h3><ol><li><a href="/m1">Persipura Menang Tipis atas Tim Tamu</a></li><li><a href="/m2">Jadwal Pesawat Jayapura-Wamena</a></li></ol></div>
</div>
<div class="footer">Copyright © 2023 Tribun-Papua.com. All rights reserved.</div>
</body></html>""")

page(
    id="b11-radar-nometa",
    url="https://radarcirebon.net/berita/detail/petani-bawang-merah-brebes-keluhkan-harga-anjlok",
    title="Petani Bawang Merah Brebes Keluhkan Harga Anjlok saat Panen",
    published="2025-02-27T15:42+07:00",
    paras=[
        "BREBES - Petani bawang merah di Kecamatan Larangan, Kabupaten Brebes, mengeluhkan harga jual yang anjlok saat panen berlangsung pekan ini.",
        "Di tingkat petani, bawang merah kering panen kini hanya dihargai sekitar Rp 11.000 per kilogram, jauh di bawah ongkos produksi yang mereka hitung.",
        "Seorang petani, Waryono, mengatakan ia terpaksa menyimpan sebagian hasil panen di gudang sambil menunggu harga membaik, meski berisiko susut.",
        "\"Kalau dijual sekarang jelas rugi. Tapi kalau disimpan terlalu lama juga bisa busuk,\" ujarnya.",
        "Dinas pertanian kabupaten berencana meminta badan usaha milik daerah menyerap sebagian hasil panen untuk menahan penurunan harga.",
    ],
    inserts={2: '<div class="bacajuga">Baca Juga : <a href="/berita/detail/x">Harga Cabai di Pasar Induk Cirebon Mulai Turun</a></div>'},
    html="""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Petani Bawang Merah Brebes Keluhkan Harga Anjlok saat Panen | Radar Cirebon</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head><body>
<div class="top"><span>Jumat, 28 Februari 2025</span> <a href="/">Radar Cirebon</a></div>
<div class="menu"><a href="/">Home</a> <a href="/kategori/cirebon">Cirebon</a> <a href="/kategori/indramayu">Indramayu</a> <a href="/kategori/majalengka">Majalengka</a> <a href="/kategori/kuningan">Kuningan</a> <a href="/kategori/brebes">Brebes</a></div>
<div class="marquee"><b>Terkini:</b> <a href="/n1">Jalur Pantura Losari Macet Panjang</a> <span>2 jam lalu</span> <a href="/n2">Gerhana Bulan Terlihat Jelas di Cirebon</a> <span>5 jam lalu</span></div>
<div class="wrapper"><div class="content-left">
<div class="judul-berita"><h2>Petani Bawang Merah Brebes Keluhkan Harga Anjlok saat Panen</h2></div>
<div class="tanggal">Reporter: Ahmad Fauzi | Editor: Dedi Darmawan | 27/02/2025, 15:42 WIB</div>
<div class="gambar"><img src="/bawang.jpg"><p>Petani menjemur bawang merah di Larangan, Brebes. FOTO: AHMAD FAUZI/RADAR CIREBON</p></div>
<div class="isi-berita">
{BODY}
</div>
<div class="share">Share: <a>Facebook</a> <a>WhatsApp</a> <a>Twitter</a></div>
<div class="terkait"><h3>Berita Terkait</h3><ul><li><a href="/r1">Harga Bawang Putih Stabil di Pasar Kanoman</a> <span>26/02/2025, 10:12 WIB</span></li><li><a href="/r2">Brebes Siapkan Gudang Berpendingin untuk Bawang</a> <span>20/02/2025, 08:00 WIB</span></li></ul></div>
<div class="komentar"><h3>Komentar</h3><div class="c"><b>Nurhadi</b> <span>28/02/2025, 06:30 WIB</span><p>Setiap panen raya selalu begini, pemerintah harus turun tangan.</p></div></div>
</div>
<div class="content-right"><h3>Terpopuler</h3><ol><li><a href="/p1">Lowongan Kerja Pabrik Sepatu di Majalengka</a></li><li><a href="/p2">Jadwal Imsakiyah Cirebon 2025</a></li><li><a href="/p3">Pasar Malam Alun-alun Kejaksan Dibuka</a></li></ol></div></div>
<div class="footer">&copy; 2025 Radar Cirebon. Hak cipta dilindungi undang-undang.</div>
</body></html>""")

page(
    id="b11-tirto-closing",
    url="https://tirto.id/warga-gunungkidul-andalkan-telaga-saat-kemarau-panjang-ekQ2",
    title="Warga Gunungkidul Andalkan Telaga saat Kemarau Panjang",
    published="2019-12-12T14:00+07:00",
    paras=[
        "tirto.id - Musim hujan yang datang terlambat membuat warga di sejumlah desa di Kabupaten Gunungkidul, Daerah Istimewa Yogyakarta, masih mengandalkan telaga untuk kebutuhan air sehari-hari.",
        "Di Desa Girisuko, Kecamatan Panggang, warga mengambil air dari telaga yang tinggal setinggi betis untuk mencuci dan memberi minum ternak.",
        "Untuk air minum, mereka membeli air dari truk tangki swasta atau menunggu kiriman air bersih dari pemerintah kabupaten yang datang seminggu sekali.",
        "Badan penanggulangan bencana kabupaten mencatat lebih dari seratus ribu jiwa terdampak kekeringan tahun ini.",
        "Pemerintah kabupaten menyiapkan pembangunan jaringan pipa dari sumber air bawah tanah di Bribin untuk menjangkau desa-desa yang masih kering.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Warga Gunungkidul Andalkan Telaga saat Kemarau Panjang</title>
<meta property="og:title" content="Warga Gunungkidul Andalkan Telaga saat Kemarau Panjang">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Warga Gunungkidul Andalkan Telaga saat Kemarau Panjang","datePublished":"2019-12-12T14:00:00+07:00","dateModified":"2019-12-13T09:15:00+07:00"}</script>
</head><body>
<div class="navbar"><a href="/">tirto.id</a> <a href="/q/indepth">Mild Report</a> <a href="/q/news">News</a> <a href="/q/politik">Politik</a> <a href="/q/ekonomi">Ekonomi</a> <a href="/q/sosial-budaya">Sosial Budaya</a> <a href="/q/periksa-data">Periksa Data</a></div>
<div class="content-detail">
<h1 class="news-detail-title">Warga Gunungkidul Andalkan Telaga saat Kemarau Panjang</h1>
<div class="detail-author">Oleh: Irwan Syambudi - 12 Desember 2019</div>
<div class="img-header"><img src="/telaga.jpg"><div class="caption">Warga mengambil air di telaga Desa Girisuko, Gunungkidul. tirto.id/Irwan Syambudi</div></div>
<div class="content-text-editor">
{BODY}
<p class="baca-juga-artikel">Baca juga artikel terkait <a href="/q/kekeringan">KEKERINGAN</a> atau tulisan lainnya dari <a href="/penulis/irwan">Irwan Syambudi</a></p>
<p class="reporter-editor">(tirto.id - Sosial budaya)<br>Reporter: Irwan Syambudi<br>Penulis: Irwan Syambudi<br>Editor: Agung DH</p>
</div>
<div class="tags"><a href="/q/kekeringan">Kekeringan</a> <a href="/q/gunungkidul">Gunungkidul</a></div>
<div class="subscribe"><h4>Subscribe for updates</h4><p>Unsubscribe from updates</p></div>
<div class="terpopuler"><h3>Artikel Terkait</h3><a href="/a1">Krisis Air Bersih Meluas di Wonogiri</a> <a href="/a2">BMKG: Musim Hujan Mundur di Jawa Bagian Selatan</a></div>
</div>
<footer>© 2019 tirto.id - All Rights Reserved.</footer>
</body></html>""")
