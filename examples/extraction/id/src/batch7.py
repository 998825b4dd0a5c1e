# Batch 7: pages of 2010-2014 in the markup of their time (table layouts, <br><br> paragraphs, <font> tags, no
# OpenGraph or JSON-LD, titles in div/h2/h3 with a class and site names in capitals before the headline, dates
# as "Senin, 14/03/2011 10:15 WIB", "Rabu, 14 November 2012 14:05 wib", "Jumat, 22/03/2013 - 15:12" without a
# zone, "Senin, 4 Maret 2013 − 14:05 WIB" with a minus sign, WITA), written blind by a helper before it read the
# extraction code and scored before any change for it. All news fictional, our own sentences.

PAGES = []


def page(**kw):
    PAGES.append(kw)


page(
    id="b7-detik-2011-br",
    url="http://www.detiknews.com/read/2011/03/14/101523/1591234/10/warga-kampung-pulo-kerja-bakti-angkat-lumpur-sisa-banjir",
    title="Warga Kampung Pulo Kerja Bakti Angkat Lumpur Sisa Banjir",
    published="2011-03-14T10:15+07:00",
    wrap="{}<br><br>",
    paras=[
        {"html": "<strong>Jakarta</strong> - Ratusan warga Kampung Pulo, Jatinegara, bergotong royong mengangkat lumpur yang tertinggal di gang-gang setelah banjir surut pada Minggu malam.<br><br>",
         "text": ["Jakarta - Ratusan warga Kampung Pulo, Jatinegara, bergotong royong mengangkat lumpur yang tertinggal di gang-gang setelah banjir surut pada Minggu malam."]},
        "Lumpur setebal hingga 20 sentimeter menutupi lantai rumah dan jalan kampung. Warga memakai sekop dan ember untuk membuangnya ke truk yang disiapkan kelurahan.",
        "\"Kalau tidak langsung dibersihkan, lumpurnya mengeras dan susah diangkat,\" kata Rohman (52), ketua RT setempat, saat ditemui detikcom, Senin (14/3/2011).",
        "Petugas puskesmas kecamatan juga membagikan obat gatal dan diare kepada warga yang mulai mengeluh sakit setelah banjir.",
    ],
    html="""<html><head>
<title>detikNews : Warga Kampung Pulo Kerja Bakti Angkat Lumpur Sisa Banjir</title>
<meta name="description" content="Ratusan warga Kampung Pulo bergotong royong mengangkat lumpur sisa banjir.">
<meta name="keywords" content="banjir, kampung pulo, jatinegara">
</head><body>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td><a href="http://www.detik.com"><img src="/logo_detik.gif"></a></td>
<td class="menu"><a href="http://www.detiknews.com">detikNews</a> | <a href="http://www.detikfinance.com">detikFinance</a> | <a href="http://www.detiksport.com">detikSport</a> | <a href="http://www.detikhot.com">detikHot</a> | <a href="http://www.detikinet.com">detikInet</a></td></tr></table>
<table width="960"><tr><td width="640" valign="top">
<div class="date">Senin, 14/03/2011 10:15 WIB</div>
<div class="judul">Warga Kampung Pulo Kerja Bakti Angkat Lumpur Sisa Banjir</div>
<div class="author"><strong>Ari Saputra</strong> - detikNews</div>
<div class="pic_artikel"><img src="/foto.jpg"><br><span>Foto: Ari Saputra/detikcom</span></div>
<div class="text_detail">
{BODY}
<strong>(ari/nrl)</strong>
</div>
<div class="berita_lain"><b>Berita Terkait</b><br><a href="/r1">Banjir Kampung Pulo Mulai Surut</a><br><a href="/r2">Ribuan Warga Jatinegara Masih Mengungsi</a></div>
</td><td width="300" valign="top"><div class="box_terpopuler"><b>Terpopuler</b><ol><li><a href="/p1">Macet Parah di Tol Dalam Kota</a></li><li><a href="/p2">KRL Gangguan di Manggarai</a></li></ol></div></td></tr></table>
<div class="footer">Copyright &copy; 2011 detikcom. All rights reserved</div>
</body></html>""")

