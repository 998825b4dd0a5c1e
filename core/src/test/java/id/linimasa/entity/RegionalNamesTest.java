package id.linimasa.entity;

import id.linimasa.Analysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.linimasa.entity.EntityStageTest.analyse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indonesian people's names with regional prefixes and honorifics, and bodies the tagger cuts or mistypes, in
 * sentences written for this test (invented people and bodies), so the names must come from the rules, not a list.
 */
class RegionalNamesTest {

    private static List<String> names(Analysis a, EntityType type) {
        return a.mentions().stream().filter(m -> m.type() == type).map(Mention::text).toList();
    }

    private static String idOf(Analysis a, String text) {
        return a.mentions().stream().filter(m -> m.text().equals(text)).map(Mention::entityId).findFirst().orElse("<no mention>");
    }

    @Test
    void regionalPrefixesOpenThePersonsName() {
        Analysis a = analyse("""
                Baubau, Kompas - Bupati Muna La Ode Rustam Effendi meresmikan pasar ikan baru di Raha, Rabu.
                Kepala Desa Sukamulia Lalu Hendra Wijaya mengatakan warganya ikut membangun dermaga.
                Dosen Universitas Warmadewa Ida Bagus Putu Sanjaya menilai pasar itu perlu pengelola profesional.
                Ketua DPRD Gianyar Anak Agung Gede Raka Putra ikut hadir dalam peresmian.
                Pedagang Tengku Zulkarnain Hasibuan mengaku omzetnya naik.
                Menurut La Ode Rustam, pasar itu dibangun dengan dana desa.
                """);
        assertThat(names(a, EntityType.PER)).contains("La Ode Rustam Effendi", "Lalu Hendra Wijaya", "Ida Bagus Putu Sanjaya",
                "Anak Agung Gede Raka Putra", "Tengku Zulkarnain Hasibuan");
        assertThat(names(a, EntityType.PER)).doesNotContain("Ode Rustam Effendi", "Rustam Effendi", "Hendra Wijaya", "Bagus Putu Sanjaya");
        assertThat(names(a, EntityType.ORG)).doesNotContain("Universitas Warmadewa Ida", "DPRD Gianyar Anak");
        assertThat(idOf(a, "La Ode Rustam")).isEqualTo("per:la_ode_rustam_effendi");
    }

    @Test
    void spokenHonorificsAndOpeningRoleWordsAreNoPartOfTheName() {
        Analysis a = analyse("""
                Mbah Karto Wiryo (91) masih menganyam bambu setiap pagi di teras rumahnya.
                "Tangan ini belum mau berhenti," kata Mbah Karto Wiryo.
                Moderator Sekar Ayuningtyas membuka diskusi tentang kerajinan bambu. "Apa harapan Anda?" tanya dia.
                Sekar kemudian menutup diskusi.
                """);
        assertThat(names(a, EntityType.PER)).contains("Karto Wiryo", "Sekar Ayuningtyas").doesNotContain("Mbah Karto Wiryo",
                "Moderator Sekar Ayuningtyas", "Anda");
        assertThat(idOf(a, "Sekar")).isEqualTo("per:sekar_ayuningtyas");
    }

    @Test
    void aGivenNameAfterAPlaceOpensThePersonAndAListedPlaceIsWhole() {
        Analysis a = analyse("Seusai rapat, Ketua KPU Nusa Tenggara Barat Wahyu Sapta Nugraha mengatakan rekapitulasi selesai Senin.");
        assertThat(names(a, EntityType.PER)).contains("Wahyu Sapta Nugraha");
        assertThat(names(a, EntityType.LOC)).contains("Nusa Tenggara Barat");
    }

    @Test
    void aShortNameJoinedToAPersonByDanIsAPerson() {
        Analysis a = analyse("Dua pedagang, Ratna Sulastri dan Uus, bergantian menjaga lapak. \"Sepi sekali,\" sahut Uus.");
        assertThat(names(a, EntityType.PER)).contains("Ratna Sulastri").filteredOn("Uus"::equals).hasSize(2);
    }

    @Test
    void aCapitalisedOrdinaryWordAfterAPersonAndDanIsNoPerson() {
        Analysis a = analyse("""
                Kapolres Bantul Ajun Komisaris Besar Hendra Saputra dan Jajaran memeriksa lokasi banjir.
                """);
        assertThat(names(a, EntityType.PER)).contains("Hendra Saputra").doesNotContain("Jajaran");
    }

    @Test
    void theDatelinesPlaceIsAPlaceNotThePersonNamedAfterIt() {
        Analysis a = analyse("""
                Demak - Ribuan peziarah mendatangi makam Sunan Demak menjelang Ramadan.
                Juru kunci makam, Slamet Riyadi, mengatakan jumlah peziarah naik.
                """);
        assertThat(a.mentions().stream().filter(m -> m.text().equals("Demak") && m.span().start() == 0).map(Mention::type).toList())
                .containsExactly(EntityType.LOC);
        assertThat(idOf(a, "Demak")).isNotEqualTo(idOf(a, "Sunan Demak"));
    }

    @Test
    void aPrefixThatIsAlsoAWordOpensNoNameAtTheSentenceStartNorBeforeACatalogName() {
        Analysis a = analyse("""
                Mataram, Kompas - Warga menunggu kedatangan rombongan sejak pagi.
                Lalu Jokowi meminta petugas segera membuka jalan yang tertimbun.
                Cut Prabowo Subianto tidak disebut dalam daftar itu, kata panitia.
                Lalu Anies Baswedan meninjau dapur umum di Lombok Timur.
                Kepala Desa Sembalun Lalu Gede Pranata mengatakan bantuan sudah tiba.
                """);
        assertThat(names(a, EntityType.PER)).contains("Jokowi", "Anies Baswedan", "Lalu Gede Pranata")
                .doesNotContain("Lalu Jokowi", "Lalu Anies Baswedan", "Cut Prabowo Subianto");
        assertThat(idOf(a, "Jokowi")).isEqualTo("per:joko_widodo");
        assertThat(idOf(a, "Anies Baswedan")).isEqualTo("per:anies_baswedan");
    }
}
