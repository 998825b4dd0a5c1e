# Eight pages of one fictional site whose template puts two prose paragraphs inside every article (a
# partnership note on top, a call for opinion pieces at the end): no rule about one page can tell them from
# the story, only their recurrence across the site's pages can. Built into examples/extraction/template.

STORIES = [
    ("jembatan-gantung", "Jembatan Gantung Desa Waruga Selesai Diperbaiki", "2025-02-03T09:10+07:00", [
        "Jembatan gantung yang menghubungkan Desa Waruga dengan pasar kecamatan selesai diperbaiki setelah dua bulan ditutup.",
        "Warga kini tidak perlu lagi memutar sejauh tujuh kilometer untuk membawa hasil kebun ke pasar.",
        "Kepala desa mengatakan perawatan jembatan akan dilakukan bergiliran oleh warga setiap bulan."]),
    ("panen-kopi", "Petani Kopi Lembah Hijau Mulai Panen Raya", "2025-02-05T14:30+07:00", [
        "Petani kopi di lereng Lembah Hijau mulai memanen buah kopi yang matang lebih awal karena musim hujan yang pendek.",
        "Harga buah kopi merah di tingkat petani naik menjadi sebelas ribu rupiah per kilogram.",
        "Koperasi petani menyiapkan mesin pengering baru agar kualitas biji tetap terjaga."]),
    ("sekolah-rusak", "Atap Sekolah Dasar di Dusun Kalirejo Ambruk", "2025-02-07T08:05+07:00", [
        "Atap dua ruang kelas sekolah dasar di Dusun Kalirejo ambruk setelah hujan deras disertai angin kencang.",
        "Tidak ada korban karena kejadian itu berlangsung pada malam hari ketika sekolah kosong.",
        "Untuk sementara siswa belajar di balai dusun sambil menunggu perbaikan dari dinas pendidikan."]),
    ("pasar-murah", "Pasar Murah Digelar di Lima Kecamatan", "2025-02-10T10:45+07:00", [
        "Pemerintah kabupaten menggelar pasar murah di lima kecamatan untuk menekan harga bahan pokok menjelang Ramadan.",
        "Warga dapat membeli beras, gula dan minyak goreng dengan harga lebih rendah dari harga pasar.",
        "Setiap warga dibatasi membeli maksimal lima kilogram beras agar semua kebagian."]),
    ("posyandu", "Posyandu Remaja Dibentuk di Setiap Desa", "2025-02-12T13:20+07:00", [
        "Dinas kesehatan membentuk posyandu remaja di setiap desa untuk memantau gizi dan kesehatan anak usia sekolah menengah.",
        "Kegiatan posyandu remaja meliputi penimbangan, pemeriksaan tekanan darah dan penyuluhan tentang kesehatan reproduksi.",
        "Kader posyandu dilatih selama tiga hari oleh petugas puskesmas."]),
    ("longsor", "Longsor Tutup Jalan Menuju Air Terjun Sekar", "2025-02-14T16:00+07:00", [
        "Tanah longsor menutup jalan menuju kawasan wisata Air Terjun Sekar setelah hujan turun sejak siang.",
        "Petugas bersama warga membersihkan material longsor menggunakan alat berat yang didatangkan dari kecamatan.",
        "Pengelola wisata menutup sementara kawasan itu hingga kondisi jalan dinyatakan aman."]),
    ("festival-budaya", "Festival Budaya Lembah Digelar Tiga Hari", "2025-02-17T19:30+07:00", [
        "Festival budaya tahunan digelar selama tiga hari di alun-alun kabupaten dengan menampilkan kesenian dari setiap desa.",
        "Panitia juga menyediakan bazar makanan tradisional yang dikelola kelompok perempuan desa.",
        "Pengunjung yang datang pada hari pertama tercatat lebih dari lima ribu orang."]),
    ("air-bersih", "Warga Tiga Dusun Kesulitan Air Bersih", "2025-02-19T07:50+07:00", [
        "Warga tiga dusun di ujung timur kabupaten kesulitan mendapat air bersih karena pipa dari sumber mata air rusak.",
        "Mereka terpaksa mengambil air dari sungai yang berjarak dua kilometer dari permukiman.",
        "Perusahaan daerah air minum berjanji mengirim truk tangki setiap pagi sampai pipa selesai diperbaiki."]),
]

PARTNER = "Berita ini disiarkan atas kerja sama Kabar Lembah dengan Radio Suara Lembah dan dapat didengar setiap pagi pukul tujuh."
OPINION = "Kabar Lembah menerima tulisan opini dari pembaca tentang kehidupan di desa masing-masing melalui surel redaksi kami."

TEMPLATE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>{title} - Kabar Lembah</title>
<meta property="og:title" content="{title}"><meta property="og:type" content="article"><meta property="og:site_name" content="Kabar Lembah">
<meta property="article:published_time" content="{published}">
</head><body>
<div class="top"><a href="/">Kabar Lembah</a> <a href="/desa">Desa</a> <a href="/ekonomi">Ekonomi</a></div>
<div class="artikel">
<h1>{title}</h1>
<div class="tgl">{published}</div>
<div class="isi">
<p>{partner}</p>
{{BODY}}
<p>{opinion}</p>
</div>
</div>
<div class="bawah">© 2025 Kabar Lembah</div>
</body></html>"""

PAGES = [dict(id="lembah-" + slug, url="https://kabarlembah.id/berita/" + slug, title=title, published=published, paras=paras,
              html=TEMPLATE.format(title=title, published=published, partner=PARTNER, opinion=OPINION))
         for slug, title, published, paras in STORIES]
