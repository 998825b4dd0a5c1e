# Batch 9: written blind (before reading the extraction code) after batches 6-8 scored every title right, to press
# harder on headlines and dates: a JSON-LD headline cut at 110 characters, a <title> cut with "...", site names
# before the headline with "»" and with two segments, a headline holding " - " and "|", a subtitle inside the
# h1, a series number "(2)", a headline in a hero block above an h1 of the section, a double-escaped og:title,
# Indonesian month abbreviations ("Agu", "Des"), seconds in the time, a weekday-less "Dipublikasikan pada"
# line under the body, a body date of the day before, datelines "Surabaya (ANTARA) -", "Jakarta, CNN
# Indonesia --". All news fictional, our own sentences.

PAGES = []


def page(**kw):
    PAGES.append(kw)


page(
    id="b9-jsonld-headline-terpotong",
    url="https://www.harianrakyat.example.id/nasional/2024/08/17/upacara-kemerdekaan-di-atas-kapal",
    title="Upacara Kemerdekaan di Atas Kapal Perintis, Ratusan Penumpang dan Awak Hormat Bendera di Tengah Laut Banda yang Bergelombang",
    published="2024-08-17T10:20+09:00",
    paras=[
        "AMBON - Ratusan penumpang dan awak kapal perintis menggelar upacara peringatan kemerdekaan di geladak kapal yang sedang berlayar di Laut Banda.",
        "Nakhoda kapal bertindak sebagai inspektur upacara, sedangkan pengibar bendera dipilih dari pelajar yang kebetulan ikut berlayar pulang kampung.",
        "Gelombang setinggi satu meter membuat peserta upacara harus berpegangan pada pagar geladak saat menyanyikan lagu kebangsaan.",
        "Kapal itu melayani rute Ambon, Banda Neira dan pulau-pulau di Maluku Tenggara dua kali dalam sebulan.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Upacara Kemerdekaan di Atas Kapal Perintis, Ratusan Penumpang dan Awak Hormat Bendera di Tengah... - Harian Rakyat</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Upacara Kemerdekaan di Atas Kapal Perintis, Ratusan Penumpang dan Awak Hormat Bendera di Tengah Laut Banda","datePublished":"2024-08-17T01:20:00Z"}</script>
</head><body>
<div class="nav"><a href="/">Harian Rakyat</a> <a href="/nasional">Nasional</a> <a href="/daerah">Daerah</a></div>
<article>
<h1 class="headline">Upacara Kemerdekaan di Atas Kapal Perintis, Ratusan Penumpang dan Awak Hormat Bendera di Tengah Laut Banda yang Bergelombang</h1>
<div class="dateline">Sabtu, 17 Agu 2024 10:20:45 WIT</div>
<div class="story">
{BODY}
</div>
</article>
</body></html>""")

page(
    id="b9-site-first-guillemet",
    url="https://kabarbanten.example.id/serang/jalan-rusak-di-petir-diperbaiki-warga-tanam-pohon-pisang",
    title="Jalan Rusak di Petir Diperbaiki setelah Warga Tanam Pohon Pisang",
    published="2023-12-04T13:45+07:00",
    paras=[
        "SERANG - Pemerintah kabupaten akhirnya memperbaiki jalan rusak sepanjang empat kilometer di Kecamatan Petir, sepekan setelah warga menanam pohon pisang di lubang-lubang jalan.",
        "Aksi warga itu sempat ramai dibicarakan di media sosial karena lubang jalan yang ditanami pisang mencapai puluhan titik.",
        "Kepala dinas pekerjaan umum setempat mengatakan perbaikan sebenarnya sudah dijadwalkan, tetapi anggarannya baru cair bulan ini.",
        "Warga berharap jalan itu dibangun dengan beton agar tidak cepat rusak lagi dilewati truk pengangkut pasir.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Kabar Banten » Serang » Jalan Rusak di Petir Diperbaiki setelah Warga Tanam Pohon Pisang</title>
<meta property="og:title" content="Kabar Banten » Jalan Rusak di Petir Diperbaiki setelah Warga Tanam Pohon Pisang">
<meta property="og:type" content="article">
</head><body>
<div class="header"><a href="/">Kabar Banten</a> <a href="/serang">Serang</a> <a href="/cilegon">Cilegon</a> <a href="/lebak">Lebak</a></div>
<div class="main-article">
<div class="title-article">Jalan Rusak di Petir Diperbaiki setelah Warga Tanam Pohon Pisang</div>
<div class="info-article">Senin, 4 Des 2023 | 13:45 WIB</div>
<div class="isi-article">
{BODY}
</div>
</div>
<div class="sidebar"><div class="sidebar-title">Terpopuler</div><a href="/p">Pasar Rau Direvitalisasi Tahun Depan</a></div>
</body></html>""")

