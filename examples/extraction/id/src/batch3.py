# Batch 3: real-world damage, scored blind: a Windows-1252 page declared as UTF-8-less, a page whose only date is
# a visible line after an update line, an SEO og:title that differs from the h1, a page with no metadata at all,
# a date only in the URL path, an English-month date line, a related box with a nearer date. All news fictional.

PAGES = []

PAGES.append(dict(
    id="cp1252-harian-pesisir",
    url="https://harianpesisir.id/2025/06/02/perahu-motor-tenggelam-di-selat-alas-semua-penumpang-selamat",
    title="Perahu Motor Tenggelam di Selat Alas, Semua Penumpang Selamat",
    published="2025-06-02T15:40+08:00",
    charset="cp1252",
    paras=[
        "SUMBAWA – Sebuah perahu motor yang mengangkut 14 penumpang tenggelam di Selat Alas, Senin sore, setelah dihantam ombak setinggi dua meter.",
        "Seluruh penumpang berhasil diselamatkan nelayan yang kebetulan melintas, sebelum tim SAR gabungan tiba di lokasi.",
        "“Kami melihat perahu itu oleng lalu terbalik. Kami langsung mendekat dan menarik penumpang satu per satu,” kata Lalu Ahmad, nelayan asal Labuhan Lombok.",
        "Kepala Kantor Pencarian dan Pertolongan setempat mengimbau pemilik perahu tidak berlayar saat gelombang tinggi dan melengkapi kapal dengan jaket pelampung.",
    ],
    html="""<html><head>
<title>Perahu Motor Tenggelam di Selat Alas, Semua Penumpang Selamat | Harian Pesisir</title>
<meta name="description" content="Sebuah perahu motor tenggelam di Selat Alas.">
</head><body>
<div class="menu"><a href="/">Harian Pesisir</a> <a href="/ntb">NTB</a> <a href="/bali">Bali</a></div>
<div class="post">
<h1 class="post-title">Perahu Motor Tenggelam di Selat Alas, Semua Penumpang Selamat</h1>
<div class="post-meta">Senin, 2 Juni 2025 | 15:40 WITA</div>
<div class="post-body">
{BODY}
</div>
<div class="share">Bagikan: <a>WhatsApp</a> <a>Facebook</a></div>
</div>
<div class="footer">© 2025 Harian Pesisir – Semua hak dilindungi</div>
</body></html>"""))