page(
    id="b7-kompas-2012-judul",
    url="http://regional.kompas.com/read/2012/03/05/09451234/Nelayan.Cilacap.Tak.Melaut.karena.Gelombang.Tinggi",
    title="Nelayan Cilacap Tak Melaut karena Gelombang Tinggi",
    published="2012-03-05T09:45+07:00",
    paras=[
        "CILACAP, KOMPAS.com — Ribuan nelayan di Kabupaten Cilacap, Jawa Tengah, tidak melaut sejak tiga hari terakhir karena gelombang di Samudra Hindia mencapai empat meter.",
        "Perahu-perahu nelayan ditambatkan berjajar di Pantai Teluk Penyu dan muara Sungai Donan.",
        "Ketua rukun nelayan setempat mengatakan sebagian nelayan terpaksa berutang kepada pedagang ikan untuk memenuhi kebutuhan sehari-hari.",
        "Stasiun meteorologi setempat memperkirakan gelombang tinggi masih akan terjadi hingga akhir pekan.",
    ],
    html="""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Nelayan Cilacap Tak Melaut karena Gelombang Tinggi - Kompas.com</title>
<meta name="description" content="Ribuan nelayan di Cilacap tidak melaut karena gelombang tinggi.">
</head><body>
<div id="header"><a href="http://www.kompas.com">KOMPAS.com</a> <a href="http://nasional.kompas.com">Nasional</a> <a href="http://regional.kompas.com">Regional</a> <a href="http://megapolitan.kompas.com">Megapolitan</a> <a href="http://bola.kompas.com">Bola</a></div>
<div class="kcm-read">
<div class="kcm-read-head"><span class="kanal">REGIONAL</span></div>
<h2 class="judul_artikel2011">Nelayan Cilacap Tak Melaut karena Gelombang Tinggi</h2>
<div class="font11 c_abu03_kompas2011">Senin, 5 Maret 2012 | 09:45 WIB</div>
<div class="photo"><img src="/nelayan.jpg"><div class="c_abu03_kompas2011">KOMPAS/ANDI SETIAWAN<br>Perahu nelayan ditambatkan di Pantai Teluk Penyu, Cilacap.</div></div>
<div class="isi_artikatel2011">
{BODY}
</div>
<div class="font11">Editor : Glori K. Wadrianto</div>
<div class="kcm-read-berita-terkait"><b>Berita terkait</b><ul><li><a href="/r1">Gelombang Tinggi, Kapal Feri Tertahan di Pelabuhan</a> <span>Minggu, 4 Maret 2012</span></li></ul></div>
</div>
<div id="footer">Copyright 2008 - 2012 KOMPAS.com</div>
</body></html>""")

