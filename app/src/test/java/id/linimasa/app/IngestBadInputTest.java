package id.linimasa.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input end to end through {@code linimasa ingest}: each bad path gets one line naming it and why,
 * the good pages are stored, the exit code says some failed, and what the corpus held is kept.
 */
class IngestBadInputTest {

    /** A plain-text dump shaped like the outlets' pages (written for this test): title, date, share clutter, body. */
    static String page(String title, String date, String... paragraphs) {
        return title + "\n\n" + date + "\n\nfacebook twitter whatsapp copy\n\nURL berhasil dicopy\n\n"
                + String.join("\n\nBaca Juga: Harga Cabai Rawit Melonjak Jelang Lebaran\n\n", paragraphs) + "\n\nTulis komentar Anda\n";
    }

    static final String BRIDGE = page("Jembatan Gantung Diresmikan", "Senin, 3 Maret 2025 - 09:10 WIB",
            "SUMBA, harianpesisir.id – Warga dua desa di lereng bukit kini bisa menyeberangi sungai tanpa perahu setelah "
                    + "jembatan gantung sepanjang delapan puluh meter diresmikan pada Senin pagi oleh pemerintah kabupaten.",
            "\"Dulu anak-anak harus menunggu air surut untuk pergi ke sekolah,\" kata kepala desa sambil menunjuk tiang "
                    + "baja yang ditanam di kedua tebing. Pembangunan sempat tertunda karena banjir besar tahun lalu.",
            "Dinas pekerjaan umum menyebut jembatan itu mampu menahan beban sepeda motor dan gerobak hasil panen kopi.");
    static final String CLINIC = page("Puskesmas Baru Dibuka", "Selasa, 4 Maret 2025 - 10:20 WIB",
            "ENDE, harianpesisir.id – Sebuah puskesmas rawat inap dengan dua belas tempat tidur mulai melayani pasien di "
                    + "kecamatan pesisir yang selama ini hanya memiliki satu bidan desa untuk ribuan penduduk.",
            "Kepala dinas kesehatan mengatakan tiga dokter umum dan seorang dokter gigi sudah ditempatkan, sementara "
                    + "ambulans laut akan tiba bulan depan untuk menjangkau pulau-pulau kecil di sekitarnya.",
            "Warga menyambut kabar itu dengan antre sejak subuh untuk memeriksakan tekanan darah dan gula darah.");
    static final String MARKET = page("Pasar Ikan Higienis Dibuka – Warga Sambut “Gembira”", "Rabu, 5 Maret 2025 - 11:30 WIB",
            "LARANTUKA, harianpesisir.id – Nelayan kini menjual tangkapan di los berlantai keramik dengan air bersih dan "
                    + "ruang pendingin, menggantikan lapak kayu di tepi pantai yang becek setiap kali hujan turun.",
            "Pengelola pasar menyebut harga ikan tongkol justru stabil karena pedagang tidak lagi terburu-buru menjual "
                    + "sebelum ikan membusuk. Pemeriksaan mutu dilakukan petugas perikanan setiap pagi.",
            "Pemerintah daerah berencana membangun pabrik es kecil di samping pasar tahun depan.");

    @Test
    void everyBadPathIsNamedWithItsReasonAndTheRestIsStored(@TempDir Path tmp) throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path first = Files.writeString(tmp.resolve("awal.txt"), BRIDGE);
        CommandRun before = CommandRun.of("ingest", first.toString(), "--corpus", corpus.toString());
        assertThat(before.exit()).as(before.out() + before.err()).isZero();
        assertThat(before.out()).contains("articles stored: 1");

        Path in = Files.createDirectories(tmp.resolve("masuk"));
        Files.writeString(in.resolve("a_baik.txt"), CLINIC);
        Files.write(in.resolve("b_kosong.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        Files.write(in.resolve("c_biner.txt"), binary);
        Path big = in.resolve("d_besar.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "Baris pengisi untuk berkas yang terlalu besar bagi sebuah halaman berita.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L << 20; written += line.length) out.write(line);
        }
        Files.write(in.resolve("e_windows1252.txt"), MARKET.getBytes(Charset.forName("windows-1252")));
        Files.writeString(in.resolve("f_tanpa_artikel.html"), "<!doctype html><html><head><title>Beranda</title></head><body>"
                + "<nav><a href='/'>Beranda</a> <a href='/olahraga'>Olahraga</a></nav><ul><li><a href='/a'>Berita satu</a></li>"
                + "<li><a href='/b'>Berita dua</a></li></ul><footer>Hak cipta 2025</footer></body></html>");
        Path emptyFolder = Files.createDirectories(tmp.resolve("folder_kosong"));
        Path missing = tmp.resolve("tidak_ada.txt");

        CommandRun r = CommandRun.of("ingest", in.toString(), emptyFolder.toString(), missing.toString(), "--corpus", corpus.toString());
        assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
        List<String> errors = Arrays.stream(r.err().split("\n")).filter(l -> !l.isBlank() && !l.contains("WARNING")
                && !l.contains("VectorizationProvider")).toList();
        for (String bad : List.of("b_kosong.txt", "c_biner.txt", "d_besar.txt", "f_tanpa_artikel.html", "folder_kosong", "tidak_ada.txt")) {
            assertThat(errors).as(bad).filteredOn(l -> l.contains(bad)).hasSize(1);
        }
        assertThat(errors).hasSize(6);
        // six files were read (three were no page); the missing path and the empty folder are failures, not pages read
        assertThat(r.out()).contains("pages read: 6", "articles stored: 2", "failed: 6");

        CommandRun all = CommandRun.of("search", "--limit", "10", "--corpus", corpus.toString());
        assertThat(all.out()).startsWith("3 articles").doesNotContain("copy of")
                .contains("jembatan gantung sepanjang", "puskesmas rawat inap", "LARANTUKA, harianpesisir.id – Nelayan"); // the dash is 0x96 in windows-1252
        assertThat(CommandRun.of("search", "gantung", "--corpus", corpus.toString()).out()).startsWith("1 article");
        assertThat(CommandRun.of("search", "pendingin", "--corpus", corpus.toString()).out()).startsWith("1 article");

        CommandRun again = CommandRun.of("reanalyse", "--corpus", corpus.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("pages read: 3", "articles rewritten: 3", "failed: 0");
        assertThat(CommandRun.of("search", "pendingin", "--corpus", corpus.toString()).out()).startsWith("1 article");
    }
}
