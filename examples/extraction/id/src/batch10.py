# Batch 10: written blind by an evaluator who did not read the extractor or its tuning notes, imitating national
# outlets as served 2016-2026: Detik's "ADVERTISEMENT SCROLL TO CONTINUE" slot and inline link tables, Kompas'
# "Baca juga:" paragraphs and "Halaman all" titles, Tempo's "Baca:" lines, a JSON-LD with only dateModified, an
# Antara regional page in WITA with UTC metadata, a migrated CMS whose meta date is the import day, a kicker
# inside the h1, a listicle with numbered subheadings, a UTC time that falls on the day before the WIB date, an
# og:title shorter than the h1. All news fictional, our own sentences.

PAGES = []


def page(**kw):
    PAGES.append(kw)


page(
    id="b10-detik-kamis",
    url="https://news.detik.com/berita/d-7801234/polisi-bongkar-gudang-pupuk-palsu-di-karawang",
    title="Polisi Bongkar Gudang Pupuk Palsu di Karawang, 40 Ton Disita",
    published="2025-02-27T15:42+07:00",
    paras=[
        "Jakarta - Polisi membongkar sebuah gudang penyimpanan pupuk palsu di Kecamatan Cilamaya, Karawang, Jawa Barat. Sebanyak 40 ton pupuk yang dikemas menyerupai merek bersubsidi disita dari lokasi itu.",
        "Kasat Reskrim setempat, AKP Wahyu Saputra, mengatakan gudang itu sudah beroperasi sekitar enam bulan. Pupuk dicampur dari tanah liat, garam dan sedikit pupuk asli sebelum dikemas ulang.",
        "\"Pelaku menjual ke petani dengan harga sedikit di bawah harga pasar sehingga banyak yang tertarik,\" kata Wahyu kepada wartawan, Kamis (27/2/2025).",
        "Polisi menahan tiga orang, termasuk pemilik gudang yang diduga menjadi pemodal. Mereka dijerat pasal tentang perlindungan konsumen dan perdagangan.",
        "Dinas pertanian kabupaten meminta petani membeli pupuk hanya di kios resmi yang terdaftar dan melapor bila menemukan kemasan yang mencurigakan.",
    ],
    inserts={2: '<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong> <a href="/berita/d-7800001">Harga Gabah di Karawang Turun Jelang Panen Raya</a></div></td></tr></table>',
             3: '<div class="parallaxindetail scrollpage"><div class="ads-scrollpage-container"><p class="ads-scrollpage-top">ADVERTISEMENT</p><div id="div-gpt-ad-parallax"></div><p class="ads-scrollpage-bottom">SCROLL TO CONTINUE WITH CONTENT</p></div></div>'},
    html="""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="utf-8">
<title>Polisi Bongkar Gudang Pupuk Palsu di Karawang, 40 Ton Disita</title>
<meta name="title" content="Polisi Bongkar Gudang Pupuk Palsu di Karawang, 40 Ton Disita">
<meta property="og:title" content="Polisi Bongkar Gudang Pupuk Palsu di Karawang, 40 Ton Disita">
<meta property="og:site_name" content="detiknews">
<meta name="publishdate" content="2025/02/27 15:42:10">
<meta name="dtk:publishdate" content="2025/02/27 15:42:10">
<meta name="dtk:author" content="Mochamad Fikri">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"kanalid":"10","articleid":"7801234","createddate":"2025/02/27 15:42:10"});</script>
</head><body>
<header class="header"><div class="logo"><a href="https://news.detik.com">detiknews</a></div>
<nav><a href="/berita">Berita</a> <a href="/jabodetabek">Jabodetabek</a> <a href="/internasional">Internasional</a> <a href="/kolom">Kolom</a> <a href="/pemilu">Pemilu</a> <a href="/foto-news">Foto</a> <a href="/detiktv">detikTV</a></nav></header>
<div class="container"><div class="column-8">
<article class="detail">
<div class="page__breadcrumb"><a href="/">detikNews</a> <a href="/berita">Berita</a></div>
<h1 class="detail__title">Polisi Bongkar Gudang Pupuk Palsu di Karawang, 40 Ton Disita</h1>
<div class="detail__author">Mochamad Fikri - detikNews</div>
<div class="detail__date">Kamis, 27 Feb 2025 15:42 WIB</div>
<div class="detail__media"><figure class="detail__media-image"><img src="/pupuk.jpg"><figcaption class="detail__media-caption">Karung pupuk palsu yang disita polisi di Karawang (Foto: dok. Polres)</figcaption></figure></div>
<div class="detail__body-text itp_bodycontent">
{BODY}
<p class="para_caption"><strong>(fas/idn)</strong></p>
</div>
<div class="detail__body-tag"><a href="/tag/pupuk-palsu">pupuk palsu</a> <a href="/tag/karawang">karawang</a> <a href="/tag/polisi">polisi</a></div>
<div class="share-box"><span>Bagikan</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Salin Link</a></div>
</article>
<div class="list-content"><h2>Berita Terkait</h2>
<article><a href="/a1"><h3>Satgas Pangan Awasi Distribusi Pupuk Subsidi</h3></a><span class="date">Rabu, 26 Feb 2025 10:11 WIB</span></article>
<article><a href="/a2"><h3>Petani Subang Keluhkan Pupuk Langka</h3></a><span class="date">Selasa, 25 Feb 2025 08:30 WIB</span></article></div>
<div class="komentar"><h3>Komentar</h3><div id="comment-box">Belum ada komentar. Jadilah yang pertama berkomentar.</div></div>
</div>
<div class="column-4"><div class="box cb-mostpop"><h2>Berita Terpopuler</h2><ol>
<li><a href="/p1">Jadwal Ganjil Genap Jakarta Hari Ini</a> <span>2 jam yang lalu</span></li>
<li><a href="/p2">Cuaca Jabodetabek: Hujan Sejak Siang</a> <span>3 jam yang lalu</span></li>
<li><a href="/p3">KPK Periksa Dua Pejabat Dinas PUPR</a> <span>5 jam yang lalu</span></li></ol></div></div></div>
<footer><a href="/redaksi">Redaksi</a> <a href="/pedoman">Pedoman Media Siber</a> <a href="/karir">Karir</a> <span>Copyright @ 2025 detikcom. All right reserved</span></footer>
</body></html>""")