page(
    id="b7-vivanews-2011-topik",
    url="http://nasional.vivanews.com/news/read/231234-pedagang-pasar-senen-tempati-kios-sementara",
    title="Pedagang Pasar Senen Tempati Kios Sementara",
    published="2011-07-06T16:20+07:00",
    paras=[
        "VIVAnews - Ratusan pedagang Pasar Senen yang kiosnya terbakar bulan lalu mulai menempati kios sementara di lahan parkir timur pasar.",
        "Kios sementara dibangun dari rangka baja ringan dan seng dengan ukuran dua kali dua meter untuk setiap pedagang.",
        "Pengelola pasar menyatakan pedagang tidak dipungut biaya sewa selama menempati kios sementara sampai gedung pasar selesai diperbaiki.",
        "Sebagian pedagang mengeluh karena lokasi kios sementara jauh dari jalur angkutan umum sehingga pembeli berkurang.",
    ],
    html="""<html><head>
<title>VIVAnews - Pedagang Pasar Senen Tempati Kios Sementara</title>
<meta name="description" content="Ratusan pedagang Pasar Senen mulai menempati kios sementara.">
</head><body>
<div id="navigation"><a href="http://www.vivanews.com">VIVAnews</a> <a href="/nasional">Nasional</a> <a href="/metro">Metro</a> <a href="/bisnis">Bisnis</a> <a href="/bola">Bola</a></div>
<div id="content">
<div class="topik">TOPIK: <a href="/topik/kebakaran-pasar-senen">Kebakaran Pasar Senen</a></div>
<h1 class="title">Pedagang Pasar Senen Tempati Kios Sementara</h1>
<div class="tanggal">Rabu, 6 Juli 2011, 16:20 WIB</div>
<div class="author">Ali Akbar, Dedy Priatmojo</div>
<div class="fotodetail"><img src="/senen.jpg"><p>Pasar Senen setelah kebakaran (VIVAnews/Tri Saputro)</p></div>
<div class="isiberita">
{BODY}
<p>&bull; VIVAnews</p>
</div>
<div class="beritaterkait"><h4>BERITA TERKAIT</h4><ul><li><a href="/t1">Gedung Pasar Senen Diperbaiki Tahun Depan</a></li><li><a href="/t2">Pedagang Minta Kepastian Relokasi</a></li></ul></div>
</div>
<div id="footer">&copy; 2011 VIVAnews.com</div>
</body></html>""")

page(
    id="b7-okezone-2012-wib-kecil",
    url="http://news.okezone.com/read/2012/11/14/338/718234/jembatan-gantung-di-lebak-putus-siswa-menyeberang-sungai",
    title="Jembatan Gantung di Lebak Putus, Siswa Menyeberang Sungai",
    published="2012-11-14T14:05+07:00",
    paras=[
        "LEBAK - Jembatan gantung yang menghubungkan dua desa di Kecamatan Cibeber, Kabupaten Lebak, putus diterjang arus Sungai Cisimeut yang meluap.",
        "Akibatnya, puluhan siswa sekolah dasar terpaksa menyeberangi sungai dengan berpegangan pada tali yang dibentangkan warga.",
        "Kepala desa setempat mengatakan warga sudah tiga kali mengusulkan perbaikan jembatan itu kepada pemerintah kabupaten.",
        "Warga kini membuat rakit bambu agar anak-anak tidak perlu berenang saat air sungai sedang tinggi.",
    ],
    html="""<html><head>
<title>Jembatan Gantung di Lebak Putus, Siswa Menyeberang Sungai : Okezone News</title>
<meta name="description" content="Jembatan gantung di Lebak putus diterjang arus sungai.">
</head><body>
<table width="100%"><tr><td class="header"><a href="http://www.okezone.com"><img src="/okezone.png" alt="okezone"></a></td>
<td><a href="http://news.okezone.com">News</a> | <a href="http://economy.okezone.com">Economy</a> | <a href="http://bola.okezone.com">Bola</a> | <a href="http://celebrity.okezone.com">Celebrity</a></td></tr></table>
<div class="container">
<div class="titles"><h1>Jembatan Gantung di Lebak Putus, Siswa Menyeberang Sungai</h1></div>
<div class="news-fr">Mulyadi - Okezone</div>
<div class="news-fr">Rabu, 14 November 2012 14:05 wib</div>
<div class="detail-img"><img src="/jembatan.jpg"><div class="ket">Ilustrasi (Foto: Okezone)</div></div>
<div id="contentx">
{BODY}
<p>(ton)</p>
</div>
<div class="berita-terkait"><div class="head">Berita Terkait</div><ul><li><a href="/t1">Banjir Bandang Terjang Lebak Selatan</a></li></ul></div>
</div>
<div class="footer">Copyright &copy; 2012 okezone.com, All Rights Reserved</div>
</body></html>""")