page(
    id="b9-judul-berisi-strip",
    url="https://www.beritakereta.example.id/read/2025/01/20/ka-jakarta-bandung-tambah-jadwal",
    title="KA Jakarta - Bandung Tambah Jadwal | Tiket Mulai Dijual Hari Ini",
    published="2025-01-20T08:00+07:00",
    paras=[
        "Operator kereta api menambah empat perjalanan kereta antara Jakarta dan Bandung setiap hari mulai bulan depan.",
        "Tiket untuk jadwal tambahan itu mulai dijual hari ini melalui aplikasi dan loket stasiun.",
        "Perjalanan tambahan berangkat pada pagi dan sore hari, jam-jam yang selama ini paling cepat habis tiketnya.",
        "Penumpang yang membeli tiket pulang-pergi sekaligus mendapat potongan harga sepuluh persen selama bulan pertama.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>KA Jakarta - Bandung Tambah Jadwal | Tiket Mulai Dijual Hari Ini - Berita Kereta</title>
<meta property="og:title" content="KA Jakarta - Bandung Tambah Jadwal | Tiket Mulai Dijual Hari Ini - Berita Kereta">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-01-20T08:00:00+07:00">
</head><body>
<div class="nav"><a href="/">Berita Kereta</a> <a href="/kai">KAI</a> <a href="/krl">KRL</a></div>
<article>
<h1>KA Jakarta - Bandung Tambah Jadwal | Tiket Mulai Dijual Hari Ini</h1>
<div class="meta">Senin, 20 Januari 2025 08:00 WIB</div>
<div class="entry">
{BODY}
</div>
</article>
</body></html>""")

page(
    id="b9-subjudul-dalam-h1",
    url="https://www.koranbarat.example.id/ekonomi/harga-karet-naik-petani-sanggau-kembali-menyadap",
    title="Harga Karet Naik, Petani Sanggau Kembali Menyadap",
    published="2024-06-11T15:30+07:00",
    paras=[
        "SANGGAU - Petani karet di Kabupaten Sanggau kembali menyadap kebun mereka setelah harga getah karet naik menjadi Rp 13.000 per kilogram.",
        "Selama dua tahun terakhir banyak petani membiarkan kebunnya karena harga getah hanya sekitar Rp 7.000 per kilogram.",
        "Pedagang pengumpul di pasar kecamatan mengatakan permintaan dari pabrik pengolahan di Pontianak meningkat sejak awal bulan.",
        "Petani berharap harga bertahan setidaknya sampai akhir tahun agar utang di warung bisa dilunasi.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Harga Karet Naik, Petani Sanggau Kembali Menyadap | Koran Barat</title>
<meta property="og:title" content="Harga Karet Naik, Petani Sanggau Kembali Menyadap">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-06-11T08:30:00.000Z">
</head><body>
<div class="nav"><a href="/">Koran Barat</a> <a href="/ekonomi">Ekonomi</a> <a href="/kalbar">Kalbar</a></div>
<article>
<h1 class="entry-title">Harga Karet Naik, Petani Sanggau Kembali Menyadap<small class="subtitle">Harga getah di tingkat petani hampir dua kali lipat dibanding tahun lalu</small></h1>
<div class="entry-meta">Selasa, 11 Juni 2024 - 15:30 WIB</div>
<div class="entry-content">
{BODY}
</div>
</article>
</body></html>""")

page(
    id="b9-seri-nomor",
    url="https://www.ekspedisi.example.id/jelajah/menyusuri-sungai-kapuas-2",
    title="Menyusuri Sungai Kapuas (2): Kampung Terapung di Hulu",
    published="2024-10-02T07:00+07:00",
    paras=[
        "Perahu motor kami tiba di Kampung Nanga Suhaid menjelang sore, ketika anak-anak melompat dari teras rumah ke sungai yang cokelat.",
        "Hampir semua rumah di kampung ini berdiri di atas rakit kayu besar yang diikat ke pohon di tepi sungai.",
        "Saat air naik, rumah-rumah itu ikut terangkat. Saat kemarau, rakitnya turun dan kadang kandas di pasir.",
        "Seorang tetua kampung bercerita bahwa rakit semacam itu bisa bertahan lebih dari tiga puluh tahun bila kayunya diganti sedikit demi sedikit.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Menyusuri Sungai Kapuas (2): Kampung Terapung di Hulu - Ekspedisi</title>
<meta property="og:title" content="Menyusuri Sungai Kapuas (2): Kampung Terapung di Hulu">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Menyusuri Sungai Kapuas (2): Kampung Terapung di Hulu","datePublished":"2024-10-02T07:00:00+07:00"}</script>
</head><body>
<div class="nav"><a href="/">Ekspedisi</a> <a href="/jelajah">Jelajah</a></div>
<div class="series-label">Liputan Khusus: Menyusuri Sungai Kapuas</div>
<article>
<h1>Menyusuri Sungai Kapuas (2): Kampung Terapung di Hulu</h1>
<div class="date">Rabu, 2 Oktober 2024 07:00 WIB</div>
<div class="content">
{BODY}
</div>
<div class="series-nav"><a href="/jelajah/menyusuri-sungai-kapuas-1">« Bagian 1: Berangkat dari Pontianak</a> <a href="/jelajah/menyusuri-sungai-kapuas-3">Bagian 3: Danau Sentarum »</a></div>
</article>
</body></html>""")

page(
    id="b9-hero-judul-h1-kanal",
    url="https://www.sumbarkini.example.id/padang/2024/09/23/pasar-raya-padang-tutup-lebih-awal",
    title="Pedagang Pasar Raya Padang Diminta Tutup Lebih Awal Selama Perbaikan Listrik",
    published="2024-09-23T17:10+07:00",
    paras=[
        "PADANG - Pedagang Pasar Raya Padang diminta menutup kios lebih awal, pukul empat sore, selama perbaikan jaringan listrik di gedung pasar berlangsung.",
        "Perbaikan dilakukan setelah korsleting menyebabkan kebakaran kecil di lantai dua pekan lalu.",
        "Kepala dinas perdagangan setempat mengatakan pekerjaan akan selesai dalam dua pekan jika cuaca mendukung.",
        "Sebagian pedagang keberatan karena pembeli paling ramai datang menjelang magrib.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Pedagang Pasar Raya Padang Diminta Tutup Lebih Awal Selama Perbaikan Listrik</title>
<meta property="og:type" content="article">
</head><body>
<div class="nav"><a href="/">Sumbar Kini</a> <a href="/padang">Padang</a> <a href="/bukittinggi">Bukittinggi</a></div>
<div class="page-header"><h1 class="page-title">Padang</h1></div>
<div class="hero">
<div class="hero-title">Pedagang Pasar Raya Padang Diminta Tutup Lebih Awal Selama Perbaikan Listrik</div>
<div class="hero-meta">Oleh Rahmat Hidayat · Senin, 23 September 2024, 17:10 WIB</div>
</div>
<div class="article-body">
{BODY}
</div>
<div class="related"><h4>Baca Juga</h4><ul><li><a href="/r1">Pasar Raya Padang Terbakar, Tiga Kios Hangus</a></li></ul></div>
</body></html>""")

page(
    id="b9-og-double-escape",
    url="https://www.ruangsidang.example.id/hukum/hakim-kabulkan-praperadilan-kepala-desa",
    title="Hakim Kabulkan Praperadilan Kepala Desa, \"Penetapan Tersangka Tidak Sah\"",
    published="2024-03-19T20:05+07:00",
    paras=[
        "Hakim tunggal pengadilan negeri mengabulkan permohonan praperadilan seorang kepala desa yang ditetapkan sebagai tersangka penyalahgunaan dana desa.",
        "Dalam putusannya, hakim menyatakan penyidik belum memiliki dua alat bukti yang cukup ketika menetapkan pemohon sebagai tersangka.",
        "\"Penetapan tersangka terhadap pemohon tidak sah dan tidak berdasar hukum,\" kata hakim saat membacakan putusan.",
        "Kuasa hukum kejaksaan menyatakan akan mempelajari putusan itu sebelum menentukan langkah berikutnya.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Hakim Kabulkan Praperadilan Kepala Desa, &quot;Penetapan Tersangka Tidak Sah&quot; - Ruang Sidang</title>
<meta property="og:title" content="Hakim Kabulkan Praperadilan Kepala Desa, &amp;quot;Penetapan Tersangka Tidak Sah&amp;quot;">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-19T20:05:00+07:00">
</head><body>
<div class="nav"><a href="/">Ruang Sidang</a> <a href="/hukum">Hukum</a></div>
<article>
<h1>Hakim Kabulkan Praperadilan Kepala Desa, "Penetapan Tersangka Tidak Sah"</h1>
<div class="time">Selasa, 19 Maret 2024 | 20:05 WIB</div>
<div class="content">
{BODY}
</div>
</article>
</body></html>""")

page(
    id="b9-antara-jatim-kemarin",
    url="https://jatim.antaranews.com/berita/812345/pelindo-siapkan-dermaga-khusus-kapal-ternak-di-tanjung-perak",
    title="Pelindo Siapkan Dermaga Khusus Kapal Ternak di Tanjung Perak",
    published="2024-12-10T09:25",
    paras=[
        "Surabaya (ANTARA) - Operator pelabuhan menyiapkan dermaga khusus untuk kapal pengangkut sapi di Pelabuhan Tanjung Perak, Surabaya.",
        "Langkah itu diambil setelah bongkar muat sapi dari Nusa Tenggara Timur pada Senin (9/12) membuat antrean truk di dermaga umum hingga malam hari.",
        "Dermaga khusus dilengkapi jalur turun ternak, tempat minum dan kandang transit untuk menampung sapi sebelum diangkut ke rumah potong.",
        "Pengelola pelabuhan menargetkan dermaga itu mulai dipakai pada pekan ketiga Desember.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Pelindo Siapkan Dermaga Khusus Kapal Ternak di Tanjung Perak - ANTARA News Jawa Timur</title>
<meta property="og:title" content="Pelindo Siapkan Dermaga Khusus Kapal Ternak di Tanjung Perak">
<meta property="og:type" content="article">
</head><body>
<div class="nav"><a href="/">ANTARA Jatim</a> <a href="/surabaya">Surabaya</a> <a href="/ekonomi">Ekonomi</a></div>
<div class="post-content">
<h1 class="post-title">Pelindo Siapkan Dermaga Khusus Kapal Ternak di Tanjung Perak</h1>
<p class="text-muted"><span>Selasa, 10 Desember 2024 9:25</span></p>
<div class="post-content-body">
{BODY}
</div>
<p class="text-muted small">Pewarta: Hadi Santoso<br>Editor: Slamet Hadi Purnomo<br>COPYRIGHT © ANTARA 2024</p>
</div>
</body></html>""")

page(
    id="b9-cnn-dipublikasikan-bawah",
    url="https://www.cnnindonesia.com/nasional/20240715093012-20-1121234/bandara-sentani-tutup-sementara-karena-kabut",
    title="Bandara Sentani Tutup Sementara karena Kabut Tebal",
    published="2024-07-15T09:30+09:00",
    paras=[
        "Jakarta, CNN Indonesia -- Bandara Sentani di Kabupaten Jayapura ditutup sementara pada Senin pagi karena kabut tebal membuat jarak pandang kurang dari 500 meter.",
        "Tiga penerbangan dari Makassar dan Timika terpaksa berputar-putar di udara sebelum dialihkan ke bandara terdekat.",
        "Pengelola bandara mengatakan kabut biasanya mulai menipis menjelang pukul sepuluh pagi waktu setempat.",
        "Penumpang yang akan berangkat diminta menunggu informasi jadwal terbaru dari maskapai masing-masing.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Bandara Sentani Tutup Sementara karena Kabut Tebal</title>
<meta property="og:title" content="Bandara Sentani Tutup Sementara karena Kabut Tebal">
<meta property="og:type" content="article">
</head><body>
<div class="nav"><a href="/">CNN Indonesia</a> <a href="/nasional">Nasional</a> <a href="/ekonomi">Ekonomi</a></div>
<div class="content-detail">
<h1 class="title">Bandara Sentani Tutup Sementara karena Kabut Tebal</h1>
<div class="author">CNN Indonesia</div>
<div class="detail-text">
{BODY}
</div>
<div class="date-bottom">Dipublikasikan pada 15 Juli 2024 pukul 09.30 WIT</div>
<div class="box-terkait"><h3>LIHAT JUGA</h3><a href="/r1">Bandara Wamena Ramai Jelang Festival Lembah Baliem</a></div>
</div>
</body></html>""")

page(
    id="b9-rubrik-kapital-di-h1",
    url="https://www.suarakota.example.id/olahraga/liga-1-2024-2025-persib-menang-2-1-atas-persija",
    title="Liga 1 2024/2025: Persib Menang 2-1 atas Persija",
    published="2024-10-05T21:50+07:00",
    paras=[
        "BANDUNG - Persib Bandung mengalahkan Persija Jakarta 2-1 dalam lanjutan Liga 1 di Stadion Si Jalak Harupat, Sabtu malam.",
        "Gol kemenangan Persib dicetak pada menit ke-88 melalui sundulan bek tengah memanfaatkan tendangan sudut.",
        "Pelatih Persija mengaku timnya kehilangan konsentrasi pada menit-menit akhir setelah mendominasi babak kedua.",
        "Kemenangan ini membawa Persib naik ke posisi kedua klasemen sementara.",
    ],
    html="""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Liga 1 2024/2025: Persib Menang 2-1 atas Persija - SUARAKOTA</title>
<meta property="og:title" content="Liga 1 2024/2025: Persib Menang 2-1 atas Persija">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-10-05T21:50:00+07:00">
</head><body>
<div class="nav"><a href="/">SUARAKOTA</a> <a href="/olahraga">OLAHRAGA</a> <a href="/politik">POLITIK</a></div>
<article>
<h1 class="judul"><span class="rubrik">SEPAK BOLA</span> Liga 1 2024/2025: Persib Menang 2-1 atas Persija</h1>
<div class="tanggal">Sabtu, 5 Oktober 2024 - 21:50 WIB</div>
<div class="isi">
{BODY}
</div>
</article>
</body></html>""")
