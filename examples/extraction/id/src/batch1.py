# Batch 1: fourteen pages imitating the templates of Indonesian outlets. All news is fictional
# (invented people, places in real provinces used as settings); written for this project.

NAV_A = """<nav class="menu"><ul><li><a href="/">Beranda</a></li><li><a href="/news">News</a></li><li><a href="/money">Ekonomi</a></li>
<li><a href="/bola">Bola</a></li><li><a href="/tekno">Tekno</a></li><li><a href="/lifestyle">Gaya Hidup</a></li><li><a href="/otomotif">Otomotif</a></li></ul></nav>"""

PAGES = []

PAGES.append(dict(
    id="kompas-banjir-bekasi",
    url="https://megapolitan.kompas.com/read/2025/02/27/14050061/banjir-rendam-tiga-kelurahan-di-bekasi-warga-mengungsi-ke-masjid",
    title="Banjir Rendam Tiga Kelurahan di Bekasi, Warga Mengungsi ke Masjid",
    published="2025-02-27T14:05+07:00",
    paras=[
        "BEKASI, KOMPAS.com - Banjir setinggi hingga satu meter merendam tiga kelurahan di Kecamatan Rawalumbu, Kota Bekasi, Kamis (27/2/2025) pagi, setelah hujan deras mengguyur sejak Rabu malam.",
        "Ratusan warga memilih mengungsi ke masjid dan balai warga karena air masuk ke rumah mereka sejak sekitar pukul 03.00 WIB.",
        "\"Airnya naik cepat sekali, kami hanya sempat menyelamatkan surat-surat penting,\" kata Suryani (46), warga Kelurahan Bojong Rawalumbu, saat ditemui di lokasi pengungsian.",
        "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi, Arif Wicaksono, mengatakan petugas telah menyiapkan perahu karet dan dapur umum di dua titik.",
        "Menurut Arif, banjir dipicu meluapnya Kali Bekasi yang menerima kiriman air dari wilayah hulu di Kabupaten Bogor.",
        "Ia mengimbau warga yang tinggal di bantaran kali untuk tetap waspada karena hujan diperkirakan masih turun hingga akhir pekan.",
    ],
    inserts={2: '<p><strong>Baca juga: </strong><a href="https://megapolitan.kompas.com/read/2025/02/26/0900/x">Curah Hujan Tinggi, BMKG Minta Warga Jabodetabek Waspada Genangan</a></p>',
             5: '<p><strong>Baca juga: </strong><a href="https://megapolitan.kompas.com/read/2025/02/25/1200/y">Pemkot Bekasi Siapkan 12 Pompa Air di Titik Rawan Banjir</a></p>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Banjir Rendam Tiga Kelurahan di Bekasi, Warga Mengungsi ke Masjid - Kompas.com</title>
<meta name="description" content="Banjir setinggi hingga satu meter merendam tiga kelurahan di Kecamatan Rawalumbu, Kota Bekasi.">
<meta property="og:title" content="Banjir Rendam Tiga Kelurahan di Bekasi, Warga Mengungsi ke Masjid">
<meta property="og:site_name" content="KOMPAS.com">
<meta property="og:type" content="article">
<meta name="content_PublishedDate" content="2025-02-27 14:05:41">
<meta name="content_author" content="Ayu Lestari">
<meta name="content_editor" content="Bagus Santosa">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","headline":"Banjir Rendam Tiga Kelurahan di Bekasi, Warga Mengungsi ke Masjid","url":"https://megapolitan.kompas.com/read/2025/02/27/14050061/banjir-rendam-tiga-kelurahan-di-bekasi-warga-mengungsi-ke-masjid","datePublished":"2025-02-27T14:05:41+07:00","dateModified":"2025-02-27T15:20:02+07:00","image":{"@type":"ImageObject","url":"https://asset.kompas.com/crops/abc.jpg"}}</script>
</head><body>
<div class="header"><a class="logo" href="/">Kompas.com</a>""" + NAV_A + """</div>
<div class="breadcrumb"><a href="/">Home</a> <a href="/megapolitan">Megapolitan</a></div>
<div class="container"><div class="col-bs10-7">
<h1 class="read__title">Banjir Rendam Tiga Kelurahan di Bekasi, Warga Mengungsi ke Masjid</h1>
<div class="read__time">Kompas.com - 27/02/2025, 14:05 WIB</div>
<div class="read__credit"><div class="credit-title-name">Penulis <a href="/tag/ayu">Ayu Lestari</a></div> <div class="credit-title-name">Editor <a href="/tag/bagus">Bagus Santosa</a></div></div>
<div class="photo"><img src="/img/banjir.jpg"><div class="photo__caption">Warga menyeberangi genangan di Jalan Raya Rawalumbu, Kota Bekasi, Kamis (27/2/2025). (KOMPAS.com/AYU LESTARI)</div></div>
<div class="read__content"><div class="clearfix">
{BODY}
</div>
<div class="read__paging"><a href="?page=all">Tampilkan semua</a></div>
<div class="tag"><span>Tag</span> <a href="/tag/banjir">banjir</a> <a href="/tag/bekasi">bekasi</a> <a href="/tag/bpbd">bpbd</a></div>
</div>
<div class="social--share">Bagikan artikel ini melalui <a>WhatsApp</a> <a>Facebook</a> <a>Twitter</a> <a>Salin Link</a></div>
<div class="kcm__notice">Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link lalu join.</div>
<div class="most__wrap"><h3 class="title">Terpopuler</h3><ul>
<li><a href="/1">Harga Cabai Rawit di Pasar Induk Naik Dua Kali Lipat Jelang Ramadhan</a></li>
<li><a href="/2">Jadwal KRL Berubah Mulai Senin, Ini Daftar Perjalanan Tambahan</a></li>
<li><a href="/3">Pengendara Motor Tertabrak Truk di Jalan Tol Lingkar Luar</a></li></ul></div>
</div></div>
<div class="footer"><p>Copyright 2008 - 2025 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.</p><a href="/about">Tentang Kami</a> <a href="/pedoman">Pedoman Media Siber</a></div>
</body></html>"""))

PAGES.append(dict(
    id="detik-harga-beras",
    url="https://finance.detik.com/berita-ekonomi-bisnis/d-7801234/harga-beras-medium-turun-di-pasar-tradisional-jawa-tengah",
    title="Harga Beras Medium Turun di Pasar Tradisional Jawa Tengah",
    published="2025-03-03T10:42+07:00",
    paras=[
        "Jakarta - Harga beras medium di sejumlah pasar tradisional Jawa Tengah mulai turun dalam sepekan terakhir seiring dimulainya panen raya di beberapa kabupaten.",
        "Berdasarkan pantauan dinas perdagangan provinsi, harga beras medium kini berada di kisaran Rp 12.400 per kilogram, turun sekitar Rp 600 dibandingkan awal Februari.",
        "Kepala Bidang Perdagangan Dalam Negeri Dinas Perindustrian dan Perdagangan Jawa Tengah, Lukas Pramono, menyebut pasokan gabah dari Grobogan dan Demak mulai melimpah.",
        "\"Panen raya membuat stok di penggilingan naik, sehingga pedagang berani menurunkan harga,\" ujar Lukas kepada wartawan, Senin (3/3/2025).",
        "Meski begitu, harga beras premium relatif belum bergerak dan masih bertahan di atas Rp 14.500 per kilogram di sebagian besar pasar.",
        "Pemerintah provinsi berencana menggelar operasi pasar di sepuluh kota menjelang Ramadan untuk menjaga harga tetap stabil.",
    ],
    inserts={1: '<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong> <a href="/d-1">Bulog Serap 200 Ribu Ton Gabah Petani</a></div></td></tr></table>',
             3: '<div class="parallaxindetail scrollpage"><div class="ads-scrollpage-container"><p class="para_caption">ADVERTISEMENT</p><div class="ads-scrollpage-top"><span class="text">SCROLL TO CONTINUE WITH CONTENT</span></div></div></div>'},
    html="""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="utf-8">
<title>Harga Beras Medium Turun di Pasar Tradisional Jawa Tengah</title>
<meta name="title" content="Harga Beras Medium Turun di Pasar Tradisional Jawa Tengah">
<meta property="og:title" content="Harga Beras Medium Turun di Pasar Tradisional Jawa Tengah">
<meta property="og:site_name" content="detikfinance">
<meta property="og:type" content="article">
<meta name="publishdate" content="2025/03/03 10:42:17">
<meta name="author" content="Rahmat Hidayat">
<meta name="dtk:keywords" content="harga beras, panen raya, jawa tengah">
</head><body>
<header class="header"><div class="logo"><a href="/">detikfinance</a></div>
<ul class="nav"><li><a href="/berita-ekonomi-bisnis">Berita</a></li><li><a href="/bursa-valas">Bursa</a></li><li><a href="/properti">Properti</a></li><li><a href="/infrastruktur">Infrastruktur</a></li></ul></header>
<div class="column-8"><article class="detail">
<div class="detail__header">
<div class="page__breadcrumb"><a href="/">detikFinance</a> <a href="/berita-ekonomi-bisnis">Berita Ekonomi Bisnis</a></div>
<h1 class="detail__title">Harga Beras Medium Turun di Pasar Tradisional Jawa Tengah</h1>
<div class="detail__author">Rahmat Hidayat - detikFinance</div>
<div class="detail__date">Senin, 03 Mar 2025 10:42 WIB</div>
</div>
<div class="detail__media"><figure class="detail__media-image"><img src="/img/beras.jpg"><figcaption class="detail__media-caption">Ilustrasi beras di pasar tradisional. Foto: Rahmat Hidayat/detikcom</figcaption></figure></div>
<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">
{BODY}
<p>(rhd/das)</p>
</div>
<div class="detail__body-tag"><div class="nav"><a class="nav__item" href="/tag/harga-beras">harga beras</a><a class="nav__item" href="/tag/panen-raya">panen raya</a></div></div>
</div>
</article>
<div class="box cb-mostpop"><h2 class="title">Berita Terpopuler</h2>
<article class="list-content__item"><h3><a href="/d-2">Rupiah Menguat ke Level Rp 16.200 per Dolar AS</a></h3><span class="date">Senin, 03 Mar 2025 09:10 WIB</span></article>
<article class="list-content__item"><h3><a href="/d-3">Daftar Tarif Tol Terbaru yang Naik Bulan Ini</a></h3><span class="date">Minggu, 02 Mar 2025 18:30 WIB</span></article>
</div></div>
<footer><p>Copyright @ 2025 detikcom, All right reserved</p><a href="/redaksi">Redaksi</a> <a href="/pedoman">Pedoman Media Siber</a></footer>
</body></html>"""))

PAGES.append(dict(
    id="tempo-sidang-gugatan",
    url="https://www.tempo.co/hukum/hakim-tolak-eksepsi-mantan-direktur-perusahaan-daerah-1187654",
    title="Hakim Tolak Eksepsi Mantan Direktur Perusahaan Daerah",
    published="2025-01-16T19:27+07:00",
    paras=[
        "Majelis hakim Pengadilan Tindak Pidana Korupsi Semarang menolak eksepsi yang diajukan mantan Direktur Utama Perusahaan Daerah Air Minum Kabupaten Wonorejo, Teguh Harsono, dalam sidang pada Kamis, 16 Januari 2025.",
        "Dengan putusan sela itu, hakim memerintahkan jaksa penuntut umum melanjutkan pemeriksaan perkara dugaan korupsi pengadaan pipa senilai Rp 18 miliar.",
        "Ketua majelis hakim Ratna Widyastuti menilai dakwaan jaksa telah disusun secara cermat dan lengkap sehingga memenuhi syarat formal maupun materiil.",
        "Kuasa hukum Teguh, Markus Simanjuntak, menyatakan menghormati putusan tersebut. Ia berjanji akan membuktikan bahwa kliennya tidak menikmati uang proyek itu dalam persidangan berikutnya.",
        "Jaksa dijadwalkan menghadirkan lima saksi dari panitia lelang pada sidang pekan depan.",
    ],
    html="""<!doctype html>
<html lang="id"><head><meta charset="UTF-8">
<title>Tempo.co: Hakim Tolak Eksepsi Mantan Direktur Perusahaan Daerah</title>
<meta property="og:title" content="Hakim Tolak Eksepsi Mantan Direktur Perusahaan Daerah | tempo.co">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Tempo">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://www.tempo.co/#org","name":"Tempo.co","logo":"https://www.tempo.co/logo.png"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Hukum","item":"https://www.tempo.co/hukum"}]},{"@type":"NewsArticle","headline":"Hakim Tolak Eksepsi Mantan Direktur Perusahaan Daerah","datePublished":"2025-01-16T12:27:09.000Z","dateModified":"2025-01-16T12:40:00.000Z","author":[{"@type":"Person","name":"Dian Purnamasari"}],"publisher":{"@id":"https://www.tempo.co/#org"}}]}</script>
</head><body>
<div id="app"><header><a href="/">TEMPO</a><div class="menu-top"><a href="/politik">Politik</a> <a href="/hukum">Hukum</a> <a href="/ekonomi">Ekonomi</a> <a href="/internasional">Internasional</a> <a href="/langganan">Berlangganan</a></div></header>
<main><div class="max-w-[720px]">
<span class="text-sm"><a href="/hukum">Hukum</a></span>
<h1 class="text-[26px] font-bold">Hakim Tolak Eksepsi Mantan Direktur Perusahaan Daerah</h1>
<p class="text-neutral-1100">Sidang berlanjut ke pemeriksaan saksi pekan depan.</p>
<div class="flex"><a href="/penulis/dian">Dian Purnamasari</a></div>
<p class="text-neutral-900 text-sm">16 Januari 2025 | 19.27 WIB</p>
<figure><img src="/img/sidang.jpg"><figcaption><p>Suasana sidang di Pengadilan Tipikor Semarang. TEMPO/Dian Purnamasari</p></figcaption></figure>
<div id="content-wrapper" class="flex flex-col gap-4">
{BODY}
<div class="box-pilihan"><p>Pilihan Editor: <a href="/x">Komisi Yudisial Awasi Sidang Korupsi Proyek Air</a></p></div>
</div>
<div class="flex gap-2"><a href="/tag/korupsi">Korupsi</a><a href="/tag/tipikor">Tipikor</a></div>
<div class="share"><span>Bagikan</span><a>Facebook</a><a>X</a><a>WhatsApp</a><a>Salin</a></div>
</div>
<aside><h2>Terpopuler</h2><ol><li><a href="/a">KPK Periksa Tiga Pejabat Dinas Pekerjaan Umum</a></li><li><a href="/b">Putusan Banding Kasus Tambang Ilegal Dibacakan Hari Ini</a></li></ol></aside>
</main>
<footer><p>© 2025 Tempo. Hak Cipta Dilindungi.</p></footer></div>
</body></html>"""))

PAGES.append(dict(
    id="liputan6-vaksin-sekolah",
    url="https://www.liputan6.com/health/read/5934567/program-imunisasi-di-sekolah-dasar-diperluas-ke-22-provinsi",
    title="Program Imunisasi di Sekolah Dasar Diperluas ke 22 Provinsi",
    published="2025-04-09T08:15+07:00",
    paras=[
        "Liputan6.com, Jakarta - Kementerian Kesehatan memperluas program imunisasi anak sekolah dasar ke 22 provinsi mulai bulan ini, setelah uji coba di enam provinsi dinilai berhasil menaikkan cakupan imunisasi.",
        "Direktur Pengelolaan Imunisasi, dr. Sinta Kurniawati, mengatakan petugas puskesmas akan mendatangi sekolah secara bergiliran sesuai jadwal yang disusun bersama dinas pendidikan.",
        "\"Orang tua cukup mengisi formulir persetujuan yang dibagikan wali kelas. Imunisasi diberikan gratis,\" kata Sinta dalam konferensi pers di Jakarta, Rabu (9/4/2025).",
        "Ia menambahkan, sekolah diminta mencatat siswa yang belum mendapat imunisasi dasar lengkap agar bisa dikejar dalam program imunisasi susulan.",
        "Sejumlah dinas kesehatan daerah menyatakan kesiapan, meski beberapa kabupaten di wilayah kepulauan masih menunggu kiriman lemari pendingin vaksin.",
    ],
    inserts={2: '<div class="baca-juga-collections"><div class="baca-juga-collections__title">Baca Juga</div><ul><li><a href="/1">Cakupan Imunisasi Dasar Naik Tahun Lalu</a></li><li><a href="/2">Cara Menyiapkan Anak Sebelum Disuntik</a></li><li><a href="/3">Puskesmas Keliling Sambangi Desa Terpencil</a></li></ul></div>',
             4: '<div class="advertisement-text">Advertisement</div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Program Imunisasi di Sekolah Dasar Diperluas ke 22 Provinsi - Health Liputan6.com</title>
<meta property="og:title" content="Program Imunisasi di Sekolah Dasar Diperluas ke 22 Provinsi">
<meta property="og:site_name" content="liputan6.com">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-04-09T08:15:00+07:00">
<meta property="article:modified_time" content="2025-04-09T09:02:11+07:00">
<meta name="author" content="Fitri Handayani">
</head><body>
<div class="navbar"><a href="/">Liputan6</a> <a href="/news">News</a> <a href="/bisnis">Bisnis</a> <a href="/health">Health</a> <a href="/bola">Bola</a> <a href="/showbiz">Showbiz</a></div>
<div class="main"><article class="main">
<header class="read-page--header"><h1 class="read-page--header--title entry-title">Program Imunisasi di Sekolah Dasar Diperluas ke 22 Provinsi</h1>
<div class="read-page--header--author"><a class="read-page--header--author__link" href="/author/fitri">Fitri Handayani</a></div>
<p class="read-page--header--author__datetime-wrapper"><time class="read-page--header--author__datetime updated" datetime="2025-04-09 08:15:00">09 Apr 2025, 08:15 WIB</time></p>
<div class="read-page--header--subtitle">Diperbarui 09 Apr 2025, 09:02 WIB</div></header>
<div class="read-page--photo-gallery--item"><figure><img src="/img/imunisasi.jpg"><figcaption class="read-page--photo-gallery--item__caption">Seorang siswa mendapat imunisasi di sekolahnya. (Liputan6.com/Fitri Handayani)</figcaption></figure></div>
<div class="article-content-body article-content-body_with-aside"><div class="article-content-body__item-content">
{BODY}
</div></div>
<div class="tags--snippet"><span class="tags--snippet__title">Tag Terkait</span> <a href="/tag/imunisasi">imunisasi</a> <a href="/tag/kemenkes">kemenkes</a></div>
<div class="read-page--share"><a>Share</a><a>Facebook</a><a>Twitter</a><a>WhatsApp</a></div>
</article>
<section class="related-news"><h2>Berita Terkait</h2><ul><li><a href="/r1">Menkes Minta Dinas Kesehatan Percepat Distribusi Vaksin</a></li><li><a href="/r2">Imunisasi Campak Digelar Serentak di Sulawesi</a></li></ul></section>
</div>
<footer><div>Copyright © 2025 Liputan6.com KLY KapanLagi Youniverse All Rights Reserved</div></footer>
</body></html>"""))

PAGES.append(dict(
    id="antara-pelabuhan-ambon",
    url="https://www.antaranews.com/berita/4712345/pelindo-tambah-dua-dermaga-di-pelabuhan-yos-sudarso-ambon",
    title="Pelindo tambah dua dermaga di Pelabuhan Yos Sudarso Ambon",
    published="2025-03-12T21:40+09:00",
    paras=[
        "Ambon (ANTARA) - Pelindo menambah dua dermaga baru di Pelabuhan Yos Sudarso, Ambon, Maluku, untuk mengurangi antrean kapal kargo yang kerap menunggu hingga tiga hari sebelum bisa bersandar.",
        "General Manager Pelindo Regional Ambon Yohanis Latuconsina di Ambon, Rabu, mengatakan kedua dermaga sepanjang 140 meter itu ditargetkan beroperasi pada akhir tahun.",
        "\"Dengan tambahan dermaga ini, waktu tunggu kapal bisa dipangkas menjadi kurang dari sehari,\" kata Yohanis.",
        "Ia menjelaskan arus peti kemas di pelabuhan tersebut naik sekitar 12 persen dalam dua tahun terakhir, terutama untuk pengiriman hasil perikanan ke Surabaya dan Jakarta.",
        "Pemerintah Provinsi Maluku menyambut rencana itu karena dinilai dapat menekan biaya logistik dan harga barang kebutuhan pokok di kepulauan.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Pelindo tambah dua dermaga di Pelabuhan Yos Sudarso Ambon - ANTARA News</title>
<meta property="og:title" content="Pelindo tambah dua dermaga di Pelabuhan Yos Sudarso Ambon">
<meta property="og:site_name" content="Antara News">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-03-12T12:40:00Z">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.antaranews.com/berita/4712345/pelindo-tambah-dua-dermaga-di-pelabuhan-yos-sudarso-ambon"},"headline":"Pelindo tambah dua dermaga di Pelabuhan Yos Sudarso Ambon","datePublished":"2025-03-12T21:40:00+09:00","dateModified":"2025-03-12T21:40:00+09:00","author":{"@type":"Person","name":"Ruslan Tuasikal"},"publisher":{"@type":"Organization","name":"ANTARA"}}</script>
</head><body>
<div class="top-header"><a href="/">ANTARA</a> <ul><li><a href="/terkini">Terkini</a></li><li><a href="/politik">Politik</a></li><li><a href="/ekonomi">Ekonomi</a></li><li><a href="/daerah">Daerah</a></li></ul></div>
<div class="wrap__article-detail">
<div class="wrap__article-detail-title"><h1>Pelindo tambah dua dermaga di Pelabuhan Yos Sudarso Ambon</h1></div>
<div class="wrap__article-detail-info"><ul class="list-inline"><li class="list-inline-item"><span class="text-secondary">Rabu, 12 Maret 2025 21:40 WIT</span></li></ul></div>
<div class="wrap__article-detail-image"><figure><img src="/img/dermaga.jpg"><p class="wp-caption-text">Kapal kargo bersandar di Pelabuhan Yos Sudarso, Ambon, Rabu (12/3/2025). ANTARA/Ruslan Tuasikal</p></figure></div>
<div class="wrap__article-detail-content post-content">
{BODY}
<p class="text-muted mt-2 small"><span>Pewarta: Ruslan Tuasikal</span><br><span>Editor: Hendra Gunawan</span><br>Copyright © ANTARA 2025</p>
<p class="text-muted small">Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.</p>
</div>
<div class="blog-tags"><ul><li><span>Tag:</span></li><li><a href="/tag/pelindo">pelindo</a></li><li><a href="/tag/ambon">ambon</a></li></ul></div>
</div>
<div class="wrapper__list__article"><h4 class="border_section">Berita Terkait</h4>
<div class="card__post"><h5><a href="/x1">Ekspor ikan tuna Maluku naik sepanjang 2024</a></h5><span>11 Maret 2025</span></div>
<div class="card__post"><h5><a href="/x2">Jadwal kapal Pelni rute Ambon-Banda pekan ini</a></h5><span>10 Maret 2025</span></div></div>
<footer><p>Copyright © 2025 ANTARA</p></footer>
</body></html>"""))

PAGES.append(dict(
    id="okezone-timnas-latihan",
    url="https://sports.okezone.com/read/2025/05/20/51/3134567/timnas-u-20-jalani-latihan-perdana-di-bawah-pelatih-baru",
    title="Timnas U-20 Jalani Latihan Perdana di Bawah Pelatih Baru",
    published="2025-05-20T16:30+07:00",
    paras=[
        "JAKARTA - Tim nasional Indonesia U-20 menjalani latihan perdana di bawah pelatih baru, Bima Adiputra, di Stadion Madya, Senayan, Selasa (20/5/2025) sore.",
        "Sebanyak 30 pemain mengikuti sesi yang berlangsung hampir dua jam itu. Bima lebih banyak memberikan materi penguasaan bola dan transisi dari bertahan ke menyerang.",
        "Bima mengaku masih mengamati karakter setiap pemain sebelum menentukan skuad untuk turnamen regional bulan depan.",
        "\"Saya ingin melihat siapa yang paling siap secara fisik dan mental. Pintu tim nasional masih terbuka untuk pemain lain,\" ujar Bima seusai latihan.",
        "Pemusatan latihan dijadwalkan berlangsung selama tiga pekan dan akan ditutup dengan dua laga uji coba melawan klub lokal.",
    ],
    inserts={2: '<p><strong>Baca Juga:</strong> <a href="/b1">Daftar 30 Pemain Timnas U-20 yang Dipanggil</a></p>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Timnas U-20 Jalani Latihan Perdana di Bawah Pelatih Baru : Okezone Bola</title>
<meta name="title" content="Timnas U-20 Jalani Latihan Perdana di Bawah Pelatih Baru : Okezone Bola">
<meta property="og:title" content="Timnas U-20 Jalani Latihan Perdana di Bawah Pelatih Baru : Okezone Bola">
<meta property="og:type" content="article">
<meta name="publisher" content="Okezone">
<meta name="adx:sections" content="bola">
<meta name="content_PublishedDate" content="2025-05-20 16:30:00">
</head><body>
<div class="header-nav"><a href="/">okezone</a><ul><li><a href="/news">News</a></li><li><a href="/bola">Bola</a></li><li><a href="/sports">Sports</a></li><li><a href="/celebrity">Celebrity</a></li></ul></div>
<div class="container-bodyhome-left">
<div class="title"><h1>Timnas U-20 Jalani Latihan Perdana di Bawah Pelatih Baru</h1></div>
<div class="reporter"><div class="namerep">Andika Pratama , <b>Jurnalis</b> · <b>Selasa 20 Mei 2025 16:30 WIB</b></div></div>
<div class="detail-img"><img src="/img/timnas.jpg"><div class="caption-img-ab">Timnas U-20 berlatih di Stadion Madya (Foto: Okezone/Andika)</div></div>
<div id="contentx" class="read">
{BODY}
</div>
<div class="paging newsPaging"><span>Halaman:</span> <a class="active" href="/read/2025/05/20/51/3134567/x">1</a> <a href="/read/2025/05/20/51/3134567/x?page=2">2</a> <a href="/read/2025/05/20/51/3134567/x?page=2">Selanjutnya</a></div>
<div class="detail-tag"><a href="/tag/timnas">Timnas U-20</a> <a href="/tag/bima">Bima Adiputra</a></div>
<div class="terkait"><h3>Berita Terkait</h3><ul><li><a href="/t1">Jadwal Turnamen Regional U-20 Bulan Depan</a></li><li><a href="/t2">PSSI Umumkan Staf Pelatih Baru</a></li></ul></div>
</div>
<div class="footer">Copyright © 2025 Okezone. All Rights Reserved</div>
</body></html>"""))