page(
    id="b7-antara-2010-caps",
    url="http://www.antaranews.com/berita/1278901234/ribuan-penyu-menetas-di-pantai-pangumbahan",
    title="Ribuan Penyu Menetas di Pantai Pangumbahan",
    published="2010-07-12T11:40+07:00",
    paras=[
        "Sukabumi (ANTARA News) - Ribuan tukik penyu hijau menetas di penangkaran Pantai Pangumbahan, Kabupaten Sukabumi, Jawa Barat, dalam sepekan terakhir.",
        "Petugas penangkaran melepas tukik-tukik itu ke laut setiap sore agar tidak dimangsa burung dan biawak.",
        "Kepala unit pelaksana teknis penangkaran mengatakan jumlah telur yang diselamatkan tahun ini lebih banyak karena patroli malam ditambah.",
        "Ia berharap warga tidak lagi mengambil telur penyu untuk dijual di pasar.",
    ],
    html="""<html><head>
<title>ANTARA News - Ribuan Penyu Menetas di Pantai Pangumbahan</title>
<meta name="description" content="Ribuan tukik penyu hijau menetas di Pantai Pangumbahan.">
</head><body bgcolor="#ffffff">
<table width="100%"><tr><td><a href="/"><img src="/img/antara.gif" alt="ANTARA"></a></td></tr>
<tr><td class="nav"><a href="/">Beranda</a> | <a href="/politik">Politik</a> | <a href="/ekonomi">Ekonomi</a> | <a href="/hukum">Hukum</a> | <a href="/iptek">Iptek</a></td></tr></table>
<table width="960"><tr><td valign="top" width="620">
<h1 class="judul">Ribuan Penyu Menetas di Pantai Pangumbahan</h1>
<div class="datetime">Senin, 12 Juli 2010 11:40 WIB | 1.234 Views</div>
<div class="imgberita"><img src="/penyu.jpg"><br><font size="1">Tukik penyu hijau (ANTARA/Ferry)</font></div>
<div id="content_news">
{BODY}
<p>(T.K005/B012)</p>
<p>Editor: Ruslan Burhani</p>
<p>COPYRIGHT &copy; 2010</p>
</div>
</td><td valign="top" width="320"><div class="terpopuler"><b>Berita Terpopuler</b><br><a href="/p1">Harga Emas Turun Tipis</a><br><a href="/p2">Kurs Rupiah Menguat</a></div></td></tr></table>
</body></html>""")

page(
    id="b7-tempointeraktif-2010-h3",
    url="http://www.tempointeraktif.com/hg/nasional/2010/04/12/brk,20100412-239876,id.html",
    title="Petani Garam Madura Tolak Impor Garam",
    published="2010-04-12T14:05+07:00",
    paras=[
        "TEMPO Interaktif, Sumenep - Ratusan petani garam dari Sumenep dan Pamekasan berunjuk rasa di depan kantor bupati menolak rencana impor garam konsumsi.",
        "Mereka khawatir garam impor yang masuk menjelang panen raya membuat harga garam rakyat anjlok.",
        "Koordinator aksi, Syaiful Bahri, meminta pemerintah membeli garam petani terlebih dahulu sebelum memutuskan impor.",
        "Bupati Sumenep berjanji menyampaikan tuntutan para petani kepada kementerian terkait pekan ini.",
    ],
    html="""<html><head>
<title>TEMPO Interaktif : Petani Garam Madura Tolak Impor Garam</title>
</head><body>
<div id="header"><a href="http://www.tempointeraktif.com">TEMPO Interaktif</a> <a href="/hg/nasional">Nasional</a> <a href="/hg/ekbis">Ekbis</a> <a href="/hg/jakarta">Jakarta</a> <a href="/hg/olahraga">Olahraga</a></div>
<table width="100%"><tr><td valign="top">
<div class="kanal">Nasional</div>
<h3 class="title">Petani Garam Madura Tolak Impor Garam</h3>
<div class="date">Senin, 12 April 2010 | 14:05 WIB</div>
<div class="txt">
{BODY}
<p><b>MUSTHOFA BISRI</b></p>
</div>
<div class="berita_terkait"><b>Berita terkait</b><ul><li><a href="/t1">Harga Garam Rakyat Mulai Turun</a></li><li><a href="/t2">Gudang Garam Sumenep Penuh</a></li></ul></div>
</td><td width="300" valign="top"><div class="populer"><b>Terpopuler</b><br><a href="/p1">KPK Periksa Bupati</a></div></td></tr></table>
</body></html>""")