page(
    id="b10-kompas-diperbarui",
    url="https://regional.kompas.com/read/2023/03/14/070500478/banjir-rendam-ratusan-rumah-di-pekalongan?page=all",
    title="Banjir Rendam Ratusan Rumah di Pekalongan, Warga Mengungsi ke Masjid",
    published="2023-03-14T07:05+07:00",
    paras=[
        "PEKALONGAN, KOMPAS.com - Banjir merendam ratusan rumah di tiga kelurahan di Kota Pekalongan, Jawa Tengah, setelah hujan deras mengguyur sejak Senin (13/3/2023) malam.",
        "Ketinggian air di permukiman bervariasi antara 30 sentimeter hingga hampir satu meter di kawasan yang dekat dengan muara sungai.",
        "Sebagian warga memilih mengungsi ke masjid dan gedung sekolah yang berada di tempat lebih tinggi, sementara yang lain bertahan di lantai dua rumah mereka.",
        "Kepala pelaksana badan penanggulangan bencana daerah setempat, Sri Wahyuni, mengatakan petugas telah mendirikan dapur umum di dua titik pengungsian.",
        "\"Kami prioritaskan lansia, anak-anak dan ibu hamil untuk dievakuasi lebih dulu,\" ujar Sri saat dihubungi, Selasa pagi.",
        "Menurut dia, banjir diperparah oleh air laut pasang yang membuat aliran sungai tertahan dan meluap ke jalan-jalan kampung.",
    ],
    inserts={2: '<p><strong>Baca juga: <a href="https://regional.kompas.com/read/2023/03/13/x">Tanggul Sungai Loji Jebol, Jalur Pantura Tersendat</a></strong></p>',
             4: '<p><strong>Baca juga: <a href="https://regional.kompas.com/read/2023/03/12/y">BMKG: Hujan Lebat Masih Berpotensi Terjadi di Pesisir Utara Jateng</a></strong></p>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Banjir Rendam Ratusan Rumah di Pekalongan, Warga Mengungsi ke Masjid Halaman all - Kompas.com</title>
<meta property="og:title" content="Banjir Rendam Ratusan Rumah di Pekalongan, Warga Mengungsi ke Masjid Halaman all">
<meta property="og:type" content="article"><meta property="og:site_name" content="KOMPAS.com">
<meta name="content_PublishedDate" content="2023-03-14 07:05:00">
<meta name="content_date" content="2023-03-14 07:05:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Banjir Rendam Ratusan Rumah di Pekalongan, Warga Mengungsi ke Masjid","datePublished":"2023-03-14T07:05:00+07:00","dateModified":"2023-03-14T09:10:00+07:00","author":[{"@type":"Person","name":"Kontributor Pekalongan, Budi Hartono"}],"publisher":{"@type":"Organization","name":"Kompas.com"}}</script>
</head><body>
<div class="cookie-consent">Kami menggunakan cookie untuk meningkatkan pengalaman Anda. <a href="/privacy">Pelajari</a> <button>Setuju</button></div>
<div class="header"><a class="logo" href="https://www.kompas.com">Kompas.com</a>
<ul class="nav"><li><a href="/news">News</a></li><li><a href="/tren">Tren</a></li><li><a href="/regional">Regional</a></li><li><a href="/money">Money</a></li><li><a href="/bola">Bola</a></li><li><a href="/tekno">Tekno</a></li><li><a href="/otomotif">Otomotif</a></li></ul></div>
<div class="container clearfix"><div class="col-bs10-7">
<div class="breadcrumb"><a href="/">Home</a> / <a href="/regional">Regional</a> / Jawa Tengah</div>
<h1 class="read__title">Banjir Rendam Ratusan Rumah di Pekalongan, Warga Mengungsi ke Masjid</h1>
<div class="read__time">Kompas.com - 14/03/2023, 07:05 WIB <span class="read__time__update">Diperbarui 14/03/2023, 09:10 WIB</span></div>
<div class="credit-title-name">Penulis Kontributor Pekalongan, Budi Hartono | Editor Andi Firmansyah</div>
<div class="photo"><img src="/banjir.jpg"><div class="photo__caption">Warga melintasi banjir di Kelurahan Degayu, Kota Pekalongan, Selasa (14/3/2023). KOMPAS.COM/BUDI HARTONO</div></div>
<div class="read__content"><div class="clearfix">
{BODY}
<p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : <a href="https://www.whatsapp.com/channel/x">https://www.whatsapp.com/channel/x</a>. Pastikan kamu sudah install aplikasi WhatsApp ya.</p>
</div></div>
<div class="tag__article"><h3>Tag</h3><a href="/tag/banjir">banjir</a> <a href="/tag/pekalongan">pekalongan</a></div>
<div class="social--inline"><span>Bagikan artikel ini melalui</span> <a>Facebook</a> <a>WhatsApp</a> <a>Line</a> <a>Telegram</a> <a>Copy Link</a></div>
<div class="lanjut"><h3>Lihat Regional Selengkapnya</h3></div>
<div class="most__wrap"><h3>Terpopuler</h3>
<div class="most__item"><a href="/m1">Tiga Warga Tertimbun Longsor di Banjarnegara</a></div>
<div class="most__item"><a href="/m2">Harga Cabai Rawit di Semarang Tembus Rp 90.000</a></div></div>
</div></div>
<div class="footer">Copyright 2008 - 2023 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.</div>
</body></html>""")

page(
    id="b10-tempo-2016-baca",
    url="https://nasional.tempo.co/read/787654/nelayan-pantai-utara-jakarta-keluhkan-pendangkalan-alur",
    title="Nelayan Pantai Utara Jakarta Keluhkan Pendangkalan Alur",
    published="2016-07-12T14:20+07:00",
    paras=[
        "TEMPO.CO, Jakarta - Nelayan di kampung Kali Baru, Cilincing, Jakarta Utara, mengeluhkan pendangkalan alur muara yang membuat perahu mereka sulit keluar masuk saat air surut.",
        "Ketua kelompok nelayan setempat, Rasmin, mengatakan lumpur di mulut muara kini hanya menyisakan kedalaman sekitar setengah meter ketika surut terendah.",
        "\"Kami harus menunggu pasang sampai tengah malam, padahal ikan paling banyak didapat menjelang subuh,\" kata Rasmin, Selasa, 12 Juli 2016.",
        "Menurut dia, pengerukan terakhir dilakukan tiga tahun lalu dan sejak itu endapan terus bertambah terbawa arus dari proyek pembangunan di sekitar pantai.",
        "Suku dinas kelautan Jakarta Utara menyatakan telah mengajukan anggaran pengerukan untuk tahun depan. Sementara menunggu, petugas akan memasang rambu di titik-titik dangkal.",
    ],
    inserts={2: '<p><strong>Baca:</strong> <a href="https://nasional.tempo.co/read/787001">Reklamasi Teluk Jakarta, Nelayan Muara Angke Unjuk Rasa</a></p>',
             4: '<p><strong>Baca juga:</strong> <a href="https://nasional.tempo.co/read/786500">Harga Ikan di Pasar Muara Baru Naik Jelang Lebaran</a></p>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Tempo.co: Nelayan Pantai Utara Jakarta Keluhkan Pendangkalan Alur</title>
<meta name="description" content="Nelayan di kampung Kali Baru mengeluhkan pendangkalan alur muara.">
<meta name="keywords" content="nelayan, cilincing, pendangkalan">
<meta property="og:title" content="Nelayan Pantai Utara Jakarta Keluhkan Pendangkalan Alur">
<meta property="og:site_name" content="Tempo.co">
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-000000-1']); _gaq.push(['_trackPageview']);</script>
</head><body>
<div id="top-nav"><a href="/">TEMPO.CO</a> | <a href="/indeks">Indeks</a> | <a href="/nasional">Nasional</a> | <a href="/bisnis">Bisnis</a> | <a href="/metro">Metro</a> | <a href="/dunia">Dunia</a> | <a href="/bola">Bola</a> | <a href="/seleb">Seleb</a></div>
<div id="wrapper"><div id="left">
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/nasional">Nasional</a> &raquo; Hukum</div>
<div class="artikel">
<h1>Nelayan Pantai Utara Jakarta Keluhkan Pendangkalan Alur</h1>
<div class="date">Selasa, 12 Juli 2016 | 14:20 WIB</div>
<div class="ban_tl"><img src="/nelayan.jpg" alt=""><p class="caption">Perahu nelayan tertambat di muara Kali Baru, Cilincing. TEMPO/Dian Triyuli</p></div>
<div class="p-artikel">
{BODY}
<p><strong>RAHMAT HIDAYAT</strong></p>
</div>
<div class="tag"><span>Topik terkait:</span> <a href="/topik/nelayan">Nelayan</a> <a href="/topik/jakarta-utara">Jakarta Utara</a></div>
</div>
<div class="berita-terkait"><h3>Berita Terkait</h3><ul>
<li><a href="/read/786900">Dinas Kelautan Janji Keruk Muara Cilincing</a> <span>11 Juli 2016</span></li>
<li><a href="/read/786100">Nelayan Kamal Muara Tolak Relokasi</a> <span>8 Juli 2016</span></li></ul></div>
</div>
<div id="right"><div class="terpopuler"><h3>Terpopuler</h3><ol><li><a href="/t1">Jokowi Lantik Menteri Baru Pekan Depan</a></li><li><a href="/t2">Arus Balik Lebaran Mulai Padat di Cikampek</a></li></ol></div></div></div>
<div id="footer">Copyright &copy; 2016 TEMPO.CO. All rights reserved. <a href="/tentang">Tentang Kami</a> | <a href="/pedoman">Pedoman Media Siber</a></div>
</body></html>""")