PAGES.append(dict(
    id="republika-zakat-digital",
    url="https://ekonomi.republika.co.id/berita/ssx7k2370/baznas-catat-penghimpunan-zakat-digital-naik-40-persen",
    title="Baznas Catat Penghimpunan Zakat Digital Naik 40 Persen",
    published="2025-03-20T13:12+07:00",
    paras=[
        "REPUBLIKA.CO.ID, JAKARTA -- Badan Amil Zakat Nasional (Baznas) mencatat penghimpunan zakat melalui kanal digital naik sekitar 40 persen dibandingkan periode yang sama tahun lalu.",
        "Wakil Ketua Baznas, Hamdan Syafii, mengatakan kenaikan itu didorong semakin banyaknya muzaki muda yang terbiasa membayar melalui aplikasi dompet digital dan transfer bank.",
        "\"Anak muda ingin serba praktis. Mereka bisa menghitung zakat penghasilan dan langsung menunaikannya dari ponsel,\" kata Hamdan di Jakarta, Kamis (20/3/2025).",
        "Meski demikian, Baznas tetap membuka gerai layanan di pusat perbelanjaan dan masjid besar untuk melayani masyarakat yang lebih nyaman membayar secara tunai.",
        "Dana zakat yang terkumpul akan disalurkan untuk program beasiswa, bantuan modal usaha mikro, serta layanan kesehatan gratis bagi warga kurang mampu.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Baznas Catat Penghimpunan Zakat Digital Naik 40 Persen | Republika Online</title>
<meta property="og:title" content="Baznas Catat Penghimpunan Zakat Digital Naik 40 Persen | Republika Online">
<meta property="og:site_name" content="Republika Online">
<meta property="og:type" content="article">
<meta name="author" content="Nur Aini">
<meta itemprop="datePublished" content="2025-03-20T13:12:00+07:00">
</head><body>
<div class="main-menu"><a href="/">Republika</a> <a href="/news">News</a> <a href="/ekonomi">Ekonomi</a> <a href="/khazanah">Khazanah</a> <a href="/sepakbola">Sepakbola</a></div>
<div class="main-content__left">
<div class="breadcome"><a href="/">Home</a> &gt; <a href="/ekonomi">Ekonomi</a> &gt; <a href="/syariah">Syariah</a></div>
<div class="max-card__title"><h1>Baznas Catat Penghimpunan Zakat Digital Naik 40 Persen</h1></div>
<div class="date-info"><div class="date-tag"><span>Kamis 20 Mar 2025 13:12 WIB</span></div><div class="date-tag">Red: <span>Fitriyan Zamzami</span></div></div>
<div class="max-card__image"><img src="/img/zakat.jpg"><div class="caption">Petugas melayani pembayaran zakat secara digital. (ilustrasi)</div><div class="caption-source">Foto: Republika/Nur Aini</div></div>
<div class="article-content">
{BODY}
</div>
<div class="pagination-article"></div>
<div class="tag-article"><a href="/tag/zakat">zakat</a> <a href="/tag/baznas">baznas</a></div>
<div class="sharing"><span>Bagikan</span> <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>
<div class="list-terbaru"><h3>Berita Lainnya</h3>
<div class="card"><a href="/l1">Ekonomi Syariah Diproyeksikan Tumbuh Enam Persen</a><span>Kamis 20 Mar 2025 11:00 WIB</span></div>
<div class="card"><a href="/l2">Bank Syariah Perluas Layanan di Daerah Terpencil</a><span>Rabu 19 Mar 2025 16:45 WIB</span></div></div>
</div>
<footer>Copyright © 2025 Republika Online. All rights reserved.</footer>
</body></html>"""))

PAGES.append(dict(
    id="viva-motor-listrik",
    url="https://www.viva.co.id/otomotif/motor/1798765-penjualan-motor-listrik-naik-setelah-insentif-diperpanjang",
    title="Penjualan Motor Listrik Naik Setelah Insentif Diperpanjang",
    published="2025-02-11T07:05+07:00",
    paras=[
        "VIVA – Penjualan sepeda motor listrik di dalam negeri tercatat naik pada Januari 2025 setelah pemerintah memperpanjang insentif potongan harga untuk pembelian kendaraan listrik.",
        "Data asosiasi produsen menunjukkan sekitar 9.800 unit motor listrik terjual sepanjang bulan lalu, hampir dua kali lipat dibandingkan Januari tahun sebelumnya.",
        "Ketua asosiasi, Benny Hartawan, menilai kepastian insentif membuat konsumen tidak lagi menunda pembelian.",
        "\"Tahun lalu banyak calon pembeli menunggu kepastian. Sekarang mereka berani memutuskan,\" kata Benny.",
        "Namun ia mengingatkan bahwa ketersediaan stasiun penukaran baterai di luar Jawa masih terbatas dan perlu dipercepat agar pasar tumbuh merata.",
    ],
    inserts={3: '<div class="baca-juga"><span>Baca Juga :</span><ul><li><a href="/v1">Daftar Motor Listrik yang Dapat Insentif</a></li><li><a href="/v2">Cara Merawat Baterai Motor Listrik</a></li></ul></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Penjualan Motor Listrik Naik Setelah Insentif Diperpanjang - VIVA</title>
<meta property="og:title" content="Penjualan Motor Listrik Naik Setelah Insentif Diperpanjang">
<meta property="og:site_name" content="VIVA.co.id">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Penjualan Motor Listrik Naik Setelah Insentif Diperpanjang","datePublished":"2025-02-11T07:05:00+07:00","author":{"@type":"Person","name":"Yudha Prasetya"},"editor":{"@type":"Person","name":"Anisa Rahma"},"publisher":{"@type":"Organization","name":"VIVA.co.id"}}</script>
</head><body>
<div class="header-menu"><a href="/">VIVA</a> <a href="/berita">Berita</a> <a href="/bisnis">Bisnis</a> <a href="/otomotif">Otomotif</a> <a href="/sport">Sport</a></div>
<div class="main-content-left">
<div class="main-content-breadcrumb"><a href="/otomotif">Otomotif</a> <a href="/otomotif/motor">Motor</a></div>
<div class="main-content-title"><h1 class="main-content-title">Penjualan Motor Listrik Naik Setelah Insentif Diperpanjang</h1></div>
<div class="main-content-date">Selasa, 11 Februari 2025 - 07:05 WIB</div>
<div class="main-content-author">Oleh : <a href="/author/yudha">Yudha Prasetya</a>, <a href="/author/anisa">Anisa Rahma</a></div>
<div class="main-content-image"><img src="/img/motor.jpg"><div class="main-content-image-caption">Ilustrasi motor listrik. <span>Photo :</span> VIVA/Yudha Prasetya</div></div>
<div class="main-content-detail">
{BODY}
</div>
<div class="main-content-tag"><span>#</span><a href="/tag/motor-listrik">Motor Listrik</a></div>
<div class="main-content-share"><a>Share</a> <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Copy link</a></div>
</div>
<div class="sidebar"><h3>Terpopuler</h3><div class="article-list-row"><a href="/p1">Harga Mobil Bekas Turun Jelang Lebaran</a></div><div class="article-list-row"><a href="/p2">Tips Mudik Aman dengan Sepeda Motor</a></div></div>
<footer>Copyright © 2025 VIVA.co.id All Rights Reserved</footer>
</body></html>"""))

PAGES.append(dict(
    id="tribun-makassar-pete-pete",
    url="https://makassar.tribunnews.com/2025/06/04/dishub-makassar-uji-coba-rute-baru-angkot-pete-pete-ke-kawasan-industri",
    title="Dishub Makassar Uji Coba Rute Baru Angkot Pete-pete ke Kawasan Industri",
    published="2025-06-04T11:20+08:00",
    paras=[
        "TRIBUN-TIMUR.COM, MAKASSAR - Dinas Perhubungan Kota Makassar mulai menguji coba rute baru angkutan kota atau pete-pete dari Terminal Daya menuju Kawasan Industri Makassar, Rabu (4/6/2025).",
        "Uji coba berlangsung selama satu bulan dengan melibatkan 25 unit pete-pete yang sebelumnya melayani trayek sepi penumpang.",
        "Kepala Dishub Makassar, Andi Syamsuddin, mengatakan rute itu dibuka karena banyak pekerja pabrik yang selama ini mengandalkan ojek daring dengan ongkos lebih mahal.",
        "\"Tarifnya tetap sama dengan trayek lain. Kami ingin pekerja bisa berangkat lebih hemat,\" kata Andi saat meninjau Terminal Daya.",
        "Sejumlah sopir menyambut baik uji coba tersebut. Mereka berharap jumlah penumpang bertambah sehingga pendapatan harian kembali normal.",
    ],
    inserts={2: '<p><strong>Baca juga: <a href="/b1">Tarif Pete-pete di Makassar Tidak Naik Tahun Ini</a></strong></p>',
             4: '<div class="ads-placeholder">ADVERTISEMENT</div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Dishub Makassar Uji Coba Rute Baru Angkot Pete-pete ke Kawasan Industri - Tribun-timur.com</title>
<meta property="og:title" content="Dishub Makassar Uji Coba Rute Baru Angkot Pete-pete ke Kawasan Industri - Tribun-timur.com">
<meta property="og:site_name" content="Tribun-timur.com">
<meta property="og:type" content="article">
<meta name="content_PublishedDate" content="2025-06-04 11:20:33">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Dishub Makassar Uji Coba Rute Baru Angkot Pete-pete ke Kawasan Industri","datePublished":"2025-06-04T11:20:33+08:00","author":{"@type":"Person","name":"Muh Irfan"},"publisher":{"@type":"Organization","name":"Tribun-timur.com"}}</script>
</head><body>
<div id="header"><a href="/">tribun-timur.com</a><ul class="menu"><li><a href="/makassar">Makassar</a></li><li><a href="/sulsel">Sulsel</a></li><li><a href="/bisnis">Bisnis</a></li><li><a href="/sport">Sport</a></li></ul></div>
<div id="article">
<h1 id="arttitle">Dishub Makassar Uji Coba Rute Baru Angkot Pete-pete ke Kawasan Industri</h1>
<div id="penulis">Penulis: <a href="/penulis/irfan">Muh Irfan</a> | Editor: <a href="/editor/sakinah">Sakinah Sudin</a></div>
<time class="grey">Rabu, 4 Juni 2025 11:20 WITA</time>
<div class="imgfull_div"><img src="/img/petepete.jpg"><div class="arial f12 pt5 grey2">Sejumlah pete-pete menunggu penumpang di Terminal Daya, Makassar. TRIBUN-TIMUR.COM/MUH IRFAN</div></div>
<div class="side-article txt-article multi-fontsize">
<p><strong>Laporan Wartawan Tribun-Timur.com, Muh Irfan</strong></p>
{BODY}
</div>
<div id="paginga" class="paging"><a href="?page=2">Halaman selanjutnya</a></div>
<div class="tagcloud3"><h3>Tags:</h3><a href="/tag/pete-pete">pete-pete</a> <a href="/tag/dishub">Dishub Makassar</a></div>
<div class="ttl"><h3>Berita Populer</h3><ul><li><a href="/q1">Jadwal Pemadaman Listrik di Makassar Pekan Ini</a></li><li><a href="/q2">PSM Makassar Tambah Dua Pemain Asing</a></li></ul></div>
</div>
<div id="footer">Copyright © 2025 Tribun-Timur.com. All Right Reserved</div>
</body></html>"""))

PAGES.append(dict(
    id="merdeka-taman-kota",
    url="https://www.merdeka.com/peristiwa/pemkot-bandung-buka-tiga-taman-kota-baru-untuk-warga-12345-mvk.html",
    title="Pemkot Bandung Buka Tiga Taman Kota Baru untuk Warga",
    published="2025-07-13T09:00+07:00",
    paras=[
        "Merdeka.com - Pemerintah Kota Bandung membuka tiga taman kota baru di kawasan Arcamanik, Gedebage dan Kiaracondong pada Minggu pagi.",
        "Ketiga taman itu dibangun di atas lahan bekas gudang milik pemerintah daerah yang selama bertahun-tahun tidak terpakai.",
        "Wali Kota Bandung, Rudiyanto Gunawan, mengatakan setiap taman dilengkapi jalur lari, area bermain anak dan ruang baca terbuka.",
        "\"Warga di timur Bandung selama ini harus jauh ke pusat kota untuk mendapatkan ruang terbuka hijau,\" kata Rudiyanto saat peresmian.",
        "Pemkot juga melibatkan karang taruna setempat untuk merawat taman dan mengelola kegiatan akhir pekan.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Pemkot Bandung Buka Tiga Taman Kota Baru untuk Warga | merdeka.com</title>
<meta property="og:title" content="Pemkot Bandung Buka Tiga Taman Kota Baru untuk Warga">
<meta property="og:site_name" content="merdeka.com">
<meta property="og:type" content="article">
<meta name="author" content="Salsabila Putri">
</head><body>
<div class="mdk-header"><a href="/">merdeka.com</a><div class="mdk-nav"><a href="/peristiwa">Peristiwa</a> <a href="/politik">Politik</a> <a href="/uang">Uang</a> <a href="/dunia">Dunia</a></div></div>
<div class="mdk-body">
<div class="mdk-body-breadcrumb"><a href="/">Home</a> / <a href="/peristiwa">Peristiwa</a></div>
<h1 class="mdk-body-title">Pemkot Bandung Buka Tiga Taman Kota Baru untuk Warga</h1>
<div class="mdk-body-info"><span class="mdk-body-info-reporter">Penulis : Salsabila Putri</span> <span itemprop="datePublished" content="2025-07-13T09:00:00+07:00" class="mdk-body-info-date">Minggu, 13 Juli 2025 09:00</span></div>
<div class="mdk-body-img"><img src="/img/taman.jpg"><span class="mdk-body-img-caption">Taman kota baru di Gedebage. ©2025 Merdeka.com/Salsabila Putri</span></div>
<div class="mdk-body-paragraph">
{BODY}
</div>
<div class="mdk-body-tag">Topik: <a href="/tag/bandung">Bandung</a> <a href="/tag/taman-kota">Taman Kota</a></div>
<div class="mdk-body-related"><h3>Artikel Terkait</h3><ul><li><a href="/r1">Jalan Layang Baru di Bandung Mulai Dibangun</a></li><li><a href="/r2">Warga Bandung Keluhkan Sampah di Sungai Cikapundung</a></li></ul></div>
</div>
<div class="mdk-footer">Copyright © 2025 merdeka.com KLY KapanLagi Youniverse All Rights Reserved</div>
</body></html>"""))

PAGES.append(dict(
    id="suara-gempa-garut",
    url="https://www.suara.com/news/2025/08/21/062415/gempa-magnitudo-5-1-guncang-garut-sejumlah-rumah-retak",
    title="Gempa Magnitudo 5,1 Guncang Garut, Sejumlah Rumah Retak",
    published="2025-08-21T06:24+07:00",
    paras=[
        "Suara.com - Gempa bumi bermagnitudo 5,1 mengguncang wilayah selatan Kabupaten Garut, Jawa Barat, Kamis (21/8/2025) dini hari.",
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat pusat gempa berada di laut pada kedalaman 42 kilometer dan tidak berpotensi tsunami.",
        "Guncangan dirasakan cukup kuat di Kecamatan Pameungpeuk dan Cikelet. Warga berhamburan keluar rumah saat gempa terjadi sekitar pukul 02.10 WIB.",
        "Petugas BPBD Garut mendata sedikitnya 17 rumah mengalami retak pada dinding dan dua sekolah rusak ringan. Tidak ada laporan korban jiwa.",
        "BMKG mengimbau warga tidak terpancing kabar bohong soal gempa susulan besar dan tetap mengikuti informasi resmi.",
    ],
    inserts={3: '<div class="baca-juga-new"><div class="title-baca-juga">Baca Juga:</div><ul><li><a href="/s1">Tips Menyelamatkan Diri Saat Gempa Terjadi</a></li><li><a href="/s2">BMKG Pasang Sensor Baru di Selatan Jawa</a></li></ul></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Gempa Magnitudo 5,1 Guncang Garut, Sejumlah Rumah Retak - Suara.com</title>
<meta property="og:title" content="Gempa Magnitudo 5,1 Guncang Garut, Sejumlah Rumah Retak">
<meta property="og:site_name" content="suara.com">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Suara.com","url":"https://www.suara.com/"},{"@type":"NewsArticle","headline":"Gempa Magnitudo 5,1 Guncang Garut, Sejumlah Rumah Retak","datePublished":"2025-08-21T06:24:15+07:00","dateModified":"2025-08-21T06:24:15+07:00","author":{"@type":"Person","name":"Reza Firmansyah"},"publisher":{"@type":"Organization","name":"Suara.com"}}]}</script>
</head><body>
<div class="header-menu"><a href="/">suara.com</a> <a href="/news">News</a> <a href="/bisnis">Bisnis</a> <a href="/bola">Bola</a> <a href="/lifestyle">Lifestyle</a> <a href="/entertainment">Entertainment</a></div>
<div class="content-article">
<div class="info"><h1>Gempa Magnitudo 5,1 Guncang Garut, Sejumlah Rumah Retak</h1>
<div class="writer"><span>Reza Firmansyah</span></div>
<div class="date-article"><span>Kamis, 21 Agustus 2025 | 06:24 WIB</span></div></div>
<figure class="img-cover"><img src="/img/gempa.jpg"><figcaption>Ilustrasi gempa. [Suara.com/Reza]</figcaption></figure>
<article class="detail-content detail-berita">
{BODY}
</article>
<div class="tag-header"><span>Tag</span> <a href="/tag/gempa">#gempa</a> <a href="/tag/garut">#garut</a></div>
<div class="share-box">Share: <a>Facebook</a> <a>X</a> <a>WhatsApp</a></div>
<div class="list-berita-terkait"><h2>Berita Terkait</h2><div class="item"><a href="/t1">Gempa Kecil Terjadi Tiga Kali di Sukabumi</a><span>Rabu, 20 Agustus 2025 | 21:00 WIB</span></div></div>
</div>
<footer>© 2025 suara.com - All Rights Reserved.</footer>
</body></html>"""))

PAGES.append(dict(
    id="cnnindonesia-kereta-cepat",
    url="https://www.cnnindonesia.com/ekonomi/20250917153012-92-1278901/penumpang-kereta-cepat-tembus-dua-juta-sejak-awal-tahun",
    title="Penumpang Kereta Cepat Tembus Dua Juta Sejak Awal Tahun",
    published="2025-09-17T15:30+07:00",
    paras=[
        "Jakarta, CNN Indonesia -- Jumlah penumpang kereta cepat Jakarta-Bandung menembus dua juta orang sejak awal tahun hingga pertengahan September 2025.",
        "Manajer Hubungan Masyarakat operator kereta cepat, Citra Ayuningtyas, mengatakan lonjakan penumpang terjadi terutama pada akhir pekan dan libur panjang.",
        "Menurut Citra, tingkat keterisian rata-rata mencapai 78 persen pada Sabtu dan Minggu, sementara pada hari kerja sekitar 55 persen.",
        "Operator berencana menambah jadwal perjalanan pada jam sibuk sore hari mulai bulan depan untuk menampung pekerja yang pulang ke Bandung.",
        "Selain itu, kerja sama dengan angkutan pengumpan di stasiun Padalarang dan Tegalluar juga akan diperluas.",
    ],
    inserts={2: '<div class="paradetail"><div class="adv-detail">ADVERTISEMENT</div><div class="text-scroll">SCROLL TO CONTINUE WITH CONTENT</div></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Penumpang Kereta Cepat Tembus Dua Juta Sejak Awal Tahun</title>
<meta property="og:title" content="Penumpang Kereta Cepat Tembus Dua Juta Sejak Awal Tahun">
<meta property="og:site_name" content="ekonomi">
<meta property="og:type" content="article">
<meta name="publishdate" content="2025/09/17 15:30:12">
<meta name="author" content="CNN Indonesia">
<meta name="articleid" content="1278901">
</head><body>
<header><a href="/">CNN Indonesia</a><nav><a href="/nasional">Nasional</a> <a href="/internasional">Internasional</a> <a href="/ekonomi">Ekonomi</a> <a href="/olahraga">Olahraga</a></nav></header>
<div class="flex"><div class="w-leftcontent">
<div class="text-cnn_grey text-sm mb-4"><a href="/ekonomi">Ekonomi</a> &bull; <a href="/ekonomi/bisnis">Berita Bisnis</a></div>
<h1 class="mb-2 text-[28px] leading-9 text-cnn_black">Penumpang Kereta Cepat Tembus Dua Juta Sejak Awal Tahun</h1>
<div class="text-cnn_grey text-sm mb-4">CNN Indonesia</div>
<div class="text-cnn_grey text-sm mb-4">Rabu, 17 Sep 2025 15:30 WIB</div>
<div class="detail-image"><figure><img src="/img/kereta.jpg"><figcaption class="text-xs">Kereta cepat melintas di Padalarang, Jawa Barat. (CNN Indonesia/Andi Saputra)</figcaption></figure></div>
<div class="detail-wrap flex gap-4 relative"><div class="detail-text text-cnn_black text-sm grow min-w-0">
{BODY}
<p>(wnd/sfr)</p>
</div></div>
<div class="detail-tag"><a href="/tag/kereta-cepat">kereta cepat</a></div>
<div class="share"><span>Bagikan:</span> <a>url telah tercopy</a></div>
<div class="box-related"><h2>LIHAT JUGA</h2><article><a href="/r1"><h2>Tarif Kereta Cepat Turun Saat Promo Akhir Pekan</h2></a></article><article><a href="/r2"><h2>Stasiun Baru Kereta Cepat Disiapkan di Karawang</h2></a></article></div>
</div>
<div class="w-rightcontent"><h3>TERPOPULER</h3><ol><li><a href="/p1">Harga Emas Antam Naik Lagi Hari Ini</a></li><li><a href="/p2">Daftar Libur Nasional Sisa Tahun Ini</a></li></ol></div></div>
<footer>Hak Cipta © 2025 CNN Indonesia</footer>
</body></html>"""))

PAGES.append(dict(
    id="kumparan-umkm-ekspor",
    url="https://kumparan.com/kumparanbisnis/umkm-kopi-flores-tembus-pasar-jepang-2Tx9aBcDeFg",
    title="UMKM Kopi Flores Tembus Pasar Jepang",
    published="2025-10-02T18:47+08:00",
    wrap='<div class="Viewweb__StyledView-sc-b0snvl-0 components__NormalParagraph"><span class="Textweb__StyledText-sc-1uxddwr-0 iAwmxq">{}</span></div>',
    paras=[
        "Sebuah koperasi petani kopi di Kabupaten Manggarai, Nusa Tenggara Timur, berhasil mengirim 12 ton kopi arabika ke Jepang untuk pertama kalinya.",
        "Ketua koperasi, Yosef Dangur, mengatakan pembeli dari Osaka tertarik setelah mencicipi kopi mereka dalam pameran dagang di Jakarta tahun lalu.",
        "\"Kami butuh waktu hampir setahun untuk memenuhi standar pengolahan yang diminta pembeli,\" ujar Yosef saat dihubungi, Kamis (2/10).",
        "Koperasi itu beranggotakan sekitar 300 petani yang kini mendapat harga jual lebih tinggi dibandingkan menjual ke tengkulak.",
        "Dinas Koperasi NTT berencana menjadikan koperasi tersebut contoh bagi kelompok petani lain di Flores yang ingin menembus pasar ekspor.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>UMKM Kopi Flores Tembus Pasar Jepang | kumparan.com</title>
<meta property="og:title" content="UMKM Kopi Flores Tembus Pasar Jepang | kumparan.com">
<meta property="og:site_name" content="kumparan">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"UMKM Kopi Flores Tembus Pasar Jepang","datePublished":"2025-10-02T10:47:00.000Z","dateModified":"2025-10-02T10:47:00.000Z","author":[{"@type":"Person","name":"kumparanBISNIS"}],"publisher":{"@type":"Organization","name":"kumparan"}}</script>
</head><body>
<div id="root"><div class="Viewweb__StyledView-sc-b0snvl-0 TopNav"><a href="/">kumparan</a> <a href="/trending">Trending</a> <a href="/news">News</a> <a href="/bisnis">Bisnis</a> <a href="/bola">Bola</a></div>
<div class="Viewweb__StyledView-sc-b0snvl-0 StoryContainer">
<div class="Viewweb__StyledView-sc-b0snvl-0"><span class="Textweb__StyledText-sc-1uxddwr-0">kumparanBISNIS</span></div>
<div class="Viewweb__StyledView-sc-b0snvl-0"><span class="Textweb__StyledText-sc-1uxddwr-0 ekqGhW">2 Oktober 2025 18:47 WITA</span><span class="Textweb__StyledText-sc-1uxddwr-0"> · waktu baca 2 menit</span></div>
<h1 class="Textweb__StyledText-sc-1uxddwr-0 StoryTitle">UMKM Kopi Flores Tembus Pasar Jepang</h1>
<div class="Viewweb__StyledView-sc-b0snvl-0 ImageContainer"><img src="/img/kopi.jpg"><span class="Textweb__StyledText-sc-1uxddwr-0 caption">Petani memilah biji kopi di Manggarai. Foto: Dok. Koperasi</span></div>
<div class="Viewweb__StyledView-sc-b0snvl-0 StoryRenderer">
{BODY}
</div>
<div class="Viewweb__StyledView-sc-b0snvl-0"><span class="Textweb__StyledText-sc-1uxddwr-0">#kopi</span> <span>#umkm</span> <span>#ekspor</span></div>
<div class="Viewweb__StyledView-sc-b0snvl-0"><span>Bagikan</span> <span>Suka</span> <span>Komentar</span></div>
<div class="Viewweb__StyledView-sc-b0snvl-0"><span>Berita Terkait</span><a href="/x1">Ekspor Kopi Indonesia ke Eropa Meningkat</a><a href="/x2">Harga Kopi Arabika di Tingkat Petani Stabil</a></div>
</div></div>
</body></html>"""))

PAGES.append(dict(
    id="jubi-pasar-mama-papua",
    url="https://jubi.id/tanah-papua/2025/pedagang-pasar-mama-papua-minta-tambahan-lapak/",
    title="Pedagang Pasar Mama-mama Papua Minta Tambahan Lapak",
    published="2025-03-01T00:35+09:00",
    paras=[
        "Jayapura, Jubi – Puluhan pedagang di Pasar Mama-mama Papua, Kota Jayapura, meminta pemerintah kota menambah lapak karena banyak pedagang baru terpaksa berjualan di trotoar.",
        "Koordinator pedagang, Maria Wenda, mengatakan sedikitnya 60 pedagang sayur dan pinang belum mendapat tempat sejak pasar itu ramai dikunjungi pembeli.",
        "\"Kami tidak mau berjualan di jalan karena berbahaya dan sering diusir petugas,\" kata Maria di Jayapura.",
        "Pemerintah Kota Jayapura menyatakan sedang menghitung kebutuhan lahan di sisi timur pasar yang masih kosong.",
        "Pedagang berharap penambahan lapak dapat selesai sebelum musim liburan sekolah ketika jumlah pembeli biasanya naik.",
    ],
    html="""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8">
<title>Pedagang Pasar Mama-mama Papua Minta Tambahan Lapak &#8211; Jubi Papua</title>
<meta property="og:title" content="Pedagang Pasar Mama-mama Papua Minta Tambahan Lapak">
<meta property="og:site_name" content="Jubi Papua">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-02-28T15:35:00+00:00">
<meta property="article:modified_time" content="2025-02-28T16:02:10+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"https://jubi.id/#website","name":"Jubi Papua"},{"@type":"Article","@id":"https://jubi.id/x#article","headline":"Pedagang Pasar Mama-mama Papua Minta Tambahan Lapak","datePublished":"2025-02-28T15:35:00+00:00","dateModified":"2025-02-28T16:02:10+00:00","author":{"@type":"Person","name":"Theo Kossay"}}]}</script>
</head><body class="post-template-default single single-post">
<div class="site-header"><a href="/">Jubi</a><ul id="menu-main"><li><a href="/tanah-papua">Tanah Papua</a></li><li><a href="/nasional">Nasional</a></li><li><a href="/pasifik">Pasifik</a></li></ul></div>
<div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post status-publish format-standard">
<header class="entry-header"><h1 class="entry-title">Pedagang Pasar Mama-mama Papua Minta Tambahan Lapak</h1>
<div class="entry-meta"><span class="posted-on">Sabtu, 1 Maret 2025 00:35 WIT</span> <span class="byline">Penulis: <a href="/author/theo">Theo Kossay</a></span></div></header>
<figure class="wp-block-image"><img src="/img/pasar.jpg"><figcaption>Pedagang di Pasar Mama-mama Papua, Jayapura. &#8211; Jubi/Theo Kossay</figcaption></figure>
<div class="entry-content">
{BODY}
<div class="sharedaddy"><h3 class="sd-title">Bagikan ini:</h3><ul><li><a>Facebook</a></li><li><a>WhatsApp</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tag: <a href="/tag/pasar">Pasar</a>, <a href="/tag/jayapura">Jayapura</a></span></footer>
</article>
<nav class="post-navigation"><a href="/prev">Sebelumnya: Harga Pinang Naik di Wamena</a> <a href="/next">Selanjutnya: Bandara Sentani Tambah Rute</a></nav>
<div id="comments" class="comments-area"><h3>Tinggalkan Balasan</h3><p class="comment-notes">Alamat email Anda tidak akan dipublikasikan.</p></div>
</main></div>
<footer class="site-footer">© 2025 Jubi. All rights reserved.</footer>
</body></html>"""))
