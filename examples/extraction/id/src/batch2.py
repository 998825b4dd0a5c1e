# Batch 2: written after batch 1's fixes and scored blind (before any change for it). All news fictional.

PAGES = []

PAGES.append(dict(
    id="detiksulsel-pelabuhan-rakyat",
    url="https://www.detik.com/sulsel/berita/d-7890123/pelabuhan-rakyat-paotere-dibenahi-nelayan-minta-dermaga-tak-ditinggikan",
    title="Pelabuhan Rakyat Paotere Dibenahi, Nelayan Minta Dermaga Tak Ditinggikan",
    published="2025-04-15T09:30+08:00",
    paras=[
        "Makassar - Pemerintah Kota Makassar mulai membenahi Pelabuhan Rakyat Paotere dengan memperbaiki dermaga kayu yang lapuk dan menata ulang lapak pedagang ikan.",
        "Namun sejumlah nelayan meminta agar dermaga tidak ditinggikan terlalu jauh dari permukaan air karena akan menyulitkan mereka menurunkan hasil tangkapan dari perahu kecil.",
        "\"Kalau terlalu tinggi, kami harus angkat keranjang ikan ke atas kepala. Itu berbahaya kalau ombak besar,\" kata Daeng Sila, nelayan yang sudah 30 tahun berlabuh di Paotere.",
        "Kepala Bidang Pelabuhan Dinas Perhubungan Makassar, Rahman Tahir, mengatakan desain dermaga masih bisa disesuaikan dengan masukan nelayan sebelum pekerjaan fisik dimulai bulan depan.",
        "Pembenahan pelabuhan itu menelan anggaran sekitar Rp 9 miliar dan ditargetkan rampung pada akhir tahun.",
    ],
    inserts={2: '<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong> <a href="/x">Harga Ikan di Paotere Turun Saat Musim Angin Barat</a></div></td></tr></table>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Pelabuhan Rakyat Paotere Dibenahi, Nelayan Minta Dermaga Tak Ditinggikan</title>
<meta property="og:title" content="Pelabuhan Rakyat Paotere Dibenahi, Nelayan Minta Dermaga Tak Ditinggikan">
<meta property="og:site_name" content="detiksulsel">
<meta property="og:type" content="article">
<meta name="publishdate" content="2025/04/15 09:30:44">
<meta name="author" content="Andi Nur Isman">
</head><body>
<header><a href="/">detikSulsel</a> <a href="/sulsel/berita">Berita</a> <a href="/sulsel/makassar">Makassar</a> <a href="/sulsel/bisnis">Bisnis</a></header>
<article class="detail">
<div class="detail__header"><h1 class="detail__title">Pelabuhan Rakyat Paotere Dibenahi, Nelayan Minta Dermaga Tak Ditinggikan</h1>
<div class="detail__author">Andi Nur Isman - detikSulsel</div>
<div class="detail__date">Selasa, 15 Apr 2025 09:30 WITA</div></div>
<figure class="detail__media-image"><img src="/p.jpg"><figcaption class="detail__media-caption">Perahu nelayan bersandar di Pelabuhan Paotere. Foto: Andi Nur Isman/detikSulsel</figcaption></figure>
<div class="detail__body-text itp_bodycontent">
{BODY}
<p>(asm/hsr)</p>
</div>
<div class="detail__body-tag"><a href="/tag/paotere">paotere</a> <a href="/tag/nelayan">nelayan</a></div>
</article>
<div class="box cb-mostpop"><h2 class="title">Berita Terpopuler</h2><article><a href="/1">Jadwal Kapal Pelni dari Makassar Pekan Ini</a><span class="date">Senin, 14 Apr 2025 20:00 WITA</span></article></div>
<footer>Copyright @ 2025 detikcom, All right reserved</footer>
</body></html>"""))

PAGES.append(dict(
    id="tempo-lama-dana-desa",
    url="https://nasional.tempo.co/read/1923456/kpk-telusuri-aliran-dana-desa-di-tiga-kabupaten",
    title="KPK Telusuri Aliran Dana Desa di Tiga Kabupaten",
    published="2025-05-05T11:02+07:00",
    paras=[
        "TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi menelusuri dugaan penyelewengan dana desa di tiga kabupaten setelah menerima laporan dari kelompok masyarakat sipil.",
        "Juru bicara KPK, Wulan Sasmita, mengatakan penyelidik sudah meminta keterangan sejumlah kepala desa dan pendamping desa dalam dua pekan terakhir.",
        ("h2", "Modus proyek fiktif"),
        "Menurut Wulan, laporan yang masuk menyebut adanya proyek jalan desa yang dicairkan anggarannya tetapi tidak pernah dikerjakan.",
        "\"Kami masih memverifikasi dokumen pencairan dan mencocokkannya dengan kondisi di lapangan,\" ujar Wulan di Gedung Merah Putih KPK, Senin, 5 Mei 2025.",
        ("h2", "Pemerintah daerah siap bekerja sama"),
        "Salah satu bupati yang wilayahnya disebut dalam laporan menyatakan siap membuka seluruh dokumen anggaran desa kepada penyelidik.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>KPK Telusuri Aliran Dana Desa di Tiga Kabupaten - Nasional Tempo.co</title>
<meta property="og:title" content="KPK Telusuri Aliran Dana Desa di Tiga Kabupaten - Nasional Tempo.co">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-05-05T11:02:00+07:00">
<meta name="author" content="Rosa Anggraini">
</head><body>
<div id="header"><a href="/">TEMPO.CO</a><ul><li><a href="https://nasional.tempo.co">Nasional</a></li><li><a href="https://bisnis.tempo.co">Bisnis</a></li><li><a href="https://dunia.tempo.co">Dunia</a></li></ul></div>
<article itemscope itemtype="http://schema.org/NewsArticle">
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/nasional">Nasional</a> › <a href="/hukum">Hukum</a></div>
<h1 itemprop="headline">KPK Telusuri Aliran Dana Desa di Tiga Kabupaten</h1>
<h4 class="reporter">Reporter: <span itemprop="author">Rosa Anggraini</span></h4><h4 class="editor">Editor: <span>Dewi Rina</span></h4>
<span class="date" itemprop="datePublished">Senin, 5 Mei 2025 11:02 WIB</span>
<div class="foto-detail"><img src="/k.jpg"><p class="caption">Gedung Merah Putih KPK di Jakarta. TEMPO/Imam Sukamto</p></div>
<div id="isi" itemprop="articleBody">
{BODY}
<p><strong>Pilihan Editor:</strong> <a href="/p">Dewan Pengawas Periksa Laporan Etik Penyidik</a></p>
</div>
<div class="tags"><a href="/tag/kpk">KPK</a> <a href="/tag/dana-desa">Dana Desa</a></div>
</article>
<div class="terpopuler"><h2>Terpopuler</h2><ol><li><a href="/a">Daftar Kepala Daerah yang Dilantik Pekan Ini</a></li><li><a href="/b">Jadwal Sidang Sengketa Pilkada</a></li></ol></div>
<footer>Copyright © 2025 TEMPO.CO</footer>
</body></html>"""))

PAGES.append(dict(
    id="jpnn-honorer",
    url="https://www.jpnn.com/news/pemerintah-siapkan-skema-baru-pengangkatan-guru-honorer",
    title="Pemerintah Siapkan Skema Baru Pengangkatan Guru Honorer",
    published="2025-05-08T19:20+07:00",
    paras=[
        "jpnn.com, JAKARTA - Pemerintah menyiapkan skema baru pengangkatan guru honorer menjadi pegawai pemerintah dengan perjanjian kerja yang akan diumumkan bulan depan.",
        "Deputi bidang sumber daya manusia aparatur, Gita Pramesti, mengatakan skema itu akan memprioritaskan guru yang sudah mengajar lebih dari lima tahun.",
        "Gita menyebut pemerintah daerah diminta segera mengirimkan data guru honorer yang masih aktif agar tidak ada yang terlewat.",
        "\"Data yang masuk akan kami cocokkan dengan data pokok pendidikan supaya tidak ada nama ganda,\" kata Gita di Jakarta, Kamis (8/5).",
        "Perwakilan forum guru honorer menyambut rencana tersebut, tetapi meminta pemerintah memastikan gaji guru yang diangkat tidak lebih rendah dari upah minimum daerah.",
    ],
    inserts={2: '<p><strong>Baca Juga:</strong></p><ul><li><a href="/1">Ribuan Guru Honorer Ikuti Seleksi Tahap Dua</a></li><li><a href="/2">Formasi Guru di Daerah Terpencil Ditambah</a></li><li><a href="/3">Begini Cara Cek Data Guru Honorer</a></li></ul>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Pemerintah Siapkan Skema Baru Pengangkatan Guru Honorer - JPNN.com</title>
<meta property="og:title" content="Pemerintah Siapkan Skema Baru Pengangkatan Guru Honorer">
<meta property="og:type" content="article">
<meta property="og:site_name" content="JPNN.com">
<meta name="content_PublishedDate" content="2025-05-08 19:20:00">
</head><body>
<nav class="top-nav"><a href="/">JPNN.com</a> <a href="/nasional">Nasional</a> <a href="/ekonomi">Ekonomi</a> <a href="/politik">Politik</a></nav>
<div class="content-detail">
<h1>Pemerintah Siapkan Skema Baru Pengangkatan Guru Honorer</h1>
<div class="page-author">Kamis, 08 Mei 2025 – 19:20 WIB</div>
<div class="img-detail"><img src="/g.jpg"><span class="caption">Ilustrasi guru mengajar di kelas. Foto: Ricardo/JPNN.com</span></div>
<div class="page-content">
{BODY}
<p><strong>BACA JUGA:</strong> <a href="/4">Kemendikbud Gelar Pelatihan Guru Daring</a></p>
<p>(esy/jpnn)</p>
</div>
<div class="redaktur">Redaktur &amp; Reporter : <a href="/r">Mesyia Muhammad</a></div>
<div class="tags"><span>Tag:</span> <a href="/tag/honorer">Guru Honorer</a></div>
</div>
<div class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/t">Jadwal Pencairan Tunjangan Guru Bulan Ini</a></li></ul></div>
<footer>© 2025 JPNN.com</footer>
</body></html>"""))

PAGES.append(dict(
    id="pikiranrakyat-sampah-citarum",
    url="https://www.pikiran-rakyat.com/news/pr-019123456/relawan-angkut-lima-ton-sampah-dari-sungai-citarum",
    title="Relawan Angkut Lima Ton Sampah dari Sungai Citarum",
    published="2025-05-09T07:15+07:00",
    paras=[
        "PIKIRAN RAKYAT - Ratusan relawan mengangkut sekitar lima ton sampah dari aliran Sungai Citarum di Kabupaten Bandung dalam kegiatan bersih sungai akhir pekan lalu.",
        "Sebagian besar sampah berupa plastik kemasan, kasur bekas dan batang bambu yang tersangkut di bawah jembatan.",
        "Koordinator relawan, Nandang Suryana, mengatakan kegiatan serupa akan digelar setiap bulan dengan melibatkan pelajar dan warga sekitar bantaran.",
        "Ia berharap pemerintah desa menyediakan tempat pembuangan sampah sementara agar warga tidak lagi membuang sampah ke sungai.",
    ],
    inserts={2: '<div class="read__also"><strong>Baca Juga:</strong> <a href="/y">Debit Sungai Citarum Naik Setelah Hujan Semalaman</a></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Relawan Angkut Lima Ton Sampah dari Sungai Citarum - Pikiran Rakyat</title>
<meta property="og:title" content="Relawan Angkut Lima Ton Sampah dari Sungai Citarum - Pikiran Rakyat">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://www.pikiran-rakyat.com/news/pr-019123456/x","name":"Relawan Angkut Lima Ton Sampah dari Sungai Citarum - Pikiran Rakyat","datePublished":"2025-05-09T07:15:00+07:00"},{"@type":"NewsArticle","headline":"Relawan Angkut Lima Ton Sampah dari Sungai Citarum","datePublished":"2025-05-09T07:15:00+07:00","dateModified":"2025-05-09T07:15:00+07:00","author":{"@type":"Person","name":"Siti Rahmawati"},"publisher":{"@type":"Organization","name":"Pikiran Rakyat"}}]}</script>
</head><body>
<div class="header"><a href="/">Pikiran Rakyat</a> <a href="/news">News</a> <a href="/bandung-raya">Bandung Raya</a> <a href="/jawa-barat">Jawa Barat</a></div>
<div class="read__header"><h1 class="read__title">Relawan Angkut Lima Ton Sampah dari Sungai Citarum</h1>
<div class="read__info"><div class="read__info__author">Siti Rahmawati</div><div class="read__info__date">- 9 Mei 2025, 07:15 WIB</div></div></div>
<div class="photo"><img src="/s.jpg"><div class="photo__caption">Relawan memungut sampah di Sungai Citarum. /Pikiran Rakyat/Siti Rahmawati</div></div>
<article class="read__content">
{BODY}
<div class="paging"><div class="paging__wrap"><span>Halaman:</span> <a class="paging__link paging__link--active">1</a> <a class="paging__link" href="?page=2">2</a> <a class="paging__link" href="?page=2">Selanjutnya</a></div></div>
</article>
<div class="read__tagging">Tags <a href="/tag/citarum">Sungai Citarum</a> <a href="/tag/sampah">sampah</a></div>
<div class="latest"><h2 class="latest__title">Terkini</h2><div class="latest__item"><a href="/l">Harga Bawang Merah di Pasar Kosambi Turun</a><span>9 Mei 2025, 06:40 WIB</span></div></div>
<footer>© 2025 Pikiran Rakyat Media Network</footer>
</body></html>"""))

PAGES.append(dict(
    id="kontan-ekspor-nikel",
    url="https://nasional.kontan.co.id/news/nilai-ekspor-produk-olahan-nikel-naik-pada-kuartal-pertama",
    title="Nilai Ekspor Produk Olahan Nikel Naik pada Kuartal Pertama",
    published="2025-05-10T08:05+07:00",
    paras=[
        "KONTAN.CO.ID - JAKARTA. Nilai ekspor produk olahan nikel naik pada kuartal pertama tahun ini seiring beroperasinya sejumlah smelter baru di Sulawesi dan Maluku Utara.",
        "Data badan statistik menunjukkan ekspor besi dan baja, yang sebagian besar berasal dari olahan nikel, mencapai US$ 7,1 miliar, naik 14 persen dibandingkan periode yang sama tahun lalu.",
        "Ekonom sebuah lembaga riset, Laras Wibisono, menilai kenaikan itu menunjukkan kebijakan hilirisasi mulai memberi hasil, meski harga nikel dunia sedang melemah.",
        "Namun Laras mengingatkan pemerintah agar memperhatikan dampak lingkungan di sekitar kawasan industri dan memastikan tenaga kerja lokal terserap.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Nilai Ekspor Produk Olahan Nikel Naik pada Kuartal Pertama</title>
<meta property="og:title" content="Nilai Ekspor Produk Olahan Nikel Naik pada Kuartal Pertama">
<meta property="og:type" content="article">
<meta property="og:site_name" content="kontan.co.id">
<meta name="pubdate" content="2025-05-10 08:05:00">
</head><body>
<div class="menu"><a href="/">KONTAN</a> <a href="https://nasional.kontan.co.id">Nasional</a> <a href="https://keuangan.kontan.co.id">Keuangan</a> <a href="https://investasi.kontan.co.id">Investasi</a></div>
<div class="detail-desk">
<h1 class="detail-desk">Nilai Ekspor Produk Olahan Nikel Naik pada Kuartal Pertama</h1>
<div class="fs14 ff-opensans font-gray">Reporter: Bimo Kusuma | Editor: Tri Adi</div>
<div class="fs14 ff-opensans font-gray">Sabtu, 10 Mei 2025 / 08:05 WIB</div>
<div class="img-detail"><img src="/n.jpg"><div class="fs12 font-gray">ILUSTRASI. Aktivitas di kawasan industri nikel. KONTAN/Bimo Kusuma</div></div>
<div class="tmpt-desk-kon">
{BODY}
</div>
<div class="tag_detail"><span>Tag</span> <a href="/tag/nikel">Nikel</a> <a href="/tag/ekspor">Ekspor</a></div>
</div>
<div class="list-berita"><h3>Berita Terkait</h3><ul><li><a href="/r1">Harga Nikel Dunia Tertekan Pasokan Berlebih</a><span>Jumat, 09 Mei 2025 / 17:30 WIB</span></li></ul></div>
<footer>Hak Cipta © 2025 Kontan Online</footer>
</body></html>"""))

PAGES.append(dict(
    id="idntimes-beasiswa",
    url="https://www.idntimes.com/news/indonesia/sari-wulandari/pendaftaran-beasiswa-daerah-dibuka-ini-syaratnya",
    title="Pendaftaran Beasiswa Daerah Dibuka, Ini Syaratnya",
    published="2025-05-10T14:22+07:00",
    paras=[
        "Jakarta, IDN Times - Pemerintah provinsi membuka pendaftaran beasiswa daerah untuk mahasiswa dari keluarga kurang mampu mulai hari ini hingga akhir Juni.",
        "Kepala Biro Kesejahteraan Rakyat, Dewi Kartika, mengatakan tahun ini kuota penerima beasiswa ditambah menjadi 2.500 mahasiswa.",
        "Berikut syarat yang harus dipenuhi pendaftar:",
        ("li", "Berdomisili di provinsi ini minimal tiga tahun."),
        ("li", "Terdaftar sebagai mahasiswa aktif di perguruan tinggi negeri atau swasta."),
        ("li", "Melampirkan surat keterangan tidak mampu dari kelurahan."),
        "Dewi menambahkan, seluruh proses pendaftaran dilakukan secara daring dan tidak dipungut biaya apa pun.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Pendaftaran Beasiswa Daerah Dibuka, Ini Syaratnya | IDN Times</title>
<meta property="og:title" content="Pendaftaran Beasiswa Daerah Dibuka, Ini Syaratnya | IDN Times">
<meta property="og:type" content="article">
<meta property="og:site_name" content="IDN Times">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pendaftaran Beasiswa Daerah Dibuka, Ini Syaratnya","datePublished":"2025-05-10T14:22:00+07:00","dateModified":"2025-05-10T15:01:00+07:00","author":{"@type":"Person","name":"Sari Wulandari"}}</script>
</head><body>
<header><a href="/">IDN Times</a> <a href="/news">News</a> <a href="/business">Business</a> <a href="/life">Life</a> <a href="/hype">Hype</a></header>
<main><article>
<h1>Pendaftaran Beasiswa Daerah Dibuka, Ini Syaratnya</h1>
<div class="author-info"><a href="/author/sari">Sari Wulandari</a></div>
<div class="date-info"><time datetime="2025-05-10T14:22:00+07:00">10 Mei 2025, 14:22 WIB</time></div>
<div class="article-cover"><img src="/b.jpg"><span class="credit">Ilustrasi mahasiswa (IDN Times/Sari Wulandari)</span></div>
<div class="article-content">
{BODY}
</div>
<div class="article-tags"><a href="/tag/beasiswa">#Beasiswa</a> <a href="/tag/mahasiswa">#Mahasiswa</a></div>
<div class="editor-info">Editorial Team</div>
</article>
<section class="recommend"><h2>Rekomendasi Artikel</h2><ul><li><a href="/r">Cara Menulis Esai Beasiswa yang Menarik</a></li><li><a href="/s">Daftar Kampus dengan Biaya Kuliah Terjangkau</a></li></ul></section>
</main>
<footer>© 2025 IDN Times</footer>
</body></html>"""))

PAGES.append(dict(
    id="tribunpapua-festival-danau",
    url="https://papua.tribunnews.com/2025/05/11/festival-danau-sentani-ditutup-dengan-tarian-di-atas-perahu",
    title="Festival Danau Sentani Ditutup dengan Tarian di Atas Perahu",
    published="2025-05-11T20:10+09:00",
    paras=[
        "TRIBUN-PAPUA.COM, JAYAPURA - Festival Danau Sentani ditutup dengan pertunjukan tarian di atas perahu yang melibatkan penari dari 24 kampung di sekitar danau, Minggu (11/5/2025) malam.",
        "Ribuan penonton memadati tepi danau di Kalkhote sejak sore untuk menyaksikan pertunjukan penutupan.",
        "Ketua panitia, Yulianus Ohee, mengatakan jumlah pengunjung tahun ini naik dibandingkan tahun lalu, termasuk wisatawan dari luar Papua.",
        "\"Kami ingin festival ini terus menjadi ruang bagi anak muda kampung untuk belajar tarian leluhur,\" ujar Yulianus.",
    ],
    inserts={2: '<p><strong>Baca juga: <a href="/b">Homestay di Tepi Danau Sentani Penuh Selama Festival</a></strong></p>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Festival Danau Sentani Ditutup dengan Tarian di Atas Perahu - Tribun-papua.com</title>
<meta property="og:title" content="Festival Danau Sentani Ditutup dengan Tarian di Atas Perahu - Tribun-papua.com">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Tribun-papua.com">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Festival Danau Sentani Ditutup dengan Tarian di Atas Perahu","datePublished":"2025-05-11T20:10:00+09:00","author":{"@type":"Person","name":"Roy Ratumakin"}}</script>
</head><body>
<div id="header"><a href="/">tribun-papua.com</a><ul><li><a href="/jayapura">Jayapura</a></li><li><a href="/papua">Papua</a></li><li><a href="/sport">Sport</a></li></ul></div>
<div id="article">
<h1 id="arttitle">Festival Danau Sentani Ditutup dengan Tarian di Atas Perahu</h1>
<div id="penulis">Penulis: <a href="/p">Roy Ratumakin</a> | Editor: <a href="/e">Paul Manahara Tampubolon</a></div>
<time class="grey">Minggu, 11 Mei 2025 20:10 WIT</time>
<div class="side-article txt-article multi-fontsize">
{BODY}
</div>
<div class="tagcloud3"><h3>Tags:</h3><a href="/tag/sentani">Festival Danau Sentani</a></div>
<div class="ttl"><h3>Berita Populer</h3><ul><li><a href="/q">Harga Tiket Pesawat Jayapura-Jakarta Turun</a></li></ul></div>
</div>
<div id="footer">Copyright © 2025 Tribun-Papua.com</div>
</body></html>"""))

PAGES.append(dict(
    id="balipost-subak",
    url="https://www.balipost.com/news/2025/05/11/412345/Petani-Subak-Keluhkan-Alih-Fungsi.html",
    title="Petani Subak Keluhkan Alih Fungsi Lahan Sawah",
    published="2025-05-11T18:00+08:00",
    paras=[
        "DENPASAR, BALIPOST.com - Petani anggota subak di pinggiran Denpasar mengeluhkan semakin banyaknya sawah yang beralih fungsi menjadi vila dan perumahan dalam lima tahun terakhir.",
        "Pekaseh Subak Sembung, I Made Sudarma, mengatakan saluran irigasi menjadi terputus di beberapa titik karena tertutup bangunan baru.",
        "\"Air tidak lagi sampai ke sawah di hilir. Petani di bagian bawah akhirnya ikut menjual lahan,\" katanya.",
        "Pemerintah kota menyatakan sedang menyusun aturan perlindungan lahan sawah abadi yang akan melarang alih fungsi di kawasan subak produktif.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Petani Subak Keluhkan Alih Fungsi Lahan Sawah | BALIPOST.com</title>
<meta property="og:title" content="Petani Subak Keluhkan Alih Fungsi Lahan Sawah">
<meta property="og:type" content="article">
<meta property="og:site_name" content="BALIPOST.com">
<meta property="article:published_time" content="2025-05-11T10:00:00+00:00">
</head><body class="single">
<div class="td-header-menu"><a href="/">BALIPOST.com</a> <a href="/bali">Bali</a> <a href="/nasional">Nasional</a> <a href="/kesehatan">Kesehatan</a></div>
<div class="td-post-header"><h1 class="entry-title">Petani Subak Keluhkan Alih Fungsi Lahan Sawah</h1>
<div class="td-module-meta-info"><span class="td-post-author-name">Oleh <a href="/a">Agung Dharmada</a></span> <span class="td-post-date">11 Mei 2025, 18:00 WITA</span></div></div>
<div class="td-post-featured-image"><img src="/sb.jpg"><span class="wp-caption-text">Petani membajak sawah di kawasan subak. (BP/Dokumen)</span></div>
<div class="td-post-content">
{BODY}
</div>
<div class="td-post-sharing"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>
<div class="td-related"><h4>Berita Terkait</h4><div class="td-module"><a href="/r">Harga Gabah di Tabanan Naik Saat Panen</a></div></div>
<div class="comments"><h3>Komentar</h3><p>Belum ada komentar.</p></div>
<footer>Copyright © 2025 BALIPOST.com</footer>
</body></html>"""))

PAGES.append(dict(
    id="cnbcindonesia-kredit-umkm",
    url="https://www.cnbcindonesia.com/market/20250512101500-17-612345/penyaluran-kredit-umkm-naik-bank-perketat-analisis-risiko",
    title="Penyaluran Kredit UMKM Naik, Bank Perketat Analisis Risiko",
    published="2025-05-12T10:15+07:00",
    paras=[
        "Jakarta, CNBC Indonesia - Penyaluran kredit usaha mikro, kecil dan menengah oleh perbankan naik 8,2 persen secara tahunan hingga April 2025.",
        "Meski demikian, sejumlah bank memperketat analisis risiko karena rasio kredit bermasalah di segmen usaha mikro mulai meningkat.",
        "Direktur sebuah bank daerah, Fajar Nugroho, mengatakan pihaknya kini mewajibkan pendampingan usaha bagi debitur baru.",
        "\"Kami tidak hanya memberi pinjaman, tetapi juga membantu mereka mencatat keuangan usaha,\" ujarnya.",
    ],
    inserts={2: '<div class="sisip_artikel"><strong>Baca:</strong> <a href="/z">Suku Bunga Kredit Diproyeksikan Turun</a></div>'},
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Penyaluran Kredit UMKM Naik, Bank Perketat Analisis Risiko</title>
<meta property="og:title" content="Penyaluran Kredit UMKM Naik, Bank Perketat Analisis Risiko">
<meta property="og:type" content="article">
<meta property="og:site_name" content="CNBC Indonesia">
<meta name="publishdate" content="2025/05/12 10:15:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Penyaluran Kredit UMKM Naik, Bank Perketat Analisis Risiko","datePublished":"2025-05-12T10:15:00+07:00"}</script>
</head><body>
<header><a href="/">CNBC Indonesia</a> <a href="/news">News</a> <a href="/market">Market</a> <a href="/tech">Tech</a></header>
<div class="detail_wrap">
<h1>Penyaluran Kredit UMKM Naik, Bank Perketat Analisis Risiko</h1>
<div class="author">Maria Lestari, CNBC Indonesia</div>
<div class="date">12 May 2025 10:15</div>
<div class="media_artikel"><img src="/u.jpg"><span>Foto: Ilustrasi UMKM (CNBC Indonesia/Tri Susilo)</span></div>
<div class="detail_text">
{BODY}
<p><strong>(mkh/mkh)</strong></p>
</div>
<div class="tag"><a href="/tag/umkm">umkm</a> <a href="/tag/kredit">kredit</a></div>
</div>
<div class="terpopuler"><h3>Terpopuler</h3><ul><li><a href="/1">IHSG Dibuka Menguat Pagi Ini</a></li></ul></div>
<footer>© 2025 CNBC Indonesia</footer>
</body></html>"""))

PAGES.append(dict(
    id="sindonews-banjir-rob",
    url="https://daerah.sindonews.com/read/1567890/174/banjir-rob-kembali-genangi-pesisir-semarang-1747030000",
    title="Banjir Rob Kembali Genangi Pesisir Semarang",
    published="2025-05-12T13:45+07:00",
    paras=[
        "SEMARANG - Banjir rob kembali menggenangi permukiman di pesisir utara Kota Semarang, Senin (12/5/2025), dengan ketinggian air mencapai 40 sentimeter di beberapa gang.",
        "Warga Kelurahan Tambak Lorok terpaksa meninggikan perabot rumah tangga dan memindahkan kendaraan ke tempat yang lebih tinggi.",
        "Badan Meteorologi memperkirakan pasang air laut maksimum masih akan terjadi hingga tiga hari ke depan.",
        "Pemerintah kota mengerahkan pompa portabel untuk mempercepat surutnya genangan di jalan utama menuju pelabuhan.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Banjir Rob Kembali Genangi Pesisir Semarang</title>
<meta property="og:title" content="Banjir Rob Kembali Genangi Pesisir Semarang">
<meta property="og:type" content="article">
<meta property="og:site_name" content="SINDOnews.com">
<meta name="dtk:publishdate" content="2025-05-12 13:45:00">
</head><body>
<div class="menu-sindo"><a href="/">SINDOnews</a> <a href="/nasional">Nasional</a> <a href="/daerah">Daerah</a> <a href="/ekbis">Ekbis</a></div>
<div class="detail-title"><h1>Banjir Rob Kembali Genangi Pesisir Semarang</h1></div>
<div class="detail-date-artikel">Senin, 12 Mei 2025 - 13:45 WIB</div>
<div class="detail-nama-redaksi">Eko Prasetyo</div>
<div class="detail-img"><img src="/r.jpg"><div class="detail-img-caption">Warga melintasi genangan rob di Tambak Lorok. Foto/Eko Prasetyo</div></div>
<div class="detail-desc" id="detail-desc">
{BODY}
<div class="detail-tag">(eko)</div>
</div>
<div class="tag-list"><a href="/topic/rob">banjir rob</a></div>
<div class="latest-news"><h3>Berita Terkini</h3><ul><li><a href="/l">Jalur Pantura Padat Jelang Libur Panjang</a><span>Senin, 12 Mei 2025 - 12:00 WIB</span></li></ul></div>
<footer>Copyright © 2025 SINDOnews.com</footer>
</body></html>"""))