page(
    id="b10-liputan6-modified-only",
    url="https://www.liputan6.com/news/read/4243210/petugas-pasar-pagi-semprot-disinfektan-tiap-malam",
    title="Petugas Pasar Pagi Semprot Disinfektan Tiap Malam",
    published="2020-05-03T22:15+07:00",
    paras=[
        "Liputan6.com, Jakarta - Pengelola Pasar Pagi Mangga Dua menyemprotkan disinfektan ke seluruh lorong pasar setiap malam setelah kios tutup.",
        "Penyemprotan dilakukan oleh dua belas petugas yang dibagi menjadi empat kelompok, masing-masing bertanggung jawab atas satu lantai.",
        "Kepala unit pasar, Fauzi Rahman, mengatakan pedagang juga diwajibkan memakai masker dan menyediakan tempat cuci tangan di depan kios.",
        "\"Kalau ada pedagang yang tidak memakai masker, kami tegur dulu. Kalau diulang, kiosnya kami minta tutup sehari,\" kata Fauzi.",
        "Jumlah pengunjung pasar menurun hampir dua pertiga sejak pembatasan sosial diberlakukan, menurut catatan pengelola.",
    ],
    inserts={3: '<div class="baca-juga-collections"><div class="baca-juga-collections__title">Baca Juga</div><ul><li><a href="/news/read/4243001">Pasar Tanah Abang Tetap Ditutup hingga Akhir Bulan</a></li><li><a href="/news/read/4242888">Ojek Daring Dilarang Angkut Penumpang di Jakarta</a></li><li><a href="/news/read/4242500">Satpol PP Bubarkan Kerumunan di Pasar Minggu</a></li></ul></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Petugas Pasar Pagi Semprot Disinfektan Tiap Malam - News Liputan6.com</title>
<meta property="og:title" content="Petugas Pasar Pagi Semprot Disinfektan Tiap Malam">
<meta property="og:type" content="article">
<meta name="description" content="Pengelola Pasar Pagi Mangga Dua menyemprotkan disinfektan setiap malam.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Petugas Pasar Pagi Semprot Disinfektan Tiap Malam","dateModified":"2020-05-04T01:05:00+07:00","image":["https://cdn1-production-images-kly.akamaized.net/x.jpg"],"author":{"@type":"Person","name":"Ika Defianti"}}</script>
</head><body>
<nav class="navbar"><a href="/">Liputan6</a> <a href="/news">News</a> <a href="/bisnis">Bisnis</a> <a href="/bola">Bola</a> <a href="/showbiz">Showbiz</a> <a href="/health">Health</a> <a href="/tekno">Tekno</a> <a href="/cek-fakta">Cek Fakta</a></nav>
<div class="main-container"><article class="hentry main">
<header class="read-page--header">
<p class="read-page--header--kanal"><a href="/news/metropolitan">Metropolitan</a></p>
<h1 class="read-page--header--title entry-title">Petugas Pasar Pagi Semprot Disinfektan Tiap Malam</h1>
<div class="read-page--header--author"><span class="read-page--header--author__name">Ika Defianti</span></div>
<p class="read-page--header--author__datetime-wrapper">Diterbitkan <time class="read-page--header--author__datetime updated">03 Mei 2020, 22:15 WIB</time> Diperbarui <time class="read-page--header--author__modified-time">04 Mei 2020, 01:05 WIB</time></p>
</header>
<figure class="read-page--photo-gallery--item"><img src="/pasar.jpg"><figcaption class="read-page--photo-gallery--item__caption">Petugas menyemprotkan disinfektan di lorong Pasar Pagi Mangga Dua. (Liputan6.com/Faizal Fanani)</figcaption></figure>
<div class="article-content-body__item-content">
{BODY}
</div>
<div class="tags--snippet"><span>#Corona</span> <a href="/tag/pasar">Pasar</a> <a href="/tag/disinfektan">Disinfektan</a></div>
<div class="read-page--share"><span>Share</span> <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Line</a></div>
</article>
<aside><section class="terpopuler"><h3>Populer</h3><ul><li><a href="/a">Kasus Positif Covid-19 Bertambah 292 Hari Ini</a><span>1 jam yang lalu</span></li><li><a href="/b">Cara Cek Penerima Bansos Tunai</a><span>4 jam yang lalu</span></li></ul></section></aside>
<section class="newsletter"><h4>Berlangganan Newsletter</h4><p>Dapatkan berita terbaru langsung di email Anda.</p><input type="email" placeholder="Email"><button>Daftar</button></section>
</div>
<footer class="footer">Copyright © 2020 Liputan6.com KLY KapanLagi Youniverse All Rights Reserved</footer>
</body></html>""")

page(
    id="b10-antara-mataram-wita",
    url="https://mataram.antaranews.com/berita/84567/petani-tembakau-lombok-timur-mulai-panen",
    title="Petani tembakau Lombok Timur mulai panen lebih awal",
    published="2018-11-05T19:40+08:00",
    paras=[
        "Selong (ANTARA) - Petani tembakau virginia di Kabupaten Lombok Timur, Nusa Tenggara Barat, mulai memanen daun tembakau lebih awal dari biasanya karena musim kemarau tahun ini panjang.",
        "Kepala bidang perkebunan dinas pertanian setempat, Lalu Ahmad Zaini, di Selong, Senin, mengatakan kualitas daun yang dipanen sejauh ini cukup baik karena jarang terkena hujan.",
        "Ia memperkirakan produksi tahun ini mencapai 18 ribu ton daun kering, sedikit di atas capaian tahun lalu.",
        "Meski demikian, para petani berharap perusahaan mitra tidak menurunkan harga beli dengan alasan pasokan melimpah.",
        "Pemerintah kabupaten, kata dia, akan mempertemukan kelompok tani dengan perusahaan pembeli untuk membahas harga sebelum panen raya bulan depan.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Petani tembakau Lombok Timur mulai panen lebih awal - ANTARA News Mataram - ANTARA News Mataram</title>
<meta property="og:title" content="Petani tembakau Lombok Timur mulai panen lebih awal - ANTARA News Mataram">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2018-11-05T11:40:00Z">
<meta name="twitter:site" content="@antaranews">
</head><body>
<div class="top-header"><span class="today">Kamis, 21 November 2026</span> <a href="/login">Masuk</a></div>
<div class="navbar"><a href="/">ANTARA Mataram</a> <a href="/ntb">NTB</a> <a href="/mataram">Mataram</a> <a href="/lombok">Lombok</a> <a href="/sumbawa">Sumbawa</a> <a href="/ekonomi">Ekonomi</a> <a href="/foto">Foto</a></div>
<div class="wrap__article-detail">
<ul class="breadcrumbs"><li><a href="/">Beranda</a></li><li><a href="/ekonomi">Ekonomi</a></li></ul>
<h1 class="wrap__article-detail-title">Petani tembakau Lombok Timur mulai panen lebih awal</h1>
<div class="wrap__article-detail-info"><ul><li><span class="text-secondary">Senin, 5 November 2018 19:40 WITA</span></li></ul></div>
<div class="wrap__article-detail-image"><img src="/tembakau.jpg"><p class="wrap__article-detail-caption">Petani menjemur daun tembakau di Desa Sakra, Lombok Timur. (ANTARA/Dokumentasi)</p></div>
<div class="wrap__article-detail-content post-content">
{BODY}
<p class="text-muted mt-2 small">Pewarta: Harun Alrasyid<br>Editor: Riza Fahriza<br>COPYRIGHT © ANTARA 2018</p>
</div>
<div class="wrap__article-detail-tag"><a href="/tag/tembakau">tembakau</a> <a href="/tag/lombok-timur">lombok timur</a></div>
<div class="wrap__article-related"><h4>Berita Terkait</h4><ul><li><a href="/r1">Harga tembakau rajangan di Lombok naik</a> <span>2 November 2018 14:02</span></li><li><a href="/r2">Gudang tembakau di Praya terbakar</a> <span>30 Oktober 2018 09:45</span></li></ul></div>
</div>
<div class="footer">Copyright © 2018 ANTARA. Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.</div>
</body></html>""")

