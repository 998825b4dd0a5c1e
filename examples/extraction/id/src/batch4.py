# Batch 4: headlines that are hard to tell from what sites wrap them in, scored blind. All news fictional.

BODY_A = [
    "Pemerintah kota memperpanjang jam operasional bus malam hingga pukul satu dini hari mulai pekan depan untuk melayani pekerja yang pulang larut.",
    "Kepala dinas perhubungan mengatakan perpanjangan jam itu berlaku di enam koridor utama yang paling ramai penumpang.",
    "Penumpang cukup membayar tarif yang sama dengan siang hari dan dapat memakai kartu elektronik yang sudah ada.",
    "Dinas juga menambah petugas keamanan di halte-halte yang sepi pada malam hari.",
]

PAGES = []

def page(id, url, title, published, html, paras=BODY_A):
    PAGES.append(dict(id=id, url=url, title=title, published=published, paras=paras, html=html))

page("title-colon-quote", "https://harianmetro.example.id/read/2025/07/01/menteri-harga-beras-aman",
     "Menteri: Harga Beras Aman hingga Akhir Tahun", "2025-07-01T10:00+07:00", """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Menteri: Harga Beras Aman hingga Akhir Tahun - Harian Metro</title>
<meta property="og:title" content="Menteri: Harga Beras Aman hingga Akhir Tahun"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-07-01T10:00:00+07:00"></head><body>
<div class="nav"><a href="/">Harian Metro</a> <a href="/ekonomi">Ekonomi</a></div>
<h1>Menteri: Harga Beras Aman hingga Akhir Tahun</h1><div class="date">Selasa, 1 Juli 2025 10:00 WIB</div>
<div class="content">{BODY}</div></body></html>""")

page("title-kicker-in-h1", "https://kabarnegeri.example.id/eksklusif/2025/07/02/bus-malam",
     "Jam Bus Malam Diperpanjang hingga Dini Hari", "2025-07-02T08:20+07:00", """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>EKSKLUSIF: Jam Bus Malam Diperpanjang hingga Dini Hari | Kabar Negeri</title>
<meta property="og:title" content="Jam Bus Malam Diperpanjang hingga Dini Hari"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Jam Bus Malam Diperpanjang hingga Dini Hari","datePublished":"2025-07-02T08:20:00+07:00"}</script></head><body>
<div class="nav"><a href="/">Kabar Negeri</a></div>
<h1><span class="kicker">EKSKLUSIF</span> Jam Bus Malam Diperpanjang hingga Dini Hari</h1><p class="time">Rabu, 2 Juli 2025, 08:20 WIB</p>
<div class="article-text">{BODY}</div></body></html>""")

page("title-two-h1", "https://warga.example.id/berita/2025/07/03/bus-malam-diperpanjang",
     "Bus Malam Kini Beroperasi Sampai Pukul Satu", "2025-07-03T19:45+07:00", """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Bus Malam Kini Beroperasi Sampai Pukul Satu</title>
<meta property="og:type" content="article"></head><body>
<header><h1 class="logo"><a href="/">Warga Online</a></h1><nav><a href="/berita">Berita</a> <a href="/opini">Opini</a></nav></header>
<article><h1 class="entry-title">Bus Malam Kini Beroperasi Sampai Pukul Satu</h1><span class="posted-on">Kamis, 3 Juli 2025 | 19:45 WIB</span>
<div class="entry-content">{BODY}</div></article></body></html>""")

page("title-generic-seo-suffix", "https://infokota.example.id/2025/07/04/bus-malam",
     "Warga Sambut Perpanjangan Jam Bus Malam", "2025-07-04T12:10+07:00", """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Warga Sambut Perpanjangan Jam Bus Malam - Berita Terkini Hari Ini</title>
<meta name="description" content="Warga menyambut perpanjangan jam operasional bus malam."></head><body>
<div class="menu"><a href="/">InfoKota</a></div>
<div class="post"><h2 class="post-title">Warga Sambut Perpanjangan Jam Bus Malam</h2><div class="post-date">Jumat, 4 Juli 2025 - 12:10 WIB</div>
<div class="post-body">{BODY}</div></div></body></html>""")

page("title-foto-prefix", "https://lensa.example.id/foto/2025/07/05/halte-malam",
     "FOTO: Halte Bus Malam Dijaga Petugas", "2025-07-05T21:00+07:00", """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>FOTO: Halte Bus Malam Dijaga Petugas - Lensa</title>
<meta property="og:title" content="FOTO: Halte Bus Malam Dijaga Petugas"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-07-05T14:00:00Z"></head><body>
<div class="nav"><a href="/">Lensa</a></div>
<h1>FOTO: Halte Bus Malam Dijaga Petugas</h1><div class="meta">Sabtu, 5 Juli 2025 21:00 WIB</div>
<div class="isi">{BODY}</div></body></html>""")

page("title-page-suffix", "https://beritasatu.example.id/read/2025/07/06/bus-malam-diperpanjang?page=2",
     "Perpanjangan Jam Bus Malam Dievaluasi Tiap Bulan", "2025-07-06T09:05+07:00", """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Perpanjangan Jam Bus Malam Dievaluasi Tiap Bulan Halaman 2 - Berita Satu Kota</title>
<meta property="og:title" content="Perpanjangan Jam Bus Malam Dievaluasi Tiap Bulan Halaman 2"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-07-06T09:05:00+07:00"></head><body>
<div class="nav"><a href="/">Berita Satu Kota</a></div>
<h1>Perpanjangan Jam Bus Malam Dievaluasi Tiap Bulan</h1><div class="date">Minggu, 6 Juli 2025 09:05 WIB</div>
<div class="read-content">{BODY}<div class="paging">Halaman: <a href="?page=1">1</a> <span>2</span></div></div></body></html>""")
