# Batch 8: AMP and mobile (m.) pages and the hardest title and date shapes, written blind by a helper before it
# read the extraction code and scored before any change for it: a date only in JSON-LD, a date only in the URL
# among dated teasers, "Diperbarui" before "Diterbitkan" with dotted times and no zone, English month names with
# WIT, a headline without h1 (a div with a class, the JSON-LD headline, a <title> with the site name first),
# "[FOTO]" tags, kicker and rubric labels beside the h1, headlines with quotes, numbers, colons, an og:title
# unlike the h1, "Halaman all", "Kompas.com - 12/11/2019, 19:30 WIB", an h1 that is the site's section name.
# All news fictional, our own sentences.

PAGES = []


def page(**kw):
    PAGES.append(kw)


page(
    id="b8-amp-jsonld-only-date",
    url="https://www.suara.com/amp/news/2024/11/12/193000/posko-mudik-gratis-dibuka-di-terminal-kampung-rambutan",
    title="Posko Kesehatan Gratis Dibuka di Terminal Kampung Rambutan",
    published="2024-11-12T19:30+07:00",
    paras=[
        "Suara.com - Dinas kesehatan membuka posko pemeriksaan kesehatan gratis bagi sopir dan kernet bus di Terminal Kampung Rambutan, Jakarta Timur.",
        "Di posko itu petugas memeriksa tekanan darah, gula darah dan kadar alkohol pengemudi sebelum mereka berangkat.",
        "Pengemudi yang tekanan darahnya terlalu tinggi diminta beristirahat dan digantikan pengemudi cadangan.",
        "Posko buka setiap hari mulai pukul enam pagi sampai sepuluh malam hingga akhir tahun.",
    ],
    inserts={2: '<div class="amp-ad-wrapper"><amp-ad width="300" height="250" type="doubleclick" data-slot="/1/suara/amp"></amp-ad></div>'},
    html="""<!doctype html>
<html amp lang="id"><head><meta charset="utf-8">
<title>Posko Kesehatan Gratis Dibuka di Terminal Kampung Rambutan - Suara.com</title>
<link rel="canonical" href="https://www.suara.com/news/2024/11/12/193000/posko-mudik-gratis-dibuka-di-terminal-kampung-rambutan">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.suara.com/news/2024/11/12/193000/posko-mudik-gratis-dibuka-di-terminal-kampung-rambutan"},"headline":"Posko Kesehatan Gratis Dibuka di Terminal Kampung Rambutan","datePublished":"2024-11-12T19:30:00+07:00","dateModified":"2024-11-12T19:30:00+07:00","author":{"@type":"Person","name":"Bagaskara Isdiansyah"},"publisher":{"@type":"Organization","name":"Suara.com"}}</script>
<style amp-custom>body{font-family:sans-serif}</style>
</head><body>
<header class="amp-header"><a href="https://www.suara.com/amp"><amp-img src="/logo.png" width="120" height="30" alt="Suara.com"></amp-img></a> <button on="tap:sidebar.toggle">Menu</button></header>
<amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/amp/news">News</a></li><li><a href="/amp/bisnis">Bisnis</a></li><li><a href="/amp/bola">Bola</a></li></ul></amp-sidebar>
<main>
<h1 class="amp-title">Posko Kesehatan Gratis Dibuka di Terminal Kampung Rambutan</h1>
<div class="amp-author">Bagaskara Isdiansyah</div>
<amp-img src="/posko.jpg" width="640" height="360" layout="responsive"></amp-img>
<div class="amp-caption">Petugas memeriksa tekanan darah sopir bus. (Suara.com/Bagaskara)</div>
<div class="amp-content">
{BODY}
</div>
<div class="amp-related"><h3>Berita Terkait</h3><a href="/amp/r1">Terminal Pulo Gebang Tambah Jalur Keberangkatan</a></div>
</main>
<footer>© 2024 suara.com</footer>
</body></html>""")

