# Batch 5: outlets, years (2012-2026) and page furniture not imitated before, written by a helper who did not
# tune the extractor, and scored blind: a relative "2 jam lalu" beside metadata, English month abbreviations,
# a modified time as the only metadata time, a "VIDEO:" headline, site names in front of og:title, an h1 unlike
# the JSON-LD headline, embedded tweets and Instagram posts, "Simak juga video" lines, ADVERTISEMENT slots,
# an ISO-8859-1 page of 2012, a WIT page with a numeric date, an English "Published / Updated" line and the
# first page of a paginated story. All news fictional, our own sentences.

PAGES = []


def page(**kw):
    PAGES.append(kw)


page(
    id="b5-kumparan-relatif",
    url="https://kumparan.com/kumparannews/warga-cipayung-gotong-royong-bersihkan-saluran-1sXyZ0aBcDe",
    title="Warga Cipayung Gotong Royong Bersihkan Saluran Air Jelang Musim Hujan",
    published="2019-10-20T09:12+07:00",
    paras=[
        "Ratusan warga Kelurahan Cipayung, Jakarta Timur, bergotong royong membersihkan saluran air di lingkungan mereka pada Minggu (20/10) pagi.",
        "Kegiatan itu digelar karena saluran yang tersumbat sampah dan lumpur membuat beberapa gang tergenang setiap kali hujan turun agak lama.",
        "Lurah Cipayung, Hendra Gunawan, mengatakan pihaknya meminjamkan gerobak dan cangkul kepada setiap rukun warga yang ikut serta.",
        {"html": '<blockquote class="twitter-tweet"><p lang="in" dir="ltr">Pagi ini kerja bakti bareng warga RW 04, saluran depan musala akhirnya bersih lagi <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Kelurahan Cipayung (@kelcipayung) <a href="https://twitter.com/kelcipayung/status/1">October 20, 2019</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>',
         "text": ["Pagi ini kerja bakti bareng warga RW 04, saluran depan musala akhirnya bersih lagi pic.twitter.com/abc",
                  "— Kelurahan Cipayung (@kelcipayung) October 20, 2019"]},
        "\"Kalau tunggu petugas saja tidak akan selesai sebelum musim hujan. Warga yang tahu titik mana yang paling sering mampet,\" ujar Hendra.",
        "Sampah yang terkumpul diangkut truk dinas lingkungan hidup ke tempat pembuangan sementara pada siang harinya.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Warga Cipayung Gotong Royong Bersihkan Saluran Air Jelang Musim Hujan | kumparanNEWS</title>
<meta property="og:title" content="Warga Cipayung Gotong Royong Bersihkan Saluran Air Jelang Musim Hujan">
<meta property="og:type" content="article"><meta property="og:site_name" content="kumparan">
<meta property="article:published_time" content="2019-10-20T02:12:44.000Z">
</head><body>
<div id="root"><div class="Navbar"><a href="/">kumparan</a> <a href="/kumparannews">NEWS</a> <a href="/kumparanbisnis">BISNIS</a> <a href="/kumparanbola">BOLA</a> <a href="/kumparanhits">HITS</a></div>
<div class="StoryWrapper">
<div class="Author"><a href="/kumparannews">kumparanNEWS</a><span class="Time">2 jam lalu</span></div>
<h1 class="Title">Warga Cipayung Gotong Royong Bersihkan Saluran Air Jelang Musim Hujan</h1>
<div class="Cover"><img src="/c.jpg"><span class="Caption">Warga membersihkan saluran air di Cipayung. Foto: kumparan</span></div>
<div class="StoryBody">
{BODY}
</div>
<div class="Reaction"><span>Suka</span> <span>Komentar</span> <span>Bagikan</span></div>
<div class="Related"><h3>Lihat Juga</h3><a href="/x">Pintu Air Manggarai Siaga Empat</a> <a href="/y">Warga Kampung Melayu Siapkan Perahu</a></div>
</div></div>
</body></html>""")

page(
    id="b5-katadata-subjudul",
    url="https://katadata.co.id/berita/nasional/6140a1b2c3d4e/produksi-garam-rakyat-di-madura-anjlok-akibat-kemarau-basah",
    title="Produksi Garam Rakyat di Madura Anjlok karena Kemarau Basah, Petambak Beralih ke Rumput Laut",
    published="2021-09-14T06:30+07:00",
    paras=[
        "Produksi garam rakyat di empat kabupaten di Pulau Madura turun hampir separuh tahun ini karena hujan masih sering turun pada bulan-bulan yang biasanya kering.",
        "Asosiasi petambak garam setempat mencatat produksi hingga pertengahan September baru mencapai 310 ribu ton, jauh di bawah capaian tahun lalu pada periode yang sama.",
        ("h2", "Harga di Tingkat Petambak Naik"),
        "Berkurangnya pasokan membuat harga garam krosok di tingkat petambak naik menjadi Rp 900 per kilogram dari sebelumnya sekitar Rp 400.",
        "Namun kenaikan harga itu belum menutup biaya produksi karena banyak petambak hanya bisa memanen dua kali dalam sebulan.",
        ("h2", "Beralih ke Rumput Laut"),
        "Sebagian petambak di pesisir selatan Sumenep mulai memanfaatkan lahan yang tergenang untuk membudidayakan rumput laut sambil menunggu cuaca membaik.",
        "Dinas kelautan kabupaten menyalurkan bibit rumput laut kepada tiga puluh kelompok petambak sebagai usaha sementara.",
    ],
    inserts={3: '<figure class="image-caption"><img src="/g.jpg"><figcaption>Petambak mengumpulkan garam di Kabupaten Pamekasan, Jawa Timur. (Katadata/Rizky Fadilah)</figcaption></figure>',
             6: '<div class="ads"><div class="ads-label">ADVERTISEMENT</div><div id="div-gpt-ad-1"></div></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Produksi Garam Madura Anjlok, Petambak Beralih ke Rumput Laut - Nasional Katadata.co.id</title>
<meta property="og:title" content="Produksi Garam Madura Anjlok, Petambak Beralih ke Rumput Laut">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://katadata.co.id/berita/nasional/6140a1b2c3d4e/produksi-garam-rakyat-di-madura-anjlok-akibat-kemarau-basah","headline":"Produksi Garam Madura Anjlok, Petambak Beralih ke Rumput Laut","datePublished":"2021-09-14T06:30:00+07:00","dateModified":"2021-09-15T11:02:00+07:00","author":{"@type":"Person","name":"Rizky Fadilah"},"publisher":{"@type":"Organization","name":"Katadata"}}</script>
</head><body>
<header><a href="/">Katadata</a> <a href="/berita">Berita</a> <a href="/analisisdata">Analisis Data</a> <a href="/infografik">Infografik</a></header>
<div class="detail-wrapper">
<div class="section-title"><a href="/berita/nasional">Nasional</a></div>
<h1 class="detail-title">Produksi Garam Rakyat di Madura Anjlok karena Kemarau Basah, Petambak Beralih ke Rumput Laut</h1>
<div class="detail-author">Oleh Rizky Fadilah</div>
<div class="detail-date">14 Sep 2021, 06.30 WIB</div>
<div class="detail-body">
{BODY}
</div>
<div class="tags"><a href="/tags/garam">garam</a> <a href="/tags/madura">madura</a></div>
<div class="terkait"><h3>Berita Terkait</h3><ul><li><a href="/t1">Impor Garam Industri Dibatasi Mulai Tahun Depan</a> <span>13 Sep 2021, 17.05 WIB</span></li></ul></div>
</div>
<footer>© Katadata 2021</footer>
</body></html>""")

page(
    id="b5-bisnis-modified-only",
    url="https://ekonomi.bisnis.com/read/20160808/9/573210/tarif-kargo-udara-ke-indonesia-timur-turun",
    title="Tarif Kargo Udara ke Indonesia Timur Turun",
    published="2016-08-08T06:00+07:00",
    paras=[
        "Bisnis.com, JAKARTA — Maskapai kargo menurunkan tarif pengiriman barang melalui udara ke sejumlah kota di Indonesia timur hingga 15% mulai bulan ini.",
        "Penurunan tarif berlaku untuk rute dari Surabaya dan Makassar menuju Jayapura, Sorong, Ternate dan Kupang.",
        "Ketua asosiasi perusahaan jasa pengiriman setempat mengatakan penurunan tarif dimungkinkan setelah muatan balik dari kota-kota tujuan bertambah.",
        "Selama ini pesawat kargo kerap kembali dalam keadaan hampir kosong sehingga biaya penerbangan dibebankan pada muatan berangkat.",
        "Pelaku usaha kecil di Papua berharap penurunan tarif membuat harga bahan bangunan dan makanan kemasan di daerah itu ikut turun.",
    ],
    inserts={2: '<div class="baca-juga-box"><span>Baca Juga :</span><ul><li><a href="/a">Tol Laut Angkut 40 Kontainer ke Merauke</a></li><li><a href="/b">Harga Semen di Wamena Mulai Turun</a></li></ul></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Tarif Kargo Udara ke Indonesia Timur Turun | Ekonomi - Bisnis.com</title>
<meta property="og:title" content="Tarif Kargo Udara ke Indonesia Timur Turun">
<meta property="og:type" content="article">
<meta property="article:modified_time" content="2016-08-08T11:45:00+07:00">
<meta name="description" content="Maskapai kargo menurunkan tarif pengiriman barang melalui udara ke Indonesia timur.">
</head><body>
<div class="navbar"><a href="/">Bisnis.com</a> <a href="//market.bisnis.com">Market</a> <a href="//finansial.bisnis.com">Finansial</a> <a href="//ekonomi.bisnis.com">Ekonomi</a> <a href="//kabar24.bisnis.com">Kabar24</a></div>
<div class="detailsContent">
<h1 class="detailsTitleCaption">Tarif Kargo Udara ke Indonesia Timur Turun</h1>
<div class="detailsAuthor"><span>Yohanes Pratama</span></div>
<div class="detailsAttributeDates">Dipublikasikan: Senin, 8/8/2016 | 06:00 WIB<br>Diperbarui: Senin, 8/8/2016 | 11:45 WIB</div>
<div class="detailsContent-body">
{BODY}
</div>
<div class="detailsEditor">Editor : Dwi Handayani</div>
<div class="box-populer"><h3>Terpopuler</h3><ol><li><a href="/p1">IHSG Ditutup Menguat 0,8%</a></li><li><a href="/p2">Rupiah Melemah Tipis Sore Ini</a></li></ol></div>
</div>
<footer>Copyright © 2016 Bisnis.com. All Rights Reserved</footer>
</body></html>""")

page(
    id="b5-jawapos-video",
    url="https://www.jawapos.com/video/12/03/2014/banjir-rob-genangi-pelabuhan-tanjung-emas",
    title="VIDEO: Banjir Rob Genangi Pelabuhan Tanjung Emas",
    published="2014-03-12T17:22+07:00",
    paras=[
        "Banjir rob kembali menggenangi kawasan Pelabuhan Tanjung Emas, Semarang, Rabu sore. Air laut pasang masuk ke jalan akses pelabuhan setinggi lutut orang dewasa.",
        "Truk-truk pengangkut peti kemas terpaksa berjalan pelan dan sebagian memilih menunggu air surut di tepi jalan.",
        "Petugas pelabuhan menyalakan pompa untuk mengalirkan genangan kembali ke laut, tetapi air baru surut menjelang malam.",
        "Warga kampung nelayan di sekitar pelabuhan mengatakan rob datang hampir setiap sore sejak awal bulan.",
    ],
    inserts={0: '<div class="video-embed"><iframe src="https://www.youtube.com/embed/xyz" width="640" height="360"></iframe></div>',
             3: '<p class="simak"><strong>Simak juga video: <a href="/video/2">Detik-detik Tanggul Jebol di Kaligawe</a></strong></p>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>VIDEO: Banjir Rob Genangi Pelabuhan Tanjung Emas - Jawa Pos</title>
<meta property="og:title" content="VIDEO: Banjir Rob Genangi Pelabuhan Tanjung Emas - Jawa Pos">
<meta property="og:type" content="video.other">
</head><body>
<div class="header"><a href="/">JawaPos.com</a> <a href="/nasional">Nasional</a> <a href="/jpg-today">Jatim</a> <a href="/video">Video</a> <a href="/sepak-bola">Sepak Bola</a></div>
<div class="content" itemscope itemtype="http://schema.org/VideoObject">
<meta itemprop="datePublished" content="2014-03-12T17:22:00+07:00">
<h1 class="title" itemprop="name">VIDEO: Banjir Rob Genangi Pelabuhan Tanjung Emas</h1>
<div class="date">Rabu, 12 Maret 2014 | 17:22 WIB</div>
<div class="reporter">Reporter: Sigit Wibowo</div>
<div class="content-text" itemprop="description">
{BODY}
</div>
<div class="video-list"><h4>Video Lainnya</h4><a href="/v1">Kemacetan Panjang di Jalur Pantura</a> <a href="/v2">Pasar Johar Mulai Dibangun Kembali</a></div>
</div>
<div class="footer">© 2014 Jawa Pos</div>
</body></html>""")

page(
    id="b5-tribuntimur-wita-halaman",
    url="https://makassar.tribunnews.com/2017/02/06/perahu-pinisi-pesanan-turis-prancis-diluncurkan-di-bulukumba",
    title="Perahu Pinisi Pesanan Turis Prancis Diluncurkan di Bulukumba",
    published="2017-02-06T08:15+08:00",
    paras=[
        "TRIBUN-TIMUR.COM, BULUKUMBA - Sebuah perahu pinisi sepanjang 32 meter pesanan pengusaha wisata asal Prancis diluncurkan ke laut di Tanah Beru, Kabupaten Bulukumba, Senin (6/2/2017) pagi.",
        "Peluncuran diawali ritual adat yang dipimpin panrita lopi, sebutan untuk ahli pembuat perahu, disaksikan ratusan warga.",
        "Perahu itu dikerjakan selama empat belas bulan oleh dua puluh tukang dengan kayu ulin dan kayu besi dari Sulawesi Tenggara.",
        "Pemiliknya berencana memakai pinisi tersebut untuk membawa wisatawan berlayar di perairan Labuan Bajo dan Raja Ampat.",
    ],
    inserts={3: '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/abc/"><div><a href="https://www.instagram.com/p/abc/">Lihat postingan ini di Instagram</a></div><p>Detik-detik pinisi turun ke laut di Tanah Beru #bulukumba #pinisi</p><p>Sebuah kiriman dibagikan oleh Info Bulukumba (@infobulukumba) pada 5 Feb 2017 jam 4:30 PST</p></blockquote><script async src="//www.instagram.com/embed.js"></script>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Tribun-Timur.com - Perahu Pinisi Pesanan Turis Prancis Diluncurkan di Bulukumba</title>
<meta property="og:title" content="Tribun-timur.com: Perahu Pinisi Pesanan Turis Prancis Diluncurkan di Bulukumba">
<meta property="og:type" content="article"><meta property="og:site_name" content="Tribun-timur.com">
<meta name="pubdate" content="2017-02-06T00:15:00+00:00">
</head><body>
<div id="header"><a href="/">Tribun Timur</a> <a href="/makassar">Makassar</a> <a href="/sulsel">Sulsel</a> <a href="/bola">Bola</a></div>
<div class="main">
<div class="breadcrumb"><a href="/">Home</a> » <a href="/sulsel">Sulsel</a> » Bulukumba</div>
<h1 id="arttitle">Perahu Pinisi Pesanan Turis Prancis Diluncurkan di Bulukumba</h1>
<div class="mt10"><span class="reporter">Penulis: Andi Syamsul</span> | <span class="editor">Editor: Muh Rusli</span></div>
<time class="grey">Senin, 6 Februari 2017 08:15 WITA</time>
<div class="ovh imgfull"><img src="/p.jpg"><div class="arial">Perahu pinisi diluncurkan di Tanah Beru. (TRIBUN-TIMUR.COM/ANDI SYAMSUL)</div></div>
<div class="side-article txt-article">
{BODY}
</div>
<div class="paging"><span>Halaman 1 dari 2</span> <a href="?page=2">Selanjutnya</a> <a href="?page=all">Tampilkan Semua</a></div>
<div class="tagcloud"><a href="/tag/pinisi">#pinisi</a> <a href="/tag/bulukumba">#bulukumba</a></div>
</div>
<div class="footer">Copyright © 2017 Tribun-Timur.com. All rights reserved.</div>
</body></html>""")

page(
    id="b5-suaramerdeka-2012-latin1",
    url="http://www.suaramerdeka.com/v1/index.php/read/cetak/2012/08/14/194771/Harga-Kedelai-Naik-Perajin-Tahu-Kurangi-Produksi",
    title="Harga Kedelai Naik, Perajin Tahu Kurangi Produksi",
    published="2012-08-14T10:30+07:00",
    charset="cp1252",
    paras=[
        "SEMARANG – Perajin tahu dan tempe di Kota Semarang mengurangi produksi hingga sepertiga karena harga kedelai impor naik tajam dalam dua pekan terakhir.",
        "Harga kedelai di tingkat pengecer kini mencapai Rp 8.200 per kilogram, padahal awal bulan lalu masih sekitar Rp 6.000.",
        "“Kalau ukuran tahu diperkecil, pembeli protes. Jadi lebih baik produksinya yang dikurangi,” kata Suparman, perajin tahu di Kelurahan Jomblang.",
        "Koperasi perajin tahu tempe meminta pemerintah daerah menggelar operasi pasar kedelai agar usaha kecil itu tidak gulung tikar.",
    ],
    html="""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>SUARA MERDEKA CyberNews - Harga Kedelai Naik, Perajin Tahu Kurangi Produksi</title>
</head><body bgcolor="#FFFFFF">
<table width="980" border="0"><tr><td colspan="2"><a href="/"><img src="/logo.gif" alt="Suara Merdeka"></a></td></tr>
<tr><td class="menu"><a href="/v1/index.php/read/cetak">Cetak</a> | <a href="/v1/index.php/read/news">News</a> | <a href="/v1/index.php/read/semarang">Semarang</a> | <a href="/v1/index.php/read/olahraga">Olahraga</a></td></tr>
<tr><td valign="top" width="640">
<div class="isi_judul">Harga Kedelai Naik, Perajin Tahu Kurangi Produksi</div>
<div class="tanggal">Selasa, 14 Agustus 2012 10.30 WIB</div>
<div class="isi_berita">
{BODY}
</div>
<div class="penulis">( Sri Handayani / CN26 )</div>
</td><td valign="top" width="300"><div class="indeks"><b>Berita Lainnya</b><br><a href="/r1">Pasar Johar Dibuka hingga Malam</a><br><a href="/r2">Banjir Rob Rendam Kaligawe</a></div></td></tr>
<tr><td colspan="2" class="footer">Copyright © 2012 SUARA MERDEKA</td></tr></table>
</body></html>""")

page(
    id="b5-radartimika-wit-numerik",
    url="https://radartimika.example.id/berita/2023/03/03/kapal-perintis-kembali-layani-rute-pesisir-selatan",
    title="Kapal Perintis Kembali Layani Rute Pesisir Selatan",
    published="2023-03-03T06:00+09:00",
    paras=[
        "TIMIKA – Kapal perintis kembali melayani rute pesisir selatan Kabupaten Mimika setelah dua bulan berhenti karena menjalani perawatan di galangan.",
        "Kapal berkapasitas 200 penumpang itu singgah di tujuh kampung, mulai dari Pomako hingga Otakwa, dua kali dalam sebulan.",
        "Kepala kantor unit penyelenggara pelabuhan setempat mengatakan tiket tetap dijual murah karena sebagian biaya operasional ditanggung negara.",
        "Warga kampung pesisir menyambut baik kembalinya kapal tersebut karena menjadi satu-satunya angkutan untuk membawa hasil kebun ke kota.",
    ],
    inserts={2: '<div class="iklan"><span>ADVERTISEMENT</span></div>',
             4: '<figure class="wp-caption"><img src="/k.jpg"><figcaption class="wp-caption-text">Penumpang menaiki kapal perintis di Pelabuhan Pomako, Jumat (3/3). (FOTO: RADAR TIMIKA)</figcaption></figure>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Kapal Perintis Kembali Layani Rute Pesisir Selatan — Radar Timika</title>
<meta property="og:type" content="article">
</head><body>
<div class="top-bar"><a href="/">Radar Timika</a> <a href="/kategori/mimika">Mimika</a> <a href="/kategori/papua">Papua</a> <a href="/kategori/olahraga">Olahraga</a></div>
<div class="single-post">
<h1 class="single-title">Kapal Perintis Kembali Layani Rute Pesisir Selatan</h1>
<div class="post-info"><span class="author">Redaksi</span> <span class="date">Jumat, 3/3/2023 06:00 WIT</span></div>
<div class="post-content">
{BODY}
</div>
<div class="post-share">Bagikan ke: <a>Facebook</a> <a>WhatsApp</a> <a>Telegram</a></div>
<div class="widget"><h3>Berita Populer</h3><ul><li><a href="/p">Harga Cabai di Pasar Sentral Timika Turun</a> <span>Kamis, 2/3/2023 18:20 WIT</span></li></ul></div>
</div>
<div class="footer">© 2023 Radar Timika</div>
</body></html>""")

page(
    id="b5-lampungpost-published-updated",
    url="https://www.lampungpost.example.id/ekonomi/harga-kopi-robusta-lampung-barat-tembus-rekor",
    title="Harga Kopi Robusta Lampung Barat Tembus Rekor",
    published="2024-02-03T06:00+07:00",
    paras=[
        "Bandar Lampung (Lampost) -- Harga biji kopi robusta kering di tingkat petani Lampung Barat menembus Rp 52 ribu per kilogram, tertinggi dalam sepuluh tahun terakhir.",
        "Kenaikan harga dipicu turunnya panen di sejumlah negara penghasil kopi, sementara permintaan dari pabrik pengolahan di dalam negeri tetap tinggi.",
        "Petani di Kecamatan Sumberjaya mengatakan sebagian besar dari mereka sudah menjual stok simpanan sejak Januari.",
        "Dinas perkebunan mengingatkan petani agar tetap merawat kebun dan tidak memetik buah yang belum matang karena tergiur harga.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Harga Kopi Robusta Lampung Barat Tembus Rekor - Ekonomi - Lampung Post</title>
<meta property="og:title" content="Harga Kopi Robusta Lampung Barat Tembus Rekor - Ekonomi - Lampung Post">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Lampung Post","url":"https://www.lampungpost.example.id"},{"@type":"Article","headline":"Harga Kopi Robusta Lampung Barat Tembus Rekor","dateModified":"2024-02-03T09:15:00+07:00","datePublished":"2024-02-03T06:00:00+07:00"}]}</script>
</head><body>
<div class="nav"><a href="/">Lampung Post</a> <a href="/ekonomi">Ekonomi</a> <a href="/politik">Politik</a></div>
<article>
<div class="category">Ekonomi</div>
<h1>Harga Kopi Robusta Lampung Barat Tembus Rekor</h1>
<div class="meta">Published: Feb 3, 2024 06:00 WIB · Updated: Feb 3, 2024 09:15 WIB</div>
<div class="article-body">
{BODY}
<p><em>Cek berita dan artikel lain di saluran WhatsApp kami.</em></p>
</div>
</article>
<aside><h3>Terkini</h3><ul><li><a href="/t">Jalan Lintas Barat Diperbaiki</a> <span>Feb 4, 2024 08:00 WIB</span></li></ul></aside>
</body></html>""")

page(
    id="b5-sindonews-2026-diterbitkan",
    url="https://ekbis.sindonews.example.id/read/1501234/34/bandara-baru-di-sumbawa-mulai-layani-penerbangan-1767405600",
    title="Bandara Baru di Sumbawa Mulai Layani Penerbangan",
    published="2026-01-03T09:00+08:00",
    paras=[
        "SUMBAWA - Bandara baru di Kabupaten Sumbawa mulai melayani penerbangan komersial pada Sabtu (3/1/2026) dengan pendaratan pertama pesawat dari Lombok.",
        "Landas pacu sepanjang 2.100 meter di bandara itu mampu didarati pesawat berbadan sedang sehingga rute langsung dari Surabaya dan Denpasar bisa dibuka.",
        "Bupati setempat mengatakan bandara lama di tengah kota akan dialihfungsikan menjadi ruang terbuka hijau dan kawasan olahraga.",
        "Dua maskapai telah mengajukan jadwal penerbangan harian, sedangkan satu maskapai lain masih menunggu izin rute.",
    ],
    inserts={1: '<div class="baca-juga"><strong>Baca Juga:</strong> <a href="/r1">Rute Perintis Bima-Sumbawa Dibuka Lagi</a></div>',
             3: '<p>Simak juga video pilihan berikut ini:</p><div class="video-embed"><iframe src="https://video.example.id/e/1"></iframe></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Bandara Baru di Sumbawa Mulai Layani Penerbangan</title>
<meta property="og:title" content="SINDOnews: Bandara Baru di Sumbawa Mulai Layani Penerbangan">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bandara Baru di Sumbawa Mulai Layani Penerbangan","datePublished":"2026-01-03T01:00:00Z"}</script>
</head><body>
<div class="header"><a href="/">SINDOnews</a> <a href="/ekbis">Ekbis</a> <a href="/daerah">Daerah</a> <a href="/sports">Sports</a></div>
<div class="article">
<h1>Bandara Baru di Sumbawa Mulai Layani Penerbangan</h1>
<div class="article-info"><span class="author">Lalu Hamdani</span> <span>Diterbitkan 3 Jan 2026, 09:00 WITA</span></div>
<div class="article-content">
{BODY}
</div>
<div class="article-tags"><a href="/tag/bandara">bandara</a> <a href="/tag/sumbawa">sumbawa</a></div>
</div>
<div class="footer">© 2026 SINDOnews</div>
</body></html>""")