page(
    id="b10-regional-migrated-meta",
    url="https://www.kabarpalu.id/2020/08/14/pengrajin-tenun-donggala-kebanjiran-pesanan-seragam/",
    title="Pengrajin Tenun Donggala Kebanjiran Pesanan Seragam",
    published="2020-08-14T10:20+08:00",
    paras=[
        "DONGGALA, KABARPALU - Para pengrajin kain tenun di Desa Towale, Kabupaten Donggala, Sulawesi Tengah, kebanjiran pesanan seragam dari sejumlah kantor pemerintahan menjelang peringatan hari kemerdekaan.",
        "Salah seorang pengrajin, Hasnah, mengaku menerima pesanan lebih dari dua ratus lembar kain sejak awal bulan, jumlah yang biasanya ia kerjakan dalam setengah tahun.",
        "Untuk memenuhi pesanan, ia mengajak tetangga-tetangganya yang bisa menenun dan membayar mereka per lembar kain yang selesai.",
        "\"Alat tenun di rumah saya hanya dua, jadi sebagian dikerjakan di rumah tetangga. Benangnya saya yang sediakan,\" kata Hasnah.",
        "Dinas perindustrian setempat berencana mengadakan pelatihan pewarnaan alami agar kain tenun Donggala bisa dijual dengan harga lebih tinggi.",
    ],
    inserts={2: '<div class="td-a-rec"><span class="adlabel">- Advertisement -</span><ins class="adsbygoogle" data-ad-slot="123"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'},
    html="""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8">
<title>Pengrajin Tenun Donggala Kebanjiran Pesanan Seragam - Kabar Palu</title>
<meta property="og:locale" content="id_ID"><meta property="og:type" content="article">
<meta property="og:title" content="Pengrajin Tenun Donggala Kebanjiran Pesanan Seragam - Kabar Palu">
<meta property="og:site_name" content="Kabar Palu">
<meta property="article:published_time" content="2021-01-09T00:00:00+00:00">
<meta property="article:modified_time" content="2021-01-09T00:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://www.kabarpalu.id/2020/08/14/pengrajin-tenun-donggala-kebanjiran-pesanan-seragam/","name":"Pengrajin Tenun Donggala Kebanjiran Pesanan Seragam - Kabar Palu","datePublished":"2021-01-09T00:00:00+00:00","dateModified":"2021-01-09T00:00:00+00:00"},{"@type":"WebSite","name":"Kabar Palu"}]}</script>
</head><body class="post-template-default single single-post">
<div class="td-header-top-menu"><span class="td_data_time">Sabtu, 21 November 2026</span> <a href="/redaksi">Redaksi</a> <a href="/kontak">Kontak</a></div>
<div class="td-header-menu"><a href="/">Beranda</a> <a href="/category/palu">Palu</a> <a href="/category/sigi">Sigi</a> <a href="/category/donggala">Donggala</a> <a href="/category/parimo">Parimo</a> <a href="/category/olahraga">Olahraga</a></div>
<div class="td-post-header">
<ul class="td-category"><li><a href="/category/donggala">Donggala</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">Pengrajin Tenun Donggala Kebanjiran Pesanan Seragam</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">Oleh <a href="/author/rudi">Rudi Lamasi</a> -</div>
<span class="td-post-date">Jumat, 14 Agustus 2020 - 10:20 WITA</span>
<div class="td-post-views"><span>1.204</span></div></div></header></div>
<div class="td-post-sharing-top"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>
<div class="td-post-featured-image"><figure><img src="/tenun.jpg"><figcaption class="wp-caption-text">Hasnah menenun kain di rumahnya di Desa Towale. (Foto: Rudi Lamasi)</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{BODY}
</div>
<div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a href="/tag/tenun">tenun</a></li><li><a href="/tag/donggala">donggala</a></li></ul></div>
<div class="td_block_related_posts"><h4>ARTIKEL TERKAIT</h4><div><a href="/r1">Festival Tenun Sulteng Digelar di Taman GOR</a> <span>Juli 12, 2020</span></div><div><a href="/r2">UMKM Palu Mulai Bangkit Pascabencana</a> <span>Juni 30, 2020</span></div></div>
<div id="comments" class="comments"><h4>TINGGALKAN KOMENTAR</h4><form><textarea placeholder="Komentar:"></textarea><input placeholder="Nama:*"><input placeholder="Email:*"><button>Kirim Komentar</button></form></div>
<div class="td-footer">© Kabar Palu 2020 - 2026. All rights reserved. <a href="/pedoman-media-siber">Pedoman Media Siber</a></div>
</body></html>""")