page(
    id="b7-republika-2013-red",
    url="http://www.republika.co.id/berita/nasional/daerah/13/03/04/mj5abc-perajin-batik-lasem-kesulitan-bahan-baku",
    title="Perajin Batik Lasem Kesulitan Bahan Baku",
    published="2013-03-04T10:35+07:00",
    paras=[
        "REPUBLIKA.CO.ID, REMBANG -- Perajin batik tulis di Lasem, Kabupaten Rembang, kesulitan mendapatkan kain mori berkualitas baik sejak awal tahun.",
        "Harga kain mori primisima naik hingga 30 persen dan pasokannya dari pabrik di Jawa Barat sering terlambat.",
        "Seorang pemilik rumah batik mengatakan ia terpaksa mengurangi jumlah pembatik yang bekerja harian dari dua puluh menjadi dua belas orang.",
        "Paguyuban perajin berencana membeli kain secara bersama-sama agar mendapat harga lebih murah.",
    ],
    html="""<html><head>
<title>Republika Online - Perajin Batik Lasem Kesulitan Bahan Baku</title>
<meta name="description" content="Perajin batik tulis di Lasem kesulitan mendapatkan kain mori.">
</head><body>
<div id="top"><a href="/">Republika Online</a> <a href="/berita/nasional">Nasional</a> <a href="/berita/ekonomi">Ekonomi</a> <a href="/berita/dunia-islam">Dunia Islam</a> <a href="/berita/internasional">Internasional</a></div>
<div class="wrap-detail">
<div class="breadcome"><a href="/">Home</a> &gt; <a href="/berita/nasional">Nasional</a> &gt; <a href="/berita/nasional/daerah">Daerah</a></div>
<div class="date-detail">Senin, 04 Maret 2013, 10:35 WIB</div>
<h1>Perajin Batik Lasem Kesulitan Bahan Baku</h1>
<div class="red-detail">Red: Djibril Muhammad</div>
<div class="img-detail"><img src="/batik.jpg"><div class="caption">Perajin batik Lasem (Republika/Ahmad Baraas)</div></div>
<div class="content-detail">
{BODY}
</div>
<div class="sumber">Reporter : Andi Nurroni</div>
<div class="terkait"><h3>Berita Terkait</h3><a href="/r1">Batik Lasem Diminati Pembeli Jepang</a></div>
</div>
</body></html>""")

