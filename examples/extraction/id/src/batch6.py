# Batch 6: national outlets imitated least or not at all before (iNews, Medcom, a Suara regional site, IDN Times,
# Kontan, JPNN, Jawa Pos, a Pikiran Rakyat network site, a regional Tribun site, Tirto, Beritasatu), 2019-2025,
# written blind by a helper before it read the extraction code, and scored before any change for it. Headlines with
# question marks, quotes, numbers and colons; titles with "Halaman all", "Bagian" and site names before and after;
# datelines "KONTAN.CO.ID - JAKARTA.", "Jakarta - ", "Medcom.id, Jakarta:"; dates "Senin, 03 Maret 2025 - 14:05:00
# WIB", "03/03/2025, 14:05 WIB", "3 Mar 2025 14.05" without a zone. All news fictional, our own sentences.

PAGES = []


def page(**kw):
    PAGES.append(kw)


page(
    id="b6-inews-bagian",
    url="https://www.inews.id/daerah/jatim/pasar-apung-di-kali-brantas-kembali-dibuka-setelah-lima-tahun-vakum",
    title="Pasar Apung di Kali Brantas Kembali Dibuka setelah Lima Tahun Vakum",
    published="2025-03-03T14:05+07:00",
    paras=[
        "KEDIRI, iNews.id - Pasar apung di tepi Kali Brantas, Kota Kediri, kembali dibuka pada Senin (3/3/2025) setelah lima tahun tidak beroperasi.",
        "Sebanyak 40 pedagang menggelar dagangan di atas perahu yang ditambatkan berjajar di sepanjang dermaga kayu yang baru diperbaiki.",
        "Pedagang menjual sayuran, jajanan pasar, ikan air tawar dan kerajinan anyaman bambu dari desa-desa di sekitar sungai.",
        "Kepala dinas pariwisata setempat, Wahyu Santoso, mengatakan pasar akan buka setiap akhir pekan dan hari libur nasional.",
        "\"Kami ingin warga kembali melihat sungai sebagai halaman depan kota, bukan tempat membuang sampah,\" kata Wahyu.",
    ],
    inserts={2: '<div class="baca-juga"><span class="baca-juga__label">Baca Juga :</span> <a href="/daerah/jatim/x">Debit Kali Brantas Naik, Warga Bantaran Diminta Waspada</a></div>',
             4: '<div class="ads-inarticle"><div id="div-gpt-ad-inarticle-1"></div></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Pasar Apung di Kali Brantas Kembali Dibuka setelah Lima Tahun Vakum Bagian All</title>
<meta property="og:title" content="Pasar Apung di Kali Brantas Kembali Dibuka setelah Lima Tahun Vakum">
<meta property="og:type" content="article"><meta property="og:site_name" content="iNews.ID">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pasar Apung di Kali Brantas Kembali Dibuka setelah Lima Tahun Vakum","datePublished":"2025-03-03T14:05:00+07:00","dateModified":"2025-03-03T14:05:00+07:00","author":{"@type":"Person","name":"Dimas Prasetyo"},"publisher":{"@type":"Organization","name":"iNews.id"}}</script>
</head><body>
<nav class="nav-main"><a href="/">iNews.id</a> <a href="/news">News</a> <a href="/daerah">Daerah</a> <a href="/sport">Sport</a> <a href="/lifestyle">Lifestyle</a> <a href="/otomotif">Otomotif</a></nav>
<div class="breadcrumb"><a href="/">Home</a> <a href="/daerah">Daerah</a> <a href="/daerah/jatim">Jatim</a></div>
<article class="article">
<h1 class="title-news-detail">Pasar Apung di Kali Brantas Kembali Dibuka setelah Lima Tahun Vakum</h1>
<div class="author-detail">Dimas Prasetyo</div>
<div class="date-detail">Senin, 03 Maret 2025 - 14:05:00 WIB</div>
<figure class="photo-detail"><img src="/p.jpg"><figcaption>Pedagang menata dagangan di atas perahu di Kali Brantas. (Foto: iNews.id/Dimas Prasetyo)</figcaption></figure>
<div class="detail-content">
{BODY}
<div class="editor-detail">Editor : Rizal Fahmi</div>
</div>
<div class="pagination-detail"><span>Halaman :</span> <a class="active">1</a> <a href="?page=2">2</a> <a href="?page=all">Show All</a></div>
<div class="tag-detail"><a href="/tag/pasar-apung">pasar apung</a> <a href="/tag/kediri">kediri</a></div>
</article>
<div class="news-list"><h3>Berita Terkini</h3><ul><li><a href="/b1">Jembatan Gantung di Blitar Putus Diterjang Banjir</a><span>Senin, 03 Maret 2025 - 13:40:00 WIB</span></li><li><a href="/b2">Harga Cabai Rawit di Pasar Setonobetek Turun</a><span>Senin, 03 Maret 2025 - 12:15:00 WIB</span></li></ul></div>
<footer>Copyright © 2025 iNews.id</footer>
</body></html>""")

page(
    id="b6-medcom-titik-dua",
    url="https://www.medcom.id/nasional/daerah/5b8KQxyz-dishub-tambah-bus-sekolah-gratis-di-pinggiran-kota",
    title="Dishub Tambah Bus Sekolah Gratis di Pinggiran Kota",
    published="2024-08-19T07:12",
    paras=[
        "Medcom.id, Jakarta: Dinas Perhubungan menambah 25 unit bus sekolah gratis untuk melayani siswa yang tinggal di kawasan pinggiran kota mulai tahun ajaran ini.",
        "Bus tambahan itu melayani enam rute baru yang selama ini hanya dilalui angkutan umum pada jam-jam tertentu.",
        "Kepala bidang angkutan darat, Irawan Susilo, mengatakan rute baru dipilih berdasarkan data sekolah yang paling banyak siswanya datang terlambat.",
        "\"Banyak anak berangkat sebelum subuh karena harus berganti kendaraan dua kali. Dengan bus ini mereka cukup menunggu di satu halte,\" kata Irawan.",
        "Orang tua siswa dapat melihat jadwal dan posisi bus melalui aplikasi yang dikelola dinas.",
    ],
    inserts={3: '<div class="artikel-terkait"><h5>Baca juga:</h5><ul><li><a href="/r1">Halte Bus Sekolah Dilengkapi Atap dan Lampu</a></li></ul></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Dishub Tambah Bus Sekolah Gratis di Pinggiran Kota - Medcom.id</title>
<meta property="og:title" content="Dishub Tambah Bus Sekolah Gratis di Pinggiran Kota">
<meta property="og:type" content="article">
<meta name="content_PublishedDate" content="2024-08-19 07:12:00">
</head><body>
<div class="header"><a href="/">medcom.id</a> <a href="/nasional">Nasional</a> <a href="/ekonomi">Ekonomi</a> <a href="/internasional">Internasional</a> <a href="/olahraga">Olahraga</a></div>
<div class="content_detail">
<div class="category"><a href="/nasional/daerah">Daerah</a></div>
<h1>Dishub Tambah Bus Sekolah Gratis di Pinggiran Kota</h1>
<div class="info_detail"><span class="author">Siti Nurhaliza</span> &bull; <span class="date">19 Agustus 2024 07:12</span></div>
<div class="pic_detail"><img src="/b.jpg"><div class="caption">Siswa menaiki bus sekolah gratis. Medcom.id/Siti Nurhaliza</div></div>
<div class="text" id="articleBody">
{BODY}
</div>
<div class="editor">(DHI)</div>
<div class="tag"><a href="/tag/bus-sekolah">bus sekolah</a></div>
</div>
<div class="list_terpopuler"><h4>Terpopuler</h4><ol><li><a href="/p1">Cara Daftar Bus Sekolah Lewat Aplikasi</a></li><li><a href="/p2">Tarif Ojek Daring Naik Bulan Depan</a></li></ol></div>
<footer>Copyright © 2024 medcom.id. All Rights Reserved</footer>
</body></html>""")

page(
    id="b6-suarajogja-tanda-tanya",
    url="https://jogja.suara.com/read/2023/05/16/101500/benarkah-gumuk-pasir-parangkusumo-terus-menyusut-ini-kata-peneliti",
    title="Benarkah Gumuk Pasir Parangkusumo Terus Menyusut? Ini Kata Peneliti",
    published="2023-05-16T10:15+07:00",
    paras=[
        "SuaraJogja.id - Luas gumuk pasir di kawasan Parangkusumo, Kabupaten Bantul, disebut terus berkurang dalam dua dekade terakhir.",
        "Peneliti geografi pesisir, Laksmi Wardhani, mengatakan tanaman cemara udang yang ditanam di sisi barat gumuk menahan pasir yang seharusnya terbawa angin ke daratan.",
        "Selain itu, bangunan warung dan tempat parkir di sekitar pantai ikut memotong jalur angin dari laut.",
        "\"Gumuk pasir itu hidup karena angin. Kalau jalurnya terhalang, bentuknya pelan-pelan hilang,\" ujar Laksmi.",
        "Ia menyarankan pemerintah daerah menata ulang zona inti gumuk dan memindahkan bangunan yang berada terlalu dekat.",
    ],
    inserts={1: '<p><strong>Baca Juga:</strong> <a href="/read/2023/05/15/x">Wisatawan Diminta Tak Berenang di Pantai Parangtritis</a></p>',
             3: '<div class="ads-scroll"><span>Scroll untuk membaca artikel</span><div id="div-gpt-ad-parallax"></div></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Benarkah Gumuk Pasir Parangkusumo Terus Menyusut? Ini Kata Peneliti - SuaraJogja.id</title>
<meta property="og:title" content="Benarkah Gumuk Pasir Parangkusumo Terus Menyusut? Ini Kata Peneliti">
<meta property="og:type" content="article"><meta property="og:site_name" content="SuaraJogja.id">
<meta property="article:published_time" content="2023-05-16T03:15:00+00:00">
</head><body>
<div class="navbar"><a href="/">SuaraJogja.id</a> <a href="/news">News</a> <a href="/wisata">Wisata</a> <a href="/bisnis">Bisnis</a></div>
<div class="detail-content">
<div class="kanal">News</div>
<h1>Benarkah Gumuk Pasir Parangkusumo Terus Menyusut? Ini Kata Peneliti</h1>
<div class="writer"><span>Galih Priatmojo</span> | <span>Hiskia Andika Weadcaksana</span></div>
<div class="date-article"><span>Selasa, 16 Mei 2023 | 10:15 WIB</span></div>
<div class="detail-img"><img src="/g.jpg"><p class="caption">Pengunjung berjalan di gumuk pasir Parangkusumo. [SuaraJogja.id/Hiskia]</p></div>
<article class="detail-content-text">
{BODY}
</article>
<div class="tags"><span>Tag</span> <a href="/tag/gumuk-pasir">#gumuk pasir</a> <a href="/tag/bantul">#bantul</a></div>
</div>
<div class="terkait"><h2>Berita Terkait</h2><div class="item"><a href="/t1">Abrasi Ancam Tambak Udang di Pesisir Kulon Progo</a><span>14 Mei 2023 | 16:30 WIB</span></div></div>
<footer>© 2023 suara.com - All Rights Reserved.</footer>
</body></html>""")

page(
    id="b6-idntimes-daftar",
    url="https://www.idntimes.com/science/discovery/rina-maharani/fakta-ikan-bilih-danau-singkarak",
    title="5 Fakta Ikan Bilih, Ikan Kecil Khas Danau Singkarak yang Kian Langka",
    published="2022-11-08T19:30+07:00",
    paras=[
        "Danau Singkarak di Sumatra Barat punya penghuni kecil yang terkenal sampai ke luar daerah, yaitu ikan bilih. Ikan ini biasa digoreng kering dan dijual sebagai oleh-oleh.",
        "Sayangnya, tangkapan nelayan terus menurun dari tahun ke tahun. Berikut beberapa fakta tentang ikan bilih yang perlu kamu tahu.",
        ("h2", "1. Hanya hidup di danau dan sungai sekitarnya"),
        "Ikan bilih berkembang biak di muara sungai kecil yang mengalir ke danau. Telurnya menempel di kerikil dasar sungai yang jernih dan berarus pelan.",
        ("h2", "2. Ukurannya tidak lebih dari jari kelingking"),
        "Ikan dewasa umumnya hanya sepanjang enam sampai sepuluh sentimeter, sehingga satu kilogram bisa berisi ratusan ekor.",
        ("h2", "3. Jala bermata kecil membuat populasinya turun"),
        "Nelayan yang memakai jala bermata sangat rapat ikut menangkap ikan muda sebelum sempat bertelur, kata peneliti perikanan setempat.",
    ],
    inserts={3: '<div class="read-too"><span>Baca Juga: 7 Kuliner Khas Solok yang Wajib Dicoba</span></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>5 Fakta Ikan Bilih, Ikan Kecil Khas Danau Singkarak yang Kian Langka | IDN Times</title>
<meta property="og:title" content="5 Fakta Ikan Bilih, Ikan Kecil Khas Danau Singkarak yang Kian Langka">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"5 Fakta Ikan Bilih, Ikan Kecil Khas Danau Singkarak yang Kian Langka","datePublished":"2022-11-08T12:30:00Z","dateModified":"2022-11-08T12:30:00Z","author":[{"@type":"Person","name":"Rina Maharani"}]}</script>
</head><body>
<header class="header"><a href="/">IDN Times</a> <a href="/news">News</a> <a href="/science">Science</a> <a href="/hype">Hype</a> <a href="/life">Life</a></header>
<section class="content-post">
<div class="breadcrumb-new"><a href="/science">Science</a> <a href="/science/discovery">Discovery</a></div>
<h1 class="title-text">5 Fakta Ikan Bilih, Ikan Kecil Khas Danau Singkarak yang Kian Langka</h1>
<div class="author-wrapper"><a href="/author/rina">Rina Maharani</a> <time class="date">08 Nov 2022, 19:30 WIB</time></div>
<div class="share-top">Bagikan <a>Facebook</a> <a>Twitter</a> <a>Copy link</a></div>
<div class="content-post-description">
{BODY}
</div>
<div class="content-tag"><a href="/tag/danau-singkarak">Danau Singkarak</a></div>
<div class="editor-box">Editorial Team: Rina Maharani | EditorAgung Sedayu</div>
</section>
<section class="recommend"><h2>Artikel Menarik Lainnya</h2><a href="/r1">10 Danau Terluas di Indonesia, Ada yang Dekat Rumahmu?</a></section>
</body></html>""")

page(
    id="b6-kontan-titik-kota",
    url="https://industri.kontan.co.id/news/laba-emiten-semen-turun-12-produsen-pangkas-biaya-energi",
    title="Laba Emiten Semen Turun 12%, Produsen Pangkas Biaya Energi",
    published="2023-10-30T16:45+07:00",
    paras=[
        "KONTAN.CO.ID - JAKARTA. Laba bersih sejumlah emiten semen turun rata-rata 12% pada sembilan bulan pertama tahun ini dibandingkan periode yang sama tahun lalu.",
        "Penurunan laba terjadi karena permintaan dari proyek perumahan belum pulih, sementara harga batubara untuk tanur masih tinggi.",
        "Para produsen mulai mengganti sebagian batubara dengan bahan bakar dari sampah olahan untuk menekan biaya energi.",
        "Analis memperkirakan kinerja emiten semen membaik pada kuartal keempat seiring dimulainya proyek jalan di luar Jawa.",
    ],
    inserts={2: '<p class="baca-juga"><strong>Baca Juga: </strong><a href="/news/x">Penjualan Semen Domestik Naik Tipis pada September</a></p>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Laba Emiten Semen Turun 12%, Produsen Pangkas Biaya Energi</title>
<meta property="og:title" content="Laba Emiten Semen Turun 12%, Produsen Pangkas Biaya Energi">
<meta property="og:type" content="article">
<meta name="content_date" content="2023-10-30 16:45:00">
</head><body>
<div class="nav-kanal"><a href="/">KONTAN</a> <a href="//investasi.kontan.co.id">Investasi</a> <a href="//keuangan.kontan.co.id">Keuangan</a> <a href="//industri.kontan.co.id">Industri</a> <a href="//nasional.kontan.co.id">Nasional</a></div>
<div class="detail-desk">
<div class="kanal-label">INDUSTRI / CORPORATE</div>
<h1 class="detail-desk">Laba Emiten Semen Turun 12%, Produsen Pangkas Biaya Energi</h1>
<div class="fs14 ff-opensans font-gray">Reporter: Agus Triyono | Editor: Handoyo</div>
<div class="fs14 ff-opensans font-gray">Senin, 30 Oktober 2023 / 16:45 WIB</div>
<div class="img-detail-desk"><img src="/s.jpg"><span>ILUSTRASI. Pekerja memeriksa kantong semen di gudang distribusi. KONTAN/Carolus Agus Waluyo</span></div>
<div class="tmpt-desk-kon">
{BODY}
<p>Cek Berita dan Artikel yang lain di <a href="https://news.google.com">Google News</a></p>
</div>
<div class="tags"><b>Tag</b> <a href="/tag/semen">Semen</a></div>
</div>
<div class="populer"><h3>TERPOPULER</h3><ol><li><a href="/p">IHSG Ditutup Melemah 0,5% Sore Ini</a></li></ol></div>
</body></html>""")

page(
    id="b6-jpnn-strip",
    url="https://www.jpnn.com/news/polisi-bongkar-gudang-pupuk-bersubsidi-palsu-di-karawang",
    title="Polisi Bongkar Gudang Pupuk Bersubsidi Palsu di Karawang",
    published="2021-06-24T21:17+07:00",
    paras=[
        "jpnn.com, KARAWANG - Polisi membongkar sebuah gudang yang dipakai untuk mengemas pupuk bersubsidi palsu di Kecamatan Cikampek, Kabupaten Karawang.",
        "Dari gudang itu petugas menyita sekitar 18 ton pupuk yang dikemas dalam karung bertuliskan merek pupuk bersubsidi.",
        "Kepala satuan reserse kriminal setempat mengatakan pupuk tersebut hanya berisi campuran tanah liat dan garam yang diberi pewarna.",
        "Dua orang pengelola gudang ditangkap dan dijerat dengan undang-undang perlindungan konsumen serta undang-undang sistem budi daya pertanian.",
        "Polisi meminta petani membeli pupuk hanya di kios resmi yang terdaftar di dinas pertanian.",
    ],
    inserts={2: '<div class="baca_juga"><b>BACA JUGA:</b> <a href="/news/y">Petani Karawang Keluhkan Kelangkaan Pupuk Jelang Tanam</a></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Polisi Bongkar Gudang Pupuk Bersubsidi Palsu di Karawang - JPNN.com</title>
<meta property="og:title" content="Polisi Bongkar Gudang Pupuk Bersubsidi Palsu di Karawang - JPNN.com">
<meta property="og:type" content="article">
<meta itemprop="datePublished" content="2021-06-24T21:17:00+07:00">
</head><body>
<div class="header"><a href="/">JPNN.com</a> <a href="/politik">Politik</a> <a href="/hukum">Hukum</a> <a href="/ekonomi">Ekonomi</a> <a href="/daerah">Daerah</a></div>
<div class="page-content">
<h1 class="page-title">Polisi Bongkar Gudang Pupuk Bersubsidi Palsu di Karawang</h1>
<div class="page-info"><span>Kamis, 24 Juni 2021 – 21:17 WIB</span></div>
<div class="page-author"><a href="/author/1">Fathan Sinaga</a> - <span>jpnn.com</span></div>
<div class="page-image"><img src="/pupuk.jpg"><span class="caption">Barang bukti pupuk palsu di gudang Cikampek. Foto: Humas Polres</span></div>
<div class="page-text">
{BODY}
<p><strong>(cuy/jpnn)</strong></p>
</div>
<div class="page-rekomendasi"><h3>Jangan Sampai Ketinggalan Video Pilihan Redaktur:</h3><a href="/v">Video: Sawah Kering, Petani Pompa Air Sungai</a></div>
<div class="page-redaktur">Redaktur &amp; Reporter : Fathan Sinaga</div>
</div>
<footer>© 2021 jpnn.com</footer>
</body></html>""")

page(
    id="b6-jawapos-2024",
    url="https://www.jawapos.com/surabaya-raya/014812345/perahu-tambangan-kalimas-kembali-beroperasi-tarif-rp-2000",
    title="Perahu Tambangan Kalimas Kembali Beroperasi, Tarif Rp 2.000",
    published="2024-01-22T11:48+07:00",
    paras=[
        "JawaPos.com - Perahu tambangan yang menyeberangkan warga di Kalimas, Surabaya, kembali beroperasi setelah dua pekan berhenti karena arus sungai terlalu deras.",
        "Tukang perahu menarik tarif Rp 2.000 sekali menyeberang, sama dengan tarif sebelum berhenti.",
        "Perahu itu digerakkan dengan menarik tali baja yang dibentangkan dari satu tepi ke tepi lain, sehingga tidak memakai mesin.",
        "Warga yang bekerja di kawasan pergudangan memilih perahu karena jembatan terdekat berjarak lebih dari satu kilometer.",
    ],
    inserts={1: '<div class="read__others"><span>Baca Juga:</span> <a href="/x">Jembatan Penyeberangan di Jalan Rajawali Diperbaiki</a></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Perahu Tambangan Kalimas Kembali Beroperasi, Tarif Rp 2.000 - Jawa Pos</title>
<meta property="og:title" content="Perahu Tambangan Kalimas Kembali Beroperasi, Tarif Rp 2.000">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-01-22T11:48:00+07:00">
<meta property="article:modified_time" content="2024-01-22T13:02:00+07:00">
</head><body>
<div class="header"><a href="/">Jawa Pos</a> <a href="/nasional">Nasional</a> <a href="/surabaya-raya">Surabaya Raya</a> <a href="/sepak-bola">Sepak Bola</a></div>
<div class="read">
<div class="read__category"><a href="/surabaya-raya">Surabaya Raya</a></div>
<h1 class="read__title">Perahu Tambangan Kalimas Kembali Beroperasi, Tarif Rp 2.000</h1>
<div class="read__info"><div class="read__info__author">Reporter: <a>Dian Permatasari</a> Editor: <a>Ridho Hidayat</a></div><div class="read__info__date">22 Januari 2024, 11:48 WIB</div></div>
<div class="read__photo"><img src="/t.jpg"><div class="read__photo__caption">Warga menyeberang dengan perahu tambangan di Kalimas. (Dian Permatasari/JawaPos.com)</div></div>
<div class="read__content">
{BODY}
</div>
<div class="read__tag"><a href="/tag/kalimas">kalimas</a></div>
</div>
<div class="latest"><h3>Terkini</h3><a href="/l1">Persebaya Latihan Tertutup Jelang Laga Tandang</a></div>
</body></html>""")

page(
    id="b6-prfm-kilas",
    url="https://prfmnews.pikiran-rakyat.com/jabar/pr-137712345/jalur-sepeda-di-jalan-riau-bandung-dicat-ulang",
    title="Jalur Sepeda di Jalan Riau Bandung Dicat Ulang, Pesepeda: Masih Sering Dipakai Parkir",
    published="2024-09-10T08:30+07:00",
    paras=[
        "PRFMNEWS - Pemerintah Kota Bandung mengecat ulang jalur sepeda di sepanjang Jalan Riau yang catnya sudah pudar.",
        "Pengecatan dilakukan pada malam hari agar tidak mengganggu arus lalu lintas dan ditargetkan selesai dalam tiga hari.",
        "Komunitas pesepeda menyambut baik pengecatan itu, tetapi mengeluhkan jalur tersebut masih sering dipakai untuk parkir mobil dan sepeda motor.",
        "\"Catnya bagus, tapi percuma kalau di atasnya ada mobil parkir,\" kata Yusuf Ramdani, anggota komunitas pesepeda Bandung.",
        "Dinas perhubungan berjanji menambah patroli petugas pada jam sibuk untuk menertibkan kendaraan yang parkir di jalur sepeda.",
    ],
    inserts={2: '<p><strong>Baca Juga: <a href="/jabar/pr-1">Uji Coba Satu Arah di Jalan Riau Diperpanjang</a></strong></p>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Jalur Sepeda di Jalan Riau Bandung Dicat Ulang, Pesepeda: Masih Sering Dipakai Parkir - Prfmnews</title>
<meta property="og:title" content="Jalur Sepeda di Jalan Riau Bandung Dicat Ulang, Pesepeda: Masih Sering Dipakai Parkir - Prfmnews">
<meta property="og:type" content="article">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"WebPage","headline":"Jalur Sepeda di Jalan Riau Bandung Dicat Ulang, Pesepeda: Masih Sering Dipakai Parkir","url":"https://prfmnews.pikiran-rakyat.com/jabar/pr-137712345/jalur-sepeda-di-jalan-riau-bandung-dicat-ulang","datePublished":"2024-09-10T08:30:00+07:00","dateModified":"2024-09-10T08:30:00+07:00"}]</script>
</head><body>
<div class="header"><a href="/">PRFMNEWS</a> <a href="/jabar">Jabar</a> <a href="/bandung-raya">Bandung Raya</a> <a href="/nasional">Nasional</a></div>
<div class="read">
<div class="read__header">
<div class="read__header__kicker">Kilas Bandung</div>
<h1 class="read__title">Jalur Sepeda di Jalan Riau Bandung Dicat Ulang, Pesepeda: Masih Sering Dipakai Parkir</h1>
<div class="read__info__author">Nadya Putri</div>
<div class="read__info__date">- 10 September 2024, 08:30 WIB</div>
</div>
<div class="photo"><img src="/j.jpg"><div class="photo__caption">Petugas mengecat jalur sepeda di Jalan Riau./PRFMNEWS/Nadya Putri</div></div>
<article class="read__content">
{BODY}
</article>
<div class="paging"><span>Halaman:</span> <a class="paging__link--active">1</a> <a href="?page=2">2</a> <a href="?page=all">Show All</a></div>
<div class="read__tagging"><a href="/tag/jalur-sepeda">jalur sepeda</a></div>
</div>
<div class="most"><h2>Terpopuler</h2><a href="/m1">Jadwal Ganjil Genap di Bandung Pekan Ini</a></div>
</body></html>""")

page(
    id="b6-tribunjogja-halaman-all",
    url="https://jogja.tribunnews.com/2022/07/04/mahasiswa-kkn-bantu-warga-gunungkidul-bangun-penampungan-air-hujan",
    title="Mahasiswa KKN Bantu Warga Gunungkidul Bangun Penampungan Air Hujan",
    published="2022-07-04T15:22+07:00",
    paras=[
        "TRIBUNJOGJA.COM, GUNUNGKIDUL - Puluhan mahasiswa yang menjalani kuliah kerja nyata membantu warga Padukuhan Ngalang, Gunungkidul, membangun bak penampungan air hujan.",
        "Bak berkapasitas 10.000 liter itu dibangun di halaman balai padukuhan dan dihubungkan dengan talang dari atap gedung pertemuan.",
        "Warga biasanya harus membeli air tangki saat kemarau panjang dengan harga hingga Rp 150.000 per tangki.",
        "Dukuh Ngalang, Supardi, berharap bak tersebut bisa mencukupi kebutuhan air minum warga selama dua bulan pertama musim kemarau.",
    ],
    inserts={1: '<p><strong>Baca juga: <a href="https://jogja.tribunnews.com/2022/07/03/x">Kekeringan Mulai Landa Tiga Kapanewon di Gunungkidul</a></strong></p>',
             3: '<p><strong>Baca juga: <a href="https://jogja.tribunnews.com/2022/07/02/y">Embung Baru di Semin Mulai Terisi</a></strong></p>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Mahasiswa KKN Bantu Warga Gunungkidul Bangun Penampungan Air Hujan - Halaman all - Tribunjogja.com</title>
<meta property="og:title" content="Mahasiswa KKN Bantu Warga Gunungkidul Bangun Penampungan Air Hujan - Tribunjogja.com">
<meta property="og:type" content="article"><meta property="og:site_name" content="Tribunjogja.com">
<meta name="publishdate" content="2022-07-04 15:22:09">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Mahasiswa KKN Bantu Warga Gunungkidul Bangun Penampungan Air Hujan","datePublished":"2022-07-04T15:22:09+07:00","dateModified":"2022-07-04T15:22:09+07:00"}</script>
</head><body>
<div id="header"><a href="/">Tribun Jogja</a> <a href="/jogja">Jogja</a> <a href="/sleman">Sleman</a> <a href="/gunungkidul">Gunungkidul</a> <a href="/bisnis">Bisnis</a></div>
<div class="main">
<div class="breadcrumb"><a href="/">Home</a> » <a href="/gunungkidul">Gunungkidul</a></div>
<h1 id="arttitle">Mahasiswa KKN Bantu Warga Gunungkidul Bangun Penampungan Air Hujan</h1>
<div class="credit"><span>Penulis: Alexander Ermando</span> | <span>Editor: Gaya Lufityanti</span></div>
<time class="grey">Senin, 4 Juli 2022 15:22 WIB</time>
<div class="ovh imgfull"><img src="/k.jpg"><div class="arial">Mahasiswa dan warga mengecor bak penampungan air hujan. (TRIBUNJOGJA.COM/Alexander Ermando)</div></div>
<div class="side-article txt-article multi-fontsize">
{BODY}
<p>Artikel ini telah tayang di Tribunjogja.com dengan judul Mahasiswa KKN Bantu Warga Gunungkidul Bangun Penampungan Air Hujan</p>
</div>
<div class="tagcloud"><a href="/tag/kkn">#KKN</a> <a href="/tag/gunungkidul">#Gunungkidul</a></div>
<div class="terkait"><h3>Berita Terkait</h3><ul><li><a href="/r">Warga Ngalang Gelar Doa Minta Hujan</a></li></ul></div>
</div>
<div class="footer">Copyright © 2022 Tribun Jogja. All Right Reserved</div>
</body></html>""")

page(
    id="b6-tirto-kapan",
    url="https://tirto.id/kapan-musim-hujan-2025-dimulai-ini-prakiraan-bmkg-gA1b",
    title="Kapan Musim Hujan 2025 Dimulai? Ini Prakiraan BMKG untuk Jawa dan Bali",
    published="2025-09-02T13:20+07:00",
    paras=[
        "Musim hujan tahun ini diperkirakan datang bertahap mulai akhir September di sebagian wilayah Jawa bagian barat, lalu meluas ke timur hingga November.",
        "Prakirawan cuaca menyebut suhu muka laut di selatan Jawa yang lebih hangat dari biasanya membuat awal musim hujan di beberapa daerah maju sekitar dua dasarian.",
        "Sebaliknya, sebagian Bali dan pesisir utara Jawa Timur diperkirakan baru memasuki musim hujan pada pertengahan November.",
        "Petani diimbau menyesuaikan jadwal tanam dengan prakiraan awal musim di daerah masing-masing agar benih tidak mati karena kekeringan.",
    ],
    inserts={2: '<div class="baca-juga-wrapper"><p class="baca-juga-title">Baca juga:</p><ul><li><a href="/a">Apa Itu Dasarian dalam Prakiraan Cuaca?</a></li><li><a href="/b">Penyebab Kemarau Basah dan Dampaknya</a></li></ul></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Kapan Musim Hujan 2025 Dimulai? Ini Prakiraan BMKG untuk Jawa dan Bali</title>
<meta property="og:title" content="Kapan Musim Hujan 2025 Dimulai? Ini Prakiraan BMKG untuk Jawa dan Bali">
<meta property="og:site_name" content="tirto.id">
<meta property="og:type" content="article">
</head><body>
<div class="navbar"><a href="/">tirto.id</a> <a href="/q/politik">Politik</a> <a href="/q/ekonomi">Ekonomi</a> <a href="/q/sosial-budaya">Sosial Budaya</a></div>
<div class="content-detail">
<div class="kicker-detail"><a href="/q/sosial-budaya">Sosial Budaya</a></div>
<h1 class="news-detail-title">Kapan Musim Hujan 2025 Dimulai? Ini Prakiraan BMKG untuk Jawa dan Bali</h1>
<div class="detail-author">Oleh: Fadli Nasrudin - 2 Sep 2025 13:20 WIB</div>
<div class="content-text-editor">
{BODY}
</div>
<div class="reporter-grid"><span>Baca juga artikel terkait CUACA atau tulisan lainnya dari Fadli Nasrudin</span><br><span>Penulis: Fadli Nasrudin</span><br><span>Editor: Dwi Ayuningtyas</span></div>
</div>
<div class="populer"><h3>Populer</h3><a href="/p1">Jadwal Libur Sekolah Semester Ganjil</a></div>
</body></html>""")

page(
    id="b6-beritasatu-jsonld-graph",
    url="https://www.beritasatu.com/ekonomi/2876543/ekspor-kopi-gayo-ke-eropa-naik-meski-harga-pupuk-mahal",
    title="Ekspor Kopi Gayo ke Eropa Naik meski Harga Pupuk Mahal",
    published="2024-12-05T06:42+07:00",
    paras=[
        "Jakarta, Beritasatu.com - Nilai ekspor kopi arabika Gayo ke negara-negara Eropa naik sekitar seperlima sepanjang tahun ini meski petani mengeluhkan harga pupuk yang mahal.",
        "Eksportir di Aceh Tengah mengatakan pembeli Eropa kini meminta bukti bahwa kopi tidak ditanam di lahan bekas hutan yang dibuka setelah 2020.",
        "Untuk itu koperasi petani memetakan kebun anggotanya dengan titik koordinat dan mendaftarkannya ke sistem penelusuran.",
        "Sementara itu, petani berharap pemerintah daerah menambah kuota pupuk bersubsidi untuk tanaman kopi rakyat.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Ekspor Kopi Gayo ke Eropa Naik meski Harga Pupuk Mahal</title>
<meta property="og:title" content="Ekspor Kopi Gayo ke Eropa Naik meski Harga Pupuk Mahal">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"Beritasatu","url":"https://www.beritasatu.com"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Ekonomi"}]},{"@type":"NewsArticle","headline":"Ekspor Kopi Gayo ke Eropa Naik meski Harga Pupuk Mahal","datePublished":"2024-12-04T23:42:00.000Z","dateModified":"2024-12-05T01:10:00.000Z","author":{"@type":"Person","name":"Teuku Ardiansyah"}}]}</script>
</head><body>
<div class="header"><a href="/">Beritasatu</a> <a href="/nasional">Nasional</a> <a href="/ekonomi">Ekonomi</a> <a href="/nusantara">Nusantara</a></div>
<div class="container">
<h1 class="fw-bold">Ekspor Kopi Gayo ke Eropa Naik meski Harga Pupuk Mahal</h1>
<div class="my-auto"><span class="author">Teuku Ardiansyah</span> / <span>LES</span></div>
<div class="small text-muted">Kamis, 5 Desember 2024 | 06:42 WIB</div>
<div class="body-content">
{BODY}
</div>
<div class="tags"><a href="/tag/kopi-gayo">kopi gayo</a></div>
<div class="rekomendasi"><h5>Rekomendasi</h5><a href="/r1">Harga Kopi Robusta Tembus Rekor</a> <a href="/r2">Petani Kopi Diminta Daftarkan Kebun</a></div>
</div>
<footer>Copyright © 2024 Beritasatu</footer>
</body></html>""")