PAGES.append(dict(
    id="update-before-publish",
    url="https://kabarkota.co.id/news/angkot-listrik-mulai-beroperasi-di-tiga-rute",
    title="Angkot Listrik Mulai Beroperasi di Tiga Rute",
    published="2025-06-03T07:30+07:00",
    paras=[
        "BOGOR, kabarkota.co.id - Angkutan kota bertenaga listrik mulai beroperasi di tiga rute dalam kota, Selasa pagi, menggantikan sebagian armada lama yang sudah berusia lebih dari 15 tahun.",
        "Pada tahap awal, 30 unit angkot listrik melayani rute terminal, stasiun dan kawasan kampus dengan tarif yang sama seperti angkot biasa.",
        "Dinas Perhubungan menyiapkan dua lokasi pengisian daya di terminal dan pool armada.",
        "Para sopir yang dulu mengemudikan angkot lama diprioritaskan untuk mengemudikan armada baru setelah mengikuti pelatihan.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Angkot Listrik Mulai Beroperasi di Tiga Rute</title>
<meta property="og:type" content="article">
</head><body>
<div class="nav"><a href="/">kabarkota</a> <a href="/news">News</a></div>
<article>
<h1>Angkot Listrik Mulai Beroperasi di Tiga Rute</h1>
<div class="meta"><span>Diperbarui: Selasa, 3 Juni 2025 | 09:12 WIB</span> <span>Diterbitkan: Selasa, 3 Juni 2025 | 07:30 WIB</span></div>
<div class="content">
{BODY}
</div>
</article>
<aside class="sidebar"><h3>Terbaru</h3><ul><li><a href="/x">Jalan Pajajaran Ditutup Sementara</a> <span>Rabu, 4 Juni 2025 | 10:00 WIB</span></li></ul></aside>
</body></html>"""))

PAGES.append(dict(
    id="seo-og-title",
    url="https://warta-ekonomi.example.id/read/2025/06/04/harga-telur-ayam-turun",
    title="Harga Telur Ayam Turun di Pasar Tradisional",
    published="2025-06-04T10:10+07:00",
    paras=[
        "Harga telur ayam ras di sejumlah pasar tradisional turun dalam sepekan terakhir karena pasokan dari peternak di Jawa Timur melimpah.",
        "Di Pasar Kramat, harga telur kini dijual Rp 26.000 per kilogram, lebih murah Rp 2.000 dibandingkan pekan lalu.",
        "Pedagang memperkirakan harga akan kembali naik menjelang Iduladha karena permintaan untuk kue dan hidangan biasanya meningkat.",
        "Asosiasi peternak meminta pemerintah membantu menyerap kelebihan pasokan agar harga di tingkat peternak tidak jatuh di bawah biaya produksi.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Harga Telur Hari Ini Turun! Cek Daftar Harga Telur Ayam Terbaru Juni 2025 - Warta Ekonomi</title>
<meta property="og:title" content="Harga Telur Hari Ini Turun! Cek Daftar Harga Telur Ayam Terbaru Juni 2025">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Warta Ekonomi">
<meta property="article:published_time" content="2025-06-04T10:10:00+07:00">
</head><body>
<div class="nav"><a href="/">Warta Ekonomi</a> <a href="/makro">Makro</a></div>
<div class="article">
<h1>Harga Telur Ayam Turun di Pasar Tradisional</h1>
<p class="date">Rabu, 4 Juni 2025 - 10:10 WIB</p>
<div class="article-body">
{BODY}
</div>
</div>
<div class="footer">Copyright © 2025 Warta Ekonomi</div>
</body></html>"""))

PAGES.append(dict(
    id="no-metadata-url-date",
    url="https://suarapantura.id/2025/06/05/nelayan-kendal-dapat-bantuan-mesin-perahu/",
    title="Nelayan Kendal Dapat Bantuan Mesin Perahu",
    published="2025-06-05",
    paras=[
        "Sebanyak 120 nelayan di Kabupaten Kendal menerima bantuan mesin perahu dari pemerintah provinsi untuk menggantikan mesin lama yang sering rusak.",
        "Bantuan diserahkan langsung di tempat pelelangan ikan dan disertai pelatihan perawatan mesin oleh teknisi.",
        "Ketua kelompok nelayan setempat, Sutrisno, mengatakan mesin baru lebih hemat bahan bakar sehingga biaya melaut bisa ditekan.",
        "Pemerintah provinsi berencana menyalurkan bantuan serupa ke lima kabupaten pesisir lain hingga akhir tahun.",
    ],
    html="""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Nelayan Kendal Dapat Bantuan Mesin Perahu</title>
</head><body>
<div id="header"><a href="/">Suara Pantura</a></div>
<div id="content">
<h2 class="judul">Nelayan Kendal Dapat Bantuan Mesin Perahu</h2>
{BODY}
</div>
<div id="sidebar"><h3>Arsip</h3><ul><li><a href="/2025/05/">Mei 2025</a></li><li><a href="/2025/04/">April 2025</a></li></ul></div>
</body></html>"""))

PAGES.append(dict(
    id="english-month-line",
    url="https://www.jakartaraya.example.id/metro/banjir-kiriman-ancam-bantaran-ciliwung",
    title="Banjir Kiriman Ancam Bantaran Ciliwung",
    published="2025-06-06T21:05+07:00",
    paras=[
        "Jakarta - Warga di bantaran Kali Ciliwung diminta bersiaga karena tinggi muka air di Bendung Katulampa naik setelah hujan deras mengguyur kawasan Puncak.",
        "Petugas pintu air memperkirakan air kiriman akan tiba di Jakarta sekitar enam hingga sembilan jam kemudian.",
        "Badan penanggulangan bencana menyiagakan perahu karet dan petugas di kelurahan yang biasa tergenang.",
        "Warga diminta memindahkan barang berharga ke tempat yang lebih tinggi dan memantau informasi resmi dari kelurahan.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Banjir Kiriman Ancam Bantaran Ciliwung - JakartaRaya</title>
<meta property="og:title" content="Banjir Kiriman Ancam Bantaran Ciliwung">
<meta property="og:type" content="article">
</head><body>
<div class="nav"><a href="/">JakartaRaya</a> <a href="/metro">Metro</a></div>
<div class="post">
<h1>Banjir Kiriman Ancam Bantaran Ciliwung</h1>
<div class="byline">By Redaksi JakartaRaya · June 6, 2025 9:05 PM WIB</div>
<div class="entry">
{BODY}
</div>
<div class="related"><h4>Baca Juga</h4><ul><li><a href="/r">Tinggi Air di Katulampa Siaga Tiga</a> <small>June 6, 2025 6:40 PM</small></li></ul></div>
</div>
</body></html>"""))

PAGES.append(dict(
    id="amp-page",
    url="https://m.kabarnusantara.example.id/amp/news/2025/06/07/festival-kuliner-kota-lama-ramai-pengunjung",
    title="Festival Kuliner Kota Lama Ramai Pengunjung",
    published="2025-06-07T19:45+07:00",
    paras=[
        "Festival kuliner di kawasan Kota Lama ramai dikunjungi warga sejak dibuka Sabtu sore. Sebanyak 80 pelaku usaha makanan tradisional ikut serta.",
        "Pengunjung dapat mencicipi hidangan khas berbagai daerah, mulai dari soto, sate hingga aneka kue basah.",
        "Panitia menyediakan tempat sampah terpilah dan melarang penggunaan wadah plastik sekali pakai.",
        "Festival berlangsung hingga Minggu malam dan ditutup dengan pertunjukan musik keroncong.",
    ],
    html="""<!doctype html>
<html amp lang="id"><head><meta charset="utf-8">
<title>Festival Kuliner Kota Lama Ramai Pengunjung</title>
<link rel="canonical" href="https://www.kabarnusantara.example.id/news/2025/06/07/festival-kuliner-kota-lama-ramai-pengunjung">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Festival Kuliner Kota Lama Ramai Pengunjung","datePublished":"2025-06-07T12:45:00Z","author":{"@type":"Person","name":"Tim Redaksi"}}</script>
<style amp-custom>body{font-family:sans-serif}</style>
</head><body>
<header class="amp-header"><a href="/">Kabar Nusantara</a></header>
<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/news">News</a></li><li><a href="/kuliner">Kuliner</a></li></ul></amp-sidebar>
<article>
<h1 class="amp-title">Festival Kuliner Kota Lama Ramai Pengunjung</h1>
<div class="amp-date">Sabtu, 07 Juni 2025 19:45 WIB</div>
<amp-img src="/k.jpg" width="600" height="400"></amp-img>
<div class="amp-content">
{BODY}
</div>
<amp-ad width="300" height="250" type="doubleclick"></amp-ad>
</article>
<footer>© 2025 Kabar Nusantara</footer>
</body></html>"""))