page(
    id="b8-mdetik-mobile",
    url="https://m.detik.com/news/berita-jawa-timur/d-7612345/kapal-feri-ketapang-gilimanuk-ditunda-angin-kencang",
    title="Kapal Feri Ketapang-Gilimanuk Ditunda, Ribuan Kendaraan Antre",
    published="2024-11-12T21:40+07:00",
    paras=[
        "Banyuwangi - Penyeberangan kapal feri dari Pelabuhan Ketapang ke Gilimanuk ditunda selama tiga jam karena angin kencang di Selat Bali.",
        "Akibatnya, antrean truk dan mobil pribadi mengular hingga dua kilometer dari gerbang pelabuhan.",
        "Petugas pelabuhan membagikan air minum kepada pengemudi yang tertahan di antrean.",
        "Penyeberangan kembali dibuka bertahap setelah kecepatan angin turun menjelang tengah malam.",
    ],
    inserts={1: '<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong> <a href="/x">Pelabuhan Ketapang Terapkan Tiket Daring</a></div></td></tr></table>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kapal Feri Ketapang-Gilimanuk Ditunda, Ribuan Kendaraan Antre</title>
<meta property="og:title" content="Kapal Feri Ketapang-Gilimanuk Ditunda, Ribuan Kendaraan Antre">
<meta property="og:site_name" content="detikjatim">
<meta name="dtk:publishdate" content="2024/11/12 21:40:13">
</head><body class="mobile">
<div class="header-m"><a href="/">detik</a> <a class="burger">☰</a></div>
<div class="nav-m"><a href="/news">News</a> <a href="/finance">Finance</a> <a href="/jatim">Jatim</a></div>
<article class="detail">
<div class="detail__header">
<h1 class="detail__title">Kapal Feri Ketapang-Gilimanuk Ditunda, Ribuan Kendaraan Antre</h1>
<div class="detail__author">Eka Rahmawati - detikJatim</div>
<div class="detail__date">Selasa, 12 Nov 2024 21:40 WIB</div>
</div>
<div class="detail__body-text">
{BODY}
<p><strong>(irb/iwd)</strong></p>
</div>
</article>
<div class="list-m"><h2>Berita Terkait</h2><article><a href="/r1">Angin Kencang, Nelayan Muncar Tak Melaut</a><span class="date">Selasa, 12 Nov 2024 18:05 WIB</span></article></div>
</body></html>""")

page(
    id="b8-no-h1-site-first",
    url="https://banuapost.example.id/berita/pasar-terapung-lok-baintan-kembali-ramai-dikunjungi-wisatawan",
    title="Pasar Terapung Lok Baintan Kembali Ramai Dikunjungi Wisatawan",
    published="2024-11-10T07:45+08:00",
    paras=[
        "MARTAPURA - Pasar terapung Lok Baintan di Kabupaten Banjar kembali ramai dikunjungi wisatawan setelah jalan darat menuju desa itu selesai diperbaiki.",
        "Sejak subuh, puluhan perempuan pedagang mendayung jukung yang penuh sayur, buah dan kue tradisional.",
        "Wisatawan dari Banjarmasin bisa datang dengan perahu klotok menyusuri Sungai Martapura sekitar satu jam.",
        "Pemerintah kabupaten berencana membangun dermaga kecil agar wisatawan tidak perlu naik turun perahu di tepi sungai yang licin.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>BANUA POST | Pasar Terapung Lok Baintan Kembali Ramai Dikunjungi Wisatawan</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Pasar Terapung Lok Baintan Kembali Ramai Dikunjungi Wisatawan","datePublished":"2024-11-10T07:45:00+08:00","author":{"@type":"Person","name":"Redaksi"}}</script>
</head><body>
<div class="top"><a href="/">BANUA POST</a> <a href="/kategori/banjarmasin">Banjarmasin</a> <a href="/kategori/banjar">Banjar</a> <a href="/kategori/olahraga">Olahraga</a></div>
<div class="content-wrap">
<div class="post-category"><a href="/kategori/banjar">BANJAR</a></div>
<div class="post-heading">Pasar Terapung Lok Baintan Kembali Ramai Dikunjungi Wisatawan</div>
<div class="post-byline">Redaksi · 10/11/2024, 07:45 WITA</div>
<div class="post-entry">
{BODY}
</div>
<div class="share-buttons">Bagikan: <a>Facebook</a> <a>X</a> <a>WhatsApp</a></div>
</div>
<div class="sidebar"><div class="widget-title">Berita Terbaru</div><ul><li><a href="/b1">Jembatan Basit Ditutup Sementara</a> <span>11/11/2024, 09:00 WITA</span></li></ul></div>
<footer>© 2024 BANUA POST</footer>
</body></html>""")

page(
    id="b8-url-only-date",
    url="https://warta-desa.example.id/2024/11/08/petani-jagung-di-dompu-panen-lebih-awal/",
    title="Petani Jagung di Dompu Panen Lebih Awal",
    published="2024-11-08",
    paras=[
        "Petani jagung di sejumlah desa di Kabupaten Dompu memanen lebih awal karena khawatir hujan deras merusak tongkol yang sudah tua.",
        "Jagung yang dipanen lebih awal dijemur di halaman rumah dan pinggir jalan desa sebelum dijual ke pengepul.",
        "Harga jagung pipilan kering di tingkat petani saat ini sekitar Rp 4.800 per kilogram.",
        "Petani berharap gudang milik koperasi desa segera rampung agar mereka bisa menyimpan hasil panen saat harga turun.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Petani Jagung di Dompu Panen Lebih Awal &#8211; Warta Desa</title>
<meta name="generator" content="WordPress 6.4.2">
</head><body class="single">
<div class="site-header"><a href="/">Warta Desa</a><nav><a href="/category/pertanian">Pertanian</a> <a href="/category/desa">Desa</a></nav></div>
<div class="site-content">
<article class="post">
<header class="entry-header"><h1 class="entry-title">Petani Jagung di Dompu Panen Lebih Awal</h1></header>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/pertanian">Pertanian</a></span></footer>
</article>
<aside class="widget"><h2 class="widget-title">Pos-pos Terbaru</h2><ul><li><a href="/2024/11/09/x/">Irigasi Desa Kempo Diperbaiki</a> <span class="post-date">9 November 2024</span></li><li><a href="/2024/11/07/y/">Harga Bawang Merah di Bima Naik</a> <span class="post-date">7 November 2024</span></li></ul></aside>
</div>
<footer class="site-footer">Warta Desa &copy; 2024</footer>
</body></html>""")

page(
    id="b8-diperbarui-titik",
    url="https://www.kabarbisnis.example.id/ekonomi/bank-daerah-turunkan-bunga-kredit-usaha-nelayan",
    title="Bank Daerah Turunkan Bunga Kredit Usaha Nelayan",
    published="2024-11-12T19:30+07:00",
    paras=[
        "Bank pembangunan daerah menurunkan bunga kredit usaha bagi nelayan dan pembudidaya ikan menjadi enam persen per tahun mulai bulan depan.",
        "Direktur pemasaran bank itu mengatakan penurunan bunga berlaku untuk pinjaman hingga Rp 50 juta dengan jangka waktu tiga tahun.",
        "Nelayan yang mengajukan kredit cukup melampirkan kartu pelaku usaha kelautan dan perikanan serta surat keterangan dari kelompoknya.",
        "Bank menargetkan penyaluran kredit kepada dua ribu nelayan hingga pertengahan tahun depan.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Bank Daerah Turunkan Bunga Kredit Usaha Nelayan | Kabar Bisnis</title>
<meta property="og:title" content="Bank Daerah Turunkan Bunga Kredit Usaha Nelayan">
<meta property="og:type" content="article">
<meta property="article:modified_time" content="2024-11-13T08:10:00+07:00">
</head><body>
<div class="nav"><a href="/">Kabar Bisnis</a> <a href="/ekonomi">Ekonomi</a> <a href="/keuangan">Keuangan</a></div>
<article>
<h1>Bank Daerah Turunkan Bunga Kredit Usaha Nelayan</h1>
<div class="article-meta"><div class="updated">Diperbarui 13 Nov 2024 08.10</div><div class="published">Diterbitkan 12 Nov 2024 19.30</div><div class="byline">Oleh Maya Sari</div></div>
<div class="article-body">
{BODY}
</div>
</article>
<aside><h3>Terpopuler</h3><ol><li><a href="/p1">Rupiah Ditutup Menguat</a> <span>13 Nov 2024 16.00</span></li></ol></aside>
</body></html>""")

page(
    id="b8-english-month-wit",
    url="https://papuaterkini.example.id/news/guru-honorer-di-pegunungan-bintang-terima-insentif",
    title="Guru Honorer di Pegunungan Bintang Terima Insentif Daerah",
    published="2024-11-12T19:30+09:00",
    paras=[
        "OKSIBIL - Sebanyak 312 guru honorer di Kabupaten Pegunungan Bintang menerima insentif daerah untuk enam bulan yang dibayarkan sekaligus.",
        "Insentif dibayarkan melalui rekening bank agar guru yang bertugas di distrik terpencil tidak perlu datang ke ibu kota kabupaten.",
        "Kepala dinas pendidikan setempat mengatakan besaran insentif dibedakan menurut jarak tempat tugas dari Oksibil.",
        "Para guru berharap insentif dibayarkan tepat waktu setiap tiga bulan pada tahun depan.",
    ],
    html="""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>Guru Honorer di Pegunungan Bintang Terima Insentif Daerah - Papua Terkini</title>
<meta property="og:title" content="Guru Honorer di Pegunungan Bintang Terima Insentif Daerah">
<meta property="og:type" content="article">
</head><body>
<div class="header"><a href="/">Papua Terkini</a> <a href="/news">News</a> <a href="/pendidikan">Pendidikan</a></div>
<div class="single">
<h1 class="single-post-title">Guru Honorer di Pegunungan Bintang Terima Insentif Daerah</h1>
<div class="single-post-meta"><span class="meta-author">By Yosias Kalakmabin</span> <span class="meta-date">Tuesday, 12 November 2024 - 19:30 WIT</span></div>
<div class="single-post-content">
{BODY}
</div>
<div class="post-tags">Tags: <a href="/tag/guru">guru</a> <a href="/tag/pendidikan">pendidikan</a></div>
</div>
<div class="footer">Copyright © 2024 Papua Terkini</div>
</body></html>""")

page(
    id="b8-foto-kurung-caps",
    url="https://malutpost.example.id/foto/2024/11/12/ribuan-warga-padati-pawai-budaya-di-ternate",
    title="[FOTO] Ribuan Warga Padati Pawai Budaya di Ternate",
    published="2024-11-12T16:00+09:00",
    paras=[
        "Ribuan warga memadati jalan utama Kota Ternate untuk menyaksikan pawai budaya dalam rangka hari jadi kota, Selasa sore.",
        "Peserta pawai dari setiap kelurahan mengenakan pakaian adat dan membawa hasil bumi yang dihias.",
        "Rombongan penari dari pulau-pulau sekitar Ternate tampil di depan panggung kehormatan di kawasan benteng.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>[FOTO] Ribuan Warga Padati Pawai Budaya di Ternate | MALUT POST</title>
<meta property="og:title" content="[FOTO] Ribuan Warga Padati Pawai Budaya di Ternate | MALUT POST">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-11-12T07:00:00+00:00">
</head><body>
<div class="header"><a href="/">MALUT POST</a> <a href="/ternate">TERNATE</a> <a href="/halmahera">HALMAHERA</a> <a href="/foto">FOTO</a></div>
<div class="detail">
<h1 class="detail-title">[FOTO] Ribuan Warga Padati Pawai Budaya di Ternate</h1>
<div class="detail-date">12 Nov 2024 16.00 WIT</div>
<div class="detail-photo"><img src="/pawai1.jpg"><p class="caption">Penari dari Pulau Hiri tampil dalam pawai. (MALUT POST/Ikram Salim)</p></div>
<div class="detail-text">
{BODY}
</div>
<div class="detail-photo"><img src="/pawai2.jpg"><p class="caption">Warga menyaksikan pawai di depan benteng. (MALUT POST/Ikram Salim)</p></div>
</div>
<div class="footer">© 2024 MALUT POST</div>
</body></html>""")

page(
    id="b8-kicker-rubrik-og-beda",
    url="https://www.harianekonomi.example.id/makro/inflasi-oktober-0-08-persen-harga-bawang-merah-turun",
    title="Inflasi Oktober 0,08 Persen: Harga Bawang Merah Turun",
    published="2024-11-01T11:05+07:00",
    paras=[
        "Badan Pusat Statistik mencatat inflasi bulanan Oktober sebesar 0,08 persen, lebih rendah dari bulan sebelumnya.",
        "Penurunan harga bawang merah, cabai merah dan telur ayam ras menahan laju kenaikan harga kelompok makanan.",
        "Sebaliknya, harga emas perhiasan dan tarif angkutan udara masih menjadi penyumbang inflasi terbesar.",
        "Secara tahunan, inflasi tercatat 1,7 persen dan masih berada dalam rentang sasaran bank sentral.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Inflasi Oktober 0,08 Persen, Bawang Merah Jadi Penahan Harga | Harian Ekonomi</title>
<meta property="og:title" content="Inflasi Oktober 0,08 Persen, Bawang Merah Jadi Penahan Harga Pangan Bulan Ini">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-11-01T11:05:00+07:00">
</head><body>
<div class="nav"><a href="/">Harian Ekonomi</a> <a href="/makro">Makro</a> <a href="/pasar">Pasar</a> <a href="/energi">Energi</a></div>
<article class="article">
<div class="rubrik">MAKRO</div>
<div class="label-row"><span class="label">TERPOPULER</span> <span class="label">DATA</span></div>
<h1 class="article-title">Inflasi Oktober 0,08 Persen: Harga Bawang Merah Turun</h1>
<div class="article-date">Jumat, 1 November 2024 | 11:05 WIB</div>
<div class="article-content">
{BODY}
</div>
</article>
<aside><h3>Baca Juga</h3><ul><li><a href="/x">Harga Beras Medium Stabil Sepekan</a></li></ul></aside>
</body></html>""")

page(
    id="b8-kutipan-judul",
    url="https://www.kabarpesisir.example.id/read/2024/11/05/kami-hanya-ingin-air-bersih-kata-warga-pesisir-demak",
    title="\"Kami Hanya Ingin Air Bersih,\" Kata Warga Pesisir Demak",
    published="2024-11-05T09:00+07:00",
    paras=[
        "DEMAK - Warga Desa Timbulsloko di pesisir Demak mengeluhkan sulitnya mendapatkan air bersih sejak sumur mereka tercemar air laut.",
        "Setiap hari warga harus membeli air dalam jeriken dari pedagang yang datang dengan perahu.",
        "\"Kami tidak minta macam-macam. Kami hanya ingin air bersih,\" kata Sumiyati, warga yang rumahnya dikelilingi air pasang.",
        "Pemerintah kabupaten berjanji memasang pipa air bersih dari desa tetangga pada tahun depan.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>&quot;Kami Hanya Ingin Air Bersih,&quot; Kata Warga Pesisir Demak - Kabar Pesisir</title>
<meta property="og:title" content="“Kami Hanya Ingin Air Bersih,” Kata Warga Pesisir Demak">
<meta property="og:type" content="article">
<meta name="pubdate" content="2024-11-05T02:00:00Z">
</head><body>
<div class="nav"><a href="/">Kabar Pesisir</a> <a href="/jateng">Jateng</a> <a href="/lingkungan">Lingkungan</a></div>
<div class="read">
<h1>"Kami Hanya Ingin Air Bersih," Kata Warga Pesisir Demak</h1>
<div class="read-date">Selasa, 5 November 2024 | 09:00 WIB</div>
<div class="read-content">
{BODY}
</div>
</div>
</body></html>""")

page(
    id="b8-kompas-halaman-all",
    url="https://regional.kompas.com/read/2019/11/12/19300011/kampung-pelangi-semarang-dicat-ulang-jelang-akhir-tahun?page=all",
    title="Kampung Pelangi Semarang Dicat Ulang Jelang Akhir Tahun",
    published="2019-11-12T19:30+07:00",
    paras=[
        "SEMARANG, KOMPAS.com - Ratusan rumah di Kampung Pelangi, Kelurahan Randusari, Kota Semarang, dicat ulang menjelang akhir tahun.",
        "Pengecatan dilakukan karena warna-warni dinding rumah yang dicat tiga tahun lalu mulai pudar dan mengelupas.",
        "Warga bersama mahasiswa seni rupa bergiliran mengecat rumah setiap akhir pekan.",
        "Ketua RW setempat mengatakan jumlah pengunjung kampung itu turun karena tampilannya tidak lagi menarik untuk berfoto.",
        "Pemerintah kota menyumbang cat, sedangkan warga menyediakan tenaga dan konsumsi.",
    ],
    inserts={2: '<p><strong>Baca juga: </strong><a href="/r1">Taman Kali Semarang Ditata Ulang</a></p>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Kampung Pelangi Semarang Dicat Ulang Jelang Akhir Tahun Halaman all - Kompas.com</title>
<meta property="og:title" content="Kampung Pelangi Semarang Dicat Ulang Jelang Akhir Tahun Halaman all">
<meta property="og:type" content="article">
<meta name="content_PublishedDate" content="2019-11-12 19:30:11">
</head><body>
<div class="nav"><a href="https://www.kompas.com">Kompas.com</a> <a href="https://nasional.kompas.com">Nasional</a> <a href="https://regional.kompas.com">Regional</a> <a href="https://megapolitan.kompas.com">Megapolitan</a></div>
<div class="read__header">
<h1 class="read__title">Kampung Pelangi Semarang Dicat Ulang Jelang Akhir Tahun</h1>
<div class="read__time">Kompas.com - 12/11/2019, 19:30 WIB</div>
<div class="read__author">Penulis Kontributor Semarang, Riska Farasonalia | Editor Khairina</div>
</div>
<div class="photo"><img src="/pelangi.jpg"><div class="photo__caption">Warga mengecat rumah di Kampung Pelangi, Semarang.</div></div>
<div class="read__content">
{BODY}
</div>
<div class="paging"><a href="?page=1">1</a> <a href="?page=2">2</a> <a class="paging__link--active">Show All</a></div>
<div class="most"><h3>Terpopuler</h3><a href="/m1">Banjir Rob Genangi Jalan Kaligawe</a></div>
</body></html>""")

page(
    id="b8-h1-kanal-h2-judul",
    url="https://sulteng-news.example.id/daerah/2024/11/11/nelayan-teluk-palu-kembali-gunakan-bagan-apung",
    title="Nelayan Teluk Palu Kembali Gunakan Bagan Apung",
    published="2024-11-11T08:15+08:00",
    paras=[
        "PALU - Nelayan di Teluk Palu kembali memakai bagan apung untuk menangkap ikan teri setelah bertahun-tahun beralih ke pancing.",
        "Bagan apung dibuat dari rangka bambu di atas dua perahu yang dipasangi lampu untuk menarik ikan pada malam hari.",
        "Kelompok nelayan setempat menerima bantuan lampu tenaga surya sehingga tidak lagi bergantung pada genset berbahan bakar solar.",
        "Hasil tangkapan teri dijemur di pantai dan dijual ke pengepul dari Makassar dan Gorontalo.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Nelayan Teluk Palu Kembali Gunakan Bagan Apung</title>
<meta property="og:type" content="article">
</head><body>
<div class="top"><a href="/">Sulteng News</a> <a href="/daerah">Daerah</a> <a href="/ekonomi">Ekonomi</a></div>
<div class="content">
<h1 class="section-name">Berita Daerah</h1>
<div class="article">
<h2 class="article-title">Nelayan Teluk Palu Kembali Gunakan Bagan Apung</h2>
<div class="article-date">November 11, 2024 08:15 WITA</div>
<div class="article-text">
{BODY}
</div>
</div>
<div class="more"><h3>Berita Lainnya</h3><ul><li><a href="/m1">Harga Ikan Cakalang di Pasar Masomba Turun</a> <span>November 10, 2024</span></li></ul></div>
</div>
</body></html>""")

page(
    id="b8-mliputan6-diperbarui",
    url="https://m.liputan6.com/news/read/5812345/polisi-selidiki-kebakaran-gudang-plastik-di-tangerang",
    title="Polisi Selidiki Kebakaran Gudang Plastik di Tangerang",
    published="2024-11-12T06:15+07:00",
    paras=[
        "Liputan6.com, Tangerang - Polisi menyelidiki penyebab kebakaran gudang penyimpanan bijih plastik di kawasan pergudangan Kecamatan Pasar Kemis, Kabupaten Tangerang.",
        "Api yang muncul sekitar pukul 02.00 WIB baru bisa dipadamkan setelah 15 mobil pemadam dikerahkan selama empat jam.",
        "Tidak ada korban jiwa dalam kebakaran itu, tetapi dua pekerja yang berjaga malam dirawat karena menghirup asap.",
        "Polisi telah memasang garis polisi dan memeriksa tiga orang saksi, termasuk penjaga gudang.",
    ],
    inserts={2: '<div class="baca-juga-collections"><div class="baca-juga-collections__title">Baca Juga</div><ul><li><a href="/r1">Kebakaran Pabrik Sandal di Tangerang Padam</a></li><li><a href="/r2">Damkar Tangerang Tambah Pos Jaga</a></li></ul></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Polisi Selidiki Kebakaran Gudang Plastik di Tangerang - News Liputan6.com</title>
<meta property="og:title" content="Polisi Selidiki Kebakaran Gudang Plastik di Tangerang">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-11-12T06:15:00+07:00">
<meta property="article:modified_time" content="2024-11-12T09:40:00+07:00">
</head><body class="mobile">
<div class="header"><a href="/">Liputan6</a> <a href="/news">News</a> <a href="/bisnis">Bisnis</a> <a href="/bola">Bola</a></div>
<article class="read-page">
<header class="read-page--header">
<h1 class="read-page--header--title">Polisi Selidiki Kebakaran Gudang Plastik di Tangerang</h1>
<div class="read-page--header--author"><span class="read-page--header--author__name">Pramita Tristiawati</span>
<p class="read-page--header--author__datetime-wrapper"><span>Diterbitkan</span> <time class="read-page--header--author__datetime" datetime="2024-11-12 06:15:00">12 Nov 2024, 06:15 WIB</time></p>
<p class="read-page--header--author__modified-time">Diperbarui 12 Nov 2024, 09:40 WIB</p></div>
</header>
<div class="article-content-body__item-content">
{BODY}
</div>
<div class="tags--snippet"><a href="/tag/kebakaran">kebakaran</a> <a href="/tag/tangerang">tangerang</a></div>
</article>
<div class="related"><h3>Berita Terkini</h3><a href="/t1">Polisi Tangkap Pencuri Kabel di Serpong</a></div>
</body></html>""")