page(
    id="b7-mediaindonesia-2014-h2",
    url="http://www.mediaindonesia.com/mipagi/read/2014/03/13/12345/Sumur-Warga-Kering-Sawah-Tadah-Hujan-Terancam-Puso",
    title="Sumur Warga Kering, Sawah Tadah Hujan Terancam Puso",
    published="2014-03-13T09:10+07:00",
    paras=[
        "INDRAMAYU--MICOM: Sumur-sumur warga di empat kecamatan di Kabupaten Indramayu mulai kering meski musim hujan belum berakhir.",
        "Sawah tadah hujan seluas sekitar 1.500 hektare di wilayah itu terancam gagal panen karena tanaman padi baru berumur satu bulan.",
        "Petani mencoba mengairi sawah dengan pompa dari saluran irigasi sekunder, tetapi airnya tidak cukup untuk semua petak.",
        "Dinas pertanian setempat mendata luas sawah yang terancam untuk diusulkan mendapat bantuan benih pengganti.",
    ],
    html="""<html><head>
<title>Sumur Warga Kering, Sawah Tadah Hujan Terancam Puso</title>
</head><body>
<table width="1000" align="center"><tr><td colspan="3"><img src="/mi_logo.jpg" alt="Media Indonesia"></td></tr>
<tr><td colspan="3" class="menu"><a href="/">Home</a> | <a href="/mipagi">MI Pagi</a> | <a href="/politik">Politik dan Hukum</a> | <a href="/ekonomi">Ekonomi</a> | <a href="/nusantara">Nusantara</a></td></tr>
<tr><td width="200" valign="top" class="kiri"><b>Kanal</b><br><a href="/nusantara">Nusantara</a><br><a href="/megapolitan">Megapolitan</a><br><a href="/olahraga">Olahraga</a></td>
<td width="560" valign="top">
<h2 class="judul">Sumur Warga Kering, Sawah Tadah Hujan Terancam Puso</h2>
<font class="tgl">Kamis, 13 Maret 2014 09:10 WIB</font><br>
<font class="penulis">Penulis : Supardji Rasban</font>
<div class="foto"><img src="/sawah.jpg"><br><i>MI/Supardji Rasban</i></div>
<div class="isi">
{BODY}
</div>
</td>
<td width="240" valign="top"><b>Berita Terkini</b><br><a href="/t1">Harga Gabah Kering Panen Naik</a><br><a href="/t2">Jalur Pantura Padat Merayap</a></td></tr>
<tr><td colspan="3" class="footer">Copyright &copy; 2014 Media Indonesia</td></tr></table>
</body></html>""")

page(
    id="b7-prlm-2013-tanpa-zona",
    url="http://www.pikiran-rakyat.com/node/228765",
    title="Angkot Jurusan Cicaheum-Ledeng Mogok, Penumpang Telantar",
    published="2013-03-22T15:12",
    paras=[
        "BANDUNG, (PRLM).- Ratusan sopir angkutan kota jurusan Cicaheum-Ledeng mogok beroperasi, Jumat (22/3/2013), sebagai protes atas maraknya ojek yang mangkal di jalur mereka.",
        "Akibatnya, penumpang telantar di sejumlah titik, terutama di sekitar Terminal Cicaheum dan Jalan Surapati.",
        "Dinas Perhubungan Kota Bandung mengerahkan sejumlah bus kota untuk mengangkut penumpang yang menumpuk.",
        "Perwakilan sopir meminta pemerintah kota menertibkan pangkalan ojek yang berada di dekat halte angkot.",
    ],
    html="""<html><head>
<title>Angkot Jurusan Cicaheum-Ledeng Mogok, Penumpang Telantar | Pikiran Rakyat Online</title>
<meta name="Generator" content="Drupal 6">
</head><body>
<div id="header"><a href="/">Pikiran Rakyat Online</a> <a href="/bandung-raya">Bandung Raya</a> <a href="/jabar">Jabar</a> <a href="/nasional">Nasional</a></div>
<div id="main">
<div class="node">
<h1 class="title">Angkot Jurusan Cicaheum-Ledeng Mogok, Penumpang Telantar</h1>
<span class="submitted">Jumat, 22/03/2013 - 15:12</span>
<div class="content">
{BODY}
<p>(A-170/A-108)***</p>
</div>
<div class="links"><a href="/comment/reply/228765">Tambahkan komentar</a> | <a href="/print/228765">Versi cetak</a></div>
</div>
<div class="block"><h2>Berita Terkait</h2><ul><li><a href="/node/228700">Ojek Pangkalan Dilarang di Depan Halte</a></li></ul></div>
</div>
<div id="footer">Copyright &copy; 2013 Pikiran Rakyat Online</div>
</body></html>""")