page(
    id="b10-republika-kicker",
    url="https://www.republika.co.id/berita/rjk2x1123/pesantren-di-garut-kembangkan-budi-daya-ikan-nila",
    title="Pesantren di Garut Kembangkan Budi Daya Ikan Nila untuk Kemandirian Santri",
    published="2022-10-10T14:25+07:00",
    paras=[
        "REPUBLIKA.CO.ID, GARUT -- Sebuah pondok pesantren di Kecamatan Cikajang, Kabupaten Garut, mengembangkan budi daya ikan nila di kolam-kolam yang dibangun di lahan wakaf seluas satu hektare.",
        "Pengasuh pesantren, KH Ahmad Mujahid, mengatakan kegiatan itu bertujuan melatih santri berwirausaha sekaligus memenuhi kebutuhan lauk pesantren.",
        "Setiap kolam dikelola oleh kelompok santri yang bergiliran memberi pakan, mengganti air dan mencatat pertumbuhan ikan.",
        "Hasil panen yang tidak dikonsumsi sendiri dijual ke pasar kecamatan. Keuntungannya dipakai untuk membeli benih dan pakan pada musim berikutnya.",
        "Pemerintah kabupaten berencana menjadikan pesantren itu contoh bagi pesantren lain yang ingin mengembangkan usaha perikanan.",
    ],
    inserts={2: '<div class="baca-juga"><p>Baca Juga</p><ul><li><a href="/berita/a1">Santri Tasikmalaya Belajar Hidroponik</a></li><li><a href="/berita/a2">Kemenag Dorong Kemandirian Ekonomi Pesantren</a></li></ul></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Pesantren di Garut Kembangkan Budi Daya Ikan Nila untuk Kemandirian Santri | Republika Online</title>
<meta property="og:title" content="Pesantren di Garut Kembangkan Budi Daya Ikan Nila">
<meta property="og:type" content="article">
<meta name="content_PublishedDate" content="2022-10-10 14:25:31">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pesantren di Garut Kembangkan Budi Daya Ikan Nila","datePublished":"2022-10-10T14:25:31+07:00","author":{"@type":"Person","name":"Fuji E Permana"}}</script>
</head><body>
<div class="header-top"><a href="/">Republika</a> <a href="/news">News</a> <a href="/khazanah">Khazanah</a> <a href="/ekonomi">Ekonomi</a> <a href="/jabar">Jabar</a> <a href="/sepakbola">Sepakbola</a> <a href="/leisure">Leisure</a></div>
<div class="main-content"><div class="max-card">
<div class="breadcome"><a href="/">Home</a> > <a href="/khazanah">Khazanah</a> > <a href="/khazanah/pesantren">Pesantren</a></div>
<h1><span class="kicker">Pesantren Mandiri</span> Pesantren di Garut Kembangkan Budi Daya Ikan Nila untuk Kemandirian Santri</h1>
<div class="date-detail"><span>Senin 10 Oct 2022 14:25 WIB</span></div>
<div class="by"><span>Rep: Fuji E Permana/ Red: Muhammad Hafil</span></div>
<div class="image-detail"><img src="/nila.jpg"><div class="caption">Santri memberi pakan ikan nila di kolam pesantren. Foto: Republika/Abdan Syakura</div></div>
<div class="article-content">
{BODY}
</div>
<div class="tag-list"><a href="/tag/pesantren">pesantren</a> <a href="/tag/garut">garut</a> <a href="/tag/ikan-nila">ikan nila</a></div>
<div class="share"><span>Bagikan:</span> <a>fb</a> <a>tw</a> <a>wa</a></div>
<div class="rek-list"><h3>Berita Lainnya</h3><a href="/o1">Jadwal Sholat Hari Ini untuk Wilayah Bandung</a> <a href="/o2">Hikmah Pagi: Menjaga Lisan</a></div>
<div class="komentar"><h3>Komentar</h3><p>Komentar pembaca sepenuhnya menjadi tanggung jawab pembaca sesuai UU ITE.</p></div>
</div></div>
<footer>Copyright © 2022 Republika. All rights reserved.</footer>
</body></html>""")

page(
    id="b10-viva-halaman",
    url="https://www.viva.co.id/berita/nasional/1158765-jembatan-gantung-putus-siswa-di-lebak-seberangi-sungai-dengan-rakit",
    title="Jembatan Gantung Putus, Siswa di Lebak Seberangi Sungai dengan Rakit",
    published="2019-12-07T21:03+07:00",
    paras=[
        "VIVA – Puluhan siswa sekolah dasar di Kecamatan Cibeber, Kabupaten Lebak, Banten, terpaksa menyeberangi sungai menggunakan rakit bambu setelah jembatan gantung di desa mereka putus diterjang banjir.",
        "Jembatan sepanjang empat puluh meter itu merupakan satu-satunya akses terdekat menuju sekolah. Jalan memutar melalui desa sebelah memakan waktu hampir dua jam berjalan kaki.",
        "Rakit dibuat secara swadaya oleh warga dan ditarik dengan tali yang dibentangkan di antara dua pohon di tepi sungai.",
        "Kepala desa setempat, Ujang Sobari, mengatakan pihaknya sudah melaporkan kerusakan itu ke pemerintah kabupaten dan meminta jembatan darurat segera dibangun.",
        "Selama arus sungai masih deras, guru-guru diminta mengizinkan siswa datang terlambat dan orang tua diminta mendampingi anaknya saat menyeberang.",
    ],
    inserts={1: '<div class="article-related-inline"><span class="title">Baca Juga :</span> <a href="/berita/nasional/1158001">Banjir Bandang Terjang Dua Kecamatan di Lebak</a></div>',
             4: '<div class="ads-content"><div class="ads-label">Advertisement</div><div id="div-gpt-ad-inarticle"></div></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Jembatan Gantung Putus, Siswa di Lebak Seberangi Sungai dengan Rakit - VIVA</title>
<meta property="og:title" content="Jembatan Gantung Putus, Siswa di Lebak Seberangi Sungai dengan Rakit">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2019-12-07T21:03:00+07:00">
</head><body>
<div class="header"><a href="/">VIVA</a> <a href="/berita">Berita</a> <a href="/bola">Bola</a> <a href="/sport">Sport</a> <a href="/showbiz">Showbiz</a> <a href="/otomotif">Otomotif</a> <a href="/digital">Digital</a></div>
<div class="main-content">
<div class="breadcrumb"><a href="/">VIVA</a> <a href="/berita">Berita</a> <a href="/berita/nasional">Nasional</a></div>
<h1 class="main-content-title">Jembatan Gantung Putus, Siswa di Lebak Seberangi Sungai dengan Rakit</h1>
<div class="main-content-date">Sabtu, 7 Desember 2019 | 21:03 WIB</div>
<div class="main-content-author">Oleh : <a>Yandi Deslatama (Banten)</a></div>
<div class="main-content-image"><img src="/rakit.jpg"><div class="caption">Siswa menyeberangi sungai dengan rakit di Lebak, Banten. (VIVA/Yandi Deslatama)</div></div>
<div class="main-content-detail">
{BODY}
</div>
<div class="main-content-tag"><h3>Topik Terkait</h3><a href="/tag/jembatan">Jembatan</a> <a href="/tag/lebak">Lebak</a></div>
<div class="main-content-share"><span>Share :</span> <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>
<div class="article-list-more"><h3>Terpopuler</h3>
<div class="article-list-row"><a href="/x1">Harga Emas Antam Turun Tipis Hari Ini</a><span class="date">1 jam lalu</span></div>
<div class="article-list-row"><a href="/x2">Timnas U-22 Lolos ke Final SEA Games</a><span class="date">3 jam lalu</span></div></div>
<div class="article-list-more"><h3>Berita Lainnya</h3>
<div class="article-list-row"><a href="/x3">Sungai Ciujung Meluap, Ratusan Rumah Terendam</a><span class="date">7 Des 2019</span></div></div>
</div>
<div class="footer">Copyright © 2019 VIVA - All Rights Reserved</div>
</body></html>""")

page(
    id="b10-tribunjogja-tayang",
    url="https://jogja.tribunnews.com/2021/03/04/pedagang-gudeg-wijilan-mulai-terima-pesanan-daring",
    title="Pedagang Gudeg Wijilan Mulai Terima Pesanan Daring",
    published="2021-03-04T16:20+07:00",
    paras=[
        "TRIBUNJOGJA.COM, YOGYA - Sejumlah pedagang gudeg di sentra kuliner Wijilan, Kota Yogyakarta, mulai menerima pesanan melalui aplikasi pesan antar untuk menutup sepinya pembeli yang datang langsung.",
        "Salah satu pemilik warung, Bu Tarmi, mengatakan penjualan melalui aplikasi kini menyumbang hampir separuh pendapatannya setiap hari.",
        "\"Dulu saya takut ribet, tapi ternyata anak saya yang urus pesanannya. Saya tinggal masak dan bungkus,\" ujarnya, Kamis (4/3/2021).",
        "Paguyuban pedagang Wijilan juga membuat akun media sosial bersama untuk mempromosikan menu dan jam buka para anggotanya.",
        "Dinas pariwisata kota mencatat kunjungan wisatawan ke Yogyakarta masih jauh di bawah masa sebelum pandemi, terutama pada hari kerja.",
    ],
    inserts={2: '<p><strong>Baca juga: <a href="https://jogja.tribunnews.com/2021/03/03/x">Malioboro Mulai Ramai, Pedagang Kaki Lima Diminta Patuhi Prokes</a></strong></p>',
             4: '<p><strong>Baca juga: <a href="https://jogja.tribunnews.com/2021/03/02/y">Harga Ayam Kampung di Pasar Beringharjo Naik</a></strong></p>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Pedagang Gudeg Wijilan Mulai Terima Pesanan Daring - Tribunjogja.com</title>
<meta property="og:title" content="Pedagang Gudeg Wijilan Mulai Terima Pesanan Daring - Tribunjogja.com">
<meta property="og:type" content="article"><meta property="og:site_name" content="Tribunjogja.com">
<meta name="publisher" content="Tribunjogja.com">
<meta property="article:published_time" content="2021-03-04T16:20:33+07:00">
<script>var keywordBrandSafety = "gudeg,wijilan,kuliner"; var _ttrk = _ttrk || []; _ttrk.push({"id":"2021-03-04"});</script>
</head><body>
<div id="header"><a href="/">Tribunjogja.com</a> <a href="/jogja">Jogja</a> <a href="/sleman">Sleman</a> <a href="/bantul">Bantul</a> <a href="/kulonprogo">Kulonprogo</a> <a href="/gunungkidul">Gunungkidul</a> <a href="/kuliner">Kuliner</a></div>
<div class="main">
<div class="breadcrumb"><a href="/">Home</a> » <a href="/jogja">Jogja</a></div>
<h1 id="arttitle">Pedagang Gudeg Wijilan Mulai Terima Pesanan Daring</h1>
<div class="credit"><div>Penulis: Santo Ari</div><div>Editor: Gaya Lufityanti</div></div>
<time class="grey">Kamis, 4 Maret 2021 16:20</time>
<div class="ovh imgfull"><img src="/gudeg.jpg"><div class="arial">Pedagang menyiapkan gudeg pesanan daring di Wijilan. TRIBUNJOGJA.COM/Santo Ari</div></div>
<div class="side-article txt-article multi-fontsize">
{BODY}
<p>(Tribunjogja.com)</p>
</div>
<div class="ikuti"><a href="https://news.google.com/">Ikuti kami di Google News</a></div>
<div class="tagcloud"><h3>Berita Terkait</h3><a href="/tag/gudeg">#gudeg</a> <a href="/tag/wijilan">#wijilan</a> <a href="/tag/kuliner-jogja">#kuliner jogja</a></div>
<div class="terkait"><ul><li><a href="/t1">Gudeg Kaleng Jogja Tembus Pasar Malaysia</a> <span>Senin, 1 Maret 2021 10:15</span></li><li><a href="/t2">Warung Gudeg Pawon Buka Sampai Subuh</a> <span>Minggu, 28 Februari 2021 20:40</span></li></ul></div>
<div class="most"><h3>Populer</h3><ol><li><a href="/p1">Prakiraan Cuaca DIY Jumat Besok</a></li><li><a href="/p2">Lowongan Kerja Sleman Maret 2021</a></li></ol></div>
</div>
<div class="footer">Copyright © 2021 Tribunjogja.com. All rights reserved.</div>
</body></html>""")

page(
    id="b10-cnn-gambas",
    url="https://www.cnnindonesia.com/nasional/20240117113245-20-1051234/kpu-pastikan-logistik-pemilu-tiba-di-pulau-terluar",
    title="KPU Pastikan Logistik Pemilu Tiba di Pulau Terluar Sepekan Sebelum Pencoblosan",
    published="2024-01-17T11:32+07:00",
    paras=[
        "Jakarta, CNN Indonesia -- Komisi Pemilihan Umum memastikan logistik pemilu untuk tempat pemungutan suara di pulau-pulau terluar akan tiba paling lambat sepekan sebelum hari pencoblosan.",
        "Anggota KPU, Handayani Putri, mengatakan pengiriman ke wilayah kepulauan di Maluku, Nusa Tenggara Timur dan Kepulauan Riau dilakukan lebih dulu karena bergantung pada jadwal kapal.",
        "\"Kami belajar dari pemilu sebelumnya, ada kotak suara yang baru tiba sehari sebelum pemungutan karena cuaca buruk,\" kata Handayani di Jakarta, Rabu (17/1).",
        "KPU juga bekerja sama dengan TNI Angkatan Laut untuk mengangkut logistik ke pulau yang tidak dilayani kapal penumpang reguler.",
        "Surat suara cadangan disiapkan sebanyak dua persen dari jumlah pemilih di setiap TPS untuk mengganti surat suara yang rusak dalam perjalanan.",
    ],
    inserts={2: '<div class="paradetail"><div class="ads-label">ADVERTISEMENT</div><div id="div-gpt-ad-inside"></div><div>SCROLL TO CONTINUE WITH CONTENT</div></div>',
             3: '<table class="linksisip"><tr><td><div class="linksisip"><strong>Lihat Juga :</strong> <a href="/nasional/x">Bawaslu Temukan Ribuan Surat Suara Rusak di Jawa Barat</a></div></td></tr></table>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>KPU Pastikan Logistik Pemilu Tiba di Pulau Terluar Sepekan Sebelum Pencoblosan</title>
<meta property="og:title" content="KPU Pastikan Logistik Pemilu Tiba di Pulau Terluar Sepekan Sebelum Pencoblosan">
<meta property="og:site_name" content="CNN Indonesia">
<meta name="publishdate" content="2024/01/17 11:32:45">
<meta name="dtk:publishdate" content="2024/01/17 11:32:45">
<meta property="og:type" content="article">
</head><body>
<nav class="nav"><a href="/">CNN Indonesia</a> <a href="/nasional">Nasional</a> <a href="/internasional">Internasional</a> <a href="/ekonomi">Ekonomi</a> <a href="/olahraga">Olahraga</a> <a href="/teknologi">Teknologi</a> <a href="/hiburan">Hiburan</a> <a href="/gaya-hidup">Gaya Hidup</a> <a href="/tv">TV</a></nav>
<div class="container"><div class="l_content">
<div class="breadcrumb"><a href="/">Home</a> <a href="/nasional">Nasional</a></div>
<h1 class="mb-2 text-[28px] leading-9 text-cnn_black">KPU Pastikan Logistik Pemilu Tiba di Pulau Terluar Sepekan Sebelum Pencoblosan</h1>
<div class="text-cnn_grey text-sm mb-4">CNN Indonesia</div>
<div class="text-cnn_grey text-sm mb-4">Rabu, 17 Jan 2024 11:32 WIB</div>
<div class="share-row"><a>Bagikan:</a> <a>facebook</a> <a>twitter</a> <a>whatsapp</a> <a>url telah tercopy</a></div>
<div class="detail-image"><img src="/kpu.jpg"><figcaption>Petugas memuat kotak suara ke kapal di Pelabuhan Tual. (ANTARA FOTO/Jimmy Ayal)</figcaption></div>
<div class="detail-text text-cnn_black text-sm grow min-w-0">
{BODY}
<p><strong>(mnf/agt)</strong></p>
<p>[Gambas:Video CNN]</p>
</div>
<div class="tags"><h3>TOPIK TERKAIT</h3><a href="/tag/kpu">kpu</a> <a href="/tag/pemilu-2024">pemilu 2024</a> <a href="/tag/logistik-pemilu">logistik pemilu</a></div>
<div class="related"><h3>BACA JUGA</h3><article><a href="/r1"><h2>Kotak Suara Kardus Tiba di Gudang KPU Ambon</h2></a><span>Selasa, 16 Jan 2024 18:20 WIB</span></article></div>
</div>
<div class="r_content"><h3>TERPOPULER</h3><ol><li><a href="/t1">Jadwal Debat Capres Ketiga</a></li><li><a href="/t2">Gempa M5,1 Guncang Maluku Tenggara</a></li></ol></div></div>
<footer>Copyright © 2024 CNN Indonesia. A Trans Media Company.</footer>
</body></html>""")

page(
    id="b10-kumparan-utc-jsonld",
    url="https://kumparan.com/kumparanbisnis/harga-beras-premium-di-pasar-induk-cipinang-turun-24a9b8c7d6e",
    title="Harga Beras Premium di Pasar Induk Cipinang Turun Jelang Panen Raya",
    published="2026-02-27T15:42+07:00",
    paras=[
        "Harga beras premium di Pasar Induk Beras Cipinang, Jakarta Timur, mulai turun dalam sepekan terakhir seiring masuknya gabah dari daerah yang lebih dulu panen.",
        "Pedagang di pasar itu menyebut harga beras premium kini berkisar Rp 14.200 per kilogram, turun sekitar Rp 500 dibanding awal bulan.",
        "Ketua koperasi pedagang pasar induk, Zulkifli Hasan Basri, memperkirakan harga masih akan turun bila panen raya di Jawa berjalan lancar pada Maret.",
        "\"Stok di gudang pedagang sekarang cukup untuk tiga minggu ke depan. Itu tanda pasokan mulai longgar,\" kata Zulkifli kepada kumparan, Jumat (27/2).",
        "Namun beras medium belum banyak bergerak karena sebagian pasokan masih tertahan di penggilingan yang menunggu harga gabah stabil.",
    ],
    inserts={2: '<div class="Box-sc ad-container"><span>Advertisement</span><div id="div-gpt-ad-infeed"></div></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Harga Beras Premium di Pasar Induk Cipinang Turun Jelang Panen Raya | kumparan.com</title>
<meta property="og:title" content="Harga Beras Premium di Pasar Induk Cipinang Turun Jelang Panen Raya">
<meta property="og:type" content="article">
<meta property="og:site_name" content="kumparan">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harga Beras Premium di Pasar Induk Cipinang Turun Jelang Panen Raya","datePublished":"2026-02-27T08:42:17.000Z","dateModified":"2026-02-27T09:00:03.000Z","author":[{"@type":"Person","name":"Fadlan Nuril"}],"publisher":{"@type":"Organization","name":"kumparan"}}</script>
<script>window.__NEXT_DATA__={"props":{"pageProps":{"story":{"publishedAt":"2026-02-27T08:42:17.000Z"}}}}</script>
</head><body>
<div id="__next"><div class="Navbar"><a href="/">kumparan</a> <a href="/trending">Trending</a> <a href="/kumparannews">News</a> <a href="/kumparanbisnis">Bisnis</a> <a href="/kumparanbola">Bola &amp; Sports</a> <a href="/kumparanoto">Otomotif</a> <a href="/kumparantech">Tekno &amp; Sains</a></div>
<div class="StoryRenderer">
<div class="Author"><a href="/kumparanbisnis">kumparanBISNIS</a> <span>Terverifikasi</span></div>
<div class="Time"><span>27 Februari 2026 15:42 WIB</span> · <span>waktu baca 2 menit</span></div>
<h1 class="Title">Harga Beras Premium di Pasar Induk Cipinang Turun Jelang Panen Raya</h1>
<div class="Cover"><img src="/beras.jpg"><span>Pedagang menata karung beras di Pasar Induk Beras Cipinang. Foto: Iqbal Firdaus/kumparan</span></div>
<div class="StoryBody">
{BODY}
</div>
<div class="Updated"><span>Diperbarui 27 Februari 2026 16:00 WIB</span></div>
<div class="Tags"><a href="/topic/beras">Beras</a> <a href="/topic/harga-pangan">Harga Pangan</a></div>
<div class="Reaction"><span>Suka</span> <span>Komentar</span> <span>Bagikan</span> <span>Simpan</span></div>
<div class="Comments"><h4>Komentar</h4><div class="Comment"><b>Rina S</b> <span>1 jam lalu</span><p>Di pasar dekat rumah masih mahal.</p></div></div>
<div class="Related"><h3>Baca Lainnya</h3><a href="/r1">Bulog Serap Gabah Petani di Demak</a> <a href="/r2">Harga Cabai Rawit Turun di Jakarta</a></div>
</div></div>
<footer>© 2026 kumparan. All rights reserved.</footer>
</body></html>""")

page(
    id="b10-idntimes-list",
    url="https://www.idntimes.com/news/indonesia/aulia-rahman/5-fakta-jalur-pendakian-gunung-lawu-dibuka-kembali-c1c2",
    title="5 Fakta Jalur Pendakian Gunung Lawu Dibuka Kembali, Kuota Dibatasi",
    published="2022-11-01T19:05+07:00",
    paras=[
        "Karanganyar, IDN Times - Jalur pendakian Gunung Lawu melalui Cemoro Kandang dan Candi Cetho kembali dibuka setelah ditutup hampir dua bulan akibat kebakaran hutan. Berikut sejumlah hal yang perlu diketahui calon pendaki.",
        ("h2", "1. Kuota pendaki dibatasi 300 orang per hari"),
        "Pengelola membatasi jumlah pendaki di setiap jalur agar vegetasi yang terbakar punya waktu untuk pulih. Pendaftaran dilakukan secara daring paling lambat sehari sebelum pendakian.",
        ("h2", "2. Pendaki wajib membawa kantong sampah"),
        "Setiap rombongan akan diperiksa barang bawaannya di pos pendaftaran. Sampah yang dibawa turun harus sesuai dengan daftar perbekalan yang dicatat petugas.",
        ("h2", "3. Dilarang menyalakan api unggun"),
        "Larangan ini berlaku di seluruh jalur dan area perkemahan. Pendaki hanya boleh memasak dengan kompor portabel di titik yang ditentukan.",
        ("h2", "4. Pos tiga di Cemoro Kandang belum bisa dipakai berkemah"),
        "Area di sekitar pos tiga termasuk yang paling parah terbakar, sehingga pendaki diminta langsung melanjutkan perjalanan ke pos berikutnya.",
        ("h2", "5. Pendakian ditutup saat hujan lebat"),
        "Pengelola akan menutup jalur sewaktu-waktu bila cuaca memburuk, mengingat tanah bekas kebakaran mudah longsor ketika basah.",
    ],
    inserts={2: '<div class="read-also"><p class="title">Baca Juga: <a href="/news/indonesia/x">Kebakaran Gunung Lawu Padam setelah 10 Hari</a></p></div>',
             6: '<div class="read-also"><p class="title">Baca Juga: <a href="/travel/y">7 Tips Aman Mendaki Gunung saat Musim Hujan</a></p></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>5 Fakta Jalur Pendakian Gunung Lawu Dibuka Kembali, Kuota Dibatasi | IDN Times</title>
<meta property="og:title" content="5 Fakta Jalur Pendakian Gunung Lawu Dibuka Kembali, Kuota Dibatasi">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2022-11-01T19:05:00+07:00">
<meta property="article:modified_time" content="2022-11-02T08:12:00+07:00">
</head><body>
<div class="cookie-bar">Situs ini menggunakan cookie. Dengan melanjutkan, Anda menyetujui kebijakan privasi kami. <button>OK</button></div>
<header><a href="/">IDN Times</a> <a href="/news">News</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/hype">Hype</a> <a href="/life">Life</a> <a href="/travel">Travel</a> <a href="/tech">Tech</a></header>
<main><article>
<div class="breadcrumb"><a href="/news">News</a> <a href="/news/indonesia">Indonesia</a></div>
<h1 class="title-text">5 Fakta Jalur Pendakian Gunung Lawu Dibuka Kembali, Kuota Dibatasi</h1>
<div class="author-info"><a href="/author/aulia-rahman">Aulia Rahman</a> <span class="date">Selasa, 1 Nov 2022 | 19:05 WIB</span></div>
<div class="share-top"><a>Share</a> <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>
<figure><img src="/lawu.jpg"><figcaption>Pendaki di jalur Cemoro Kandang, Gunung Lawu. (IDN Times/Aulia Rahman)</figcaption></figure>
<div class="article-content">
{BODY}
</div>
<div class="editor-name">Editor: Dhana Kencana</div>
<div class="tags"><a href="/tag/gunung-lawu">#Gunung Lawu</a> <a href="/tag/pendakian">#Pendakian</a></div>
<div class="newsletter-box"><h4>Berlangganan newsletter IDN Times</h4><p>Dapatkan update berita pilihan setiap pagi.</p><input type="email"><button>Langganan</button></div>
<div class="trending"><h3>Trending</h3><ul><li><a href="/t1">7 Tempat Ngopi Hits di Solo</a></li><li><a href="/t2">Jadwal KRL Solo-Jogja Terbaru</a></li><li><a href="/t3">10 Potret Keseruan Festival Payung</a></li></ul></div>
</article></main>
<footer>© 2022 IDN Times - All Rights Reserved</footer>
</body></html>""")

page(
    id="b10-katadata-utc-daybefore",
    url="https://katadata.co.id/ekonomi-hijau/energi-baru-terbarukan/60dd1e2f3a4b5/plts-atap-di-pasar-tradisional-bali-mulai-beroperasi",
    title="PLTS Atap di Pasar Tradisional Bali Mulai Beroperasi",
    published="2021-07-01T01:05+07:00",
    paras=[
        "Pembangkit listrik tenaga surya di atap tiga pasar tradisional di Kabupaten Badung, Bali, mulai beroperasi pada akhir Juni lalu.",
        "Ketiga pembangkit itu berkapasitas total 450 kilowatt peak dan diperkirakan memenuhi sekitar 60% kebutuhan listrik pasar pada siang hari.",
        "Perusahaan daerah pengelola pasar menyebut penghematan biaya listrik akan dipakai untuk memperbaiki saluran air dan atap los pedagang.",
        "Pemerintah provinsi berencana memperluas program serupa ke pasar-pasar di kabupaten lain secara bertahap hingga 2025.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>PLTS Atap di Pasar Tradisional Bali Mulai Beroperasi - Energi Baru Terbarukan Katadata.co.id</title>
<meta property="og:title" content="PLTS Atap di Pasar Tradisional Bali Mulai Beroperasi">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2021-06-30T18:05:00Z">
</head><body>
<header><a href="/">Katadata</a> <a href="/berita">Berita</a> <a href="/ekonomi-hijau">Ekonomi Hijau</a> <a href="/analisisdata">Analisis Data</a> <a href="/infografik">Infografik</a> <a href="/databoks">Databoks</a></header>
<div class="detail-wrapper">
<div class="section-title"><a href="/ekonomi-hijau/energi-baru-terbarukan">Energi Baru Terbarukan</a></div>
<h1 class="detail-title">PLTS Atap di Pasar Tradisional Bali Mulai Beroperasi</h1>
<div class="detail-author">Oleh Made Sutama</div>
<div class="detail-date">1/7/2021, 01.05 WIB</div>
<div class="detail-body">
{BODY}
</div>
<div class="databoks-embed"><h4>Databoks</h4><p>Kapasitas PLTS Atap Terpasang di Indonesia (2016-2020)</p></div>
<div class="tags"><a href="/tags/plts">plts</a> <a href="/tags/bali">bali</a></div>
<div class="terkait"><h3>Berita Terkait</h3><ul><li><a href="/t1">PLN Bali Tambah Pasokan dari Pembangkit Gas</a> <span>29/6/2021, 14.20 WIB</span></li></ul></div>
</div>
<footer>© Katadata 2021</footer>
</body></html>""")
