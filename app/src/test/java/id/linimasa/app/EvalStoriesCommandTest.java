package id.linimasa.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvalStoriesCommandTest {

    private static final String BODY = """
            Gubernur Sulawesi Tengah meresmikan bendungan baru di Kabupaten Sigi pada Senin (2/6/2025). Bendungan itu akan mengairi sekitar empat ribu hektare sawah di lembah Palu.

            Pembangunan bendungan memakan waktu tiga tahun dengan biaya sekitar Rp 1,2 triliun. Para petani berharap bisa menanam padi dua kali setahun setelah saluran irigasi selesai dibangun.

            "Air adalah kunci swasembada pangan di daerah ini," kata gubernur dalam sambutannya di lokasi bendungan, Senin siang.

            Dinas Pekerjaan Umum menyebut saluran sekunder dan tersier ditargetkan rampung akhir tahun depan.
            """;

    private static final String OTHER = """
            Ribuan warga memadati Pantai Losari di Makassar untuk menyaksikan lomba perahu tradisional, Minggu (8/6/2025). Sebanyak dua puluh regu dari berbagai kabupaten ikut berlomba.

            Regu dari Kabupaten Takalar keluar sebagai juara setelah menyalip lawan pada putaran terakhir. Panitia menyediakan hadiah uang tunai dan piala bergilir.

            "Lomba ini kami gelar setiap tahun untuk menjaga tradisi bahari," ujar ketua panitia di sela acara.
            """;

    private static String page(String title, String date, String body, String footer) {
        return title + "\n\nPenulis: Redaksi\n\n" + date + "\n\nbagikan: fb x wa\n\n" + body + "\nBaca Juga : " + footer + "\n";
    }

    private static void goldSet(Path dir, String gold) throws Exception {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/a.txt"), page("Bendungan Baru di Sigi Diresmikan", "Senin, 2 Juni 2025 - 14:00 WIB", BODY, "Harga Beras Stabil"));
        Files.writeString(dir.resolve("pages/b.txt"), page("Gubernur Resmikan Bendungan Sigi", "Selasa, 3 Juni 2025 - 09:00 WITA", BODY, "Jadwal Kapal Pelni Juni"));
        Files.writeString(dir.resolve("pages/c.txt"), page("Lomba Perahu Tradisional Meriahkan Pantai Losari", "Minggu, 8 Juni 2025 - 18:00 WITA", OTHER, "Cuaca Cerah Akhir Pekan"));
        Files.writeString(dir.resolve("gold.json"), gold);
    }

    @Test
    void scoresStoriesAndCopyLinksInBothOrders(@TempDir Path dir) throws Exception {
        goldSet(dir, """
                {"pages": [
                 {"page": "pages/a.txt", "story": "S1"},
                 {"page": "pages/b.txt", "story": "S1", "copy_of": "pages/a.txt"},
                 {"page": "pages/c.txt", "story": "S2"}]}
                """);
        CommandRun run = CommandRun.of("eval", "stories", dir.toString(), "--format", "json", "--min-f1", "0.9");
        int code = run.exit();
        assertThat(code).as(run.err()).isEqualTo(Main.OK);
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertThat(j.get("pages").asInt()).isEqualTo(3);
        assertThat(j.get("gold_stories").asInt()).isEqualTo(2);
        for (String order : new String[]{"gold_order", "shuffled"}) {
            assertThat(j.get(order).get("system_stories").asInt()).isEqualTo(2);
            assertThat(j.get(order).get("bcubed").get("f1").asDouble()).isEqualTo(1.0);
            assertThat(j.get(order).get("copies").get("recall").asDouble()).isEqualTo(1.0);
        }
    }

    @Test
    void aWrongGoldFailsTheGateAndAMissingPageIsNamed(@TempDir Path dir) throws Exception {
        // the gold claims the copy is another story and the unrelated page part of the first
        goldSet(dir, """
                {"pages": [
                 {"page": "pages/a.txt", "story": "S1"},
                 {"page": "pages/b.txt", "story": "S2"},
                 {"page": "pages/c.txt", "story": "S1"},
                 {"page": "pages/gone.txt", "story": "S3"}]}
                """);
        CommandRun run = CommandRun.of("eval", "stories", dir.toString(), "--min-f1", "0.9", "--errors");
        int code = run.exit();
        assertThat(code).isEqualTo(Main.SOME_FAILED);
        String e = run.err();
        assertThat(e).contains("gone.txt").contains("below the floor");
        assertThat(run.out()).contains("B-cubed").contains("merged gold stories [S1, S2]");
    }
}