page(
    id="b7-tribunkaltim-2013-wita",
    url="http://kaltim.tribunnews.com/2013/12/02/harga-elpiji-di-samarinda-tembus-rp-25-ribu",
    title="Harga Elpiji di Samarinda Tembus Rp 25 Ribu",
    published="2013-12-02T10:20+08:00",
    paras=[
        "TRIBUNKALTIM.CO, SAMARINDA - Harga elpiji tabung tiga kilogram di sejumlah pengecer di Samarinda tembus Rp 25.000, jauh di atas harga eceran tertinggi.",
        "Warga Kelurahan Sungai Pinang mengatakan tabung elpiji sulit ditemukan sejak akhir pekan lalu.",
        "Pihak agen berdalih pengiriman dari depot terlambat karena kapal pengangkut tertahan cuaca buruk.",
        "Pemerintah kota berencana menggelar operasi pasar elpiji di lima kecamatan mulai Rabu.",
    ],
    html="""<html><head>
<title>Harga Elpiji di Samarinda Tembus Rp 25 Ribu - Tribun Kaltim</title>
<meta name="description" content="Harga elpiji tiga kilogram di Samarinda tembus Rp 25 ribu.">
</head><body>
<div id="header"><a href="/">Tribun Kaltim</a> <a href="/samarinda">Samarinda</a> <a href="/balikpapan">Balikpapan</a> <a href="/bisnis">Bisnis</a></div>
<div class="main">
<h1 id="arttitle">Harga Elpiji di Samarinda Tembus Rp 25 Ribu</h1>
<div class="mt5"><span>Senin, 2 Desember 2013 10:20 WITA</span></div>
<div class="reporter">Penulis: Rafan Dwinanto | Editor: Sumarsono</div>
<div class="txt-article">
{BODY}
</div>
<div class="tagcloud"><a href="/tag/elpiji">elpiji</a></div>
<div class="related"><h3>Berita Terkait</h3><ul><li><a href="/r1">Antrean Elpiji di Balikpapan Mengular</a> <span>Minggu, 1 Desember 2013 19:00 WITA</span></li></ul></div>
</div>
<div class="footer">Copyright &copy; 2013 Tribunnews.com</div>
</body></html>""")

page(
    id="b7-sindonews-2013-minus",
    url="http://daerah.sindonews.com/read/2013/03/04/21/723456/tanggul-sungai-bengawan-solo-jebol-di-bojonegoro",
    title="Tanggul Sungai Bengawan Solo Jebol di Bojonegoro",
    published="2013-03-04T14:05+07:00",
    paras=[
        "Sindonews.com - Tanggul Sungai Bengawan Solo di Desa Ledok Kulon, Kabupaten Bojonegoro, jebol sepanjang sepuluh meter setelah debit sungai naik sejak Minggu malam.",
        "Air sungai merendam puluhan rumah dan sawah yang baru ditanami padi di sekitar tanggul.",
        "Warga bersama anggota TNI menumpuk karung pasir untuk menutup tanggul yang jebol.",
        "Badan penanggulangan bencana daerah mendirikan dapur umum di balai desa untuk warga yang mengungsi.",
    ],
    html="""<html><head>
<title>Tanggul Sungai Bengawan Solo Jebol di Bojonegoro</title>
<meta name="description" content="Tanggul Sungai Bengawan Solo jebol di Bojonegoro.">
</head><body>
<div id="header"><a href="http://www.sindonews.com">SINDOnews.com</a> <a href="http://nasional.sindonews.com">Nasional</a> <a href="http://daerah.sindonews.com">Daerah</a> <a href="http://ekbis.sindonews.com">Ekbis</a></div>
<div id="content">
<div class="news-kanal">Daerah</div>
<div class="news-title"><h1>Tanggul Sungai Bengawan Solo Jebol di Bojonegoro</h1></div>
<div class="news-date">Senin, 4 Maret 2013 − 14:05 WIB</div>
<div class="news-img"><img src="/tanggul.jpg"><div class="caption">Ilustrasi (Dok. SINDO)</div></div>
<div class="news-content">
{BODY}
<p>(rsa)</p>
</div>
<div class="news-related"><h4>Berita Terkait</h4><ul><li><a href="/r1">Debit Bengawan Solo Naik, Status Siaga</a></li></ul></div>
</div>
<div id="footer">&copy; 2013 SINDOnews.com</div>
</body></html>""")
